"""compare.polarity: one person called by a post in one article and by name in another (or by
two posts with the name beside them) is one person whose verdict or fate is disputed; two people
of one family are two. An arrest told as "taken into custody" is an arrest; "no suspects" denies
it of suspects and of people named by no other role, not of witnesses."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "one, other",
    [
        # one defendant under two posts, named beside each (the parser splits "co-owner")
        ("Her accountant and co-owner, Rolf Imming, who kept the shop's books, was acquitted of all counts.",
         "Her co-owner, Rolf Imming, was convicted of two counts of tax evasion on Thursday."),
        # a post with the name in one, the name alone in the other
        ("The ferryman, Tomas Rekola, survived the capsizing on the lake, the coastguard said.",
         "Rekola was among those killed when the ferry capsized on the lake, the coastguard said."),
        # an arrest told as custody
        ("Police said nobody had been arrested over the vandalism at the botanical garden.",
         "Three teenagers were taken into custody after the vandalism at the botanical garden, police said."),
        # "no suspects" denies it of suspects, and of a man not named by another role
        ("Wardens said no suspects had been arrested over the poisoned swans at Lake Orrin.",
         "A 41-year-old man was arrested over the poisoned swans at Lake Orrin on Friday, wardens said."),
    ],
)
def test_compare_polarity_one_person_by_post_and_name_or_custody_is_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # two people of one family
        ("Her co-owner, Rolf Imming, was acquitted of all counts on Thursday.",
         "Her brother, Anton Imming, was convicted of two counts of tax evasion on Thursday."),
        ("The ferryman, Tomas Rekola, survived the capsizing on the lake.",
         "His wife, Ilse Rekola, was among those killed when the ferry capsized on the lake."),
        # custody of another kind, not an arrest
        ("Police said nobody had been arrested over the vandalism at the botanical garden.",
         "The garden's rare orchids were taken into the care of a nursery after the vandalism."),
        # "no suspects" says nothing of witnesses (ECB+ dev)
        ("Wardens said no suspects had been taken into custody over the poisoned swans at Lake Orrin.",
         "Police detained six potential witnesses to learn more about the poisoned swans at Lake Orrin."),
    ],
)
def test_compare_polarity_two_people_of_one_name_or_other_custody_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()
