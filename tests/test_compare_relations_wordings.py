"""compare.relations: more of the ways outlets word a relation between two people: the other
described by a post, then named ("the son of the airline's owner, Nils Berg"), a possessive after
"is" ("Jonas Berg, 34, is Nils Berg's son-in-law") and a marriage ("is married to Anselm Krieger");
compatible wordings of one relation stay quiet."""

from __future__ import annotations

import pytest

from accord.compare.entities import find_entities
from accord.compare.relations import relation_discrepancies
from conftest import discrepancies_of, story_context


def discrepancies(*texts: str):
    ctx = story_context(None, *texts)
    return relation_discrepancies(ctx, find_entities(ctx))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Jonas Berg is a cousin of the airline's owner, Nils Berg.",
         "Jonas Berg is the son of the airline's owner, Nils Berg."),
        ("The orchestra's conductor, Anselm Krieger, is the brother of its founder, Bettina Krieger.",
         "Anselm Krieger is the son of founder Bettina Krieger."),
        ("Jonas Berg, 34, is Nils Berg's son-in-law.", "Jonas Berg is the nephew of Nils Berg."),
        ("Bettina Krieger is married to Anselm Krieger.", "Bettina Krieger is the sister of Anselm Krieger."),
    ],
)
def test_compare_relations_more_wordings_of_two_relations_are_disputed(one, other):
    (d,) = discrepancies(one, other)
    assert d.kind == "relation"
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # one relation in two wordings
        ("Bettina Krieger is married to Anselm Krieger.", "Bettina Krieger is the wife of Anselm Krieger."),
        ("Jonas Berg is the son of the airline's owner, Nils Berg.", "Nils Berg's son, Jonas Berg, flew the plane."),
        ("Jonas Berg, 34, is Nils Berg's son.", "Jonas Berg is the son of Nils Berg."),
        # married to a relative of the other: an in-law, as the other says
        ("Bettina Krieger is married to Anselm Krieger's brother.",
         "Bettina Krieger is the sister-in-law of Anselm Krieger."),
    ],
)
def test_compare_relations_more_wordings_of_one_relation_stay_quiet(one, other):
    assert discrepancies(one, other) == ()


@pytest.mark.parametrize(
    "one, other",
    [
        # the other person named by a post the story gives one person ("farm owner Edda Lind")
        ("The driver, Tomasz Reval, 41, was the brother-in-law of the farm's owner, police said.",
         "Police named the driver as Tomasz Reval, a cousin of farm owner Edda Lind."),
        # a spouse named after a described post and a comma
        ("Judge Carla Weiss is married to the district attorney, Paul Weiss.",
         "District attorney Paul Weiss is the brother of Judge Carla Weiss, the paper reported."),
    ],
)
def test_compare_relations_through_a_post_or_an_apposition_are_disputed(one, other, encoder):
    found = discrepancies_of("relation", encoder, one, other, published=("2025-05-02", "2025-05-02"))
    assert any(d.about.startswith("how ") for d in found), [d.about for d in found]


@pytest.mark.parametrize(
    "one, other",
    [
        ("The driver, Tomasz Reval, 41, was the brother-in-law of the farm's owner, police said.",
         "Police named the driver as Tomasz Reval, whose sister is married to farm owner Edda Lind."),
        # two people hold the post: "the farm's owner" names no one
        ("The driver, Tomasz Reval, was the brother-in-law of the farm's owner, police said. Farm owner "
         "Ulf Berg was not at home.",
         "Police named the driver as Tomasz Reval, a cousin of farm owner Edda Lind."),
        ("Judge Carla Weiss is married to the district attorney, Paul Weiss.",
         "District attorney Paul Weiss, the judge's husband, declined to comment."),
    ],
)
def test_compare_relations_through_a_post_or_an_apposition_compatible_stay_quiet(one, other, encoder):
    found = discrepancies_of("relation", encoder, one, other, published=("2025-05-02", "2025-05-02"))
    assert not found, [(d.about, [c.value for c in d.claims]) for d in found]
