"""accord bulk: the same stories and story reports as the local run, on local Dask and Ray clusters.

The end-to-end test starts `accord bulk` with 2 workers (a real Dask LocalCluster, then a real
local Ray node, the real encoder in each worker, a real SQLite file) on a small mixed heap (15
articles, 3 stories or more): a folder of one-article files, three seeds, ECB+ dev records of
two events in a JSON Lines file, two files of one name in two folders (both reprints), a
broken JSON line and a path that does not exist. The heap is under the smallest read partition
(64 KB), so the end-to-end runs read it in one task; cutting files into line ranges is tested
in process (test_bulk_partitions_*), and end to end on the whole ECB+ dev heap, cut into 8, by
bench/bulk_equal.py (docs/scale.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import DEV, EXAMPLES, ROOT, SEEDS

from accord import settings
from accord.bulk import partitions, windows
from accord.cluster import cluster_articles, stream_order
from accord.cluster.features import DocumentFrequencies
from accord.cluster.metrics import bcubed
from accord.ingest.formats import parse_date_span


def _heap(tmp_path, dev_records, events=("1_ecb", "1_ecbplus"), per_event=3):
    heap = tmp_path / "heap"
    # (no HTML page: its extraction can take over the 3 s record budget on a machine loaded
    # 20-fold, which rejects it in one run and not in the other: a difference of load, not of runs)
    shutil.copytree(EXAMPLES / "port-fire", heap / "port-fire", ignore=shutil.ignore_patterns("*.html"))
    (heap / "seeds").mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, heap / "seeds" / seed.name)
    (heap / "a").mkdir()
    (heap / "b").mkdir()
    shutil.copy(SEEDS / "000_e3ff2a4fb8fe9e14.txt", heap / "a" / "index.txt")  # two reprints,
    shutil.copy(EXAMPLES / "port-fire" / "the-bulletin.txt", heap / "b" / "index.txt")  # one stem
    records = [r for e in events for r in [r for r in dev_records if r["cluster_label"] == e][:per_event]]
    lines = [json.dumps({"id": r["doc_id"], "title": r["title"], "text": r["text"]}) for r in records]
    lines.insert(3, '{"id": "broken", "text": ')
    (heap / "dev.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return heap


def _story_of(report: dict) -> dict[str, str]:
    return {a["id"]: s["id"] for s in report["stories"] for a in s["articles"]}


@pytest.fixture(scope="module")
def heap_run(tmp_path_factory, dev_records):
    """The test heap, its paths and its local run (`accord.load` + `accord.analyze` as JSON),
    made once for both engines."""
    import accord

    tmp_path = tmp_path_factory.mktemp("bulk")
    heap = _heap(tmp_path, dev_records)
    paths = [str(heap), str(tmp_path / "missing.txt")]
    # as each bulk worker does first: dateparser's one-off start outside any record's budget (at
    # load average 40 here it ran past the 3 s budget in a fresh process, and the budget's
    # interrupt inside dateparser came back as "no date": a difference of load, not of runs)
    parse_date_span("1 January 2020")
    loaded = accord.load(paths)
    local = json.loads(accord.render(accord.analyze(loaded.articles, rejected=loaded.rejected), "json"))
    return tmp_path, paths, loaded, local


# Ray's local node (GCS, raylet, object store, 2 workers) starts in 8-30 s here, by load; both
# engines run the whole bulk path on the same heap against the same local run
@pytest.mark.parametrize("engine", ["dask", "ray"])
def test_bulk_equals_the_local_run(heap_run, engine):
    import accord

    tmp_path, paths, loaded, local = heap_run
    db = tmp_path / f"bulk-{engine}.db"
    out = tmp_path / f"bulk-{engine}.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-m", "accord.cli", "bulk", *paths, "--engine", engine,
                           "--workers", "2", "--db", str(db), "-o", str(out), "-q"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 1, done.stderr  # some inputs rejected, the rest stored
    assert done.stderr.splitlines() == [f"accord: {r.source}: {r.reason} (rejected at {r.stage})"
                                        for r in loaded.rejected]
    assert {r.source.rsplit("/", 1)[-1] for r in loaded.rejected} >= {"dev.jsonl#line 4", "missing.txt"}
    bulk = json.loads(out.read_text(encoding="utf-8"))
    assert len(local["stories"]) >= 3
    assert bcubed(_story_of(bulk), _story_of(local)) == (1.0, 1.0, 1.0)
    assert bulk == local  # every story report, article, span and rejection
    with accord.Store(str(db)) as store:
        # the two reprints (a/index.txt, b/index.txt) stored once each with their originals, as ingest does
        assert store.counts()["articles"] == len(loaded.articles) - 2
        assert store.counts()["pending"] == 0
        for story in local["stories"]:
            assert store.story(story["id"]) == story


def test_bulk_refuses_a_store_that_holds_articles(tmp_path):
    import accord

    db = tmp_path / "used.db"
    with accord.Store(str(db)) as store:
        store.add([str(SEEDS)], analyse=False)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-m", "accord.cli", "bulk", str(SEEDS), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == (f"accord: {db}: holds articles already: accord bulk loads a new or "
                                   "empty store (add to this one with accord ingest)")


def test_bulk_partitions_read_as_load_reads(tmp_path, dev_records, monkeypatch):
    import accord

    heap = _heap(tmp_path, dev_records)
    paths = [str(heap / "dev.jsonl"), str(heap), str(tmp_path / "missing.txt")]
    monkeypatch.setattr(settings, "BULK_PARTITION_MIN_BYTES", 500)
    units = partitions.plan(paths, split_bytes=500)
    assert sum(1 for u in units if isinstance(u, partitions.Unit) and u.end > 0) >= 6  # 2 x dev.jsonl
    parts = partitions.partition(units, workers=2)
    merged, bags = partitions.merge([partitions.read_partition(p) for p in parts])
    loaded = accord.load(paths)
    assert len(parts) > 2
    assert merged.articles == loaded.articles  # the second dev.jsonl read: every id a duplicate
    assert merged.rejected == loaded.rejected
    assert len(bags) == len(merged.articles)


def test_bulk_partitions_cut_one_large_dump_for_every_worker(tmp_path, dev_records):
    # regression: a JSON Lines file under BULK_PARTITION_BYTES (8 MB) was one unit, so the whole
    # ECB+ dev heap (1 MB, one file) was read by one worker while the other waited
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": r["doc_id"], "title": r["title"], "text": r["text"]}) for r in dev_records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = path.stat().st_size
    assert size > 8 * settings.BULK_PARTITION_MIN_BYTES
    units = partitions.plan([str(path)], workers=2)
    assert len(units) >= 8
    assert len(partitions.partition(units, workers=2)) == len(units)  # one range per partition
    assert [u.start for u in units] == [0] + [u.end for u in units[:-1]] and units[-1].end == size
    starts = [u.first_line for u in units]
    assert starts[0] == 1 and starts == sorted(set(starts))
    text = path.read_bytes()
    assert all(text[u.start - 1:u.start] == b"\n" for u in units[1:])  # cut between lines
    assert [1 + text[:u.start].count(b"\n") for u in units] == starts  # numbered as load numbers them
    assert len(partitions.plan([str(path)], workers=1)) < len(units)  # fewer, larger ranges


def test_bulk_grouping_weighs_terms_as_the_local_process(tmp_path, dev_records):
    # regression: clustering weighs a term with its general-English prior, which
    # cluster.features keeps in a table of the process that counted the words; bulk counted
    # them on the read workers and grouped in another process whose table lacked them, so on
    # the ECB+ dev heap bulk made 43 stories where accord report made 44 (BCubed F1 0.990)
    import accord

    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps({"id": r["doc_id"], "title": r["title"],
                                        "text": r["title"] + " " + r["text"]}) + "\n"
                            for r in dev_records), encoding="utf-8")
    articles = accord.load([str(path)]).articles
    local = [(s.id, s.title, s.articles) for s in cluster_articles([windows.for_grouping(a) for a in articles])]
    results = [partitions.read_partition(p) for p in
               partitions.partition(partitions.plan([str(path)], workers=2), workers=2)]
    assert len(results) >= 8 and all(r.prior for r in results)
    loaded, bags = partitions.merge(results)
    grouped = [windows.for_grouping(a) for a in loaded.articles]
    order = stream_order(grouped)
    heap, heap_bags = [grouped[i] for i in order], [bags[i] for i in order]
    df = DocumentFrequencies()
    for b in heap_bags:
        df.add(b)
    task = (tuple(range(len(heap))), heap, heap_bags, df)
    prior = partitions.merged_prior(results)
    with partitions.term_prior({}):  # as a worker process that has counted no word of the heap
        given = windows.cluster_window(task + (prior,))
        bare = windows.cluster_window(task)
    assert [(p.story.id, p.story.title, p.story.articles) for p in given] == local
    assert [(p.story.id, p.story.title, p.story.articles) for p in bare] != local  # the bug it pins


def _dated(dev_records, events):
    """ECB+ dev records of `events` as articles, each event's spread over consecutive days."""
    import accord

    out = []
    for n, event in enumerate(events):
        records = [r for r in dev_records if r["cluster_label"] == event and r["text"].strip()][:8]
        for k, r in enumerate(records):
            day = dt.date(2026, 1, 1) + dt.timedelta(days=3 * n + k % 5)
            out.append({"id": r["doc_id"], "title": r["title"], "text": r["text"],
                        "published": day.isoformat()})
    return out


