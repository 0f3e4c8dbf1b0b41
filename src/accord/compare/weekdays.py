"""Weekdays in a sentence, resolved against the article's reference date (for compare.temporal).

A weekday points back or forward by its modifier ("last", "next", "previous", "coming"), by its
clause's tense, or is a day named ahead ("declared Monday a day of mourning"): see
compare.temporal. Two readings narrow it further:

- a week named beside it: "on Wednesday last week", "Wednesday of next week", "last week on
  Friday" is that weekday of the calendar week before or after the article's (weeks from Monday,
  ISO 8601), not the nearest one: "on Wednesday last week" in a Friday paper is nine days before
  it, where "on Wednesday" would be two. A Sunday of another week is left unresolved: weeks
  start on Sunday in the United States, so "Sunday last week" is either of two days. "Sunday
  this week" is the Sunday gone (weeks from Sunday) when its clause's tense is past, else the
  one ahead (weeks from Monday).
- a day of the month beside it: "on Friday the 12th" is the 12th nearest the article's date, on
  the side its tense points to, among those that fall on a Friday (none within two months: the
  day is left unread, the weekday kept).

What it does not do: "last week" alone (a span, no day), weeks counted further ("two weeks ago
on Monday").
"""

from __future__ import annotations

import datetime as dt
import re

from accord.compare.temporal import (
    _BACK_MODS,
    _FORWARD_MODS,
    _NAMED_DAY,
    DESIGNATION,
    WEEKDAYS,
    DateMention,
    Reference,
    _direction,
)
from accord.compare.tense import BACK, direction

# not "on Monday last week's figures": a week's thing, and the weekday is read alone
_WEEK_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(?P<week>last|this|next|the\s+previous|the\s+following)\s+week\b(?!['’])")
_WEEK_BEFORE = re.compile(r"(?i)\b(?P<week>last|this|next)\s+week,?\s+(?:on\s+)?$")
_WEEKS = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}
# "Friday the 12th", "Friday, the 3rd": not "Friday the 12th of June" (read as a date, beside)
_DAY_AFTER = re.compile(r"(?i),?\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                        r"(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


def weekday(m: re.Match, sentence: str, ref: Reference, future: bool) -> DateMention | None:
    """The weekday `m` (compare.temporal's `wd` group) as a date mention."""
    start, end = m.start(), m.end()
    wd = WEEKDAYS.index(m.group("wdname").lower())
    mod = " ".join((m.group("wdmod") or "").lower().split())
    name_at = m.start("wdname")
    lead, after = sentence[max(0, name_at - 6):name_at], sentence[m.end("wdname"):m.end("wdname") + 10]
    if not mod and (_NAMED_DAY.search(sentence[max(0, name_at - 12):name_at])
                    or re.search(r"\b(?:every|each)\s+$", lead, re.I)
                    or (re.search(r"\bthe\s+$", lead, re.I) and re.match(r"\s+(?:of|before|after)\b", after))
                    or (re.search(r"\ban?\s+$", lead, re.I) and not m.group(0).endswith(
                        ("morning", "afternoon", "evening", "night")))):
        return None  # "Black Friday", "the Friday of the festival", "every Monday", "a Sunday walk"
    week = _WEEK_AFTER.match(sentence, end) if not mod or mod == "on" else None
    week_before = _WEEK_BEFORE.search(sentence, max(0, start - 20), start) if week is None and mod in ("", "on") else None
    day = _DAY_AFTER.match(sentence, end) if week is None and week_before is None else None
    d = None
    if ref.date is not None:
        back = (ref.date.weekday() - wd) % 7
        fwd = (wd - ref.date.weekday()) % 7
        before = sentence[max(0, start - 12):start].lower()
        if week or week_before:
            shift = _WEEKS[" ".join((week or week_before).group("week").lower().split())]
            if wd == 6 and shift == 0:
                # "Sunday this week": the Sunday gone in weeks from Sunday, the one ahead in weeks
                # from Monday; a past tense says the writer counts from Sunday. Not a tense unread
                # ("the ferry sails on Sunday this week": a timetable's present, ahead)
                past = direction(sentence, start, week.end() if week else end) == BACK
                d = ref.date - dt.timedelta(days=back) if past else ref.date + dt.timedelta(days=fwd)
            elif wd != 6:  # "Sunday last week": which Sunday depends on where weeks start
                d = ref.date - dt.timedelta(days=ref.date.weekday()) + dt.timedelta(days=7 * shift + wd)
        elif day:
            d = _day_of_month(ref.date, wd, int(day.group("day")), _direction(sentence, start, day.end(), future) > 0)
        elif mod in _BACK_MODS:
            d = ref.date - dt.timedelta(days=back or 7)
        elif mod in _FORWARD_MODS:
            d = ref.date + dt.timedelta(days=fwd or 7)
        elif not mod and DESIGNATION.match(sentence, m.end("wdname")):
            # "has declared Monday a day of mourning": the day named, not the time of the
            # declaring, whose tense says nothing of it; a day is named ahead of it (or is today)
            d = ref.date + dt.timedelta(days=fwd)
        elif _direction(sentence, start, end, future) > 0:
            # "until Monday" said on a Monday is the Monday after; "by Saturday evening" today
            d = ref.date + dt.timedelta(days=fwd or (7 if re.search(r"\b(?:until|till)\s+$", before) else 0))
        else:
            d = ref.date - dt.timedelta(days=back)
    if week or day:
        end = (week or day).end()
    elif week_before:
        start = week_before.start()
    return DateMention(start, end, sentence[start:end], d, d.strftime("%Y-%m") if d else None, wd,
                       None, bool(d) and ref.firm, "day", d.month if d else None)


def _day_of_month(ref: dt.date, wd: int, n: int, forward: bool) -> dt.date | None:
    """The day `n` of a month within two months of `ref`, on the side `forward` says (within a
    week the other way, as compare.temporal reads an absolute date), falling on weekday `wd` if
    one does; else None: the weekday and the day disagree, and which one the writer got wrong
    is a guess."""
    days = []
    for k in range(-2, 3):
        month = ref.month - 1 + k
        try:
            days.append(dt.date(ref.year + month // 12, month % 12 + 1, n))
        except ValueError:
            continue  # "the 31st" of a short month
    sided = [d for d in days if ((d - ref).days >= -7 if forward else (d - ref).days <= 7)] or days
    fitting = [d for d in sided if d.weekday() == wd]
    return min(fitting, key=lambda d: abs((d - ref).days)) if fitting else None
