"""Who copied whom: provenance edges between the articles of one story.

Cheap signals first: verbatim reuse from shared word n-grams (text.py) for the pairs an
inverted index proposes, paraphrase reuse from sentence runs (paraphrase.py) for the pairs a
sparse lexical filter proposes; the encoder sees only those pairs' sentences. Each linked pair
then gets
- a kind: `duplicate` (the same text, boilerplate aside), `copy` (verbatim reuse, whole or in
  part), `spun` (sentence-by-sentence paraphrase) or `shared` (both reuse an origin outside the
  collection that a credit names: then source/derived order carries no meaning);
- a direction: a spin's source is the fluent side (fluency.py); else the earlier publication
  is the source (page times with time zones first, times.py, then dates); without dates, the
  article that credits the other's outlet is derived, then the one whose text holds the other
  plus its own additions (containment), then, for spins, the one whose wording the rest of the
  story does not share, then, for partial copies, the signed one;
  `score` is lower the weaker the evidence for direction and reuse;
- `credited`: whether the derived article credits its source (or the origin, when the
  source's outlet is unknown), `share` and the reused passages with spans in both articles.

Pairs whose reuse is explained by a common source in the collection (B and C both copy A) get
no edge of their own. Two articles that report the same event in their own words get no edge.

What it does not do: it does not count independent sources (groups.py), word notes for the
reports (notes.py), or reconcile edges across the story (graph.py: common sources, spins of
copies, origins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from accord import settings
from accord.provenance import credits as cr
from accord.provenance.fluency import swaps
from accord.provenance.graph import drop_explained, propagate_origin, spread_spin
from accord.provenance.paraphrase import SpinAlignment, spin_alignments
from accord.provenance.text import Match, Tokens, candidate_pairs, reused_passages, tokenize, unquoted_words
from accord.provenance.times import published_at
from accord.types import Article, Passage, ProvenanceEdge, Sentence, Span


@dataclass(frozen=True)
class _Side:
    """One article's view of a linked pair: which of its tokens are reused, what is its own."""

    article: Article
    tokens: Tokens
    reused: frozenset[int]  # token positions inside reused passages or paraphrased sentences
    spans: tuple[tuple[int, int], ...]  # character spans of the reused passages

    @property
    def share(self) -> float:
        return len(self.reused) / max(1, len(self.tokens))

    @cached_property
    def extra(self) -> float:
        """Share of the article's prose (boilerplate lines aside) that is its own."""
        prose = _prose_tokens(self.tokens)
        if not prose:
            return 0.0
        return sum(1 for i in prose if i not in self.reused) / len(prose)


def detect_provenance(
    articles: Sequence[Article],
    sentences: dict[str, Sequence[Sentence]],
    encoder,
) -> tuple[ProvenanceEdge, ...]:
    """Reuse edges between `articles` (one story); `sentences` as the segmenter gave them."""
    from accord.segment import segment

    by_id = {a.id: a for a in articles}
    if len(by_id) < 2:
        return ()
    docs = {a.id: tokenize(a.id, a.text) for a in articles}
    sents = {a.id: tuple(sentences.get(a.id) or segment(a)) for a in articles}
    verbatim: dict[tuple[str, str], list[Match]] = {}
    for a, b in sorted(candidate_pairs(docs)):
        matches = reused_passages(docs[a], docs[b])
        if _is_reuse(matches, docs[a], docs[b]):
            verbatim[(a, b)] = matches
    spins = spin_alignments(sents, docs, encoder, spun_only=True)  # `_edge` reads spun ones only
    word_articles = _word_articles(docs)
    edges = []
    for a, b in sorted(set(verbatim) | set(spins)):
        edge = _edge(by_id[a], by_id[b], docs, verbatim.get((a, b), []), spins.get((a, b)), word_articles, by_id)
        if edge is not None:
            edges.append(edge)
    edges = spread_spin(edges, by_id)
    edges = drop_explained(edges, by_id)
    edges = propagate_origin(edges, by_id)
    return tuple(sorted(edges, key=lambda e: (e.source, e.derived)))


def _is_reuse(matches: list[Match], a: Tokens, b: Tokens) -> bool:
    if not matches:
        return False
    if unquoted_words(matches) >= settings.PROVENANCE_MIN_REUSED_WORDS:
        return True
    cov_a = sum(m.a_end - m.a_start for m in matches) / max(1, len(a))
    cov_b = sum(m.b_end - m.b_start for m in matches) / max(1, len(b))
    return min(cov_a, cov_b) >= settings.PROVENANCE_MIN_SHARE


