"""Verbatim text reuse: candidate pairs from shared word n-grams, then reused passages.

The method follows passim (Smith, Cordell and Mullen, "Computational methods for uncovering
reprinted texts in antebellum newspapers", American Literary History 2015) and Churnalism
(journalisted's press-release matcher): every article is cut into word 5-gram shingles, an
inverted index from shingle to article finds the pairs that share enough of them (no all-pairs
comparison), and for each candidate pair the shared shingles are seeds that are chained, with
some tolerance for edits, into passages with a span in both articles.

What it does not do: it does not decide who copied whom, nor judge whether the reuse amounts to
a copy (detect.py does); it does not see paraphrase (paraphrase.py does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from accord import settings

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_OPEN = "“«„"
_CLOSE = "”»"


@dataclass(frozen=True)
class Token:
    word: str  # lower-cased, apostrophes normalised
    start: int
    end: int
    quoted: bool  # inside a quotation: shared quotes are not evidence of copying


@dataclass(frozen=True)
class Tokens:
    """An article's words, with spans and whether each lies inside a quotation."""

    article: str
    text: str
    tokens: tuple[Token, ...]

    def __len__(self) -> int:
        return len(self.tokens)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character span of tokens [start, end)."""
        return self.tokens[start].start, self.tokens[end - 1].end

    def within(self, start: int, end: int) -> range:
        """Positions of the tokens that start in characters [start, end) (a sentence's words),
        found by bisection: a story's pairs ask for many sentences of one article."""
        return range(bisect_left(self._starts, start), bisect_left(self._starts, end))

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _memo(self) -> dict:
        """What is read from these tokens more than once (see `_shingle_index`)."""
        return {}


@dataclass(frozen=True)
class Match:
    """A verbatim passage: tokens [a_start, a_end) of one article, [b_start, b_end) of the other."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int  # tokens of the passage covered by shared shingles
    quoted: int  # of which inside quotations (in either article)


def tokenize(article_id: str, text: str) -> Tokens:
    quotes = _quote_ranges(text)
    out = []
    q = 0
    for m in _WORD.finditer(text):
        while q < len(quotes) and quotes[q][1] <= m.start():
            q += 1
        quoted = q < len(quotes) and quotes[q][0] <= m.start() < quotes[q][1]
        out.append(Token(m.group(0).lower().replace("’", "'"), m.start(), m.end(), quoted))
    return Tokens(article_id, text, tuple(out))


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks. A quotation never runs past a paragraph
    break (news style reopens the quote in the next paragraph), so an unbalanced mark cannot
    swallow the rest of the article."""
    ranges = []
    pos = 0
    for para in text.split("\n"):
        open_at = None
        for i, ch in enumerate(para):
            if ch in _OPEN or (ch == '"' and open_at is None):
                open_at = pos + i
            elif (ch in _CLOSE or ch == '"') and open_at is not None:
                ranges.append((open_at, pos + i + 1))
                open_at = None
        if open_at is not None:
            ranges.append((open_at, pos + len(para)))
        pos += len(para) + 1
    return ranges


def _shingles(tokens: Tokens, n: int) -> list[tuple[str, ...]]:
    words = [t.word for t in tokens.tokens]
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def _shingle_index(tokens: Tokens, n: int) -> tuple[list[tuple[str, ...]], dict[tuple[str, ...], list[int]]]:
    """(the article's shingles in order, shingle -> its positions), made once per article: a
    story's candidate pairs read each article many times."""
    memo = tokens._memo
    if ("shingles", n) not in memo:
        shingles = _shingles(tokens, n)
        where: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j, sh in enumerate(shingles):
            where[sh].append(j)
        memo[("shingles", n)] = (shingles, dict(where))
    return memo[("shingles", n)]


def candidate_pairs(docs: dict[str, Tokens]) -> dict[tuple[str, str], int]:
    """Pairs of articles (ids in sorted order) that share at least PROVENANCE_MIN_SHARED_SHINGLES
    distinct shingles, with that count. The inverted index is a sparse article x shingle
    matrix; its product with itself counts shared shingles for every pair at once, so the cost
    follows the number of shared shingles, not the number of pairs."""
    import numpy as np

    from accord.startup import without_numpy_extras

    with without_numpy_extras():  # SciPy without numpy.f2py and numpy.testing (issue 18)
        from scipy.sparse import csr_matrix

    n = settings.PROVENANCE_SHINGLE
    ids = sorted(docs)
    vocab: dict[tuple[str, ...], int] = {}
    rows, cols = [], []
    for r, aid in enumerate(ids):
        for sh in set(_shingles(docs[aid], n)):
            rows.append(r)
            cols.append(vocab.setdefault(sh, len(vocab)))
    if not vocab:
        return {}
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), len(vocab)))
    # a shingle in very many articles is a stock phrase of the story, not a trace of copying
    spread = np.asarray(x.sum(axis=0)).ravel()
    x = x[:, np.flatnonzero(spread <= settings.PROVENANCE_MAX_SHINGLE_DOCS)]
    shared = (x @ x.T).tocoo()
    need = settings.PROVENANCE_MIN_SHARED_SHINGLES
    return {
        (ids[i], ids[j]): int(c) for i, j, c in zip(shared.row, shared.col, shared.data) if i < j and c >= need
    }


