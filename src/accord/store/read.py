"""The store's read API: lists and records as plain dicts, for the CLI, `accord.Store` and serve/.

Each function takes an open connection (one snapshot: a reader sees whole batches only, never
a writer's half). Lists are ordered and paged in SQL, so their cost does not grow with what is
not returned. What it does not do: write, or render (report/ renders a story element).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa

from accord.store import schema as S

SORTS = ("newest", "sources", "disputed")
_WORD = re.compile(r"\w+")


def _day(value, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def _page(limit: int | None, offset: int) -> None:
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be an integer >= 0, got {limit!r}")
    if not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset must be an integer >= 0, got {offset!r}")


def fts_query(query: str) -> str | None:
    """The user's words as an FTS5 query: every word, each quoted (no operator syntax)."""
    words = _WORD.findall(query or "")
    return " ".join(f'"{w}"' for w in words) if words else None


def _matching_articles(conn: sa.Connection, query: str) -> sa.Subquery | None:
    fts = fts_query(query)
    if fts is None:
        return None
    if conn.dialect.name == "sqlite":
        return (sa.select(S.articles.c.id.label("article_id"))
                .select_from(sa.table("articles_fts"))
                .join(S.articles, S.articles.c.n == sa.literal_column("articles_fts.rowid"))
                .where(sa.text("articles_fts MATCH :fts").bindparams(fts=fts))).subquery()
    return (sa.select(S.articles.c.id.label("article_id"))
            .where(_pg_document().op("@@")(_pg_query(query)))).subquery()


def _pg_document():
    """The column PostgreSQL's full-text index is built on (schema.PG_DOCUMENT)."""
    return sa.literal_column(S.PG_DOCUMENT)


def _pg_query(query: str):
    """Every word of the query, no operator syntax (as fts_query for FTS5)."""
    return sa.func.plainto_tsquery(sa.literal_column("'simple'"), " ".join(_WORD.findall(query)))


def _story_summary(row) -> dict[str, Any]:
    return {
        "id": row.id, "title": row.title, "articles": row.articles, "outlets": list(row.outlets or []),
        "published_first": row.published_first, "published_last": row.published_last,
        "discrepancies": row.discrepancies, "updated": row.updated,
        "independent_sources": row.independent_sources, "analysed": row.analysed,
    }


def stories(conn: sa.Connection, *, sort: str = "newest", outlet: str | None = None, since=None,
            until=None, query: str | None = None, limit: int | None = 50, offset: int = 0) -> list[dict]:
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    _page(limit, offset)
    since, until = _day(since, "since"), _day(until, "until")
    t = S.stories
    sel = sa.select(t.c.id, t.c.title, t.c.articles, t.c.outlets, t.c.published_first,
                    t.c.published_last, t.c.discrepancies, t.c.updated, t.c.independent_sources,
                    t.c.analysed)
    if outlet:
        members = (sa.select(S.story_articles.c.story_id)
                   .join(S.articles, S.articles.c.id == S.story_articles.c.article_id)
                   .where(S.articles.c.outlet == outlet))
        sel = sel.where(t.c.id.in_(members))
    if since:  # stories with an article on or after `since`
        sel = sel.where(t.c.published_last >= since)
    if until:
        sel = sel.where(t.c.published_first <= until)
    if query is not None:
        hits = _matching_articles(conn, query)
        if hits is None:
            return []
        sel = sel.where(t.c.id.in_(sa.select(S.story_articles.c.story_id)
                                   .where(S.story_articles.c.article_id.in_(sa.select(hits.c.article_id)))))
    newest = (t.c.published_last.is_(None), t.c.published_last.desc(), t.c.updated.desc())
    order = {
        "newest": newest,
        "sources": (t.c.independent_sources.desc(), t.c.outlets_count.desc()) + newest,
        "disputed": (t.c.discrepancies.desc(),) + newest,
    }[sort]
    sel = sel.order_by(*order, t.c.id).offset(offset)
    if limit is not None:
        sel = sel.limit(limit)
    return [_story_summary(r) for r in conn.execute(sel)]


def all_story_ids(conn: sa.Connection) -> list[str]:
    return [s["id"] for s in stories(conn, limit=None)]


def story(conn: sa.Connection, story_id: str) -> dict[str, Any]:
    """The story element of the report JSON. A story whose analysis is pending (it gained
    articles since) has `"pending": true`: its earlier analysis, or empty analysis lists and its
    articles when it has none yet."""
    row = conn.execute(sa.select(S.stories).where(S.stories.c.id == story_id)).first()
    if row is None:
        raise KeyError(story_id)
    if row.report is not None and row.analysed is not None:
        return row.report
    if row.report is not None:  # an earlier analysis, while the story's new one is pending
        return {**row.report, "pending": True}
    from accord.report.json_format import article_dict
    from accord.store.rows import article_from_row

    members = conn.execute(
        sa.select(S.articles).join(S.story_articles, S.story_articles.c.article_id == S.articles.c.id)
        .where(S.story_articles.c.story_id == story_id).order_by(S.story_articles.c.position)).all()
    dups = conn.execute(sa.select(S.story_articles.c.duplicate_of, S.story_articles.c.article_id)
                        .where(S.story_articles.c.story_id == story_id,
                               S.story_articles.c.duplicate_of.is_not(None))).all()
    return {
        "id": row.id, "title": row.title, "articles_count": row.articles,
        "independent_sources": row.independent_sources,
        "duplicates": [{"kept": k, "duplicate": d} for k, d in dups],
        "articles": [article_dict(article_from_row(m)) for m in members],
        "facts": [], "summary": [], "exclusive": [], "discrepancies": [], "quotes": [],
        "entities": [], "provenance": [], "timeline": [], "pending": True,
    }


