"""compare: counts denied by a determiner ("no complaints were received", "none of the boats
sank") against another report's count of the same thing by the same happening (issue 13).
Every conflict case has a look-alike that must stay quiet. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from accord.compare.nlp import parse
from accord.compare.zero_counts import zero_counts
from conftest import discrepancies_of

DAY, NEXT = "2026-10-05", "2026-10-06"


def numbers(encoder, *texts: str, published=None):
    return discrepancies_of("number", encoder, *texts, published=published or [DAY] * len(texts))


@pytest.mark.parametrize("text, zero, noun", [
    ("The water board said it had received no complaints from customers.", "no complaints", "complaint"),
    ("Divers found that none of the barges had sunk.", "none of the barges", "barg"),
])
def test_compare_zero_counts_read_a_denied_count(text, zero, noun):
    ((q, what),) = zero_counts(parse([text])[0])
    assert q.text == zero and q.low == q.high == 0 and what.noun == noun


@pytest.mark.parametrize("text", [
    "No more than five barges were moored at the quay.",
    "No one was hurt, the harbour master said.",
    "Police said no arrests had been made.",
])
def test_compare_zero_counts_a_bound_a_person_or_a_happening_is_no_zero(text):
    assert zero_counts(parse([text])[0]) == []


def test_compare_numbers_a_zero_and_a_count_of_the_same_conflict(encoder):
    found = numbers(encoder,
                    "The water board said it had received no complaints from customers about the taste of the water.",
                    "The water board has received 40 complaints from customers about the taste of the water, a spokesman said.")
    assert found and {"no complaints", "40"} <= {c.value for d in found for c in d.claims}


def test_compare_numbers_a_zero_and_a_count_of_another_happening_stay_quiet(encoder):
    found = numbers(encoder,
                    "No barns were destroyed when the fire swept across the farm, the brigade said.",
                    "Twelve barns were damaged when the fire swept across the farm, the brigade said.")
    assert not found


def test_compare_numbers_a_zero_and_a_later_count_stay_quiet(encoder):
    found = numbers(encoder,
                    "The water board said it had received no complaints from customers about the taste of the water.",
                    "The water board has received 40 complaints from customers about the taste of the water, a spokesman said.",
                    published=[DAY, NEXT])
    assert not found