def _edge(
    art_a: Article,
    art_b: Article,
    docs: dict[str, Tokens],
    matches: list[Match],
    spin: SpinAlignment | None,
    word_articles: dict[str, set[str]],
    by_id: dict[str, Article],
) -> ProvenanceEdge | None:
    ta, tb = docs[art_a.id], docs[art_b.id]
    verb_a = {i for m in matches for i in range(m.a_start, m.a_end)}
    verb_b = {j for m in matches for j in range(m.b_start, m.b_end)}
    spun_kind = False
    swapped = None
    if spin is not None:
        sent_a = _sentence_tokens(ta, [p.a for p in spin.pairs])
        sent_b = _sentence_tokens(tb, [p.b for p in spin.pairs])
        swapped = swaps(ta, tb, [(p.a, p.b) for p in spin.pairs])
        # a spinner leaves five-word stretches between its swaps, so verbatim passages do not
        # tell a spin from a copy; the swaps themselves do
        spun_kind = _is_spin(spin) and (
            swapped.density >= settings.PROVENANCE_SPUN_MIN_DENSITY
            and swapped.touched >= settings.PROVENANCE_SPUN_MIN_TOUCHED
        )
    if spun_kind:
        reused_a, reused_b = verb_a | sent_a, verb_b | sent_b
        pairs = _spin_passages(spin)
    else:
        if not matches:
            return None
        reused_a, reused_b = verb_a, verb_b
        pairs = [(ta.char_span(m.a_start, m.a_end), tb.char_span(m.b_start, m.b_end)) for m in matches]
    side_a = _Side(art_a, ta, frozenset(reused_a), tuple(p[0] for p in pairs))
    side_b = _Side(art_b, tb, frozenset(reused_b), tuple(p[1] for p in pairs))
    duplicate = not spun_kind and max(side_a.extra, side_b.extra) <= settings.PROVENANCE_DUPLICATE_EXTRA
    kind = "spun" if spun_kind else ("duplicate" if duplicate else "copy")
    src, der, confidence = _direction(side_a, side_b, kind, spin, word_articles, swapped)
    names_src = cr.outlet_names(src.article)
    credited = bool(names_src) and cr.credits_name(der.article, names_src, strong=True)
    origin, credited_near = (None, False) if credited else _origin(side_a, side_b, by_id)
    both_credit = origin is not None and all(
        cr.credits_name(s.article, [origin], strong=True) for s in (side_a, side_b)
    )
    if credited_near and ((kind == "copy" and not _contained(side_a, side_b)) or (kind != "spun" and both_credit)):
        # both took an outside origin's text (both say so, or neither holds the other): the one
        # that credits it goes first, so that `credited` says whether the other does too
        kind, confidence = "shared", 1.0
        if cr.credits_name(der.article, [origin], list(der.spans), strong=True) and not cr.credits_name(
            src.article, [origin], list(src.spans), strong=True
        ):
            src, der = der, src
        credited = cr.credits_name(der.article, [origin], list(der.spans), strong=True)
    elif not names_src:
        # the source's outlet is unknown: a credit to the origin named in its text counts
        names = cr.named_origins(src.article) + ([origin] if origin else [])
        credited = cr.credits_name(der.article, names, list(der.spans), strong=True)
    if kind == "duplicate" and credited:
        kind = "copy"  # a reprint that says where it comes from is a credited copy, not a duplicate
    strength = _strength(kind, matches, spin)
    passages = tuple(
        Passage(Span(src.article.id, *ps), Span(der.article.id, *pd))
        for ps, pd in (pairs if src is side_a else [(q, p) for p, q in pairs])
    )
    return ProvenanceEdge(
        source=src.article.id,
        derived=der.article.id,
        kind=kind,
        score=round(strength * confidence, 3),
        credited=bool(credited),
        origin=origin,
        share=round(der.share, 3),
        passages=passages,
    )


