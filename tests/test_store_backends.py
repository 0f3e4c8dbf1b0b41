"""The store on both back ends: one set of migrations (an older store upgraded, a newer one
refused), several writer processes at once on PostgreSQL, and its connection errors as one line.

Real databases (a SQLite file in a tmp dir; a fresh database on the run's PostgreSQL server,
conftest.postgres) and real `accord` processes where processes matter (concurrent writers, one
refused login); the CLI in process (click's runner, through the same error guard) elsewhere.
The articles are tests/data/store's.
"""

from __future__ import annotations

import json
import time

import sqlalchemy as sa

from test_store import ALL_IDS, BRIDGE, LATE, RECOUNT, _accord, _consistency_problems, _count, _engine, _rows, _run


def _cli(*args: str):
    """`accord ARGS` in this process: (exit status, stderr lines)."""
    from click.testing import CliRunner

    from accord.cli import main

    result = CliRunner().invoke(main, list(args), prog_name="accord")
    return result.exit_code, result.stderr.strip().splitlines()


def _versions(db) -> list[int]:
    return [v for (v,) in _rows(db, "SELECT version FROM schema_version ORDER BY version")]


def test_store_migrations_upgrade_an_older_store_and_refuse_a_newer(backend):
    from accord import Store
    from accord.store import schema as S

    db = backend.new("migrate")
    engine = _engine(db)
    with engine.begin() as conn:  # a store as the first release of the schema left it
        S.migrate(conn, upto=1)
    assert _versions(db) == [1]
    with Store(db) as store:  # opening it runs the missing migrations
        assert store.counts()["articles"] == 0
    assert _versions(db) == [v for v, _, _ in S.MIGRATIONS] and S.SCHEMA_VERSION >= 2
    assert "stories_newest" in {i["name"] for i in sa.inspect(engine).get_indexes("stories")}
    with engine.begin() as conn:  # a later accord has been here
        conn.execute(S.schema_version.insert().values(version=S.SCHEMA_VERSION + 1, applied=S.now(),
                                                      description="a later release"))
    engine.dispose()
    status, lines = _cli("stories", "--db", db)
    assert status == 2 and len(lines) == 1, lines
    assert f"schema version {S.SCHEMA_VERSION + 1}, newer than this accord" in lines[0] and db in lines[0]


def test_store_postgresql_concurrent_writers_store_each_article_once(postgres):
    """Two ingests of overlapping inputs at once (batches of 2 and 3) beside a reader: every
    article stored once, each story whole, document frequencies counted once per article.
    (SQLite's writers queue on BEGIN IMMEDIATE: test_store's locked-database test.)"""
    from accord import Store

    db = postgres.new_database("concurrent")
    Store(db).close()
    writers = [_accord("ingest", BRIDGE, RECOUNT, "--db", db, batch=2),
               _accord("ingest", RECOUNT, LATE, BRIDGE, "--db", db, batch=3)]
    readers = []
    deadline = time.time() + 600
    while time.time() < deadline and any(w.poll() is None for w in writers):
        if not readers and _count(db, "SELECT count(*) FROM articles") > 0:
            readers.append(_run("stories", "--db", db, "--format", "json"))
        time.sleep(0.1)
    results = [w.communicate(timeout=60) for w in writers]
    for w, (_, err) in zip(writers, results):
        assert w.returncode == 0, err
    for reader in readers:
        assert reader.returncode == 0 and json.loads(reader.stdout)["stories"], reader.stderr
    ids = [r[0] for r in _rows(db, "SELECT id FROM articles")]
    assert sorted(ids) == sorted(ALL_IDS)  # none twice, none renamed as another's copy
    assert _count(db, "SELECT count(*) FROM story_articles") == len(ALL_IDS)
    assert _rows(db, "SELECT value FROM store_meta WHERE key = 'documents'") == [(str(len(ALL_IDS)),)]
    assert sorted(n for (n,) in _rows(db, "SELECT articles FROM stories")) == [3, 5]
    assert _consistency_problems(db) == []
    added = [int(err.split(" articles added")[0].rsplit(" ", 1)[-1]) for _, err in results]
    assert sum(added) == len(ALL_IDS)  # what one stored, the other found present


