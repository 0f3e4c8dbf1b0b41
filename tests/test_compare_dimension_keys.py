"""A length told with a dimension of a thing ("a dam 90 metres high") is keyed by that dimension
and thing, and kept in a sentence of many figures. Articles here are written for the tests."""

from __future__ import annotations

import re

import pytest

from accord.compare.keys import dimension_of
from accord.compare.nlp import parse
from accord.compare.numbers import number_discrepancies
from conftest import claim_values as values, story_context


@pytest.mark.parametrize("sentence, key", [
    ("The sinkhole, about 30 metres wide, swallowed two parked cars.", "width of sinkhol"),
    ("Protesters put up a fence 2 metres high around the site.", "height of fenc"),
    ("Crews closed a road 12 metres wide beside the school.", "width of road"),
    ("The convoy drove 40 km to the border on Sunday.", None),
])
def test_compare_dimension_keys_read(sentence, key):
    (doc,) = parse([sentence])
    m = re.search(r"\d+ (?:metres|km)", sentence)
    assert dimension_of(doc, m.start(), m.end()) == key


def test_compare_dimension_keys_sizes_in_crowded_leads_disagree(encoder):
    a = ("The sinkhole, about 30 metres wide, opened at 6am some 200 metres from the school, at "
         "a depth of 15 metres, and swallowed two parked cars on Tuesday.")
    b = "Residents said a sinkhole some 55 metres wide had opened near the school on Tuesday."
    ctx = story_context(encoder, a, b, published=("2025-06-03", "2025-06-03"))
    assert frozenset({"about 30 metres", "some 55 metres"}) in values(number_discrepancies(ctx))


def test_compare_dimension_keys_two_things_sized_stay_apart(encoder):
    a = "A sinkhole about 30 metres wide opened near the school on Tuesday, officials said."
    b = "Crews closed a road 12 metres wide beside the school on Tuesday, officials said."
    ctx = story_context(encoder, a, b, published=("2025-06-03", "2025-06-03"))
    assert values(number_discrepancies(ctx)) == set()
