"""compare.negation: any verb denied of a thing in one article and stated of the same thing in
another, in sentences told twice ("The telescope has not been repaired" / "The telescope was
repaired by engineers"), with no list of verbs; a part against another part, another thing, the
future and words of change stay quiet."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "denial, statement",
    [
        ("The telescope has not been repaired, the observatory said.",
         "The telescope was repaired by engineers from the observatory, a spokeswoman said."),
        ("None of the vines on the estate had been sprayed with the pesticide, the vineyard said.",
         "All of the vines on the estate had been sprayed with the pesticide, inspectors said."),
        ("The balloon was not carrying any passengers, the festival organisers said.",
         "The balloon was carrying six passengers, the festival organisers said."),
        ("Players were not consulted about the new time controls, the players' union said.",
         "The chess federation consulted players about the new time controls in March, it said."),
        # denied by "no" on the thing
        ("No flares were fired from the yacht before it capsized, the coastguard said.",
         "The crew fired two flares from the yacht before it capsized, the coastguard said."),
        # an open verb read with the thing it names
        ("The skipper did not make a radio call before the yacht capsized, race officials said.",
         "The skipper made a radio call shortly before the yacht capsized, race officials said."),
    ],
)
def test_compare_negation_a_verb_denied_and_stated_of_one_thing_is_disputed(encoder, denial, statement):
    (d,) = polarity_discrepancies(story_context(encoder, denial, statement))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "denial, statement",
    [
        # a part of a kind against another part
        ("Two of the balloons did not launch on Sunday, the organisers said.",
         "Three balloons launched on Sunday, the organisers said."),
        # another thing the verb is about, another place
        ("Players were not consulted about the prize fund, the players' union said.",
         "The chess federation consulted players about the new time controls in March, it said."),
        ("The supply boat did not stop at the lighthouse, the coastguard said.",
         "The supply boat stopped at the fishing harbour, the coastguard said."),
        # the future, and a denial of a moment
        ("The telescope will not be repaired before the winter, the observatory said.",
         "The telescope was repaired by engineers from the observatory, a spokeswoman said."),
        ("The telescope has not been repaired yet, the observatory said.",
         "The telescope was repaired by engineers from the observatory, a spokeswoman said."),
        # an open verb with another kind of its thing, or with no thing
        ("The skipper did not make a radio call before the yacht capsized, race officials said.",
         "The skipper made a phone call to his sponsor before the race, race officials said."),
        ("The skipper did not make it to the finish, race officials said.",
         "The skipper made it to the finish, race officials said."),
        # another thing done; a verb of movement, whose denial is of a moment
        ("No flares were fired from the yacht before it capsized, the coastguard said.",
         "The crew fired two rockets from the yacht before it capsized, the coastguard said."),
        ("No ferries were sailing to the island, the operator said.",
         "Ferries were sailing to the island normally, the operator said."),
        # what a speaker claims, what some of a group say, and a rule said to have changed
        ("Some said the skipper did not steer towards the rocks.",
         "Coastguards who claim the skipper steered towards the rocks have published a chart."),
        ("Previously, skippers were required to carry a life raft, the race rules say.",
         "The new rules do not require skippers to carry a life raft, organisers said."),
    ],
)
def test_compare_negation_look_alikes_stay_quiet(encoder, denial, statement):
    assert polarity_discrepancies(story_context(encoder, denial, statement)) == ()


@pytest.mark.parametrize(
    "denial, statement",
    [
        # another verb of one deed, told of one thing (compare.other_verbs)
        ("No pickets turned up at the depot gates on Monday morning, the union said.",
         "A small group of pickets gathered at the depot gates on Monday morning, the union said."),
        # a verb of saying used of a thing
        ("The council did not add any cycle racks outside the station, residents said.",
         "Extra cycle racks had been added outside the station, the council said."),
        # a state told by "be" and an adjective (compare.states), of all or of none of a kind
        ("The footbridge was not safe for walkers, the council said.",
         "The footbridge was safe for walkers, engineers said."),
        ("None of the wells on the farm were dry, the farmers said.",
         "All of the wells on the farm were dry, the farmers said."),
    ],
)
def test_compare_negation_another_verb_or_a_verb_of_saying_of_one_thing_is_disputed(encoder, denial, statement):
    (d,) = polarity_discrepancies(story_context(encoder, denial, statement))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "denial, statement",
    [
        # verbs of opposite sense: the denial of one agrees with the other
        ("The footbridge was not opened to walkers on Monday, the council said.",
         "The footbridge was closed to walkers on Monday, the council said."),
        # another verb told of another thing
        ("No pickets turned up at the depot gates on Monday morning, the union said.",
         "A small group of drivers gathered at the depot gates on Monday morning, the union said."),
        # a verb told of the thing another verb names, close only by the thing's words (the
        # regression of a refusal to describe a device against its planting)
        ("Officers declined to describe the device in detail, police said.",
         "A device had been planted under the bridge, police said."),
        # a state and its un- form agree; a state denied of the future, or no longer
        ("The footbridge was not safe for walkers, the council said.",
         "The footbridge was unsafe for walkers, engineers said."),
        ("The footbridge will not be open on Monday, the council said.",
         "The footbridge was open on Monday, engineers said."),
        ("The footbridge is no longer safe for walkers, the council said.",
         "The footbridge was safe for walkers, engineers said."),
        ("It was not clear whether the footbridge was safe, the council said.",
         "The footbridge was safe for walkers, engineers said."),
        # a verb of saying with a clause: what is said, no deed
        ("The council did not add that the racks were new, residents said.",
         "The council added that the racks were new, a spokeswoman said."),
    ],
)
def test_compare_negation_opposite_verbs_or_other_things_stay_quiet(encoder, denial, statement):
    assert polarity_discrepancies(story_context(encoder, denial, statement)) == ()
