"""compare.polarity: one thing said to happen and not to, in the other words outlets use."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "one, other",
    [
        # one person reported alive and dead, the death told as "among those killed"
        ("The pilot, Jonas Berg, survived the emergency landing with a broken arm.",
         "The pilot was among those killed when the aircraft struck the runway, officials said."),
        # a denial and a figure of speech for the same happening, the thing named otherwise
        ("No houses were destroyed in the blaze, the fire chief said on Sunday.",
         "By dawn, six homes at the edge of the estate had burned down, neighbours said."),
        ("Investigators said no homes were destroyed by the landslide.",
         "Witnesses said three houses on the lower lane were reduced to rubble by the landslide."),
        # antonyms about one check called two ways
        ("The ferry passed its most recent safety inspection in April, the operator said.",
         "Port records show the ferry failed a safety check in April, weeks before the sinking."),
    ],
)
def test_compare_polarity_one_thing_said_in_other_words_is_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # two groups of one story: some survived, others died
        ("Two passengers survived the emergency landing with burns.",
         "Four passengers were among those killed when the aircraft struck the runway."),
        # two people
        ("The pilot, Jonas Berg, survived the emergency landing with a broken arm.",
         "The navigator was among those killed when the aircraft struck the runway."),
        # other buildings
        ("No homes were destroyed in the blaze, the fire chief said on Sunday.",
         "By dawn, two barns at the edge of the estate had burned down, neighbours said."),
        # another check of another thing
        ("The ferry passed its most recent safety inspection in April, the operator said.",
         "The ferry's crew failed a fire drill in April, weeks before the sinking."),
    ],
)
def test_compare_polarity_look_alikes_in_other_words_are_not_disputed(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()
