"""What every human-readable report shows, computed once: the view the renderers draw.

The terminal, Markdown and HTML renderers differ only in how they draw; what a story's reader
sees (numbered sources, the citations of each statement with the span each one points at, the
articles that contradict a statement with the span and the discrepancy where each reports its
other value, the summary's disputed points with each side's citations, who each article says
spoke a quotation, a date range, who-copied-whom in words, word-level quote differences) is
decided here, so the three formats cannot disagree.

What it does not do: it does not analyse anything (records come from the pipeline as they are),
and it does not escape anything: escaping belongs to each output format.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from accord.types import (
    Article,
    Claim,
    Fact,
    Mention,
    ProvenanceEdge,
    Quote,
    StoryReport,
    SummaryDispute,
    SummarySentence,
    TimelineEvent,
)

_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f\"'<>`\\]+$", re.IGNORECASE)


def safe_url(url: str | None) -> str | None:
    """`url` when it is a plain http(s) URL a reader may follow; None for anything else
    (javascript:, data:, relative paths, URLs with quotes or control characters)."""
    if not url or not _SAFE_URL.match(url.strip()):
        return None
    url = url.strip()
    return url if urlsplit(url).netloc else None


@dataclass(frozen=True)
class Source:
    """An article of a story, numbered for citations ([1] is the story's first article)."""

    number: int
    article: Article
    label: str  # outlet, else the URL's host, else the title, else the id
    url: str | None  # only when safe to link

    @property
    def date(self) -> str:
        return self.article.published.isoformat() if self.article.published else ""

    @property
    def title(self) -> str | None:
        """The title, unless the label is (the start of) the title."""
        t = self.article.title
        return t if t and short(t) != self.label else None

    @property
    def name(self) -> str:
        """The label, or the whole title when the label is the title cut short."""
        t = self.article.title
        return " ".join(t.split()) if t and short(t) == self.label else self.label


@dataclass(frozen=True)
class Cite:
    """One citation marker: article `number` of the story, with the cited span when known."""

    number: int
    article: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Contradiction:
    """An article that reports another value of what a statement states (`contradicted_by`).

    `cite` points at the sentence where it reports that value; `discrepancy` is the index, in the
    story's discrepancies, of the dispute that lists it and `value` the value it reports there.
    When no discrepancy lists it, the marker carries no span and both are None.
    """

    cite: Cite
    discrepancy: int | None = None
    value: str | None = None


@dataclass(frozen=True)
class DisputeNote:
    """A disputed point the summary states as such, as drawn: "Reports differ on `topic`:
    value [1][2] or value [3]."; `discrepancy` is the index of the dispute that lists it (None
    when the story holds no such discrepancy)."""

    dispute: SummaryDispute
    sides: tuple[tuple[str, tuple[Cite, ...]], ...]  # (value, its citations)
    discrepancy: int | None
    kind: str | None

    @property
    def topic(self) -> str:
        return self.dispute.topic


@dataclass(frozen=True)
class Attribution:
    """One speaker that some articles give a quotation, with those articles' markers."""

    speaker: str | None  # None: the articles name nobody
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class DiffPart:
    op: str  # "same" | "ins" | "del"
    text: str  # no leading or trailing whitespace
    after: str = ""  # the whitespace that follows it in the text it came from

    def text_with_space(self) -> str:
        return self.text + self.after


@dataclass(frozen=True)
class CopyNote:
    """One who-copied-whom edge, in words."""

    edge: ProvenanceEdge
    source: Source
    derived: Source
    text: str


LABEL_CHARS = 32  # a title standing in for a missing outlet is cut to this, at a word boundary


def short(text: str, n: int = LABEL_CHARS) -> str:
    """`text` cut at a word boundary to at most `n` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[: n - 1].rsplit(" ", 1)[0] if " " in text[: n - 1] else text[: n - 1]
    return cut.rstrip(" ,;:-–—") + "…"


def _label(a: Article) -> str:
    """What names an article in tables: its outlet, else its site, else its title, else its id."""
    if a.outlet:
        return a.outlet
    if a.url and urlsplit(a.url).netloc:
        return urlsplit(a.url).netloc.removeprefix("www.")
    if a.title:
        return short(a.title)
    return a.id


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 article', '3 articles'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def date_range(articles: Iterable[Article]) -> str:
    """'2021-09-06', '2021-09-06 to 2021-09-08', with how many articles carry no date."""
    arts = list(articles)
    dates = sorted(a.published for a in arts if a.published)
    undated = len(arts) - len(dates)
    if not dates:
        return "undated"
    text = dates[0].isoformat()
    if dates[-1] != dates[0]:
        text += f" to {dates[-1].isoformat()}"
    if undated:
        text += f" ({undated} undated)"
    return text


# Words (with inner apostrophes, hyphens and decimal points) and single punctuation marks, so a
# comma added after a word is shown as an added comma, not as a changed word.
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(token, whitespace after it) for every token of `text`."""
    ms = list(_TOKEN.finditer(text))
    return [(m.group(), text[m.end(): ms[i + 1].start() if i + 1 < len(ms) else len(text)])
            for i, m in enumerate(ms)]


def word_diff(old: str, new: str) -> list[DiffPart]:
    """Word-level differences from `old` to `new` (difflib.SequenceMatcher over word and
    punctuation tokens). Runs of one kind are merged, so a reader sees phrases, not tokens;
    unchanged text keeps the new text's spacing."""
    a, b = _tokens(old), _tokens(new)
    parts: list[DiffPart] = []

    def add(op: str, toks: Sequence[tuple[str, str]]) -> None:
        if not toks:
            return
        text = "".join(t + w for t, w in toks)
        if parts and parts[-1].op == op:
            text = parts.pop().text_with_space() + text
        body = text.rstrip()
        if op == "ins" and parts and parts[-1].op == "del" and not parts[-1].after:
            # "prevail" -> "prevails": keep the old and the new word apart on screen
            parts[-1] = DiffPart("del", parts[-1].text, " ")
        parts.append(DiffPart(op, body, text[len(body):]))

    matcher = difflib.SequenceMatcher(None, [t for t, _ in a], [t for t, _ in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", b[j1:j2])
        else:
            add("del", a[i1:i2])
            add("ins", b[j1:j2])
    return parts


class StoryView:
    """One story as every report format shows it."""

    def __init__(self, report: StoryReport):
        self.report = report
        self.story = report.story
        self.sources: list[Source] = [
            Source(n, a, _label(a), safe_url(a.url)) for n, a in enumerate(report.articles, 1)
        ]
        self._by_id = {s.article.id: s for s in self.sources}
        self.facts: dict[str, Fact] = {f.id: f for f in report.facts}
        self.date_range = date_range(report.articles)
        self._entity_keys = {_name_key(x): _name_key(e.name) for e in report.entities for x in (e.name, *e.variants)}

    # ----------------------------------------------------------------- sources and citations
    def source(self, article_id: str) -> Source | None:
        return self._by_id.get(article_id)

    def label(self, article_id: str) -> str:
        s = self._by_id.get(article_id)
        return s.label if s else article_id

    def _span_ok(self, m: Mention | None) -> bool:
        s = self._by_id.get(m.article) if m else None
        return bool(s) and 0 <= m.start < m.end <= len(s.article.text)

    def cites(self, article_ids: Iterable[str], mentions: Iterable[Mention] = ()) -> list[Cite]:
        """Markers for `article_ids` (and the mentions' articles), in source order; each carries
        the first valid mention of its article as the span to highlight."""
        span: dict[str, Mention] = {}
        for m in mentions:
            if m.article not in span and self._span_ok(m):
                span[m.article] = m
        ids = dict.fromkeys([*article_ids, *span])
        out = []
        for aid in ids:
            s = self._by_id.get(aid)
            if s is None:  # an id the story does not hold: nothing to point at
                continue
            m = span.get(aid)
            out.append(Cite(s.number, aid, m.start if m else None, m.end if m else None))
        return sorted(out, key=lambda c: c.number)

    def _summary_mentions(self, s: SummarySentence) -> list[Mention]:
        """The span a summary sentence was taken from, then its facts' mentions."""
        mentions: list[Mention] = [s.mention] if s.mention else []
        for fid in s.facts:
            f = self.facts.get(fid)
            if f:
                mentions.extend(f.mentions)
        return mentions

    def summary_cites(self, s: SummarySentence) -> list[Cite]:
        """A summary sentence's markers: its articles only (a fact's other articles may not carry
        the wording it quotes: accord.summarize.cited), each with the span the sentence was taken
        from, else its facts' mentions."""
        cited = set(s.articles)
        return self.cites(s.articles, [m for m in self._summary_mentions(s) if m.article in cited])

    def fact_cites(self, f: Fact) -> list[Cite]:
        return self.cites(f.articles, f.mentions)

    def contradictions(self, article_ids: Iterable[str], mentions: Iterable[Mention]) -> list[Contradiction]:
        """Markers for `article_ids`, the articles contradicting a statement made at `mentions`,
        in source order. Each points at the first discrepancy that the statement takes a side of
        (a claim's mention overlaps one of `mentions`, as accord.claims.cite reads sides) and
        that lists the article on another side only: the span is the article's sentence there."""
        ids, mentions = list(dict.fromkeys(article_ids)), list(mentions)
        found: dict[str, tuple[int, Claim, Mention | None]] = {}
        for d, disc in enumerate(self.report.discrepancies):
            own = [c for c in disc.claims if any(_overlap(m, x) for m in mentions for x in c.mentions)]
            stated = {a for c in own for a in _claim_articles(c)}
            for c in disc.claims if own else ():
                for aid in _claim_articles(c):
                    if aid in ids and aid not in stated and aid not in found:
                        span = next((x for x in c.mentions if x.article == aid and self._span_ok(x)), None)
                        found[aid] = (d, c, span)
        out = []
        for cite in self.cites(ids, [span for _, _, span in found.values() if span]):
            d, claim, _ = found.get(cite.article, (None, None, None))
            out.append(Contradiction(cite, d, claim.value if claim else None))
        return out

    def summary_contradictions(self, s: SummarySentence) -> list[Contradiction]:
        return self.contradictions(s.contradicted_by, self._summary_mentions(s)) if s.contradicted_by else []

    def fact_contradictions(self, f: Fact) -> list[Contradiction]:
        return self.contradictions(f.contradicted_by, f.mentions) if f.contradicted_by else []

    def summary_disputes(self, index: int) -> list[DisputeNote]:
        """The disputed points the summary states after its sentence at `index`, each side with
        markers pointing at the sentence where each article reports that side's value."""
        out = []
        n = len(self.report.discrepancies)
        for x in self.report.summary_disputes:
            if x.after != index:
                continue
            sides = tuple((s.value, tuple(self.cites(s.articles, s.mentions))) for s in x.sides)
            known = x.discrepancy if 0 <= x.discrepancy < n else None
            kind = self.report.discrepancies[known].kind if known is not None else None
            out.append(DisputeNote(x, sides, known, kind))
        return out

    def attributions(self, q: Quote) -> list[Attribution]:
        """Who each article says spoke `q`, speakers told apart only by case, a leading "the" or
        a spelling the story's entities merge (Ahmad / Ahmed Massoud) counted as one; the quote's
        own speaker first. Empty when every article names the quote's
        speaker (its heading already says so)."""
        def key(name: str | None) -> str:
            k = _name_key(name)
            return self._entity_keys.get(k, k)  # spellings of one entity are one speaker

        groups: dict[str, tuple[str | None, list[str]]] = {}
        for a in q.attributions:
            k = key(a.speaker)
            name, arts = groups.get(k, (a.speaker, []))
            groups[k] = (name, arts + [a.article])
        if not groups or set(groups) == {key(q.speaker)}:
            return []
        mentions = [*q.mentions, *(m for v in q.variants for m in v.mentions)]
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] != key(q.speaker), kv[0] == "", -len(kv[1][1])))
        return [Attribution(name if k else None,
                            tuple(self.cites(arts, [m for m in mentions if m.article in arts])))
                for k, (name, arts) in ordered]

    def speakers_differ(self, q: Quote) -> bool:
        """Do two articles name different speakers for `q` (not merely one naming nobody)?"""
        return sum(1 for a in self.attributions(q) if a.speaker) > 1

    def timeline_cites(self, t: TimelineEvent) -> list[Cite]:
        """A timeline event's markers; its mentions carry spans only when the stage knew them."""
        ms = [Mention(m.article, m.start, m.end, m.text) for m in t.mentions
              if m.start is not None and m.end is not None]
        return self.cites(t.articles, ms)

    def cited_spans(self) -> dict[str, set[tuple[int, int]]]:
        """Every span any citation of this story points at, per article (for highlighting)."""
        spans: dict[str, set[tuple[int, int]]] = {}
        for c in self.all_cites():
            if c.start is not None:
                spans.setdefault(c.article, set()).add((c.start, c.end))
        return spans

    def all_cites(self) -> Iterable[Cite]:
        r = self.report
        for s in r.summary:
            yield from self.summary_cites(s)
            yield from (x.cite for x in self.summary_contradictions(s))
        for n in range(len(r.summary)):
            for note in self.summary_disputes(n):
                for _, cs in note.sides:
                    yield from cs
        for f in r.facts:
            yield from self.fact_cites(f)
            yield from (x.cite for x in self.fact_contradictions(f))
        for d in r.discrepancies:
            for c in d.claims:
                yield from self.cites(c.articles, c.mentions)
        for q in r.quotes:
            yield from self.cites(q.articles, q.mentions)
            for v in q.variants:
                yield from self.cites(v.articles, v.mentions)
        for t in r.timeline:
            yield from self.timeline_cites(t)
        for e in r.exclusive:
            f = self.facts.get(e.fact)
            yield from self.cites([e.article], [m for m in (f.mentions if f else ()) if m.article == e.article])

    # ----------------------------------------------------------------- sections
    def facts_by_article(self) -> list[Fact]:
        """Facts, most widely reported first (then in the order the aligner gave them)."""
        return sorted(self.report.facts, key=lambda f: (-f.independent_sources, -len(f.articles)))

    def exclusives(self) -> list[tuple[Source, list[Fact]]]:
        """Per source, the facts only it reports, in source order."""
        per: dict[str, list[Fact]] = {}
        for e in self.report.exclusive:
            f = self.facts.get(e.fact)
            if f and e.article in self._by_id:
                per.setdefault(e.article, []).append(f)
        return [(s, per[s.article.id]) for s in self.sources if s.article.id in per]

    def timeline(self):
        return sorted(self.report.timeline, key=lambda t: t.date)

    def copy_notes(self) -> list[CopyNote]:
        """Who copied whom, one sentence per edge; uncredited copies and spins say so."""
        notes = []
        for e in sorted(self.report.provenance, key=lambda e: -e.share):
            src, der = self._by_id.get(e.source), self._by_id.get(e.derived)
            if src is None or der is None:
                continue
            notes.append(CopyNote(e, src, der, _copy_text(e, src, der)))
        return notes

    def uncredited(self) -> dict[str, list[CopyNote]]:
        """Per derived article, its copies and spins that do not credit the source."""
        out: dict[str, list[CopyNote]] = {}
        for n in self.copy_notes():
            if n.edge.kind in ("copy", "spun") and not n.edge.credited:
                out.setdefault(n.derived.article.id, []).append(n)
        return out


def _name_key(name: str | None) -> str:
    return re.sub(r"^the\s+", "", " ".join((name or "").split()).lower())


def _overlap(a: Mention, b: Mention) -> bool:
    return a.article == b.article and a.start < b.end and b.start < a.end


def _claim_articles(c: Claim) -> list[str]:
    """The articles on a claim's side: those it lists and those it cites a sentence of."""
    return list(dict.fromkeys([*c.articles, *(m.article for m in c.mentions)]))


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _copy_text(e: ProvenanceEdge, src: Source, der: Source) -> str:
    s, d = f"[{src.number}] {src.label}", f"[{der.number}] {der.label}"
    share = f" ({_pct(e.share)} of its text)" if e.share > 0 else ""
    credit = "credits" if e.credited else "does not credit"
    if e.kind == "duplicate":
        return f"{d} is a duplicate of {s}."
    if e.kind == "copy":
        return f"{d} copies {s}{share} and {credit} it."
    if e.kind == "spun":
        return f"{d} is a machine-style rewrite of {s}{share} and {credit} it."
    if e.kind == "shared":
        origin = e.origin or "an origin outside the collection"
        return f"{s} and {d} both reuse text from {origin}{share}."
    return f"{d} reuses text of {s}{share} ({e.kind})."
