"""The store: identity by content, stories kept current, the read API, and the database's safety
(a killed ingest, readers beside a writer, a locked or read-only database).

Each runs on both back ends (the `backend` fixtures of conftest.py): a real SQLite file in a tmp
dir, and a fresh database on the run's real PostgreSQL server; the real encoder, real `accord`
processes. The articles in
tests/data/store are our own writing: two events (a barge striking a bridge, a council recount)
and one later article of the first.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "store"
BRIDGE, RECOUNT, LATE = (str(DATA / n) for n in ("bridge.jsonl", "recount.jsonl", "bridge_late.jsonl"))
ALL_IDS = {json.loads(line)["id"] for p in (BRIDGE, RECOUNT, LATE) for line in open(p, encoding="utf-8")}
# `accord` with the batch size and busy timeout set (argv: batch, timeout, then the command line)
_RUN = ("import sys; from accord import settings; settings.STORE_BATCH_ARTICLES = int(sys.argv.pop(1)); "
        "settings.STORE_BUSY_TIMEOUT = float(sys.argv.pop(1)); from accord.cli import main; "
        "main(prog_name='accord')")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _accord(*args: str, batch: int = 64, timeout: float = 120.0, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _RUN, str(batch), str(timeout), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), **kw)


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    proc = _accord(*args, **kw)
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _engine(db):
    import sqlalchemy as sa

    from accord.store.schema import url_for

    return sa.create_engine(url_for(str(db)), poolclass=sa.pool.NullPool)


def _rows(db, sql: str, params: dict | None = None) -> list[tuple]:
    """Rows of `sql` read straight from the database (SQLite file or PostgreSQL URL)."""
    import sqlalchemy as sa

    engine = _engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql), params or {})]
    finally:
        engine.dispose()


def _count(db, sql: str) -> int:
    return _rows(db, sql)[0][0]


def _articles_so_far(db) -> int:
    try:
        return _count(db, "SELECT count(*) FROM articles")
    except Exception:  # not created yet
        return 0


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _consistency_problems(db, pending_ok: bool = False) -> list[str]:
    """What is wrong with the store's stories (empty: every story whole and consistent). With
    `pending_ok`, a story may be pending: its earlier analysis, if any, covers only members."""
    problems = []
    articles = {r[0] for r in _rows(db, "SELECT id FROM articles")}
    members: dict[str, set[str]] = {}
    for aid, sid in _rows(db, "SELECT article_id, story_id FROM story_articles"):
        members.setdefault(sid, set()).add(aid)
    if set().union(*members.values()) != articles if members else articles:
        problems.append("articles without a story")
    n_disc = dict(_rows(db, "SELECT story_id, count(*) FROM discrepancies GROUP BY story_id"))
    for sid, count, analysed, report in _rows(db, "SELECT id, articles, analysed, report FROM stories"):
        report = _json(report)
        if analysed is None:
            if not pending_ok:
                problems.append(f"{sid}: not analysed")
            elif report is not None and not {a["id"] for a in report["articles"]} <= members.get(sid, set()):
                problems.append(f"{sid}: its earlier analysis has articles that are not its members")
            continue
        reported = {a["id"] for a in report["articles"]}
        if not (count == len(members.get(sid, ())) == len(reported)) or reported != members.get(sid):
            problems.append(f"{sid}: membership {sorted(members.get(sid, ()))} vs report {sorted(reported)}")
        if n_disc.get(sid, 0) != len(report["discrepancies"]):
            problems.append(f"{sid}: {n_disc.get(sid, 0)} discrepancy rows, {len(report['discrepancies'])} in its report")
    stories = {r[0] for r in _rows(db, "SELECT id FROM stories")}
    for table in ("facts", "discrepancies", "claims", "quotes", "entities", "provenance", "timeline"):
        orphans = {r[0] for r in _rows(db, f"SELECT DISTINCT story_id FROM {table}")} - stories
        if orphans:
            problems.append(f"{table}: rows of unknown stories {orphans}")
    return problems


# --------------------------------------------------------------------------- in process
@pytest.fixture(scope="module")
def store_db(backend_module, encoder):
    """A store holding both events, then the later bridge article added on its own."""
    from accord import Store

    db = backend_module.new("store")
    with Store(db, encoder=encoder) as store:
        first = store.add([BRIDGE, RECOUNT])
        analysed_before = {s["id"]: s["analysed"] for s in store.stories()}
        time.sleep(1.1)  # timestamps have whole seconds
        late = store.add([LATE])
        again = store.add([BRIDGE, RECOUNT, LATE])
    return {"db": db, "first": first, "late": late, "again": again, "analysed_before": analysed_before,
            "backend": backend_module.backend}


def test_store_ingest_groups_two_events_into_two_analysed_stories(store_db):
    from accord import Store

    assert len(store_db["first"].added) == 7 and len(store_db["first"].new_stories) == 2
    with Store(store_db["db"]) as store:
        stories = store.stories()
        by_title = {s["title"].split()[0]: s for s in stories}
        assert {s["articles"] for s in stories} == {5, 3}
        bridge = store.story(next(s["id"] for s in stories if s["articles"] == 5))
    assert {a["id"] for a in bridge["articles"]} == {i for i in ALL_IDS if i.startswith("bridge-")}
    assert bridge["facts"] and by_title


def test_store_reingest_changes_nothing(store_db):
    again = store_db["again"]
    assert again.added == () and sorted(again.present) == sorted(ALL_IDS)
    assert again.stories == () and _count(store_db["db"], "SELECT count(*) FROM articles") == 8


def test_store_identity_is_content_not_file_name(tmp_path, store_db):
    from accord import Store

    renamed = tmp_path / "other-name.jsonl"
    renamed.write_text(Path(LATE).read_text(encoding="utf-8").replace('"bridge-harbour-gazette"', '"x-1"'),
                       encoding="utf-8")
    with Store(store_db["db"]) as store:
        result = store.add([str(renamed)])
    assert result.added == () and result.present == ("bridge-harbour-gazette",)


def test_store_adding_one_article_analyses_only_its_story(store_db):
    from accord import Store

    late = store_db["late"]
    assert late.added == ("bridge-harbour-gazette",) and len(late.stories) == 1 and not late.new_stories
    with Store(store_db["db"]) as store:
        now = {s["id"]: s["analysed"] for s in store.stories()}
    touched = late.stories[0]
    assert now[touched] != store_db["analysed_before"][touched]
    for sid, when in now.items():
        if sid != touched:
            assert when == store_db["analysed_before"][sid]


def test_store_story_equals_the_report_json_element(store_db, encoder):
    """`show --format json` is the element `accord report --format json` writes for the story."""
    import accord
    from accord.report.json_format import report_dict

    with accord.Store(store_db["db"]) as store:
        stored = store.story(next(s["id"] for s in store.stories() if s["articles"] == 3))
    loaded = accord.load([RECOUNT])
    # grouped as a heap (not --one-story): ties in date ordered by id, as in the store
    direct = report_dict(accord.analyze(loaded.articles, encoder=encoder))["stories"][0]
    assert stored["articles"] == direct["articles"]
    assert stored["discrepancies"] == direct["discrepancies"] and stored["facts"] == direct["facts"]
    assert _consistency_problems(store_db["db"]) == []


def test_store_read_api_lists_searches_and_refuses_unknown_ids(store_db):
    from accord import Store

    with Store(store_db["db"]) as store:
        newest = store.stories()
        assert newest[0]["published_last"] >= newest[1]["published_last"]
        assert [s["articles"] for s in store.stories(sort="sources")] == [5, 3]
        assert {s["articles"] for s in store.stories(outlet="Harbour Gazette")} == {5}
        assert [s["articles"] for s in store.stories(query="recount ballots")] == [3]
        assert store.stories(since="2026-03-05")[0]["articles"] == 5
        assert store.stories(until="2026-03-01") == []
        hits = store.search("divers pier")
        assert hits and all(h["story_id"] for h in hits) and "[" in hits[0]["snippet"]
        assert store.search('"unbalanced AND (') == [] or isinstance(store.search('"unbalanced AND ('), list)
        assert {o["outlet"] for o in store.outlets()} >= {"Valley Post", "River Times"}
        assert store.article("recount-river-times")["outlet"] == "River Times"
        for call in (lambda: store.story("story-nope"), lambda: store.article("nope")):
            with pytest.raises(KeyError):
                call()
        with pytest.raises(ValueError, match="sort must be one of"):
            store.stories(sort="oldest")


def test_store_tables_open_in_sqlite_utils(store_db):
    """SQLite: as sqlite-utils lists them; PostgreSQL: the same tables, as the server lists them."""
    if store_db["backend"] == "postgresql":
        tables = {r[0] for r in _rows(store_db["db"], "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert {"articles", "stories", "story_articles", "facts", "claims", "discrepancies", "quotes",
                "entities", "provenance", "timeline", "rejections", "schema_version", "sources"} <= tables
        return
    out = subprocess.run([str(Path(sys.executable).parent / "sqlite-utils"), "tables", str(store_db["db"])],
                         capture_output=True, text=True, check=True).stdout
    tables = {row["table"] for row in json.loads(out)}
    assert {"articles", "stories", "story_articles", "facts", "claims", "discrepancies", "quotes",
            "entities", "provenance", "timeline", "rejections", "articles_fts", "schema_version"} <= tables


# --------------------------------------------------------------------------- real processes
@pytest.fixture(scope="module")
def killed(backend_module):
    """A real ingest (batches of 2) read by the CLI while it is under way, SIGKILLed mid-batch."""
    db = backend_module.new("killed")
    writer = _accord("ingest", BRIDGE, RECOUNT, LATE, "--db", str(db), batch=2)
    deadline = time.time() + 600
    while time.time() < deadline and writer.poll() is None:
        if _articles_so_far(db) >= 2:
            break
        time.sleep(0.05)
    assert writer.poll() is None, writer.communicate()[1]
    # held where it is (SIGSTOP) while the readers run: on a quick machine a writer left to run
    # could finish the ingest before the readers do, and then its SIGKILL would cut nothing
    writer.send_signal(signal.SIGSTOP)
    readers = [_run("stories", "--db", str(db), "--format", "json")]
    sid = json.loads(readers[0].stdout)["stories"][0]["id"]
    readers.append(_run("show", sid, "--db", str(db), "--format", "json"))
    writer_running = writer.poll() is None
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    after_kill = {"articles": _count(db, "SELECT count(*) FROM articles"),
                  "due": _count(db, "SELECT count(*) FROM stories WHERE analysis_due"),
                  "problems": _consistency_problems(db, pending_ok=True)}
    rerun = _run("ingest", BRIDGE, RECOUNT, LATE, "--db", str(db))
    return {"db": db, "readers": readers, "writer_running": writer_running,
            "after_kill": after_kill, "rerun": rerun}


def test_store_reader_works_while_a_writer_ingests(killed):
    assert killed["writer_running"]
    for reader in killed["readers"]:
        assert reader.returncode == 0, reader.stderr
    element = json.loads(killed["readers"][1].stdout)
    assert element["articles"] and "facts" in element


def test_store_killed_ingest_leaves_whole_batches(killed):
    after = killed["after_kill"]
    assert after["articles"] < len(ALL_IDS) or after["due"] > 0  # killed before the end
    assert after["articles"] % 2 == 0  # batches of 2: whole or nothing
    assert after["problems"] == []


def test_store_rerun_after_kill_has_every_article_once(killed):
    assert killed["rerun"].returncode == 0, killed["rerun"].stderr
    db = killed["db"]
    ids = [r[0] for r in _rows(db, "SELECT id FROM articles")]
    assert sorted(ids) == sorted(ALL_IDS)
    assert _count(db, "SELECT count(*) FROM story_articles") == len(ALL_IDS)
    assert _consistency_problems(db) == []
    added = len(ALL_IDS) - killed["after_kill"]["articles"]
    assert f"{added} articles added, {len(ALL_IDS) - added} already present" in killed["rerun"].stderr
    assert _count(db, "SELECT count(*) FROM stories WHERE analysis_due OR analysed IS NULL") == 0


def test_store_locked_database_one_line_error_and_nothing_written(backend):
    """Another writer holds the write lock (SQLite: its BEGIN IMMEDIATE; PostgreSQL: the
    advisory lock every accord writer takes) for longer than the ingest waits."""
    import sqlalchemy as sa

    from accord import Store
    from accord.store.schema import WRITE_LOCK_KEY

    db = backend.new("locked")
    Store(db).close()
    holder = _engine(db).connect()
    if backend.backend == "sqlite":
        holder.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        holder.begin()
        holder.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
    try:
        result = _run("ingest", RECOUNT, "--db", str(db), timeout=1.0)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "locked by another writer" in lines[0] and str(db) in lines[0], result.stderr
    assert _count(db, "SELECT count(*) FROM articles") == 0 and _count(db, "SELECT count(*) FROM stories") == 0


def test_store_read_only_database_one_line_error(backend):
    """SQLite: the file opened read-only; PostgreSQL: a session whose transactions are read-only."""
    from accord import Store

    db = backend.new("read_only")
    Store(db).close()
    if backend.backend == "sqlite":
        url = f"sqlite:///file:{db}?mode=ro&uri=true"
    else:
        url = db + "&options=-c%20default_transaction_read_only%3Don"
    result = _run("ingest", RECOUNT, "--db", url)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0], result.stderr
    assert _count(db, "SELECT count(*) FROM articles") == 0
    listed = _run("stories", "--db", url, "--format", "json")  # reading a read-only store works
    assert listed.returncode == 0 and json.loads(listed.stdout)["stories"] == []


def test_store_full_disk_one_line_error_and_nothing_written(tmp_path):
    """A write that the file system refuses, as on a full disk: here a file size limit
    (RLIMIT_FSIZE) below what the batch needs, set on the ingest process only."""
    import resource

    from accord import Store

    db = tmp_path / "accord.db"
    Store(db).close()
    cap = db.stat().st_size // 4  # the write-ahead log cannot grow past this

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))

    result = _run("ingest", RECOUNT, "--db", str(db), preexec_fn=limit)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write to the disk" in lines[0] and str(db) in lines[0], result.stderr
    assert _count(db, "SELECT count(*) FROM articles") == 0 and _count(db, "SELECT count(*) FROM stories") == 0
    assert _run("ingest", RECOUNT, "--db", str(db)).returncode == 0  # without the limit: all stored
    assert _count(db, "SELECT count(*) FROM articles") == 3 and _consistency_problems(db) == []


def test_store_cli_reports_missing_store_and_unknown_story(tmp_path, backend):
    from accord import Store

    if backend.backend == "sqlite":
        missing = _run("stories", "--db", str(tmp_path / "none.db"))
        assert missing.returncode == 2 and "no store here" in missing.stderr
        assert not (tmp_path / "none.db").exists()
    else:  # an empty database is not made a store by reading it
        empty = backend.new("empty")
        missing = _run("stories", "--db", empty)
        assert missing.returncode == 2 and "no accord store in this database" in missing.stderr, missing.stderr
        assert _count(empty, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    db = backend.new("a")
    Store(db).close()
    unknown = _run("show", "story-nope", "--db", db)
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1 and "no story" in unknown.stderr


def test_store_report_db_renders_every_stored_story_as_valid_json_and_html(store_db):
    import jsonschema

    import accord

    schema = json.loads((Path(accord.__file__).parent / "report" / "schema.json").read_text(encoding="utf-8"))
    result = _run("report", "--db", str(store_db["db"]), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert sorted(len(s["articles"]) for s in data["stories"]) == [3, 5]
    sid = data["stories"][0]["id"]
    page = _run("show", sid, "--db", str(store_db["db"]), "--format", "html")
    assert page.returncode == 0 and page.stdout.lstrip().lower().startswith("<!doctype html")
    both = _run("report", BRIDGE, "--db", str(store_db["db"]))
    assert both.returncode == 2 and "not both" in both.stderr


def test_store_bulk_load_keeps_analysis_pending_until_analyse(backend, encoder):
    from accord import Store

    db = backend.new("bulk")
    with Store(db, encoder=encoder) as store:
        result = store.add([RECOUNT], analyse=False)
        sid = result.stories[0]
        pending = store.story(sid)
        assert pending["pending"] is True and pending["facts"] == [] and len(pending["articles"]) == 3
        assert store.counts()["pending"] == 1
        assert store.analyse() == [sid]
        assert "pending" not in store.story(sid) and store.story(sid)["facts"]
    assert _consistency_problems(db) == []
