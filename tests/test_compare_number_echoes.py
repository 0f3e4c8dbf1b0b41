"""Counts in two sentences that echo each other (compare.echoes), and a sum's name read past a
focus word ("a budget of just ..."). Articles here are written for the tests."""

from __future__ import annotations

from accord.compare.keys import sum_key
from accord.compare.numbers import number_discrepancies
from conftest import claim_values as values, story_context

DAYS = ("2025-05-02", "2025-05-02")


def _flags(encoder, *texts, published=DAYS):
    return values(number_discrepancies(story_context(encoder, *texts, published=published)))


def test_compare_number_echoes_counts_told_with_other_verbs_beside_one_award(encoder):
    a = ("A tribunal on Thursday ordered the water company to pay $2.4 million in compensation "
         "to 163 residents of the Holloway estate who complained about damp.")
    b = ("A tribunal has found the water company liable for years of damp and awarded about "
         "$2.4 million to the 136 residents who filed the complaint.")
    assert frozenset({"163", "136"}) in _flags(encoder, a, b)


def test_compare_number_echoes_quiet_when_the_sum_is_disputed(encoder):
    a = ("A tribunal on Thursday ordered the water company to pay $2.4 million in compensation "
         "to 163 residents of the Holloway estate who complained about damp.")
    b = ("A tribunal has found the water company liable for years of damp and awarded $900,000 "
         "to the 136 residents who filed the complaint.")
    assert not any({"163", "136"} <= v for v in _flags(encoder, a, b))


def test_compare_number_echoes_quiet_for_two_counts_beside_the_sum(encoder):
    a = ("A tribunal on Thursday ordered the water company to pay $2.4 million in compensation "
         "to 163 residents who complained about damp.")
    b = ("A tribunal awarded about $2.4 million to the 136 residents who filed the complaint and "
         "to 12 shop owners on the estate.")
    assert not any({"163", "136"} <= v for v in _flags(encoder, a, b))


def test_compare_number_echoes_quiet_for_two_listed_happenings(encoder):
    a = "The fire caused damage of about $3 million and killed four workers at the depot."
    b = "The fire caused some $3 million of damage and injured nine workers at the depot."
    assert not any({"four", "nine"} <= v for v in _flags(encoder, a, b))


def test_compare_number_echoes_sum_named_before_a_focus_word():
    sentence = "The documentary was shot in the hills on a budget of just 650,000 euros."
    start = sentence.index("650,000")
    assert sum_key(sentence, start, start + len("650,000 euros")) == "budget"
    sentence = "The council set the fee at only $40 a head."
    start = sentence.index("$40")
    assert sum_key(sentence, start, start + 3) == "fee"


def test_compare_number_echoes_budgets_told_once_disagree(encoder):
    a = "The documentary, shown on Friday, was shot in the hills on a budget of 800,000 euros."
    b = "Its makers say the documentary was made on a budget of just 650,000 euros, mostly from grants."
    assert frozenset({"800,000 euros", "650,000 euros"}) in _flags(encoder, a, b)
