"""'as much as' and 'as high as' are upper bounds, as 'up to' is: a figure under them fits.
Articles here are written for the tests."""

from __future__ import annotations

import pytest

from accord.compare.numbers import number_discrepancies
from accord.compare.quantities import find_quantities
from conftest import claim_values as values, story_context


@pytest.mark.parametrize("text, high", [
    ("Shares in the brewer slid as much as 7.5% before noon.", 7.5),
    ("Gusts as high as 130 km/h are forecast for the coast.", 130),
    ("The repairs could cost as much as $12 million.", 12_000_000),
])
def test_compare_number_bounds_as_much_as_is_an_upper_bound(text, high):
    (q,) = find_quantities(text)
    assert (q.low, q.hedge) == (0.0, "upper")
    assert q.high == pytest.approx(high, rel=0.05)


def test_compare_number_bounds_a_days_low_fits_a_smaller_close(encoder):
    a = "Shares in the brewer slid as much as 7.5% in early trading on Tuesday after the warning."
    b = "The brewer's shares ended Tuesday about 5 per cent lower after the profit warning."
    ctx = story_context(encoder, a, b, published=("2025-03-04", "2025-03-04"))
    assert values(number_discrepancies(ctx)) == set()


def test_compare_number_bounds_a_figure_over_the_bound_still_disputes(encoder):
    a = "The repairs to the stand could cost as much as $12 million, the club said on Monday."
    b = "The club said on Monday that repairs to the stand would cost $19 million."
    ctx = story_context(encoder, a, b, published=("2025-03-03", "2025-03-03"))
    assert frozenset({"as much as $12 million", "$19 million"}) in values(number_discrepancies(ctx))
