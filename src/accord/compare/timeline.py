"""compare.timeline: work in progress (D2). Returns no events yet."""

from __future__ import annotations

from accord.compare.context import StoryContext
from accord.types import TimelineEvent


def build_timeline(ctx: StoryContext) -> tuple[TimelineEvent, ...]:
    return ()
