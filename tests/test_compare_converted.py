"""compare.converted: two writers' conversions of one value are not two accounts of it (issue 13,
precision on real news: a boat's length in feet and in metres; a sum in dollars converted from
one sum in euros that both reports give). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from accord.compare.converted import length_system
from conftest import claim_values as values, discrepancies_of

DAY = "2026-05-11"


def numbers(encoder, *texts: str):
    return discrepancies_of("number", encoder, *texts, published=[DAY] * len(texts))


@pytest.mark.parametrize("text, system", [
    ("a 24- to 30-foot trawler", "imperial"),
    ("about 15 miles", "imperial"),
    ("a 10-metre skiff", "metric"),
    ("25 km", "metric"),
    ("8 nautical miles", "nautical"),
])
def test_compare_converted_reads_how_a_length_is_written(text, system):
    assert length_system(text) == system


BOAT_FEET = "The patrol caught the raiders, whose larger craft was a 26- to 30-foot skiff, the navy said."
BOAT_METRES = "The patrol caught the raiders, whose larger craft was a 10-metre skiff, the navy said."


def test_compare_converted_a_length_in_feet_and_its_round_metres_stay_quiet(encoder):
    assert numbers(encoder, BOAT_FEET, BOAT_METRES) == []


def test_compare_converted_lengths_far_apart_in_two_systems_are_flagged(encoder):
    found = numbers(encoder, BOAT_FEET, BOAT_METRES.replace("10-metre", "16-metre"))
    assert frozenset({"26- to 30-foot", "16-metre"}) in values(found)


EUROS_A = ("Lyon thieves nab $3.3 million worth of watches. Four men rammed a car into a shop in Lyon on "
           "Monday and made off with watches worth 3 million euros ($3.3 million), police said.")
EUROS_B = ("A raid on a Lyon shop saw four men make off with watches valued at over $3.5 million early Monday. "
           "The watches were estimated to be worth 3 million euros ($3.5 million), police said.")


def test_compare_converted_two_conversions_of_one_euro_sum_stay_quiet(encoder):
    assert numbers(encoder, EUROS_A, EUROS_B) == []


def test_compare_converted_sums_whose_source_sums_differ_are_flagged(encoder):
    # the dollars stay within the slack, but the euro sums they convert differ: two values
    found = numbers(encoder, EUROS_A, EUROS_B.replace("3 million euros", "4 million euros"))
    assert frozenset({"$3.3 million", "over $3.5 million"}) in values(found)
