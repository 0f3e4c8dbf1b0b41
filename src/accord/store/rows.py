"""Rows in and out: articles, membership, and a story's analysis spread into its tables.

Every function works inside the caller's transaction (store.core opens them). What it does not
do: decide placement (store.placement) or analyse (pipeline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa

from accord.store import schema as S
from accord.store.placement import Placed, central_title
from accord.types import Article, Rejection, Story, StoryReport


def insert_rejections(conn: sa.Connection, rejected: Sequence[Rejection]) -> None:
    if rejected:
        at = S.now()
        conn.execute(S.rejections.insert(), [
            {"source": r.source, "stage": r.stage, "reason": r.reason, "at": at} for r in rejected])


def insert_articles(conn: sa.Connection, articles: Sequence[Article],
                    content_hash: Callable[[Article], str]) -> tuple[list[Article], list[str]]:
    """Store the articles not already present (by content); returns (new articles, present ids).

    An id that another stored article already has gets the content's hash as a suffix."""
    hashes = [content_hash(a) for a in articles]
    known = _lookup(conn, S.articles.c.content_hash, S.articles.c.id, set(hashes))
    taken = set(_lookup(conn, S.articles.c.id, S.articles.c.id, {a.id for a in articles}))
    new: list[Article] = []
    present: list[str] = []
    batch_hashes: dict[str, str] = {}
    for a, h in zip(articles, hashes):
        if h in known:
            present.append(known[h])
            continue
        if h in batch_hashes:
            present.append(batch_hashes[h])
            continue
        if a.id in taken:
            a = _renamed(a, f"{a.id}-{h[:8]}")
        taken.add(a.id)
        batch_hashes[h] = a.id
        new.append(a)
    if new:
        added = S.now()
        conn.execute(S.articles.insert(), [_article_row(a, h, added) for a, h in
                                            zip(new, (content_hash(a) for a in new))])
        if conn.dialect.name == "sqlite":
            ids = [a.id for a in new]
            for start in range(0, len(ids), 500):
                conn.execute(sa.text(
                    "INSERT INTO articles_fts(rowid, title, text) SELECT n, coalesce(title, ''), text "
                    "FROM articles WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
                    {"ids": ids[start:start + 500]})
    return new, present


def _renamed(a: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(a, id=new_id)


def _lookup(conn, key: sa.Column, value: sa.Column, wanted: set) -> dict:
    out: dict = {}
    wanted_list = sorted(wanted)
    for start in range(0, len(wanted_list), 500):
        out.update(conn.execute(sa.select(key, value).where(key.in_(wanted_list[start:start + 500]))).all())
    return out


def _article_row(a: Article, h: str, added: str) -> dict[str, Any]:
    return {
        "id": a.id, "content_hash": h, "source": a.source, "url": a.url, "outlet": a.outlet,
        "title": a.title, "published": a.published.isoformat() if a.published else None,
        "byline": a.byline, "dateline": a.dateline, "kind": a.kind, "credits": list(a.credits),
        "removed": list(a.removed),
        "published_alternatives": [d.isoformat() for d in a.published_alternatives],
        "text": a.text, "added": added,
    }


def article_from_row(row) -> Article:
    m = row._mapping
    return Article(
        id=m["id"], source=m["source"], text=m["text"], title=m["title"], outlet=m["outlet"],
        published=dt.date.fromisoformat(m["published"]) if m["published"] else None,
        byline=m["byline"], credits=tuple(m["credits"]), removed=tuple(m["removed"]),
        url=m["url"], dateline=m["dateline"], kind=m["kind"],
        published_alternatives=tuple(dt.date.fromisoformat(d) for d in m["published_alternatives"]),
    )


def insert_membership(conn: sa.Connection, placed: Placed) -> None:
    conn.execute(S.story_articles.insert(), [
        {"article_id": aid, "story_id": sid, "position": 0, "duplicate_of": placed.duplicate_of.get(aid)}
        for aid, sid in placed.story_of.items()])


def load_story(conn: sa.Connection, sid: str) -> tuple[Story, list[Article]]:
    """A story's members from the store, in publication order (undated last, then by id),
    with its title (the member title closest to its centroid) and near-duplicate pairs."""
    story_row = conn.execute(sa.select(S.stories.c.centroid).where(S.stories.c.id == sid)).first()
    if story_row is None:
        raise KeyError(sid)
    result = conn.execute(
        sa.select(S.articles, S.story_articles.c.duplicate_of, S.article_features.c.vectors)
        .join(S.story_articles, S.story_articles.c.article_id == S.articles.c.id)
        .join(S.article_features, S.article_features.c.article_id == S.articles.c.id)
        .where(S.story_articles.c.story_id == sid)).all()
    # ties in date by id, as cluster_articles orders them: a story reads the same whatever order
    # its articles arrived in (issue 20)
    result.sort(key=lambda r: (r.published is None, r.published or "", r.id, r.n))
    members = [article_from_row(r) for r in result]
    ids = {a.id for a in members}
    duplicates = tuple((r.duplicate_of, r.id) for r in result if r.duplicate_of in ids)
    title = central_title([(r.title, r.vectors) for r in result], story_row.centroid,
                          members[0].text if members else "")
    story = Story(id=sid, title=title, articles=tuple(a.id for a in members), duplicates=duplicates,
                  independent_sources=len(members) - len(duplicates))
    return story, members


def _header(story: Story, members: Sequence[Article]) -> dict[str, Any]:
    outlets = sorted({a.outlet for a in members if a.outlet})
    dates = sorted(a.published.isoformat() for a in members if a.published)
    return {
        "title": story.title, "articles": len(members), "independent_sources": story.independent_sources,
        "outlets": outlets, "outlets_count": len(outlets),
        "published_first": dates[0] if dates else None, "published_last": dates[-1] if dates else None,
    }


def _positions(conn: sa.Connection, story: Story) -> None:
    conn.execute(S.story_articles.update().where(S.story_articles.c.article_id == sa.bindparam("a"))
                 .values(position=sa.bindparam("p")),
                 [{"a": aid, "p": n} for n, aid in enumerate(story.articles)])


def _clear(conn: sa.Connection, sid: str) -> None:
    for table in S.ANALYSIS_TABLES:
        conn.execute(table.delete().where(table.c.story_id == sid))


def write_pending(conn: sa.Connection, story: Story, members: Sequence[Article], *, due: bool) -> None:
    """A story whose members changed: header and order now; its earlier analysis (if any) stays
    until it is analysed again (`analysed` NULL marks it pending; `due`: by the next ingest)."""
    _positions(conn, story)
    conn.execute(S.stories.update().where(S.stories.c.id == story.id).values(
        **_header(story, members), analysed=None, analysis_due=due, updated=S.now()))


def member_ids(conn: sa.Connection, sid: str) -> set[str]:
    return {a for (a,) in conn.execute(sa.select(S.story_articles.c.article_id)
                                       .where(S.story_articles.c.story_id == sid))}


def write_analysis(conn: sa.Connection, element: dict[str, Any], report: StoryReport) -> None:
    """Store a story's analysis: the report JSON element, and its rows in the analysis tables."""
    sid = report.story.id
    _clear(conn, sid)
    _positions(conn, report.story)
    ts = S.now()
    conn.execute(S.stories.update().where(S.stories.c.id == sid).values(
        **_header(report.story, report.articles), discrepancies=len(element["discrepancies"]),
        report=element, analysed=ts, analysis_due=False, updated=ts))
    inserts = {
        S.facts: [{"n": n, "id": f["id"], "text": f["text"], "articles": f["articles"],
                   "independent_sources": f["independent_sources"], "contradicted_by": f["contradicted_by"],
                   "mentions": f["mentions"]} for n, f in enumerate(element["facts"])],
        S.discrepancies: [{"n": n, "kind": d["kind"], "about": d["about"], "sides": len(d["claims"])}
                          for n, d in enumerate(element["discrepancies"])],
        S.claims: [{"discrepancy": n, "n": k, "value": c["value"], "articles": c["articles"], "text": c["text"]}
                   for n, d in enumerate(element["discrepancies"]) for k, c in enumerate(d["claims"])],
        S.quotes: [{"n": n, "speaker": q["speaker"], "text": q["text"], "articles": q["articles"],
                    "variants": q["variants"]} for n, q in enumerate(element["quotes"])],
        S.entities: [{"n": n, "name": e["name"], "type": e["type"], "variants": e["variants"],
                      "articles": e["articles"]} for n, e in enumerate(element["entities"])],
        S.provenance: [{"n": n, "source": p["source"], "derived": p["derived"], "kind": p["kind"],
                        "origin": p["origin"], "score": p["score"], "credited": p["credited"],
                        "share": p.get("share")} for n, p in enumerate(element["provenance"])],
        S.timeline: [{"n": n, "date": t["date"], "text": t["text"], "articles": t["articles"]}
                     for n, t in enumerate(element["timeline"])],
    }
    for table, values in inserts.items():
        if values:
            conn.execute(table.insert(), [{"story_id": sid, **v} for v in values])
