"""compare: cross-check one story's articles.

Discrepancies (numbers, dates and weekdays, names, places, relations, quote wording), quotes
with speakers and variants, entities with spelling variants merged, and the timeline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.types import Article, Discrepancy, Entity, Fact, Quote, Sentence, TimelineEvent


@dataclass(frozen=True)
class Comparison:
    discrepancies: tuple[Discrepancy, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()


def compare_story(
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    facts: Sequence[Fact],
    encoder,
) -> Comparison:
    ctx = StoryContext(tuple(articles), sentences, tuple(facts), encoder)
    # Each module below takes the context and returns records; they are wired in as they land.
    return Comparison()


__all__ = ["Comparison", "StoryContext", "compare_story"]
