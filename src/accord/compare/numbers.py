"""Number discrepancies: figures about the same thing that cannot both be true.

Figures are read by compare.figures: for each sentence, quantities as intervals (compare.quantities:
hedges, bounds, ranges, rounding), and what each counts from the dependency parse (compare.counted,
spaCy, only for sentences that hold a figure). Two figures from different articles are about the
same thing when the counted nouns match (generic words for people count as one: people, civilians,
residents ...), the verbs do not name different happenings (killed vs injured), neither is
scoped differently ("the final two games", "will miss", "per season", "four more"), named
subjects do not differ ("the Orioles offered" vs "the Red Sox offered"), and their sentences,
with the figures masked, are close (compare.events), or each is its report's first count of one
toll or first measure in one unit (`_leads`: the main event's, as news gives it first), or
their sentences echo each other (compare.echoes: a measure that is one claim and agrees, and
one count each besides, however unlike their verbs). They conflict when their intervals are
disjoint.

Hours, days and weeks are read here only where compare.duration_keys reads a length (not "the
rules take effect in 30 days", "39 days left in office", "one day" for some day, "at 1100
hours"), compared as compare.spans reads them ("within two hours", "30 hours of talks" over
"four days"), and never as a report's first measure: a report's first length is
compare.durations' (`_leads` there), which reads what a length is of.

Not a conflict, by design:
- a bound and a value inside it, hedges, rounding ("more than 120,000" vs "about 124,000");
- a share of a total ("55,000 ..., nearly half the total"): a sentence that states a fraction
  describes a part, and is only compared with other parts;
- a running toll: a larger figure in a later article (by publication date), or a figure that
  the sentence says has risen ("rose to", "climbed to");
- a figure the other article also gives elsewhere (it then reports both quantities), or in the
  same sentence in the same unit;
- figures whose sentences disagree on every other figure as well (two periods, two games);
- a sum in brackets after another figure ("euro110 billion ($141 billion)"): a conversion at
  the writer's rate, not a value;
- counts at different degrees ("four hardest-hit villages" / "five badly hit" / "seven
  damaged"), and shares of polls named apart ("a poll for X found 68%" / "a poll by Y, 83%")
  (compare.figure_scope);
- a change at a market's close and one not said to be ("closed down 3.9%" / "plunged 5.4%")
  (compare.figure_scope);
- two writers' conversions of one value: feet and metres, dollars converted from one euro sum
  (compare.converted);
- a total and its parts in one report or over three, a count over several occasions against one
  occasion's smaller count, a part beside its record written as a score ("58-3 with 51 wins by
  knockout") (compare.totals).
What it does not do: months and years, repetitions ("three times"), figures in questions and in
statistics lists (more than NUMBER_MAX_PER_SENTENCE figures, unless each has a verb of its own,
as in a news lead) are not compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.counted import PEOPLE_LIKE, known_apart, listed, same_predicate
from accord.compare.anchors import anchored, apart, astronomical, same_distance
from accord.compare.count_keys import GENERIC, several_valued, sole_counts
from accord.compare.echoes import RISING, echoed, spun_changes
from accord.compare.keys import SumSaid, two_sums
from accord.compare.spans import compatible as lengths_compatible
from accord.compare.converted import converted_alike
from accord.compare.figure_scope import at_close, over_past_period
from accord.compare.figures import CONTENT_WORD, MEASURES, TALLIES, Figure, figures
from accord.compare.events import Located, SameEvent, claims_for, components, contemporaneous, partition
from accord.compare.quantities import Quantity, compatible
from accord.compare.totals import part_of_tally, parts_told_apart, sum_of_parts, written_beside
from accord.compare.weights import holds
from accord.types import Discrepancy

# nouns too general to be a claim's key by themselves ("three people", "the first two")
_GENERIC_NOUNS = GENERIC
# units of figures that grow while a story runs, so a later article's larger one updates
_RUNNING_UNITS = frozenset({"", "m2", "m"})
_MALE, _FEMALE = frozenset({"man", "men"}), frozenset({"woman", "women"})


def _leads(items: list[Located]) -> frozenset[int]:
    """The ids of each article's first count of a toll (the dead, the injured, the missing, the
    arrested) and first measure of each unit that says what it measures (a speed, an area, a
    temperature; not a length, a sum or a share, of which real news gives a story many: a fee
    and the takings, a poll and a rating; a report's first length of time is compare.durations'):
    news gives the main event's figures first, so two reports' first figures of one toll or one
    unit are that event's, however unlike their sentences ("Four people died and 23 were
    treated in hospital after a flash flood tore through the town" / "Three people lost their
    lives when the river swept through the town last night"). `_same_thing` meets them only
    where nothing else tells them apart."""
    first: dict[tuple[str, str], Located] = {}
    for it in sorted(items, key=lambda it: (it.article, it.sentence.index, it.start)):
        fig, w = it.value, it.value.what
        if fig.partial or fig.rate or w.modal or fig.quantity.high == 0:
            continue  # a zero is no toll's first count
        if fig.quantity.unit:
            if fig.quantity.unit in MEASURES and fig.quantity.unit != "h":  # a first length: compare.durations'
                first.setdefault((it.article, fig.quantity.unit), it)
            continue
        if w.noun is None or w.grouped:
            continue
        tally = next((t for t in TALLIES if same_predicate(w.predicate, t)), None)
        if tally is not None:
            first.setdefault((it.article, tally), it)
    return frozenset(id(x) for x in first.values())


def _keyed_once(items: list[Located]) -> frozenset[int]:
    """The ids of measures whose key (what a length, a share or a sum is of: "depth", "radius",
    "rise", "cost") their article states one value for, however often it repeats it: a report
    gives the depth of the trapped men or the size of a pay rise once, so two reports' sole values
    for one key are one claim, however unlike the sentences that carry them ("The fall happened
    about 620 metres underground" / "The men are 480 metres below the surface, the official
    said"). Counts are keyed by their nouns, which name many things, and are not read so."""
    groups: dict[tuple, list[Located]] = defaultdict(list)
    for it in items:
        fig = it.value
        if fig.key and (fig.quantity.unit or fig.what.noun == "tonne") and not (fig.partial or fig.rate or fig.what.modal):
            groups[(it.article, fig.quantity.unit, fig.key)].append(it)
    return frozenset(id(it) for g in groups.values()
                     if all(compatible(x.value.quantity, y.value.quantity) for x in g for y in g)
                     for it in g)


def _same_thing(a: Located, b: Located, same: SameEvent, leads: frozenset[int] = frozenset(),
                once: frozenset[int] = frozenset(), sole: frozenset[int] = frozenset(),
                several: frozenset[int] = frozenset(), echoes: frozenset[tuple[int, int]] = frozenset()) -> bool:
    fa, fb = a.value, b.value
    wa, wb = fa.what, fb.what
    if fa.quantity.unit != fb.quantity.unit or fa.partial != fb.partial or fa.rate != fb.rate:
        return False
    if fa.degree != fb.degree:
        return False  # "the four hardest-hit villages" / "five villages were badly hit" / "seven villages damaged"
    if fa.poll and fb.poll and not fa.poll & fb.poll:
        return False  # "a poll for the Kathimerini newspaper found 68%" / "a poll by Ethnos said 83.3%"
    if fa.share and fb.share and fa.share != fb.share:
        return False  # "shares fell 8%" / "the outage hit 40% of the airline's customers"
    if (fa.split and fa.split <= _all_words(b.sentence.text)) or (fb.split and fb.split <= _all_words(a.sentence.text)):
        return False  # "40 pupils, six of them from the village school" / "28 pupils from the village school"
    if fa.quantity.unit == "m" and (anchored(fa.key) or anchored(fb.key)):
        # distances from an anchor meet only each other (compare.anchors)
        return anchored(fa.key) and anchored(fb.key) and same_distance(a, b, same, once)
    if fa.key and fb.key and fa.quantity.unit == "m":
        # two lengths that say what they measure ("60 cm of snow", "fell 80 metres")
        if fa.key != fb.key or not contemporaneous(same.ctx, a.article, b.article):
            return False
        if id(a) in once and id(b) in once and not (apart(wa.subject, wb.subject) or apart(wa.where, wb.where)):
            return True  # each report's one value for this key
        return same.shared_fact(a, b) or same.similarity(a, b) >= settings.NUMBER_MEASURE_KEY_SIMILARITY
    if fa.key and fa.key == fb.key and fa.quantity.unit and not (wa.modal or wb.modal) and not (
            apart(wa.subject, wb.subject) or apart(wa.agent, wb.agent)) and contemporaneous(  # two payers, two costs
            same.ctx, a.article, b.article):
        # two sums named alike ("expects the recall to cost the company EUR 40m" / "has put the
        # cost at around 25 million euros"), by payers not named apart: the key is the sum's own
        # name, so the sentences need only be about the story; unlike names go the way below
        if id(a) in once and id(b) in once and not apart(wa.where, wb.where):
            return True  # each report's one value for this key ("a 6.8 per cent rise" / "the 7.2% rise")
        if same.shared_fact(a, b) or same.similarity(a, b) >= settings.NUMBER_MEASURE_KEY_SIMILARITY:
            return True
    if wa.noun == wb.noun == "tonne" and fa.key and fa.key == fb.key and id(a) in once and id(b) in once and (
            same_predicate(wa.predicate, wb.predicate) is not False
            or (holds(wa.predicate) and holds(wb.predicate))) and not (
            apart(wa.where, wb.where)) and contemporaneous(same.ctx, a.article, b.article):
        return True  # each report's one weight of this stuff, by one happening ("held" / "contained")
    if wa.noun == wb.noun == "tonne" and wa.predicate and wb.predicate and holds(wa.predicate) != holds(wb.predicate):
        return False  # "was carrying 18 tonnes" / "6 tonnes spilled": the load and what left it
    if fa.quantity.unit not in ("", "m", "%") and two_sums(_sum(fa), _sum(fb)):
        return False  # "investors lost GBP 68m" / "about £9 million had been recovered": two sums
    if wa.modifier and wb.modifier and wa.modifier != wb.modifier:
        return False  # "home runs" and "runs batted in" are different counts
    if wa.scope != wb.scope or wa.modal != wb.modal:
        return False  # "the final two games" / "four games"; "will miss" / "missed"
    bare = wa.noun is None and wb.noun is None and fa.quantity.unit != ""
    pred = same_predicate(wa.predicate, wb.predicate)
    if (wa.grouped or wb.grouped) and not pred:
        return False  # "Of the 23 pirates arrested, 12 are reported to be Somali": a part, met by its happening only
    # a count of one specific thing ("38 batches" / "26 batches", "all 14 polling stations" /
    # "the town's 19 polling stations"): the noun is the key whatever verbs carry it, unless
    # one is a listed happening the other is not ("43 passengers" carried / "20 passengers" hurt),
    # or an article counts the noun twice over (compare.count_keys.several_valued: "12 Somali
    # and 11 Yemeni pirates" beside "23 pirates"), where the noun names more than one set
    specific = (not fa.quantity.unit and wa.noun is not None and wa.noun == wb.noun
                and id(a) not in several and id(b) not in several
                and wa.noun not in _GENERIC_NOUNS and wa.modifier == wb.modifier
                and listed(wa.predicate) == listed(wb.predicate) and not known_apart(wa.predicate, wb.predicate)
                # other verbs and other doers are two happenings ("the gallery lent 12 paintings" /
                # "thieves took seven paintings")
                and not (not same_predicate(wa.predicate, wb.predicate) and apart(wa.agent, wb.agent)))
    # a share's noun is often what it is a share of, often unread ("30 percent of those massed",
    # "returns of 12 percent a year" / "loans paying 8% a year"): "%" stands for no noun
    measure = (fa.quantity.unit not in ("", "m") and (wa.noun in (None, "%") or wb.noun in (None, "%")
                                                     or wa.noun == wb.noun)
               and not known_apart(wa.predicate, wb.predicate))
    people = (pred and wa.noun in PEOPLE_LIKE and wb.noun in PEOPLE_LIKE
              and not ({wa.noun, wb.noun} & _MALE and {wa.noun, wb.noun} & _FEMALE))  # "two women" / "a man": two counts
    if not bare and not people and not measure and (wa.noun is None or wb.noun is None or wa.noun != wb.noun):
        return False  # a count needs its noun; a measure ("10 miles", "$5m") may stand alone
    # each report's only count of this noun and happening (compare.count_keys), the happening
    # told by one verb or verbs of one listed kind: "had", "were" tell none ("has 1,100
    # firefighters" / "seven are firefighters"), nor do two unlisted verbs ("340 homes had been
    # flooded" / "power was cut to 1,500 homes"); a modifier on one side only may name a part
    # ("tank wagons" / "wagons")
    alone = (id(a) in sole and id(b) in sole and wa.noun == wb.noun and not fa.quantity.unit
             and wa.modifier == wb.modifier and pred is True)
    if pred is False and not measure and not specific and not (
            (min(id(a), id(b)), max(id(a), id(b))) in echoes and wa.noun == wb.noun and not known_apart(
            wa.predicate, wb.predicate)):
        return False  # other verbs, unless the sentences echo (compare.echoes: "sued" / "brought the case")
    if apart(wa.subject, wb.subject):
        return False  # "the Orioles offered" and "the Red Sox offered": two offers
    if apart(wa.where, wb.where):
        return False  # "killed four people in Florida" / "killed nine people in Cuba": two tolls
    if pred and apart(wa.agent, wb.agent):
        # "the county hospital treated 40" / "a small clinic treated 9": two counts; with other
        # verbs the doers are told apart by their words too often ("the attackers demanded" /
        # "the gang wants")
        return False
    if _far_apart(fa.quantity, fb.quantity):
        # an order of magnitude apart: the key and a loose likeness are not enough
        threshold = settings.NUMBER_SAME_SIMILARITY + (0.0 if pred else 0.05) + (0.05 if bare else 0.0)
        return same.shared_fact(a, b) or same.similarity(a, b) >= threshold
    if alone and contemporaneous(same.ctx, a.article, b.article):
        return True  # "escaped with five paintings" / "six paintings had been stolen from the east wing"
    if pred and not bare and contemporaneous(same.ctx, a.article, b.article):
        if id(a) in leads and id(b) in leads and "lower" not in (fa.quantity.hedge, fb.quantity.hedge):
            # each report's first count of this toll: the story's main event's (not for a bound:
            # "at least 17 killed" against "eighteen died" is read as a tally only when the
            # sentences say one thing)
            return True
        # the key matches: the same counted thing and the same happening ("escaped with five
        # paintings" / "six paintings were taken"); the sentences need only be about the story's
        # event, not worded alike
        threshold = settings.NUMBER_KEY_SIMILARITY
    elif specific and contemporaneous(same.ctx, a.article, b.article):
        threshold = settings.NUMBER_KEY_SIMILARITY - settings.NUMBER_SPECIFIC_MARGIN
    elif measure and contemporaneous(same.ctx, a.article, b.article):
        if id(a) in leads and id(b) in leads and pred is not False and fa.key == fb.key and (
                same.shared_fact(a, b) or same.similarity(a, b) >= settings.NUMBER_LEAD_MEASURE_SIMILARITY):
            return True  # each report's first measure in this unit, told by no two verbs or names
        # a measure whose unit says what it is (money, a share, a speed, a duration, an area, a
        # temperature) and whose nouns do not differ ("fined EUR 4.5m" / "a penalty of 2.8
        # million euros"; "turnout was 38 percent" / "a turnout of 52%"): a little more likeness
        # than a named count needs. Not lengths: real news gives many for different things (how
        # far a climber fell, how far off the coast a ship was)
        threshold = settings.NUMBER_KEY_SIMILARITY + settings.NUMBER_MEASURE_MARGIN
    else:
        threshold = settings.NUMBER_SAME_SIMILARITY + (0.0 if pred else 0.05) + (0.05 if bare else 0.0)
    # the aligner's verdict first: it costs no encoding
    return same.shared_fact(a, b) or same.similarity(a, b) >= threshold


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Are the two figures settings.NUMBER_FAR_RATIO times apart or more at their nearest ends
    ("$3 million" / "more than $363 million"; "one" / "46")?"""
    low, high = (a, b) if a.high <= b.low else (b, a)
    if high.low <= low.high or low.high <= 0:
        return False
    return high.low / low.high >= settings.NUMBER_FAR_RATIO


def _sum(fig: Figure) -> SumSaid:
    return SumSaid(fig.key, fig.what.verb, fig.what.predicate)


@lru_cache(maxsize=4096)
def _all_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in CONTENT_WORD.findall(text))


def _same_day(a: Located, b: Located) -> bool:
    return a.value.published is not None and a.value.published == b.value.published


def _compatible(a: Located, b: Located) -> bool:
    """Can both figures be true? A tally's "at least N" ("at least 38 people were killed") is the
    confirmed count N, not an open bound: another account's exact 41 disputes it (a later
    article's larger figure is a running toll, see `_update`)."""
    qa, qb = a.value.quantity, b.value.quantity
    if a.value.length is not None and b.value.length is not None:
        return lengths_compatible(a.value.length, b.value.length)
    if not compatible(qa, qb):
        return False
    if {qa.hedge, qb.hedge} != {"lower", "exact"} or not _same_day(a, b):
        return True  # an early "at least three" and a later ten is a toll that grew
    tally = a.value.what.predicate and any(same_predicate(a.value.what.predicate, t) for t in TALLIES)
    if not tally:
        return True
    bound, exact = (qa, qb) if qa.hedge == "lower" else (qb, qa)
    if not re.match(r"(?i)(?:at least|no fewer than|no less than)\b", bound.text):
        return True
    return exact.low <= bound.low <= exact.high


def _update(a: Located, b: Located, ctx: StoryContext) -> bool:
    """A running count: the larger figure is the later one, or its sentence says it rose."""
    qa, qb = a.value.quantity, b.value.quantity
    big, small = (a, b) if qa.point >= qb.point else (b, a)
    pa, pb = ctx.article(big.article).published, ctx.article(small.article).published
    if pa is not None and pb is not None and pa != pb and qa.unit in _RUNNING_UNITS and not _done(a, b):
        # counts run (the dead, the arrested), and so do areas, lengths and durations of what
        # goes on (a fire's area, a search's reach); a sum, a duration told as over, a share, a speed or a temperature is not
        # revised upwards by being printed later, unless said to have risen
        return pa > pb  # a later article's larger figure updates, an earlier one's cannot
    # the same day or undated: only a figure said to have grown ("rose to four") is an update;
    # "has reached 41" beside the same day's "at least 38" is another count, not a later one.
    # A rise over a past period ("up from 57% in 2022", "compared with a year earlier") is a
    # change on another time's figure, not a running count's growth
    return any(not over_past_period(big.sentence.text, m.end()) for m in RISING.finditer(big.sentence.text))


def _done(a: Located, b: Located) -> bool:
    """Lengths of one completed movement ("plunged 150 metres", "fell some 80 metres"), or of a
    place that does not move (how deep the men are, "480 metres below the surface"; how far an
    order reaches, "within 5 km of the wreck"): a later article's larger figure is another
    account, not an update, unless it says the figure grew ("the zone was widened to 5 km"). A
    fire's reach or a search's, which run, are keyed by neither."""
    if astronomical(a.value.quantity.text) and astronomical(b.value.quantity.text):
        return True  # "112 light years from Earth" / "121 light years away": stars do not move
    return a.value.key == b.value.key and a.value.key in ("fall", "depth", "radius")


def _other_scope(a: Located, b: Located, items, same_sentence) -> bool:
    """Both sentences give further figures of the same kind for the same nouns and none of those
    agree either: "13 homers and 43 RBIs in 54 games" vs "33 homers and 121 RBIs in 157 games"
    are two periods, not two accounts of one."""
    others_a = [x for x in same_sentence[(a.article, a.sentence.index)] if x is not a]
    others_b = [y for y in same_sentence[(b.article, b.sentence.index)] if y is not b]
    # figures of the pair's own kind: "13 homers and 43 RBIs in 54 games" is a list of counts;
    # a sentence that gives a count and a duration ("left 2.3 million people without power for up
    # to nine hours") tells two claims, each disputed or not on its own
    unit = a.value.quantity.unit
    pairs = [(x, y) for x in others_a for y in others_b
             if x.value.noun is not None and x.value.noun == y.value.noun and x.value.quantity.unit == unit]
    return bool(pairs) and not any(compatible(x.value.quantity, y.value.quantity) for x, y in pairs)


def _carries_other(a: Located, b: Located, same_sentence) -> bool:
    """`a`'s sentence also gives a measure in `b`'s unit that fits `b`: it does not dispute it
    ("The attack took place about 150 nautical miles off Aden and the frigate was about 13
    nautical miles away" / "The incident took place about 150 nautical miles off Aden")."""
    unit = b.value.quantity.unit
    return bool(unit) and any(x is not a and x.value.quantity.unit == unit and _compatible(x, b)
                              for x in same_sentence[(a.article, a.sentence.index)])


def number_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    items = figures(ctx)
    if len({it.article for it in items}) < 2:
        return ()
    same = SameEvent(ctx, items)
    leads = _leads(items)
    once = _keyed_once(items)
    sole = sole_counts(items)
    several = several_valued(items)
    by_article: dict[str, list[int]] = defaultdict(list)
    same_sentence: dict[tuple[str, int], list[Located]] = defaultdict(list)
    for i, it in enumerate(items):
        by_article[it.article].append(i)
        same_sentence[(it.article, it.sentence.index)].append(it)
    same_pairs: dict[tuple[int, int], bool] = {}
    echoes = echoed(items, same_sentence, lambda x, y: _compatible(x, y) and _same_thing(
        x, y, same, leads, once, sole, several))

    def is_same(i: int, j: int) -> bool:
        key = (min(i, j), max(i, j))
        if key not in same_pairs:
            same_pairs[key] = _same_thing(items[i], items[j], same, leads, once, sole, several, echoes)
        return same_pairs[key]

    conflicts: list[tuple[int, int]] = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or _compatible(a, b):
                continue
            if converted_alike(a, b, [items[k] for k in by_article[a.article]],
                               [items[k] for k in by_article[b.article]]):
                continue  # two writers' conversions of one value (compare.converted)
            if part_of_tally(a, b) or part_of_tally(b, a):
                continue  # a count over several occasions and one occasion's (compare.totals)
            if written_beside(a, b) or written_beside(b, a):
                continue  # "a record of 58 wins" / "improves to 58-3 with 51 wins by knockout"
            if a.value.quantity.unit == "%" and at_close(a.sentence.text, a.start) != at_close(
                    b.sentence.text, b.start) and "change" in (a.value.share, b.value.share):
                continue  # "closed down 3.9 percent" / "plunged 5.4 per cent" (compare.figure_scope)
            if not is_same(i, j) or _update(a, b, ctx):
                continue
            if _other_scope(a, b, items, same_sentence):
                continue
            if _carries_other(a, b, same_sentence) or _carries_other(b, a, same_sentence):
                continue
            if sum_of_parts(ctx, a, b, [items[k] for k in by_article[b.article]]) or sum_of_parts(
                    ctx, b, a, [items[k] for k in by_article[a.article]]):
                continue  # a total and its parts (compare.totals)
            if parts_told_apart(a, b, items):
                continue  # "six touchdowns" / "two on the ground" / "four receiving", in three reports
            # the other article also gives a figure that agrees: it reports both quantities
            if any(is_same(i, k) and _compatible(a, items[k]) for k in by_article[b.article]) or any(
                    is_same(j, k) and _compatible(b, items[k]) for k in by_article[a.article]):
                continue
            conflicts.append((i, j))
    position = {id(it): k for k, it in enumerate(items)}
    known = set(conflicts)
    for x, y in spun_changes(ctx, same_sentence):
        pair = tuple(sorted((position[id(x)], position[id(y)])))
        if pair not in known:
            known.add(pair)
            conflicts.append(pair)
    return tuple(_discrepancies(ctx, items, conflicts))


def _stated_beside(groups: list[list[int]], items, pairs: set[tuple[int, int]]) -> list[list[int]]:
    """The sides of one dispute without those stated only by articles that are also on a larger
    side: an article that gives the headline, the core and the forecast rate states all three,
    and the report that gives one other rate disputes the one it is most like in support (the
    headline), not each of them. The sides left must still be disputed between themselves."""
    arts = [{items[k].article for k in g} for g in groups]
    keep = [g for n, g in enumerate(groups)
            if not any(len(arts[m]) > len(arts[n]) and arts[n] <= arts[m] for m in range(len(groups)))]
    if len(keep) == len(groups):
        return groups
    kept = [set(g) for g in keep]
    disputed = {n for n, g in enumerate(kept) for m, h in enumerate(kept)
                if n != m and any((min(x, y), max(x, y)) in pairs for x in g for y in h)}
    return [g for n, g in enumerate(keep) if n in disputed]


def _discrepancies(ctx, items, conflicts):
    pairs = {(min(i, j), max(i, j)) for i, j in conflicts}
    out = []
    for members in components(conflicts):
        members.sort(key=lambda k: (items[k].value.quantity.point, k))
        groups = partition(members, lambda g, k: all(_compatible(items[k], items[m]) for m in g))
        groups = _stated_beside(groups, items, pairs)
        if len(groups) < 2:
            continue
        first = items[members[0]].value
        what = first.what.phrase or "figure"
        # "number of workers killed" reads; "... killing" does not: a participle first
        verbs = [items[m].value.what.verb for m in members if items[m].value.what.verb]
        verb = next((v for v in verbs if v.endswith("ed")), None) or next(
            (v for v in verbs if not v.endswith("ing")), "")
        if first.quantity.unit:  # a measure: "turnout", "penalty", "temperature"
            about = first.what.phrase or MEASURES.get(first.quantity.unit) or "amount"
            about = about if first.quantity.unit != "%" else f"{about} (per cent)"
        else:
            about = f"number of {what}" + (f" {verb}" if verb else "")
        claims = claims_for(ctx, [(items[g[0]].label, [items[m] for m in g]) for g in groups])
        out.append(Discrepancy(kind="number", about=about, claims=claims))
    return out
