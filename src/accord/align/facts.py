"""Align sentences across a story's articles into facts.

A fact is one thing stated, with every sentence (mention) that states it. The steps:

1. **Lexical candidates.** Every sentence gets content words, figures and names
   (`align.lexical`); an IDF-weighted cosine over content words is computed for every pair of
   sentences from different articles (one sparse product). Pairs in the grey zone
   [`ALIGN_LEXICAL_CANDIDATE`, `ALIGN_LEXICAL_SURE`) are the ones words alone cannot decide;
   the encoder is spent on them, within a budget of `ALIGN_ENCODE_PER_ARTICLE` sentences per
   article (leads first, then the pairs whose decision is most open). A sentence no other article comes near is its
   own fact and costs no encoding; a one-article story costs none at all.
2. **Pair score.** `ALIGN_COSINE_WEIGHT` * encoder cosine + the rest * lexical similarity
   (for pairs left unencoded, the cosine their lexical similarity predicts). The encoder carries
   paraphrase ("flag-raising fighters" / "fighters raising their flag"); the lexical part keeps
   two sentences that only share a topic apart, because the encoder rates any two sentences
   about the same event as close. A pair whose sentences differ in a key figure or name
   (`lexical.figures_conflict`, `names_conflict`) is never joined: it is a discrepancy, and the
   compare stage reports it as such.
3. **Clustering.** Pairs above `ALIGN_PAIR_THRESHOLD` are merged best first (Kruskal order), and
   two groups merge only when their *average* link (every cross pair, as in UPGMA) stays above
   `ALIGN_LINK_THRESHOLD` and no cross pair is a conflict: single-link chaining would otherwise
   walk from one statement to a different one through a sentence that joins both. A fact holds
   at most one sentence per article (a sentence that packs two statements joins the one it
   matches best), except verbatim repeats within an article (a title repeated as the lead).

What it does not do: it does not decide which of two conflicting sentences is right (compare),
and it does not detect copying (provenance); it reads the provenance edges only to count
independent sources: articles linked by reuse count once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np

from accord import settings
from accord.startup import without_numpy_extras

with without_numpy_extras():  # SciPy without numpy.f2py and numpy.testing (issue 18)
    from scipy import sparse

from accord.align.lexical import (Signals, figures_conflict, idf, names_conflict, polarity_conflict, proper_words,
                                  signals)
from accord.provenance.groups import independent_count, source_groups, spun_articles
from accord.types import Article, Fact, Mention, ProvenanceEdge, Sentence


def align_facts(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    encoder,
    provenance: Sequence[ProvenanceEdge] = (),
) -> tuple[Fact, ...]:
    """The story's facts, in order of first appearance (article order, then sentence order)."""
    units = [s for a in articles for s in sentences.get(a.id, ()) if _is_statement(s)]
    if not units:
        return ()
    if len({s.article for s in units}) > 1:
        groups = _cluster(units, encoder)
    else:  # one article: every sentence is its own fact, nothing to encode
        groups = [[i] for i in range(len(units))]
    article_ids = [a.id for a in articles]
    rank = {a: n for n, a in enumerate(article_ids)}
    reuse = source_groups(article_ids, provenance)
    ordered = sorted((sorted(g, key=lambda i: (rank[units[i].article], units[i].index)) for g in groups),
                     key=lambda g: (rank[units[g[0]].article], units[g[0]].index))
    spun = spun_articles(provenance)
    facts = []
    for n, group in enumerate(ordered, 1):
        members = [units[i] for i in group]
        mentions = tuple(Mention(s.article, s.start, s.end, s.text) for s in members)
        arts = tuple(dict.fromkeys(s.article for s in members))
        facts.append(
            Fact(
                id=f"f{n}",
                text=representative(members, spun).text,
                mentions=mentions,
                articles=arts,
                independent_sources=independent_count(arts, reuse),
            )
        )
    return tuple(facts)


def _is_statement(s: Sentence) -> bool:
    """A sentence worth a fact: a few words with letters, not a caption stub like "(AFP)"."""
    words = [w for w in s.text.split() if any(c.isalpha() for c in w)]
    return len(words) >= settings.ALIGN_MIN_WORDS


