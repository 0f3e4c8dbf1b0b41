"""When the two claims of a polarity pair are told of, for compare.polarity: a denial of the future
against a deed printed no later (`same_cycle`), either side the story's background a year or more
back (`background_of`, by the words that date it: an admission's own clause, not what it admits),
a report printed after a denial that may tell what happened since (`later`), and days told by
both that differ (`other_days_of`).

What it does not do: read the claims (compare.polarity) or dates (compare.temporal).
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.compare.denials import background, happened_since, other_days
from accord.compare.temporal import references


def same_cycle(ctx: StoryContext, pos, neg) -> bool:
    """A denial of the future ("would not close") against a report of the deed: both pages dated,
    the deed's printed no later than the denial; two future claims never."""
    pp = ctx.article(pos.sentence.article).published
    pn = ctx.article(neg.sentence.article).published
    return not pos.future and pos.negated != neg.negated and pp is not None and pn is not None and pp <= pn


def other_days_of(ctx: StoryContext, a, b, refs: dict) -> bool:
    if not refs:
        refs.update(references(ctx.articles))
    return other_days(a, b, refs)


def background_of(ctx: StoryContext, a, b) -> bool:
    """Either side dated a year or more before its page, the other reaching back over no span
    (compare.denials.background): by the words that date it when a claim has them (`dated`)."""
    pa, pb = (ctx.article(x.sentence.article).published for x in (a, b))
    da, db = (_Dated(x.dated) if x.dated else x.sentence for x in (a, b))
    return background(da, pa, db) or background(db, pb, da)


@dataclass(frozen=True)
class _Dated:
    text: str  # the words that date a claim, read as denials.background reads a sentence


def later(ctx: StoryContext, pos, neg, refs: dict, claims: list, same_verb) -> bool:
    """Printed after the denial, and not dated on or before the denial's page day, here or in
    another sentence of its article telling the same happening: it may have happened since ("The
    56-year-old was detained yesterday morning", printed the day after "no arrests have been
    made", dates the arrest "Police have arrested the master" tells on the denial's day)."""
    pp = ctx.article(pos.sentence.article).published
    pn = ctx.article(neg.sentence.article).published
    if pp is None or pn is None or pp <= pn:
        return False
    if not refs:
        refs.update(references(ctx.articles))
    told = [(c.sentence, c.at) for c in claims if c.sentence.article == pos.sentence.article and not c.negated
            and same_verb(c, pos) and c.at >= 0]
    return happened_since(told, pp, neg.sentence, pn, refs[pos.sentence.article])
