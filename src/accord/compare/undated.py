"""Which pages of a story were written within a few days of each other, undated pages included.

The rules that trust a happening's key over unlike wording (compare.dates) and that compare the
times of one happening at all (compare.clock) ask both reports to be dated within
settings.CLAIM_KEY_DAYS of each other: reports days or weeks apart retell other events of the kind
(compare.events.contemporaneous). A page that carries no date of its own (no timestamp, no
dateline) was then never compared with a dated one, even in a story whose dated pages all fall in
a few days, where compare.temporal already reads its "yesterday" and "on Thursday" against the
latest of them.

Here a page's day is its own date (publication, else its dateline's), or, for an undated page,
that inferred day (compare.temporal.references: only when the story's dated pages lie within a
week of one another). Two pages are near when their days are within CLAIM_KEY_DAYS and at least
one of them is its own: two undated pages know nothing of each other's day.

What it does not do: it does not date a story whose pages are all undated (real news corpora
without dates, such as ECB+, keep the undated rules), nor move a page's own date.
"""

from __future__ import annotations

from collections.abc import Callable

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.temporal import references


def nearness(ctx: StoryContext) -> Callable[[str, str], bool]:
    """near(article_a, article_b): are the two pages' days (see the module docstring) within
    CLAIM_KEY_DAYS of each other, at least one of them the page's own?"""
    refs = references(ctx.articles)

    def near(a: str, b: str) -> bool:
        ra, rb = refs[a], refs[b]
        if ra.date is None or rb.date is None or not (ra.firm or rb.firm):
            return False
        return abs((ra.date - rb.date).days) <= settings.CLAIM_KEY_DAYS

    return near
