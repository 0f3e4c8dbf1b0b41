"""compare.polarity: how a denial is reported, and when a later report of the happening disputes
it. "There is no evidence that ...", "denied that ...", "ruled out that ..." deny what their clause
says; "declined to confirm that ...", "did not deny that ..." neither state nor deny it. A report
printed after the denial disputes it when it dates the happening on or before the denial's page
day, in the sentence or in another sentence of its article that tells the same happening."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context

# ---- denials reported through a clause --------------------------------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "There is no evidence that the exam papers were stolen, the examinations board said on Friday.",
        "The examinations board denied that the exam papers had been stolen.",
        "The examinations board said it had found no evidence that the exam papers were stolen.",
    ],
)
def test_compare_polarity_a_denial_reported_through_a_clause_is_disputed(encoder, denial):
    ctx = story_context(
        encoder, denial,
        "Two students stole the exam papers from a locked office at the examinations board, police said.")
    (d,) = polarity_discrepancies(ctx)
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
    assert any(c.value.startswith("not ") for c in d.claims)


@pytest.mark.parametrize(
    "said",
    [
        # declining to say is neither claim nor denial
        "The examinations board declined to confirm that the exam papers had been stolen.",
        "The examinations board did not deny that the exam papers had been stolen.",
        # a denial of another thing beside the statement of one
        "There is no evidence that the answer keys were stolen, the examinations board said.",
    ],
)
def test_compare_polarity_look_alikes_of_a_reported_denial_stay_quiet(encoder, said):
    ctx = story_context(
        encoder, said,
        "Two students stole the exam papers from a locked office at the examinations board, police said.")
    assert polarity_discrepancies(ctx) == ()


def test_compare_polarity_no_evidence_that_is_not_read_as_the_happening(encoder):
    # before: "There is no evidence that X was stolen" was read as stating the theft, so it sided
    # with a report of the theft and against "no exam papers were stolen"
    ctx = story_context(
        encoder,
        "There is no evidence that the exam papers were stolen, the examinations board said.",
        "No exam papers were stolen, the examinations board's chairman said.")
    assert polarity_discrepancies(ctx) == ()


# ---- a later report dated on or before the denial's page day ------------------------------------

_DENIAL = "Rangers said no arrests had been made over the poisoning of the vultures."


def test_compare_polarity_a_later_report_dated_on_the_denials_day_disputes_it(encoder):
    # printed Tuesday 10 and Wednesday 11 February 2026: the arrest is dated Tuesday, the denial's day
    later = ("Rangers have arrested a farmer over the poisoning of the vultures in the reserve. "
             "The 47-year-old was detained yesterday morning at his farm near the reserve, a ranger said.")
    (d,) = polarity_discrepancies(story_context(encoder, _DENIAL, later, published=("2026-02-10", "2026-02-11")))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "later",
    [
        # undated: it may have happened since the denial was printed
        "Rangers have arrested a farmer over the poisoning of the vultures in the reserve.",
        # dated after the denial's page day
        "Rangers have arrested a farmer over the poisoning of the vultures in the reserve. "
        "The 47-year-old was detained on Wednesday morning at his farm near the reserve, a ranger said.",
    ],
)
def test_compare_polarity_a_later_report_of_what_may_have_happened_since_stays_quiet(encoder, later):
    assert polarity_discrepancies(story_context(encoder, _DENIAL, later, published=("2026-02-10", "2026-02-12"))) == ()


# ---- how outlets word the two sides ------------------------------------------------------------


@pytest.mark.parametrize(
    "one, other",
    [
        # held by police is detained; "have not arrested anyone" denies it of anybody
        ("Police said nobody had been arrested over the fire at the sawmill.",
         "A 34-year-old man was held on suspicion of arson over the fire at the sawmill, police said."),
        ("Police have not arrested anyone over the fire at the sawmill.",
         "Police arrested a man over the fire at the sawmill, a spokesman said."),
        # a happening denied by its noun as the object of "denied"
        ("The bakery chain denied any breach of its payment systems.",
         "Hackers breached the bakery chain's payment systems last week, investigators said."),
    ],
)
def test_compare_polarity_outlets_wordings_of_the_two_sides_are_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # a meeting held, a denial of another thing, a denial of charges (not of the happening)
        ("The annual meeting of the sawmill's owners was held on Monday.",
         "Police said nobody had been arrested over the fire at the sawmill."),
        ("The bakery chain denied any breach of its delivery contract.",
         "Hackers breached the bakery chain's payment systems last week, investigators said."),
        ("The bakery chain denied the charges.",
         "Hackers breached the bakery chain's payment systems last week, investigators said."),
    ],
)
def test_compare_polarity_look_alikes_of_the_outlets_wordings_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()


# ---- the story's background ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "one, other",
    [
        # said of a year or more before the page, against what is said of the story
        ("Police said nobody had been arrested over the fire at the sawmill.",
         "The sawmill's owner was arrested last year over unpaid wages, police said."),
        ("The sawmill passed its fire safety inspection in March, the council said.",
         "The sawmill failed a fire safety inspection in 2019, council records show."),
        ("No deaths have been linked to the heatwave this summer, the coroner said.",
         "A death was linked to a heatwave in 2019, the coroner said."),
    ],
)
def test_compare_polarity_what_is_said_of_an_earlier_year_stays_quiet(encoder, one, other):
    ctx = story_context(encoder, one, other, published=("2026-05-04", "2026-05-04"))
    assert polarity_discrepancies(ctx) == ()


def test_compare_polarity_an_earlier_year_within_the_denials_span_is_disputed(encoder):
    # "in the past five years" reaches back over last year
    ctx = story_context(
        encoder, "Police said nobody at the sawmill had been arrested for theft in the past five years.",
        "The sawmill's owner was arrested for theft last year, police said.", published=("2026-05-04", "2026-05-04"))
    (d,) = polarity_discrepancies(ctx)
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # "none of the X" against "two of the X"; one happening told of the dead; a harm by its body part
        ("The gallery said none of its sculptures had been damaged.",
         "Two of the gallery's sculptures were damaged by smoke, the gallery said."),
        ("Nobody was killed in the avalanche, the mountain rescue said.",
         "A skier from Munich died in the avalanche, the mountain rescue said."),
        ("The groom was not injured when the horse bolted, the stable said.",
         "The groom suffered a broken leg when the horse bolted, the stable said."),
        # a plural no stem rule reaches
        ("No child was hurt when the fairground ride stopped, the operator said.",
         "Two children were hurt when the fairground ride stopped, the operator said."),
    ],
)
def test_compare_polarity_parts_deaths_and_harms_are_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # a group named is not anybody; a part against another part
        ("No stewards were killed in the avalanche, the mountain rescue said.",
         "A skier from Munich died in the avalanche, the mountain rescue said."),
        ("Three of the gallery's sculptures were not damaged, the gallery said.",
         "One of the gallery's sculptures was damaged by smoke, the gallery said."),
    ],
)
def test_compare_polarity_look_alikes_of_parts_and_groups_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()


def test_compare_polarity_a_same_day_report_that_marks_no_news_disputes_the_denial(encoder):
    # printed the same day, nothing dated or marked: the denial's moment
    later = "Rangers have arrested a farmer over the poisoning of the vultures in the reserve."
    (d,) = polarity_discrepancies(story_context(encoder, _DENIAL, later, published=("2026-02-10", "2026-02-10")))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
    # printed the next day, it may be the next day's news: an arrest after "no arrests" is how a
    # running story goes on
    assert polarity_discrepancies(story_context(encoder, _DENIAL, later, published=("2026-02-10", "2026-02-11"))) == ()
    # marked as news since, or a denial of a moment ("yet"): a running story
    since = "Rangers have now arrested a farmer over the poisoning of the vultures in the reserve."
    assert polarity_discrepancies(story_context(encoder, _DENIAL, since, published=("2026-02-10", "2026-02-11"))) == ()
    early = "Rangers said no arrests had been made yet over the poisoning of the vultures."
    assert polarity_discrepancies(story_context(encoder, early, later, published=("2026-02-10", "2026-02-11"))) == ()


def test_compare_polarity_remained_open_is_not_closed(encoder):
    (d,) = polarity_discrepancies(story_context(
        encoder, "The footbridge over the canal remained open to walkers, the canal trust said.",
        "The canal trust closed the footbridge over the canal to walkers, a spokesman said."))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
    # its opening hours are not a state of the story's days
    assert polarity_discrepancies(story_context(
        encoder, "The canal museum is open every day except Monday.",
        "The canal museum was closed after the flood, the trust said.")) == ()


@pytest.mark.parametrize(
    "held",
    [
        "Walkers were still using the cliff path, which rangers had left open that afternoon.",
        "Rangers kept the cliff path open all afternoon despite the gale, walkers said.",
        "The cliff path was left open all afternoon, walkers said.",
    ],
)
def test_compare_polarity_a_thing_left_or_kept_open_is_not_closed(encoder, held):
    # the thing held open is the verb's object (or the noun its relative clause is of), not its doer
    (d,) = polarity_discrepancies(story_context(
        encoder, held, "Rangers had closed the cliff path before the gale arrived, the park authority said."))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}
    assert {c.value for c in d.claims} == {"closed", "open (not closed)"}


def test_compare_polarity_a_state_word_that_denies_is_shown_as_written(encoder):
    # regression: the side that says "unhurt" was shown as "not unhurt (hurt)"
    (d,) = polarity_discrepancies(story_context(
        encoder, "The ferry's skipper was unhurt, the coastguard said.",
        "The ferry's skipper was hurt when the wave struck, the coastguard said."))
    assert {c.value for c in d.claims} == {"hurt", "unhurt (not hurt)"}


def test_compare_polarity_what_is_left_open_of_another_thing_stays_quiet(encoder):
    closed = "Rangers had closed the cliff path before the gale arrived, the park authority said."
    for other in ("Rangers kept the visitor car park open all afternoon, walkers said.",
                  "The park authority left open the possibility of closing the cliff path next winter."):
        assert polarity_discrepancies(story_context(encoder, other, closed)) == ()
