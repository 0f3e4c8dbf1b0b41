"""Settle: which reading of an ambiguous numeric page date ("11/03/2024") a story supports.

"11/03/2024" is 11 March in most of the world and November 3 in the United States. Read by one
fixed convention, a page of a story published on 11 March lands eight months away from its
story, and every relative date in it ("on Sunday", "yesterday") is resolved from the wrong day.

- Readings (for the cleaner): `readings(span)` gives every reading of a date span: one for an
  unambiguous form (ISO, a month name, a day over 12), two for a numeric day-month-year span
  whose first two numbers could each be the month and differ, month-first then day-first.
  `page_date_readings` gives both readings of a page's date when the page writes that date only
  in ambiguous forms (`Article.published_alternatives`); the cleaner keeps today's reading.
- Settling (`settle_dates`, over one story's articles): each reading of an ambiguous article
  scores points, natural logs of how much likelier a cue is under it than under the other
  reading, summed over cues taken as independent (a naive Bayes vote), each cue capped:
  1. the page itself, decisive: a date with a month name in the dateline or a date line
     ("VESSICK, March 11 -"), a weekday beside the date ("Mon 11/03/2024"), a date in the URL
     path, another numeric date on the page whose day is over 12 ("Updated 13/03/2024");
  2. the story: the median distance in days to the other articles' dates (a story spans days,
     not months); an ambiguous other article counts with its nearer reading;
  3. the weekdays its text names in past-tense sentences, scored by how many days before the
     reading they fall (news names today, yesterday and the days just before);
  4. the outlet's country, from the top-level domain of its URL (.co.uk day-first, .us
     month-first; .com says nothing: outlets everywhere use it).
  The weights are in settings.py (SETTLE_*). The best reading replaces `published` when it
  leads today's reading by SETTLE_MIN_POINTS; when nothing tells, today's reading stays.

What it does not do: read dates in free text, touch an unambiguous date, look across stories
(clustering places an ambiguous article by its content, see pipeline.group), or use the dates
with month names in the body (they date events, not the page).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace
from urllib.parse import urlsplit

from accord import settings
from accord.clean import lines as L
from accord.clean.metadata import plausible_page_date
from accord.types import Article, RawArticle

__all__ = ["readings", "page_date_readings", "settle_dates", "outlet_day_first"]

# day-month-year or month-day-year, one separator throughout, 4- or 2-digit year
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]?\d)")
# the same in running text, where compare reads it (compare.numeric_dates; compare.quantities
# reads no figures in it): dots or slashes and a year of four digits only, as dashes and two
# digits write scores and ranges there as often ("3-1-12"); a pattern to embed (group "sep")
NUMERIC_DATE_IN_TEXT = r"(?<![\d.,/-])\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)(?:19|20)\d\d(?![\d.,/]\d)"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday beside a page date, abbreviated or not ("Mon 11/03/2024", "Monday, 11.03.2024")
_DAY_NAME = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|rs?|rsday|urday)?\b")
# a weekday in running text, not "next/last/this Monday" (a plural "Mondays" is no word match)
_WEEKDAY_IN_TEXT = re.compile(
    r"(?<!\bnext )(?<!\blast )(?<!\bthis )(?<!\bcoming )(?<!\bevery )"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# sentences that speak of the future name coming days: their weekdays tell nothing of the past
_FUTURE = re.compile(
    r"\b(?:will|would|shall|due|expected|scheduled|set to|plans? to|until|till|next|upcoming|"
    r"going to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(\d\d)\2(\d\d)(?!\d)")
# Top-level domains of countries whose papers write numeric dates day-first (most of the world);
# year-first countries (China, Japan, Korea, Hungary) do not write "11/03/2024" at all.
DAY_FIRST_TLDS = frozenset(
    "uk ie au nz in pk lk bd za ng ke gh ug tz zw de at ch fr be nl lu es pt it gr cy mt pl cz sk "
    "si hr rs ba mk al bg ro md ua by ru lt lv ee dk no se fi is tr il eg ma tn dz ae sa qa "
    "kw jo lb br ar cl uy py pe bo ec ve mx sg my id vn th eu".split()
)  # not .co (Colombia) nor .me (Montenegro): sites everywhere use them
MONTH_FIRST_TLDS = frozenset({"us"})


def readings(span: str) -> tuple[dt.date, ...]:
    """Every plausible reading of one date span: two for an ambiguous numeric date ("11/03/2024":
    month-first, then day-first), one for an unambiguous form, none when it is no date."""
    m = NUMERIC_DATE.search(span)
    if m:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(4)) == 2:  # "11-03-24": this century unless that lies in the future
            year += 2000 if 2000 + year <= dt.date.today().year + 1 else 1900
        found: list[dt.date] = []
        for month, day in ((first, second), (second, first)):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if plausible_page_date(d) and d not in found:
                found.append(d)
        return tuple(found)
    if not re.search(r"\d{4}", span):  # dateparser would fill in the current year
        return ()
    from accord.ingest.formats import parse_date_span

    d = parse_date_span(span)
    return (d,) if d and plausible_page_date(d) else ()


def page_date_readings(
    raw: RawArticle, published: dt.date | None, lines: Iterable[str]
) -> tuple[dt.date, ...]:
    """Both readings of the page date `published` when the page writes it only as an ambiguous
    number among `lines` (its date lines and dateline), else ().

    A structured date (a JSON or feed field) is taken as given; so is a page date its markup or
    URL also writes in ISO form (htmldate reads meta tags before visible text)."""
    if published is None or (raw.published is not None and raw.kind in ("json", "feed")):
        return ()
    if raw.published is not None and any(
        published.isoformat() in text or published.strftime("%Y/%m/%d") in text
        for text in (raw.html or "", raw.url or "")
    ):
        return ()
    ambiguous: tuple[dt.date, ...] = ()
    for line in lines:
        for span in L.dates_in(line):
            found = readings(span)
            if published not in found:
                continue
            if len(found) == 1:
                return ()  # the page also writes the date plainly
            ambiguous = ambiguous or found
    return ambiguous


def settle_dates(articles: Sequence[Article]) -> list[Article]:
    """`articles` (one story), each ambiguous page date replaced by the reading the story best
    supports (see the module docstring); every other article is returned as it is."""
    out = []
    for article in articles:
        if len(article.published_alternatives) < 2 or article.published not in article.published_alternatives:
            out.append(article)
            continue
        others = [a for a in articles if a is not article]
        points = _points(article, others)
        best = max(article.published_alternatives, key=lambda r: points[r])
        if points[best] - points[article.published] >= settings.SETTLE_MIN_POINTS:
            article = replace(article, published=best)
        out.append(article)
    return out


def _points(article: Article, others: Sequence[Article]) -> dict[dt.date, float]:
    """Each reading's points relative to today's reading (0 for it), every cue capped."""
    cues = (
        (_page(article), settings.SETTLE_PAGE_POINTS),
        (_story(article, others), settings.SETTLE_STORY_MAX_POINTS),
        (_weekdays(article), settings.SETTLE_WEEKDAY_MAX_POINTS),
        (_outlet(article), settings.SETTLE_OUTLET_POINTS),
    )
    today = article.published
    return {
        r: sum(max(-cap, min(cap, score[r] - score[today])) for score, cap in cues)
        for r in article.published_alternatives
    }


def _page(article: Article) -> dict[dt.date, float]:
    """SETTLE_PAGE_POINTS for a reading the page itself states plainly somewhere."""
    options = article.published_alternatives
    dated = [line for line in article.removed if L.dates_in(line) and len(line.split()) <= 8]
    lines = [article.dateline or "", *dated]  # date lines, not link lists or captions
    stated: set[dt.date] = set()
    for line in lines:
        for m in _MONTH_DAY.finditer(line):  # "VESSICK, March 11": month and day decide
            month = _MONTHS.index((m.group("m1") or m.group("m2"))[:3].lower()) + 1
            day = int(m.group("d1") or m.group("d2"))
            stated |= {r for r in options if (r.month, r.day) == (month, day)}
        here = [m.group(0) for m in NUMERIC_DATE.finditer(line)]
        if any(set(readings(span)) == set(options) for span in here):
            days = {_WEEKDAYS.index(_full_day(m.group(1))) for m in _DAY_NAME.finditer(line)}
            stated |= {r for r in options if r.weekday() in days}  # "Mon 11/03/2024"
        for span in here:  # "Updated 13/03/2024": the page writes day-first
            first, second = (int(x) for x in re.split(r"[/.-]", span)[:2])
            if (first > 12) != (second > 12):
                stated.add(options[1] if first > 12 else options[0])
    for m in _URL_DATE.finditer(article.url or ""):  # ".../2024/03/11/ferry-..."
        try:
            stated.add(dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))))
        except ValueError:
            continue
    return {r: settings.SETTLE_PAGE_POINTS if r in stated else 0.0 for r in options}


def _story(article: Article, others: Sequence[Article]) -> dict[dt.date, float]:
    """Minus a point per SETTLE_STORY_DAYS of median distance to the other articles' dates."""
    dated = [a for a in others if a.published is not None]
    if not dated:
        return dict.fromkeys(article.published_alternatives, 0.0)

    def distance(r: dt.date, other: Article) -> int:
        return min(abs((r - d).days) for d in other.published_alternatives or (other.published,))

    return {
        r: -statistics.median(distance(r, o) for o in dated) / settings.SETTLE_STORY_DAYS
        for r in article.published_alternatives
    }


