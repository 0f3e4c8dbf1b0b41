"""compare.polarity: data copied or downloaded by intruders is data stolen (not by its keepers) ("the attackers copied
the records of 52,000 customers" / "no customer data was stolen"); other data is not."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


def test_compare_polarity_records_copied_dispute_no_data_stolen(encoder):
    ctx = story_context(
        encoder,
        "The ticketing platform Gatewise said no customer data had been stolen in the break-in.",
        "Investigators say the intruders had copied the records of some 52,000 customers before they were spotted.",
    )
    (d,) = polarity_discrepancies(ctx)
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "other",
    [
        # other data: card details are not the customers' records, design files not customer data
        "The intruders copied the design files of the new stadium app before they were spotted.",
        "The intruders had copied the records of some 52,000 customers, but no card details, investigators said.",
    ],
)
def test_compare_polarity_other_data_copied_stays_quiet(encoder, other):
    ctx = story_context(encoder, "Gatewise said no card details had been stolen in the break-in.", other)
    assert polarity_discrepancies(ctx) == ()


def test_compare_polarity_records_copied_by_staff_are_not_stolen(encoder):
    # a copy made by the owner's own engineers takes nothing
    ctx = story_context(encoder, "No patient records were stolen in the cyber attack, the trust said.",
                        "Engineers copied the patient records to a backup server after the cyber attack.",
                        published=["2026-05-11", "2026-05-11"])
    assert polarity_discrepancies(ctx) == ()
