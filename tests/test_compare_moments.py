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


def test_compare_moments_a_first_time_deep_in_a_report_is_no_lead(encoder):
    # the other report names no time in its lead; the first it gives, five sentences in, is
    # another moment of the story (the mayor's visit), not the roof's collapse
    found = times(encoder, GLASSHOUSE,
                  "The palm house of the Orrin Botanic Garden will stay shut for the rest of the winter. "
                  "Its glass roof gave way under the weight of ice. Engineers are checking the other "
                  "glasshouses. Most of the palms will survive, keepers believe. Mayor Ilse Varga toured the "
                  "wreckage at around 9 a.m. on Saturday with the garden's director.")
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


@pytest.mark.parametrize("quoted", [
    # guillemets, and the `` '' of tokenised corpora (and " '' as some feeds close them)
    "«Nobody likes a lockout, but today the dockers got the contract they were owed», said Ines Varga.",
    "``Nobody likes a lockout, but today the dockers got the contract they were owed,'' said Ines Varga.",
    "\"Nobody likes a lockout, but today the dockers got the contract they were owed, '' said Ines Varga.",
])
def test_compare_moments_today_inside_any_quotation_marks_is_the_speaker_s_day(encoder, quoted):
    assert not date_flags(encoder, quoted, quoted, published=["2026-04-13", "2026-04-14"])


def test_compare_moments_a_quotation_s_this_morning_sets_no_time_on_the_page_s_day(encoder):
    # the judge's "this morning" is the morning she spoke (Saturday's), not the page's Sunday
    found = times(encoder,
                  "According to the county court, the former councillor was sentenced Saturday morning to six "
                  "years in prison.",
                  '"You will be glad to hear I am not going to lecture you for long this morning," Judge Alma '
                  "Reyes said.",
                  published=["2026-02-08", "2026-02-08"])
    assert not found


def test_compare_moments_today_outside_a_quotation_is_the_page_s_day(encoder):
    # the writer's own "today" on pages a day apart: two days
    assert date_flags(encoder, "The dockers signed the new contract today, ending the lockout, the port said.",
                      "The dockers signed the new contract today, ending the lockout, the port said.",
                      published=["2026-04-13", "2026-04-14"])


@pytest.mark.parametrize("sentence, day, verb", [
    # a day hanging from a part of the day belongs to the verb that time dates
    ("The sea wall gave way in the early hours of yesterday.", "yesterday", "gave"),
    # or to the noun of the happening the time is of
    ("Engineers began an inquiry into yesterday evening's collapse.", "yesterday", "collapse"),
])
def test_compare_moments_a_day_of_a_time_hangs_from_what_the_time_dates(sentence, day, verb):
    from accord.compare.events import governor
    from accord.compare.nlp import parse

    (doc,) = parse([sentence])
    start = sentence.index(day)
    assert governor(doc, start, start + len(day)).text == verb


SLIDE = "Geologist Petra Lind has called for a review of yesterday evening's landslide, which buried the valley road."


def test_compare_moments_one_noun_of_a_happening_dated_twice(encoder):
    # both days hang on "landslide", in sentences about other acts by other people
    found = dates(encoder, SLIDE, "The mayor, Jonas Brekke, told a briefing that the landslide on the evening "
                  "of 4 March had been foreseen by the council's engineers.", published=["2026-03-06", "2026-03-06"])
    assert frozenset({"yesterday", "4 March"}) in found


@pytest.mark.parametrize("other", [
    # another thing of that evening
    "The mayor, Jonas Brekke, told a briefing that the road closure on the evening of 4 March had been foreseen.",
    # the same evening, written as a date
    "The mayor, Jonas Brekke, told a briefing that the landslide on the evening of 5 March had been foreseen.",
])
def test_compare_moments_one_noun_look_alikes_stay_quiet(encoder, other):
    assert not dates(encoder, SLIDE, other, published=["2026-03-06", "2026-03-06"])


@pytest.mark.parametrize("sentence", [
    # a stretch of time spent, not the moment of a happening
    "Volunteers spent this morning clearing mud from the chapel floor.",
    # a clip's length in brackets
    "Watch: the moment the chapel roof fell (2:14)",
])
def test_compare_moments_spans_of_time_are_no_times_of_day(sentence):
    from accord.compare.clock import find_times

    assert not find_times(sentence)


def test_compare_moments_a_bracketed_time_with_its_words_is_still_a_time():
    from accord.compare.clock import find_times

    (_, _, t), = find_times("The roof fell at 02:14 (local time) on Sunday.")
    assert t.minute == 134



SWORN = ("The returning officer, Lidia Marsh, confirmed the recount result and said she would be sworn in as "
         "councillor on 3 June.")


def test_compare_moments_one_plan_told_for_two_days(encoder):
    # the same planned act, a week apart, in reports of the same day, worded apart
    found = dates(encoder, SWORN, "Both new councillors will be sworn in on 10 June.",
                  published=["2026-05-20", "2026-05-20"])
    assert frozenset({"3 June", "10 June"}) in found


@pytest.mark.parametrize("other", [
    # another planned act
    "Both new councillors will be given their seats on the planning committee on 10 June.",
    # the same day
    "Both new councillors will be sworn in on 3 June.",
])
def test_compare_moments_plan_look_alikes_stay_quiet(encoder, other):
    assert not dates(encoder, SWORN, other, published=["2026-05-20", "2026-05-20"])


def test_compare_moments_plans_of_two_named_people_stay_quiet(encoder):
    assert not dates(encoder, "The returning officer said Lidia Marsh would be sworn in on 3 June.",
                     "The returning officer said Tomas Vik would be sworn in on 10 June.",
                     published=["2026-05-20", "2026-05-20"])
