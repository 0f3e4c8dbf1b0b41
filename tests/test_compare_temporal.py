"""Relative dates against the article's date: direction from each clause's own tense, deadlines,
anchored offsets, months across a year boundary, spun wording (compare.temporal, compare.tense)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.compare.temporal import Reference, find_dates

# A Thursday paper, and one of the first days of a year
THURSDAY = Reference(dt.date(2025, 5, 15), True, 2025)
NEW_YEAR = Reference(dt.date(2026, 1, 2), True, 2026)  # a Friday


def resolved(sentence: str, ref: Reference) -> dict[str, str | None]:
    return {d.text: d.iso for d in find_dates(sentence, ref)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one sentence, two clauses, two tenses (regression: the sentence's "will" sent both forward)
        ("The board, which met on Tuesday, will publish its decision on Monday.",
         {"on Tuesday": "2025-05-13", "on Monday": "2025-05-19"}),
        ("Ministers said on Wednesday that the bridge would reopen on Saturday.",
         {"on Wednesday": "2025-05-14", "on Saturday": "2025-05-17"}),
        ("The museum has shut its doors until Friday.", {"Friday": "2025-05-16"}),
        ("The museum was shut until Monday, when the repairs ended.", {"Monday": "2025-05-12"}),
        ("Judges have called a special hearing for Tuesday.", {"Tuesday": "2025-05-20"}),
        ("Flights scheduled for Sunday have been cancelled.", {"Sunday": "2025-05-18"}),
        ("A woman arrested on Sunday remains in custody.", {"on Sunday": "2025-05-11"}),
        ("Shoppers queued for hours on Black Friday.", {}),
        # the day of a thing named, under a present tense: no sign of the future (regression)
        ("Police are investigating Monday's attack on a bus driver.", {"Monday": "2025-05-12"}),
        ("Forecasters expect heavy rain on Saturday.", {"on Saturday": "2025-05-17"}),
    ],
)
def test_compare_temporal_weekday_direction_follows_its_own_clause(sentence, expected):
    assert resolved(sentence, THURSDAY) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Landlords have 21 days to answer the tribunal.", "2025-06-05"),
        ("The insurer must pay out within 14 days, the ombudsman ruled.", "2025-05-29"),
        ("The results will be known in two weeks' time.", "2025-05-29"),
        ("The ferry will resume sailing 10 days from now.", "2025-05-25"),
        ("The strike began four days ago.", "2025-05-11"),
        ("Contractors were given a fortnight to leave the site.", "2025-05-29"),
        ("The regulator said it would rule within 48 hours.", "2025-05-17"),
    ],
)
def test_compare_temporal_deadlines_are_the_day_they_fall_on(sentence, expected):
    assert expected in resolved(sentence, THURSDAY).values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers searched the hills for three days.",
        "It was the first rain in 40 days.",
        "The patient died within 10 days of the infection.",
        "The government declared a day of mourning.",
    ],
)
def test_compare_temporal_durations_name_no_date(sentence):
    assert resolved(sentence, THURSDAY) == {}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ferry sank on Sunday and divers reached it the following day.",
         {"on Sunday": "2025-05-11", "the following day": "2025-05-12"}),
        ("Police named the suspect on Tuesday, two days after the raid.", {"on Tuesday": "2025-05-13"}),
        ("The order was signed the day before, officials said.", {}),
        ("Power went off early yesterday and came back a day later.",
         {"yesterday": "2025-05-14", "a day later": "2025-05-15"}),
    ],
)
def test_compare_temporal_anchored_days_need_an_anchor_in_the_sentence(sentence, expected):
    got = resolved(sentence, THURSDAY)
    assert {k: v for k, v in got.items() if k in expected or v} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sales fell sharply in December.", "2025-12"),
        ("The new law takes effect in March.", "2026-03"),
        ("Prices have risen every month since October.", "2025-10"),
        ("The port reopened last November after repairs.", "2025-11"),
        ("A review will report next January.", "2027-01"),
        ("The plant, which opened in May, employs 300 people.", "2025-05"),
        ("The works began in September two years ago.", "2024-09"),
    ],
)
def test_compare_temporal_months_cross_the_year_boundary_by_tense(sentence, expected):
    assert expected in resolved(sentence, NEW_YEAR).values()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The vote is scheduled for subsequent Monday.", "2025-05-19"),
        ("Talks collapsed previous Tuesday.", "2025-05-13"),
        ("Results are expected the coming Saturday.", "2025-05-17"),
        ("The rally took place this past Sunday.", "2025-05-11"),
        ("The agency confirmed the figures the day before yesterday.", "2025-05-13"),
    ],
)
def test_compare_temporal_spun_and_compound_wording(sentence, expected):
    assert expected in resolved(sentence, THURSDAY).values()


def test_compare_temporal_may_the_verb_is_no_month():
    assert resolved("Officials warned that prices may rise in the coming weeks.", THURSDAY) == {}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # regressions found reading ECB+ news against the rules (own wording)
        ("Divers were unable to search the lake due to strong currents on Sunday.",
         {"on Sunday": "2025-05-11"}),
        ("A cyclist riding to work Friday was hit by a lorry.", {"Friday": "2025-05-09"}),
        ("She is the third minister in two weeks to resign.", {}),
        ("Nominations will be open from October 16 to November 14.",
         {"October 16": "2025-10-16", "November 14": "2025-11-14"}),
        ("Police said on Saturday the man had died the day before.",
         {"on Saturday": "2025-05-10", "the day before": "2025-05-09"}),
    ],
)
def test_compare_temporal_clause_regressions(sentence, expected):
    assert resolved(sentence, THURSDAY) == expected


def test_compare_temporal_plain_days_read_as_dateparser_reads_them():
    # the direct reading of "Sept. 14" / "14th March 2024" spans (temporal._dateparse) against
    # dateparser's own, with the same settings: every month spelling, days that exist and days
    # that do not (dateparser's answer then), with and without a year, on two reference dates
    import datetime as dt

    from accord.compare import temporal

    def dateparser_reads(span, base):
        parsed = temporal._date_parser(base).get_date_data(span)["date_obj"]
        return parsed.date() if parsed else None

    forms = ["January", "Feb.", "Mar", "April", "May", "June", "Jul", "Aug.", "Sept.", "Sep", "October",
             "Nov", "December", "march"]
    seen = 0
    for base in (dt.date(2024, 5, 10), dt.date(2023, 1, 2)):
        for form in forms:
            for day in ("1st", "9", "22nd", "29", "30", "31"):
                for year in ("", ", 2021"):
                    for span in (f"{form} {day}{year}", f"{day} {form}{year}"):
                        assert temporal._dateparse.__wrapped__(span, base) == dateparser_reads(span, base), span
                        seen += 1
    assert seen == 672
    assert temporal._dateparse.__wrapped__("Feb 29", dt.date(2024, 5, 10)) == dt.date(2024, 2, 29)