def representative(members: Sequence[Sentence], spun: frozenset[str] = frozenset()) -> Sentence:
    """The wording that shows a fact: the most self-contained mention (no opening pronoun, ends
    like a sentence), and among those one not from a machine-style rewrite (articles in `spun`,
    from provenance) and the most typical one (the medoid by shared words), so that a spun
    rewrite's odd synonyms do not stand for what every source says; then the earliest."""
    from accord.summarize.quality import wording_quality

    words = [set(w.lower() for w in s.text.split()) for s in members]

    def typicality(i: int) -> float:
        others = [len(words[i] & w) / max(1, len(words[i] | w)) for j, w in enumerate(words) if j != i]
        return sum(others) / len(others) if others else 0.0

    def key(i: int) -> tuple[float, bool, float]:
        return round(wording_quality(members[i].text), 2), members[i].article not in spun, typicality(i)

    return members[max(range(len(members)), key=key)]


# --------------------------------------------------------------------------- clustering
def _cluster(units: list[Sentence], encoder) -> list[list[int]]:
    names = proper_words([s.text for s in units])
    sig = [signals(s.text, names) for s in units]
    lex = _lexical_matrix(sig)
    art = np.array([hash(s.article) for s in units])
    cross = art[:, None] != art[None, :]
    same_text = _verbatim_repeats(units)
    score = _pair_scores(units, lex, cross, encoder)
    score[same_text] = 1.0
    np.fill_diagonal(score, 0.0)

    parent = list(range(len(units)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(units))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ii, jj = np.nonzero(np.triu(score >= settings.ALIGN_PAIR_THRESHOLD, 1) & (cross | same_text))
    order = np.argsort(-score[ii, jj], kind="stable")
    conflicts: dict[tuple[int, int], bool] = {}

    def conflict(x: int, y: int) -> bool:
        key = (x, y) if x < y else (y, x)
        if key not in conflicts:
            conflicts[key] = not same_text[x, y] and (
                figures_conflict(sig[x], sig[y]) or names_conflict(sig[x], sig[y]) or polarity_conflict(sig[x], sig[y])
            )
        return conflicts[key]

    for k in order:
        a, b = find(int(ii[k])), find(int(jj[k]))
        if a == b:
            continue
        ga, gb = members[a], members[b]
        if not _articles_disjoint(units, ga, gb, same_text):
            continue
        block = score[np.ix_(ga, gb)]
        if block.mean() < settings.ALIGN_LINK_THRESHOLD:
            continue
        if any(conflict(x, y) for x in ga for y in gb):
            continue
        parent[b] = a
        members[a] = ga + gb
        del members[b]
    return list(members.values())


def _pair_scores(units: list[Sentence], lex: np.ndarray, cross: np.ndarray, encoder) -> np.ndarray:
    """Pair scores: encoder cosine blended with lexical similarity where the encoder is worth
    its cost, a lexical estimate of the cosine elsewhere.

    The encoder is the pipeline's bottleneck (~130 sentences/s on 2 cores), so each story gets
    `ALIGN_ENCODE_PER_ARTICLE` encodings per article. They go to the sentences whose decision is
    most open: both ends of the grey-zone pairs (where words alone cannot tell a paraphrase
    from a sentence on the same topic), the pairs nearest the line first (`_openness`). Sentences
    some other stage already encoded are free. Pairs left without vectors are scored with the
    cosine that their lexical similarity predicts (a line fitted on the seeds and two dev
    stories: median cosine ~ 0.40 + 0.6 lex; the intercept is lowered to 0.35 to err on the
    side of keeping sentences apart).
    """
    w = settings.ALIGN_COSINE_WEIGHT
    est = np.clip(settings.ALIGN_PROXY_INTERCEPT + settings.ALIGN_PROXY_SLOPE * lex, 0.0, 1.0)
    score = w * est + (1 - w) * lex
    grey = cross & (lex >= settings.ALIGN_LEXICAL_CANDIDATE) & (lex < settings.ALIGN_LEXICAL_SURE)
    if not grey.any():
        return score
    need = _to_encode(units, lex, grey, encoder)
    if len(need):
        vecs = encoder.encode([units[i].text for i in need])
        cos = np.clip(vecs @ vecs.T, 0.0, 1.0)
        score[np.ix_(need, need)] = w * cos + (1 - w) * lex[np.ix_(need, need)]
    return score


def _to_encode(units: list[Sentence], lex: np.ndarray, grey: np.ndarray, encoder) -> np.ndarray:
    """Indices of the sentences to encode: already cached ones, the articles' leads, then both
    ends of each sentence's best grey-zone pair per other article, the most open decisions first
    (`_openness`), until the story's budget is spent (a pair is only decided by the encoder if
    both ends have it)."""
    is_cached = getattr(encoder, "is_cached", None)
    chosen = {i for i in range(len(units)) if is_cached and grey[i].any() and is_cached(units[i].text)}
    arts = np.array([s.article for s in units])
    pairs = []
    for a in dict.fromkeys(arts.tolist()):
        cols = np.flatnonzero(arts == a)
        sub = np.where(grey[:, cols], lex[:, cols], -1.0)
        best = sub.argmax(axis=1)
        rows = np.flatnonzero(sub.max(axis=1) > 0)
        pairs.extend(zip(sub[rows, best[rows]].tolist(), rows.tolist(), cols[best[rows]].tolist()))
    budget = len(chosen) + settings.ALIGN_ENCODE_PER_ARTICLE * len(set(arts.tolist()))
    # leads first: each outlet retells the core event in its own words there (low lexical
    # overlap, high cosine), and the summary is built on them; every article's first sentence
    # before any article's second, so a budget short of every lead still reaches each outlet's
    # (in article order, the last outlets' leads went unencoded and their leads left the facts
    # their retellings formed)
    leads = sorted((i for i, s in enumerate(units) if s.index < settings.ALIGN_LEAD_SENTENCES and grey[i].any()),
                   key=lambda i: units[i].index)
    chosen |= set(leads[: max(0, budget - len(chosen))])
    # ties: the closer pair, then the later sentences (the order this loop had before issue 18's
    # openness, when it took the closest pairs first)
    for _, i, j in sorted(pairs, key=lambda p: (_openness(p[0]), -p[0], -p[1], -p[2])):  # i != j: across articles
        if len(chosen) + (i not in chosen) + (j not in chosen) > budget:
            break
        chosen.add(i)
        chosen.add(j)
    return np.array(sorted(chosen), dtype=int)


def _openness(lex: float) -> float:
    """How far a pair's score without the encoder (the cosine its lexical similarity predicts,
    blended as in `_pair_scores`) lies from ALIGN_PAIR_THRESHOLD: the smaller, the more the
    encoder's cosine decides whether the pair joins (uncertainty sampling, Lewis and Gale 1994).
    Far above it (lexical ~0.5 and up) the estimate already joins the pair and only an unusually
    low cosine would part it; far below (~0.2), only an unusually high one joins it; near it (~0.38)
    either way is as likely. Taking the closest pairs first spent the budget on the first kind:
    on ECB+ dev a smaller budget then lost pairs near the line that compare's checks read through
    `SameEvent.shared_fact` (bench/RESULTS.md, speed15 and speed16)."""
    w = settings.ALIGN_COSINE_WEIGHT
    est = w * min(1.0, max(0.0, settings.ALIGN_PROXY_INTERCEPT + settings.ALIGN_PROXY_SLOPE * lex)) + (1 - w) * lex
    return abs(est - settings.ALIGN_PAIR_THRESHOLD)


def _articles_disjoint(units: list[Sentence], ga: list[int], gb: list[int], same: np.ndarray) -> bool:
    """At most one sentence per article in a fact, verbatim repeats aside."""
    by_article = {units[x].article: x for x in ga}
    for y in gb:
        x = by_article.get(units[y].article)
        if x is not None and not same[x, y]:
            return False
    return True


def _verbatim_repeats(units: list[Sentence]) -> np.ndarray:
    """Pairs of sentences with the same words (case and spacing aside), within or across articles."""
    keys = [hashlib.blake2b(" ".join(s.text.lower().split()).encode(), digest_size=8).digest() for s in units]
    k = np.array([int.from_bytes(x, "big") for x in keys], dtype=np.uint64)
    same = k[:, None] == k[None, :]
    np.fill_diagonal(same, False)
    return same


def _lexical_matrix(sig: list[Signals]) -> np.ndarray:
    """IDF-weighted cosine between every pair of sentences (dense; a story has hundreds)."""
    weights = idf(sig)
    vocab = {w: n for n, w in enumerate(weights)}
    rows, cols, vals = [], [], []
    for r, s in enumerate(sig):
        for w in s.words:
            rows.append(r)
            cols.append(vocab[w])
            vals.append(weights[w])
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(sig), max(1, len(vocab))), dtype=np.float32)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = sparse.diags(1.0 / norms) @ m
    return np.asarray((m @ m.T).todense(), dtype=np.float32)
