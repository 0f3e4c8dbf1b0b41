"""compare.date_nouns: a day on a happening's noun meets a day on its verb."""

from __future__ import annotations

import pytest

from accord.compare.dates import date_discrepancies
from conftest import story_context

_PAGE = ("2026-05-12", "2026-05-12")  # a Tuesday


def _days(encoder, a, b, published=_PAGE):
    ctx = story_context(encoder, a, b, published=published)
    return [sorted(c.value for c in d.claims) for d in date_discrepancies(ctx)]


@pytest.mark.parametrize("a, b", [
    # the noun is the verb's own word
    ("The ministry announced the new rail timetable on Monday.",
     "Sunday's announcement by the ministry surprised commuters."),
    # a decision to do the verb
    ("The council closed the old footbridge on Monday as a precaution.",
     "The council's decision on Sunday to close the old footbridge angered residents."),
    # the noun's "of" thing is the verb's thing
    ("The prince will open the new harbour museum on Friday, the palace said.",
     "Thursday's opening of the harbour museum is expected to draw large crowds."),
])
def test_compare_date_nouns_a_day_on_the_noun_meets_the_verb(encoder, a, b):
    assert len(_days(encoder, a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # two different doers named
    ("The ministry announced the new rail timetable on Monday.",
     "Sunday's announcement by Transport Watch criticised the timetable."),
    # a noun of another thing
    ("The council closed the old footbridge on Monday as a precaution.",
     "Sunday's inspection of the riverside car park found no faults."),
])
def test_compare_date_nouns_look_alikes_stay_quiet(encoder, a, b):
    assert _days(encoder, a, b) == []


@pytest.mark.parametrize("a, b", [
    # a verb that only says the noun's happening took place dates the noun
    ("The flood barrier had undergone a safety examination on Monday, the council said.",
     "Engineers last examined the flood barrier on Sunday before the storm arrived."),
    # a month on the verb, a day on the noun, one thing: the months differ
    ("The ferry's hull was last surveyed by the port authority in February.",
     "The last survey of the ferry's hull, carried out on 4 April by an outside firm, found rust near the stern."),
])
def test_compare_date_nouns_a_noun_that_took_place_meets_its_verb(encoder, a, b):
    assert len(_days(encoder, a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # months further apart: a routine told twice
    ("The ferry's hull was last surveyed by the port authority in February.",
     "A survey of the ferry's hull was carried out on 4 September."),
    # the noun's thing is another thing
    ("The ferry's hull was last surveyed by the port authority in February.",
     "The last survey of the harbour wall was carried out on 4 April."),
    # the same month
    ("The ferry's hull was last surveyed by the port authority in April.",
     "The last survey of the ferry's hull was carried out on 4 April."),
])
def test_compare_date_nouns_months_of_other_happenings_stay_quiet(encoder, a, b):
    assert _days(encoder, a, b) == []
