"""compare.anchors: distances keyed by what they are measured from (issue 13, recall).

Two reports' distances from one anchor, one with a bearing, one without, or from one thing named
by near-synonyms, dispute each other; distances of two things from one anchor, from two anchors,
or the same distance in two units stay quiet. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from accord.compare.anchors import anchor_key, same_anchor
from conftest import claim_values as values, discrepancies_of

DAY, NEXT = "2026-06-08", "2026-06-09"


def numbers(encoder, *texts: str):
    return discrepancies_of("number", encoder, *texts, published=[DAY, NEXT][: len(texts)])


@pytest.mark.parametrize("text, key", [
    ("The trawler sank some 12 km from Halvik harbour.", "from halvik"),
    ("It went down about 8 nautical miles north-east of Halvik on Sunday.", "from halvik"),
    ("The plant sits half a mile from the nearest homes.", "from homes"),
    ("The tanker drifted 3 km off the coast overnight.", "from coast"),
    ("The slick spread over 4 km from where it began.", None),
])
def test_compare_anchors_reads_what_a_distance_is_from(text, key):
    import re

    m = re.search(r"(?:km|miles|mile)", text)
    assert anchor_key(text, m.end()) == key


def test_compare_anchors_near_synonyms_are_one_anchor(encoder):
    assert same_anchor("from homes", "from houses", encoder)
    assert not same_anchor("from homes", "from school", encoder)
    assert not same_anchor("from halvik", "from halvik bay", encoder)  # names must be written alike


def test_compare_anchors_one_anchor_told_with_and_without_a_bearing_is_disputed(encoder):
    # (the later report gives the shorter distance: a later longer one may be a moving thing's)
    found = numbers(encoder,
                    "The trawler Mira sank on Sunday about 20 km north of Halvik, the coastguard said.",
                    "Divers reached the wreck of the Mira, which went down some 8 km from Halvik in heavy seas.")
    assert frozenset({"about 20 km", "some 8 km"}) in values(found)


def test_compare_anchors_near_synonym_anchors_are_disputed(encoder):
    found = numbers(encoder,
                    "The quarry lies about half a mile from the nearest homes, residents say.",
                    "Campaigners point out that the quarry sits just 300 yards from the closest houses.")
    assert frozenset({"about half a mile", "300 yards"}) in values(found)


def test_compare_anchors_one_distance_in_two_units_stays_quiet(encoder):
    found = numbers(encoder,
                    "The trawler Mira sank on Sunday about 8 nautical miles north of Halvik.",
                    "The Mira went down roughly 15 km from Halvik, the coastguard said.")
    assert not found


def test_compare_anchors_two_things_from_one_anchor_stay_quiet(encoder):
    # the wreck and the slick: two subjects, two distances from the coast
    found = numbers(encoder,
                    "The tanker ran aground about 2 km off the coast early on Monday.",
                    "By the evening the slick was 9 km off the coast and drifting south.")
    assert not found


def test_compare_anchors_distances_from_two_anchors_stay_quiet(encoder):
    found = numbers(encoder,
                    "The trawler Mira sank about 8 km north of Halvik, the coastguard said.",
                    "The Mira went down some 20 km from Orsund in heavy seas.")
    assert not found