def test_bulk_windows_join_stories_across_edges(tmp_path, dev_records):
    import accord

    events = ("2_ecb", "3_ecb", "4_ecb", "5_ecb")
    path = tmp_path / "dated.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _dated(dev_records, events)) + "\n", encoding="utf-8")
    articles = accord.load([str(path)]).articles
    local = {a: s.id for s in cluster_articles(articles) for a in s.articles}
    grouped = [windows.for_grouping(a) for a in articles]
    heap = [grouped[i] for i in stream_order(grouped)]
    from accord.cluster.online import article_bag

    bags = [article_bag(a) for a in heap]
    df = DocumentFrequencies()
    for b in bags:
        df.add(b)
    plan = windows.plan_windows(heap, window_articles=6)
    assert len(plan) >= 3 and all(w.overlap for w in plan[1:])
    assert all(heap[w.own[0]].published != heap[v.own[-1]].published for v, w in zip(plan, plan[1:]))
    parts = [windows.cluster_window((w.overlap + w.own, [heap[p] for p in w.overlap + w.own],
                                     [bags[p] for p in w.overlap + w.own], df)) for w in plan]
    joined = windows.join(heap, plan, parts)
    bulk = {a: s.id for s in joined for a in s.articles}
    assert sorted(bulk) == sorted(local)  # every article in exactly one story
    # some local story spans a window edge, and comes out whole
    edge = {heap[p].id for w in plan[1:] for p in w.overlap}
    crossing = [s for s in set(local.values())
                if {a for a, t in local.items() if t == s} & edge]
    assert crossing
    precision, recall, f1 = bcubed(bulk, local)
    assert f1 >= 0.9, (precision, recall)
    one = windows.join(heap, windows.plan_windows(heap, len(heap)), [windows.cluster_window(
        (tuple(range(len(heap))), heap, bags, df))])
    assert {a: s.id for s in one for a in s.articles} == local  # one window: the local grouping


