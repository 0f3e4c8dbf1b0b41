"""Two sentences that are one statement: their figures are one figure each.

compare.numbers meets figures by what they count and by the happening their verbs name. Two
sentences can be one statement told in other verbs, and then their counts are one count however
their verbs differ. Two ways of knowing it, both asked only of sentences from two articles:

- a machine rewrite (`spun_changes`): a spinner swaps words one for one and keeps the sentences
  in order, so in a spun passage with as many sentences on each side the n-th sentences are one
  statement, and their figures, as many and in the same units, are one figure each
  ("Authorities evacuated roughly 1,200 residents" / "Powers that be left approximately 2,100
  locals"). A figure the rewrite left out or added pairs nothing.
- an echo (`echoed`): the two sentences give a measure (a sum, a length) that is one claim and
  agrees, and each gives one count besides, of people or of one noun ("A court ordered the
  council to pay $1.5 million to 120 tenants who sued" / "a court awarded about $1.5 million to
  the 102 tenants who brought the claim"). The agreeing measure ties the sentences to one
  statement, and each has one count left: those counts are one count, and compare.numbers lets
  them meet with other verbs ("sued" / "brought the claim") at the likeness bar of two unlike
  verbs. Verbs of two listed happenings ("killed" / "injured") are never one.
What it does not do: a sentence with two counts besides the measure ("paid 80 tenants and 12
shop owners") echoes nothing; a measure met but disputed ties nothing.
"""

from __future__ import annotations

import re

from accord.compare.events import Located
from accord.compare.quantities import compatible

# the sentence says a figure has grown: "rose to", "climbed to"
RISING = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|jumped|"
    r"grew|mounted|soared|has risen|up from|widened|extended|expanded|enlarged)\b",
    re.IGNORECASE,
)


def spun_changes(ctx, same_sentence) -> list[tuple[Located, Located]]:
    """Figures a machine rewrite changed (see the module's docstring)."""
    out = []
    for s, d in ctx.spun_counterparts:
        xs, ys = same_sentence.get((s.article, s.index), []), same_sentence.get((d.article, d.index), [])
        if len(xs) != len(ys) or sorted(x.label for x in xs) == sorted(y.label for y in ys):
            continue  # a figure left out or added, or the same figures in another order
        out.extend((x, y) for x, y in zip(xs, ys) if x.value.quantity.unit == y.value.quantity.unit
                   and (x.value.noun is None) == (y.value.noun is None)
                   and not compatible(x.value.quantity, y.value.quantity)
                   and not RISING.search(x.sentence.text) and not RISING.search(y.sentence.text))
    return out


def echoed(items: list[Located], same_sentence, same_measure) -> frozenset[tuple[int, int]]:
    """The pairs (ids, lower first) of counts whose sentences echo each other: the two sentences,
    of two articles, give a measure that `same_measure` (compare.numbers' test of one claim and
    agreement) meets, and each gives exactly one count (no unit, a noun) besides."""
    def sole_count(key) -> Located | None:
        counts = [x for x in same_sentence[key] if not x.value.quantity.unit and x.value.what.noun is not None]
        return counts[0] if len(counts) == 1 else None

    measures = [it for it in items if it.value.quantity.unit]
    out = set()
    for n, x in enumerate(measures):
        for y in measures[n + 1:]:
            if x.article == y.article or x.value.quantity.unit != y.value.quantity.unit:
                continue
            a, b = sole_count((x.article, x.sentence.index)), sole_count((y.article, y.sentence.index))
            if a is None or b is None or not same_measure(x, y):
                continue
            out.add((min(id(a), id(b)), max(id(a), id(b))))
    return frozenset(out)
