"""compare.count_keys: each report's only count of one thing by one happening (issue 13, recall).

Two reports that each give one value for a thing, by verbs of one happening, dispute it however
unlike their sentences; counts with no happening, with two happenings, of generic nouns, or in
reports weeks apart stay quiet. Sentences written for these tests.
"""

from __future__ import annotations

from conftest import claim_values as values, discrepancies_of

DAY, NEXT, LATER = "2026-03-02", "2026-03-03", "2026-04-20"

# masked, these two score 0.36: under every sentence bar of compare.numbers
TAKEN = ("Detectives believe the gang escaped with six paintings through a skylight shortly "
         "before the alarm sounded.")
STOLEN = "Five paintings were taken, a police spokeswoman told reporters at a news conference on Monday evening."


def numbers(encoder, *texts: str, published=(DAY, NEXT)):
    return discrepancies_of("number", encoder, *texts, published=published)


def test_compare_count_keys_each_reports_only_count_of_one_happening_is_disputed(encoder):
    found = numbers(encoder, TAKEN, STOLEN)
    assert frozenset({"six", "Five"}) in values(found)


def test_compare_count_keys_a_report_with_two_values_is_no_sole_count(encoder):
    # the first report also gives another theft: its six is one of two counts of paintings
    # taken, and another report's five meets neither of them by the key alone
    found = numbers(encoder, TAKEN + " In a raid on its store, burglars took eleven paintings.", STOLEN)
    assert not found


def test_compare_count_keys_two_happenings_of_one_noun_stay_quiet(encoder):
    # flooded / had power cut: two unlisted verbs are two happenings
    found = numbers(encoder,
                    "The fire chief said 340 homes had been flooded by Tuesday night.",
                    "Power was cut to about 1,500 homes across the valley, the utility said.")
    assert not found


def test_compare_count_keys_counts_with_no_happening_stay_quiet(encoder):
    # "has" and "were" say nothing of what happened to the firefighters: each report's only
    # count of them, but no happening to meet by
    found = numbers(encoder,
                    "The regional service has 1,100 firefighters at its disposal this summer, its chief said.",
                    "Seven firefighters were on the ridge above the village when the wind turned.")
    assert not found


def test_compare_count_keys_reports_weeks_apart_stay_quiet(encoder):
    # a report weeks later retells another theft of the kind as often as the same one
    found = numbers(encoder, STOLEN, TAKEN, published=(DAY, LATER))
    assert not found


# each report's count of batches, by verbs of no one listed kind: the noun is the key
ORDERED = "Health inspectors ordered 38 batches of the soft cheese off the shelves after the outbreak."
WITHDRAWN = "The dairy said on Tuesday that 26 batches of its soft cheese were being withdrawn from shops."


def test_compare_count_keys_a_specific_noun_is_the_key_of_its_count(encoder):
    assert frozenset({"38", "26"}) in values(numbers(encoder, ORDERED, WITHDRAWN))


def test_compare_count_keys_a_noun_counted_twice_over_in_one_report_is_no_key(encoder):
    # the first report also counts the batches of an earlier recall: its noun names two sets,
    # and another report's 26 is no longer disputed by the noun alone
    found = numbers(encoder, ORDERED + " In the spring, nine batches from the same dairy were destroyed.", WITHDRAWN)
    assert frozenset({"38", "26"}) not in values(found)
