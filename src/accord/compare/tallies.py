"""Tallies: votes and scores told as two figures, "voted 5-2", "a 7-2 vote", "by 52 votes to 48",
"won 3-1", "Six of its seven members backed the rise" (a 6-1 vote), read as one value of their
own kind (unit "tally") that meets only other tallies.

A tally is its two sides, larger first (a vote "5-2 for" and "2-5 against" are one split, and a
score is written winner first): 5-2 and 6-1 are two claims, 5-2 and 5-2 one. It is keyed "vote"
when its words are a vote's (voted, a vote, a ruling, a majority) and "score" otherwise.
Before, "5-2" was read as nothing (a hyphen glued to a digit reads as an identifier) and "52
votes to 48" as two counts.

What it does not do: a sentence with more than one tally is a score line ("won 6-4 3-6 7-5": a
match's sets) and its tallies are not read; "N of the M members" counts as a tally only with a
verb that says which side they took (voted for, backed, supported, approved; voted against,
opposed, rejected); a tally is read only beside a vote's or a game's words, so "pages 12-10"
and rising ranges ("5-10 people") stay what compare.quantities reads.
"""

from __future__ import annotations

import re

from accord.compare.quantities import _WORDNUM, Quantity, parse_number

_N = rf"(?:\d{{1,3}}|{_WORDNUM})"
_VOTE_WORDS = (r"vot(?:e|es|ed|ing)|ballot|rul(?:ing|ed)|decision|verdict|majority|jury|judges|justices|"
               r"in favou?r")
_SCORE_WORDS = (r"won|wins?|winning|beat|beating|beaten|lost|losing|loss|defeat(?:ed)?|drew|draw|drawn|tied|"
                r"led|leading|trailed|trailing|victory|triumph|scored?|scoreline|finished|ended|margin")
# "voted 5-2", "a 7-2 vote", "beat Spain 3-1", "a 3-1 win": two figures joined by a dash, beside
# a vote's or a game's words (up to three words between: "beat the visitors 3-1")
_DASHED = re.compile(rf"(?i)(?<![\w.,/-])(?P<a>\d{{1,3}})\s?[-–]\s?(?P<b>\d{{1,3}})(?![\w/-]|[.,]\d)")
_BEFORE = re.compile(rf"(?i)\b(?:{_VOTE_WORDS}|{_SCORE_WORDS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:an?\s+)?$")
_AFTER = re.compile(rf"(?i)\s+(?:{_VOTE_WORDS}|{_SCORE_WORDS}|split|result|home win|away win)\b")
# "by 52 votes to 48", "a vote of 5 to 2", "voted 5 to 2"
_TO = re.compile(rf"(?i)\b(?:(?P<v>vot(?:ed|e of)|by a vote of)\s+(?P<a>{_N})\s+to\s+(?P<b>{_N})\b"
                 rf"|(?P<a2>\d{{1,4}})\s+votes\s+to\s+(?P<b2>\d{{1,4}})\b)")
# "Six of its seven members backed the rise": a vote of six to one
_OF = re.compile(rf"(?i)\b(?P<a>{_N})\s+of\s+(?:the|its|their|his|her)\s+(?P<m>{_N})\s+(?:[\w'’-]+\s+){{0,4}}?"
                 r"(?:(?P<for>voted\s+(?:for|in\s+favou?r)|backed|supported|approved|endorsed)"
                 r"|(?P<against>voted\s+against|opposed|rejected))\b")
_VOTE = re.compile(rf"(?i)\b(?:{_VOTE_WORDS}|backed|supported|approved|opposed|rejected)\b")


def tallies(sentence: str) -> list[Quantity]:
    """The tallies of `sentence`: none when it gives more than one (a score line)."""
    if not re.search(r"\d\s?[-–]\s?\d|\bto\b|\bof\b", sentence):
        return []
    found = [(m.start(), m.end(), float(m.group("a")), float(m.group("b"))) for m in dashed(sentence)]
    for m in _TO.finditer(sentence):
        a, b = (m.group("a"), m.group("b")) if m.group("v") else (m.group("a2"), m.group("b2"))
        x, y = parse_number(a), parse_number(b)
        if x is not None and y is not None:
            found.append((m.start(), m.end(), x, y))
    for m in _OF.finditer(sentence):
        part, whole = parse_number(m.group("a")), parse_number(m.group("m"))
        if part is not None and whole is not None and part < whole:
            verb = m.start("for") if m.group("for") else m.start("against")
            found.append((m.start(), len(sentence[:verb].rstrip()), part, whole - part))
    if len(found) != 1:
        return []
    start, end, x, y = found[0]
    if x < y and not _VOTE.search(sentence):
        return []  # "5-10 people": a rising range, not a score
    value = max(x, y) * 10_000 + min(x, y)  # one number per split: equal only to the same split
    return [Quantity(start, end, value, value, "tally", "exact", sentence[start:end])]


def dashed(sentence: str) -> list[re.Match]:
    """The figures joined by a dash that a vote's or a game's words stand beside ("beat Spain
    3-1", "a 7-2 vote"), each a tally whether or not the sentence gives others."""
    return [m for m in _DASHED.finditer(sentence)
            if _BEFORE.search(sentence[max(0, m.start() - 60):m.start()]) or _AFTER.match(sentence, m.end())]


def tally_key(sentence: str) -> str:
    """"vote" when `sentence` tells a vote, else "score"."""
    return "vote" if _VOTE.search(sentence) else "score"
