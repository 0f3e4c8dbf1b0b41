"""compare.suspicion: a denial of suspicion ("no criminal wrongdoing was suspected", "police do
not suspect foul play", "not treating the death as suspicious") disputes an inquiry into a crime
opened ("opened a criminal investigation", "a murder inquiry has been launched"); an inquiry of
the future, into another thing, a plain inquiry, or one opened after the denial stays quiet."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "denial, inquiry",
    [
        ("Officials said no criminal wrongdoing was suspected in the orchard fire.",
         "The prosecutor said his office had opened a criminal investigation into the orchard fire."),
        ("Police said they were not treating the death of the jockey as suspicious.",
         "Police have launched a murder inquiry into the death of the jockey."),
        ("Police do not suspect foul play in the death of the jockey.",
         "A murder inquiry has been launched into the death of the jockey, a police spokesman said."),
    ],
)
def test_compare_polarity_suspicion_denied_is_disputed_by_a_criminal_inquiry(encoder, denial, inquiry):
    (d,) = polarity_discrepancies(story_context(encoder, denial, inquiry))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "other",
    [
        # another thing, the future, a plain inquiry, another case
        "Police have launched a fraud inquiry into the stables' accounts.",
        "Police may launch a murder inquiry into the death of the jockey.",
        "Police said the cause of the jockey's death was under investigation.",
        "Police have launched a murder inquiry into the death of a stable hand in a separate case in the north.",
    ],
)
def test_compare_polarity_look_alikes_of_a_criminal_inquiry_stay_quiet(encoder, other):
    denial = "Police do not suspect foul play in the death of the jockey."
    assert polarity_discrepancies(story_context(encoder, denial, other)) == ()


def test_compare_polarity_an_inquiry_opened_after_the_denial_stays_quiet_unless_dated_before(encoder):
    denial = "Officials said no criminal wrongdoing was suspected in the orchard fire."
    # printed Tuesday 10 and Thursday 12 February 2026
    since = "The prosecutor said his office had opened a criminal investigation into the orchard fire on Wednesday."
    before = "The prosecutor said his office had opened a criminal investigation into the orchard fire on Monday night."
    assert polarity_discrepancies(story_context(encoder, denial, since, published=("2026-02-10", "2026-02-12"))) == ()
    (d,) = polarity_discrepancies(story_context(encoder, denial, before, published=("2026-02-10", "2026-02-12")))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
