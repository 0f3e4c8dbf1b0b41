"""Figure forms read as their own kind (issue 13, recall): currencies named by words, astronomy's
lengths, multiples, tallies of votes and scores, and a count's difference ("eight fewer than").

Each was read as nothing, or as a count of the wrong thing, before any key or guard could meet
it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from accord.compare.currency_names import is_money
from accord.compare.multiples import multiple_key
from accord.compare.quantities import compatible, find_quantities
from conftest import claim_values as values, discrepancies_of

DAY, NEXT = "2026-05-11", "2026-05-12"


def only(sentence: str):
    found = find_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, unit", [
    ("The ministry will spend 3.2 million pounds on new ferries.", "GBP"),
    ("The deal is worth 2 billion Czech crowns.", "CZK"),
    ("The club paid 5 million Australian dollars for the land.", "AUD"),
    ("Fares rise by 14,000 forints a year.", "HUF"),
    ("Tickets cost 300 million Egyptian pounds in all.", "EGP"),
])
def test_compare_figure_forms_currency_named_after_the_figure(sentence, unit):
    assert only(sentence).unit == unit


def test_compare_figure_forms_a_name_several_currencies_share_is_its_own_unit():
    crowns = only("Each household gets 45 crowns a week.")
    assert is_money(crowns.unit) and crowns.unit not in ("SEK", "CZK", "DKK", "NOK")
    # never converted, so never disputed against a code: compatible whatever the figures
    assert compatible(crowns, only("Each household gets SEK 90 a week."))


@pytest.mark.parametrize("sentence", [
    "The boxer lost 20 pounds before the fight.",
    "The tanker carried 2 million pounds of diesel.",
    "He paid 5 Ostmark pounds.",
])
def test_compare_figure_forms_pounds_as_weight_or_unnamed_stay_no_sum(sentence):
    assert all(not is_money(q.unit) for q in find_quantities(sentence))


def test_compare_figure_forms_astronomy_lengths_convert():
    near = only("The comet is 1.2 astronomical units from the Sun.")
    assert near.unit == "m" and 1.6e11 < near.low < 1.795e11 < near.high < 2.0e11
    parsecs, years, other = (only("a star about 20 parsecs away"), only("a star 65 light years away"),
                             only("a star 84 light-years away"))
    assert compatible(parsecs, years) and not compatible(years, other)


def test_compare_figure_forms_multiples_are_keyed_by_what_they_multiply():
    text = "The crater is about 3.5 times the diameter of the old one and twice as deep."
    found = [q for q in find_quantities(text) if q.unit == "x"]
    assert [q.low < 3.5 < q.high for q in found[:1]] == [True]
    assert multiple_key(text, found[0].end) == "size"
    assert multiple_key("a dish 4.5 times as wide as the last", 16) == "size"


@pytest.mark.parametrize("sentence", ["He was stopped four times last year.", "The bell rang three times the next day.",
                                      "Take two tablets three times a day."])
def test_compare_figure_forms_repetitions_are_no_multiples(sentence):
    assert all(q.unit != "x" for q in find_quantities(sentence))


@pytest.mark.parametrize("sentence, split", [
    ("The council voted 9-4 to close the pool.", (9, 4)),
    ("Justices upheld the ban in a 6-3 ruling.", (6, 3)),
    ("The motion passed by 212 votes to 190.", (212, 190)),
    ("Four of the five judges backed the appeal.", (4, 1)),
    ("Rovers beat the visitors 2-0 at home.", (2, 0)),
])
def test_compare_figure_forms_tallies(sentence, split):
    q = only(sentence)
    assert q.unit == "tally" and q.low == q.high == split[0] * 10_000 + split[1]


@pytest.mark.parametrize("sentence", ["She won the final 6-2 4-6 6-3.", "Between 5-10 people were hurt.",
                                      "Two of the nine members voted to wait."])
def test_compare_figure_forms_score_lines_and_ranges_are_no_tally(sentence):
    assert all(q.unit != "tally" for q in find_quantities(sentence))


def numbers(encoder, *texts):
    return discrepancies_of("number", encoder, *texts, published=(DAY, NEXT))


def test_compare_figure_forms_two_tallies_of_one_vote_are_disputed(encoder):
    found = numbers(encoder, "The harbour board voted 6-3 on Monday to sell the old ferry terminal.",
                    "Seven of the nine board members backed the sale of the terminal, the board said.")
    assert frozenset({"6-3", "Seven of the nine board members"}) in values(found)


def test_compare_figure_forms_one_tally_in_other_words_stays_quiet(encoder):
    assert not numbers(encoder, "The harbour board voted 6-3 on Monday to sell the old ferry terminal.",
                       "In a 6-3 vote, the board agreed to sell the terminal.")


def test_compare_figure_forms_two_multiples_of_one_size_are_disputed(encoder):
    found = numbers(encoder, "The new moon is about 1.8 times the radius of Europa, the team said.",
                    "Astronomers put the moon at 2.6 times as wide as Europa.")
    assert frozenset({"about 1.8 times", "2.6 times"}) in values(found)


def test_compare_figure_forms_a_count_difference_is_disputed_not_the_count(encoder):
    found = numbers(encoder, "The Greens won 17 seats, down four, in Sunday's vote.",
                    "The Greens fell to 17 seats in Sunday's vote, seven fewer than they held after the 2021 poll.")
    assert frozenset({"four", "seven"}) in values(found)
    assert not any("17" in v for pair in values(found) for v in pair)


# regression (review16): "less than an hour after", "rounded up 12": a count, not a difference
@pytest.mark.parametrize("sentence, sign", [
    ("Police arrested 40 people less than an hour after the match.", None),
    ("The gunman shot five people more than a mile from the school.", None),
    ("Police rounded up 12 on Tuesday.", None),
    ("The Greens won 17 seats, eight fewer than a year ago.", -1),
    ("The Greens won 17 seats, down four, in Sunday's vote.", -1),
    ("The Greens are up two, with 19 seats.", 1),
])
def test_compare_figure_forms_a_difference_is_no_count_beside_a_measure(sentence, sign):
    from accord.compare.figures import _difference

    first = find_quantities(sentence)
    signs = [_difference(sentence, q) for q in first if q.text != "17" and q.text != "19"]
    assert signs[0] == sign


def test_compare_figure_forms_distances_in_light_years_are_disputed(encoder):
    found = numbers(encoder, "The star lies 112 light years from Earth, the observatory said.",
                    "The star is 140 light years away, according to the survey.")
    assert frozenset({"112 light years", "140 light years"}) in values(found)


def test_compare_figure_forms_shares_above_another_are_disputed(encoder):
    # "more ... than" and "dearer than": each report's one share by which one thing tops another
    found = numbers(encoder, "Tenants paid on average 6% more for heating than they would have otherwise, the regulator said.",
                    "The deal left heating bills some 11 per cent dearer than they would have been.")
    assert frozenset({"6%", "some 11 per cent"}) in values(found)
