"""Multiples: "about 1.6 times the radius of Earth", "2.4 times as wide as Earth", "three times
larger than", "twice the national average", read as a value of their own kind (unit "x") that
meets only other multiples, keyed by what they multiply.

Before, "1.6 times the radius" was a count of 1.6 radii, and "2.4 times as wide" a count of
nothing. A multiple's key is the dimension or thing it multiplies, folded so that words for one
dimension meet ("radius", "diameter", "wide", "across", "size" are one size: a ratio of radii is a
ratio of widths); compare.numbers meets two multiples by their key as it meets two sums.

What it does not do: repetitions ("arrested three times", "three times a day") have no comparison
after them and stay unread (compare.figures drops counts of time nouns); "doubled", "tripled" and
"N-fold" are changes over time more often than a multiple of one thing by another, and are not
read; a multiple is never converted to a percentage ("up 150%").
"""

from __future__ import annotations

import re

from accord.compare.quantities import _HEDGE, _WORDNUM, Quantity, _interval, parse_number

_MULTIPLE = re.compile(
    rf"(?i)(?:(?P<hedge>\b{_HEDGE})\s+)?"
    rf"(?:(?P<num>(?<![\w.])\d+(?:\.\d+)?|\b{_WORDNUM})\s+times|\b(?P<twice>twice))"
    r"(?=\s+(?:the\s+(?P<noun>[a-z'’-]+(?:\s+(?!(?:of|than|in|at|on|for|and|or|to|by)\b)[a-z'’-]+){0,2})"
    r"|as\s+(?P<adj>[a-z]+)\s+as\b|(?P<cmp>[a-z]+er|more|less)\s+than\b))")
_WHEN = frozenset("day days week weeks month months year years night nights morning evening afternoon same "
                  "next following previous last first second season time".split())
# words for one dimension or thing: folded to one key
_FOLD = {
    "radius": "size", "radii": "size", "diameter": "size", "wide": "size", "width": "size", "across": "size",
    "size": "size", "big": "size", "bigger": "size", "large": "size", "larger": "size", "wider": "size",
    "massive": "mass", "mass": "mass", "heavy": "mass", "heavier": "mass", "weight": "mass",
    "long": "length", "length": "length", "longer": "length", "tall": "height", "taller": "height",
    "height": "height", "high": "level", "higher": "level", "level": "level", "rate": "level",
    "many": "number", "number": "number", "more": "number", "much": "amount", "amount": "amount",
    "likely": "likelihood", "fast": "speed", "faster": "speed", "speed": "speed",
}


def multiples(sentence: str) -> list[Quantity]:
    """The multiples of `sentence`, unit "x", approximate as hedged ("about 1.6 times": +-10%),
    else exact to their last digit."""
    out = []
    if "times" not in sentence and "twice" not in sentence.lower():
        return out
    for m in _MULTIPLE.finditer(sentence):
        if m.group("noun") and set(m.group("noun").lower().split()) & _WHEN:
            continue  # "raided three times the day before": repetitions, then when
        value = 2.0 if m.group("twice") else parse_number(m.group("num"))
        if value is None or value <= 1:
            continue
        written = m.group("num") if m.group("num") and m.group("num")[0].isdigit() else ""
        low, high, kind = _interval(m.group("hedge"), value, written, exact_unit=False)
        if kind == "exact" and "." in written:
            half = 0.5 * 10.0 ** -len(written.split(".")[1])
            low, high = value - half, value + half
        out.append(Quantity(m.start(), m.end(), low, high, "x", kind, m.group(0)))
    return out


def multiple_key(sentence: str, end: int) -> str | None:
    """What the multiple ending at `end` multiplies, folded ("times the radius of" -> "size",
    "times as massive as" -> "mass"); the word itself when it has no fold, None when unread."""
    for m in _MULTIPLE.finditer(sentence, max(0, end - 60)):
        if m.end() == end:
            word = (m.group("noun") or m.group("adj") or m.group("cmp") or "").lower().split()[-1:]
            word = word[0] if word else ""
            return _FOLD.get(word, word) or None
    return None