def _weekdays(article: Article) -> dict[dt.date, float]:
    """The log-likelihood of the weekdays named in past-tense sentences under each reading."""
    named = {
        _WEEKDAYS.index(m.group(1).lower())
        for sentence in _SENTENCE_END.split(article.text)
        if not _FUTURE.search(sentence)
        for m in _WEEKDAY_IN_TEXT.finditer(sentence)
    }
    back = settings.SETTLE_WEEKDAY_BACK
    return {
        r: sum(math.log(back[(r.weekday() - day) % 7]) for day in named)
        for r in article.published_alternatives
    }


def outlet_day_first(article: Article) -> bool | None:
    """Does the outlet's country write numeric dates day first (True), month first (False), or
    does its address not tell (None)? From the top-level domain of its URL (or of a source that
    is one): the country lists above."""
    address = article.url or (article.source if "://" in article.source else "")
    tld = (urlsplit(address).hostname or "").rsplit(".", 1)[-1]
    return True if tld in DAY_FIRST_TLDS else False if tld in MONTH_FIRST_TLDS else None


def _outlet(article: Article) -> dict[dt.date, float]:
    """SETTLE_OUTLET_POINTS for the reading of the convention of the outlet's country."""
    month_first, day_first = article.published_alternatives
    order = outlet_day_first(article)
    favoured = day_first if order is True else month_first if order is False else None
    return {r: settings.SETTLE_OUTLET_POINTS if r == favoured else 0.0 for r in (month_first, day_first)}


def _full_day(abbreviation: str) -> str:
    return next(day for day in _WEEKDAYS if day.startswith(abbreviation.lower()))
