"""compare.clock_words: times of day told in words, read with both halves of the day when no
half is given."""

from __future__ import annotations

import pytest

from accord.compare.clock_words import spoken_times
from conftest import story_context

_PAGE = ("2026-05-12", "2026-05-12")


def times(encoder, a, b, published):
    """The values of the time-of-day discrepancies compare raises between two pages."""
    from accord.compare import compare_story

    ctx = story_context(encoder, a, b, published=published)
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return {frozenset(c.value for c in d.claims) for d in found if d.about.startswith("time of")}


@pytest.mark.parametrize("sentence, minute, twelve", [
    ("The vote closed at half past eleven.", 11 * 60 + 30, True),
    ("The fire began at about a quarter to twelve.", 11 * 60 + 45, True),
    ("Her train left at a quarter to ten in the morning.", 9 * 60 + 45, False),
    ("The doors opened at ten past six in the evening.", 18 * 60 + 10, False),
    ("The lights went out at twenty to midnight.", 23 * 60 + 40, False),
    ("The bells rang at seven o'clock.", 7 * 60, True),
])
def test_compare_clock_words_reads_a_spoken_time(sentence, minute, twelve):
    (found,) = spoken_times(sentence)
    assert (found.minute, found.twelve) == (minute, twelve)


@pytest.mark.parametrize("sentence", ["The home side won 10 to 8 after extra time.",
                                      "Turnout rose from two to three in ten voters."])
def test_compare_clock_words_scores_and_ratios_are_no_time(sentence):
    assert spoken_times(sentence) == []


def test_compare_clock_words_a_spoken_time_conflicts_with_both_halves_of_the_day(encoder):
    found = times(encoder, "The blaze at the paper mill started shortly after 9am on Saturday.",
                   "Neighbours said the blaze at the paper mill started at about half past eleven.", _PAGE)
    assert found == {frozenset({"shortly after 9am", "at about half past eleven"})}


def test_compare_clock_words_a_spoken_time_fits_its_other_half_of_the_day(encoder):
    # "half past eleven" may be 23:30: no conflict with 11.30pm
    assert times(encoder, "The blaze at the paper mill started at 11.30pm on Saturday.",
                  "Neighbours said the blaze at the paper mill started at half past eleven.", _PAGE) == set()
