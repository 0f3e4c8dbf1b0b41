"""A total and its parts: two counts of one thing that are not rival readings of it.

compare.numbers asks `sum_of_parts` after it has judged two counts to be about the same thing
and their values apart: one report's count is the sum of the figure it is disputed with and one
or two more counts of the same noun in that figure's report ("six touchdowns on offense" / "two
touchdowns on 106 carries" and "four touchdowns receiving"; "five died" / "two died at the scene
and three in hospital"). A total and its parts are both true (issue 13: "parts of a total" stay
quiet). The parts must be counts of the same noun, none known to be another happening than the
total's (killed / injured), none a share, rate, plan or bound, each smaller than the total, and
no two the same count by the same verb (a report repeats a count; it is not two parts).

`parts_told_apart` reads a total and its parts spread over the story's reports: of two disputed
counts and a third count of their noun anywhere in the story, one is the sum of the other two
("six touchdowns on offense" in one report, "two touchdowns on the ground" in another, "four
touchdowns receiving" in a third). Exact counts of a specific noun only (not people, who come in
many groups; not hedged figures, whose sums meet too much), by no two listed happenings, the third
agreeing with neither of the two.

`part_of_tally` reads the other kind of total news gives: a count over several occasions ("over
50 arrests have been made over four nights of protest", "so far", "since the shooting", "in
all") against another report's count told of one occasion ("46 arrests" after Wednesday
night's protest). The tally holds every occasion's count, so a smaller count of one is one of its
parts, not a rival value; a larger one still disputes it, and so does a count that names no
occasion (it may be the tally told without its span: "has since received nearly 300,000
comments" / "250,000 comments").

`written_beside` reads a whole the reader leaves unread: a count whose value the other report
writes in the very sentence of its own count as a score or a record ("improves to 58-3 with 51
wins by knockout", against "a record of 58 wins"; the reader takes "58-3" for a range or leaves
it): that report gives both values, the record and its part, as an article that gives an
agreeing figure elsewhere does. Not a game's or a vote's tally ("scored two as United beat Rovers
3-1": compare.tallies), nor a span of years ("the 2024-25 budget").

What it does not do: parts spread over more than three figures, parts given by a third
article, totals of measures (sums of money, lengths); two tallies over occasions are compared as
any two counts (their spans may differ, but news rarely says so).
"""

from __future__ import annotations

import re
from itertools import combinations

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.count_keys import GENERIC
from accord.compare.counted import counted, known_apart
from accord.compare.events import Located
from accord.compare.nlp import parse
from accord.compare.quantities import compatible, find_quantities
from accord.compare.tallies import dashed

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


# a count over several occasions: "over four nights of protest", "in three days of rioting", "so
# far", "to date", "since the shooting", "in all"
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
_OVER_OCCASIONS = re.compile(
    r"(?i)\b(?:so far|to date|in (?:all|total)(?=\s*[,.;])|all told|altogether|(?P<since>since)\b|"
    r"(?:over|in|during|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?" + _NUMBER_WORD
    + r"\s+(?:\w+\s+)?(?:days|nights|weeks|months)\b)")


# one occasion: a part of a day, a night ("on Wednesday night", "overnight", "that evening"); not
# a bare weekday, which is as often the day a thing was said ("police said on Sunday")
_ONE_OCCASION = re.compile(r"(?i)\b(?:overnight|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|that|last|the|one|"
                           r"first|second|third)\s+(?:night|evening|morning|afternoon))\b")


# "since" that opens no span of counting: a superlative's ("the worst fire since 2019", "the
# deadliest since the war"), or a year's ("since 2019": a record's span, not the story's days)
_SINCE_NO_SPAN = re.compile(r"(?i)\b(?:first|last|most|least|worst|best|\w+iest|biggest|largest|highest|lowest|"
                            r"greatest|strongest|hottest|coldest|fastest|slowest)\s+(?:[\w'’-]+,?\s+){0,4}$")
_SINCE_YEAR = re.compile(r"\s+(?:1[89]|20)\d\d\b")


def _over_occasions(text: str) -> bool:
    """Is a count of `text` told over several occasions (`_OVER_OCCASIONS`)?"""
    for m in _OVER_OCCASIONS.finditer(text):
        if not m.group("since"):
            return True
        if not (_SINCE_YEAR.match(text, m.end()) or _SINCE_NO_SPAN.search(text, max(0, m.start() - 40), m.start())):
            return True
    return False


def part_of_tally(tally: Located, part: Located) -> bool:
    """Is `tally` a count over several occasions ("over 50 arrests over four nights", "so far")
    and `part` a count no larger told of one occasion ("on Wednesday night ... 46 arrests")?
    Counts only. A part that names no occasion may be the same tally unqualified ("nearly
    300,000 comments since" / "250,000 comments"): it disputes."""
    t, p = tally.value.quantity, part.value.quantity
    if t.unit or p.unit or not _over_occasions(tally.sentence.text):
        return False
    return (not _over_occasions(part.sentence.text) and _ONE_OCCASION.search(part.sentence.text) is not None
            and p.high <= t.high)


# a score or a record, the larger first: "58-3", "5 - 2", "12–9" (a range runs up: "3-5 inches");
# at most three digits a side, so a season or a budget year ("the 2024-25 budget") is no record
_SCORE = re.compile(r"(?<![\d.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d.,]*\d)")


def written_beside(count: Located, partner: Located) -> bool:
    """Does `partner`'s sentence write `count`'s value in a score or a record ("58" in "improves
    to 58-3", the larger first)? Whole counts only."""
    q = count.value.quantity
    if q.unit or q.low != q.high or q.low != int(q.low):
        return False
    value = str(int(q.low))
    text = partner.sentence.text
    games = {m.start() for m in dashed(text)}  # "beat Rovers 3-1": a match's score, of no count's record
    return any(value in m.groups() and int(m.group(1)) > int(m.group(2)) and m.start() not in games
               for m in _SCORE.finditer(text))


def parts_told_apart(a: Located, b: Located, story: list[Located]) -> bool:
    """Is one of `a`, `b` (disputed counts of two reports) and a third count of their noun in
    `story` (every figure of the story) the sum of the other two?"""
    fa, fb = a.value, b.value
    noun = fa.what.noun
    if not (_plain_count(fa) and _plain_count(fb)) or noun != fb.what.noun or noun in GENERIC:
        return False
    if known_apart(fa.what.predicate, fb.what.predicate):
        return False
    for c in story:
        fc = c.value
        if c is a or c is b or fc.what.noun != noun or not _plain_count(fc) or known_apart(
                fc.what.predicate, fa.what.predicate) or known_apart(fc.what.predicate, fb.what.predicate):
            continue
        qs = [fa.quantity, fb.quantity, fc.quantity]
        if any(q.hedge != "exact" for q in qs) or compatible(fc.quantity, fa.quantity) or compatible(
                fc.quantity, fb.quantity):
            continue  # hedged figures add up too easily ("about 180" and "about 163" tons: one load)
        for n, total in enumerate(qs):
            x, y = (q for m, q in enumerate(qs) if m != n)
            if x.high < total.low and y.high < total.low and x.low + y.low <= total.high and total.low <= x.high + y.high:
                return True
    return False