def test_bulk_unknown_engine_is_a_usage_error():
    from accord.bulk.engine import open_engine
    from accord.errors import UsageError

    with pytest.raises(UsageError, match="--engine 'spark': expected one of dask, ray"):
        with open_engine("spark", 2):
            pass


def test_bulk_reads_records_as_load_does_long_fields_cut(tmp_path):
    # bulk's workers clean with pipeline.clean_raw, as load does: a hostile 40,000-character
    # title is cut and noted in both, and a repeated id is settled the same way
    import accord
    from accord.bulk import partitions

    body = ("The harbour authority said on Tuesday that the fire at the container terminal was put out "
            "after six hours, and that two workers were treated for smoke inhalation at the scene.")
    records = [{"id": "a", "title": "Harbour " * 5_000, "text": body},
               {"id": "a", "title": "Again", "text": body + " Again."},
               {"id": "b", "title": "Short", "text": body + " Short."}]
    path = tmp_path / "heap.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    local = accord.load([str(path)])
    loaded, _ = partitions.merge([partitions.read_partition(partitions.plan([str(path)]))])
    assert loaded.articles == local.articles and loaded.rejected == local.rejected
    assert len(local.articles[0].title) <= 1_001 and any("title cut" in r for r in local.articles[0].removed)
    assert [r.reason for r in local.rejected] == ["duplicate article id 'a': kept the first"]
