"""Numeric dates in running text ("on 12.06.2026", "closed on 06/12/2026"), for compare.temporal.

"12.06.2026" is 12 June in most of the world and December 6 in the United States. A date whose
first number is over 12 is day-first, whose second is, month-first. Otherwise the article's
own evidence decides, in the order accord.clean.settle weighs the page date's (`day_first`):

1. the page: another numeric date it writes, in its text or in what cleaning took out ("Updated
   13/03/2024"), with a number over 12, and the reading settle chose for its own page date when
   the page wrote that ambiguously;
2. the outlet's country, from the top-level domain of its address (settle.outlet_day_first);
3. dots as separators ("12.06.2026"): written so in day-first countries, not in the United
   States.
With none, the date is left unread: a wrong month is a false alarm.

Not a date: a version number ("Version 1.2.2025", "v1.2.2025").

What it does not do: two-digit years ("12/06/26"), numbers joined by dashes (a score or a range
as often as a date), dates without a year ("12/6").
"""

from __future__ import annotations

import datetime as dt
import re

from accord.clean.settle import NUMERIC_DATE, outlet_day_first
from accord.compare.temporal import DateMention, Reference
from accord.types import Article

# a version, release or build number written as a date ("Version 1.2.2025", "v1.2.2025")
_VERSION_BEFORE = re.compile(r"(?i)(?:\b(?:version|ver\.?|release|build|firmware|patch)\s+|\bv\.?\s?)$")


def numeric_date(m: re.Match, ref: Reference) -> DateMention | None:
    """The numeric date `m` (compare.temporal's `num` group) as a date mention, or None when its
    order cannot be told."""
    if _VERSION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "Version 1.2.2025", "v1.2.2025": a version number
    first, second, year = (int(x) for x in re.split(r"[./]", m.group("num")))
    if first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    elif ref.day_first is not None or m.group("sep") == ".":
        day, month = (first, second) if ref.day_first is not False else (second, first)
    else:
        return None
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return DateMention(m.start(), m.end(), m.group(0), d, d.strftime("%Y-%m"), d.weekday(), (month, day),
                       True, "day", month)


def day_first(article: Article) -> bool | None:
    """Does the article write numeric dates day first (True), month first (False), or does
    nothing tell (None)? See the module docstring for the evidence and its order."""
    votes = set()
    for line in (article.text, *article.removed, article.dateline or ""):
        if not any(c.isdigit() for c in line):
            continue
        for m in NUMERIC_DATE.finditer(line):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b:
                votes.add(True)
            elif b > 12 >= a:
                votes.add(False)
    if len(votes) == 1:
        return votes.pop()
    if len(article.published_alternatives) == 2 and article.published in article.published_alternatives:
        return article.published == article.published_alternatives[1]
    return outlet_day_first(article)