def _is_spin(spin: SpinAlignment) -> bool:
    """A spin rewrites nearly every sentence (few near-verbatim ones), by swapping words in
    place. Wire copy edited by hand keeps many sentences verbatim and rewrites the others by
    inserting and dropping words (names, ages, titles), which lowers the in-place share."""
    pairs = spin.pairs
    rewritten = [p for p in pairs if p.order < 0.9]
    if not rewritten or len(pairs) - len(rewritten) >= settings.PROVENANCE_SPUN_MAX_VERBATIM * len(pairs):
        return False
    return sum(p.swap for p in rewritten) / len(rewritten) >= settings.PROVENANCE_SPUN_MIN_SWAP


def _strength(kind: str, matches: list[Match], spin: SpinAlignment | None) -> float:
    """How sure the reuse itself is, 0.5-1: more reused words or paraphrased sentences, surer."""
    if kind == "spun" and spin is not None:
        return 0.5 + 0.5 * min(1.0, len(spin.pairs) / (3 * settings.PROVENANCE_SPIN_MIN_SENTENCES))
    return 0.5 + 0.5 * min(1.0, unquoted_words(matches) / (4 * settings.PROVENANCE_MIN_REUSED_WORDS))


def _direction(a: _Side, b: _Side, kind: str, spin, word_articles, swapped=None) -> tuple[_Side, _Side, float]:
    """(source, derived, confidence 0.5-1) by the spin's wording, dates, credits, containment."""
    if kind == "spun" and swapped is not None and len(swapped.pairs) >= settings.PROVENANCE_FLUENCY_MIN_SWAPS:
        # a spin is never the source of the fluent text it bends, whatever its page date says
        gap = swapped.fluency_gap()
        if abs(gap) >= settings.PROVENANCE_FLUENCY_GAP:
            return (a, b, 0.95) if gap > 0 else (b, a, 0.95)
    ta, tb = published_at(a.article), published_at(b.article)
    if ta and tb and abs(ta - tb) >= dt.timedelta(minutes=settings.PROVENANCE_MIN_MINUTES_APART):
        return (a, b, 1.0) if ta < tb else (b, a, 1.0)  # page times with zones: the exact order
    da, db = a.article.published, b.article.published
    if da and db and da != db:
        return (a, b, 1.0) if da < db else (b, a, 1.0)
    a_credits_b = cr.credits_name(a.article, cr.outlet_names(b.article))
    b_credits_a = cr.credits_name(b.article, cr.outlet_names(a.article))
    if a_credits_b != b_credits_a:
        return (b, a, 0.9) if a_credits_b else (a, b, 0.9)
    margin = settings.PROVENANCE_CONTAINED_EXTRA
    if kind != "spun":
        if a.extra <= margin < b.extra - margin / 2:
            return a, b, 0.8
        if b.extra <= margin < a.extra - margin / 2:
            return b, a, 0.8
    if kind == "spun" and spin is not None:
        sa, sb = _support(spin, a, b, word_articles)
        if abs(sa - sb) >= 0.1:
            return (a, b, 0.7) if sa > sb else (b, a, 0.7)
    # a credit to some third outlet near the reused text marks the article that took it
    ca, cb = (
        any(c.strong and c.start >= 0 and cr.is_near(s.article.text, c.start, list(s.spans)) for c in cr.credit_mentions(s.article))
        for s in (a, b)
    )
    if ca != cb:
        return (b, a, 0.6) if ca else (a, b, 0.6)
    if bool(a.article.byline) != bool(b.article.byline) and min(a.extra, b.extra) > margin:
        # both add their own text to the reused part (a partial copy): the one signed by a
        # reporter is the original reporting; lifted paragraphs rarely carry a name
        return (a, b, 0.55) if a.article.byline else (b, a, 0.55)
    if abs(a.extra - b.extra) >= 0.05:
        return (a, b, 0.55) if a.extra < b.extra else (b, a, 0.55)
    first = (da is None, da or 0, a.article.id) <= (db is None, db or 0, b.article.id)
    return (a, b, 0.5) if first else (b, a, 0.5)


