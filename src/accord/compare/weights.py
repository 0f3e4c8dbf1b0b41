"""Weights: tons, tonnes, kilograms and pounds (lb) read as tonnes, with what they weigh.

compare.quantities reads no weight unit: "about 180 tons of ammonium nitrate" is a count whose
noun (compare.counted) is the unit. `in_tonnes` turns such a count into tonnes, its noun into
one ("tonne"), so outlets that weigh one load in other units meet and compare ("163 metric
tonnes" is "about 180 tons"), and keys it by the stuff after "of" ("ammonium"), which
compare.numbers uses to meet each report's one weight of one stuff. `holds` tells a verb of
holding ("held", "contained", "was carrying") from verbs of what left the load ("spilled").

What it does not do: "pounds" alone (news writes it for money), stones, ounces, carats; the
stuff's key is one word ("fuel oil" / "oil" are two keys, and then the weights go the way of
other counts, by their verbs and sentences).
"""

from __future__ import annotations

import re
from dataclasses import replace

from accord import settings
from accord.compare.counted import Counted, stem
from accord.compare.quantities import Quantity

# tonnes per unit, by the unit's stem (compare.counted): "tons" is the short ton (907 kg) in
# American writing and the long ton (1,016 kg) in British, and often loosely the metric one, so
# its interval spans all three; "metric tons" is the tonne
WEIGHTS = {"tonn": (1.0, 1.0), "ton": (0.907185, 1.016047), "tons": (0.907185, 1.016047),
           "kilogram": (1e-3, 1e-3), "kilo": (1e-3, 1e-3), "kg": (1e-3, 1e-3),
           "lbs": (4.5359e-4, 4.5359e-4), "lb": (4.5359e-4, 4.5359e-4)}
_METRIC_AFTER = re.compile(r"\s+metric\b", re.IGNORECASE)
_UNIT_WORD = re.compile(r"(?:\s+metric)?\s*[A-Za-z]+\.?")
# what a weight is of: "180 tons of ammonium nitrate" -> "ammonium", "12 kg of the powder" -> "powder"
_OF_WEIGHED = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]+)", re.IGNORECASE)
# verbs of what a place or a vessel holds: one load whichever ("a bay holding about 180 tons" /
# "the bay contained nearly 400 tons"); not a verb of losing or moving part of it ("spilled")
_HOLDING = re.compile(r"(?i)^(?:hold|held|contain|stor|carr|kept|keep|load|had$|has$|have$|hav$)")


def in_tonnes(q: Quantity, what: Counted, text: str) -> tuple[Quantity, Counted, str | None]:
    """The weight at `q` of the sentence `text`, counted by its unit noun (`what.noun` in
    WEIGHTS), as tonnes, with its noun made "tonne" and the key of what it weighs (None if the
    sentence does not say)."""
    low, high = WEIGHTS[what.noun]
    if _METRIC_AFTER.match(text, q.end):
        low = high = 1.0
    if low not in (1.0, 1e-3):  # a figure converted from tons or pounds was itself rounded: the unit slack
        low, high = low * (1 - settings.NUMBER_UNIT_SLACK), high * (1 + settings.NUMBER_UNIT_SLACK)
    weight = replace(q, low=q.low * low, high=q.high * high)
    unit = _UNIT_WORD.match(text, q.end)
    of = _OF_WEIGHED.match(text, unit.end()) if unit else None
    return weight, replace(what, noun="tonne", phrase="tonnes"), stem(of.group(1).lower()) if of else None


def holds(predicate: str | None) -> bool:
    """Is `predicate` (a crude stem) a verb of what a place or a vessel holds?"""
    return bool(predicate and _HOLDING.match(predicate))
