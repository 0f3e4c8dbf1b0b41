"""Sums whose currency is named by words after the figure: "2 billion Czech crowns", "5 million
Australian dollars", "38 crowns a month", "4.5 million pounds", "300 million Egyptian pounds".

compare.quantities reads a currency sign or code before the figure and a short list of names
after it ("euros", "kronor", "yen"). This module reads the rest from CLDR's English currency
names (babel, which ships them): a name with its country's word ("Swedish kronor", "South
African rand") is that currency; a name alone is one only when a single currency in use today
carries it ("forints", "zlotys", "hryvnias"), or the one English news means by it ("pounds",
as compare.quantities reads "dollars"). A name several currencies share ("crowns",
"dinars", "kroner", "pounds" past compare.quantities' table) is a unit of its own, the set of
currencies it may be: two reports' "crowns" meet each other, never a code, so no conversion is
ever assumed across currencies. "Crowns" is English for the koruna, krona and krone.

What it does not do: names that are also common English words ("pounds", "won", "real",
"marks", "gold") are read only after a multiplier ("4.5 million pounds", "3 billion won") and
"pounds" not before "of" ("2 million pounds of fuel": a weight); no currency is guessed from the
story's country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

# English words for currencies CLDR names in their own language
_ENGLISH = {"crown": ("koruna", "krona", "krone", "króna"),
            "crowns": ("korunas", "kronor", "kroner", "krónur")}
# names that are also common English words: a currency only after a multiplier
_COMMON = frozenset({"pound", "pounds", "won", "real", "reals", "mark", "marks", "gold", "sol", "soles", "dong",
                     "kip", "kips", "tala", "kina", "som", "lari", "lek", "dram", "drams", "pula", "rand"})
# names several currencies share that English news uses for one, as compare.quantities reads
# "dollars" as the US dollar: a British pound is "pounds", an Egyptian one "Egyptian pounds"
_USUAL = {"pound": "GBP", "pounds": "GBP"}
# a pseudo-unit's mark: a name several currencies share (never a code, so never converted)
SHARED = "¤"
_WORDS = re.compile(r"\s+((?:[A-Z][\w'’.-]*\s+){0,3})?([^\W\d_][\w'’ʻ-]*)")
_OF_AFTER = re.compile(r"\s+of\b")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Full names ("swedish kronor") to codes, and heads ("kronor") to the codes they may be:
    CLDR's English names, singular and plural, of the currencies legal tender somewhere today."""
    from babel import Locale
    from babel.core import get_global

    in_use = {code for spans in get_global("territory_currencies").values()
              for code, _start, end, tender in spans if end is None and tender}
    english = Locale("en")
    plural = english._data["currency_names_plural"]
    full: dict[str, str] = {}
    heads: dict[str, set[str]] = defaultdict(set)
    for code in in_use:
        for name in {english.currencies.get(code, ""), *dict(plural.get(code, {})).values()}:
            words = name.lower().split()
            if not words:
                continue
            full[" ".join(words)] = code
            heads[words[-1]].add(code)
    for word, native in _ENGLISH.items():
        heads[word] = {c for n in native for c in heads.get(n, ())} | {c for n in native for c in heads.get(
            n.removesuffix("s"), ())}
        for name, code in list(full.items()):
            first, _, last = name.rpartition(" ")
            if first and last in native or last in {n.removesuffix("s") for n in native} and first:
                full[f"{first} {word}"] = code
    return full, {h: frozenset(c) for h, c in heads.items()}


def is_money(unit: str) -> bool:
    """Is `unit` a sum's: a currency code ("SEK") or a name several currencies share?"""
    return (len(unit) == 3 and unit.isupper()) or unit.startswith(SHARED)


def names_currency(word: str) -> bool:
    """Is `word` (a noun as written) a currency's name ("crowns", "forints")?"""
    return word.lower() in _tables()[1]


def named_currency(sentence: str, end: int, scaled: bool) -> tuple[str, int] | None:
    """The currency named right after a figure ending at `end`, and where its name ends; `scaled`:
    the figure carries a multiplier ("4.5 million"). None when no currency is named there."""
    m = _WORDS.match(sentence, end)
    if m is None:
        return None
    full, heads = _tables()
    head = m.group(2).lower()
    if head not in heads:
        return None
    adjectives = (m.group(1) or "").split()
    for k in range(len(adjectives)):  # the longest name first: "South African rand"
        name = " ".join([*adjectives[k:], head]).lower()
        if name in full:
            return full[name], m.end()
    if adjectives:
        return None  # "5 million Kelmont pounds": a name CLDR does not hold
    if head in _COMMON and (not scaled or (head.startswith("pound") and _OF_AFTER.match(sentence, m.end()))):
        return None  # "lost 20 pounds", "2 million pounds of fuel": weights
    if head in _USUAL:
        return _USUAL[head], m.end()
    codes = heads[head]
    if len(codes) == 1:
        return next(iter(codes)), m.end()
    return SHARED + "/".join(sorted(codes)), m.end()
