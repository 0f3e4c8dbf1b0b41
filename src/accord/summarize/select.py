"""The consensus summary: an extractive, cited summary of what the story's sources support.

Method: budgeted greedy maximisation of a coverage objective (Lin and Bilmes 2010, "Multi-
document summarization via budgeted maximization of submodular functions") whose concepts are
weighted as in the ICSI summariser (Gillick and Favre 2009): a concept (a content-word bigram,
or a content word at a lower weight) is worth the share of the story's independent sources
that use it, so what many sources say is what the summary covers. Two signals are added on top
of that bag-of-words view:

- **support**: the fact a sentence states (from alignment, which also joins paraphrases that
  share no bigram) multiplies its value by 1 + `SUMMARY_SUPPORT_WEIGHT` * the share of
  independent sources that state it;
- **position**: news puts the core of a story in its lead, so a fact stated in some article's
  first sentences gets 1 + `SUMMARY_LEAD_WEIGHT` / (1 + its earliest sentence index); in a
  one-article story the lead is all there is to go on, and the weight doubles;
- **wording**: `summarize.quality` penalises sentences that lean on their context ("He said",
  a bare quotation, a headline); each fact competes with all its mentions, so the summary takes
  the cleanest wording that covers the most.

Redundancy is controlled three ways: covered concepts give no further gain (the submodular
part), a fact is used at most once, and a sentence whose words overlap a chosen one by more than
`SUMMARY_REDUNDANCY` (IDF-cosine), or whose encoder cosine to one exceeds
`SUMMARY_REDUNDANCY_COSINE`, is skipped (the MMR idea of Carbonell and Goldstein 1998, as a
hard filter). Gains are divided by length**`SUMMARY_LENGTH_SCALE`
(the scaled greedy of Lin and Bilmes) so that long sentences are not favoured just for their
size. Selected sentences are ordered by their relative position in their article, then by the
article's publication order: leads first, background last.

Citations (summarize.cited): selection runs on the facts and their weight as above; a chosen
sentence then cites only the articles of its fact whose mentions carry its wording's names,
figures, days and times (claims.carried), is quoted in the wording every article of its fact
carries when one says no less of its disputes and is no longer, and is contradicted only by the
articles that dispute a point its wording states.

What it does not do: it does not rewrite or fuse sentences (an abstractive mode would have to
keep the citations checkable), and it does not judge which side of a discrepancy is right.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from accord import settings
from accord.align.lexical import _STOP, _WORD, idf, lexical_similarity, proper_words, signals, stem
from accord.claims.cite import Sides
from accord.provenance.groups import source_groups, spun_articles
from accord.summarize.cited import Citing
from accord.summarize.disputes import dispute_sides, dispute_text, topic
from accord.summarize.quality import leans_on_context, wording_quality
from accord.types import (
    Article,
    Discrepancy,
    DisputeSide,
    Exclusive,
    Fact,
    Mention,
    ProvenanceEdge,
    Sentence,
    SummaryDispute,
    SummarySentence,
)

@dataclass(frozen=True)
class _Candidate:
    fact: int  # index into facts
    mention: Mention
    words: int
    concepts: frozenset[str]
    prior: float  # support x position x wording
    quality: float  # summarize.quality.wording_quality
    rel_position: float  # sentence index / sentences in its article


def summarize(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    facts: Sequence[Fact],
    encoder=None,
    words: int = settings.SUMMARY_WORDS,
    provenance: Sequence[ProvenanceEdge] = (),
    discrepancies: Sequence[Discrepancy] = (),
) -> tuple[SummarySentence, ...]:
    """At most about `words` words of extracted sentences, each citing its fact and articles.

    `encoder` (optional) checks the chosen sentences for restatements; paraphrase support
    itself arrives through `facts`. `provenance` says which articles reuse one text: they
    count as one source when concepts are weighted. The words of the disputed-point notes
    (`summary_with_disputes`) count against `words` too, though only the sentences are returned.
    """
    return summary_with_disputes(articles, sentences, facts, encoder, words, provenance, discrepancies)[0]


def summary_with_disputes(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    facts: Sequence[Fact],
    encoder=None,
    words: int = settings.SUMMARY_WORDS,
    provenance: Sequence[ProvenanceEdge] = (),
    discrepancies: Sequence[Discrepancy] = (),
    support: Mapping[Mention, tuple[str, ...]] | None = None,
) -> tuple[tuple[SummarySentence, ...], tuple[SummaryDispute, ...]]:
    """The summary (see `summarize`) and its disputed points stated as such: each chosen sentence
    that takes a side of a discrepancy is followed by "Reports differ on ...: A or B." (once per
    dispute), its words counted in the budget (summarize.disputes). `support` (claims.agree):
    for a mention whose wording not every article of its fact agrees with, the articles that do;
    a sentence quoting it cites those only."""
    if words < 1:
        raise ValueError(f"words must be >= 1, got {words!r}")
    if not facts:
        return (), ()
    candidates, weights = _candidates(articles, sentences, facts, provenance)
    candidates = _unspun(candidates, provenance)
    # a disputed point is stated only on its better-supported side, and never on both sides
    sides = Sides(discrepancies)
    stated = [sides.fact_sides(f) for f in facts]
    candidates = [c for c in candidates if not any(sides.weaker(d, k) for d, k in stated[c.fact].items())]
    # headlines, teasers and fragments only when the story offers too few real sentences
    readable = [c for c in candidates if c.quality >= settings.SUMMARY_MIN_QUALITY]
    notes = _Notes(discrepancies, sides)
    cite = Citing(articles, facts, discrepancies, stated, support, spun_articles(provenance), sentences)
    chosen = _select(readable if len(readable) >= 3 else candidates, weights, words, encoder, stated, notes, cite)
    rank = {a.id: n for n, a in enumerate(articles)}
    chosen.sort(key=lambda c: (round(c.rel_position, 3), rank.get(c.mention.article, 0)))
    # a summary must not open on "Their leader ..." when a self-contained sentence can open it
    opener = next((n for n, c in enumerate(chosen) if not leans_on_context(c.mention.text)), 0)
    chosen.insert(0, chosen.pop(opener))
    summary = tuple(
        SummarySentence(
            text=c.mention.text,
            facts=(facts[c.fact].id,),
            articles=cite.articles(c),
            mention=c.mention,
            contradicted_by=cite.contradicted_by(c),
        )
        for c in chosen
    )
    disputes = tuple(
        SummaryDispute(text=n.text, topic=n.topic, discrepancy=n.discrepancy, after=i, sides=n.sides)
        for i, c in enumerate(chosen) for n in notes.taken.get(c.mention, ())
    )
    return summary, disputes


def exclusive_facts(facts: Sequence[Fact], articles: Sequence[Article]) -> tuple[Exclusive, ...]:
    """For each article, the facts no other article states, in article then fact order.

    A one-article story has no exclusives: there is nothing to be exclusive against.
    """
    if len(articles) < 2:
        return ()
    by_article: dict[str, list[str]] = defaultdict(list)
    for f in facts:
        if len(f.articles) == 1:
            by_article[f.articles[0]].append(f.id)
    return tuple(Exclusive(a.id, fid) for a in articles for fid in by_article.get(a.id, ()))


# --------------------------------------------------------------------------- candidates
def _candidates(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    facts: Sequence[Fact],
    provenance: Sequence[ProvenanceEdge],
) -> tuple[list[_Candidate], dict[str, float]]:
    """Every mention of every fact, with its concepts and prior; and the concept weights."""
    position = {(s.article, s.start): (s.index, len(ss)) for ss in sentences.values() for s in ss}
    article_ids = [a.id for a in articles]
    mention_concepts = {
        (m.article, m.start): _concepts(m.text) for f in facts for m in f.mentions
    }
    groups = source_groups(article_ids, provenance)
    weights = _concept_weights(facts, mention_concepts, groups)
    sources = max(1, max(f.independent_sources for f in facts))
    single = len(article_ids) < 2
    lead_weight = settings.SUMMARY_LEAD_WEIGHT * (2.0 if single else 1.0)
    out = []
    for n, f in enumerate(facts):
        earliest = min(position.get((m.article, m.start), (0, 1))[0] for m in f.mentions)
        support = 1.0 + settings.SUMMARY_SUPPORT_WEIGHT * (f.independent_sources - 1) / max(1, sources - 1)
        lead = 1.0 + lead_weight / (1.0 + earliest)
        for m in f.mentions:
            index, total = position.get((m.article, m.start), (0, 1))
            quality = wording_quality(m.text)
            concepts = frozenset(c for c in mention_concepts[(m.article, m.start)] if c in weights)
            out.append(
                _Candidate(
                    fact=n,
                    mention=m,
                    words=max(1, len(m.text.split())),
                    concepts=concepts,
                    prior=support * lead * math.exp(settings.SUMMARY_QUALITY_WEIGHT * (quality - 1.0)),
                    quality=quality,
                    rel_position=index / max(1, total),
                )
            )
    return out, weights


def _unspun(candidates: list[_Candidate], provenance: Sequence[ProvenanceEdge]) -> list[_Candidate]:
    """Without the wordings of machine-style rewrites ("spun" copies: "get our country completely
    out of the quagmire") where their fact has a wording from another article: a summary quotes
    what a source wrote, not a spinner's synonyms. The spun article is still cited: it states
    the fact."""
    spun = spun_articles(provenance)
    if not spun:
        return candidates
    plain = {c.fact for c in candidates if c.mention.article not in spun}
    return [c for c in candidates if c.mention.article not in spun or c.fact not in plain]


def _concepts(text: str) -> set[str]:
    """Content-word unigrams ("u:") and bigrams ("b:") of a sentence, stemmed."""
    toks = [stem(t) for t in _WORD.findall(text) if t.lower() not in _STOP and len(t) > 1]
    return {f"u:{t}" for t in toks} | {f"b:{a} {b}" for a, b in zip(toks, toks[1:])}


def _concept_weights(
    facts: Sequence[Fact], mention_concepts: dict, groups: dict[str, str]
) -> dict[str, float]:
    """Share of the independent sources whose text uses each concept (ICSI's document
    frequency, with copies of one origin counted once); when the story has several sources, a
    concept that one source alone uses carries next to nothing (ICSI drops it; a small weight
    lets single-source details fill the length budget once the shared content is covered)."""
    df: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for m in f.mentions:
            for c in mention_concepts[(m.article, m.start)]:
                df[c].add(groups.get(m.article, m.article))
    n_sources = len(set(groups.values()))
    out = {}
    for c, srcs in df.items():
        share = len(srcs) / max(1, n_sources)
        if n_sources >= 2 and len(srcs) < 2:
            share *= settings.SUMMARY_SINGLE_SOURCE_WEIGHT  # only to fill the length budget
        out[c] = share * (1.0 if c.startswith("b:") else settings.SUMMARY_UNIGRAM_WEIGHT)
    return out


# --------------------------------------------------------------------------- disputed points
@dataclass(frozen=True)
class _Note:
    discrepancy: int
    topic: str
    sides: tuple[DisputeSide, ...]
    text: str

    @property
    def key(self) -> frozenset:
        """Two discrepancies with the same sides (values and articles) make one note."""
        return frozenset((s.value.lower(), frozenset(s.articles)) for s in self.sides)


class _Notes:
    """The notes the chosen sentences carry: built once per (discrepancy, stated side), each
    dispute noted once, after the first chosen sentence whose own words carry a side of it (a
    sentence whose fact takes a side only through another article's wording gets no note: the
    reader would not see what the note is about)."""

    def __init__(self, discrepancies: Sequence[Discrepancy], sides: Sides):
        self.discrepancies = tuple(discrepancies)
        self.sides = sides
        self._built: dict[tuple[int, int], _Note | None] = {}
        self.noted: set[frozenset] = set()
        self.taken: dict[Mention, list[_Note]] = {}

    def _note(self, d: int, k: int) -> _Note | None:
        if (d, k) not in self._built:
            disc = self.discrepancies[d]
            sides = dispute_sides(disc, first=k)
            note = None
            if len(sides) >= 2:  # values that read the same are no dispute a reader could see
                words = topic(disc)
                note = _Note(d, words, sides, dispute_text(words, sides))
            self._built[(d, k)] = note
        return self._built[(d, k)]

    def pending(self, mention: Mention, stated: dict[int, int]) -> list[_Note]:
        """The notes the sentence at `mention`, whose fact states `stated` (discrepancy -> side),
        would add: the disputes its own words carry a side of, not yet noted."""
        out: list[_Note] = []
        own = {d for d, _ in self.sides.of_mention(mention)} if stated else set()
        for d, k in sorted(stated.items()):
            if d not in own:
                continue
            n = self._note(d, k)
            if n is not None and n.key not in self.noted and all(n.key != x.key for x in out):
                out.append(n)
        return out

    def words(self, mention: Mention, stated: dict[int, int]) -> int:
        return sum(len(n.text.split()) for n in self.pending(mention, stated)) if stated else 0

    def take(self, mention: Mention, stated: dict[int, int], room: int) -> int:
        """Note the disputes of the sentence at `mention` that fit in `room` words; their words."""
        used = 0
        for n in self.pending(mention, stated):
            w = len(n.text.split())
            if used + w <= room:
                self.taken.setdefault(mention, []).append(n)
                self.noted.add(n.key)
                used += w
        return used


# --------------------------------------------------------------------------- selection
def _select(
    candidates: list[_Candidate], weights: dict[str, float], budget: int, encoder=None,
    stated: Sequence[dict[int, int]] = (), notes: _Notes | None = None, cite: Citing | None = None,
) -> list[_Candidate]:
    texts = [c.mention.text for c in candidates]
    names = proper_words(texts)
    sig = {c.mention: signals(c.mention.text, names) for c in candidates}
    lex_weights = idf(list(sig.values()))
    covered: set[str] = set()
    used_facts: set[int] = set()
    rejected: set[Mention] = set()
    chosen: list[_Candidate] = []
    taken: dict[int, int] = {}  # discrepancy -> the side the chosen sentences state
    length = 0
    r = settings.SUMMARY_LENGTH_SCALE
    while True:
        best, best_value = None, 0.0
        for c in candidates:
            if c.fact in used_facts or c.mention in rejected:
                continue
            # the notes' words are counted only for candidates still in the running
            extra = notes.words(c.mention, stated[c.fact]) if notes and stated else 0
            if chosen and length + c.words + extra > budget:
                continue
            if stated and any(taken.get(d, k) != k for d, k in stated[c.fact].items()):
                continue  # the other side of a dispute a chosen sentence states
            # fsum: exact, so the same whatever order the set gives its concepts in (a plain sum's
            # last bits followed the hash seed and broke ties between two wordings of one fact)
            gain = math.fsum(weights[x] for x in c.concepts - covered)
            if gain <= 0.0:
                continue  # says nothing the sources share that the summary lacks
            value = gain * c.prior / (c.words**r)
            if value > best_value:
                best, best_value = c, value
        if best is None:
            break
        if _redundant(best, chosen, sig, lex_weights, encoder):
            rejected.add(best.mention)
            continue
        chosen.append(best)
        if stated:
            taken.update(stated[best.fact])
        if notes and stated:  # the first sentence is taken whatever its length; its notes only if they fit
            length += notes.take(best.mention, stated[best.fact], budget - length - best.words)
        used_facts.add(best.fact)
        covered |= best.concepts
        length += best.words
        if length >= budget:
            break
    if cite is None:
        return chosen
    # the facts are chosen; each is quoted in the wording all its cited articles carry, when one
    # says no less of its disputes, is no longer and restates no other chosen sentence
    for i, c in enumerate(chosen):
        others = chosen[:i] + chosen[i + 1:]
        for rival in cite.shared(c, [x for x in candidates if x.fact == c.fact and x.mention not in rejected]):
            if not _redundant(rival, others, sig, lex_weights, encoder):
                if notes is not None and c.mention in notes.taken:
                    notes.taken[rival.mention] = notes.taken.pop(c.mention)
                chosen[i] = rival
                break
    return chosen


def _redundant(c: _Candidate, chosen: list[_Candidate], sig, lex_weights, encoder) -> bool:
    """Does `c` restate a chosen sentence? Words first; then meaning, for restatements that
    alignment kept apart on purpose (the same event with a different figure: "EUR 80 million"
    / "85 million euros") or that share few words. Only the winner of each round is encoded,
    so this costs a handful of encodings per story (most are cached by alignment already)."""
    if not chosen:
        return False
    if any(
        lexical_similarity(sig[c.mention], sig[d.mention], lex_weights) > settings.SUMMARY_REDUNDANCY
        for d in chosen
    ):
        return True
    if encoder is None:
        return False
    vectors = encoder.encode([c.mention.text] + [d.mention.text for d in chosen])
    return bool((vectors[1:] @ vectors[0]).max() > settings.SUMMARY_REDUNDANCY_COSINE)
