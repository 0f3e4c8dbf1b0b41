"""The store at scale: ingest throughput into a store of N articles (default 10,000), and the time
to add one article to it, against the same at a tenth of the size.

    .venv/bin/python bench/store.py                  # 10,000 articles; writes its RESULTS.md section
    .venv/bin/python bench/store.py --articles 2000   # smaller, same figures
    .venv/bin/python bench/store.py --backend postgresql   # the same on PostgreSQL (issue 17)

--backend postgresql starts a throw-away cluster (tests/pgserver.py, durable settings: fsync
on) unless --postgres URL names a server (an admin URL: a database `accord_bench` is created on
it); its figures go to store_results_postgresql.json and a RESULTS.md section of their own, with
SQLite's figures beside them when store_results.json holds a run of the same size.

Workload: the ECB+ dev documents (bench/workload.py), then *event replicas*: copy k of a
document has every word of four letters or more tagged with k ("police" -> "policeqb"), so a
replica is a new event of the same shape (own names and vocabulary; stories the size of the dev
stories, ~12 articles), not a larger story. The store's size then grows with more stories, as a
live feed's does. (bench/workload.py's replicas keep their original's story instead: right for
`report`'s within-story scaling, wrong here.) Limitation: tagged vocabularies share few index
keys across copies, so candidate lookup meets fewer shared terms than real news would.

Steps, one process, models loaded first (not timed):
1. Bulk ingest with `Store.add(..., analyse=False)` (read, clean, place, write; batches of
   settings.STORE_BATCH_ARTICLES, one transaction each): articles/s per tenth of the run, so any
   growth with the store's size shows.
2. At a tenth of N and at N: add one new article (a dev document with every 7th word dropped:
   it joins its story) and time its placement alone (analyse=False) and a whole `add` of a second
   such article, which also re-analyses its story (the size of that story is given).
3. Analysis throughput: `Store.analyse` on pending stories for a fixed budget; the whole ingest
   rate with analysis is derived from 1 and 3 (labelled as derived).
4. Read latency at N: `stories(limit=50)`, `story(id)`, `search` (median of 5 calls each).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from machine import describe  # noqa: E402
from workload import _perturb, dev_records, document_text, warm_models  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BEGIN, END = "<!-- store:begin -->", "<!-- store:end -->"
_LONG_WORD = re.compile(r"\b([A-Za-z]{4,})\b")


def _tag(k: int) -> str:
    letters = ""
    while True:
        k, r = divmod(k, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
        if k == 0:
            return "q" + letters


def event_replicas(records: list[dict], n: int) -> list[dict]:
    out: list[dict] = []
    k = 0
    while len(out) < n:
        tag = _tag(k)
        for r in records:
            if len(out) == n:
                break
            if k == 0:
                out.append({"id": r["doc_id"], "title": r["title"], "text": document_text(r)})
                continue

            def sub(text: str) -> str:
                return _LONG_WORD.sub(lambda m: m.group(1) + tag, text)

            out.append({"id": f"{r['doc_id']}-e{k}", "title": sub(r["title"]), "text": sub(document_text(r))})
        k += 1
    return out


def _write(records: list[dict], path: Path) -> str:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    return str(path)


def _one_new(records: list[dict], seed: str) -> dict:
    """A new article on a dev story: the same document at every store size (the first document
    of the largest gold story, present in the smallest store), perturbed afresh per `seed`."""
    from workload import largest_story

    r = largest_story(records)[1][0]
    rng = random.Random(seed)
    return {"id": f"{r['doc_id']}-new-{seed}", "title": _perturb(r["title"], rng, 7),
            "text": _perturb(document_text(r), rng, 7)}


def add_one(store, records: list[dict], tmp: Path, label: str) -> dict:
    """Placement alone of one new article, then a whole add (with its story's analysis) of
    another, with a fresh encoder (empty per-text cache, as in a new `accord ingest` process;
    a long-running `watch` keeps its cache and only encodes the new sentences)."""
    from accord.embed import Encoder

    first = _write([_one_new(records, f"{label}-a")], tmp / f"{label}-a.jsonl")
    t0 = time.perf_counter()
    placed = store.add([first], analyse=False)
    placement = time.perf_counter() - t0
    second = _write([_one_new(records, f"{label}-b")], tmp / f"{label}-b.jsonl")
    store._encoder = Encoder()
    t0 = time.perf_counter()
    whole = store.add([second])
    with_analysis = time.perf_counter() - t0
    size = store.story(whole.stories[0])["articles_count"] if whole.stories else 0
    return {"placement_s": placement, "add_with_analysis_s": with_analysis, "story_articles": size,
            "added": len(placed.added) + len(whole.added)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--analysis-seconds", type=float, default=240.0,
                        help="time budget for step 3 (analysis throughput)")
    parser.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--postgres", metavar="URL", help="an admin URL of a PostgreSQL server to use "
                        "(default: a throw-away cluster started for the run)")
    parser.add_argument("--json", metavar="PATH", help="where the figures go (default: bench/store_results.json, "
                        "bench/store_results_postgresql.json)")
    parser.add_argument("--compare", metavar="PATH", default=str(Path(__file__).resolve().parent / "store_results.json"),
                        help="with --backend postgresql: SQLite's figures to set beside it (same --articles)")
    args = parser.parse_args()
    cluster = None
    if args.backend == "postgresql":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from pgserver import Cluster, External

        cluster = External(args.postgres) if args.postgres else Cluster(fast=False).start()
    try:
        run(args, cluster)
    finally:
        if cluster is not None:
            cluster.stop()


def _median_ms(call, times: int = 5) -> float:
    import statistics

    spent = []
    for _ in range(times):
        t0 = time.perf_counter()
        call()
        spent.append(1000 * (time.perf_counter() - t0))
    return statistics.median(spent)


def _size_mb(store, db: Path) -> float | None:
    if store.backend == "postgresql":
        import sqlalchemy as sa

        with store._read() as conn:
            return conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar() / 1e6
    return os.path.getsize(db) / 1e6 if db.exists() else None


def run(args, cluster) -> None:

    from accord import Store, settings
    from accord.embed import Encoder

    machine_start = describe()
    warm = warm_models()
    records = dev_records()
    corpus = event_replicas(records, args.articles)
    out: dict = {"articles": args.articles, "machine": machine_start, "models_s": warm,
                 "batch": settings.STORE_BATCH_ARTICLES, "backend": args.backend}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        db = tmp / "bench.db"
        target = cluster.new_database("accord_bench") if cluster is not None else db
        tenth = max(1, args.articles // 10)
        chunks = [corpus[i:i + tenth] for i in range(0, len(corpus), tenth)]
        encoder = Encoder()
        rates = []
        with Store(target, encoder=encoder) as store:
            total = 0.0
            for n, chunk in enumerate(chunks):
                path = _write(chunk, tmp / f"chunk{n}.jsonl")
                t0 = time.perf_counter()
                result = store.add([path], analyse=False)
                dt_ = time.perf_counter() - t0
                total += dt_
                rates.append({"store_before": n * tenth, "articles": len(chunk), "seconds": dt_,
                              "per_s": len(chunk) / dt_, "rejected": len(result.rejected)})
                print(f"chunk {n}: {len(chunk)} articles in {dt_:.1f} s ({len(chunk) / dt_:.1f}/s)", flush=True)
                if n == 0:
                    out["add_one_small"] = {"store_articles": store.counts()["articles"],
                                            **add_one(store, records, tmp, "small")}
                    print("add one (small store):", out["add_one_small"], flush=True)
            out["bulk"] = {"seconds": total, "per_s": args.articles / total, "chunks": rates}
            out["add_one_large"] = {"store_articles": store.counts()["articles"],
                                    **add_one(store, records, tmp, "large")}
            print("add one (large store):", out["add_one_large"], flush=True)
            # 4. reads (median of 5 calls each)
            out_id = store.stories(limit=50)[0]["id"]
            out["reads_ms"] = {"stories_50": _median_ms(lambda: store.stories(limit=50)),
                               "story": _median_ms(lambda: store.story(out_id)),
                               "search": _median_ms(lambda: store.search("police arrested")),
                               "story_id": out_id}
            # 3. analysis throughput on pending stories, for a fixed budget
            counts = store.counts()
            out["store"] = counts
            t0 = time.perf_counter()
            done_articles = done_stories = 0
            pending = [s["id"] for s in store.stories(limit=None) if s["analysed"] is None]
            random.Random(0).shuffle(pending)
            for sid in pending:
                if time.perf_counter() - t0 > args.analysis_seconds:
                    break
                store.analyse([sid])
                done_stories += 1
                done_articles += store.story(sid)["articles_count"]
            spent = time.perf_counter() - t0
            out["analysis"] = {"stories": done_stories, "articles": done_articles, "seconds": spent,
                               "articles_per_s": done_articles / spent}
            out["db_mb"] = _size_mb(store, db)
            if store.backend == "postgresql":
                import sqlalchemy as sa

                with store._read() as conn:
                    out["server_version"] = conn.execute(sa.text("SHOW server_version")).scalar().split()[0]
    out["machine_end"] = describe()
    bulk, ana = out["bulk"]["per_s"], out["analysis"]["articles_per_s"]
    out["derived_ingest_per_s"] = 1.0 / (1.0 / bulk + 1.0 / ana)
    print(json.dumps(out, indent=1, default=str))
    name = "store_results.json" if args.backend == "sqlite" else f"store_results_{args.backend}.json"
    Path(args.json or Path(__file__).resolve().parent / name).write_text(json.dumps(out, indent=1, default=str))
    if not args.no_write and args.backend == "sqlite":
        write_section(out)
    elif not args.no_write:
        sqlite = json.loads(Path(args.compare).read_text()) if Path(args.compare).exists() else None
        write_backends_section(out, sqlite if sqlite and sqlite["articles"] == out["articles"] else None)


def write_section(out: dict) -> None:
    m, e = out["machine"], out["machine_end"]
    small, large = out["add_one_small"], out["add_one_large"]
    rows = "\n".join(f"| {c['store_before']:,} | {c['articles']:,} | {c['seconds']:.1f} | {c['per_s']:.1f} |"
                     for c in out["bulk"]["chunks"])
    text = f"""{BEGIN}
## Store (bench/store.py, issue 15)

{out['articles']:,} articles (ECB+ dev documents, then event replicas: see bench/store.py), batches
of {out['batch']}, one transaction each, SQLite file in a temp dir, models loaded first (not timed:
{', '.join(f'{k} {v:.1f} s' for k, v in out['models_s'].items())}). Machine: {m.get('cpu')}, {m.get('cores')};
load average at start {m.get('load average at start (1/5/15 min)')}, at end {e.get('load average at start (1/5/15 min)')} (shared with other
engineers' runs: every figure here is slower than on a quiet machine); commit {m.get('commit')}.

| figure | measured |
|---|---|
| bulk ingest without analysis (read, clean, place, write), whole run | {out['bulk']['per_s']:.1f} articles/s ({out['bulk']['seconds']:.0f} s) |
| analysis of stored stories (`Store.analyse`, {out['analysis']['stories']} stories, {out['analysis']['articles']} articles) | {out['analysis']['articles_per_s']:.2f} articles/s |
| ingest with analysis (derived from the two rows above, not run whole) | {out['derived_ingest_per_s']:.2f} articles/s |
| add one article to a {small['store_articles']:,}-article store: placement and write | {small['placement_s']:.2f} s |
| add one article to a {large['store_articles']:,}-article store: placement and write | {large['placement_s']:.2f} s |
| add one article, {small['store_articles']:,}-article store, with its story's analysis ({small['story_articles']} articles, cold encoder cache) | {small['add_with_analysis_s']:.1f} s |
| add one article, {large['store_articles']:,}-article store, with its story's analysis ({large['story_articles']} articles, cold encoder cache) | {large['add_with_analysis_s']:.1f} s |
| `stories(limit=50)` / `story(id)` / `search` at {large['store_articles']:,} articles | {out['reads_ms']['stories_50']:.0f} / {out['reads_ms']['story']:.0f} / {out['reads_ms']['search']:.0f} ms |
| database size | {out['db_mb']:.0f} MB |

Bulk rate per tenth of the run (does placement slow down as the store grows?):

| store before | articles | seconds | articles/s |
|---|---|---|---|
{rows}

Adding one article costs its placement (lookups of its candidate stories, never the whole store)
plus the analysis of the one story it joins, which depends on that story's size, not the store's.
{END}"""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if BEGIN in current and END in current:
        current = current[: current.index(BEGIN)] + text + current[current.index(END) + len(END):]
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    RESULTS.write_text(current, encoding="utf-8")


PG_BEGIN, PG_END = "<!-- store-postgresql:begin -->", "<!-- store-postgresql:end -->"


def _figures(out: dict) -> list[tuple[str, str]]:
    small, large = out["add_one_small"], out["add_one_large"]
    r = out["reads_ms"]
    return [
        ("bulk ingest without analysis (read, clean, place, write), articles/s", f"{out['bulk']['per_s']:.1f}"),
        ("analysis of stored stories (`Store.analyse`), articles/s", f"{out['analysis']['articles_per_s']:.2f}"),
        ("ingest with analysis (derived), articles/s", f"{out['derived_ingest_per_s']:.2f}"),
        (f"add one article to a ~{small['store_articles']:,}-article store: placement and write, s",
         f"{small['placement_s']:.2f}"),
        (f"add one article to a ~{large['store_articles']:,}-article store: placement and write, s",
         f"{large['placement_s']:.2f}"),
        (f"add one article with its story's analysis (~{large['store_articles']:,} articles, cold encoder), s",
         f"{large['add_with_analysis_s']:.1f}"),
        ("`stories(limit=50)`, ms (median of 5)", f"{r['stories_50']:.1f}"),
        ("`story(id)`, ms (median of 5)", f"{r['story']:.1f}"),
        ("`search`, ms (median of 5)", f"{r['search']:.1f}"),
        ("database size, MB", f"{out['db_mb']:.0f}"),
    ]


def write_backends_section(pg: dict, sqlite: dict | None) -> None:
    """RESULTS.md: PostgreSQL's figures, beside SQLite's of a run of the same size."""
    m = pg["machine"]
    if sqlite:
        rows = "\n".join(f"| {name} | {a} | {b} |" for (name, a), (_, b) in zip(_figures(sqlite), _figures(pg)))
        table = f"| figure | SQLite | PostgreSQL |\n|---|---|---|\n{rows}"
        when = (f"SQLite run {sqlite['machine'].get('date')} (load {sqlite['machine'].get('load average at start (1/5/15 min)')}), "
                f"PostgreSQL run {m.get('date')} (load {m.get('load average at start (1/5/15 min)')})")
    else:
        rows = "\n".join(f"| {name} | {b} |" for name, b in _figures(pg))
        table = f"| figure | PostgreSQL |\n|---|---|\n{rows}"
        when = f"run {m.get('date')} (load {m.get('load average at start (1/5/15 min)')})"
    text = f"""{PG_BEGIN}
## Store on SQLite and PostgreSQL (bench/store.py --backend, issue 17)

{pg['articles']:,} articles (the workload of the section above), batches of {pg['batch']}; the same
code and schema on both back ends, one process, models loaded first. PostgreSQL {_server_version(pg)}: a
throw-away cluster on this machine (tests/pgserver.py, fsync on), reached over its unix socket by
psycopg 3. {when}; the machine is shared with other engineers' runs, so compare the columns
more than the absolute figures; commit {m.get('commit')}.

{table}

Analysis does not touch the database (it reads a story once and writes it once), so its row
differs between the columns only as the machine's load did between the runs. What is the back
end's own: each statement is a round trip to another process (a batch's placement issues a few
dozen, the read API two to four per call), and that process (the server) shares the same two
cores, where SQLite runs inside accord's process; PostgreSQL buys several writers and readers on
several machines, not speed on one. Run `bench/store.py --backend postgresql` on a quiet
machine (or a server of its own: `--postgres URL`) for figures to plan with.
{PG_END}"""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if PG_BEGIN in current and PG_END in current:
        current = current[: current.index(PG_BEGIN)] + text + current[current.index(PG_END) + len(PG_END):]
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    RESULTS.write_text(current, encoding="utf-8")


def _server_version(out: dict) -> str:
    return str(out.get("server_version", ""))


if __name__ == "__main__":
    main()
