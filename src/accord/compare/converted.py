"""Figures that are one value converted by two writers: not two accounts of it.

compare.numbers reads every length in metres and every sum in its own currency, and two figures
whose intervals do not meet are disputed. A writer who converts rounds to a figure that reads
well, so two reports' conversions of one value can miss each other by a few per cent:

- lengths written in two systems ("a 24- to 30-foot boat" / "a 10-metre boat": 30 feet is 9.1
  metres, told "10 metres"; "about 15 miles" / "25 km"): the metric and the imperial figure meet
  within settings.NUMBER_CONVERSION_SLACK of each other. Lengths written in one system keep
  their own rounding (quantities).
- sums in one currency that both reports give as conversions of one sum in another ("worth 2
  million euros ($2.6 million)" in each, and "$2.5 million" / "over $2.6 million" elsewhere in
  them): when each article also states a sum in another currency and those sums agree, the two
  sums in the first currency are the writers' conversions of it, and meet within the same slack.

What it does not do: a conversion of a value the other article does not state (its own sum in
another currency differs, or it gives none) is a value like any other; a length's system is read
from how the figure is written, so "10 m" and "30 ft" are told apart but a figure whose unit
word is far from it is not.
"""

from __future__ import annotations

import re

from accord import settings
from accord.compare.currency_names import is_money
from accord.compare.events import Located
from accord.compare.quantities import compatible

_IMPERIAL = re.compile(r"(?i)(?:\bf(?:oo|ee)t\b|\bft\b|\bmiles?\b|\byards?\b|\byds?\b|\binch(?:es)?\b|'|\")")
_NAUTICAL = re.compile(r"(?i)\bnautical\b|\bnm\b")
_METRIC = re.compile(r"(?i)(?:met(?:re|er)s?\b|\bkm\b|kilomet|centimet|millimet|\bcm\b|\bmm\b|\d\s*m\b)")


def length_system(text: str) -> str:
    """How a length is written: "nautical", "imperial", "metric", or "" when the text does not say."""
    if _NAUTICAL.search(text):
        return "nautical"
    if _IMPERIAL.search(text):
        return "imperial"
    if _METRIC.search(text):
        return "metric"
    return ""


def _near(a, b) -> bool:
    """Do the intervals of `a` and `b` come within the conversion slack of each other?"""
    low, high = (a, b) if a.high <= b.low else (b, a)
    if high.low <= low.high:
        return True
    return high.low - low.high <= settings.NUMBER_CONVERSION_SLACK * high.low


def converted_alike(a: Located, b: Located, others_a: list[Located], others_b: list[Located]) -> bool:
    """Are `a` and `b` (figures of two articles, disputed as read) two writers' conversions of
    one value? `others_a` and `others_b` are their articles' figures."""
    qa, qb = a.value.quantity, b.value.quantity
    if qa.unit != qb.unit or not qa.unit or qa.unit == "%":
        return False
    if qa.unit == "m":
        sa, sb = length_system(qa.text), length_system(qb.text)
        return bool(sa and sb) and sa != sb and _near(qa, qb)
    if len(qa.unit) != 3 or not qa.unit.isupper():
        return False  # a sum's unit is a currency code
    if not _near(qa, qb):
        return False
    sources_a = [x.value.quantity for x in others_a if _other_currency(x, qa.unit)]
    sources_b = [y.value.quantity for y in others_b if _other_currency(y, qa.unit)]
    return any(x.unit == y.unit and compatible(x, y) for x in sources_a for y in sources_b)


def _other_currency(x: Located, unit: str) -> bool:
    u = x.value.quantity.unit
    return is_money(u) and u != unit
