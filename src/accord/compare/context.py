"""What every compare module looks at: one story's articles, sentences, facts and the encoder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

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
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def all_sentences(self) -> Iterator[Sentence]:
        for a in self.articles:
            yield from self.sentences.get(a.id, ())

    def mention(self, sentence: Sentence) -> Mention:
        return Mention(sentence.article, sentence.start, sentence.end, sentence.text)
