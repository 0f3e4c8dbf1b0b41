"""Write a bulk run (accord.bulk) into an empty store, as if `accord ingest` had built it.

    store = open_empty("news.db")            # refuses a store that already holds articles
    write_bulk(store, articles, bags, rejected, reports)

What is written: the rejections, the articles (an article whose content another one already
has is stored once, as `ingest` stores it), the clustering state a later `accord ingest` goes on
from (term frequencies, each article's features and MinHash bands, each story's centroid, dates
and index terms: the stories are replayed into `placement.StoredClusterer` and written by
`placement._write`, the writer `ingest` uses), the membership, and every story's analysis, the
element `accord report --format json` writes. Articles, grouping and headers go in one
transaction (stories then pending and due); the analyses in transactions of
settings.BULK_STORE_STORIES stories. A run stopped between them leaves stories due for
analysis, which the next `accord ingest` analyses.

What it does not do: group or analyse (accord.bulk did), or merge into stored stories.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from accord import settings
from accord.errors import StoreError
from accord.store import rows
from accord.store.core import Store, content_hash
from accord.store.schema import display
from accord.types import Article, Rejection, StoryReport


def open_empty(db: str) -> Store:
    """The store at `db` (made when missing), if it holds no article yet."""
    store = Store(db)
    if store.counts()["articles"]:
        store.close()
        raise StoreError(display(db), "holds articles already: accord bulk loads a new or empty store "
                             "(add to this one with accord ingest)")
    return store


def write_bulk(store: Store, articles: Sequence[Article], bags: Sequence, rejected: Sequence[Rejection],
               reports: Sequence[StoryReport],
               progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Store a bulk run's articles (`bags`: their clustering terms, in the same order), its
    rejections, the grouping of `reports` and their analyses. Returns counts written."""
    from accord.cluster.duplicates import DuplicateIndex
    from accord.report.json_format import story_dict
    from accord.store import placement as P
    from accord.bulk.windows import for_grouping
    from accord.cluster import stream_order

    progress = progress or (lambda done, total: None)
    bag_of = {a.id: b for a, b in zip(articles, bags)}
    number_of_article = {aid: n for n, r in enumerate(reports) for aid in r.story.articles}
    with store._write() as conn:
        rows.insert_rejections(conn, list(rejected))
        # in the order grouping streams them (by date, then id): of two copies of one text the
        # first is stored, as the story's first article is the one its id comes from
        streamed = [articles[i] for i in stream_order([for_grouping(a) for a in articles])]
        # (insert_articles keeps the order it is given: the new ones stay in stream order)
        new, _present = rows.insert_articles(conn, streamed, content_hash)
        if not new:
            return {"articles": 0, "stories": 0, "rejections": len(rejected)}
        kept = {a.id for a in new}  # (ids are free in an empty store: none is renamed)
        seen = [for_grouping(a) for a in new]
        seen_bags = [bag_of[a.id] for a in seen]
        df = P._frequencies(conn, seen_bags)
        clusterer = P.StoredClusterer(df)
        dups = DuplicateIndex()
        signatures = [dups.signature(a.text) for a in seen]
        exacts = [P._exact(a.text) for a in seen]
        original_of = {dup: kept_id for r in reports for kept_id, dup in r.story.duplicates}
        position_of: dict[str, int] = {}
        number_of_report: dict[int, int] = {}
        for a, b in zip(seen, seen_bags):
            report_n = number_of_article[a.id]
            if report_n not in number_of_report:
                number_of_report[report_n] = clusterer._open()
            number = number_of_report[report_n]
            position = len(clusterer.articles)
            clusterer.articles.append(a)
            clusterer.vectors.append(clusterer.vectorize(b))
            clusterer.duplicates.add(a.text)  # positions stay aligned with the index's
            clusterer.story_of.append(number)
            position_of[a.id] = position
            original = original_of.get(a.id)
            if original in position_of and original in kept:  # a copy: no voice of its own
                clusterer.copy_of[position] = position_of[original]
                clusterer.copies[position_of[original]].append(position)
                clusterer._append(number, position)
            else:
                clusterer._join(number, position)
        placed = P._write(conn, clusterer, seen, signatures, exacts, {}, dups)
        rows.insert_membership(conn, placed)
        stored_reports = []
        for n, report in enumerate(reports):
            ids = [i for i in report.story.articles if i in kept]
            if not ids:
                continue  # every article of it is stored as another's content: nothing to hang it on
            sid = placed.story_of[ids[0]]
            if sid != report.story.id:  # its first article is stored under another's content
                report = replace(report, story=replace(report.story, id=sid))
            rows.write_pending(conn, report.story, report.articles, due=True)
            stored_reports.append(report)
    done = 0
    step = settings.BULK_STORE_STORIES
    for start in range(0, len(stored_reports), step):
        with store._write() as conn:
            for report in stored_reports[start:start + step]:
                rows.write_analysis(conn, story_dict(report), report)
        done = min(start + step, len(stored_reports))
        progress(done, len(stored_reports))
    return {"articles": len(new), "stories": len(stored_reports), "rejections": len(rejected)}
