"""Read how long something lasts, in any unit from minutes to decades: "six years", "a year and
a half", "18 months", "a two-year suspension", "more than a decade", "between two and four
years", as an interval in days.

compare.quantities reads hours, minutes, days and weeks too, but compare.numbers compares them
only where this module (and compare.duration_keys) reads a length, and as this module reads it;
months, years and decades it leaves as counts of time nouns, which compare.numbers skips. This
module reads every unit for compare.durations, which keys each length by what it is the length
of.

A length here is a span of time told as lasting, not a point in time nor an age:

    not read   "47 years old", "a 12-year-old"         (ages)
               "two years ago", "three years later", "in two years' time", "three years on"
               "every four years", "£34,500 a year"     (when-phrases, rates)
               "the past five years", "the next two months", "the first two years"
                                                        (a period the sentence measures by)
               "a few years", "decades"                 (no figure)
               "he would be famous one day", "at 1100 hours", "two hours away"
                                                        (some day, a time of day, a distance)
    read       "after 30 hours of talks", "after three days at sea", "recaptured after 26 hours"
                                                        (what lasted until then; not "after two
                                                        years": when)
               "evacuated in six hours"                 (marked `taken`: compare.duration_keys
                                                        keeps it only when told as done, not
                                                        "the rules take effect in 30 days")
               "delayed by up to three hours"

The interval says what the writer committed to: "six years" [6y, 6y], "about four months"
(+-15%), "nearly two years" [0.8 x 2y, 2y] (a length in months or years is rounded up to the
next figure more freely than a count is; hours, days and weeks are hedged as counts are), "more than a decade" (10y, inf), "up to five years" [0, 5y]. Months and years
against days and weeks allow DURATION_UNIT_SLACK each way ("six weeks" / "a month and a half").

What it does not do: calendar spans ("from March to June", "since 2014") are not lengths here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from accord import settings
from accord.compare.quantities import TENS_WORDS, UNITS_WORDS, parse_number

# units in days; a month is a twelfth of a year
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12,
         "year": 365.25, "decade": 3652.5}
# months and longer are counted on a calendar, days and shorter by the clock: across the two a
# length is read with DURATION_UNIT_SLACK ("a month" is 30 days or four weeks)
_CALENDAR = frozenset({"month", "year", "decade"})

_ONES = list(UNITS_WORDS)  # one ... nineteen, as compare.quantities reads them
_TENS = list(TENS_WORDS)
_WORDS = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES[:9])}))?|{'|'.join(sorted(_ONES, key=len, reverse=True))}"
          r"|a dozen|a couple of|half an?|an?)")
_NUM = rf"(?:\d+(?:\.\d+)?|{_WORDS})"
_HEDGES = {
    "lower": ("more than", "over", "at least", "in excess of", "upwards of", "longer than", "just over",
              "no less than", "a minimum of", "a minimum"),
    "upper": ("up to", "less than", "under", "at most", "no more than", "within", "just under",
              "a maximum of", "a maximum", "as long as", "as much as", "shorter than"),
    "near": ("nearly", "almost", "close to", "just short of"),
    "about": ("about", "around", "roughly", "some", "approximately", "an estimated", "around about"),
}
_HEDGE = "|".join(sorted((h for hs in _HEDGES.values() for h in hs), key=len, reverse=True))
_UNIT = r"(?:decades?|years?|months?|fortnights?|weeks?|days?|nights?|hours?|minutes?)"
_LENGTH = re.compile(
    rf"(?i)(?:\b(?P<hedge>{_HEDGE})\s+)?(?:\b(?P<between>between|from)\s+)?"
    rf"\b(?P<a>{_NUM})(?:\s*(?:-|–|to|or|and)\s*(?P<b>(?!an?\b){_NUM}))?"
    rf"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?(?P<glue>\s*[-–]\s*|\s+)(?P<unit>{_UNIT})\b"
    rf"(?:(?P<half2>\s+and\s+a\s+half)\b|\s+and\s+(?P<c>{_NUM})\s+(?P<unit2>months?|weeks?|days?|hours?|minutes?)\b)?"
)
# after the unit: an age, a point in time, a rate
_NOT_AFTER = re.compile(r"(?i)(?:\s*[-–]\s*|\s+)(?:old|olds)\b|\s+of\s+age\b|[-–]a-|"
                        r"['’]?s?\s+(?:ago|later|from now|hence|to the day|apart|in a row|running\b|"
                        r"on(?=\s*[,;.]|\s*$))|"
                        r"['’]s?\s+time\b|\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour)\b|"
                        r"['’]?s?\s+away\b")  # "two hours away": a distance
# "ten years after the crash", "two days before the vote": when, unless the length is said to
# last ("banned for four years after testing positive": a length and its cause)
_WHEN_AFTER = re.compile(r"(?i)['’]?s?\s+(?:after|before|earlier|into|prior|previously|early|late|behind|ahead|back)\b")
_LASTING_BEFORE = re.compile(r"(?i)\b(?:for|to|of|than|lasting|lasted|lasts|last|spent|served|serving|serve)\s+$")
# "of the", "of its" ...: after "of", a determiner opens a thing, not an activity ("30 hours of talks")
_DETERMINER = r"(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)"
# after "after": what lasted until then ("after 30 hours of talks", "after four days deliberating",
# "came up alive after three days underground", "after a week at sea"): a length; a bare "after
# two days" or "after three days of the festival" says when
_STATE_AFTER = re.compile(r"(?i)['’]?s?\s+(?:of\s+(?!" + _DETERMINER + r"\b)[a-z]|[a-z]+ing\b|underground\b|"
                          r"adrift\b|at\s+sea\b|on\s+the\s+run\b|"
                          r"in\s+(?:the\s+)?(?:rubble|wreckage|hospital|custody|captivity|detention|the\s+dark)\b|"
                          r"without\s+(?:power|electricity|water|food)\b)")
_AFTER_BEFORE = re.compile(r"(?i)\bafter\s+$")
# "flights were delayed by up to three hours": how long the delay was (not "cut by two years", a change)
_DELAY_BEFORE = re.compile(r"(?i)\b(?:delayed|postponed|held\s+up|pushed\s+back|late)\s+by\s+$")
_OF_ACTIVITY = re.compile(r"(?i)['’]?s?\s+of\s+(?!" + _DETERMINER + r"\b)[a-z]+")
# before the figure: a rate, a period the sentence measures by, a point in time
_NOT_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|this|these|those|that|our|my|your)\s+"
                         r"(?:past|last|next|previous|coming|first|final|remaining|other|following|preceding|"
                         r"same|latest|opening|initial)\s+$|\b(?:every|each|per|once|after|ago|before|by|since)\s+$|"
                         r"\b(?:past|previous|coming|following|preceding|remaining|final)\s+$")
# ... unless the sentence says a state lasted that long: "has been closed for the past two years",
# "the road reopened only after 13 hours", "services resumed after two days"
_STATE_BEFORE = re.compile(r"(?i)\bfor\s+(?:the|its|their|his|her)\s+(?:past|last)\s+$|"
                           r"\b(?:re-?opened|re-?opening|resumed|resuming)\s+(?:\w+\s+){0,2}?after\s+$")
_FIGURE_BEFORE = re.compile(r"[\d,.$£€]$")
_LONG_AFTER = re.compile(r"[-–]long\b")  # "a year-long strike", "a two-month-long closure"
# "sacked after 18 months in charge", "resigned after six years in office": a tenure, not a when
IN_POST = re.compile(r"(?i)\s+(?:in\s+(?:charge|office|power|post|the\s+(?:job|post|role|top\s+job|hot\s+seat))|"
                      r"at\s+the\s+(?:helm|club|top))\b")
# "in two years" is a point in time; "the first rise in two years", "the highest in 18 months" is
# how long since (compare.durations reads that key)
_IN_BEFORE = re.compile(r"(?i)\bin\s+$")
# a bare "a year" is a length only after these words ("banned for a year", "more than a year")
_ONE_AFTER = re.compile(r"(?i)\b(?:for|of|than|to|over|within|nearly|almost|about|around|least|just|some|"
                        r"roughly|another|only|in)\s+$")


@dataclass(frozen=True)
class Length:
    """A length of time told in a sentence, as an interval in days."""

    start: int  # span in the sentence, hedge included
    end: int
    low: float
    high: float
    hedge: str  # "exact" | "approx" | "lower" | "upper" | "range"
    calendar: bool  # told in months or longer
    glued: bool  # a compound modifier ("a two-year ban")
    unit_start: int  # where the unit word starts
    text: str  # as written
    label: str = ""  # as a value: "two years" for "a two-year", "11 days" for "an 11-day"
    # the clock hours of something done in sittings ("30 hours of deliberation", "19 hours of
    # talks"), which days of it may hold ("four days of deliberation")
    sittings: bool = False
    clock: bool = False  # told in hours or minutes
    # told with "in": how long something took ("the homes were evacuated in six hours"), or when
    # it will be ("the rules take effect in 30 days"): compare.duration_keys reads which
    taken: bool = False

    @property
    def point(self) -> float:
        return self.low if math.isinf(self.high) else (self.low + self.high) / 2


def _number(text: str) -> float | None:
    t = text.lower().strip()
    if t.startswith("half"):
        return 0.5
    if t == "a couple of":
        return 2.0
    return parse_number(t)


def _interval(hedge: str | None, value: float, calendar: bool = True) -> tuple[float, float, str]:
    """A hedged length as an interval: months and years are rounded coarsely ("about four months"
    for 16 weeks: DURATION_HEDGE_TOLERANCE, DURATION_NEAR_TOLERANCE); hours, days and weeks are told
    as counts are (NUMBER_HEDGE_TOLERANCE; "nearly" reaching 1.5 times as far down)."""
    h = (hedge or "").lower()
    if h in _HEDGES["lower"]:
        return value, math.inf, "lower"
    if h in _HEDGES["upper"]:
        return 0.0, value, "upper"
    if h in _HEDGES["near"]:
        near = settings.DURATION_NEAR_TOLERANCE if calendar else 1.5 * settings.NUMBER_HEDGE_TOLERANCE
        return value * (1 - near), value, "approx"
    if h in _HEDGES["about"]:
        tol = settings.DURATION_HEDGE_TOLERANCE if calendar else settings.NUMBER_HEDGE_TOLERANCE
        return value * (1 - tol), value * (1 + tol), "approx"
    return value, value, "exact"


def find_lengths(sentence: str) -> list[Length]:
    """Every length of time in `sentence`, left to right (see the module's docstring)."""
    return list(_read_lengths(sentence))


# each sentence read once per process: compare.durations reads every sentence's lengths, and
# compare.numbers the same sentence's again for each of its hours, days and weeks
@lru_cache(maxsize=4096)
def _read_lengths(sentence: str) -> tuple[Length, ...]:
    out = []
    for m in _LENGTH.finditer(sentence):
        unit = m.group("unit").lower().rstrip("s")
        a = _number(m.group("a"))
        if a is None or _NOT_AFTER.match(sentence, m.end("unit")) or _FIGURE_BEFORE.search(sentence, 0, m.start("a")):
            continue  # ("$80,000-a-year": the end of another figure)
        if unit == "hour" and re.fullmatch(r"[012]\d[0-5]\d", m.group("a")):
            continue  # "at 1100 hours": a time of day
        if unit in ("night", "day") and a == 1.0 and not m.group("glue").strip() and not (
                m.group("hedge") or _ONE_AFTER.search(sentence, 0, m.start()) or _LASTING_BEFORE.search(sentence, 0, m.start())):
            continue  # "one night while walking", "he would be famous one day": when, not how long
        after = bool(_AFTER_BEFORE.search(sentence, 0, m.start()))
        if _NOT_BEFORE.search(sentence, 0, m.start()) and not (
                IN_POST.match(sentence, m.end()) or _STATE_BEFORE.search(sentence, 0, m.start())
                or (after and (unit not in _CALENDAR or _STATE_AFTER.match(sentence, m.end())))
                or _DELAY_BEFORE.search(sentence, 0, m.start())):
            continue
        if _WHEN_AFTER.match(sentence, m.end("unit")) and not (
                m.group("glue").strip() or _LASTING_BEFORE.search(sentence, 0, m.start())):
            continue
        long = _LONG_AFTER.match(sentence, m.end("unit"))
        if m.group("a").lower() in ("a", "an") and not (m.group("hedge") or long or _ONE_AFTER.search(sentence, 0, m.start())):
            continue  # "£34,500 a year", "a year when ...": no length
        taken = bool(_IN_BEFORE.search(sentence, 0, m.start())) and not _since_before(sentence, m.start())
        if taken and not m.group("hedge") and unit in _CALENDAR:
            continue  # "in two years": when
        b = _number(m.group("b")) if m.group("b") else None
        if m.group("half") or m.group("half2"):
            a, b = (a + 0.5, b + 0.5) if b is not None and m.group("half") else (a + 0.5, b)
        extra = 0.0
        if m.group("c"):
            c = _number(m.group("c"))
            extra = (c or 0.0) * _DAYS[m.group("unit2").lower().rstrip("s")]
        days = _DAYS[unit]
        if b is not None:
            low, high, hedge = min(a, b) * days + extra, max(a, b) * days + extra, "range"
        else:
            low, high, hedge = _interval(m.group("hedge"), a * days + extra, unit in _CALENDAR)
        if unit == "night" and hedge != "lower":
            high += 1.0  # "a seven-night cruise" is an eight-day one
        calendar = unit in _CALENDAR or bool(m.group("unit2") and m.group("unit2").lower().startswith("month"))
        glued = bool(long) or "-" in m.group("glue") or "–" in m.group("glue")
        end = long.end() if long else m.end()
        word = m.group("unit").lower().rstrip("s")
        plural = word + ("s" if (b is not None or _number(m.group("a")) != 1.0 or m.group("half")) else "")
        label = f"{sentence[m.start():m.start('glue')]} {plural}{sentence[m.end('unit'):m.end()]}"
        sittings = unit in ("hour", "minute") and bool(_OF_ACTIVITY.match(sentence, end))
        out.append(Length(m.start(), end, low, high, hedge, calendar, glued, m.start("unit"),
                          sentence[m.start():end], label, sittings, unit in ("hour", "minute"), taken))
    return tuple(out)


# "the first rise in", "for the first time in", "the highest level in", "the deadliest quake to
# hit the region in": how long since the last (up to five words between)
_SINCE_BEFORE = re.compile(r"(?i)\b(?:first|(?P<most>highest|biggest|largest|strongest|best|worst|deadliest|"
                           r"longest|fastest|heaviest|most\s+[a-z]+)|(?P<least>lowest|smallest|weakest|"
                           r"fewest|shortest|slowest|least\s+[a-z]+))\s+(?:[\w'’-]+\s+){0,5}?in\s+$")


def _since_before(sentence: str, at: int) -> re.Match | None:
    return _SINCE_BEFORE.search(sentence, max(0, at - 80), at)


def since_word(sentence: str, at: int) -> str | None:
    """How long since, for the length at `at`: "first" when it is since something last happened
    ("its first rise in 14 months"), "most" or "least" since a level or a size was last seen ("the
    highest in 18 months", "the deadliest quake in 30 years"); else None."""
    m = _since_before(sentence, at)
    if not m:
        return None
    return "most" if m.group("most") else "least" if m.group("least") else "first"


def compatible(a: Length, b: Length) -> bool:
    """Can both lengths be true? Intervals that overlap, with DURATION_UNIT_SLACK when one is told
    in calendar units and the other by the clock; two bounds on one side always can."""
    within = a.text.lower().startswith("within") and b.text.lower().startswith("within")
    if a.hedge == b.hedge and a.hedge in ("lower", "upper") and not within:
        return True
    if within:  # "must leave within 30 minutes" / "within an hour": two deadlines, told as values
        slack = settings.DURATION_UNIT_SLACK if a.calendar != b.calendar else 0.0
        return a.high * (1 - slack) <= b.high * (1 + slack) + 1e-9 and b.high * (1 - slack) <= a.high * (1 + slack) + 1e-9
    for hours, days in ((a, b), (b, a)):
        if hours.sittings and not days.clock and hours.low <= days.high * (1 + settings.DURATION_UNIT_SLACK):
            return True  # "30 hours of deliberation" over "four days": the sittings' hours, in the days
    slack = settings.DURATION_UNIT_SLACK if a.calendar != b.calendar else 0.0
    # a figure's last unit is its rounding: "18 months" and "a year and a half" are one length
    return a.low * (1 - slack) <= b.high * (1 + slack) + 1e-9 and b.low * (1 - slack) <= a.high * (1 + slack) + 1e-9
