"""Cheap per-sentence signals for alignment: content words, key figures and names.

Three things are read off each sentence with regular expressions, no model:

- **content words**, lower-cased, stop words dropped, hyphenated words split and suffixes
  stripped by a light stemmer, so that "flag-raising fighters" and "fighters raising their flag"
  share {flag, rais, fighter};
- **figures**: numbers (digits, "150,000", "2.5", number words "two".."twelve"), calendar
  words (weekdays, months) and kin words ("father", "uncle"). Two sentences that each carry a
  figure the other lacks differ in a key figure ("killed 12" / "killed 14", "on Monday" / "on
  Tuesday", "came with his father" / "was there with his uncle"): a discrepancy, not one fact;
- **names**: runs of capitalised words, with the content words just before and after them (their
  *slot*). Two sentences differ in a key name when each has a name the other lacks *in the same
  slot* ("police arrested John Smith" / "police arrested Peter Jones"); a name that one sentence
  merely adds ("..., Ali Nazary said on Facebook") is extra detail, not a contradiction.

The similarity is an IDF-weighted cosine over content-word sets (Salton and Buckley 1988), IDF
taken over the story's own sentences, so the story's topic words ("Taliban") weigh little and
the words that tell one statement from another weigh much. It is the cheap first pass: only
sentences with a lexical candidate across articles go to the encoder.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import Counter
from itertools import islice
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from accord.startup import ENGLISH_STOP_WORDS  # scikit-learn's list, without importing it (issue 18)

_WORD = re.compile(r"[A-Za-z][A-Za-z']*|\d+(?:[.,]\d+)*")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.S.", "a.m.": one word, not two letters
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "reported", "s"}
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_CALENDAR = {m: m[:3] for m in _MONTHS} | {m[:3]: m[:3] for m in _MONTHS if m != "may"} | {"sept": "sep"}
_CALENDAR |= {d: d[:3] for d in "monday tuesday wednesday thursday friday saturday sunday".split()}
_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)
} | {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}
_SUFFIXES = ("ational", "ization", "ations", "ingly", "ation", "ments", "ness", "ment", "ings",
             "ing", "ied", "ies", "ers", "ed", "er", "es", "ly", "s")
# a negation, a denial or a refusal ("did not", "no one", "never", "denied", "declined to",
# "ruled out", "stopped short of")
_NEGATED = re.compile(r"(?i)\b(?:not|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b|"
                      r"\bno\b(?!\s+(?:more|less|fewer|longer|later|sooner|earlier|further|bigger|smaller|larger|"
                      r"greater|higher|lower|better|worse|older|younger|wider)\b)|"
                      r"\bden(?:y|ies|ied|ying)\b|\b(?:declin|refus)\w*\s+to\b|\brul\w*\s+out\b|"
                      r"\bstop\w*\s+short\s+of\b")
_TITLE = frozenset("mr mrs ms dr gen sen rep gov president minister spokesman".split())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper (a small subset of Porter 1980): enough to meet inflections."""
    w = word.lower().replace("'", "")
    if len(w) <= 4:
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopp" -> "stop"
    return w


@dataclass(frozen=True)
class Name:
    text: str  # lower-cased words of the name, space-joined
    left: str  # the content word before it ("" at the start)
    right: str  # the content word after it


@dataclass(frozen=True)
class Signals:
    """What alignment reads off one sentence."""

    words: frozenset[str]  # stemmed content words
    figures: frozenset[str]  # normalised numbers, calendar words and kin words
    names: tuple[Name, ...]
    # the content words a negation, denial or refusal governs ("did not order the landfill
    # closed": {order, landfill}); empty when the sentence negates nothing
    negated: frozenset[str] = frozenset()


def proper_words(texts: Sequence[str]) -> frozenset[str]:
    """Words written capitalised somewhere other than at a sentence start: the story's names.

    A sentence-initial capital says nothing ("The", "Police"); a word that is capitalised in
    mid-sentence elsewhere in the story is a name wherever it appears.
    """
    seen: set[str] = set()
    for text in texts:
        tokens = _tokens(text)
        for i, tok in enumerate(tokens[1:], 1):
            if tok[0].isupper() and tok.lower() not in _STOP and tok.lower() not in _CALENDAR:
                seen.add(tok.lower())
    return frozenset(seen)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(_DOTTED.sub(lambda m: m.group(0).replace(".", ""), text))


def signals(text: str, names: frozenset[str]) -> Signals:
    tokens = _tokens(text)
    words: list[str] = []
    figures: set[str] = set()
    kinds: list[str] = []  # per token: "name" | "word" | "stop"
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok[0].isdigit():
            figures.add(_number(tok))
            kinds.append("stop")
        elif low in _CALENDAR and (tok[0].isupper() or low not in {"may", "march"}):
            figures.add(_CALENDAR[low])
            kinds.append("stop")
        elif low in _NUMBER_WORDS:
            figures.add(_NUMBER_WORDS[low])
            kinds.append("stop")
        elif tok[0].isupper() and low in names and (i > 0 or low not in _STOP):
            words.append(stem(low))
            kinds.append("name")
        elif low in _STOP or len(low) < 2:
            kinds.append("stop")
        else:
            words.append(stem(low))
            kinds.append("word")
            if (kin := _kin(low)) is not None:
                figures.add(kin)  # a relation is a key figure too ("his father" / "his uncle")
    return Signals(frozenset(words), frozenset(figures), _names(tokens, kinds), _negated(text))


