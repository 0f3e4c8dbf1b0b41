"""compare: figures beside another year, half a unit, turnout, and fraction words that are periods (issue 13).

A sentence may give today's figure beside an older one ("up from 57% in 2022") or beside a
thing's past ("The depot, which opened in 1998, ..."); a distance may be "half a mile"; a turnout
may be told as the share of voters who took part; "third-quarter" and "an outright majority"
name no part of a count. Every conflict case has a look-alike that must stay quiet. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from accord.compare.figure_scope import partitive as _partitive
from accord.compare.quantities import find_quantities
from conftest import claim_values as values, discrepancies_of

DAY = "2026-09-14"


def numbers(encoder, *texts: str):
    return discrepancies_of("number", encoder, *texts, published=[DAY] * len(texts))


def test_compare_quantities_read_half_a_unit_as_half_of_it():
    (q,) = find_quantities("The quarry lies about half a mile from the school.")
    assert q.unit == "m" and q.text == "about half a mile" and q.low < 805 < q.high


@pytest.mark.parametrize("text, part", [
    ("A third of the 2,400 computers were locked.", True),
    ("Some 55,000 people fled, nearly half the total.", True),
    ("The firm will cut 900 jobs after third-quarter results missed forecasts.", False),
    ("Her party took 35 seats, six short of an outright majority.", False),
    ("The bank raised its rate by a quarter point to 4%.", False),
    ("The depot sits half a mile from 40 homes.", False),
])
def test_compare_numbers_a_fraction_word_names_a_part_only_as_a_fraction(text, part):
    assert _partitive(text) is part


def test_compare_numbers_a_turnout_and_the_share_of_voters_who_took_part_conflict(encoder):
    found = numbers(encoder,
                    "Turnout in the council election was 64.2%, up from 51% in 2022, the returning officer said.",
                    "Just 55.3 per cent of registered voters cast a ballot, a figure officials called disappointing.")
    assert frozenset({"64.2%", "55.3 per cent"}) in values(found)


def test_compare_numbers_a_turnout_and_a_share_of_the_vote_stay_quiet(encoder):
    found = numbers(encoder,
                    "Turnout in the council election was 64.2%, the returning officer said.",
                    "Some 41 per cent of voters backed the Green candidate, official results showed.")
    assert not found


def test_compare_numbers_a_figure_beside_a_things_past_is_todays(encoder):
    found = numbers(encoder,
                    "The depot, which opened in 1998, handles about 900 tonnes of grain a day.",
                    "The grain depot on the ring road handles some 2,000 tonnes of grain a day, its manager said.")
    assert frozenset({"about 900", "some 2,000"}) in values(found)


def test_compare_numbers_a_figure_of_another_year_stays_history(encoder):
    found = numbers(encoder,
                    "The depot handled about 900 tonnes of grain a day in 2019.",
                    "The grain depot on the ring road handles some 2,000 tonnes of grain a day, its manager said.")
    assert not found


def test_compare_numbers_half_a_mile_and_its_metres_stay_quiet(encoder):
    found = numbers(encoder,
                    "The quarry lies about half a mile from the nearest school, residents said.",
                    "The quarry is some 800 metres from the nearest school, the council said.")
    assert not found


def test_compare_numbers_half_a_mile_and_another_distance_conflict(encoder):
    found = numbers(encoder,
                    "The quarry lies about half a mile from the nearest school, residents said.",
                    "The quarry is just 250 metres from the nearest school, the council said.")
    assert frozenset({"about half a mile", "250 metres"}) in values(found)


@pytest.mark.parametrize("text, key", [
    ("Revenue rose 4% to $2.1 billion in the second quarter, the bakery chain said.", "revenu"),
    ("The chain booked $1.7 billion in quarterly sales.", "revenu"),
    ("Turnover came in at $2.1 billion.", "revenu"),
    ("The court ordered the council to pay £400,000 in damages.", "damag"),
    ("It made $2bn in the first half.", None),
])
def test_compare_keys_a_sum_is_named_by_its_subject_or_what_it_is_in(text, key):
    from accord.compare.keys import sum_key
    from accord.compare.nlp import parse

    q = next(q for q in find_quantities(text) if q.unit not in ("", "%"))
    assert sum_key(text, q.start, q.end, parse([text])[0]) == key


def test_compare_numbers_revenue_and_sales_of_one_quarter_conflict(encoder):
    found = numbers(encoder,
                    "Revenue rose 4% to $2.1 billion in the second quarter from $2 billion a year earlier, the bakery chain said.",
                    "Halden Bakeries booked $1.7 billion in quarterly sales and will close nine shops.")
    assert frozenset({"$2.1 billion", "$1.7 billion"}) in values(found)


def test_compare_numbers_revenue_and_profit_stay_quiet(encoder):
    found = numbers(encoder,
                    "Revenue rose 4% to $2.1 billion in the second quarter from $2 billion a year earlier, the bakery chain said.",
                    "Halden Bakeries booked $1.7 billion in quarterly profit and will close nine shops.")
    assert not found


def test_compare_numbers_a_hedge_on_a_precise_share_allows_less(encoder):
    found = numbers(encoder,
                    "Some 57 per cent of the town's voters took part in the referendum, the clerk said.",
                    "Turnout in the referendum was 61.2 per cent, the town clerk said.")
    assert frozenset({"Some 57 per cent", "61.2 per cent"}) in values(found)


def test_compare_numbers_a_hedge_on_a_round_share_allows_its_rounding(encoder):
    found = numbers(encoder,
                    "Some 60 per cent of the town's voters took part in the referendum, the clerk said.",
                    "Turnout in the referendum was 63.2 per cent, the town clerk said.")
    assert not found
