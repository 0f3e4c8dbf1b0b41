"""What every compare module looks at: one story's articles, sentences, facts and the encoder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

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
        return frozenset(e.derived for e in self.provenance if e.kind == "spun")

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]  # KeyError for an article not in the story

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        """Articles by id, the first of a repeated id (as a scan in story order finds it)."""
        out: dict[str, Article] = {}
        for a in self.articles:
            out.setdefault(a.id, a)
        return out

    def all_sentences(self) -> Iterator[Sentence]:
        for a in self.articles:
            yield from self.sentences.get(a.id, ())

    def mention(self, sentence: Sentence) -> Mention:
        return Mention(sentence.article, sentence.start, sentence.end, sentence.text)
