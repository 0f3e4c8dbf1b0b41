"""cluster: group articles into stories (placeholder until issue 3 lands: one story per article)."""
from __future__ import annotations

from collections.abc import Sequence

from accord.ids import story_id
from accord.types import Article, Story


def cluster_articles(articles: Sequence[Article]) -> list[Story]:
    return [Story(story_id([a.id]), a.title or "", (a.id,), (), 1) for a in articles]