def search(conn: sa.Connection, query: str, *, limit: int = 50) -> list[dict]:
    _page(limit, 0)
    fts = fts_query(query)
    if fts is None:
        return []
    a, m = S.articles, S.story_articles
    if conn.dialect.name == "sqlite":
        rows = conn.execute(sa.text(
            "SELECT a.id, m.story_id, a.title, a.outlet, a.published, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.n = articles_fts.rowid "
            "LEFT JOIN story_articles m ON m.article_id = a.id "
            "WHERE articles_fts MATCH :fts ORDER BY rank, a.n LIMIT :limit"), {"fts": fts, "limit": limit})
    else:  # ranked as FTS5's bm25 ranks roughly (ts_rank), snippets marked as FTS5's are
        q = _pg_query(query)
        ranked = (sa.select(a.c.n, a.c.id, a.c.title, a.c.outlet, a.c.published, a.c.text,
                            sa.func.ts_rank(_pg_document(), q).label("rank"))
                  .where(_pg_document().op("@@")(q))
                  .order_by(sa.literal_column("rank").desc(), a.c.n).limit(limit).subquery())
        snippet = sa.func.ts_headline(sa.literal_column("'simple'"), ranked.c.text, q,
                                      "StartSel=[, StopSel=], MaxWords=16, MinWords=6, "
                                      "MaxFragments=2, FragmentDelimiter=\" … \"")
        rows = conn.execute(sa.select(ranked.c.id, m.c.story_id, ranked.c.title, ranked.c.outlet,
                                      ranked.c.published, snippet)
                            .join(m, m.c.article_id == ranked.c.id, isouter=True)
                            .order_by(ranked.c.rank.desc(), ranked.c.n))
    return [{"article_id": r[0], "story_id": r[1], "title": r[2], "outlet": r[3], "published": r[4],
             "snippet": r[5]} for r in rows]


def outlets(conn: sa.Connection) -> list[dict]:
    a, m = S.articles, S.story_articles
    rows = conn.execute(
        sa.select(a.c.outlet, sa.func.count(a.c.id), sa.func.count(sa.distinct(m.c.story_id)),
                  sa.func.max(a.c.published))
        .join(m, m.c.article_id == a.c.id, isouter=True)
        .group_by(a.c.outlet).order_by(sa.func.count(a.c.id).desc(), a.c.outlet))
    return [{"outlet": o, "articles": n, "stories": s, "published_last": p} for o, n, s, p in rows]


def discrepancies(conn: sa.Connection, *, limit: int = 100) -> list[dict]:
    _page(limit, 0)
    d, s, c = S.discrepancies, S.stories, S.claims
    rows = conn.execute(
        sa.select(d.c.story_id, s.c.title, s.c.published_last, d.c.n, d.c.kind, d.c.about)
        .join(s, s.c.id == d.c.story_id)
        .order_by(s.c.published_last.is_(None), s.c.published_last.desc(), s.c.updated.desc(),
                  d.c.story_id, d.c.n)
        .limit(limit)).all()
    sides: dict[tuple[str, int], list[dict]] = {}
    keys = {(r.story_id, r.n) for r in rows}
    for sid in {k[0] for k in keys}:
        for cr in conn.execute(sa.select(c).where(c.c.story_id == sid).order_by(c.c.discrepancy, c.c.n)):
            sides.setdefault((sid, cr.discrepancy), []).append(
                {"value": cr.value, "articles": cr.articles, "text": cr.text})
    return [{"story_id": r.story_id, "story_title": r.title, "published_last": r.published_last,
             "kind": r.kind, "about": r.about, "claims": sides.get((r.story_id, r.n), [])} for r in rows]


def article(conn: sa.Connection, article_id: str) -> dict[str, Any]:
    from accord.report.json_format import article_dict
    from accord.store.rows import article_from_row

    row = conn.execute(sa.select(S.articles, S.story_articles.c.story_id)
                       .join(S.story_articles, S.story_articles.c.article_id == S.articles.c.id,
                             isouter=True)
                       .where(S.articles.c.id == article_id)).first()
    if row is None:
        raise KeyError(article_id)
    out = article_dict(article_from_row(row))
    out.update({"story_id": row.story_id, "added": row.added})
    return out


def rejections(conn: sa.Connection, *, limit: int | None = 100) -> list[dict]:
    r = S.rejections
    sel = sa.select(r.c.source, r.c.stage, r.c.reason, r.c.at).order_by(r.c.n.desc())
    if limit is not None:
        sel = sel.limit(limit)
    return [{"source": a, "stage": b, "reason": c, "at": d} for a, b, c, d in conn.execute(sel)]


def counts(conn: sa.Connection) -> dict[str, int]:
    def n(table) -> int:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()

    return {"articles": n(S.articles), "stories": n(S.stories), "rejections": n(S.rejections),
            "pending": conn.execute(sa.select(sa.func.count()).select_from(S.stories)
                                    .where(S.stories.c.analysed.is_(None))).scalar()}
