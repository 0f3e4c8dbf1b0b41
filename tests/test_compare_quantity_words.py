"""compare.quantities: numbers told in words ("half a million", "two dozen", "one hundred and
twenty"), as outlets write them (issue 13). Before, "half a million" was read as a million, "two
dozen" as two and a dozen, and "one hundred and twenty" as a hundred and a twenty, so "half a
million homes" disputed "500,000 homes" and agreed with "a million". Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from accord.compare import compare_story
from accord.compare.quantities import find_quantities
from conftest import story_context


@pytest.mark.parametrize("sentence, low, high", [
    ("Half a million households were left without heating.", 475_000, 525_000),
    ("More than half a million tourists visited the caves.", 500_000, float("inf")),
    ("About half a dozen trawlers sank in the harbour.", 5.4, 6.6),
    ("Some two dozen cottages were flooded.", 21.6, 26.4),
    ("Three dozen volunteers cleared the beach.", 36, 36),
    # unchanged: half of one unit, and a round number alone
    ("The slick stretched half a mile.", 749, 862),
    ("A dozen volunteers cleared the beach.", 12, 12),
])
def test_compare_quantity_words_multiplied_round_numbers(sentence, low, high):
    (q,) = find_quantities(sentence)
    assert q.low == pytest.approx(low, rel=0.01) and q.high == pytest.approx(high, rel=0.01)


def _numbers(encoder, *texts: str) -> list:
    ctx = story_context(encoder, *texts, published=["2026-01-20"] * len(texts))
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return [d for d in found if d.kind == "number"]


def test_compare_quantity_words_half_a_million_is_five_hundred_thousand(encoder):
    assert not _numbers(encoder,
                        "The ice storm cut power to half a million homes across the province on Monday.",
                        "The ice storm cut power to 500,000 homes across the province on Monday, the utility said.")


def test_compare_quantity_words_half_a_million_is_not_a_million(encoder):
    assert _numbers(encoder,
                    "The ice storm cut power to half a million homes across the province on Monday.",
                    "The ice storm cut power to a million homes across the province on Monday, the utility said.")


@pytest.mark.parametrize("sentence, value", [
    ("One hundred and twenty passengers were aboard the ferry.", 120),
    ("Five hundred and sixty-two ballots were spoiled.", 562),
    ("Two hundred thousand people marched through the capital.", 200_000),
])
def test_compare_quantity_words_hundreds_spelled_out(sentence, value):
    (q,) = find_quantities(sentence)
    assert q.low == q.high == value


def test_compare_quantity_words_a_range_of_hundreds_stays_a_range():
    (q,) = find_quantities("Between one hundred and two hundred people waited outside.")
    assert (q.low, q.high) == (100, 200)
