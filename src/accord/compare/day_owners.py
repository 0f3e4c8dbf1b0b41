"""Whose day is it: readings that tell which days of a story name when a happening took place,
and which two days can be two accounts of one happening (compare.dates, compare.clock).

A day inside a quotation is the speaker's; a bound ("until Monday") and a day converted to another
zone ("(0115 GMT Thursday)") date no happening; a year-less date's year is a guess; relative days
of reports written weeks apart are two weeks' news; clauses that repeat the same figures tell one
happening. What it
does not do: parse (it reads the tokens and spans compare.dates hands it).
"""

from __future__ import annotations

import re

from accord.compare.context import StoryContext
from accord.compare.events import Located
from accord.compare.temporal import DateMention


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def shared_figures(a: str, b: str) -> bool:
    """Two clauses that give two figures alike: the same details of one happening (a score and
    its venue's toll, a sum and its share)."""
    return len(set(_FIGURE.findall(a)) & set(_FIGURE.findall(b))) >= 2


def yearless(d: DateMention) -> bool:
    """A month and day written without a year ("on June 24")."""
    return d.month_day is not None and not _YEAR.search(d.text)


_YEAR = re.compile(r"\b\d{4}\b")


# words whose day is the speaker's: inside a quotation they count from when it was said, which
# another outlet may have printed a day later ("today our drivers got what they deserved")
_DEICTIC = re.compile(r"(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b", re.I)
# the marks compare.quotes reads: typeset, straight, guillemets, and tokenised corpora's `` ''
_QUOTE_MARKS = re.compile(r"[\"“”«»]|``|''")


def spoken(item: Located) -> bool:
    """A day counted from the moment of speaking, inside a quotation: not the page's day."""
    if not _DEICTIC.match(item.value.text):
        return False
    text = item.sentence.text
    before = len(_QUOTE_MARKS.findall(text, 0, item.start))
    after = len(_QUOTE_MARKS.findall(text, item.end))
    # an odd count before it opens a quotation; none before and one left after closes a
    # quotation opened in an earlier sentence ("... to the doorstep. Today it came to the ceiling.")
    return before % 2 == 1 or (before == 0 and after % 2 == 1)


# a day that bounds a state ("will stay on the bridge until Monday"): no day of a happening
# ("since Tuesday" is kept: it tells when the state began)
_BOUND = re.compile(r"\b(?:until|till|through)\s+$", re.I)
# a day given with a converted clock time ("at 8:15 p.m. local time (0115 GMT Thursday)"): the
# same moment in another zone, which can fall on the next day
_ZONED_DAY = re.compile(r"\d\s*(?:GMT|UTC)\s*$", re.I)


def bound(item: Located) -> bool:
    """The day bounds a state ("until Monday"), not when something happened: it meets only other
    bounds ("until Friday" / "until Thursday")."""
    return bool(_BOUND.search(item.sentence.text, 0, item.start)) or \
        item.value.text.lower().startswith(("until ", "till "))


def zoned(item: Located) -> bool:
    """The day of a time converted to another zone ("(0115 GMT Thursday)")."""
    return bool(_ZONED_DAY.search(item.sentence.text, 0, item.start))


# two days named relative to their pages ("on Tuesday", "today") this far apart or more were
# written in different weeks about different happenings: nobody misreports a day by a week with
# a weekday word (a board that "on Tuesday" suspended a rule and "today" scrapped it, weeks on)
_RELATIVE_APART_DAYS = 7


def weeks_apart(ctx: StoryContext, x: Located, y: Located) -> bool:
    """Both days are relative to their pages (no month written), and the days and the pages are
    each a week or more apart ("on Tuesday" and "last Tuesday" in one week's papers still meet)."""
    a, b = x.value, y.value
    if a.month_day is not None or b.month_day is not None or a.date is None or b.date is None:
        return False
    pa, pb = ctx.article(x.article).published, ctx.article(y.article).published
    if a.precision != "day" or b.precision != "day" or pa is None or pb is None:
        return False
    return min(abs((a.date - b.date).days), abs((pa - pb).days)) >= _RELATIVE_APART_DAYS
