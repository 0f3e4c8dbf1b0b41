"""How well a sentence reads on its own, out of its article: used to pick a fact's wording and
the summary's sentences.

Extractive summaries read badly when a sentence leans on what came before it ("He said ...",
"It was ..."), is only a quotation fragment, a headline without a verb-ending, or a teaser
("Also read: ..."). These are penalties, not filters: when every mention of a fact leans on
its context, the least bad one is still used. The cues follow the sentence-compression and
readability heuristics of extractive summarisers (e.g. the "dangling pronoun" and length
features of Conroy et al. 2006, CLASSY).
"""

from __future__ import annotations

import re

_OPENING_PRONOUN = re.compile(
    r"^(?:[\"“'‘(]\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|him|them|"
    r"there|but|and|so|also|however|meanwhile|still|yet|then|such)\b",
    re.I,
)
_TEASER = re.compile(r"^(?:also read|read more|read also|related|watch|see also|click|follow us|"
                     r"subscribe|you may also like|advertisement)\b", re.I)
_QUOTE_CHARS = "\"“”'‘’«»"


def wording_quality(text: str) -> float:
    """A score in about [-3, 1]: 1 for a clean, self-contained declarative sentence."""
    t = text.strip()
    words = t.split()
    score = 1.0
    if _TEASER.match(t):
        score -= 3.0
    if _OPENING_PRONOUN.match(t):
        score -= 0.6
    if not t.rstrip(_QUOTE_CHARS + ")] ").endswith((".", "!", "?", "…")):
        score -= 1.5  # a headline, a caption, a fragment: no sentence-final punctuation
    if len(words) < 8:
        score -= 0.8  # too short to say who did what
    elif len(words) > 45:
        score -= 0.3 + 0.02 * (len(words) - 45)
    if t[:1] in _QUOTE_CHARS and _quoted_share(t) > 0.8:
        score -= 0.4  # nothing but a quotation: who says it is missing or comes last
    if t.endswith(":") or t.endswith("?"):
        score -= 0.4
    if "|" in t or t.count("(") != t.count(")"):
        score -= 0.6  # a broken fragment or a page's title bar
    if t[:1].islower() or (t[:1].isdigit() and not re.match(r"\d[\d,.]* [a-z]", t)):
        score -= 1.0  # starts mid-sentence: a splitting accident ("538) in Portland ...")
    return score


def leans_on_context(text: str) -> bool:
    """Does the sentence open with a word that points back ("He", "Their", "But")?"""
    return bool(_OPENING_PRONOUN.match(text.strip()))


def _quoted_share(text: str) -> float:
    inside = 0
    depth = False
    for ch in text:
        if ch in "\"“”":
            depth = not depth if ch == '"' else ch == "“"
            continue
        if depth:
            inside += 1
    return inside / max(1, len(text))
