"""Publication instants: a page's time stamp with its time zone, for ordering two articles of one day.

`Article.published` is a calendar date in the outlet's own time zone, so two articles of one day
(or of two days, around midnight in two zones) cannot be ordered by it. Pages often print the
time with a zone in their stamp line ("Published 4 May 2025, 07:55 GMT", "June 13, 2024 6:58 AM
GMT+2"); the cleaner keeps those lines in `Article.removed`. The first such line, read with the
article's date, gives an instant in UTC.

What it does not do: a time without a zone ("1:15 pm") gives nothing (it could be any of 26
hours), nor do ambiguous abbreviations (IST is India or Ireland); it does not parse dates (the
cleaner did).
"""

from __future__ import annotations

import datetime as dt
import re

from accord.types import Article

# Offsets of the zone abbreviations news pages print, in hours.
_ZONES = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "west": 1, "cet": 1, "cest": 2, "eet": 2,
    "eest": 3, "msk": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
}
_STAMP = re.compile(
    r"\b(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?\s*\(?\s*(" + "|".join(_ZONES) + r")\b\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?",
    re.I,
)
_LATER = re.compile(r"\b(?:updated|modified|edited|amended)\b", re.I)
_HEAD_LINES = 15  # the stamp sits in the page head, among the first lines the cleaner removed


def published_at(article: Article) -> dt.datetime | None:
    """The article's publication instant in UTC, from the first stamp line with a time zone."""
    if article.published is None:
        return None
    for line in article.removed[:_HEAD_LINES]:
        if _LATER.search(line):
            continue  # "Updated 14:02 GMT" is not when the text first appeared
        m = _STAMP.search(line)
        if m is None:
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        offset = _ZONES[m.group(4).lower()] * 60
        if m.group(5):
            sign = 1 if m.group(5) == "+" else -1
            offset += sign * (int(m.group(6)) * 60 + int(m.group(7) or 0))
        local = dt.datetime.combine(article.published, dt.time(hour, minute))
        return local - dt.timedelta(minutes=offset)
    return None
