"""Ages: one person given different ages by different articles ("Ruben Sazon, a 54-year-old
shift foreman" / "Sazon, aged 45").

An age is read where news writes one beside a name: "X, 54," "X (54)", "X, aged 54", "aged 54"
right after X, "X, a 54-year-old ...", and "a 54-year-old ... X" (the name closing the phrase).
The person comes from the story's merged entities (compare.entities), so a surname alone and the
full name are one person. Two ages of one person conflict when they are two or more years apart
(a birthday between two reports explains one year), in articles dated within a year of each
other (an age is of its day: 27 when charged, 29 when sentenced).

What it does not do: ages of unnamed people ("a 62-year-old night guard") are not compared: the
description alone does not tell that two articles mean one person.
"""

from __future__ import annotations

import re
from collections import defaultdict

from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex
from accord.compare.events import side_claim
from accord.types import Discrepancy, Mention

# after a name: ", 54," / " (54)" / ", aged 54" / ", a 54-year-old"
_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+|age\s+)?(?P<a>\d{1,3})\s*(?:,|\.|\s+(?:was|is|who|had|has|and))"
                    r"|\s*\((?:aged\s+)?(?P<b>\d{1,3})\)"
                    r"|\s*,\s*(?:a|an)\s+(?P<c>\d{1,3})[- ]year[- ]old\b"
                    r"|\s*,\s*who\s+(?:was|is)\s+(?:aged\s+)?(?P<e>\d{1,3})(?:\s+years?\s+old)?\b"
                    r"(?!\s*(?:%|per\b|percent|metres|km|miles|kilo|points?|goals?|times|feet|minutes|hours|days|weeks|months)))")
# before a name: "a 54-year-old shift foreman, X" / "54-year-old X"
_BEFORE = re.compile(r"\b(?P<d>\d{1,3})[- ]year[- ]old\s+(?:[a-z][\w-]*\s+){0,3},?\s*$")
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
    out = []
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