def _support(spin: SpinAlignment, a: _Side, b: _Side, word_articles: dict[str, set[str]]) -> tuple[float, float]:
    """Share of each side's substituted words that the rest of the story also uses.

    A spinner swaps words for synonyms the other articles do not use ("flag-raising fighters"
    where every other outlet has "fighters raising their flag"); the source's words are the
    story's ordinary vocabulary, repeated by other reports and elsewhere in the source itself.
    """
    pair = {a.article.id, b.article.id}
    counts_a = _word_counts(a.tokens)
    counts_b = _word_counts(b.tokens)
    hits = {"a": [0, 0], "b": [0, 0]}
    for p in spin.pairs:
        wa = [a.tokens.tokens[i].word for i in a.tokens.within(p.a.start, p.a.end)]
        wb = [b.tokens.tokens[i].word for i in b.tokens.within(p.b.start, p.b.end)]
        only_a, only_b = set(wa) - set(wb), set(wb) - set(wa)
        for side, words, own, counts in (("a", only_a, wa, counts_a), ("b", only_b, wb, counts_b)):
            for w in words:
                if len(w) < 4 or w.isdigit():
                    continue  # function words and numbers say nothing of wording
                supported = bool(word_articles.get(w, set()) - pair) or counts[w] > own.count(w)
                hits[side][0] += supported
                hits[side][1] += 1
    return (hits["a"][0] / max(1, hits["a"][1]), hits["b"][0] / max(1, hits["b"][1]))


def _contained(a: _Side, b: _Side) -> bool:
    """Whether one text is (nearly) all inside the other: then one took the other, not both an
    outside origin."""
    return min(a.extra, b.extra) <= settings.PROVENANCE_CONTAINED_EXTRA


def _origin(a: _Side, b: _Side, by_id: dict[str, Article]) -> tuple[str | None, bool]:
    """(an origin outside the collection that the articles name, whether a credit line near the
    reused text names it): outlets of articles in the collection do not count, nor credits
    inside the reused text itself (they are part of what was copied)."""
    inside = [n for art in by_id.values() for n in cr.outlet_names(art)]
    scores: dict[str, int] = {}
    names: dict[str, str] = {}
    credited_near: set[str] = set()
    for side in (a, b):
        for c in cr.credit_mentions(side.article):
            if any(cr.same_outlet(c.name, n) for n in inside):
                continue
            if c.start >= 0 and any(s <= c.start < e for s, e in side.spans):
                continue
            key = next((k for k in names if cr.same_outlet(k, c.name)), c.name)
            names.setdefault(key, c.name)
            near = c.start < 0 or cr.is_near(side.article.text, c.start, list(side.spans))
            scores[key] = scores.get(key, 0) + (2 if near else 1) + c.strong
            if near and c.strong:
                credited_near.add(key)
    if not scores:
        return None, False
    best = max(scores, key=lambda k: (scores[k], -len(k)))
    if scores[best] < 2:
        return None, False
    return names[best], best in credited_near


# --------------------------------------------------------------------------- helpers
def _spin_passages(spin: SpinAlignment) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """One passage per run of consecutive paraphrased sentences."""
    out: list[list[int]] = []
    gap = settings.PROVENANCE_SPIN_GAP + 1
    for p in spin.pairs:
        if out and p.a.index - out[-1][4] <= gap and p.b.index - out[-1][5] <= gap:
            out[-1][1], out[-1][3], out[-1][4], out[-1][5] = p.a.end, p.b.end, p.a.index, p.b.index
        else:
            out.append([p.a.start, p.a.end, p.b.start, p.b.end, p.a.index, p.b.index])
    return [((r[0], r[1]), (r[2], r[3])) for r in out]


def _sentence_tokens(tokens: Tokens, sentences: list[Sentence]) -> set[int]:
    out: set[int] = set()
    for s in sentences:
        out.update(tokens.within(s.start, s.end))
    return out


_PROSE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")


def _prose_tokens(tokens: Tokens) -> list[int]:
    """Token positions in lines that read as prose: a sentence-final line of 12+ words, or any
    line of 30+ words. Menus, "Also read" links, share buttons and bylines are not prose."""
    out: list[int] = []
    i, n = 0, len(tokens.tokens)
    pos = 0
    for line in tokens.text.split("\n"):
        end = pos + len(line)
        first = i
        while i < n and tokens.tokens[i].start < end:
            i += 1
        words = i - first
        if words >= 30 or (words >= 12 and _PROSE_END.search(line.rstrip())):
            out.extend(range(first, i))
        pos = end + 1
    return out


def _word_counts(tokens: Tokens) -> dict[str, int]:
    counts: dict[str, int] = {}
    for t in tokens.tokens:
        counts[t.word] = counts.get(t.word, 0) + 1
    return counts


def _word_articles(docs: dict[str, Tokens]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for aid, tokens in docs.items():
        for t in tokens.tokens:
            out.setdefault(t.word, set()).add(aid)
    return out