def test_store_postgresql_errors_are_one_line_naming_the_database(postgres):
    """Server down, refused login, unknown database, bad URL: exit 2, one line naming the
    database (its password hidden) and the reason; never a traceback."""
    from pgserver import PASSWORD, Cluster

    assert isinstance(postgres, Cluster)  # a server this run started: its port and password known
    port = postgres.port
    cases = [
        (f"postgresql://accord:{PASSWORD}@127.0.0.1:1/accord", "cannot reach the PostgreSQL server"),
        (f"postgresql://accord:not-the-password@127.0.0.1:{port}/postgres", "the server refused the login"),
        (f"postgresql://accord:{PASSWORD}@127.0.0.1:{port}/no_such_db", "no such database or user"),
        (f"postgresql+psycopg2://accord:{PASSWORD}@127.0.0.1:{port}/postgres", "unsupported driver"),
        (f"postgresql://accord:{PASSWORD}@127.0.0.1:port/postgres", "not a database URL"),
        ("mysql://accord@127.0.0.1/accord", "unsupported database 'mysql'"),
    ]
    for url, reason in cases:
        status, lines = _cli("stories", "--db", url)
        assert status == 2 and len(lines) == 1, (url, lines)
        assert reason in lines[0], (url, lines[0])
        assert PASSWORD not in lines[0] and "not-the-password" not in lines[0], lines[0]
        assert "accord:***@127.0.0.1" in lines[0] or url.startswith("mysql"), lines[0]
    refused = _run("ingest", RECOUNT, "--db", cases[1][0])  # a real process: no traceback either
    lines = refused.stderr.strip().splitlines()
    assert refused.returncode == 2 and len(lines) == 1 and "the server refused the login" in lines[0], refused.stderr
    assert "not-the-password" not in refused.stderr and f"127.0.0.1:{port}/postgres" in lines[0]


def test_store_text_with_nul_characters_is_kept_on_both_back_ends(backend):
    """PostgreSQL refuses NUL in text: the store cleans each record as `load` does (control
    characters out, pipeline.clean_raw), so the article is kept on both back ends with the same
    text; a NUL that reached a row otherwise would be written as U+FFFD on PostgreSQL."""
    from accord import Store
    from accord.types import RawArticle

    body = ("The ferry operator said on Friday\x00 that crossings to the island would resume next week. "
            "Engineers finished repairs to the landing stage, the operator said in a statement.")
    raw = RawArticle(id="nul-1", source="nul.txt", kind="text", body=body, title="Ferry\x00 returns",
                     outlet="Lake Post")
    with Store(backend.new("nul")) as store:
        result = store.add_items([raw], analyse=False)
        assert result.added == ("nul-1",) and not result.rejected
        stored = store.article("nul-1")
        again = store.add_items([raw], analyse=False)
    assert stored["text"] == body.replace("\x00", "").strip() and stored["title"].startswith("Ferry")
    assert "\x00" not in stored["title"]
    assert again.present == ("nul-1",) and again.added == ()


def test_store_bulk_refusing_a_used_store_hides_the_password(postgres):
    """`accord bulk --db` on a store that holds articles: the refusal names the database as
    every other store message does, a URL's password hidden."""
    import pytest
    from pgserver import PASSWORD, Cluster

    from accord.errors import StoreError
    from accord.store.bulk import open_empty

    assert isinstance(postgres, Cluster)  # a server this run started: its password known
    postgres.new_database("bulk_used")
    db = postgres.url("bulk_used", password=True)
    assert _run("ingest", RECOUNT, "--db", db).returncode == 0
    with pytest.raises(StoreError) as refused:
        open_empty(db)
    message = str(refused.value)
    assert "holds articles already" in message and "127.0.0.1" in message
    assert PASSWORD not in message and "***" in message