def _kin(word: str) -> str | None:
    """The kin word `word` is, singular ("sons" -> "kin:son"); None for any other word."""
    kin = _kin_words()
    word = word.removesuffix("'s").rstrip("'")  # "his father's", "the brothers'"
    for w in (word, word[:-1] if word.endswith("s") else None):
        if w in kin:
            return f"kin:{w}"
    return None


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    # compare.relations' list (one list), without "twin", which is also a modifier ("twin
    # blasts"); imported when first needed, as compare is not needed to read signals
    from accord.compare.relation_reading import KIN

    return frozenset(KIN) - {"twin"}


def _negated(text: str) -> frozenset[str]:
    """Stems of the content words in the reach of each negation of `text` (the next four words)."""
    out: set[str] = set()
    for m in _NEGATED.finditer(text):
        for tok in islice(_WORD.finditer(text, m.end()), 4):  # the next four words, not the rest
            low = tok.group(0).lower()
            if low not in _STOP and len(low) > 1 and not low[0].isdigit():
                out.add(stem(low))
    return frozenset(out)


def _number(tok: str) -> str:
    t = tok.replace(",", "")
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t


def _names(tokens: list[str], kinds: list[str]) -> tuple[Name, ...]:
    out: list[Name] = []
    i = 0
    while i < len(tokens):
        if kinds[i] != "name":
            i += 1
            continue
        j = i
        while j < len(tokens) and kinds[j] == "name":
            j += 1
        words = [t.lower() for t in tokens[i:j] if t.lower() not in _TITLE]
        if words:
            left, right = _neighbour(tokens, kinds, i, -1), _neighbour(tokens, kinds, j - 1, 1)
            out.append(Name(" ".join(words), left, right))
        i = j
    return tuple(out)


def _neighbour(tokens: list[str], kinds: list[str], i: int, step: int) -> str:
    k = i + step
    while 0 <= k < len(tokens):
        if kinds[k] == "word":
            return stem(tokens[k])
        if kinds[k] == "name":
            return ""
        k += step
    return ""


def polarity_conflict(a: Signals, b: Signals) -> bool:
    """One sentence says that a thing did not happen (or denies or refuses it) and the other,
    negating nothing, names what the negation governs ("did not order the landfill closed" /
    "ordered the site shut"). Two sentences that say one thing, one with a negation ("is not yet
    known" / "remains unclear"), share no governed word and may still join."""
    if bool(a.negated) == bool(b.negated):
        return False
    neg, other = (a, b) if a.negated else (b, a)
    return bool(neg.negated & other.words)


def figures_conflict(a: Signals, b: Signals) -> bool:
    """Each sentence states a figure the other does not: a different number or date."""
    return bool(a.figures - b.figures) and bool(b.figures - a.figures)


def names_conflict(a: Signals, b: Signals) -> bool:
    """Each sentence has a name the other lacks, in the same slot (same word before or after)."""
    only_a = [n for n in a.names if not any(_same_name(n.text, m.text) for m in b.names)]
    only_b = [n for n in b.names if not any(_same_name(n.text, m.text) for m in a.names)]
    for n in only_a:
        for m in only_b:
            if (n.left and n.left == m.left) or (n.right and n.right == m.right):
                return True
    return False


@lru_cache(maxsize=65_536)  # a story's names meet again in many of its sentence pairs
def _same_name(x: str, y: str) -> bool:
    """One person/place/body under two spellings or lengths: "Ahmad Masood" ~ "Massoud",
    "National Resistance Front" ~ "NRF"."""
    xs, ys = x.split(), y.split()
    if any(fuzz.ratio(p, q) >= 80 for p in xs for q in ys):
        return True
    return _acronym(x, ys) or _acronym(y, xs)


def _acronym(short: str, words: list[str]) -> bool:
    if " " in short or not 2 <= len(short) <= 6:
        return False
    initials = "".join(w[0] for w in words)
    return short in initials or initials in short and len(initials) >= 2


def idf(signal_sets: Sequence[Signals]) -> dict[str, float]:
    """Smoothed inverse sentence frequency of each content word in the story."""
    df = Counter(w for s in signal_sets for w in s.words)
    n = len(signal_sets)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def lexical_similarity(a: Signals, b: Signals, weights: dict[str, float]) -> float:
    """IDF-weighted cosine of the two content-word sets, in [0, 1]."""
    shared = a.words & b.words
    if not shared:
        return 0.0
    num = sum(weights.get(w, 1.0) ** 2 for w in shared)
    na = math.sqrt(sum(weights.get(w, 1.0) ** 2 for w in a.words))
    nb = math.sqrt(sum(weights.get(w, 1.0) ** 2 for w in b.words))
    return num / (na * nb) if na and nb else 0.0
