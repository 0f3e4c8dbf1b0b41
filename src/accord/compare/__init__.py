"""compare: discrepancies, quotes, entities, timeline (issue 5)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    discrepancies: tuple = ()
    quotes: tuple = ()
    entities: tuple = ()
    timeline: tuple = ()


def compare_story(articles, sentences, facts, encoder) -> Comparison:
    return Comparison()
