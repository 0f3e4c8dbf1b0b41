"""Date expressions in a sentence, resolved against the article's own reference date.

Regular expressions find the spans ("on Monday", "Sunday night", "yesterday", "Sept. 14",
"15 August", "August 31, 2021", "earlier this month", "in August", "by the end of June"); absolute spans are read by
dateparser on the span alone (never `search_dates` over free text: it takes "We" or "May" for
dates, see ../shared/DEPENDENCIES.md), relative ones by calendar arithmetic from a reference date:

- the article's publication date, else the date in its dateline ("KABUL, Sept 6 (Reuters) -"),
- else, for an undated article, the latest publication date of the story's other articles when
  they fall within a week of one another (marked `inferred`: the weekday stated in the text then
  stays what comparisons look at),
- else none: a weekday stays a weekday, and is compared as one.

A weekday, a month or a day without a year points back or forward by the tense of its own
clause (compare.tense: "The board, which met on Monday, will rule on Friday"), by its modifier
("last", "next", and the words spun copy puts for them: "previous", "subsequent", "coming"),
or, when the clause gives no tense, by whether the sentence speaks of the future at all. This is
the rule of rule-based news temporal taggers (HeidelTime's news domain, Strötgen and Gertz 2013:
anchor on the document creation time, direction from tense).

A weekday named as a day of something ("has declared Monday a day of mourning") is that day
ahead of the article (or the article's own), whatever the tense of the naming.

Also resolved: deadlines and offsets as the day they fall on ("has 14 days to appeal", "within
10 days" in a clause about the future, "10 days from today", "three days ago"), days anchored on
a day named earlier in the same sentence ("on Friday ... the following day"), "the day before
yesterday", months with a year word ("in May last year", "since August"), and "the end of the
month". Weekdays are read in compare.weekdays ("on Tuesday last week", "Friday the 12th", a
weekday beside its date: "on Friday, June 26" is that Friday), numeric dates ("12.06.2026") in
compare.numeric_dates, in the order the article writes them (`Reference.day_first`).

What it does not do: clock times and time zones, durations ("for three days", "the first rain
in 40 days"), days anchored on another sentence ("the day before" alone), named days ("Black
Friday"), and vague spans ("recently", "last week").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from accord.clean.settle import NUMERIC_DATE_IN_TEXT
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
# Modifiers of a weekday, as written and as machine-spun copy rewords them ("subsequent Thursday")
_BACK_MODS = ("last", "previous", "past", "prior", "preceding", "this past")
_FORWARD_MODS = ("next", "subsequent", "following", "coming", "upcoming", "this coming")
_WD_MOD = "|".join(sorted((*_BACK_MODS, *_FORWARD_MODS), key=len, reverse=True))
# Named days that are not the weekday of this week: "Black Friday", "Good Friday", "Super Tuesday"
_NAMED_DAY = re.compile(r"(?:Black|Good|Holy|Maundy|Ash|Easter|Palm|Super|Cyber|Bloody|Shrove|Giving|"
                        r"Whit|Plough|Blue|Mad)\s+$")
# A bare weekday named as a day of something ("declared Monday a day of mourning", "made Friday a
# public holiday", "set Thursday as the day of the vote"): the words after the weekday
DESIGNATION = re.compile(r"\s+(?:as\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:day|holiday)\b")
_NUM = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|twenty|twenty-one|thirty|forty|forty-five|sixty|ninety)")
_UNIT = r"(?:days?|weeks?|fortnights?|months?|hours?)"
_NUM_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen".split())} | {"a": 1, "an": 1, "twenty": 20, "twenty-one": 21, "thirty": 30,
                          "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90}
_EXPR = re.compile(
    rf"(?P<md>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?)"
    rf"|(?P<dm>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(?P<y2>\d{{4}})\b)?)"
    rf"|(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<num>{NUMERIC_DATE_IN_TEXT})"
    rf"|(?P<anch>\b(?:the\s+(?:following|next|previous|preceding)\s+day|the\s+day\s+(?:before|after)"
    rf"(?!\s+(?:yesterday|tomorrow))|(?:a|one|two|three|\d)\s+days?\s+(?:later|earlier|before|after)"
    rf"(?!\s+(?:that|the|a|an|his|her|their|its)\b))\b)"
    # deadlines and offsets: "within 10 days", "has 14 days to", "10 days from today", "in two
    # weeks' time", "three days ago"
    rf"|(?P<off>\b(?:(?P<offpre>within|in|has|have|given|gets?|granted|allowed)\s+)?(?:the\s+next\s+)?"
    rf"\b(?P<offn>{_NUM}|a)\s+(?P<offu>{_UNIT})(?:[’']s?)?"
    rf"(?P<offpost>\s+(?:from\s+(?:today|now)|ago|time|to|in\s+which\s+to)\b)?)"
    rf"|(?P<wd>\b(?:(?P<wdmod>{_WD_MOD}|on|late on|early on|later|late|earlier|early|this)\s+)?"
    rf"(?P<wdname>{_WEEKDAY})\b{_DAY_PART}?)"
    rf"|(?P<rel>\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tonight|"
    rf"tomorrow|last night|this morning|this afternoon|this evening)\b)"
    rf"|(?P<month>\b(?:earlier|later|late|early)\s+this\s+month\b|\bthis month\b|\blast month\b|"
    rf"\bnext month\b|\b(?:by\s+|before\s+|at\s+)?the\s+end\s+of\s+(?:the|this)\s+month\b|"
    rf"\b(?P<mpre>(?:(?:by|before|at|until|till)\s+)?the\s+end\s+of|"
    rf"in|since|during|until|till|by|from|before|after|early|late|mid-?|last|next|this)"
    rf"\s*(?P<mname>{_MONTH})(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(?P<y3>\d{{4}}))?\b"
    rf"(?:\s+(?P<yrel>last\s+year|this\s+year|next\s+year|(?:two|three|\d)\s+years\s+ago)\b)?)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|"
    r"is set to|are set to|plans? to|planning to|is to|are to|to be held|next|upcoming|"
    r"is going to|are going to|expects?|forecasts?)\b",
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
    # how the article writes numeric dates ("12.06.2026"): day first (True), month first (False),
    # None when nothing tells (compare.numeric_dates)
    day_first: bool | None = None


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


_PLAIN_DAY = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _dateparse(span: str, base: dt.date | None) -> dt.date | None:
    """dateparser's reading of one span against one reference date (spans repeat across a story).

    The shapes `_EXPR` finds ("Sept. 14", "14th March 2024") are read directly when the day is a
    real one: the same date dateparser gives (its settings here take the year written, else the
    reference date's), checked on every month spelling, day and year form against dateparser
    itself (tests/test_compare_dates.py); this spares each run dateparser's set-up (~0.4 s
    of a five-article run) and ~3 ms a span. Anything else goes to dateparser."""
    plain = _PLAIN_DAY.fullmatch(span.strip())
    if plain and (base is not None or plain.group("y1") or plain.group("y2")):
        month = _month_number(plain.group("m1") or plain.group("m2"))
        day = int(plain.group("d1") or plain.group("d2"))
        year = int(plain.group("y1") or plain.group("y2") or base.year)
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass  # "February 30", "29 February" outside a leap year: dateparser's own reading
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
    return list(_read_dates(sentence, ref))


@functools.lru_cache(maxsize=4096)  # compare reads a story's sentences, claims its facts' again
def _read_dates(sentence: str, ref: Reference) -> tuple[DateMention, ...]:
    out: list[DateMention] = []
    future = bool(_FUTURE.search(sentence))
    for m in _EXPR.finditer(sentence):
        if m.group("md") or m.group("dm") or m.group("iso"):
            found = _absolute(m, sentence, ref, future)
        elif m.group("num"):
            found = _numeric(m, ref)
        elif m.group("off"):
            found = _offset(m, sentence, ref)
        elif m.group("anch"):
            found = _anchored(m, out, ref)
        elif m.group("wd"):
            found = _weekday(m, sentence, ref, future)
        elif m.group("rel"):
            found = _relative_day(m, ref)
        else:
            found = _month_mention(m, sentence, ref)
        if found is not None:
            if out and found.month_day and found.date and found.date.weekday() == out[-1].weekday and \
                    re.search(_WEEKDAY, out[-1].text, re.I) and re.fullmatch(r",?\s+(?:the\s+)?", sentence[out[-1].end:found.start]):
                # "on Friday, June 26": the weekday is that day, whichever Friday is nearest
                out[-1] = replace(out[-1], date=found.date, month=found.month, month_number=found.month_number)
            out.append(found)
    return tuple(out)


def _numeric(m: re.Match, ref: Reference) -> DateMention | None:
    from accord.compare.numeric_dates import numeric_date  # it reads this module's records

    return numeric_date(m, ref)


def _day(m: re.Match, text_start: int, d: dt.date, ref: Reference, weekday: int | None = None,
         firm: bool | None = None) -> DateMention:
    """A day-precision mention of `d` for the span of `m` starting at `text_start`."""
    firm = ref.firm if firm is None else firm
    return DateMention(text_start, m.end(), m.group(0)[text_start - m.start():], d,
                       d.strftime("%Y-%m"), weekday if weekday is not None else (d.weekday() if firm else None),
                       None, firm, "day", d.month)


def _direction(sentence: str, start: int, end: int, future: bool, strict: bool = False) -> int:
    """-1 (back) or 1 (forward) for the expression at sentence[start:end]: its clause's tense
    (compare.tense), else whether the sentence speaks of the future at all."""
    from accord.compare.tense import direction

    found = direction(sentence, start, end, strict)
    if found is not None:
        return found
    return 1 if future else -1


def _absolute(m: re.Match, sentence: str, ref: Reference, future: bool) -> DateMention | None:
    start, end = m.start(), m.end()
    span = m.group("md") or m.group("dm") or m.group("iso")
    if m.group("iso"):
        try:
            d = dt.date.fromisoformat(span)
        except ValueError:
            return None
    else:
        near = _YEAR_NEAR.findall(sentence[max(0, start - 40) : end + 40])
        if len(set(near)) == 1 and not re.search(r"\d{4}", span):
            # "in 2001 after the Sept. 11 attacks": the year the sentence gives
            span = f"{span} {near[0]}"
        tense = None
        if ref.date is not None and not re.search(r"\d{4}", span):
            tense = _direction(sentence, start, end, future) > 0
        d = _parse_absolute(span, ref.date, ref.year, tense)
    md = None
    mo = re.search(_MONTH, span, re.IGNORECASE)
    day = re.search(r"\d{1,2}", re.sub(r"\d{4}", "", span))
    if mo and day:
        md = (_month_number(mo.group(0)), int(day.group(0)))
    # a year written or the article's own date makes the day firm; a year guessed from
    # the rest of the story does not (its weekday would be a guess)
    firm = d is not None and (bool(re.search(r"\d{4}", span)) or ref.firm)
    return DateMention(start, end, m.group(0), d, d.strftime("%Y-%m") if d else None,
                       d.weekday() if d and firm else None, md, firm, "day",
                       md[0] if md else None)


def _offset(m: re.Match, sentence: str, ref: Reference) -> DateMention | None:
    """A deadline or an offset from the article's date: "within 10 days", "has 14 days to",
    "10 days from today", "in two weeks' time", "three days ago". A bare duration ("for three
    days", "the first rain in 40 days") names no date and is left out."""
    if ref.date is None:
        return None
    pre = (m.group("offpre") or "").lower()
    post = " ".join((m.group("offpost") or "").lower().split())
    n = _NUM_WORDS.get(m.group("offn").lower()) or (int(m.group("offn")) if m.group("offn").isdigit() else 0)
    if not n:
        return None
    sign = -1 if post == "ago" else 1
    if post in ("from today", "from now", "ago", "time"):
        pass
    elif pre in ("has", "have", "given", "get", "gets", "granted", "allowed") and post in ("to", "in which to"):
        pass  # "has 14 days to lodge an appeal", "have been given 10 days to object"
    elif pre in ("within", "in") and _direction(sentence, m.start(), m.end("offu"), False, pre == "in") > 0:
        pass  # "must settle claims within 30 days", "could follow within a fortnight", "will
        # resume in 10 days" (not "is the second in two days")
    else:
        return None
    unit = m.group("offu").lower().rstrip("s")
    if unit == "hour":
        if n % 24:
            return None  # "within 36 hours": no day to name
        n, unit = n // 24, "day"
    if unit == "month":
        total = ref.date.month - 1 + sign * n
        year, month = ref.date.year + total // 12, total % 12 + 1
        day = min(ref.date.day, calendar.monthrange(year, month)[1])
        d = dt.date(year, month, day)
    else:
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        d = ref.date + dt.timedelta(days=sign * days)
    text_start = m.start("offn") if pre in ("has", "have", "given", "get", "gets", "granted", "allowed") else m.start()
    # not firm: a deadline counted from each article's own day is no claim about a calendar day
    # that another article, dated a day later, could contradict (compare.dates leaves it alone)
    return _day(m, text_start, d, ref, firm=False)


def _anchored(m: re.Match, earlier: list[DateMention], ref: Reference) -> DateMention | None:
    """ "the following day", "a day earlier", "two days later": from the last day named before it
    in the same sentence; with none, the anchor is unknown and nothing is said."""
    anchor = next((d for d in reversed(earlier) if d.date is not None and d.precision == "day"), None)
    if anchor is None:
        return None
    text = " ".join(m.group(0).lower().split())
    first = text.split()[0]
    n = 1 if first in ("the", "a", "one") else (_NUM_WORDS.get(first) or int(first))
    back = any(w in text for w in ("before", "earlier", "previous", "preceding"))
    d = anchor.date + dt.timedelta(days=-n if back else n)
    return _day(m, m.start(), d, ref, firm=anchor.firm)


def _weekday(m: re.Match, sentence: str, ref: Reference, future: bool) -> DateMention | None:
    from accord.compare.weekdays import weekday  # it reads this module's records and modifiers

    return weekday(m, sentence, ref, future)


def _relative_day(m: re.Match, ref: Reference) -> DateMention | None:
    if ref.date is None:
        return None
    word = " ".join(m.group("rel").lower().split())
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}.get(word, 0)
    return _day(m, m.start(), ref.date + dt.timedelta(days=delta), ref)


