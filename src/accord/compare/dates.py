"""compare.dates: work in progress (D2). Returns no discrepancies yet."""

from __future__ import annotations

from accord.compare.context import StoryContext
from accord.types import Discrepancy


def date_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    return ()
