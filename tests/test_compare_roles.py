"""compare.roles: posts said of a name in the forms outlets write them."""

from __future__ import annotations

import pytest

from accord.compare.entities import find_entities
from accord.compare.roles import posts_of, role_discrepancies
from conftest import story_context


def disputes(*texts: str):
    ctx = story_context(None, *texts)
    index = find_entities(ctx)
    return role_discrepancies(ctx, index, posts_of(ctx, index))


@pytest.mark.parametrize("one, other", [
    # a post said of the surname in a sentence of its own
    ("Tom Ekdahl said the festival would go ahead. Ekdahl is the festival's director.",
     "Tom Ekdahl, the festival's head of security, said it would go ahead."),
    # a post opening the sentence is not taken into the name
    ("Judge Marta Keller sentenced Weber to four years.",
     "Prosecutor Marta Keller had asked for four years."),
])
def test_compare_roles_two_posts_of_one_person_disputed(one, other):
    (d,) = disputes(one, other)
    assert d.kind == "name" and len(d.claims) == 2


def test_compare_roles_one_post_said_two_ways_stays_quiet():
    assert disputes(
        "Tom Ekdahl said the festival would go ahead. Ekdahl is the festival's director.",
        "Festival director Tom Ekdahl said it would go ahead.",
        "Prosecutor Marta Keller had asked for four years.",
        "Marta Keller, the prosecutor, had asked for four years.",
    ) == ()
