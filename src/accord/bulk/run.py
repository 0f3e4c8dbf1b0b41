"""`accord bulk`: a large collection read, grouped and analysed on a distributed engine.

    result = bulk(paths, engine="dask", workers=2, db="accord.db", progress=progress)

Stages, each a map over partitions on the engine (accord.bulk.engine), the driver merging:
  1. read    read, clean and count clustering terms per partition of the inputs (bulk.partitions)
  2. group   document frequencies summed on the driver; stories grouped per time window, joined
             across window edges (bulk.windows)
  3. analyse each story's dates settled and its full analysis (segment, encode, provenance,
             align, compare, claims, summary) per batch of stories; each worker keeps one
             encoder (the model loaded once per worker process)
  4. store   articles, rejections, clustering state and every story's analysis written to the
             store (accord.store.bulk), in batches of transactions
Sentences are segmented and encoded inside stage 3, per story: the stages encode only the
sentences they compare (accord.embed), which a story alone decides.

What it does not do: add to a store that already holds articles (accord ingest does that,
story by story), or fetch URLs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from accord import settings
from accord.bulk import partitions, windows
from accord.bulk.engine import open_engine, ordered
from accord.cluster import stream_order
from accord.pipeline import Progress, _no_progress
from accord.types import Article, Rejection, Report, Story, StoryReport


@dataclass
class BulkResult:
    report: Report
    articles: int
    rejected: tuple[Rejection, ...]
    windows: int
    seconds: dict[str, float] = field(default_factory=dict)
    workers: int = 0


_ENCODER = None  # one per worker process: the model loads once, its cache lives on


def analyse_batch(task) -> list[StoryReport]:
    """Settle and analyse a batch of stories (on a worker). `task`: (summary_words, [(story, members)])."""
    global _ENCODER
    from accord.embed import Encoder
    from accord.pipeline import _settled, analyze_story

    summary_words, batch = task
    if _ENCODER is None:
        _ENCODER = Encoder()
    out = []
    for story, members in batch:
        story, members = _settled(story, list(members))
        out.append(analyze_story(story, members, _ENCODER, summary_words))
    return out


def bulk(
    paths: Sequence[str],
    *,
    engine: str = settings.BULK_ENGINE,
    workers: int = 2,
    address: str | None = None,
    db: str | None = None,
    stdin=None,
    follow_links: bool = False,
    summary_words: int = settings.SUMMARY_WORDS,
    window_articles: int = settings.BULK_WINDOW_ARTICLES,
    progress: Progress = _no_progress,
) -> BulkResult:
    """Read, group and analyse every article in `paths` on `engine`; with `db`, store it all."""
    if summary_words < 1:
        raise ValueError(f"summary_words must be >= 1, got {summary_words!r}")
    store = None
    if db is not None:
        from accord.store.bulk import open_empty

        store = open_empty(db)  # fails before any work when the store cannot take a bulk load
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    try:
        with open_engine(engine, workers, address) as eng:
            seconds["start"] = time.perf_counter() - t
            loaded, bags, heap, heap_bags, df, prior = _read(eng, paths, stdin, follow_links, progress, seconds)
            stories, n_windows = _group(eng, heap, heap_bags, df, prior, window_articles, progress, seconds)
            by_id = {a.id: a for a in loaded.articles}  # as analysed locally: dates not yet settled
            reports = _analyse(eng, stories, by_id, summary_words, progress, seconds)
        report = Report(tuple(reports), loaded.rejected, {})
        if store is not None:
            from accord.store.bulk import write_bulk

            t = time.perf_counter()
            with partitions.term_prior(prior):  # the clustering state weighed as grouping weighed it
                write_bulk(store, loaded.articles, bags, loaded.rejected, reports,
                           progress=lambda done, total: progress("store", done, total))
            seconds["store"] = time.perf_counter() - t
    finally:
        if store is not None:
            store.close()
    return BulkResult(report, len(loaded.articles), loaded.rejected, n_windows, seconds, eng.workers)


def _read(eng, paths, stdin, follow_links, progress, seconds):
    from accord.cluster.features import DocumentFrequencies

    t = time.perf_counter()
    units = partitions.plan(paths, stdin=stdin, follow_links=follow_links, workers=eng.workers)
    parts = partitions.partition(units, eng.workers)
    results = ordered(eng.map(partitions.read_partition, parts), len(parts),
                      lambda done: progress("read", done, len(parts)))
    loaded, bags = partitions.merge(results)
    prior = partitions.merged_prior(results)
    seconds["read"] = time.perf_counter() - t
    t = time.perf_counter()
    grouped = [windows.for_grouping(a) for a in loaded.articles]
    order = stream_order(grouped)
    heap = [grouped[i] for i in order]
    heap_bags = [bags[i] for i in order]
    df = DocumentFrequencies()
    for b in heap_bags:
        df.add(b)
    seconds["frequencies"] = time.perf_counter() - t
    return loaded, bags, heap, heap_bags, df, prior


def _group(eng, heap, heap_bags, df, prior, window_articles, progress, seconds):
    t = time.perf_counter()
    if not heap:
        return [], 0
    plan = windows.plan_windows(heap, window_articles)
    tasks = []
    for w in plan:
        positions = w.overlap + w.own
        tasks.append((positions, [heap[p] for p in positions], [heap_bags[p] for p in positions], df, prior))
    parts = ordered(eng.map(windows.cluster_window, tasks), len(tasks),
                    lambda done: progress("group", done, len(tasks)))
    stories = windows.join(heap, plan, parts)
    seconds["group"] = time.perf_counter() - t
    return stories, len(plan)


def _analyse(eng, stories: list[Story], by_id: dict[str, Article], summary_words, progress,
             seconds) -> list[StoryReport]:
    """Every story analysed, in batches of about settings.BULK_ANALYSE_ARTICLES articles, the
    largest stories first (so that no worker is left with a big one at the end)."""
    t = time.perf_counter()
    progress("analyse", 0, len(stories))
    if not stories:
        return []
    order = sorted(range(len(stories)), key=lambda n: (-len(stories[n].articles), n))
    batches: list[list[int]] = []
    size = 0
    limit = max(1, min(settings.BULK_ANALYSE_ARTICLES,
                       sum(len(s.articles) for s in stories) // (4 * eng.workers) + 1))
    for n in order:
        if not batches or size >= limit:
            batches.append([])
            size = 0
        batches[-1].append(n)
        size += len(stories[n].articles)
    tasks = [(summary_words, [(stories[n], [by_id[i] for i in stories[n].articles]) for n in b])
             for b in batches]
    reports: list[StoryReport | None] = [None] * len(stories)
    done = 0
    for i, result in eng.map(analyse_batch, tasks):
        for n, r in zip(batches[i], result):
            reports[n] = r
        done += len(result)
        progress("analyse", done, len(stories))
    seconds["analyse"] = time.perf_counter() - t
    return reports
