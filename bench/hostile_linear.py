"""Issue 20's hang regressions as timings: each pattern's caller on a token shaped to make it
backtrack, at 20,000 and 80,000 characters. Linear code takes about 4x as long on the longer
one; a backtracking pattern 16x or more (_EMAIL before the fix: 20,000 characters 1.5 s, 40,000
6.2 s). A timing, so it lives here and not in the test suite (shared machines make it noisy).

    .venv/bin/python bench/hostile_linear.py      # prints each case's times and ratio; exit 1 on > 8x
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

from accord.clean import lines
from accord.clean.lines import Line, classify
from accord.clean.metadata import credits_in
from accord.compare import clock, date_args, dates, figure_scope, figures, places, quantity_forms
from accord.compare.counted import counted
from accord.compare.keys import dimension_of
from accord.compare.nlp import parse
from accord.compare.quantities import Quantity, find_quantities
from accord.compare.temporal import Reference, find_dates

SLACK_S = 0.5  # timer noise on a shared machine


def _seconds(fn, arg) -> float:
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


def _part_after_everywhere(text: str):
    """compare.figures asks _PART_AFTER after each figure: here after every character."""
    return [figures._PART_AFTER.match(text, i) for i in range(len(text))]


def _ranges(text: str):
    """compare.quantity_forms asks whether each pair of figures is one range ("1 km to 1 km"); the
    figures are found here by a plain pattern, as compare.quantities' own reading is timed on its own."""
    qs = [Quantity(m.start(), m.end(), 1.0, 1.0, "m", "exact", m.group(0)) for m in re.finditer(r"1 km", text)]
    return quantity_forms.ranges(text, qs)


def _weekdays(text: str):
    """compare.temporal reads each weekday's direction from the tense of its clause (compare.tense):
    the tokens of each were looked for over the whole parse (42 s on 32,000 characters)."""
    return find_dates(text, _REF)


_REF = Reference(dt.date(2026, 3, 5), True, 2026)


def _counted(text: str):
    """compare.counted reads what each figure counts from the tokens of its span: they were
    looked for over the whole parse (40,000 characters of "12 people were hurt " 39.6 s)."""
    doc = parse([text])[0]
    return [counted(doc, q.start, q.end) for q in find_quantities(text)]


def _dimensions(text: str):
    """compare.keys climbs from a length's tokens to its head (dimension_of and the sum and
    length keys): the tokens were looked for over the whole parse."""
    doc = parse([text])[0]
    return [dimension_of(doc, q.start, q.end) for q in find_quantities(text)]


def _occasions(text: str):
    """compare.date_args looks for a day's possessive among its tokens: over the whole parse."""
    doc = parse([text])[0]
    return [date_args.occasion(doc, m.start(), m.end()) for m in re.finditer("Saturday", text)]


def _designated(text: str):
    """compare.dates names what a weekday is declared ("declared Monday a day of mourning") by the
    first noun after it: looked for over the whole parse (40,000 characters 21 s)."""
    doc = parse([text])[0]
    return [dates.designated(doc, m.start(), m.end()) for m in re.finditer("Monday", text)]


def _classify(text: str):
    return classify(Line.of(text))


CASES = [
    *[("clean _EMAIL", _classify, unit, "") for unit in ("a", "a.", "a-", "a@")],
    *[("clean quotation test", _classify, unit, "Unsubscribe ") for unit in ("“", '"')],
    *[("compare _PARTITIVE", figure_scope.partitive, unit, "") for unit in ("1,", "1 of ", "1")],
    *[("compare _PART_AFTER", _part_after_everywhere, unit, "") for unit in ("1,", "1 of ", "1")],
    *[("clean credits", credits_in, unit, "") for unit in ("A", "The ", "A.")],
    *[("compare quantity_forms", _ranges, unit, "") for unit in ("1 km to ", "1- to 1 km ")],
    # a time without a colon looks ahead for its zone ("0340 GMT", "16.05 (local time)")
    *[("compare clock zone", clock.find_times, " ", prefix) for prefix in ("at 0340", "at 16.05")],
    # each figure's tests look back from it ("June 12", "aged 40", "Smith, 45,"): not over the whole start
    ("compare quantities", find_quantities, "Smith 12 boats ", ""),
    # each weekday's tense looked for its tokens over the whole sentence's parse
    ("compare temporal weekdays", _weekdays, "on Monday ", ""),
    # each figure's, length's or day's tokens looked for over the whole sentence's parse
    ("compare counted", _counted, "12 people were hurt ", ""),
    ("compare keys dimension", _dimensions, "a slab 200 metres wide ", ""),
    ("compare date_args occasion", _occasions, "in Saturday's final ", ""),
    ("compare dates designated", _designated, "declared Monday a day of mourning ", ""),
    ("clean headline separator", lines.headline_outlet, " ", "Storm hits coast"),
    ("compare _CAPITAL", lambda t: list(places._CAPITAL.finditer(t)), "A", ""),
]


def main() -> int:
    bad = 0
    find_dates("It opened on Monday.", _REF)  # the parser loads outside the timings
    for name, fn, unit, prefix in CASES:
        short = _seconds(fn, prefix + unit * (20_000 // len(unit)))
        long = _seconds(fn, prefix + unit * (80_000 // len(unit)))
        ok = long < 8 * short + SLACK_S
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {name:26} unit {unit!r:8} 20k {short:.3f} s  80k {long:.3f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
