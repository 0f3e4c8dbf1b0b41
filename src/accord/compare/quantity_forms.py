"""Quantities written in forms compare.quantities' one pattern misses: ranges whose ends each carry
the unit, and shifts of a rate told in points.

- "40 percent to 70 percent of the buildings", "between 2 km and 5 km", "a 24- to 30-foot boat"
  (the first end's unit left to the second, after a hyphen) are ranges, as "40 to 70 percent" is
  (before: two figures, or the second alone). Not "from 40 percent to 70 percent", "rose 40
  percent to 70 percent" nor "lifted its deposit rate 3.5% to 3.75%" (a change's verb, with up
  to three words of its object): a change from one value to another, two figures; nor "6% to 9%"
  in "from 4% to 6% to 9%" (an end of one change or range is not the first of another).
- "two percentage points", "25 basis points", "a 25-basis-point rise", "0.5pp", "1.5bp", "half a
  percentage point", "a quarter of a percentage point": a shift of a rate, in percentage points
  (unit "pp"; a basis point is a hundredth of one). Before, "two percentage points" was a count
  of two points and "a quarter of a percentage point" a share of 25%. A shift in points is not a share: "up two
  points" and "up 2%" are two claims (a unit of their own, so never compared).

What it does not do: "pp" after 100 or more ("a 320pp hardback": pages), "points" alone (a
score, an index's points, a poll lead: a count as the sentence says), ranges of sums in two
currencies, ranges across a "from".
"""

from __future__ import annotations

import re

from accord.compare.currency_names import is_money
from accord.compare.multiples import multiples
from accord.compare.tallies import tallies
from accord.compare.quantities import (
    _HEDGE,
    _NUM,
    Quantity,
    _interval,
    _last_digit,
    _quantities,
    parse_number,
)

# words of a change of a figure, this module's and compare.figures' (a share told as a change, "up
# 3%"): the verbs as written, then the nouns ("a 3% rise", "the rise of 3%")
CHANGE_VERBS = (r"rose|risen|rises|rising|fell|fallen|falls|falling|dropped|drops|dropping|climbed|climbs|"
                r"jumped|jumps|slumped|slid|sank|plunged|plummeted|soared|surged|increased|decreased|"
                r"declined|grew|gained|lost|shed|cut|raised|lowered|lifted|hiked|trimmed|reduced|boosted|"
                r"slashed|up|down")
CHANGE_NOUNS = (r"rise|increase|fall|drop|cut|decline|gain|jump|hike|reduction|growth|decrease|raise|slump|"
                r"rises|increases|falls|drops|cuts|declines|gains|jumps|hikes|reductions|decreases|raises")
# words that end a verb's object: past them the figures are another clause's or a preposition's
# ("raised prices on 20% to 30% of its goods", "rose as 20% to 30% of the float changed hands")
_NOT_OBJECT = (r"(?:on|of|in|for|at|with|among|across|to|into|over|under|after|before|since|than|about|"
               r"around|between|and|or|but|as|while|when|where|which|who|that|if|because|said|says)\b")
# verbs of a rise that take an object ("lifted its deposit rate"); not the others, whose
# participles are adjectives ("rising prices hit 20% to 30% of households"), nor the nouns ("job
# cuts affecting 10% to 15% of staff") nor "up" ("set up a fund worth 2% to 3% of GDP"). Nor a
# fall's: its change from one value to another is written falling ("cut its rate 4.5% to 4.25%",
# no range), so rising ends are the size of the cut ("reduced its workforce 10% to 15%")
_TRANSITIVE = r"raised|lifted|hiked|boosted|increased"
# a change or a starting point before the first end: "rose 40 percent to 70 percent", "from 40%
# to 70%", and a change's verb with its object, up to three words ("lifted its deposit rate 3.5%
# to 3.75%", "raised the cap by 8% to 9%")
_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:from|by|{CHANGE_VERBS}|{CHANGE_NOUNS}"
    rf"|(?:{_TRANSITIVE})(?:\s+(?!{_NOT_OBJECT})[a-z'’-]+){{1,3}}?)\s+$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_TO = re.compile(r"\s*(?:to|–|-)\s*")
# how far back the words before a figure are looked for: a change's verb, three words of its object
# and their spaces (searched from the sentence's start, every pair of figures made reading a
# sentence quadratic)
_WORD_BEFORE = 80
_AND = re.compile(r"\s+and\s+")
_LEADING_NUMBER = re.compile(rf"(?i)(?:{_NUM})")
# "a 24- to 30-foot dhow", "two- to three-hour delays": the first end's unit is the second's
_SUSPENDED = re.compile(rf"(?i)(?<![\w.,-])(?P<a>{_NUM})\s?[-–]\s+(?:to|or)\s+$")

_POINTS = re.compile(
    rf"(?i)(?:(?P<hedge>\b{_HEDGE})\s+)?(?:"
    r"(?P<frac>\b(?:a\s+quarter|three[- ]quarters|half|a\s+third|two[- ]thirds|a\s+tenth)\s+(?:of\s+)?an?)"
    r"|\ba|(?<![\w.])(?P<num>\d+(?:\.\d+)?|\.\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+few))"
    r"(?:\s+|-)(?P<kind>percentage|basis)[- ]points?\b"
    # "12bp", "1.5 bps", "0.5pp", "2 ppts": the unit's abbreviation, glued or not
    r"|(?:(?P<bhedge>\b" + _HEDGE + r")\s+)?(?<![\w.])(?P<bps>\d+(?:\.\d+)?)\s?(?-i:(?P<abbr>bps?|pp|ppts?))\b")
