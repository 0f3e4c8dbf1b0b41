"""A story's JSON (CONTRACT.md, one element of `stories`) read back into accord's records.

The store hands stories out as the JSON `accord report --format json` writes; the story page
draws them with the HTML report's own view (accord.report.view / accord.report.html), which
works on the records of accord.types. This is the inverse of accord.report.json_format.story_dict.

What it does not do: it does not check the JSON against the schema (the store wrote it); a
missing optional field reads as its empty default, a missing required field raises KeyError.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from accord.types import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Exclusive,
    Fact,
    Mention,
    Passage,
    ProvenanceEdge,
    Quote,
    QuoteVariant,
    Span,
    Story,
    StoryReport,
    SummarySentence,
    TimelineEvent,
    TimelineMention,
)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _mentions(xs) -> tuple[Mention, ...]:
    return tuple(Mention(m["article"], int(m["start"]), int(m["end"]), m.get("text", "")) for m in xs or ())


def _article(a: dict[str, Any]) -> Article:
    return Article(
        id=a["id"], source=a.get("source") or a["id"], text=a.get("text") or "",
        title=a.get("title"), outlet=a.get("outlet"), published=_date(a.get("published")),
        byline=a.get("byline"), credits=tuple(a.get("credits") or ()), removed=tuple(a.get("removed") or ()),
        url=a.get("url"), dateline=a.get("dateline"),
    )


def _span(d: dict[str, Any]) -> Span:
    return Span(d["article"], int(d["start"]), int(d["end"]))


def _edge(p: dict[str, Any]) -> ProvenanceEdge:
    return ProvenanceEdge(
        source=p["source"], derived=p["derived"], kind=p["kind"], score=float(p.get("score") or 0.0),
        credited=bool(p.get("credited")), origin=p.get("origin"), share=float(p.get("share") or 0.0),
        passages=tuple(Passage(_span(x["source"]), _span(x["derived"])) for x in p.get("passages") or ()),
    )


def _timeline(t: dict[str, Any]) -> TimelineEvent:
    ms = tuple(TimelineMention(m["article"], m.get("text", ""), m.get("start"), m.get("end"))
               for m in t.get("mentions") or ())
    return TimelineEvent(t["date"], t["text"], tuple(t.get("articles") or ()), ms)


def _quote(q: dict[str, Any]) -> Quote:
    variants = tuple(
        QuoteVariant(v["text"], tuple(v.get("articles") or ()), bool(v.get("changes_meaning")),
                     _mentions(v.get("mentions")), tuple(v.get("changes") or ()))
        for v in q.get("variants") or ()
    )
    return Quote(q.get("speaker"), q["text"], tuple(q.get("articles") or ()), variants, _mentions(q.get("mentions")))


def story_report(d: dict[str, Any]) -> StoryReport:
    """The StoryReport a story's JSON describes."""
    articles = tuple(_article(a) for a in d.get("articles") or ())
    story = Story(
        id=d["id"], title=d.get("title") or "", articles=tuple(a.id for a in articles),
        duplicates=tuple((x["kept"], x["duplicate"]) for x in d.get("duplicates") or ()),
        independent_sources=int(d.get("independent_sources") or 0),
    )
    return StoryReport(
        story=story,
        articles=articles,
        facts=tuple(
            Fact(f["id"], f["text"], _mentions(f.get("mentions")), tuple(f.get("articles") or ()),
                 int(f.get("independent_sources") or 0), tuple(f.get("contradicted_by") or ()))
            for f in d.get("facts") or ()
        ),
        summary=tuple(
            SummarySentence(s["text"], tuple(s.get("facts") or ()), tuple(s.get("articles") or ()),
                            None, tuple(s.get("contradicted_by") or ()))
            for s in d.get("summary") or ()
        ),
        exclusive=tuple(Exclusive(e["article"], e["fact"]) for e in d.get("exclusive") or ()),
        discrepancies=tuple(
            Discrepancy(x["kind"], x.get("about") or "", tuple(
                Claim(c["value"], tuple(c.get("articles") or ()), c.get("text") or "", _mentions(c.get("mentions")))
                for c in x.get("claims") or ()))
            for x in d.get("discrepancies") or ()
        ),
        quotes=tuple(_quote(q) for q in d.get("quotes") or ()),
        entities=tuple(
            Entity(e["name"], e.get("type") or "other", tuple(e.get("variants") or ()), tuple(e.get("articles") or ()))
            for e in d.get("entities") or ()
        ),
        provenance=tuple(_edge(p) for p in d.get("provenance") or ()),
        timeline=tuple(_timeline(t) for t in d.get("timeline") or ()),
    )