def reused_passages(a: Tokens, b: Tokens) -> list[Match]:
    """Verbatim passages shared by `a` and `b`, one-to-one (a stretch of text in one article is
    matched to at most one stretch in the other), in the order of `a`."""
    n = settings.PROVENANCE_SHINGLE
    sh_a, where_a = _shingle_index(a, n)
    where_b = _shingle_index(b, n)[1]
    seeds = []
    for i, sh in enumerate(sh_a):
        js = where_b.get(sh)
        # a shingle repeated many times in either text (a refrain, a boilerplate line) seeds
        # nothing: it cannot tell which occurrence was copied
        if js and len(js) <= 3 and len(where_a[sh]) <= 3:
            seeds.extend((i, j) for j in js)
    chains = _chain(seeds)
    matches = [_to_match(c, a, b, n) for c in chains]
    matches = [m for m in matches if m.matched >= settings.PROVENANCE_MIN_PASSAGE_WORDS]
    return _one_to_one(matches)


def _chain(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Chain seeds (i, j) that follow each other in both texts, allowing gaps of up to
    PROVENANCE_SEED_GAP words and a drift of PROVENANCE_SEED_DRIFT words between the two
    gaps (a word inserted, a phrase reworded): passim's alignment of n-gram seeds."""
    gap, drift = settings.PROVENANCE_SEED_GAP, settings.PROVENANCE_SEED_DRIFT
    open_chains: list[list[tuple[int, int]]] = []
    done: list[list[tuple[int, int]]] = []
    for i, j in sorted(seeds):
        still_open = []
        for c in open_chains:
            (done if c[-1][0] + gap < i else still_open).append(c)
        open_chains = still_open
        best, best_drift = None, drift + 1
        for c in open_chains:
            li, lj = c[-1]
            di, dj = i - li, j - lj
            if 0 < di <= gap and 0 < dj <= gap and abs(di - dj) < best_drift:
                best, best_drift = c, abs(di - dj)
        if best is None:
            open_chains.append([(i, j)])
        else:
            best.append((i, j))
    return done + open_chains


def _to_match(chain: list[tuple[int, int]], a: Tokens, b: Tokens, n: int) -> Match:
    covered_a: set[int] = set()
    covered_b: set[int] = set()
    for i, j in chain:
        covered_a.update(range(i, i + n))
        covered_b.update(range(j, j + n))
    quoted = sum(1 for i in covered_a if a.tokens[i].quoted)
    quoted_b = sum(1 for j in covered_b if b.tokens[j].quoted)
    return Match(
        a_start=min(covered_a),
        a_end=max(covered_a) + 1,
        b_start=min(covered_b),
        b_end=max(covered_b) + 1,
        matched=len(covered_a),
        quoted=max(quoted, quoted_b),
    )


def _one_to_one(matches: list[Match]) -> list[Match]:
    """Largest passages first; a passage overlapping an accepted one in either text is
    dropped (repeated sentences would otherwise be counted twice)."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: -m.matched):
        if all(
            (m.a_end <= k.a_start or k.a_end <= m.a_start)
            and (m.b_end <= k.b_start or k.b_end <= m.b_start)
            for k in kept
        ):
            kept.append(m)
    return sorted(kept, key=lambda m: m.a_start)


@lru_cache(maxsize=16_384)
def word_alignment(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[tuple, ...], float]:
    """(difflib's opcodes, its ratio) for two word sequences, made once: the spin check reads a
    sentence pair's word order (paraphrase.py) and then its swaps (fluency.py)."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return tuple(sm.get_opcodes()), sm.ratio()


def unquoted_words(matches: list[Match]) -> int:
    """Reused words outside quotations: the evidence of copying (two reporters who quote the
    same statement share its words without copying each other)."""
    return sum(m.matched - m.quoted for m in matches)


def coverage(matches: list[Match], length: int, side: str) -> float:
    """Fraction of an article's words inside the passages (`side` "a" or "b")."""
    if length == 0:
        return 0.0
    spans = [(m.a_start, m.a_end) if side == "a" else (m.b_start, m.b_end) for m in matches]
    return sum(e - s for s, e in spans) / length
