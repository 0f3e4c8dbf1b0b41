"""claims.values: a fact is cited only to articles whose sentence states its figures, days and
times, whether or not a discrepancy was raised. Articles written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.claims.values import clash, value_checked_facts, values_of
from accord.compare.temporal import Reference
from accord.types import Article, Fact, Mention

FRIDAY = Reference(dt.date(2026, 3, 13), True, 2026)
THURSDAY = Reference(dt.date(2026, 3, 12), True, 2026)


@pytest.mark.parametrize(
    "one, one_ref, other, other_ref",
    [
        # one count against another, a shared figure beside them
        ("Three climbers died and 12 were rescued from the glacier.", FRIDAY,
         "Four climbers died and 12 were rescued from the glacier.", FRIDAY),
        # a weekday against a relative day that resolves to another day
        ("The club has named Saturday a day of remembrance.", FRIDAY,
         "The club will hold a day of remembrance on Sunday.", FRIDAY),
        ("The club has named Saturday a day of remembrance.", FRIDAY,
         "The club will hold a day of remembrance tomorrow.", THURSDAY),
        # two clock times hours apart
        ("The lift stopped at about 9.15 a.m., the operator said.", FRIDAY,
         "The lift stopped shortly after 11 a.m., the operator said.", FRIDAY),
        # a sum in one currency
        ("The resort was fined €40,000 by the regional court.", FRIDAY,
         "The regional court fined the resort €25,000.", FRIDAY),
    ],
)
def test_claims_values_clash_when_each_states_a_value_the_other_does_not_allow(one, one_ref, other, other_ref):
    assert clash(values_of(one, one_ref), values_of(other, other_ref))


@pytest.mark.parametrize(
    "one, one_ref, other, other_ref",
    [
        # one states a value more
        ("Four climbers died and 12 were rescued from the glacier.", FRIDAY,
         "Four climbers died on the glacier.", FRIDAY),
        # a bound and a value within it, a rounded figure
        ("At least 11 climbers were rescued.", FRIDAY, "Fourteen climbers were rescued.", FRIDAY),
        ("About 1,500 skiers were evacuated.", FRIDAY, "Some 1,480 skiers were evacuated.", FRIDAY),
        # "tomorrow" on Friday's page is Saturday
        ("The club has named Saturday a day of remembrance.", FRIDAY,
         "The club will hold a day of remembrance tomorrow.", FRIDAY),
        # "yesterday" on Friday's page is Thursday
        ("The lift stopped on Thursday.", FRIDAY, "The lift stopped yesterday.", FRIDAY),
        # a 12-hour and a 24-hour clock
        ("The lift stopped at 9.15 p.m.", FRIDAY, "The lift stopped at 21:15.", FRIDAY),
        # values of different kinds do not meet
        ("Four climbers died on Thursday.", FRIDAY, "Four climbers died at 3 p.m.", FRIDAY),
    ],
)
def test_claims_values_look_alikes_do_not_clash(one, one_ref, other, other_ref):
    assert not clash(values_of(one, one_ref), values_of(other, other_ref))


def _fact(articles: list[Article], sentence_of: dict[str, str], wording: str) -> Fact:
    mentions = []
    for a in articles:
        start = a.text.index(sentence_of[a.id])
        mentions.append(Mention(a.id, start, start + len(sentence_of[a.id]), sentence_of[a.id]))
    return Fact("f1", wording, tuple(mentions), tuple(a.id for a in articles), len(articles))


def test_claims_values_a_fact_keeps_the_mentions_that_state_its_day():
    friday, saturday = dt.date(2026, 3, 13), dt.date(2026, 3, 14)
    named = "The Alpine Club of Vessa has named Saturday a day of remembrance for the four climbers."
    later = "The Alpine Club of Vessa will hold a day of remembrance tomorrow for the four climbers."
    articles = [
        Article(id="wire", source="wire.txt", text=named, published=friday),
        Article(id="copy", source="copy.txt", text=named, published=friday),
        Article(id="same", source="same.txt", text=later, published=friday),  # tomorrow = Saturday
        Article(id="late", source="late.txt", text=later, published=saturday),  # tomorrow = Sunday
    ]
    sentence_of = {"wire": named, "copy": named, "same": later, "late": later}
    (fact,) = value_checked_facts([_fact(articles, sentence_of, named)], articles)
    assert fact.articles == ("wire", "copy", "same") and fact.text == named
    assert fact.independent_sources == 3 and fact.contradicted_by == ()


def test_claims_values_the_wording_most_articles_allow_is_kept():
    day = dt.date(2026, 3, 13)
    few = "Three climbers died and 12 were rescued from the glacier."
    many = "Four climbers died and 12 were rescued from the glacier, guides said."
    articles = [Article(id=i, source=f"{i}.txt", text=t, published=day)
                for i, t in (("a", few), ("b", many), ("c", many), ("d", "Four climbers died."))]
    sentence_of = {a.id: a.text for a in articles}
    (fact,) = value_checked_facts([_fact(articles, sentence_of, few)], articles)
    assert fact.articles == ("b", "c", "d") and "Four" in fact.text
    # one value more is no clash: every article stays
    agreeing = [a for a in articles if a.id != "a"]
    (fact,) = value_checked_facts([_fact(agreeing, sentence_of, many)], agreeing)
    assert fact.articles == ("b", "c", "d")
