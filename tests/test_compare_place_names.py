"""compare.place_names and compare.places: a place reached through a place noun ("in the port
city of Brenholm") and a town the tagger takes for a person or a firm are compared; a building
and a town, and two happenings of one kind, stay quiet."""

from __future__ import annotations

import pytest

from accord.compare.place_names import place_mentions
from accord.compare.places import place_discrepancies
from conftest import story_context


def test_compare_place_names_reads_places_through_place_nouns_and_levels(encoder):
    ctx = story_context(
        encoder,
        "The delegates met at a hotel in the port city of Brenholm. The prize was handed over at "
        "the Corn Exchange in Tarvik. Sales rose at Nordgrid Holdings in the spring.")
    found = {(p.label, p.level) for p in place_mentions(ctx)}
    assert ("Brenholm", "area") in found and ("Tarvik", "area") in found
    assert ("the Corn Exchange", "site") in found
    assert not any("Nordgrid" in label for label, _ in found)


@pytest.mark.parametrize(
    "one, other",
    [
        # through a place noun, against a town the tagger knows
        ("The treaty was signed on Tuesday at a hotel in the port city of Brenholm.",
         "The treaty was signed on Tuesday at a hotel in Gravia."),
        # a town the tagger takes for an organisation ("in Tarvik")
        ("The ceremony was held in Tarvik on Saturday.",
         "The ceremony was held in Lorsk on Saturday, organisers said."),
    ],
)
def test_compare_places_one_happening_in_two_towns_is_disputed(encoder, one, other):
    (d,) = place_discrepancies(story_context(encoder, one, other))
    assert d.kind == "place" and {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # a building and a town: the building may stand in that town
        ("The awards were handed out at the Corn Exchange on Friday.",
         "The awards were handed out in Tarvik on Friday."),
        # two openings of one kind: a school and a clinic
        ("The minister opened a school in Tarvik on Monday.",
         "The minister opened a clinic in Lorsk on Tuesday."),
        # two plans of one firm in two towns
        ("The company will cut 400 jobs at its plant in Tarvik.",
         "The company also plans to hire 200 engineers in Lorsk."),
    ],
)
def test_compare_places_a_site_and_a_town_or_two_happenings_stay_quiet(encoder, one, other):
    assert place_discrepancies(story_context(encoder, one, other)) == ()


def test_place_names_read_a_road_and_a_named_bridge_as_sites(encoder):
    from accord.compare.place_names import place_mentions

    ctx = story_context(encoder, "The cyclist fell on Harrow Street. A second rider crashed on the Mill Lane bridge.")
    found = {(p.value, p.level, p.role) for p in place_mentions(ctx)}
    assert ("harrow street", "site", "at") in found
    assert ("the mill lane bridge", "site", "at") in found


def test_place_names_a_distance_from_a_town_is_no_origin(encoder):
    from accord.compare.place_names import place_mentions

    ctx = story_context(encoder, "The truck overturned about 3 km from Pellow on the coast road.")
    assert not [p for p in place_mentions(ctx) if p.role == "from"]
