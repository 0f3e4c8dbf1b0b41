"""Value-checked citations: the figures, days and times a sentence states, and when two sentences clash on them.

The aligner puts sentences that say one thing in other words into one fact. Most of the time they
state the same figures, days and times; when one of them states another ("Four people died when
the river burst its banks" / "Three people lost their lives when the river burst its banks"),
the sentences make two claims, and citing both articles for the wording that states one of them
cites an article that says otherwise. `compare` raises a discrepancy when it can tell what the
two values are about, and `cite.sound_facts` then moves the other side out. accord.claims.agree
is the net under it: whether or not a discrepancy was raised, a mention whose sentence clashes
with the kept wording on these values (or on compare's other readings) leaves the fact.

Two sentences clash when, for one kind of value, each states one that the other does not allow:
- quantities of one unit (a count, a sum in one currency, a share, a length ...), compared as
  intervals (`compare.quantities.compatible`: bounds, hedges and rounding allow one another);
- days, resolved against each article's own date (`compare.temporal`: "yesterday" on a page of
  Tuesday is Monday), compared by date; a named weekday by its weekday only (whether "Saturday"
  is the last or the next one is inferred);
- times of day to the hour or finer (`compare.clock`), compared as intervals.
A sentence that states one value more ("Four people died and 20 were hurt" / "Four people
died") does not clash: one side has nothing the other lacks.

What it does not do: it does not raise a discrepancy (two aligned sentences with another figure
may still be about two things, "12 people were injured" / "18 people were treated"), and it does
not list the articles it drops in `contradicted_by`, which holds the sides of raised
discrepancies only. Names, relations and roles are not values here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from accord.compare.clock import find_times
from accord.compare.quantities import Quantity, compatible, find_quantities
from accord.compare.temporal import Reference, find_dates
from accord.types import Article, Fact, ProvenanceEdge

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


@dataclass(frozen=True)
class Values:
    """The checkable values one sentence states."""

    quantities: tuple[Quantity, ...]
    days: tuple[tuple[str, object], ...]  # ("date", date) or ("weekday", 0-6)
    times: tuple[tuple[int, int], ...]  # minutes after midnight, low and high


def values_of(text: str, ref: Reference) -> Values:
    days = []
    for d in find_dates(text, ref):
        if d.precision != "day":
            continue
        if d.weekday is not None and (_WEEKDAY.search(d.text) or d.date is None or not d.firm):
            days.append(("weekday", d.weekday))  # whether "Saturday" is last or next is inferred
        elif d.date is not None and d.firm:
            days.append(("date", d.date))
    times = tuple((t.low, t.high) for _, _, t in find_times(text) if not t.part and not t.twelve)
    return Values(tuple(find_quantities(text)), tuple(days), times)


def _one_sided(xs: Sequence, ys: Sequence, fits) -> bool:
    """Does `xs` hold a value that no value of `ys` allows?"""
    return any(not any(fits(x, y) for y in ys) for x in xs)


def _days_fit(a: tuple[str, object], b: tuple[str, object]) -> bool:
    if a[0] == b[0]:
        return a[1] == b[1]
    date, weekday = (a[1], b[1]) if a[0] == "date" else (b[1], a[1])
    return date.weekday() == weekday


def clash(a: Values, b: Values) -> bool:
    """Each of the two states a value of one kind that the other does not allow."""
    for unit in {q.unit for q in a.quantities} & {q.unit for q in b.quantities}:
        xs = [q for q in a.quantities if q.unit == unit]
        ys = [q for q in b.quantities if q.unit == unit]
        if _one_sided(xs, ys, compatible) and _one_sided(ys, xs, compatible):
            return True
    if a.days and b.days and _one_sided(a.days, b.days, _days_fit) and _one_sided(b.days, a.days, _days_fit):
        return True

    def overlap(x, y):
        return x[0] <= y[1] and y[0] <= x[1]

    return bool(a.times and b.times and _one_sided(a.times, b.times, overlap) and _one_sided(b.times, a.times, overlap))


def value_checked_facts(
    facts: Sequence[Fact],
    articles: Sequence[Article],
    provenance: Sequence[ProvenanceEdge] = (),
) -> tuple[Fact, ...]:
    """`facts` with the mentions that state other values than the wording left out: the
    agreement check of accord.claims.agree on values alone (without compare's readings)."""
    from accord.claims.agree import agreed_facts

    return agreed_facts(facts, articles, provenance)