_FRACTIONS = {"a quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "half": 0.5,
              "a third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a tenth": 0.1}


def points(sentence: str) -> list[Quantity]:
    """Shifts of a rate told in percentage points or basis points, in percentage points."""
    out = []
    for m in _POINTS.finditer(sentence):
        hedge = m.group("hedge") or m.group("bhedge")
        scale = 0.01 if (m.group("abbr") or "").startswith("b") or (m.group("kind") or "").lower() == "basis" else 1.0
        written = m.group("num") or m.group("bps")
        if m.group("frac"):
            head = " ".join(m.group("frac").lower().split()[:2]).removesuffix(" of")
            value, written = _FRACTIONS.get(head, _FRACTIONS.get(head.split()[0])), None
        elif written:
            if written.lower() == "a few":
                continue
            value = parse_number(written)
            if m.group("abbr") == "pp" and value is not None and value >= 100:
                continue  # "a 320pp hardback": pages; no share moves 100 points
        else:
            value = 1.0  # "a percentage point"
        if value is None:
            continue
        low, high, kind = _interval(hedge, value, written or "", exact_unit=False)
        if kind == "exact" and written:
            low, high = _last_digit(written, low, high)
        start = m.start("hedge") if m.group("hedge") else m.start("bhedge") if m.group("bhedge") else m.start()
        out.append(Quantity(start, m.end(), low * scale, high * scale, "pp", kind, sentence[start:m.end()]))
    return out


def forms(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """`qs`, compare.quantities' reading of `sentence`, with the shifts in points and the ranges
    above read whole (a figure or a share inside a shift in points is part of it)."""
    if "point" in sentence or "bp" in sentence or "pp" in sentence:
        shifts = points(sentence)
        if shifts:
            qs = sorted([q for q in qs if not any(q.start < p.end and p.start < q.end for p in shifts)] + shifts,
                        key=lambda q: q.start)
    # "about 1.6 times the radius of Earth": a multiple, not a count of radii; "voted 5-2", "by 52
    # votes to 48": a tally, not two counts
    times = multiples(sentence) + tallies(sentence)
    if times:
        qs = sorted([q for q in qs if not any(q.start < t.end and t.start < q.end for t in times)] + times,
                    key=lambda q: q.start)
    return ranges(sentence, qs)


def ranges(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """`qs` (one sentence's quantities, left to right) with each range written with its unit at
    both ends, or with the first end's unit suspended after a hyphen, read as one range."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        merged = None
        if prev is not None and not _second_end(sentence, out) and _joined(sentence, prev, q):
            merged = _range(sentence, prev.start, _LEADING_NUMBER.search(prev.text).group(0), q, prev)
        elif q.unit and (s := _SUSPENDED.search(sentence, max(0, q.start - 40), q.start)) and \
                not _CHANGE_BEFORE.search(sentence, max(0, s.start() - _WORD_BEFORE), s.start()):
            merged = _range(sentence, s.start(), s.group("a"), q)
        if merged is not None:
            if prev is not None and prev.start >= merged.start:
                out.pop()
            out.append(merged)
        else:
            out.append(q)
    return out


def _second_end(sentence: str, out: list[Quantity]) -> bool:
    """Is the last figure of `out` the second end of a change or a range, one figure before it
    ("6%" in "from 4% to 6% to 9%")? Then it is no first end of another. A "to" alone before it
    is not that: "slowed to 2% to 3%" is a range."""
    return len(out) > 1 and _TO.fullmatch(sentence, out[-2].end, out[-1].start) is not None


def _joined(sentence: str, a: Quantity, b: Quantity) -> bool:
    """Are `a` and `b` the two ends of one range, each written with the unit ("40 percent to 70
    percent", "an estimated 40% to 70%", "between 2 km and 5 km")? Sums are not asked: "$5m to
    $10m" is read whole already."""
    if not a.unit or a.unit != b.unit or is_money(a.unit):
        return False
    if a.hedge not in ("exact", "approx") or b.hedge != "exact" or not _LEADING_NUMBER.search(a.text):
        return False
    between = sentence[a.end:b.start]
    if _TO.fullmatch(between):
        return not _CHANGE_BEFORE.search(sentence, max(0, a.start - _WORD_BEFORE), a.start)
    return bool(_AND.fullmatch(between) and _BETWEEN_BEFORE.search(sentence, max(0, a.start - _WORD_BEFORE), a.start))


def _range(sentence: str, start: int, first: str, b: Quantity, a: Quantity | None = None) -> Quantity | None:
    """The range from the number `first` (written at `start`; the quantity `a` when it is one) to
    the quantity `b`, read as compare.quantities reads "24 to 30-foot". Not one that falls ("won
    52 percent to 48 percent", "leads 41% to 38%": a result or a poll's two shares, as ranges are
    written rising), nor one whose first end is not `a` in `b`'s unit ("80 cm to 1.5 metres")."""
    second = _LEADING_NUMBER.search(b.text)
    low, high = parse_number(first), parse_number(second.group(0)) if second else None
    if low is None or high is None or low >= high:
        return None
    read = [q for q in _quantities(f"{first} to {b.text}") if q.hedge == "range"]
    if len(read) != 1 or read[0].unit != b.unit or (a is not None and not a.low <= read[0].low <= a.high):
        return None
    return Quantity(start, b.end, read[0].low, read[0].high, b.unit, "range", sentence[start:b.end])
