"""Every record that crosses a stage boundary.

Records are frozen dataclasses: stages are pure functions from records to records, and nothing
downstream can mutate what an upstream stage produced. Every piece of evidence is an
(article id, start, end) span into the article's *cleaned* text (`Article.text`), so any
statement in any report can be traced back and highlighted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


# --------------------------------------------------------------------------- ingest / clean
@dataclass(frozen=True)
class RawArticle:
    """One article as read from an input, before cleaning.

    `body` is plain text (already extracted from HTML when the input was a page); `html` keeps
    the page when there was one, so the cleaner and metadata extractors can look at its markup.
    The optional fields carry what the container said about the article (JSON fields, feed
    entry fields, WARC headers); the cleaner may fill the gaps from the text itself.
    """

    id: str
    source: str  # path, "path#line 12", "path#entry 3", URL: where a user finds it again
    kind: str  # "text" | "html" | "json" | "feed" | "warc" | "url"
    body: str
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    byline: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article: the unit every later stage cites into."""

    id: str
    source: str
    text: str  # the cleaned body; every span indexes into this
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    byline: str | None = None
    credits: tuple[str, ...] = ()  # agencies / outlets the text credits ("Reuters", "BBC")
    removed: tuple[str, ...] = ()  # what cleaning took out, in document order
    url: str | None = None
    dateline: str | None = None  # "KABUL, Sept 6 (Reuters) -" when the text opened with one
    kind: str = "text"
    # Both readings of a page date written only as an ambiguous number ("11/03/2024"), month-first
    # then day-first; `published` is one of them (accord.clean.settle picks it). () otherwise.
    published_alternatives: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Rejection:
    """An input (or part of one) that could not be used, and why. Never dropped silently."""

    source: str
    stage: str  # "ingest" | "clean" | "fetch" | ...
    reason: str


# --------------------------------------------------------------------------- segment
@dataclass(frozen=True)
class Span:
    """A citation: characters [start, end) of an article's cleaned text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its span in the cleaned text.

    `paragraph` counts blank-line separated blocks, so stages can tell a lead from a tail.
    """

    article: str
    index: int  # position in the article, 0-based
    start: int
    end: int
    text: str
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


# --------------------------------------------------------------------------- cluster
@dataclass(frozen=True)
class Story:
    """A group of articles that tell the same story, in publication order."""

    id: str
    title: str
    articles: tuple[str, ...]  # article ids
    duplicates: tuple[tuple[str, str], ...] = ()  # (kept id, duplicate id) near-duplicate pairs
    independent_sources: int = 0  # articles after collapsing near-duplicates


# --------------------------------------------------------------------------- align
@dataclass(frozen=True)
class Mention:
    article: str
    start: int
    end: int
    text: str  # == articles[article].text[start:end]


@dataclass(frozen=True)
class Fact:
    """One thing stated, aligned across the articles that state it (in any words)."""

    id: str
    text: str  # the representative wording
    mentions: tuple[Mention, ...]
    articles: tuple[str, ...]  # those that support everything the wording states
    independent_sources: int
    contradicted_by: tuple[str, ...] = ()  # articles that report another value of what it states


@dataclass(frozen=True)
class SummarySentence:
    text: str
    facts: tuple[str, ...]
    articles: tuple[str, ...]
    mention: Mention | None = None  # the exact span the sentence was taken from
    contradicted_by: tuple[str, ...] = ()  # articles that report another value of what it states


@dataclass(frozen=True)
class DisputeSide:
    """One side of a disputed point as the summary states it: its value and the articles that
    report it, with the sentence where each does (`mentions`)."""

    value: str
    articles: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class SummaryDispute:
    """A point of the summary that the sources dispute, stated as disputed ("Reports differ on
    the death toll: 38 or 41."): it asserts only that reports differ, each side cited to the
    articles that report it. It follows the summary sentence at index `after`."""

    text: str
    topic: str  # "the death toll": what the reports differ on
    discrepancy: int  # index into the story's discrepancies
    after: int  # index into the story's summary
    sides: tuple[DisputeSide, ...]


@dataclass(frozen=True)
class Exclusive:
    article: str
    fact: str


# --------------------------------------------------------------------------- compare
@dataclass(frozen=True)
class Claim:
    value: str
    articles: tuple[str, ...]
    text: str  # the whole sentence, as evidence
    mentions: tuple[Mention, ...] = ()  # where each article says it


@dataclass(frozen=True)
class Discrepancy:
    kind: str  # "number" | "date" | "name" | "place" | "relation" | "quote" | "other"
    about: str  # what is disputed, in words
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class QuoteVariant:
    text: str
    articles: tuple[str, ...]
    changes_meaning: bool
    mentions: tuple[Mention, ...] = ()
    changes: tuple[str, ...] = ()  # what changed, in words ("negation dropped", "'far' -> 'long'")


@dataclass(frozen=True)
class QuoteAttribution:
    """Who one article says spoke a quotation (None: nobody it names)."""

    article: str
    speaker: str | None


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str
    articles: tuple[str, ...]
    variants: tuple[QuoteVariant, ...] = ()
    mentions: tuple[Mention, ...] = ()
    attributions: tuple[QuoteAttribution, ...] = ()  # each article's own speaker, article order


@dataclass(frozen=True)
class Entity:
    name: str
    type: str  # "person" | "organization" | "place" | "other"
    variants: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class TimelineMention:
    article: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class TimelineEvent:
    date: str  # "YYYY-MM-DD", or "YYYY-MM" when only the month is known
    text: str
    articles: tuple[str, ...]
    mentions: tuple[TimelineMention, ...] = ()


# --------------------------------------------------------------------------- provenance
@dataclass(frozen=True)
class Passage:
    """A reused passage: the same (or paraphrased) text in both articles."""

    source: Span
    derived: Span


@dataclass(frozen=True)
class ProvenanceEdge:
    source: str  # article id
    derived: str  # article id; reuses source's text
    kind: str  # "duplicate" | "copy" | "spun" | "shared"
    score: float
    credited: bool
    origin: str | None = None
    share: float = 0.0  # fraction of the derived article's text that is reused
    passages: tuple[Passage, ...] = ()


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class StoryReport:
    story: Story
    articles: tuple[Article, ...]
    facts: tuple[Fact, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    exclusive: tuple[Exclusive, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    provenance: tuple[ProvenanceEdge, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    summary_disputes: tuple[SummaryDispute, ...] = ()  # disputed points the summary states as such

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


@dataclass(frozen=True)
class Report:
    stories: tuple[StoryReport, ...]
    rejected: tuple[Rejection, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
