"""The JSON report: CONTRACT.md's schema_version 1, plus documented extensions.

Extensions (allowed by the contract: "extend it freely"): per story `articles_count`,
`independent_sources`, `duplicates`; per article `url`, `dateline`; per provenance edge `share`
and `passages`; per quote/variant `mentions`; per claim `mentions`; per story `summary_disputes` (the summary's
disputed points stated as such, beside `summary`: see accord.summarize.disputes). The schema lives beside this
module (schema.json) and every JSON accord writes validates against it in the tests.
"""

from __future__ import annotations

import json
from typing import Any

from accord.types import (
    Article,
    Claim,
    Mention,
    Passage,
    Report,
    Story,
    StoryReport,
    TimelineMention,
)

SCHEMA_VERSION = 1


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "byline": a.byline,
        "credits": list(a.credits),
        "text": a.text,
        "removed": list(a.removed),
        "url": a.url,
        "dateline": a.dateline,
    }


def _mention(m: Mention) -> dict[str, Any]:
    return {"article": m.article, "start": m.start, "end": m.end, "text": m.text}


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "value": c.value,
        "articles": list(c.articles),
        "text": c.text,
        "mentions": [_mention(m) for m in c.mentions],
    }


def _passage(p: Passage) -> dict[str, Any]:
    return {
        "source": {"article": p.source.article, "start": p.source.start, "end": p.source.end},
        "derived": {"article": p.derived.article, "start": p.derived.start, "end": p.derived.end},
    }


def _timeline_mention(m: TimelineMention) -> dict[str, Any]:
    d: dict[str, Any] = {"article": m.article, "text": m.text}
    if m.start is not None:
        d["start"], d["end"] = m.start, m.end
    return d


def story_header(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "articles_count": len(story.articles),
        "independent_sources": story.independent_sources,
        "duplicates": [{"kept": k, "duplicate": d} for k, d in story.duplicates],
    }


def story_dict(r: StoryReport) -> dict[str, Any]:
    d = story_header(r.story)
    d.update(
        {
            "articles": [article_dict(a) for a in r.articles],
            "facts": [
                {
                    "id": f.id,
                    "text": f.text,
                    "articles": list(f.articles),
                    "independent_sources": f.independent_sources,
                    "mentions": [_mention(m) for m in f.mentions],
                    "contradicted_by": list(f.contradicted_by),
                }
                for f in r.facts
            ],
            "summary": [
                {"text": s.text, "facts": list(s.facts), "articles": list(s.articles),
                 "contradicted_by": list(s.contradicted_by)}
                for s in r.summary
            ],
            "summary_disputes": [
                {"text": x.text, "topic": x.topic, "discrepancy": x.discrepancy, "after": x.after,
                 "sides": [{"value": y.value, "articles": list(y.articles),
                            "mentions": [_mention(m) for m in y.mentions]} for y in x.sides]}
                for x in r.summary_disputes
            ],
            "exclusive": [{"article": e.article, "fact": e.fact} for e in r.exclusive],
            "discrepancies": [
                {"kind": x.kind, "about": x.about, "claims": [_claim(c) for c in x.claims]}
                for x in r.discrepancies
            ],
            "quotes": [
                {
                    "speaker": q.speaker,
                    "text": q.text,
                    "articles": list(q.articles),
                    "mentions": [_mention(m) for m in q.mentions],
                    "variants": [
                        {
                            "text": v.text,
                            "articles": list(v.articles),
                            "changes_meaning": v.changes_meaning,
                            "changes": list(v.changes),
                            "mentions": [_mention(m) for m in v.mentions],
                        }
                        for v in q.variants
                    ],
                    "attributions": [{"article": a.article, "speaker": a.speaker} for a in q.attributions],
                }
                for q in r.quotes
            ],
            "entities": [
                {"name": e.name, "type": e.type, "variants": list(e.variants), "articles": list(e.articles)}
                for e in r.entities
            ],
            "provenance": [
                {
                    "source": p.source,
                    "derived": p.derived,
                    "kind": p.kind,
                    "origin": p.origin,
                    "score": round(float(p.score), 4),
                    "credited": p.credited,
                    "share": round(float(p.share), 4),
                    "passages": [_passage(x) for x in p.passages],
                }
                for p in r.provenance
            ],
            "timeline": [
                {
                    "date": t.date,
                    "text": t.text,
                    "articles": list(t.articles),
                    "mentions": [_timeline_mention(m) for m in t.mentions],
                }
                for t in r.timeline
            ],
        }
    )
    return d


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "stories": [story_dict(s) for s in report.stories],
        "rejected": [
            {"source": r.source, "stage": r.stage, "reason": r.reason} for r in report.rejected
        ],
    }


def clusters_dict(stories: list[Story], articles: dict[str, Article], rejected) -> dict[str, Any]:
    """`accord cluster --format json`: the grouping only, with each article's metadata."""
    out = []
    for s in stories:
        d = story_header(s)
        d["articles"] = [
            {
                "id": a.id,
                "source": a.source,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
            }
            for a in (articles[i] for i in s.articles)
        ]
        out.append(d)
    return {
        "schema_version": SCHEMA_VERSION,
        "stories": out,
        "rejected": [{"source": r.source, "stage": r.stage, "reason": r.reason} for r in rejected],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