def _month_mention(m: re.Match, sentence: str, ref: Reference) -> DateMention | None:
    name = m.group("mname")
    if name and not name[0].isupper():
        return None  # "in march", "since august": verbs and adjectives, not months
    if name and name.lower() == "may" and not m.group("mpre")[0].isupper() and not m.group("y3") and \
            m.group("mpre").lower() not in ("in", "since", "until", "till", "by", "from", "during", "last",
                                            "next", "early", "late", "mid", "mid-") and \
            not m.group("mpre").lower().endswith(" of"):
        return None
    month, number = _month_expression(m, sentence, ref)
    if not (month or number):
        return None
    firm = ref.firm or bool(m.group("y3"))
    return DateMention(m.start(), m.end(), m.group(0), None, month, None, None, firm, "month", number)


def _month_expression(m: re.Match, sentence: str, ref: Reference) -> tuple[str | None, int | None]:
    """("YYYY-MM" when the year can be known, the month of the year) of a month expression."""
    text = " ".join(m.group("month").lower().split())
    if m.group("mname"):
        number = _month_number(m.group("mname"))
        year = int(m.group("y3")) if m.group("y3") else None
        pre = m.group("mpre").lower()
        yrel = " ".join((m.group("yrel") or "").lower().split())
        if year is None and ref.date is not None:
            now = ref.date
            if yrel:
                k = {"last year": -1, "this year": 0, "next year": 1}.get(yrel)
                year = now.year + (k if k is not None else -_NUM_WORDS.get(yrel.split()[0], 0)
                                   if not yrel[0].isdigit() else -int(yrel.split()[0]))
            elif pre == "last" or pre == "since":
                year = now.year - (1 if number >= now.month and pre == "last" or number > now.month else 0)
            elif pre == "next":
                year = now.year + (1 if number <= now.month else 0)
            elif pre == "this":
                year = now.year
            else:
                from accord.compare.tense import direction

                way = direction(sentence, m.start(), m.end()) if pre not in ("before", "after") else None
                if way is not None and way > 0:
                    year = now.year + (1 if number < now.month else 0)
                elif way is not None:
                    year = now.year - (1 if number > now.month else 0)
                else:  # no tense to go by: this year's, unless that is well ahead of the article
                    year = now.year - (1 if number > now.month + 2 else 0)
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
    from accord.compare.numeric_dates import day_first

    out = {}
    for a in articles:
        if own[a.id] is not None:
            out[a.id] = Reference(own[a.id], True, own[a.id].year, day_first(a))
        else:
            out[a.id] = Reference(fallback, False, year, day_first(a))
    return out
