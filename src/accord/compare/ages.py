"""Ages: one person given different ages by different articles ("Ruben Sazon, a 54-year-old
shift foreman" / "Sazon, aged 45").

An age is read where news writes one beside a name: "X, 54," "X (54)", "X, aged 54", "aged 54"
right after X, "X, a 54-year-old ...", and "a 54-year-old ... X" (the name closing the phrase); and "The 54-year-old ..." opening a
sentence that names nobody, of the one person the sentence before names.
The person comes from the story's merged entities (compare.entities), so a surname alone and the
full name are one person. Two ages of one person conflict when they are two or more years apart
(a birthday between two reports explains one year), in articles dated within a year of each
other (an age is of its day: 27 when charged, 29 when sentenced).

An unnamed person ("a 14-year-old boy" / "a 12-year-old boy") is compared only when each article
gives one age for that noun and the two sentences, the ages masked, say the same thing (the
number check's bar, settings.NUMBER_SAME_SIMILARITY, or one fact of the aligner): the description
alone does not tell that two articles mean one person; the description and the rest of the
sentence ("Among the dead was a 14-year-old boy who had come to the match with his father") do.
"""

from __future__ import annotations

import re
from collections import defaultdict

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex
from accord.compare.missed_names import _FULL_NAME
from accord.compare.events import Located, SameEvent, claims_for, components, contemporaneous, partition, side_claim
from accord.types import Discrepancy, Mention

# after a name: ", 54," / " (54)" / ", aged 54" / ", a 54-year-old"
_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+|age\s+)?(?P<a>\d{1,3})\s*(?:,|\.|\s+(?:was|is|who|had|has|and))"
                    r"|\s*\((?:aged\s+)?(?P<b>\d{1,3})\)"
                    r"|\s*,\s*(?:a|an)\s+(?P<c>\d{1,3})[- ]year[- ]old\b"
                    r"|\s*,\s*who\s+(?:was|is)\s+(?:aged\s+)?(?P<e>\d{1,3})(?:\s+years?\s+old)?\b"
                    r"(?!\s*(?:%|per\b|percent|metres|km|miles|kilo|points?|goals?|times|feet|minutes|hours|days|weeks|months)))")
# before a name: "a 54-year-old shift foreman, X" / "54-year-old X"
_BEFORE = re.compile(r"\b(?P<d>\d{1,3})[- ]year[- ]old\s+(?:[a-z][\w-]*\s+){0,3},?\s*$")
# "The 47-year-old former mayor led ...": a person the sentence does not name (see age_discrepancies)
_TOLD = re.compile(r"(?:^|[.;]\s+)(?:The|the)\s+(?P<age>\d{1,3})[- ]year[- ]old\b")
_UNRECOGNISED = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*(?:aged\s+)?(?P<age>\d{1,3})\s*,")
_MIN_APART = 2


def _same_year(ctx: StoryContext, by_article: dict) -> bool:
    """All the articles are dated, within a year of each other: an age is of its day."""
    dates = [ctx.article(a).published for a in by_article]
    return all(dates) and (max(dates) - min(dates)).days <= 366


