"""A stored story element (the report JSON) back into `accord.types` records, for rendering.

The inverse of `report.json_format.story_dict`, so `accord show` and `accord report --db` render
a stored story with the same renderers as `accord report`. What the JSON does not carry is
rebuilt or left empty: a summary sentence's own span is the first of its facts' mentions with
its wording (report/view.py falls back to the facts' mentions anyway); an article's page-date
alternatives are not needed once its story has settled them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from accord.types import (
    Article, Claim, Discrepancy, Entity, Exclusive, Fact, Mention, Passage, ProvenanceEdge, Quote,
    QuoteVariant, Rejection, Report, Span, Story, StoryReport, SummarySentence, TimelineEvent,
    TimelineMention,
)
from accord.types import DisputeSide, QuoteAttribution, SummaryDispute


def _mentions(items) -> tuple[Mention, ...]:
    return tuple(Mention(m["article"], m["start"], m["end"], m["text"]) for m in items or ())


def _article(d: dict[str, Any]) -> Article:
    return Article(
        id=d["id"], source=d["source"], text=d["text"], title=d.get("title"), outlet=d.get("outlet"),
        published=dt.date.fromisoformat(d["published"]) if d.get("published") else None,
        byline=d.get("byline"), credits=tuple(d.get("credits") or ()), removed=tuple(d.get("removed") or ()),
        url=d.get("url"), dateline=d.get("dateline"),
    )


def _span(d: dict[str, Any]) -> Span:
    return Span(d["article"], d["start"], d["end"])


def story_report(d: dict[str, Any]) -> StoryReport:
    """One story element (`Store.story`) as a StoryReport."""
    articles = tuple(_article(a) for a in d["articles"])
    story = Story(
        id=d["id"], title=d["title"], articles=tuple(a.id for a in articles),
        duplicates=tuple((x["kept"], x["duplicate"]) for x in d.get("duplicates", ())),
        independent_sources=d.get("independent_sources", len(articles)),
    )
    facts = tuple(
        Fact(id=f["id"], text=f["text"], mentions=_mentions(f["mentions"]), articles=tuple(f["articles"]),
             independent_sources=f["independent_sources"], contradicted_by=tuple(f.get("contradicted_by", ())))
        for f in d["facts"])
    by_id = {f.id: f for f in facts}
    summary = []
    for s in d["summary"]:
        own = next((m for fid in s["facts"] if fid in by_id for m in by_id[fid].mentions
                    if m.text == s["text"]), None)
        summary.append(SummarySentence(text=s["text"], facts=tuple(s["facts"]), articles=tuple(s["articles"]),
                                       mention=own, contradicted_by=tuple(s.get("contradicted_by", ()))))
    return StoryReport(
        story=story,
        articles=articles,
        facts=facts,
        summary=tuple(summary),
        exclusive=tuple(Exclusive(e["article"], e["fact"]) for e in d["exclusive"]),
        discrepancies=tuple(
            Discrepancy(x["kind"], x["about"], tuple(
                Claim(c["value"], tuple(c["articles"]), c["text"], _mentions(c.get("mentions")))
                for c in x["claims"]))
            for x in d["discrepancies"]),
        quotes=tuple(
            Quote(q["speaker"], q["text"], tuple(q["articles"]), tuple(
                QuoteVariant(v["text"], tuple(v["articles"]), v["changes_meaning"], _mentions(v.get("mentions")),
                             tuple(v.get("changes", ())))
                for v in q["variants"]), _mentions(q.get("mentions")),
                tuple(QuoteAttribution(x["article"], x["speaker"]) for x in q.get("attributions", ())))
            for q in d["quotes"]),
        entities=tuple(Entity(e["name"], e["type"], tuple(e["variants"]), tuple(e["articles"]))
                       for e in d["entities"]),
        provenance=tuple(
            ProvenanceEdge(p["source"], p["derived"], p["kind"], p["score"], p["credited"], p.get("origin"),
                           p.get("share", 0.0),
                           tuple(Passage(_span(x["source"]), _span(x["derived"])) for x in p.get("passages", ())))
            for p in d["provenance"]),
        timeline=tuple(
            TimelineEvent(t["date"], t["text"], tuple(t["articles"]), tuple(
                TimelineMention(m["article"], m["text"], m.get("start"), m.get("end")) for m in t["mentions"]))
            for t in d["timeline"]),
        summary_disputes=tuple(
            SummaryDispute(x["text"], x["topic"], x["discrepancy"], x["after"], tuple(
                DisputeSide(y["value"], tuple(y["articles"]), _mentions(y.get("mentions"))) for y in x["sides"]))
            for x in d.get("summary_disputes", ())),
    )


def report_from_dicts(elements: Sequence[dict[str, Any]], rejected: Sequence[dict[str, Any]] = ()) -> Report:
    """Stored story elements (and stored rejections) as a Report for `accord.render`."""
    return Report(tuple(story_report(d) for d in elements),
                  tuple(Rejection(r["source"], r["stage"], r["reason"]) for r in rejected))
