"""How news text scopes a figure (issue 13, precision on real news, ECB+ dev dated): a market's
close against a move in the day, a distance that places another thing, a side's ask against a
hope. Each look-alike stays quiet; the same shape with one account
changed is still flagged. Sentences written for these tests.
"""

from __future__ import annotations

from conftest import claim_values as values, discrepancies_of

DAY = "2026-11-16"


def kind(encoder, name: str, *texts: str):
    return discrepancies_of(name, encoder, *texts, published=[DAY] * len(texts))


CLOSE = "Markets took fright as Ruritanian shares closed down 2.8 percent on Monday."
DURING = "Markets took fright as Ruritanian shares plunged 4.6 per cent on Monday."


def test_compare_scope_a_close_and_a_move_in_the_day_stay_quiet(encoder):
    assert kind(encoder, "number", CLOSE, DURING) == []


def test_compare_scope_two_closes_still_dispute(encoder):
    found = kind(encoder, "number", CLOSE, DURING.replace("plunged", "closed down"))
    assert frozenset({"2.8 percent", "4.6 per cent"}) in values(found)


# regression (review16): a strike that "ended with" a rise is no market's close
def test_compare_scope_a_deal_that_ended_is_no_close(encoder):
    found = kind(encoder, "number", "The strike at the Kelby plant ended with a 5% pay rise for all staff.",
                 "Staff at the Kelby plant won a 7% pay rise, ending the strike.")
    assert frozenset({"5%", "7%"}) in values(found)


PLACED = "Staff were later evacuated from the depot, about 12 miles east of Harwick."
SEEN = "Hours later a trucker 40 miles east of Harwick spotted the van and called police."


def test_compare_scope_distances_that_place_two_things_stay_quiet(encoder):
    assert kind(encoder, "number", PLACED, SEEN) == []


def test_compare_scope_distances_of_one_thing_still_dispute(encoder):
    found = kind(encoder, "number", PLACED, "Staff were later evacuated from the depot, about 40 miles east of Harwick.")
    assert found


ASK = "It was then that the agent countered by asking for a six-year contract worth $90 million."
HOPE = "The agent entered the winter hoping his client could land a nine-year deal."


def test_compare_scope_an_ask_and_a_hope_are_two_lengths(encoder):
    assert kind(encoder, "number", ASK, HOPE) == []


def test_compare_scope_two_asks_still_dispute(encoder):
    found = kind(encoder, "number", ASK, "The agent countered by asking for a nine-year contract worth $90 million.")
    assert frozenset({"six-year", "nine-year"}) in values(found) or found