def age_discrepancies(ctx: StoryContext, index: EntityIndex) -> tuple[Discrepancy, ...]:
    """People given ages two or more years apart by different articles."""
    ages: dict[int, list[tuple[int, str, Mention]]] = defaultdict(list)

    def add(entity: int, age: str, s) -> None:
        if 0 < int(age) < 120:
            ages[entity].append((int(age), s.article, ctx.mention(s)))

    for s in ctx.all_sentences():
        people = index.within(s.article, s.start, s.end)
        if not people and (told := _TOLD.search(s.text)) and s.index > 0:
            # "The 29-year-old tested positive ...": the one person the sentence before names
            before = ctx.sentences[s.article][s.index - 1]
            found_before = index.within(before.article, before.start, before.end)
            spans = [(m.start - before.start, m.end - before.start)
                     for m in index.within(before.article, before.start, before.end, type=None)]
            # a full name the recogniser did not take ("his mate Ivo Sander") may be the one meant
            unread = any(not any(a <= n.start() < b for a, b in spans) for n in _FULL_NAME.finditer(before.text)
                         if n.start() > 0)
            named_before = {m.entity for m in found_before}
            if len(named_before) == 1 and not unread:
                add(named_before.pop(), told.group("age"), s)
        for m in people:
            found = _AFTER.match(s.text, m.end - s.start) or _BEFORE.search(s.text[: m.start - s.start])
            if found:
                add(m.entity, next(g for g in found.groups() if g), s)
        named = {m.start for m in people}
        for found in _UNRECOGNISED.finditer(s.text):
            # a surname the recogniser missed ("Lind, aged 56, had taught ..."): the one person
            # of the story it can stand for
            entity = index.lookup(found.group("name"), s.article)
            if entity is not None and s.start + found.start() not in named:
                add(entity, found.group("age"), s)
    out = list(_unnamed(ctx))
    for entity, found in ages.items():
        values = sorted({a for a, _, _ in found})
        if len({art for _, art, _ in found}) < 2 or values[-1] - values[0] < _MIN_APART:
            continue
        sides: dict[int, list[tuple[str, Mention]]] = defaultdict(list)
        for age, art, mention in found:
            sides[age].append((art, mention))
        by_article = defaultdict(set)
        for age, art, _ in found:
            by_article[art].add(age)
        if any(len(v) > 1 for v in by_article.values()):
            continue  # an article gives both: a correction or two people, not a dispute
        if not _same_year(ctx, by_article):
            continue  # ages at trial and at arrest, years apart, both true
        claims = tuple(side_claim(str(age), (m for _, m in ms))
                       for age, ms in sorted(sides.items(), key=lambda kv: -len(kv[1])))
        out.append(Discrepancy("number", f"age of {index.entities[entity].name}", claims))
    return tuple(out)


# "a 14-year-old boy", "an 81-year-old local woman": an unnamed person by age and noun (not one
# whose name follows: "a 54-year-old shift foreman, Ruben Sazon" is read above)
# (not a named person's: "Smith, a 40-year-old father", "Kemp (a 40-year-old driver)")
_UNNAMED = re.compile(r"\b(?:[Aa]n?)\s+(?P<age>\d{1,3})[- ]year[- ]old\s+(?:[a-z]+\s+){0,2}?"
                      r"(?P<noun>boy|girl|man|woman|child|baby|toddler|teenager|youth|pensioner|student|pupil|"
                      r"driver|passenger|cyclist|pedestrian|worker|miner|climber|hiker|fan|victim|suspect|"
                      r"mother|father|son|daughter)\b(?!\s*,?\s*[A-Z])")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s*[,(]\s*$")


def _unnamed(ctx: StoryContext) -> list[Discrepancy]:
    """Ages of one unnamed person told apart by two articles (see the module's docstring)."""
    items = []
    for s in ctx.all_sentences():
        for found in _UNNAMED.finditer(s.text):
            if _NAME_BEFORE.search(s.text, 0, found.start()):
                continue
            age = int(found.group("age"))
            if 0 < age < 120:
                items.append(Located(s, found.start("age"), found.end("age"), (age, found.group("noun")), str(age)))
    per_article: dict[tuple[str, str], set[int]] = defaultdict(set)
    for it in items:
        per_article[(it.article, it.value[1])].add(it.value[0])
    items = [it for it in items if len(per_article[(it.article, it.value[1])]) == 1]  # one such person each
    if len({it.article for it in items}) < 2:
        return []
    same = SameEvent(ctx, items)

    def one_person(a: Located, b: Located) -> bool:
        return (a.article != b.article and a.value[1] == b.value[1] and contemporaneous(ctx, a.article, b.article)
                and (same.shared_fact(a, b) or same.similarity(a, b) >= settings.NUMBER_SAME_SIMILARITY))

    links = [(i, j) for i, a in enumerate(items) for j in range(i + 1, len(items))
             if abs(a.value[0] - items[j].value[0]) >= _MIN_APART and one_person(a, items[j])]
    linked = {k for pair in links for k in pair}
    # the articles that agree with one side back it
    links += [(k, m) for k in range(len(items)) if k not in linked for m in sorted(linked)
              if items[k].value[0] == items[m].value[0] and one_person(items[k], items[m])]
    out = []
    for members in components(links):
        groups = partition(sorted(members), lambda g, k: items[g[0]].value[0] == items[k].value[0])
        if len(groups) < 2:
            continue
        claims = claims_for(ctx, [(str(items[g[0]].value[0]), [items[k] for k in g])
                                  for g in sorted(groups, key=lambda g: -len(g))])
        out.append(Discrepancy("number", f"age of the {items[members[0]].value[1]}", claims))
    return out
