"""Carried wordings: a summary sentence cites an article only for what that article's mention carries.

A fact groups mentions that say one thing in several words; claims.agree keeps those that do not
say otherwise. One mention may still say more than another ("X died in hospital in Talbach" /
"X died"), and an article whose mention says only "X died" may tell elsewhere of a hospital in
another town: citing it for the fuller wording cites it for a place it never gave. A mention
carries a wording when every claim of the wording is in it too:

- figures, days and times (claims.values): a value of one kind that the mention allows (a
  compatible quantity of one unit, a day that fits, an overlapping time);
- names (places, parties, people, posts written as titles): each word written capitalised past
  the wording's first word (and the first word when a capitalised word follows it: "Penny
  Basket"), that is not a stop word, a month or a weekday, appears in the mention, in any case,
  with or without a possessive, or as the stem of one of its words ("Kenyan" / "Kenyans").

`carriers` gives, for each mention of a fact, the articles of the fact whose mentions carry it;
summarize.select quotes, of each fact, the wording carried by the most articles (the wording the
cited articles share) and cites those articles only.

What it does not do: it does not read words that are not names or values ("hospital" / "medical
facility" count as one claim, as do "fined" / "escaped a penalty"; claims.agree reads polarity),
and it does not change a fact's own citations (the fact lists every article that states its point
in some words).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from accord.align.lexical import _CALENDAR, _STOP
from accord.claims.values import Values, _days_fit, _one_sided, values_of
from accord.compare.quantities import compatible
from accord.compare.temporal import Reference
from accord.types import Fact, Mention

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True)
class Carried:
    """What one wording claims: its values and its names (lower case)."""

    values: Values
    names: frozenset[str]
    words: frozenset[str]  # every word of the wording, lower case: the names another may carry


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s?$", "", word).lower()


def names_of(text: str) -> frozenset[str]:
    """The capitalised words of `text` that name something (see module docstring)."""
    tokens = _TOKEN.findall(text)
    out = set()
    for i, t in enumerate(tokens):
        if not t[0].isupper():
            continue
        if i == 0 and not (len(tokens) > 1 and tokens[1][0].isupper()):
            continue  # a sentence's first capital says nothing
        w = _bare(t)
        if w and w not in _STOP and w not in _CALENDAR:
            out.add(w)
    return frozenset(out)


def _named(name: str, words: frozenset[str]) -> bool:
    """Is `name` among `words`, or one of them the other's stem ("Kenyan" / "Kenyans")?"""
    return name in words or any(w.startswith(name) or (len(w) >= 4 and name.startswith(w)) for w in words)


def claims_of(text: str, ref: Reference) -> Carried:
    return Carried(values_of(text, ref), names_of(text), frozenset(_bare(t) for t in _TOKEN.findall(text)))


def carries(other: Carried, wording: Carried, spun: bool = False) -> bool:
    """Does `other` carry every claim of `wording`? `spun`: `other` is a machine-style rewrite,
    whose synonyms ("Harwell Crown Tribunal" for "Harwell Crown Court") back the names of the
    wording, as claims.agree judges them; its figures, days and times are still its own."""
    if not spun and not all(_named(n, other.words) for n in wording.names):
        return False
    a, b = wording.values, other.values
    if _one_sided(a.quantities, b.quantities, lambda x, y: x.unit == y.unit and compatible(x, y)):
        return False
    if _one_sided(a.days, b.days, _days_fit):
        return False
    return not _one_sided(a.times, b.times, lambda x, y: x[0] <= y[1] and y[0] <= x[1])


def carriers(fact: Fact, refs: Mapping[str, Reference], spun: Collection[str] = ()) -> dict[Mention, tuple[str, ...]]:
    """For each mention of `fact`, the fact's articles (in its order) one of whose mentions
    carries the mention's wording (its own article always does); `spun`: the story's
    machine-style rewrites (provenance.groups.spun_articles)."""
    read = {m: claims_of(m.text, refs.get(m.article) or Reference(None, False, None)) for m in fact.mentions}
    out = {}
    for m in fact.mentions:
        holding = {n.article for n in fact.mentions if n.article == m.article or carries(read[n], read[m], n.article in spun)}
        out[m] = tuple(a for a in fact.articles if a in holding)
    return out


def carried_citations(facts: Sequence[Fact], refs: Mapping[str, Reference],
                      spun: Collection[str] = ()) -> dict[Mention, tuple[str, ...]]:
    """`carriers` of every fact of more than one article."""
    out: dict[Mention, tuple[str, ...]] = {}
    for f in facts:
        if len(f.articles) > 1:
            out.update(carriers(f, refs, spun))
    return out
