"""compare.date_args: one happening told with other verbs meets through a shared doer or thing."""

from __future__ import annotations

import pytest

from accord.compare.dates import date_discrepancies
from conftest import story_context

_PAGE = ("2026-05-12", "2026-05-12")  # a Tuesday


def _days(encoder, a, b, published=_PAGE):
    ctx = story_context(encoder, a, b, published=published)
    return [sorted(c.value for c in d.claims) for d in date_discrepancies(ctx)]


@pytest.mark.parametrize("a, b", [
    # verbs no list relates, one thing done to, one day apart
    ("The young challenger outplayed the defending champion Ivo Brandt in Sunday's quarter-final.",
     "The young challenger had humbled the defending champion Ivo Brandt in Monday's quarter-final."),
])
def test_compare_date_args_other_verbs_of_one_thing_meet(encoder, a, b):
    assert len(_days(encoder, a, b)) == 1


@pytest.mark.parametrize("a, b", [
    # two steps done to one man, no occasion
    ("Police arrested the driver on Sunday after the crash on the ring road.",
     "The driver was charged on Monday over the crash on the ring road."),
    # one occasion's name, but no doer or thing in common: two quarter-finals
    ("Anna Lind outplayed Mia Roth in Sunday's quarter-final.",
     "Eva Berg humbled Lena Falk in Monday's quarter-final."),
    # a beginning and an ending of one thing
    ("The ferry strike began on Sunday, stranding hundreds of travellers.",
     "The ferry strike ended on Monday, after the union accepted the offer."),
    # one thing, but other doers named
    ("Rita Holm repaired the old lighthouse lamp on Sunday.",
     "Jonas Berg repaired the old lighthouse lamp on Monday."),
])
def test_compare_date_args_look_alikes_stay_quiet(encoder, a, b):
    assert _days(encoder, a, b) == []
