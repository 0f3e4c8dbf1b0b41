"""compare.denials: a denial by its noun of a verb compare.polarity does not read ("No deaths have
been linked to ...", "no players would face sanctions", "received no complaints of ...", "No storm
warning was in force") disputes another article stating the same verb of the same noun; another
thing, another cause, another kind or a later statement stays quiet."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "one, other",
    [
        ("No deaths have been linked to the heatwave, the coroner said.",
         "The coroner said on Monday that the death of a 90-year-old woman was linked to the hot weather."),
        # "will face" says what "face" says
        ("The club said no players would face sanctions over the brawl at the derby.",
         "Two players still face sanctions over the brawl at the derby, the league confirmed."),
        ("The airline said it had received no complaints of lost luggage on the Lisbon flight.",
         "The airline has received 40 complaints of lost luggage from passengers on the Lisbon flight."),
        # a thing said not to be, against its making
        ("The harbour authority had issued a storm warning for the marina at noon on Saturday.",
         "No storm warning was in force for the marina when the yachts capsized, sailors said."),
    ],
)
def test_compare_polarity_a_denial_by_its_noun_is_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # another cause
        ("No deaths have been linked to the heatwave, the coroner said.",
         "The coroner said that the death of a 90-year-old woman was linked to a fall at her home."),
        # another thing faced, another thing complained of, another kind of warning
        ("The club said no players would face sanctions over the brawl at the derby.",
         "Two players face surgery on knee injuries after the derby, the club confirmed."),
        ("The airline said it had received no complaints of lost luggage on the Lisbon flight.",
         "The airline has received 40 complaints of rude cabin staff on the Lisbon flight."),
        ("No storm warning was in force for the marina when the yachts capsized, sailors said.",
         "The harbour authority had issued a parking warning for the marina at noon on Saturday."),
        # an act denied at one moment, told at another (a state, "was in force when", lasts)
        ("No shots were fired when the poacher was arrested, rangers said.",
         "The poacher fired one shot at a ranger's jeep earlier that day."),
        # a verb of movement or service: its denial is of a moment
        ("No trains were running on the coast line, the operator said.",
         "Trains were running normally on the coast line, the operator said."),
        # words of a change over time
        ("The airline said no complaints of lost luggage had been received yet.",
         "The airline has received 40 complaints of lost luggage from passengers on the Lisbon flight."),
        # the thing's own verb negated is compare.polarity's reading, and "could" is not "did"
        ("No players could face sanctions under the old rules, the club said.",
         "Two players face sanctions over the brawl at the derby, the league confirmed."),
    ],
)
def test_compare_polarity_look_alikes_of_a_denial_by_its_noun_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()


def test_compare_polarity_a_statement_printed_after_the_denial_stays_quiet_unless_dated_before_or_of_its_day(encoder):
    denial = "No deaths have been linked to the heatwave, the coroner said."
    later = "The coroner said the death of a 90-year-old woman was linked to the hot weather."
    dated = "The coroner confirmed on Tuesday that the death of a 90-year-old woman was linked to the hot weather."
    since = "The coroner said the death of a 90-year-old woman has now been linked to the hot weather."
    # printed Wednesday 2026-07-15 and Friday 2026-07-17: the death may have been linked since
    assert polarity_discrepancies(story_context(encoder, denial, later, published=("2026-07-15", "2026-07-17"))) == ()
    # ... unless the later article says it was linked on Tuesday, before the denial was printed
    (d,) = polarity_discrepancies(story_context(encoder, denial, dated, published=("2026-07-15", "2026-07-17")))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
    # printed the next day, undated, it may be the next day's news (a running story), marked as
    # such or not; printed the same day, undated and unmarked, it tells the denial's moment
    assert polarity_discrepancies(story_context(encoder, denial, later, published=("2026-07-15", "2026-07-16"))) == ()
    assert polarity_discrepancies(story_context(encoder, denial, since, published=("2026-07-15", "2026-07-16"))) == ()
    (d,) = polarity_discrepancies(story_context(encoder, denial, later, published=("2026-07-15", "2026-07-15")))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


def test_compare_polarity_a_denial_and_a_statement_of_other_days_stay_quiet(encoder):
    ctx = story_context(
        encoder,
        "No complaints of lost luggage were received on Monday, the airline said.",
        "The airline received 40 complaints of lost luggage on Wednesday.",
        published=("2026-05-12", "2026-05-12"),
    )
    assert polarity_discrepancies(ctx) == ()


@pytest.mark.parametrize(
    "denial",
    [
        # a made thing denied in the passive, by its noun or by the verb's own negation
        "No avalanche warning was issued for the pass before the slide, mountain guides said.",
        "An avalanche warning had not been issued for the pass, mountain guides said.",
    ],
)
def test_compare_polarity_a_passive_denial_of_a_made_thing_is_disputed(encoder, denial):
    ctx = story_context(encoder, denial, "The alpine rescue service issued an avalanche warning for the pass at dawn.")
    (d,) = polarity_discrepancies(ctx)
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "other",
    [
        # a warning for another place, a thing of another kind
        "The alpine rescue service issued an avalanche warning for the eastern valley at dawn.",
        "The alpine rescue service issued a parking ban for the pass at dawn.",
    ],
)
def test_compare_polarity_a_passive_denial_beside_another_made_thing_stays_quiet(encoder, other):
    ctx = story_context(encoder, "No avalanche warning was issued for the pass before the slide, guides said.", other)
    assert polarity_discrepancies(ctx) == ()
