"""Paraphrase reuse ("spinning"): sentence-by-sentence rewrites of another article.

A spun copy shares few word n-grams with its source, but it keeps the source's content and
order sentence by sentence and much of its sentence structure (names, numbers, function words
stay where they were; content words are swapped for synonyms). Independent reports of the same
event share facts, and the encoder finds single sentence pairs with high cosine between them,
but they word each sentence their own way and do not follow each other stretch by stretch.

So a pair of sentences is a *paraphrase pair* when (1) their words overlap (cheap filter over
all words, function words included, since spinning keeps them: a sparse matrix product over the
whole story, Dice coefficient), (2) the encoder says
they mean the same (cosine), and (3) their word sequences still align: nearly every word kept
or swapped one for one in place (a synonym spinner), or a high cosine with much of the word
order kept (a close rewrite, such as a back-translation). The pairs are then chained
monotonically in both articles (a heaviest increasing chain, as in sentence alignment of
parallel texts; Gale and Church 1993 use the same monotonicity) and only runs of consecutive
pairs count: an isolated matching sentence is what independent reports share, a run of them is
what copying leaves. Sentences that are mostly quotation never count (reporters quote alike).

What it does not do: it does not decide the kind of reuse or its direction (detect.py does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from accord import settings
from accord.provenance.fluency import pair_swaps
from accord.provenance.text import Tokens, word_alignment
from accord.types import Sentence

@dataclass(frozen=True)
class SentencePair:
    a: Sentence
    b: Sentence
    cosine: float
    order: float  # difflib ratio of the two word sequences: 1.0 is verbatim
    swap: float = 1.0  # share of words kept or swapped one for one in place


@dataclass(frozen=True)
class SpinAlignment:
    """The paraphrase pairs of two articles that fall in runs, in order of article `a`."""

    a: str
    b: str
    pairs: tuple[SentencePair, ...]

    def words(self, side: str) -> int:
        return sum(len((p.a if side == "a" else p.b).text.split()) for p in self.pairs)


def _words(tokens: Tokens, s: Sentence) -> list[tuple[str, bool]]:
    return [(tokens.tokens[i].word, tokens.tokens[i].quoted) for i in tokens.within(s.start, s.end)]


def spin_alignments(
    sentences: dict[str, Sequence[Sentence]],
    docs: dict[str, Tokens],
    encoder,
    *,
    spun_only: bool = False,
) -> dict[tuple[str, str], SpinAlignment]:
    """Paraphrase alignments for every pair of articles (ids in sorted order) that has enough
    sentences in runs; other pairs are absent. With `spun_only`, also absent: pairs none of
    whose candidate sentence pairs shows PROVENANCE_SPUN_MIN_DENSITY swaps per 100 words, so
    that no alignment of theirs could be of the spun kind (detect.py reads an alignment only
    then); their sentences are not encoded (see `_set_aside`)."""
    from accord.startup import without_numpy_extras

    with without_numpy_extras():  # SciPy without numpy.f2py and numpy.testing (issue 18)
        from scipy.sparse import csr_matrix

    items: list[tuple[Sentence, list[str]]] = []
    rank: dict[tuple[str, int], int] = {}  # position among the article's usable sentences
    count: dict[str, int] = {}
    for aid in sorted(sentences):
        for s in sentences[aid]:
            words = _words(docs[aid], s)
            if len(words) < 5 or sum(q for _, q in words) > 0.6 * len(words):
                continue  # fragments and quotations are not evidence (nor do they break a run)
            rank[(aid, s.index)] = count[aid] = count.get(aid, 0) + 1
            items.append((s, [w for w, _ in words]))
    if len(items) < 2:
        return {}
    vocab: dict[str, int] = {}
    rows, cols, sizes = [], [], []
    for r, (_, words) in enumerate(items):
        # all words, function words too: a spinner swaps the content words and keeps the rest
        content = set(words)
        sizes.append(len(content))
        for w in content:
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(items), len(vocab)))
    shared = (x @ x.T).tocoo()
    size = np.asarray(sizes, dtype=np.float32)
    doc = np.asarray([hash(s.article) for s, _ in items])
    r, c, n = shared.row, shared.col, shared.data
    # vectorised filter first: other article, each pair once, Dice above the threshold
    keep = (r < c) & (doc[r] != doc[c]) & (2 * n / np.maximum(1.0, size[r] + size[c]) >= settings.PROVENANCE_SPIN_DICE)
    by_pair: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, j in zip(r[keep].tolist(), c[keep].tolist()):
        si, sj = items[i][0], items[j][0]
        key = (si.article, sj.article) if si.article < sj.article else (sj.article, si.article)
        by_pair[key].append((i, j) if si.article == key[0] else (j, i))
    need = settings.PROVENANCE_SPIN_MIN_SENTENCES
    by_pair = {k: v for k, v in by_pair.items() if len(v) >= need}
    if not by_pair:
        return {}
    # word order first (cheap); the encoder only for the sentences still in question, and not
    # for near-verbatim pairs, whose meaning is plainly the same
    scored: dict[tuple[str, str], list[tuple[int, int, float, float]]] = {}
    needed: set[int] = set()
    for key, cands in by_pair.items():
        for i, j in cands:
            order, swap = _order(items[i][1], items[j][1])
            if order >= settings.PROVENANCE_SPIN_SWAP_ORDER and (
                swap >= settings.PROVENANCE_SPIN_SWAP or order >= settings.PROVENANCE_SPIN_ORDER
            ):
                scored.setdefault(key, []).append((i, j, order, swap))
    kept = {k: v for k, v in scored.items() if len(v) >= need and (not spun_only or _may_be_spun(v, items))}
    for cands in kept.values():
        needed.update(x for i, j, order, _ in cands if order < 0.9 for x in (i, j))
    _set_aside(encoder, [items[x][0].text for cands in scored.values() for i, j, order, _ in cands
                         if order < 0.9 for x in (i, j) if x not in needed])
    scored = kept
    order_needed = sorted(needed)
    vectors = dict(zip(order_needed, encoder.encode([items[i][0].text for i in order_needed])))
    out = {}
    for key, cands in scored.items():
        pairs = []
        for i, j, order, swap in cands:
            cos = float(vectors[i] @ vectors[j]) if order < 0.9 else 1.0
            if _is_paraphrase(cos, order, swap):
                pairs.append(SentencePair(items[i][0], items[j][0], cos, order, swap))
        chain = _runs(_heaviest_chain(pairs), rank)
        if len(chain) >= need:
            out[key] = SpinAlignment(key[0], key[1], tuple(chain))
    return out


def _may_be_spun(cands: list[tuple[int, int, float, float]], items) -> bool:
    """Could an alignment drawn from these sentence pairs be of the spun kind (detect.py)? Its
    pairs, at least PROVENANCE_SPIN_MIN_SENTENCES of them, must show PROVENANCE_SPUN_MIN_DENSITY
    swaps per 100 words of their `a` sentences (fluency.swaps counts them the same way), half of
    them one swap at least. A set of pairs reaches density d only if the sum of 100 * swaps -
    d * words over it is >= 0: over sets of at least k pairs that sum is largest for the k
    largest terms and every other positive one (Dinkelbach's test for a ratio of sums)."""
    least, k = settings.PROVENANCE_SPUN_MIN_DENSITY, settings.PROVENANCE_SPIN_MIN_SENTENCES
    swaps = [len(pair_swaps(items[i][1], items[j][1])) for i, j, _, _ in cands]
    if sum(n > 0 for n in swaps) < (k + 1) // 2:
        return False
    terms = sorted((100 * n - least * len(items[i][1]) for n, (i, _, _, _) in zip(swaps, cands)), reverse=True)
    return sum(terms[:k]) + sum(t for t in terms[k:] if t > 0) >= 0


def _set_aside(encoder, texts: list[str]) -> None:
    """Sentences the check used to encode before it knew it would not read them. The story's
    encoder counts them as asked for (`StoryEncoder.reserve`), as when they were encoded here,
    so that what later stages treat as already encoded (align's budget) is the same, and it
    encodes them only if a later stage asks for their vectors. An encoder without that view
    encodes them, as before."""
    if not texts:
        return
    reserve = getattr(encoder, "reserve", None)
    if reserve is not None:
        reserve(texts)
    else:
        encoder.encode(texts)


def _order(a: list[str], b: list[str]) -> tuple[float, float]:
    """(difflib ratio of the word sequences, share of words that are kept or swapped one for
    one): a spinner replaces words and short phrases in place, so nearly every word of a spun
    sentence is either kept or a short swap; a rewrite in one's own words moves and drops."""
    opcodes, ratio = word_alignment(tuple(a), tuple(b))
    kept = 0
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            kept += 2 * (i2 - i1)
        elif op == "replace" and i2 - i1 <= 3 and j2 - j1 <= 3:
            kept += (i2 - i1) + (j2 - j1)
    return ratio, kept / max(1, len(a) + len(b))


def _is_paraphrase(cos: float, order: float, swap: float) -> bool:
    """A word-for-word synonym swap (same meaning, nearly all words kept or swapped in place),
    or a close rewrite (high cosine, much of the word order kept)."""
    swapped = (
        swap >= settings.PROVENANCE_SPIN_SWAP
        and cos >= settings.PROVENANCE_SPIN_SWAP_COSINE
        and order >= settings.PROVENANCE_SPIN_SWAP_ORDER
    )
    rewritten = (
        cos >= settings.PROVENANCE_SPIN_COSINE
        and order >= settings.PROVENANCE_SPIN_ORDER
        and cos + order >= settings.PROVENANCE_SPIN_SUM
    )
    return swapped or rewritten


def _heaviest_chain(pairs: list[SentencePair]) -> list[SentencePair]:
    """The heaviest chain of pairs increasing in both articles (weight: cosine x order), so each
    sentence is used once and the two texts are read in the same order."""
    pairs = sorted(pairs, key=lambda p: (p.a.index, p.b.index))
    if not pairs:
        return []
    best = [p.cosine * p.order for p in pairs]
    back = [-1] * len(pairs)
    for k, p in enumerate(pairs):
        for m in range(k):
            q = pairs[m]
            if q.a.index < p.a.index and q.b.index < p.b.index and best[m] + p.cosine * p.order > best[k]:
                best[k] = best[m] + p.cosine * p.order
                back[k] = m
    k = max(range(len(pairs)), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


def _runs(chain: list[SentencePair], rank: dict[tuple[str, int], int]) -> list[SentencePair]:
    """The pairs of `chain` that sit in runs of at least PROVENANCE_SPIN_RUN pairs, consecutive
    pairs being at most PROVENANCE_SPIN_GAP usable sentences apart in both articles."""
    gap, need = settings.PROVENANCE_SPIN_GAP, settings.PROVENANCE_SPIN_RUN

    def pos(s: Sentence) -> int:
        return rank[(s.article, s.index)]

    out: list[SentencePair] = []
    run: list[SentencePair] = []
    for p in chain:
        if run and (pos(p.a) - pos(run[-1].a) > gap + 1 or pos(p.b) - pos(run[-1].b) > gap + 1):
            if len(run) >= need:
                out.extend(run)
            run = []
        run.append(p)
    if len(run) >= need:
        out.extend(run)
    return out
