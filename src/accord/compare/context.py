"""What every compare module looks at: one story's articles, sentences, facts and the encoder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from accord.provenance.groups import spun_articles
from accord.types import Article, Fact, Mention, ProvenanceEdge, Sentence


@dataclass(frozen=True)
class StoryContext:
    articles: tuple[Article, ...]
    sentences: Mapping[str, tuple[Sentence, ...]]  # article id -> its sentences
    facts: tuple[Fact, ...]
    encoder: object  # accord.embed.Encoder (shared cache)
    provenance: tuple[ProvenanceEdge, ...] = ()  # who reuses whom, from accord.provenance

    def spun(self) -> frozenset[str]:
        """Articles that are machine-style rewrites of another: their wording stands last."""
        return spun_articles(self.provenance)

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]  # KeyError for an article not in the story

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        """Articles by id, the first of a repeated id (as a scan in story order finds it)."""
        out: dict[str, Article] = {}
        for a in self.articles:
            out.setdefault(a.id, a)
        return out

    @cached_property
    def spun_counterparts(self) -> tuple[tuple[Sentence, Sentence], ...]:
        """(source sentence, rewritten sentence) pairs of the story's machine-style rewrites: a
        spinner swaps words one for one and keeps the sentences in order, so in a spun passage
        (from provenance) with as many sentences on each side, the n-th sentences are one
        statement in two wordings. Passages whose sentence counts differ pair nothing."""
        out = []
        for edge in self.provenance:
            if edge.kind != "spun":
                continue
            for passage in edge.passages:
                source = [s for s in self.sentences.get(edge.source, ())
                          if passage.source.start <= s.start and s.end <= passage.source.end]
                derived = [s for s in self.sentences.get(edge.derived, ())
                           if passage.derived.start <= s.start and s.end <= passage.derived.end]
                if len(source) == len(derived):
                    out.extend(zip(source, derived))
        return tuple(out)

    def all_sentences(self) -> Iterator[Sentence]:
        for a in self.articles:
            yield from self.sentences.get(a.id, ())

    def mention(self, sentence: Sentence) -> Mention:
        return Mention(sentence.article, sentence.start, sentence.end, sentence.text)
