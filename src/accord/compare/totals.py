"""A total and its parts: two counts of one thing that are not rival readings of it.

compare.numbers asks `sum_of_parts` after it has judged two counts to be about the same thing
and their values apart: one report's count is the sum of the figure it is disputed with and one
or two more counts of the same noun in that figure's report ("six touchdowns on offense" / "two
touchdowns on 106 carries" and "four touchdowns receiving"; "five died" / "two died at the scene
and three in hospital"). A total and its parts are both true (issue 13: "parts of a total" stay
quiet). The parts must be counts of the same noun, none known to be another happening than the
total's (killed / injured), none a share, rate, plan or bound, each smaller than the total, and
no two the same count by the same verb (a report repeats a count; it is not two parts).

What it does not do: parts spread over more than three figures, parts given by a third
article, totals of measures (sums of money, lengths).
"""

from __future__ import annotations

from itertools import combinations

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.counted import counted, known_apart
from accord.compare.events import Located
from accord.compare.nlp import parse
from accord.compare.quantities import find_quantities

# more parts than this are not tried (a box score lists many counts of one noun)
_MOST_PARTS = 3
_MOST_CANDIDATES = 8


def sum_of_parts(ctx: StoryContext, total: Located, partner: Located, others: list[Located]) -> bool:
    """Is `total` the sum of two or three counts of its noun in `partner`'s article, `partner`
    (the figure it is disputed with) one of them? `others` are that article's figures
    (compare.numbers.figures); the counts of its lists of statistics, which numbers does not
    compare ("404 yards and two touchdowns on 106 carries, averaging 3.8 yards"), are read too: a
    part stated in a list is stated all the same."""
    t = total.value
    if not _plain_count(t):
        return False
    parts = [(o.sentence.index, o.start, o.value.quantity, o.value.what) for o in others if _plain_count(o.value)]
    parts += _listed_counts(ctx, partner.article, t.what.noun)
    found = {(index, start): (q, what.predicate) for index, start, q, what in parts
             if what.noun == t.what.noun and not what.modal and not known_apart(what.predicate, t.what.predicate)
             and q.hedge in ("exact", "approx") and q.high < t.quantity.low}
    own = found.pop((partner.sentence.index, partner.start), None)
    if own is None:
        return False
    values = list(found.values())[:_MOST_CANDIDATES]
    for n in range(1, min(_MOST_PARTS - 1, len(values)) + 1):
        for others_chosen in combinations(values, n):
            chosen = (own, *others_chosen)
            if len({(q.low, q.high, verb) for q, verb in chosen}) < len(chosen):
                continue  # one count said twice ("two were killed ... the two killed were"), not two parts
            low, high = sum(q.low for q, _ in chosen), sum(q.high for q, _ in chosen)
            if low <= t.quantity.high and t.quantity.low <= high:
                return True
    return False


def _listed_counts(ctx: StoryContext, article: str, noun: str) -> list[tuple]:
    """(sentence index, start, Quantity, Counted) of the counts of `noun` in `article`'s lists
    of statistics: sentences of more than NUMBER_MAX_PER_SENTENCE figures."""
    dense = [(s, qs) for s in ctx.sentences.get(article, ())
             if len(qs := find_quantities(s.text)) > settings.NUMBER_MAX_PER_SENTENCE]
    if not dense:
        return []
    out = []
    for (s, qs), doc in zip(dense, parse([s.text for s, _ in dense])):
        for q in qs:
            what = counted(doc, q.start, q.end)
            if not q.unit and what.noun == noun:
                out.append((s.index, q.start, q, what))
    return out


def _plain_count(fig) -> bool:
    """A count of a named noun, stated as a fact: not a share, a rate, a plan or a bound."""
    return (not fig.quantity.unit and fig.what.noun is not None and not fig.partial and not fig.rate
            and not fig.what.modal and fig.quantity.hedge in ("exact", "approx"))
