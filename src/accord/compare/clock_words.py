"""Times of day told in words: "half past eleven", "a quarter to twelve", "ten past six in the
evening", "twenty to nine", "eleven o'clock"; and the parts of a day ("this afternoon").

compare.clock reads digits ("11:30", "11.30am") and an hour word with its half of the day ("five
in the morning"); a time told the spoken way was not read at all, or read as its hour alone ("a
quarter to ten in the morning" as ten). Each is read here as minutes after midnight, with the
half of the day its words give ("in the morning", "at night", "this afternoon", "yesterday
morning", "a.m.", "p.m."); without one, "half past eleven" is 11:30 or 23:30, and `twelve` says
so: compare.clock then counts two times apart only when both readings are.

`PART` and `PARTS` are the parts of a day compare.clock reads where no time is given ("this
afternoon", "tomorrow morning", "on Friday evening", "in the early hours"), each a span of
minutes an hour wider than the clock's.

What it does not do: a bare hour word ("at eleven": a count as often as a time), "after" and
"before" as "past" and "to" ("ten after six": a count and a bound just as often), "night" (it
straddles two days).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.compare.quantities import UNITS_WORDS

# the hours of a clock face in words ("one" ... "twelve", compare.quantities' number words), and noon
HOUR_WORDS = {w: n for w, n in UNITS_WORDS.items() if n <= 12}
_HOURS = {**HOUR_WORDS, "noon": 12, "midday": 12, "midnight": 0}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty-five": 25, "half": 30}
_HOUR = "|".join(sorted(_HOURS, key=len, reverse=True))
_MINUTE = "|".join(sorted(_MINUTES, key=len, reverse=True))
_HALF = (r"(?:\s+(?P<half>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|"
         r"(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|a\.\s?m\.|p\.\s?m\.|am\b|pm\b))?")
SPOKEN = re.compile(
    r"\b(?:(?P<hedge>shortly after|shortly before|just after|just before|soon after|around|about|"
    r"approximately|roughly|at around|at about)\s+)?(?:at\s+)?"
    rf"(?:(?:a\s+)?(?P<minute>{_MINUTE}|\d{{1,2}})(?:\s+minutes)?\s+(?P<way>past|to)\s+(?P<hour>{_HOUR}|1[0-2]|[1-9])\b"
    rf"|(?P<oclock>{_HOUR}|1[0-2]|[1-9])\s+o'clock\b)" + _HALF,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpokenTime:
    start: int
    end: int
    minute: int  # minutes after midnight, in the morning's reading when `twelve`
    hedge: str  # "about", "shortly after", ... or ""
    twelve: bool  # no half of the day given: the time or twelve hours later


def spoken_times(sentence: str) -> list[SpokenTime]:
    """Every time of day told in words in `sentence`, left to right."""
    out = []
    for m in SPOKEN.finditer(sentence):
        word = (m.group("hour") or m.group("oclock")).lower()
        hour = _HOURS[word] if word in _HOURS else int(word)
        minute, to = 0, False
        if m.group("minute"):
            raw = m.group("minute").lower()
            minute = _MINUTES[raw] if raw in _MINUTES else int(raw)
            to = m.group("way").lower() == "to"
            if raw.isdigit() and to and not m.group(0).lower().count("minutes"):
                continue  # "won 10 to 8": a score, not a time
            if not 0 < minute < 60:
                continue
        half = " ".join((m.group("half") or "").lower().replace(".", "").split())
        twelve = False
        if word in ("noon", "midday", "midnight"):
            base = 720 if word != "midnight" else (1440 if to else 0)
            t = base - minute if to else base + minute
        else:
            # "a quarter to twelve" falls in the eleventh hour: 11:45 (or 23:45)
            h, mm = (hour - 1, 60 - minute) if to else (hour, minute)
            h %= 12
            if half == "am" or half.endswith("morning"):
                t = h * 60 + mm
            elif half:
                t = (h + 12) * 60 + mm
            else:
                t, twelve = h * 60 + mm, True
        out.append(SpokenTime(m.start(), m.end(), t % 1440, (m.group("hedge") or "").lower(), twelve))
    return out


# parts of the day, an hour wider than the clock on each side: "Friday afternoon" is said of
# 6.30 p.m. too, "late morning" of 12.30
PARTS = {"early hours": (0, 420), "small hours": (0, 420), "before dawn": (0, 480),
         "morning": (240, 780), "afternoon": (660, 1140), "evening": (960, 1439),
         # a weekday's morning holds its small hours too ("at 2:15 on Thursday morning")
         "weekday morning": (0, 780)}
# "this afternoon", "yesterday morning", "tomorrow evening" and a weekday's are parts of one day
PART = re.compile(r"\b(?:in the (?P<early>early|small) hours|(?P<dawn>before dawn)|"
                  r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day (?P<part>morning|afternoon|evening)|"
                  r"(?:this|yesterday|tomorrow|on the|in the|late in the|early in the) (?P<part2>morning|afternoon|evening))\b",
                  re.IGNORECASE)
