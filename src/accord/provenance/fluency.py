"""What a spinner leaves behind: one-for-one word swaps, and which side's words are the fluent ones.

An article spinner (the "rewriter" tools that feed content farms) walks the source word by word
and replaces words and short phrases with thesaurus entries, in place: "said" -> "stated",
"told reporters" -> "instructed journalists", "according to" -> "in keeping with", "Fire
Brigade" -> "Hearth Brigade". Sentence order, numbers, names it does not know and most function
words stay. So a spin, set against its source sentence by sentence, shows many short
replacements of ordinary words, in nearly every sentence; a copy edited by hand shows few
(a name, a figure, a clause added or cut).

The thesaurus entry is nearly always a rarer word than the one it replaces, and the spin's
phrases are odd collocations built from rarer words; the source is the one written in the
ordinary words of the language. The side whose replaced words are more frequent in English is
the source. Frequencies are wordfreq's Zipf values (Speer 2022: many corpora, shipped in the
package, no download), averaged over the words of each swap.

What it does not do: it does not align sentences (paraphrase.py) or decide an edge (detect.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from accord.provenance.text import Tokens, word_alignment
from accord.types import Sentence


@dataclass(frozen=True)
class Swaps:
    """The one-for-one word replacements between the aligned sentences of two articles."""

    pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (words of a, words of b)
    words: int  # words of a in the aligned sentences
    touched: float  # share of aligned sentence pairs with at least one swap

    @property
    def density(self) -> float:
        """Swaps per 100 words of the aligned sentences."""
        return 100.0 * len(self.pairs) / max(1, self.words)

    def fluency_gap(self) -> float:
        """Mean Zipf frequency of a's swapped words minus b's: > 0 when a is the fluent side."""
        if not self.pairs:
            return 0.0
        gaps = [_zipf(wa) - _zipf(wb) for wa, wb in self.pairs]
        return sum(gaps) / len(gaps)


def swaps(tokens_a: Tokens, tokens_b: Tokens, sentence_pairs: list[tuple[Sentence, Sentence]]) -> Swaps:
    """Replacements of up to three words by up to three words, all of them ordinary lower-case
    words (names, figures and punctuation are not what a spinner swaps), inside aligned pairs."""
    found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    words = touched = 0
    for sa, sb in sentence_pairs:
        wa = _words(tokens_a, sa)
        here = pair_swaps(wa, _words(tokens_b, sb))
        words += len(wa)
        found.extend(here)
        touched += bool(here)
    return Swaps(tuple(found), words, touched / max(1, len(sentence_pairs)))


def pair_swaps(wa: list[str], wb: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The swaps (as `swaps` counts them) between one sentence's words and another's."""
    found = []
    for op, i1, i2, j1, j2 in word_alignment(tuple(wa), tuple(wb))[0]:
        if op == "replace" and i2 - i1 <= 3 and j2 - j1 <= 3:
            a, b = tuple(wa[i1:i2]), tuple(wb[j1:j2])
            if all(w.isalpha() for w in a + b):
                found.append((a, b))
    return found


def _words(tokens: Tokens, s: Sentence) -> list[str]:
    return [tokens.tokens[i].word for i in tokens.within(s.start, s.end)]


@lru_cache(maxsize=65536)
def _zipf_word(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _zipf(words: tuple[str, ...]) -> float:
    return sum(_zipf_word(w) for w in words) / max(1, len(words))
