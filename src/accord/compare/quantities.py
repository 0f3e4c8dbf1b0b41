"""Find quantities in a sentence and read them as intervals: "more than 120,000" = (120000, inf).

Regular expressions over the raw sentence (fast; spaCy is only asked later, for what a quantity
counts, see compare.numbers). A quantity is a number (digits, "1.2 million", "four", "a dozen",
"tens of thousands") with its hedge ("about", "more than", "at least", "nearly", "up to"), a
range ("between 150,000 and 200,000", "150,000 to 200,000") and a unit when one is written
(currency, percent, distance). The interval says what the writer committed to:

    exact 169          [169, 169]        (a round figure, 120,000, allows its rounding: +-5,000)
    about 124,000      [111600, 136400]  (+-10%, the usual reading of news hedges)
    more than 120,000  (120000, inf)     at least 38 [38, inf)   nearly 200 [170, 200]
    up to 300          [0, 300]          thousands   [1000, inf)

What it does not do: years, calendar dates, clock times, ages, ordinals, list numbering and
identifiers ("COVID-19", "F-16") are skipped, not read as quantities.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from accord import settings
from accord.clean.settle import NUMERIC_DATE_IN_TEXT
from accord.compare.currency_names import named_currency

UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "m": 1e6, "mm": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                   "gbp": "GBP", "¥": "JPY"}
# ISO codes written before the figure ("CHF 85,000", "SEK 2m"); the sign table above keeps
# the ones whose symbols are read too
_CURRENCY_CODES = ("CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "INR", "AUD",
                   "CAD", "NZD", "HKD", "SGD", "ZAR", "BRL", "MXN", "RUB", "TRY", "KES", "NGN")
_CURRENCY_WORDS = {"swiss francs": "CHF", "francs": "CHF", "kronor": "SEK", "krona": "SEK",
                   "kroner": "NOK", "zlotys": "PLN", "zloty": "PLN", "rand": "ZAR", "reais": "BRL",
                   "pesos": "MXN", "lira": "TRY", "roubles": "RUB", "rubles": "RUB",
                   "shillings": "KES", "naira": "NGN",
                   "us dollars": "USD", "u.s. dollars": "USD",
                   "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                   "pounds sterling": "GBP", "rupees": "INR", "yuan": "CNY", "yen": "JPY"}
# distance units to metres, so "10 miles" and "16 km" compare
# speeds to km/h, so "90 km/h" and "56 mph" compare
_SPEEDS = {"km/h": 1.0, "kmh": 1.0, "kph": 1.0, "kilometres per hour": 1.0, "kilometers per hour": 1.0,
           "mph": 1.60934, "miles per hour": 1.60934, "knots": 1.852}
_LENGTHS = {"km": 1000.0, "kilometres": 1000.0, "kilometers": 1000.0, "kilometre": 1000.0,
            "kilometer": 1000.0, "miles": 1609.34, "mile": 1609.34, "metres": 1.0, "meters": 1.0,
            "metre": 1.0, "meter": 1.0, "feet": 0.3048, "foot": 0.3048, "ft": 0.3048,
            # snow, rain, cracks and floods are measured in centimetres and inches
            "centimetres": 0.01, "centimeters": 0.01, "centimetre": 0.01, "centimeter": 0.01, "cm": 0.01,
            "millimetres": 0.001, "millimeters": 0.001, "millimetre": 0.001, "millimeter": 0.001,
            "mm": 0.001, "nautical miles": 1852.0, "nautical mile": 1852.0, "inches": 0.0254, "inch": 0.0254,
            "yards": 0.9144, "yard": 0.9144,
            # astronomy's lengths (IAU values), so "112 light years" and "about 34 parsecs" compare
            "light years": 9.4607e15, "light-years": 9.4607e15, "light year": 9.4607e15,
            "light-year": 9.4607e15,
            "parsecs": 3.0857e16, "parsec": 3.0857e16, "kiloparsecs": 3.0857e19, "megaparsecs": 3.0857e22,
            "astronomical units": 1.495979e11, "astronomical unit": 1.495979e11}
# areas to square metres, so "3,200 hectares" and "32 square kilometres" compare
_AREAS = {"hectares": 1e4, "hectare": 1e4, "ha": 1e4, "acres": 4046.86, "acre": 4046.86,
          "square kilometres": 1e6, "square kilometers": 1e6, "square kilometre": 1e6,
          "square kilometer": 1e6, "sq km": 1e6, "km2": 1e6, "km²": 1e6, "square miles": 2.58999e6,
          "square mile": 2.58999e6, "sq miles": 2.58999e6, "square metres": 1.0, "square meters": 1.0}
# durations to hours ("a six-hour siege" is a compound and stays a modifier; "lasted six hours",
# "for 180 minutes" are durations)
_DURATIONS = {"hours": 1.0, "hour": 1.0, "hrs": 1.0, "minutes": 1 / 60, "minute": 1 / 60,
              "mins": 1 / 60, "days": 24.0, "day": 24.0, "weeks": 168.0, "week": 168.0}
# temperatures: Celsius as written, Fahrenheit converted (an affine change, see _convert)
_TEMPERATURES = {"°c": "C", "degrees celsius": "C", "degrees centigrade": "C", "c": "C",
                 "°f": "F", "degrees fahrenheit": "F", "f": "F"}

_WORDNUM = (
    r"(?:(?:" + "|".join(TENS_WORDS) + r")(?:[- ](?:" + "|".join(list(UNITS_WORDS)[:9]) + r"))?"
    r"|" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)) + r"|a dozen|dozen|a hundred"
    r"|a thousand|a million|a billion)"
)
# thousands separated by a comma, also as tokenised corpora write them ("120, 000"); a fraction
# written without its zero (".5 percent", "a .357 Magnum")
_DIGITS = r"(?:\d{1,3}(?:, ?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.,])\.\d+)"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:mn|bn|tn|mm|m|k|b)\b)"
# "nearly a metre of snow": "a" before a length unit is one of it ("half a mile" is half of one)
_ONE_LENGTH = (r"\ban?(?=\s+(?:kilomet(?:re|er)|centimet(?:re|er)|met(?:re|er)|mile|foot|yard|inch)\b)")
# "one hundred and twenty", "two hundred thousand", "three dozen": numbers spelled out in full
# (not "between one hundred and two hundred", a range)
_NUM = (rf"(?:(?:{_DIGITS})(?:{_SCALE})?|\b{_WORDNUM}\b(?:\s+hundred\b(?:\s+and\s+{_WORDNUM}\b(?!\s+(?:hundred|thousand|million|billion)\b))?)?"
        rf"(?:\s+(?:thousand|million|billion|dozen)\b)?"
        rf"|{_ONE_LENGTH})")
_CUR = r"(?:US\$|\$\s?US(?=\d)|\$|€|£|¥|USD\s|EUR\s|GBP\s|(?:" + "|".join(_CURRENCY_CODES) + r")\s)"
_HEDGE = (
    r"(?:more than|over|in excess of|upwards of|above|at least|no fewer than|no less than|"
    r"a minimum of|fewer than|less than|under|below|up to|at most|no more than|as many as|as much as|as high as|"
    r"a maximum of|about|around|approximately|roughly|some|an estimated|estimated|nearly|"
    r"almost|close to|just under|just over|just below|just above|around about|an approximate)"
)
_VAGUE = (
    r"(?:hundreds of thousands|tens of thousands|hundreds|thousands|millions|dozens|scores)"
)
_QUANTITY = re.compile(
    rf"(?:(?P<hedge>\b{_HEDGE})\s+)?"
    rf"(?:(?P<between>\bbetween|\bfrom)\s+)?"
    rf"(?P<cur>{_CUR})?\s?(?P<a>{_NUM})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<cur2>{_CUR})?\s?(?P<b>{_NUM}))?"
    # "a 40-metre section": a length unit may be glued on by a hyphen (other units so glued make
    # a compound modifier, "a six-hour siege", skipped by _COMPOUND)
    rf"(?P<unit>(?:\s*|-)(?:%|percent\b|per cent\b|"
    + "|".join(sorted([*_SPEEDS, *_LENGTHS, *_AREAS, *_DURATIONS], key=len, reverse=True))
    + r"\b|°\s?[CF]\b|degrees (?:celsius|centigrade|fahrenheit)\b|(?<=\d)[CF]\b|"
    + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r"\b))?"
    + rf"|(?:(?P<vhedge>\b{_HEDGE})\s+)?(?P<vague>\b{_VAGUE})\s+of\b",
    re.IGNORECASE,
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_BEFORE_DATE = re.compile(rf"\b{_MONTHS}\s*$", re.IGNORECASE)
_AFTER_DATE = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b", re.IGNORECASE)
# time zones written after a clock time ("16.05 CET", "0340 GMT", "0340 gmt"); compare.clock reads
# the same. In capitals only, but for GMT and UTC (no words); "WEST" and "WET" not before a
# capitalised word ("10.30 WEST Africa time": a region)
ZONE_WORDS = (r"(?:(?i:local time|gmt|utc)\b|(?-i:BST|CES?T|EES?T|WES?T(?!\s+[A-Z])|[ECMP][SD]T|IST|AEST|"
              r"AEDT|JST|HKT|SGT)\b)")
_AFTER_TIME = re.compile(
    r"^(?:\s?:\s?\d\d|\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|gmt\b|utc\b|o'clock|hrs\b|h\b|" + ZONE_WORDS + r"))",
    re.IGNORECASE,
)
# "within three hours of the blast", "two days of the festival" say when; "eleven days of
# disruption", "six weeks of talks" say how long
_NOT_DURATION = re.compile(r"\s+(?:ago|after|later|earlier|from now|old|into|"
                           r"of(?=\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\b))\b",
                           re.IGNORECASE)
# after a duration glued to its figure ("a six-hour siege" is one, read as a duration): a
# rate or a standing service, not something that lasted
_GLUED_NOT_DURATION = re.compile(r"-a-|\s+(?:a|per)\s+(?:day|week)\b|\s+(?:helpline|hotline|service|news|"
                                 r"clock|cover|coverage|access|opening|shop|store|line|watch|surveillance)\b",
                                 re.IGNORECASE)
_GLUED_TEMPERATURE = re.compile(r"[CF]\b(?!-)")  # "41C", "106F"
_BEFORE_TIME = re.compile(r"\d\s?:\s?$")  # the minutes of "6:40"
_AFTER_AGE = re.compile(r"^(?:-|\s)(?:year|month|week|day)s?[- ]old\b|^\s*,\s*(?:who|was|is)\b",
                        re.IGNORECASE)
# "John Smith, 45, said": an age in apposition (the name before, a comma after)
_BEFORE_AGE = re.compile(r"\b(?:aged?|age of)\s*$", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*,")
_AFTER_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# "a seven-year deal", "a five-boat attack": a compound modifier describes, it does not count
# (lengths excepted: "a 10-mile stretch" is a distance)
_COMPOUND = re.compile(
    r"^\s?[-–]\s?(?!(?:km|kilomet|mile|metre|meter|foot|feet|hour|day|minute|week)\w*\b)[a-z]", re.IGNORECASE
)
# a dash with a space on each side before a word that modifies no noun ("start on £33,900 - hardly
# a fortune", "rose to 41 - the highest since"): punctuation that ends the figure's phrase, not
# the hyphen of a compound (tokenised text writes "a six - hour siege" so)
_DASH_NOT_COMPOUND = re.compile(r"^\s[-–]\s(?:[a-z]+ly|the|a|an|and|but|or|which|who|that|this|its|his|her|their|"
                                r"not|just|only|well|still|even|up|down|more|less|all|some|now|then|as)\b")
_BEFORE_YEAR = re.compile(
    r"\b(?:in|since|of|by|until|till|from|to|and|between|year|mid|late|early|the|before|after|"
    r"during|circa|c\.|'s|summer|winter|spring|autumn|fall)\s*-?\s*$",
    re.IGNORECASE,
)
# COVID-19, F-16, #3, No. 5, "AK - 47", "AK 47": identifiers, not counts
_ID_BEFORE = re.compile(r"(?:[A-Za-z]-?|#|No\.\s?|[A-Za-z]\.|\b[A-Z]{1,4}\s?[-–]?\s?)$")
# "A 40-metre section": the article, not the letter of an identifier ("AK 47", "F 16")
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(\"“])An?\s$")
_ID_AFTER = re.compile(r"^(?:[A-Za-z]\w*|-\d)")  # 3D, 5G, 9-11 glued on


@dataclass(frozen=True)
class Quantity:
    start: int  # span in the sentence text
    end: int
    low: float
    high: float
    unit: str  # "" (a count), "USD", "%", "m" (metres) ...
    hedge: str  # "exact" | "approx" | "lower" | "upper" | "range" | "vague"
    text: str  # as written

    @property
    def point(self) -> float:
        """A representative value (for ordering running tolls)."""
        if math.isinf(self.high):
            return self.low
        return (self.low + self.high) / 2


def parse_number(text: str) -> float | None:
    """'1.2 million' -> 1200000.0, 'four' -> 4.0, 'a dozen' -> 12.0, 'twenty-five' -> 25.0."""
    t = text.strip().lower().replace(", ", "").replace(",", "")
    m = re.match(r"^(\d+(?:\.\d+)?|\.\d+)\s*(hundred|thousand|million|billion|trillion|mn|bn|tn|mm|m|k|b)?$", t)
    if m:
        return float(m.group(1)) * (_SCALES[m.group(2)] if m.group(2) else 1)
    words = re.split(r"[\s-]+", t)
    scale = 1.0
    if words and words[-1] in ("hundred", "thousand", "million", "billion") and len(words) > 1:
        scale = _SCALES[words.pop()]
    if words[:1] in (["a"], ["an"]):
        words = words[1:] or ["one"]
    total = 0.0
    for w in words:
        if w in UNITS_WORDS:
            total += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            total += TENS_WORDS[w]
        elif w == "dozen":
            total = (total or 1) * 12
        elif w == "and" and total:
            continue  # "one hundred and twenty"
        elif w in ("hundred", "thousand", "million", "billion"):
            total = (total or 1) * _SCALES[w]
        else:
            return None
    return total * scale if total else None


def _rounding(text: str, value: float) -> float:
    """What a round figure allows: just under half the unit of its last significant digit
    (120,000 -> 4,999; 1.2 million -> 49,999), at most 5% of the value (2,000 -> 100)."""
    t = text.lower().replace(",", "")
    m = re.match(r"^(\d+)(?:\.(\d+))?\s*([a-z]*)$", t)
    if not m or value < 100:
        return 0.0
    scale = _SCALES.get(m.group(3), 1.0) if m.group(3) else 1.0
    if m.group(2):
        unit = 10.0 ** -len(m.group(2)) * scale
    else:
        digits = m.group(1)
        zeros = len(digits) - len(digits.rstrip("0"))
        if len(digits.rstrip("0")) > 2 and scale == 1.0:
            return 0.0
        unit = 10.0**zeros * scale
    return min(0.4999 * unit, 0.05 * value)


_VAGUE_RANGES = {
    "dozens": (13.0, math.inf), "scores": (40.0, math.inf), "hundreds": (100.0, math.inf),
    "thousands": (1000.0, math.inf), "tens of thousands": (1e4, math.inf),
    "hundreds of thousands": (1e5, math.inf), "millions": (1e6, math.inf),
}


def _precise(text: str) -> bool:
    """Is a figure written to its last unit, not rounded: "58", "61.4", "1,150" (two significant
    digits or more, the last not a zero), not "60", "600", "120,000" or "1.2 million"? A hedge
    on a precise figure allows less: the writer had the figure, not an estimate of its size."""
    m = re.fullmatch(r"(\d[\d,]*)(?:\.(\d+))?", text.strip())
    if not m:
        return False
    digits = m.group(1).replace(",", "") + (m.group(2) or "")
    return len(digits.lstrip("0")) >= 2 and not digits.endswith("0")


def _interval(hedge: str | None, value: float, text: str, exact_unit: bool = True) -> tuple[float, float, str]:
    h = (hedge or "").lower()
    tol = settings.NUMBER_HEDGE_TOLERANCE
    if h in ("more than", "over", "in excess of", "upwards of", "above", "just over", "just above"):
        return value, math.inf, "lower"
    if h in ("at least", "no fewer than", "no less than", "a minimum of"):
        return value, math.inf, "lower"
    if h in ("fewer than", "less than", "under", "below", "just under", "just below"):
        return 0.0, value, "upper"
    if h in ("up to", "at most", "no more than", "as many as", "as much as", "as high as", "a maximum of"):
        return 0.0, value, "upper"
    if exact_unit and _precise(text):
        tol /= 2  # "some 58 per cent", "about 1,150": a hedge on a figure given to its last unit
    if h in ("nearly", "almost", "close to"):
        return value * (1 - 1.5 * tol), value, "approx"
    if h:
        return value * (1 - tol), value * (1 + tol), "approx"
    r = _rounding(text, value)
    return value - r, value + r, "exact"


# a currency written right before the figure ("EUR 4.5m", "$US1"): the figure is money, not an id
_CUR_BEFORE = re.compile(r"(?:US\$|\$\s?US|\$|€|£|¥|USD|EUR|GBP|" + "|".join(_CURRENCY_CODES) + r")\s?$")


# a numeric date ("12.06.2026", "06/12/2026"): its parts are no figures (compare.numeric_dates reads it)
_NUMERIC_DATE = re.compile(NUMERIC_DATE_IN_TEXT)


def _in_numeric_date(sentence: str, start: int, end: int) -> bool:
    lo = max(0, start - 6)  # a numeric date is at most 10 characters: look only around the figure
    return any(m.start() + lo <= start and end <= m.end() + lo
               for m in _NUMERIC_DATE.finditer(sentence[lo:end + 11]))


# characters before a figure that the patterns above read: each ends at the figure and is short, so
# a search over the whole sentence's start for every figure (quadratic on a hostile, unpunctuated
# text) reads no more than this window; it differs only past 200 characters of spaces
_LOOK_BACK = 200
_SPACES = re.compile(r"\s*")


def _skip(sentence: str, start: int, end: int, number_text: str, has_unit: bool) -> bool:
    before, after = sentence[max(0, start - _LOOK_BACK):start], sentence[end:]
    if _in_numeric_date(sentence, start, end):
        return True
    if _BEFORE_DATE.search(before) or _AFTER_DATE.match(after) or _AFTER_TIME.match(after):
        return True
    if _BEFORE_TIME.search(before) or (_COMPOUND.match(after) and not _DASH_NOT_COMPOUND.match(after)):
        return True
    if _AFTER_AGE.match(after) or _BEFORE_AGE.search(before) or _AFTER_ORDINAL.match(after):
        return True
    if _APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after):
        return True
    if not _CUR_BEFORE.search(before) and not (
            _ARTICLE_BEFORE.search(before)) and (
            _ID_BEFORE.search(before) or (_ID_AFTER.match(after) and not _GLUED_TEMPERATURE.match(after))):  # "EUR 4.5m" is money, not an id
        return True
    if re.fullmatch(r"1[89]\d\d|20\d\d|21\d\d", number_text) and not has_unit:
        nxt = re.match(r"\s*([A-Za-z]+)", after)
        if _BEFORE_YEAR.search(before) or not nxt or not nxt.group(1).islower() or nxt.group(1) in (
            "and", "to", "or", "when", "after", "before", "as", "in", "at", "on", "until"
        ):
            return True
    if _SPACES.fullmatch(sentence, 0, start) and re.match(r"^\.(?:\s|$)", after):  # "1. Home": list numbering
        return True
    return False


# a share told as a fraction or a ratio: "a third of the computers", "half the staff", "two-thirds
# of", "one in ten of the fans", "four out of five residents"; read as a percentage. Not an
# ordinal's half ("the second half of"), nor "half an hour", nor a rate of years ("one in 100 years")
_FRACTION_WORDS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0,
                   "thirds": 200 / 3, "quarters": 75.0}
_FRACTION = re.compile(
    rf"(?<!\bthe )(?<!\bfirst )(?<!\bsecond )(?<!\blast )(?<!\bother )(?<!\blatter )"
    rf"(?:(?P<hedge>\b{_HEDGE})\s+)?"
    r"(?:\b(?:a|one)\s+(?P<one>half|third|quarter|fifth|tenth)|\b(?P<half>half)|"
    r"\b(?:two|2)[- ](?P<two>thirds)|\b(?:three|3)[- ](?P<three>quarters)|"
    rf"\b(?P<n>\d+|{_WORDNUM})\s+(?:in|out of)\s+(?:every\s+)?(?P<d>\d+|{_WORDNUM})\b"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|cases?)\b))"
    r"(?(n)|(?=\s+(?:of\b|the\b|its\b|their\b|his\b|her\b|all\b)))",
    re.IGNORECASE,
)


# the words without which no share is told: _FRACTION's many alternatives and look-behinds are
# tried only where one of them stands (0.5 s of CPU on 500 dev articles otherwise)
_FRACTION_HINT = re.compile(rf"(?i)half|third|quarter|fifth|tenth|\s(?:in|out of)\s+(?:every\s+)?(?:\d|{_WORDNUM})")


def _fractions(sentence: str) -> list[Quantity]:
    """Shares told as fractions or ratios, as percentages: approximate (+-10%, as a hedge) unless
    hedged otherwise ("more than half": above 50)."""
    out = []
    if not _FRACTION_HINT.search(sentence):
        return out
    for m in _FRACTION.finditer(sentence):
        if m.group("n"):
            n, d = parse_number(m.group("n")), parse_number(m.group("d"))
            if not n or not d or n >= d:
                continue
            value = 100.0 * n / d
        else:
            value = _FRACTION_WORDS[next(g for g in (m.group(k) for k in ("one", "half", "two", "three")) if g).lower()]
        low, high, kind = _interval(m.group("hedge") or "about", value, "")
        out.append(Quantity(m.start(), m.end(), low, high, "%", kind, m.group(0)))
    return out


def find_quantities(sentence: str) -> list[Quantity]:
    """Every quantity in `sentence`, left to right, as intervals."""
    return list(_read_quantities(sentence, settings.NUMBER_HEDGE_TOLERANCE))


# compare reads a story's sentences, then claims reads its facts' again: each read once (issue
# 18); the hedge tolerance _interval reads is in the key, so a changed setting reads anew
@lru_cache(maxsize=4096)
def _read_quantities(sentence: str, _tolerance: float) -> tuple[Quantity, ...]:
    shares = _fractions(sentence)
    out = _quantities(sentence)
    if shares:  # "one in ten": a share, not a count of one and one of ten
        out = sorted([q for q in out if not any(q.start < f.end and f.start < q.end for f in shares)] + shares,
                     key=lambda q: q.start)
    from accord.compare.quantity_forms import forms  # it reads with this module's patterns

    return tuple(forms(sentence, out))


def _quantities(sentence: str) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    while (m := _QUANTITY.search(sentence, pos)) is not None:
        pos = m.end()
        if m.group("vague"):
            low, high = _VAGUE_RANGES[m.group("vague").lower()]
            out.append(Quantity(m.start(), m.end("vague"), low, high, "", "vague", m.group(0)))
            continue
        a_text, b_text = m.group("a"), m.group("b")
        unit_text = (m.group("unit") or "").strip().lstrip("-").lower()
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        a_start = m.start("a")
        if _skip(sentence, a_start, m.end("a"), a_text, bool(unit_text or cur)):
            continue
        if not cur and not unit_text and re.fullmatch(r"[\d.,]+mm", b_text or a_text):
            # "nearly 70mm" of rain, "40-50mm": millimetres; "mm" is millions only after a currency
            a_text, unit_text = a_text.removesuffix("mm"), "mm"
            b_text = b_text.removesuffix("mm") if b_text else b_text
        a = parse_number(a_text)
        if a is None:
            continue
        b = parse_number(b_text) if b_text else None
        joiner = sentence[m.end("a") : m.start("b")] if b_text else ""
        if b is not None and "and" in joiner and not m.group("between"):
            b, pos = None, m.start("cur2") if m.group("cur2") else m.start("b")  # "ages 6 and 16": two quantities, not a range; read the second next
        if b is not None and _skip(sentence, m.start("b"), m.end("b"), b_text, bool(unit_text)):
            b = None
        end = m.end("unit") if m.group("unit") else (m.end("b") if b is not None else m.end("a"))
        unit, mult = "", 1.0
        if cur:
            unit = cur.upper() if cur.upper() in _CURRENCY_CODES else _CURRENCY_SIGNS.get(
                cur.rstrip("$") + "$" if cur.endswith("$") else cur, "USD")
        if unit_text in ("%", "percent", "per cent"):
            unit = "%"
        elif unit_text in _SPEEDS:
            unit, mult = "km/h", _SPEEDS[unit_text]
        elif unit_text in _LENGTHS:
            unit, mult = "m", _LENGTHS[unit_text]
        elif unit_text in _AREAS:
            unit, mult = "m2", _AREAS[unit_text]
        elif unit_text in _DURATIONS:
            if _NOT_DURATION.match(sentence, m.end("unit")):
                continue  # "three days after the fire", "two hours later": when, not how long
            if m.group("unit").startswith("-") and _GLUED_NOT_DURATION.match(sentence, m.end("unit")):
                continue  # "a seven-day-a-week service", "a 24-hour helpline": how often, not how long
            unit, mult = "h", _DURATIONS[unit_text]
        elif re.sub(r"\s", "", unit_text) in _TEMPERATURES or unit_text in _TEMPERATURES:
            unit = "C"
            if _TEMPERATURES.get(re.sub(r"\s", "", unit_text), _TEMPERATURES.get(unit_text)) == "F":
                mult = -1.0  # marks Fahrenheit for _convert
        elif unit_text in _CURRENCY_WORDS:
            unit = _CURRENCY_WORDS[unit_text]
        elif not unit and b is None and (
                named := named_currency(sentence, m.end("a"), _SCALED.search(a_text) is not None)):
            unit, end = named  # "2 billion Czech crowns", "38 crowns a month" (compare.currency_names)
        start = m.start("hedge") if m.group("hedge") else (m.start("cur") if cur else a_start)
        if m.group("between") and b is not None:
            start = m.start("between")
        if b is not None:
            # "1.5 to 2 million": the scale of the second applies to the first
            if not re.search(r"[a-z]", a_text, re.I) and re.search(r"(?:illion|thousand|bn|mn)", b_text):
                scale = parse_number(b_text) / (parse_number(re.sub(r"[^\d.,]", "", b_text) or "1") or 1)
                if a < (b / scale):
                    a *= scale
            low, high = _convert(min(a, b), max(a, b), mult)
            out.append(Quantity(start, end, low, high, unit, "range", sentence[start:end]))
            continue
        hedge = m.group("hedge")
        if a_text.lower() in ("a", "an") and (h := _HALF_BEFORE.search(sentence, max(0, a_start - 40), a_start)):
            # "about half a mile", "half a kilometre": half of one unit, hedged before "half"
            a, start, hedge = 0.5, h.start(), h.group("hedge") or hedge
            a_text = "0.5"
        elif _A_ROUND.match(a_text) and (h := _HALF_BEFORE.search(sentence, max(0, a_start - 40), a_start)):
            # "half a million people", "half a dozen boats": half of the round number, not the number
            a, start, hedge = a / 2, h.start(), h.group("hedge") or hedge
            a_text = f"{a:,.0f}"  # read as rounded as the figure in digits ("500,000")
        # a measure's unit may itself be loose ("some 13 miles" at sea may be nautical ones): a
        # precise figure is held closer only as a count, a share or a sum
        low, high, kind = _interval(hedge, a, a_text, exact_unit=mult == 1.0 and unit not in ("m", "m2", "km/h", "h", "C"))
        if unit and kind == "exact":
            low, high = _last_digit(a_text, low, high)  # "38 percent" may be 37.9
        low, high = _convert(low, high, mult)
        out.append(Quantity(start, end, low, high, unit, kind, sentence[start:end]))
    return out


_SCALED = re.compile(r"(?i)(?:illion|thousand|\d(?:bn|mn|m|k|b|tn))$")
_HALF_BEFORE = re.compile(rf"(?i)(?:\b(?P<hedge>{_HEDGE})\s+)?\bhalf\s+$")
_A_ROUND = re.compile(r"(?i)an?\s+(?:dozen|hundred|thousand|million|billion)$")


def _last_digit(text: str, low: float, high: float) -> tuple[float, float]:
    """A measure is rounded to its last written digit, by at most 5%: "38 percent" is
    [37.5, 38.5], "4.5m" [4.45m, 4.55m], "$2m" [1.9m, 2.1m]. Counts are not ("38 people" are 38)."""
    m = re.match(r"^[\d,]*?(?:\.(\d+))?\s*([a-z]*)$", text.lower().replace(",", ""))
    if not m:
        return low, high
    half = 0.5 * 10.0 ** -len(m.group(1) or "") * _SCALES.get(m.group(2), 1.0)
    half = min(half, 0.05 * abs(low + high) / 2)  # "$2m" is not $2.4m
    return min(low, (low + high) / 2 - half), max(high, (low + high) / 2 + half)


def _convert(low: float, high: float, mult: float) -> tuple[float, float]:
    """To the common unit; a converted figure was itself rounded, so it gets a small slack
    (Fahrenheit, marked by a negative `mult`, to Celsius with one degree of it)."""
    if mult == 1.0:
        return low, high
    if mult < 0:
        return (low - 32) * 5 / 9 - 1.0, (high - 32) * 5 / 9 + 1.0
    slack = settings.NUMBER_UNIT_SLACK
    return low * mult * (1 - slack), high * mult * (1 + slack)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Can both be true? The intervals overlap (bounds on the same side always can)."""
    if a.unit != b.unit:
        return True
    lo_a, hi_a, lo_b, hi_b = a.low, a.high, b.low, b.high
    if a.hedge == "lower" and b.hedge == "lower" or a.hedge == "upper" and b.hedge == "upper":
        return True  # two bounds on the same side never contradict
    return lo_a <= hi_b and lo_b <= hi_a
