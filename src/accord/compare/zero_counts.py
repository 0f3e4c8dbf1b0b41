"""Counts denied by a determiner: "no reports of harm were received", "none of the tankers
leaked" are counts of zero, which another report's count of the same thing by the same
happening disputes ("14 reports of patients falling ill", "two of the tankers were leaking").

compare.numbers meets them with its other figures by their counted noun and verb (compare.counted),
so the same gates decide: a zero of "homes destroyed" is not disputed by "12 homes damaged" (two
happenings), nor a zero printed before a later count (a running count: it happened since).

What it does not do: "nobody", "no one" and "no injuries" (people and nominal happenings are
compare.polarity's), "no more than five" (a bound, read by compare.quantities), a zero said of
the future or in a question (compare.numbers drops both), "not a single" and "neither".
"""

from __future__ import annotations

import re
from accord.compare.counted import Counted, of_noun
from accord.compare.quantities import Quantity

ZERO_CUE = re.compile(r"(?i)\b(?:no|none)\b")
# after "no": a bound or a comparison, not a zero ("no more than five", "no longer")
_NOT_ZERO_AFTER = frozenset("more fewer less longer later earlier sooner other one".split())
# nouns that name a happening, not a thing counted: their denials are compare.polarity's
_HAPPENING_NOUNS = ("injur", "death", "dead", "fatalit", "casualt", "arrest", "damage", "victim")
_NONE_OF = frozenset("the its their his her these those".split())


def zero_counts(doc) -> list[tuple[Quantity, Counted]]:
    """The zero counts of the parsed sentence `doc`: "no <noun>" as a subject or object, and
    "none of the <noun>", each as an exact 0 spanning its words, with what it counts."""
    out = []
    for tok in doc:
        noun = None
        if tok.lower_ == "no" and tok.dep_ == "det" and tok.head.pos_ == "NOUN" and tok.head.dep_ in (
                "nsubj", "nsubjpass", "dobj") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ not in _NOT_ZERO_AFTER:
            noun = tok.head
            start, end = tok.idx, noun.idx + len(noun.text)
        elif tok.lower_ == "none" and tok.dep_ in ("nsubj", "nsubjpass"):
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                  and any(d.lower_ in _NONE_OF for d in g.children)]
            if of:
                noun = of[0]
                start, end = tok.idx, noun.idx + len(noun.text)
        if noun is None:
            continue
        if noun.lower_.startswith(_HAPPENING_NOUNS):
            continue  # "no injuries were reported", "no arrests": compare.polarity's
        what = of_noun(tok, noun)
        if what.noun is None or what.noun == "dead" or what.predicate is None:
            continue  # a zero with no happening ("no reason") says nothing to dispute
        out.append((Quantity(start, end, 0.0, 0.0, "", "exact", doc.text[start:end]), what))
    return out
