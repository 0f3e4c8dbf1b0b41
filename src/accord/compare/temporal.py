"""Date expressions in a sentence, resolved against the article's own reference date.

Regular expressions find the spans ("on Monday", "Sunday night", "yesterday", "Sept. 14",
"15 August", "August 31, 2021", "earlier this month", "in August"); absolute spans are read by
dateparser on the span alone (never `search_dates` over free text: it takes "We" or "May" for
dates, see ../shared/DEPENDENCIES.md), relative ones by calendar arithmetic from a reference date:

- the article's publication date, else the date in its dateline ("KABUL, Sept 6 (Reuters) -"),
- else, for an undated article, the latest publication date of the story's other articles when
  they fall within a week of one another (marked `inferred`: the weekday stated in the text then
  stays what comparisons look at),
- else none: a weekday stays a weekday, and is compared as one.

A bare weekday points back (news reports what happened: "on Monday" in a Tuesday paper is the
day before) unless the sentence speaks of the future ("will", "is due", "is expected", "next"),
then forward; "last Monday"/"next Monday" say it outright. This is the rule of rule-based news
temporal taggers (HeidelTime's news domain, Strötgen and Gertz 2013: anchor on the document
creation time, direction from tense).

What it does not do: clock times, durations ("for three days"), and vague spans ("recently",
"last week" only gives a week, kept for the timeline as a month at most).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass

from accord.types import Article

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EXPR = re.compile(
    rf"(?P<md>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?)"
    rf"|(?P<dm>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(?P<y2>\d{{4}})\b)?)"
    rf"|(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<wd>\b(?:(?P<wdmod>last|next|this|on|late on|early on|later|late|earlier|early)\s+)?"
    rf"(?P<wdname>{_WEEKDAY})\b{_DAY_PART}?)"
    rf"|(?P<rel>\b(?:yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|"
    rf"this evening)\b)"
    rf"|(?P<month>\b(?:earlier|later|late|early)\s+this\s+month\b|\bthis month\b|\blast month\b|"
    rf"\bnext month\b|\b(?:in|since|during|until|by|early|late|mid-?)\s*(?P<mname>{_MONTH})"
    rf"(?:\s+(?P<y3>\d{{4}}))?\b)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|"
    r"is set to|are set to|plans? to|planning to|is to|are to|to be held|next|upcoming|"
    r"is going to|are going to)\b",
    re.IGNORECASE,
)
_YEAR_NEAR = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*(?:people|persons|troops|\w+s\b))")
_DATELINE_DATE = re.compile(rf"({_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)")


@dataclass(frozen=True)
class DateMention:
    start: int  # span in the sentence text
    end: int
    text: str  # as written ("on Monday", "Sept. 14")
    date: dt.date | None  # the day, when it can be known
    month: str | None  # "YYYY-MM" when only the month is known (or the day's month)
    weekday: int | None  # 0 = Monday: stated, or from a date that does not rest on inference
    month_day: tuple[int, int] | None  # stated month and day (absolute dates)
    firm: bool  # the date rests on the article's own date or on the text, not on inference
    precision: str  # "day" | "month"
    month_number: int | None = None  # the month of the year, known even when the year is not

    @property
    def iso(self) -> str | None:
        if self.precision == "day" and self.date is not None:
            return self.date.isoformat()
        return self.month


@dataclass(frozen=True)
class Reference:
    date: dt.date | None
    firm: bool  # from the article itself (publication date, dateline)
    year: int | None  # for absolute dates without a year


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower()[:3]]


@functools.lru_cache(maxsize=64)
def _date_parser(base: dt.date | None):
    """One English dateparser per reference date: building a parser (and its settings) per call
    recompiled dateparser's regexes every time (~4% of report time, issue 8)."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["day", "month"]}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def _dateparse(span: str, base: dt.date | None) -> dt.date | None:
    """dateparser's reading of one span against one reference date (spans repeat across a story)."""
    parsed = _date_parser(base).get_date_data(span)["date_obj"]
    return parsed.date() if parsed is not None else None


def _parse_absolute(
    span: str, ref: dt.date | None, year: int | None, future: bool | None = None
) -> dt.date | None:
    """A day-month span read by dateparser on the span alone; the year from the text or ref."""
    base = ref or (dt.date(year, 7, 1) if year else None)
    d = _dateparse(span.replace(" of ", " "), base)
    if d is None:
        return None
    if not re.search(r"\d{4}", span) and ref is not None:
        # no year written: the occurrence nearest to the article's date, on the side the
        # tense points to (a past-tense "on Sept. 14" in a May paper is last September)
        candidates = [c for c in (_replace_year(d, ref.year + k) for k in (-1, 0, 1)) if c]
        if future is False:
            candidates = [c for c in candidates if (c - ref).days <= 7] or candidates
        elif future is True:
            candidates = [c for c in candidates if (ref - c).days <= 7] or candidates
        d = min(candidates, key=lambda c: abs((c - ref).days))
    elif not re.search(r"\d{4}", span) and year is None:
        return None
    return d


def _replace_year(d: dt.date, year: int) -> dt.date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


def _shift_month(d: dt.date, k: int) -> str:
    m = d.month - 1 + k
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


