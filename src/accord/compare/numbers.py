"""compare.numbers: work in progress (D2). Returns no discrepancies yet."""

from __future__ import annotations

from accord.compare.context import StoryContext
from accord.types import Discrepancy


def number_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    return ()
