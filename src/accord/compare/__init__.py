"""compare: cross-check one story's articles.

Discrepancies (numbers, lengths of time, dates and weekdays, names, places, relations, quote wording), quotes
with speakers and variants, entities with spelling variants merged, and the timeline.

`compare_story` runs every module on one `StoryContext`: entities first (relations and quotes
resolve people through them), then each kind of discrepancy. Discrepancies come out ordered by
kind, then by strength (claims backed by more articles first).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.compare.readers import Readings
from accord.types import (
    Article,
    Discrepancy,
    Entity,
    Fact,
    ProvenanceEdge,
    Quote,
    Sentence,
    TimelineEvent,
)

# the order in which kinds of discrepancy are listed
KINDS = ("number", "date", "name", "place", "relation", "quote", "other")


@dataclass(frozen=True)
class Comparison:
    discrepancies: tuple[Discrepancy, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    # what the readers found, for the claims stage's agreement check of aligned sentences
    # (accord.claims.agree): the story's context, its merged entities and the posts beside names
    readings: Readings | None = None


def compare_story(
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    facts: Sequence[Fact],
    encoder,
    provenance: Sequence[ProvenanceEdge] = (),
) -> Comparison:
    """Discrepancies, quotes, entities and timeline of one story."""
    from accord.compare.ages import age_discrepancies
    from accord.compare.clock import clock_discrepancies
    from accord.compare.dates import date_discrepancies, date_mentions
    from accord.compare.durations import duration_discrepancies
    from accord.compare.entities import find_entities
    from accord.compare.numbers import number_discrepancies
    from accord.compare.places import place_discrepancies
    from accord.compare.polarity import polarity_discrepancies
    from accord.compare.quotes import find_quotes
    from accord.compare.relations import find_relations, relation_discrepancies
    from accord.compare.roles import post_holders, posts_of, role_discrepancies
    from accord.compare.timeline import build_timeline

    ctx = StoryContext(tuple(articles), sentences, tuple(facts), encoder, tuple(provenance))
    index = find_entities(ctx)
    quotes, quote_discrepancies = find_quotes(ctx, index)
    posts = posts_of(ctx, index)  # read once: posts disputed, and people named by their post
    dates = date_mentions(ctx)  # found and resolved once, for the date check and the timeline
    relations = find_relations(ctx, index, post_holders(posts))  # read once: disputed, and reread by claims
    numbers = number_discrepancies(ctx)
    discrepancies = [
        *numbers,
        *duration_discrepancies(ctx, known=numbers),  # lengths of time, keyed by what they are of
        *age_discrepancies(ctx, index),
        *date_discrepancies(ctx, dates),
        *clock_discrepancies(ctx, dates),
        *place_discrepancies(ctx),
        *polarity_discrepancies(ctx),
        *relation_discrepancies(ctx, index, post_holders(posts), relations),
        *role_discrepancies(ctx, index, posts),
        *quote_discrepancies,
    ]
    return Comparison(
        discrepancies=tuple(sorted(discrepancies, key=_order)),
        quotes=quotes,
        entities=index.entities,
        timeline=tuple(build_timeline(ctx, dates)),
        readings=Readings(ctx, index, posts, tuple(relations)),
    )


def _order(d: Discrepancy) -> tuple:
    """By kind, then strength: the best-supported claim's article count, then the number of claims."""
    kind = KINDS.index(d.kind) if d.kind in KINDS else len(KINDS)
    support = max((len(c.articles) for c in d.claims), default=0)
    return (kind, -support, -len(d.claims), d.about)


__all__ = ["Comparison", "Readings", "StoryContext", "compare_story"]