def find_dates(sentence: str, ref: Reference) -> list[DateMention]:
    """Every date expression of `sentence`, resolved as far as `ref` allows."""
    out = []
    future = bool(_FUTURE.search(sentence))
    for m in _EXPR.finditer(sentence):
        start, end, text = m.start(), m.end(), m.group(0)
        if m.group("md") or m.group("dm") or m.group("iso"):
            span = m.group("md") or m.group("dm") or m.group("iso")
            if m.group("iso"):
                try:
                    d = dt.date.fromisoformat(span)
                except ValueError:
                    continue
            else:
                near = _YEAR_NEAR.findall(sentence[max(0, start - 40) : end + 40])
                if len(set(near)) == 1 and not re.search(r"\d{4}", span):
                    # "in 2001 after the Sept. 11 attacks": the year the sentence gives
                    span = f"{span} {near[0]}"
                d = _parse_absolute(span, ref.date, ref.year, future)
            md = None
            mo = re.search(_MONTH, span, re.IGNORECASE)
            day = re.search(r"\d{1,2}", re.sub(r"\d{4}", "", span))
            if mo and day:
                md = (_month_number(mo.group(0)), int(day.group(0)))
            # a year written or the article's own date makes the day firm; a year guessed from
            # the rest of the story does not (its weekday would be a guess)
            firm = d is not None and (bool(re.search(r"\d{4}", span)) or ref.firm)
            out.append(DateMention(start, end, text, d, d.strftime("%Y-%m") if d else None,
                                   d.weekday() if d and firm else None, md, firm, "day",
                                   md[0] if md else None))
        elif m.group("wd"):
            wd = WEEKDAYS.index(m.group("wdname").lower())
            mod = (m.group("wdmod") or "").lower()
            d = None
            if ref.date is not None:
                back = (ref.date.weekday() - wd) % 7
                fwd = (wd - ref.date.weekday()) % 7
                if mod == "last":
                    d = ref.date - dt.timedelta(days=back or 7)
                elif mod == "next":
                    d = ref.date + dt.timedelta(days=fwd or 7)
                elif future and not back == 0:
                    d = ref.date + dt.timedelta(days=fwd)
                else:
                    d = ref.date - dt.timedelta(days=back)
            out.append(DateMention(start, end, text, d, d.strftime("%Y-%m") if d else None, wd,
                                   None, bool(d) and ref.firm, "day", d.month if d else None))
        elif m.group("rel"):
            if ref.date is None:
                continue
            word = m.group("rel").lower()
            delta = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
            d = ref.date + dt.timedelta(days=delta)
            out.append(DateMention(start, end, text, d, d.strftime("%Y-%m"),
                                   d.weekday() if ref.firm else None, None, ref.firm, "day",
                                   d.month))
        elif m.group("month"):
            month, number = _month_expression(m, ref)
            if month or number:
                firm = ref.firm or bool(m.group("y3"))
                out.append(DateMention(start, end, text, None, month, None, None, firm, "month",
                                       number))
    return out


def _month_expression(m: re.Match, ref: Reference) -> tuple[str | None, int | None]:
    """("YYYY-MM" when the year can be known, the month of the year) of a month expression."""
    text = m.group("month").lower()
    if m.group("mname"):
        if m.group("mname").lower() == "may" and not m.group("y3"):
            return None, None  # "in may" is far more often the verb
        number = _month_number(m.group("mname"))
        year = int(m.group("y3")) if m.group("y3") else None
        if year is None and ref.date is not None:
            year = ref.date.year - (1 if number > ref.date.month + 2 else 0)
        year = year or ref.year
        return (f"{year:04d}-{number:02d}" if year else None), number
    if ref.date is None:
        return None, None
    k = -1 if "last" in text else (1 if "next" in text else 0)
    month = _shift_month(ref.date, k)
    return month, int(month[5:])


def story_year(articles: list[Article] | tuple[Article, ...]) -> int | None:
    """The year most dates of the story carry: publication years, else years written in full
    dates ("August 31, 2021"). Used for "15 August" in an undated article."""
    years = Counter(a.published.year for a in articles if a.published)
    if not years:
        for a in articles:
            for m in re.finditer(rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
                                 rf"|\d{{1,2}}\s+{_MONTH},?\s+((?:19|20)\d\d)\b", a.text):
                years[int(m.group(1) or m.group(2))] += 1
    return years.most_common(1)[0][0] if years else None


def references(articles: list[Article] | tuple[Article, ...]) -> dict[str, Reference]:
    """Each article's reference date (see the module docstring for the order of sources)."""
    year = story_year(articles)
    own: dict[str, dt.date | None] = {}
    for a in articles:
        d = a.published
        if d is None and a.dateline:
            dm = _DATELINE_DATE.search(a.dateline)
            if dm:
                d = _parse_absolute(dm.group(0), None, year or dt.date.today().year)
        own[a.id] = d
    dated = sorted(d for d in own.values() if d)
    fallback = dated[-1] if dated and (dated[-1] - dated[0]).days <= 7 else None
    out = {}
    for a in articles:
        if own[a.id] is not None:
            out[a.id] = Reference(own[a.id], True, own[a.id].year)
        else:
            out[a.id] = Reference(fallback, False, year)
    return out
