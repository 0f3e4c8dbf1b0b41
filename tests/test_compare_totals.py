"""compare.totals: a total and its parts.

Regression from ECB+ dev (the story's own sentences are not used): "six touchdowns on offense"
met "four touchdowns receiving" in a report that gave the other two in a list of rushing
statistics. The look-alike has true conflicts of the same shape beside it. Sentences written for
these tests.
"""

from __future__ import annotations

from conftest import claim_values as values, discrepancies_of

DAY = "2026-08-03"


def numbers(encoder, *texts: str):
    return discrepancies_of("number", encoder, *texts, published=[DAY] * len(texts))


TOTAL = ("The forward scored seven goals in all competitions before the injury ended his season. "
         "The club said he would be fit by March.")
PARTS = ("Before the injury, the forward had 1,204 minutes, 31 shots and three goals in 14 league games. "
         "He also scored four goals in the cup before he was hurt.")


def test_compare_totals_a_total_and_its_parts_stay_quiet(encoder):
    assert numbers(encoder, TOTAL, PARTS) == []


def test_compare_totals_parts_that_do_not_add_up_are_still_flagged(encoder):
    found = numbers(encoder, TOTAL, PARTS.replace("four goals in the cup", "five goals in the cup"))
    assert frozenset({"seven", "five"}) in values(found)


def test_compare_totals_one_count_said_twice_is_no_two_parts(encoder):
    found = numbers(
        encoder,
        "Two miners were killed when the roof of the gallery fell in on Tuesday. Rescuers said two "
        "miners were killed instantly and could not be reached for hours.",
        "Four miners were killed when the roof of the gallery fell in on Tuesday.",
    )
    assert frozenset({"Two", "Four"}) in values(found)
