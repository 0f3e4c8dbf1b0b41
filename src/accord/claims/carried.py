"""Carried wordings: which articles of a fact a sentence quoting one of its mentions may cite.

A fact groups mentions that say one thing in several words; claims.agree keeps those that do not
say otherwise. One mention may still say more than another ("X died in hospital in Talbach on
Thursday evening" / "X died on Thursday"), and the article whose mention says less may tell
elsewhere of a hospital in another town: citing it for the fuller wording cites it for what it
never gave there. An article's mention carries a wording when it holds every checkable claim of
the wording:

- figures, days and times (claims.values): for each, a value of the same kind that the mention
  allows (a compatible quantity of one unit, a day that fits, an overlapping time); a mention that
  gives no day carries the wording's day when another sentence of its article gives that day
  (news states an event's day once; what else that sentence dates is not read);
- names (places, parties, people, posts written as titles): each capitalised word of the wording
  past its first word (and the first when a capitalised word follows it: "Penny Basket") that is
  not a stop word, a month or a weekday, is a word of the mention, or one of them starts the
  other ("Kenyan" / "Kenyans", "Afghan" / "Afghanistan");
- what is said of them: when the wording has content words besides its names, the mention shares
  one of them (by stem): "Sports Minister Karin Holt congratulated the winner" names the minister
  of "The trophy was presented by Sports Minister Karin Holt" but says nothing of a trophy.

A machine-style rewrite ("spun" copy) backs the names and words of a wording with its synonyms
("Harwell Crown Tribunal" for "Harwell Crown Court"), as claims.agree judges it; its figures,
days and times are still its own.

`Carriage.carriers` gives the articles of a fact whose mentions carry a wording of it;
summarize.select cites those only, and prefers, of each fact it chooses, the wording the most of
its articles carry. `states` tells whether a wording states a side of a discrepancy: a sentence's
`contradicted_by` lists only the articles that dispute what its own wording says.

What it does not do: it does not read the rest of an article (claims.elsewhere does, for named
sums), it does not read words' meanings (synonyms of a non-spun article count as other words), and
it does not change a fact's own citations (the fact lists every article that states its point in
some words).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from accord.align.lexical import _CALENDAR, _STOP, stem
from accord.claims.values import Values, _days_fit, _one_sided, values_of
from accord.compare.quantities import compatible
from accord.compare.temporal import Reference, references
from accord.types import Article, Claim, Discrepancy, Fact, Mention, Sentence

_TOKEN = re.compile(r"[^\W\d_][^\W\d_'\u2019]*(?:['\u2019][^\W\d_]*)*")  # letters of any script: "Zürich"
_WHETHER = re.compile(r"^whether:\s*([^()]+?)\s*(?:\(.*\))?$", re.I)


@dataclass(frozen=True)
class Wording:
    """What one wording claims, as far as another sentence can be checked to carry it."""

    values: Values
    names: frozenset[str]  # capitalised words that name something, lower case
    content: frozenset[str]  # stems of its other content words
    words: frozenset[str]  # every word, lower case, and every word's stem


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s?$", "", word).lower()


def wording(text: str, ref: Reference | None = None) -> Wording:
    tokens = _TOKEN.findall(text)
    names, content, words = set(), set(), set()
    for i, t in enumerate(tokens):
        w = _bare(t)
        if not w:
            continue
        words |= {w, stem(w)}
        if w in _STOP or w in _CALENDAR or len(w) < 3:
            continue
        first = i == 0 and not (len(tokens) > 1 and tokens[1][:1].isupper())
        if t[:1].isupper() and not first:
            names.add(w)
        elif not t[:1].isupper():
            content.add(stem(w))
    return Wording(values_of(text, ref or Reference(None, False, None)), frozenset(names),
                   frozenset(content), frozenset(words))


def _named(name: str, words: frozenset[str]) -> bool:
    """Is `name` a word of `words`, or does one of them start the other ("Kenyan" / "Kenyans")?"""
    return name in words or any(len(w) >= 4 and (w.startswith(name) or name.startswith(w)) for w in words)


def carries(other: Wording, wording: Wording, spun: bool = False, days: tuple = ()) -> bool:
    """Does `other` carry every claim of `wording` (see module docstring)? `spun`: `other` is a
    machine-style rewrite, whose synonyms back the names and words of the wording. `days`: the
    days the rest of `other`'s article gives, which stand for its own when it gives none (news
    states the day of an event once, in one sentence)."""
    if not spun:
        if not all(_named(n, other.words) for n in wording.names):
            return False
        if wording.content and not wording.content & other.words:
            return False  # names the minister of "presented the trophy" but says nothing of a trophy
    a, b = wording.values, other.values
    if _one_sided(a.quantities, b.quantities, lambda x, y: x.unit == y.unit and compatible(x, y)):
        return False
    if _one_sided(a.days, b.days or days, _days_fit):
        return False
    return not _one_sided(a.times, b.times, lambda x, y: x[0] <= y[1] and y[0] <= x[1])


class Carriage:
    """The wordings of a story's facts, read once, and which articles carry each."""

    def __init__(self, articles: list[Article] | tuple[Article, ...], spun: Collection[str] = (),
                 sentences: Mapping[str, Sequence[Sentence]] | None = None):
        self.refs: Mapping[str, Reference] = references(list(articles))
        self.spun = frozenset(spun)
        self.sentences = sentences or {}
        self._read: dict[tuple[str, int, str], Wording] = {}
        self._days: dict[str, tuple] = {}

    def days(self, article: str) -> tuple:
        """Every day the sentences of `article` give (claims.values), read when first asked."""
        if article not in self._days:
            ref = self.refs.get(article) or Reference(None, False, None)
            self._days[article] = tuple(dict.fromkeys(
                d for s in self.sentences.get(article, ()) for d in values_of(s.text, ref).days))
        return self._days[article]

    def read(self, m: Mention) -> Wording:
        key = (m.article, m.start, m.text)
        if key not in self._read:
            self._read[key] = wording(m.text, self.refs.get(m.article))
        return self._read[key]

    def carriers(self, fact: Fact, m: Mention, cited: Collection[str] | None = None) -> tuple[str, ...]:
        """The articles of `fact` (of `cited`, when given; in that order) one of whose mentions
        carries the wording of `m`; `m`'s own article always does."""
        arts = tuple(cited) if cited is not None else fact.articles
        target = self.read(m)
        holding = {n.article for n in fact.mentions if n.article == m.article or carries(
            self.read(n), target, n.article in self.spun, self.days(n.article) if target.values.days else ())}
        return tuple(a for a in arts if a in holding)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w%.]+", " ", text.lower()).split())


