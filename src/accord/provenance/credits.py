"""Credits: which outlet or agency an article says its text comes from, and outlet matching.

An article credits another outlet in its metadata (`Article.credits`, filled by the cleaner
from datelines and credit lines) or in running text: "BBC reported", "according to Reuters",
"told the BBC", a dateline "(AFP) -". This module finds such credits with their positions, so
that a credit can be tied to a reused passage ("named near the reused passage"), and matches
names of one outlet written differently ("BBC" / "BBC News" / bbc.co.uk, "AP" / "The
Associated Press").

What it does not do: it does not decide who copied whom (detect.py does), and it keeps no list
of outlets beyond a handful of wire agencies whose names carry no news word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from accord.types import Article

_NAME = r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
# Credit lines: (pattern, strong). A strong credit says the text comes from the outlet
# ("BBC reported", "according to Reuters", a dateline "(AFP) -"); a weak one only that the
# outlet gathered a statement ("told the BBC"), which still names the text's origin.
_PATTERNS = (
    (
        re.compile(
            r"\b(?:according to|reported by|via|cited by|quoted by|courtesy of|a report (?:by|from|in)"
            r"|reports? by|(?:first |originally )?(?:published|appeared|reported) (?:by|in|on)"
            r"|[Ss]ource:|[Cc]redit:|(?:[Ww]ith |[Aa]dditional |[Ii]ncludes |[Ii]ncluding )?[Rr]eporting (?:by|from))"
            r"\s+(?:the\s+)?" + _NAME
        ),
        True,
    ),
    (re.compile(_NAME + r"\s+(?:has\s+|had\s+|also\s+|earlier\s+)?(?:reported|reports|news agency reported)\b"), True),
    (re.compile(_NAME + r"\s+contributed (?:to )?this (?:report|story|article)"), True),
    (re.compile(r"\(\s*" + _NAME + r"\s*\)\s*[-–—:]"), True),  # dateline "KABUL (Reuters) -"
    (re.compile(r"^\(\s*" + _NAME + r"\s*\)\s*$", re.M), True),  # a sign-off line "(Reuters)"
    (re.compile(r"\b(?:told|speaking to|in an interview with|said to)\s+(?:the\s+)?" + _NAME), False),
)
# Words that mark a name as a news organisation; wire agencies whose names carry none follow.
_NEWS_WORDS = frozenset(
    """
    news times post press agency journal herald tribune telegraph guardian gazette daily radio tv
    television network broadcasting broadcast channel magazine wire chronicle observer independent
    express mail mirror standard reuters bloomberg xinhua interfax tass kyodo yonhap anadolu
    bernama efe ansa dpa afp ap upi aljazeera
    """.split()
)
# Words that say nothing about which outlet it is.
_GENERIC = frozenset("the news online com co uk org net www live digital edition media group".split())


@dataclass(frozen=True)
class CreditMention:
    name: str
    start: int  # -1 when the credit comes from metadata only
    end: int
    strong: bool = True  # the text is credited to it, not just a statement it gathered


def name_key(name: str) -> frozenset[str]:
    """Normalised words of an outlet name, generic words ("the", "news", "online") left out."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if w != "s"]
    return frozenset(w for w in words if w not in _GENERIC)


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in {"the", "of", "and", "s"}]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def same_outlet(a: str, b: str) -> bool:
    """Whether two names designate one outlet ("BBC" and "BBC News", "AP" and "Associated
    Press", "Lakeside Tribune" and "Lakeside Tribune Weekly")."""
    ka, kb = name_key(a), name_key(b)
    if ka and kb and (ka <= kb or kb <= ka):
        return True
    return (len(ka) == 1 and next(iter(ka)) == _acronym(b)) or (len(kb) == 1 and next(iter(kb)) == _acronym(a))


def outlet_names(article: Article) -> list[str]:
    """Names under which the article's outlet may be credited: its outlet, its web site."""
    names = []
    if article.outlet:
        names.append(article.outlet)
    if article.url:
        host = urlparse(article.url).hostname or ""
        parts = [p for p in host.split(".") if p not in {"www", "com", "co", "uk", "org", "net", "news"}]
        if parts:
            names.append(max(parts, key=len))
    return names


def _looks_like_outlet(name: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name)
    if not words:
        return False
    if any(w.lower() in _NEWS_WORDS for w in words):
        return True
    return len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6  # BBC, CNN, AFP


@lru_cache(maxsize=4096)
def credit_mentions(article: Article) -> tuple[CreditMention, ...]:
    """Credits the article gives: found in its text (with positions) and in its metadata.
    Cached per article: every pair of a story asks again."""
    found: list[CreditMention] = []
    for pattern, strong in _PATTERNS:
        for m in pattern.finditer(article.text):
            name = _trim(m.group(1))
            if name and _looks_like_outlet(name):
                start = m.start(1) + m.group(1).find(name)
                found.append(CreditMention(name, start, start + len(name), strong))
    # a credit line the cleaner took out with the footer ("Reporting by Meridian Wire.") still
    # says where the text comes from; it has no position in the cleaned text
    for line in article.removed:
        for pattern, strong in _PATTERNS[:-1]:
            for m in pattern.finditer(line):
                name = _trim(m.group(1))
                if name and _looks_like_outlet(name):
                    found.append(CreditMention(name, -1, -1, strong))
    for name in (*article.credits, *_dateline_credits(article)):
        spots = [m.start() for m in re.finditer(re.escape(name), article.text)]
        if spots:
            found.extend(CreditMention(name, s, s + len(name)) for s in spots)
        else:
            found.append(CreditMention(name, -1, -1))
    return tuple(found)


def _dateline_credits(article: Article) -> list[str]:
    if not article.dateline:
        return []
    return [m.group(1) for m in re.finditer(r"\(\s*([^()]{2,40}?)\s*\)", article.dateline)]


def _trim(name: str) -> str:
    """Drop a leading article, a trailing possessive or a sentence-final period from a name."""
    name = re.sub(r"['’]s$", "", name.strip())
    name = re.split(r"[.!?]\s", name)[0]  # "AFP. The ...": the name ends with its sentence
    name = re.sub(r"^(?:The|A|An)\s+", "", name)
    return name.rstrip(".-'’")


def credits_name(
    article: Article,
    names: list[str],
    near: list[tuple[int, int]] | None = None,
    *,
    strong: bool = False,
) -> bool:
    """Whether `article` credits one of `names` (in its credits or by name in its text; with
    `near`, within a paragraph of one of those character spans). With `strong`, only credit
    lines count, not "told the BBC" nor the bare name."""
    if not names:
        return False
    for c in credit_mentions(article):
        if (strong and not c.strong) or not any(same_outlet(c.name, n) for n in names):
            continue
        if near is None or c.start < 0 or is_near(article.text, c.start, near):
            return True
    if strong:
        return False
    # the outlet named in running text near the passage, without a credit verb ("the BBC's")
    for n in names:
        for m in re.finditer(r"\b" + re.escape(n) + r"\b", article.text):
            if near is None or is_near(article.text, m.start(), near):
                return True
    return False


def is_near(text: str, pos: int, spans: list[tuple[int, int]], reach: int = 400) -> bool:
    return any(s - reach <= pos <= e + reach for s, e in spans)


def named_origins(article: Article) -> list[str]:
    """Distinct outlets the article names as origins (weak credits too), in order of mention."""
    out: list[str] = []
    for c in sorted(credit_mentions(article), key=lambda c: (c.start < 0, c.start)):
        if not any(same_outlet(c.name, o) for o in out):
            out.append(c.name)
    return out
