"""compare: days and times of day of one happening that independent outlets word apart (issue 13).

Each report's first time of a happening is its main event's; a state going on at a time ("the
search was continuing this afternoon") and a time inside a relative clause ("the coastguard,
which logged the first call at 1.12 a.m.") are not that time. Every conflict case fails on the
code before it and has a look-alike that must stay quiet. A weekday named as a day of something
("has declared Friday a day of remembrance") is that day ahead, and meets the day the other
report holds that thing. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accord.compare import compare_story
from accord.compare.temporal import Reference, find_dates
from conftest import story_context

DAY = "2026-02-08"  # a Sunday: "on Saturday" is the day before


def times(encoder, *texts: str, published=None) -> set[frozenset[str]]:
    ctx = story_context(encoder, *texts, published=published or [DAY] * len(texts))
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return {frozenset(c.value for c in d.claims) for d in found if d.about.startswith("time of")}


GLASSHOUSE = ("Part of the glass roof of the Orrin Botanic Garden's palm house shattered shortly after 3 a.m. "
              "on Saturday, the garden's director said. Nobody was inside.")


def test_compare_moments_a_state_in_progress_is_no_lead(encoder):
    # the other report's first time is a state going on ("was continuing this afternoon"); its
    # main event's time comes in a later sentence, in a clause worded apart
    found = times(encoder, GLASSHOUSE,
                  "Keepers were moving the rarest orchids to the cold store this afternoon, and the sweeping "
                  "of broken panes was continuing. According to the night watchman's own log, shown to the "
                  "Gazette, the roof caved in at around 10 p.m. on Friday, long before the frost set in.")
    assert frozenset({"shortly after 3 a.m.", "at around 10 p.m."}) in found


def test_compare_moments_a_later_happening_of_another_kind_stays_quiet(encoder):
    found = times(encoder, GLASSHOUSE,
                  "Keepers were moving the rarest orchids to the cold store this afternoon, and the sweeping "
                  "of broken panes was continuing. According to the night watchman's own log, shown to the "
                  "Gazette, volunteers arrived at around 10 a.m. on Saturday to help.")
    assert not found


FERRY = ("The island ferry capsized at about 10.20 p.m. on Saturday off Kell Point, and all 80 "
         "passengers were pulled from the water by lifeboat crews.")


def test_compare_moments_a_time_in_a_relative_clause_leaves_the_lead_alone(encoder):
    # "which logged the first distress call at 1.12 a.m." is the coastguard's, not the capsizing's
    found = times(encoder, FERRY,
                  "The capsizing happened shortly after 1 a.m. on Sunday, according to the coastguard, which "
                  "logged the first distress call at 1.12 a.m.")
    assert frozenset({"at about 10.20 p.m.", "shortly after 1 a.m."}) in found


def test_compare_moments_an_unnamed_happening_is_not_a_toll_that_rose(encoder):
    # "it happened" names no kind: against a first time of a toll that rose it tells nothing
    # (flagged before: each report's first time, and "happened" was of one kind with any verb)
    found = times(encoder,
                  "The capsizing happened shortly after 1 a.m. on Sunday, the coastguard said.",
                  "The number of passengers treated in hospital rose to 14 on Sunday afternoon, the island's "
                  "health board said.")
    assert not found


TUESDAY = Reference(dt.date(2024, 5, 7), True, 2024)


@pytest.mark.parametrize("sentence, iso", [
    # a day named as a day of something: that day ahead (or today), whatever the naming's tense
    ("The college has declared Friday a day of remembrance.", "2024-05-10"),
    ("The council made Tuesday a public holiday.", "2024-05-07"),
    # a weekday that dates the verb keeps the verb's tense
    ("The college declared a day of remembrance on Friday.", "2024-05-03"),
])
def test_compare_moments_a_named_day_lies_ahead(sentence, iso):
    (d,) = find_dates(sentence, TUESDAY)
    assert d.iso == iso


def dates(encoder, *texts: str, published) -> set[frozenset[str]]:
    ctx = story_context(encoder, *texts, published=published)
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return {frozenset(c.value.split(" (")[0] for c in d.claims) for d in found if d.about.startswith("date of")}


NAMED = "The harbour board has declared Friday a day of remembrance for the lost trawler crew."


def test_compare_moments_a_named_day_meets_the_day_it_is_held(encoder):
    # Thursday's page names Friday; Friday's page holds it "tomorrow" (Saturday)
    found = dates(encoder, NAMED, "A day of remembrance will be held tomorrow, with a wreath laid at the quay "
                  "and a minute's silence on every boat in the port.", published=["2026-03-12", "2026-03-13"])
    assert frozenset({"Friday", "tomorrow"}) in found


@pytest.mark.parametrize("other", [
    # the same day, told from the next page
    "A day of remembrance is being held today, with a wreath laid at the quay and a minute's silence on every boat "
    "in the port.",
    # another thing held the next day
    "A public meeting on the trawler's safety record will be held tomorrow at the quay.",
])
def test_compare_moments_a_named_day_and_its_look_alikes_stay_quiet(encoder, other):
    assert not dates(encoder, NAMED, other, published=["2026-03-12", "2026-03-13"])



def date_flags(encoder, *texts: str, published) -> list:
    ctx = story_context(encoder, *texts, published=published)
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return [d for d in found if d.about.startswith("date of")]


QUOTED = ('"Nobody likes a lockout, but today the dockers got the contract they were owed," said Ines '
          "Varga, the union's secretary.")


def test_compare_moments_today_inside_a_quotation_is_the_speaker_s_day(encoder):
    # one quotation printed on two pages a day apart: its "today" is the day it was said
    # (flagged before: Monday against Tuesday)
    assert not date_flags(encoder, QUOTED, QUOTED, published=["2026-04-13", "2026-04-14"])


def test_compare_moments_today_outside_a_quotation_is_the_page_s_day(encoder):
    # the writer's own "today" on pages a day apart: two days
    assert date_flags(encoder, "The dockers signed the new contract today, ending the lockout, the port said.",
                      "The dockers signed the new contract today, ending the lockout, the port said.",
                      published=["2026-04-13", "2026-04-14"])