def states(text: str, m: Mention, claim: Claim, d: Discrepancy, carriage: Carriage) -> bool:
    """Does the wording `text` (of mention `m`) state the side of `d` that `claim` holds? It does
    when it is one of the claim's sentences, or when it carries the claim's value: a figure, day
    or time of it that the value allows; for a point of whether a thing happened ("whether:
    davit orbeli (killed / survived)"), the thing's words (what the wording says of it takes the
    fact's side: claims.cite); else the value's words, with the names the point is about ("who is
    the son of Aleksander Brenner": the wording must name him too)."""
    if any(c.article == m.article and c.start < m.end and m.start < c.end for c in claim.mentions):
        return True
    own = carriage.read(m)
    bare = re.sub(r"\s*\(.*\)$", "", claim.value)  # "on Tuesday night (Tuesday 2026-10-13)"
    ref = carriage.refs.get(claim.mentions[0].article if claim.mentions else m.article)
    said = values_of(bare, ref or Reference(None, False, None))
    days = values_of(claim.value, ref or Reference(None, False, None)).days  # the resolved day too
    if said.quantities or days or said.times:
        return carries(own, Wording(Values(said.quantities, days, said.times), frozenset(), frozenset(), frozenset()))
    whether = _WHETHER.match(d.about.strip())
    if whether:  # "whether: davit orbeli (killed / survived)": what the wording says of the thing is its side
        thing = [w for w in _TOKEN.findall(whether.group(1)) if w.lower() not in _STOP]
        return bool(thing) and all(_named(_bare(w), own.words) for w in thing)
    shown = _norm(bare)
    if not shown or shown not in _norm(text):
        return False
    if d.kind == "quote" or d.about.lower().startswith("what "):
        return True  # the quotation's words are the point
    about = wording(d.about).names
    return all(_named(n, own.words) for n in about)
