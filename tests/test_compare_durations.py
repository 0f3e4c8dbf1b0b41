"""Lengths of time (issue 13): a ban, a sentence, a time since, a deadline or a strike told apart
across articles is a dispute; conversions, bounds, parts, maximums, ages, when-phrases and plans
are not. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.compare.durations import duration_discrepancies
from accord.compare.spans import compatible, find_lengths
from accord.types import Article
from conftest import claim_values, story_context

DAY = ("2026-03-02", "2026-03-02")
YEAR, MONTH = 365.25, 365.25 / 12


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("was jailed for six years", 6 * YEAR, 6 * YEAR),
        ("an eight-year sentence", 8 * YEAR, 8 * YEAR),
        ("banned for a year and a half", 18 * MONTH, 18 * MONTH),
        ("for two years and six months", 30 * MONTH, 30 * MONTH),
        ("a four-and-a-half-year term", 4.5 * YEAR, 4.5 * YEAR),
        ("for more than a decade", 10 * YEAR, float("inf")),
        ("faces up to 10 years", 0, 10 * YEAR),
        ("between two and four years", 2 * YEAR, 4 * YEAR),
        ("a year-long dispute", YEAR, YEAR),
        ("has 30 days to appeal", 30, 30),
    ],
)
def test_compare_durations_reads_lengths(text, low, high):
    (length,) = find_lengths(text)
    assert (length.low, length.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    "text",
    [
        "The 47-year-old coach said nothing.",
        "She was 47 years old.",
        "The mill closed two years ago.",
        "Three years later the mill reopened.",
        "Ten years after the flood the town is rebuilt.",
        "The mill reopened in 2019.",
        "The dam will be finished in two years' time.",
        "Elections are held every four years.",
        "Drivers earn £31,000 a year.",
        "Output fell over the past five years.",
        "Rates will rise over the next two years.",
        "Three years on, the scars remain.",
        "It took a few years.",
        "He was a $80,000-a-year engineer.",
        "One night the roof gave way.",
    ],
)
def test_compare_durations_skips_ages_points_in_time_rates_and_periods(text):
    assert find_lengths(text) == []


@pytest.mark.parametrize(
    "a, b, ok",
    [
        ("for 72 months", "for six years", True),
        ("for a year and a half", "for 18 months", True),
        ("for six weeks", "for a month and a half", True),  # calendar and clock units, with slack
        ("for 14 days", "for two weeks", True),
        ("for 16 weeks", "for about four months", True),
        ("for more than two years", "for 30 months", True),
        ("for up to five years", "for more than a decade", False),
        ("for nearly two years", "for 20 months", True),
        ("for six years", "for eight years", False),
        ("for 14 months", "for more than two years", False),
        ("for 11 days", "for nearly three weeks", False),
    ],
)
def test_compare_durations_compatibility(a, b, ok):
    (la,), (lb,) = find_lengths(a), find_lengths(b)
    assert compatible(la, lb) is ok


@pytest.mark.parametrize(
    "first, second, values",
    [
        # one sanction in other words: banned / suspension, jailed / sentence
        ("The sprinter Ola Brandt has been banned for four years after a failed drug test, the "
         "athletics federation said on Monday.",
         "The athletics federation on Monday handed sprinter Ola Brandt a two-year suspension over "
         "a failed drug test.", {"four years", "two years"}),
        ("A court in Venlo jailed the former treasurer Piet Aalders for six years on Monday for "
         "stealing club funds.",
         "Former treasurer Piet Aalders received an eight-year prison sentence on Monday for "
         "stealing club funds.", {"six years", "eight years"}),
        # how long since: "the first rise in" / "the first increase in" / "the first time in"
        ("The central bank raised its main rate on Thursday, its first rise in two years.",
         "The central bank lifted its main rate on Thursday, the first increase in 18 months.",
         {"two years", "18 months"}),
        # a time to do something: "has N days to appeal" / "a window to appeal"
        ("The council has 30 days to appeal against the planning ruling.",
         "The council now has a six-week window to appeal against the planning ruling.",
         {"30 days", "six weeks"}),
        # how long since a level was last seen: two superlatives of one kind
        ("The tremor was the strongest to hit the valley in 40 years, the survey said on Monday.",
         "The survey said on Monday it was the most powerful quake in the valley in 25 years.",
         {"40 years", "25 years"}),
        # a tenure: "after N months in charge" / "his two-year spell"
        ("Halden Rovers sacked their coach Ivo Marsh on Monday after 18 months in charge.",
         "Halden Rovers on Monday ended Ivo Marsh's three-year spell as coach.",
         {"18 months", "three years"}),
        # what lasts: a compound, and a relative clause on the strike's other name
        ("Dock workers returned on Monday, ending a nine-day strike that shut the port.",
         "Dockers are back at work after a walkout that shut the port for almost four weeks.",
         {"nine days", "almost four weeks"}),
    ],
)
def test_compare_durations_flags_one_length_told_apart(encoder, first, second, values):
    found = duration_discrepancies(story_context(encoder, first, second, published=DAY))
    assert claim_values(found) == {frozenset(values)}
    (d,) = found
    assert d.kind == "number"
    for claim in d.claims:
        (m,) = claim.mentions
        assert claim.text == m.text


@pytest.mark.parametrize(
    "first, second",
    [
        # a conversion
        ("A court in Venlo jailed the former treasurer Piet Aalders for six years on Monday.",
         "Former treasurer Piet Aalders received a 72-month prison sentence on Monday."),
        # the law's maximum against the sentence imposed
        ("Piet Aalders faces up to 10 years in prison for stealing club funds, prosecutors said.",
         "Piet Aalders was sentenced to three years in prison for stealing club funds."),
        # what a side asked for against what was imposed
        ("Prosecutors had sought an eight-year sentence for Piet Aalders over the stolen club funds.",
         "Piet Aalders was given a five-year sentence over the stolen club funds."),
        # the sentence and the part of it suspended
        ("Piet Aalders was sentenced to four years, with two years suspended, for stealing club funds.",
         "Piet Aalders was sentenced to four years for stealing club funds."),
        # the ban and the part of it already served
        ("Ola Brandt has been banned for four years after a failed drug test.",
         "Ola Brandt, banned after a failed drug test, has already served ten weeks of the ban."),
        # a ban and the time since an earlier one
        ("Ola Brandt has been banned for four years after a failed drug test.",
         "Ola Brandt, banned after a failed drug test, last raced three years ago."),
        # two people's sentences
        ("Piet Aalders was jailed for six years for stealing club funds.",
         "Joost Verbeek was jailed for four years for stealing club funds."),
        # a length revised within one article
        ("The federation cut Ola Brandt's ban from four years to two on appeal.",
         "Ola Brandt has been banned for four years after a failed drug test."),
        # bans on two named things
        ("The league said on Monday that its ban on Arvel United will run for two years.",
         "The league said on Monday that its ban on Korvia City will run for five years."),
        # another time's closure ("last spring"), of another part of the plant
        ("The plant has been closed for two years, the company said on Monday.",
         "The company said on Monday that the plant's second line was closed for three months last spring."),
        # a plan against what happened
        ("The union said the strike would last for two weeks.",
         "The strike lasted three days, the union said."),
        # a bound and a value inside it
        ("The strike by dock workers lasted more than a week and shut the port.",
         "The strike by dock workers lasted nine days and shut the port."),
    ],
)
def test_compare_durations_leaves_compatible_lengths_alone(encoder, first, second):
    assert duration_discrepancies(story_context(encoder, first, second, published=DAY)) == ()


def test_compare_durations_a_later_article_extends_a_running_strike(encoder):
    early = "The strike by dock workers has lasted nine days and shut the port."
    later = "The strike by dock workers has lasted 16 days and shut the port."
    assert duration_discrepancies(story_context(encoder, early, later, published=("2026-03-02", "2026-03-09"))) == ()
    # a ban is fixed when it is told: a later article's other length disputes it
    ban_a = "Ola Brandt has been banned for four years after a failed drug test."
    ban_b = "Ola Brandt has been banned for six years after a failed drug test."
    assert duration_discrepancies(story_context(encoder, ban_a, ban_b, published=("2026-03-02", "2026-03-04")))


def test_compare_durations_summary_does_not_cite_the_other_side(encoder):
    import accord

    day = dt.date(2026, 3, 2)
    texts = {
        "wire": "The sprinter Ola Brandt has been banned for four years after a failed drug test, the "
                "athletics federation said on Monday.\n\nBrandt, 29, denies wrongdoing.",
        "copy": "The sprinter Ola Brandt has been banned for four years after a failed drug test, the "
                "athletics federation said on Monday.\n\nBrandt denies any wrongdoing.",
        "tabloid": "The sprinter Ola Brandt has been banned for two years after a failed drug test, the "
                   "athletics federation said on Monday.\n\nBrandt denies wrongdoing.",
    }
    articles = [Article(id=k, source=f"{k}.txt", text=t, published=day) for k, t in texts.items()]
    (story,) = accord.analyze(articles, one_story=True, encoder=encoder).stories
    assert any(d.about == "length of the ban" for d in story.discrepancies)
    for fact in story.facts:
        if "four years" in fact.text:
            assert "tabloid" not in fact.articles
        assert not set(fact.articles) & set(fact.contradicted_by)
    for s in story.summary:
        assert not set(s.articles) & set(s.contradicted_by)


@pytest.mark.parametrize(
    "first, second",
    [
        # a closure told by its end: "reopened after" / "closed for"
        ("The Varde museum reopened on Monday after 18 months of repairs, the city said.",
         "The Varde museum, closed for two years for repairs, reopened on Monday, the city said."),
        # a state told over "the past" months: "has been closed for the past"
        ("The Varde bridge has been closed for the past six months, the council said on Monday.",
         "The council said on Monday that the Varde bridge had been shut for nine months."),
        # a noun and its verb: "quarantined for" / "a quarantine of"
        ("The 40 passengers were quarantined for 14 days on the ship, the port authority said.",
         "The port authority said the 40 passengers were put in a 21-day quarantine on the ship."),
        # "must appeal within" / "has ... to appeal"
        ("The club must appeal within 14 days of the ruling, the league said on Monday.",
         "The club has 30 days to appeal against the ruling, the league said on Monday."),
        # "on strike for" / "a strike of"
        ("The nurses were on strike for six days over pay, the union said.",
         "The union said the nurses' nine-day strike over pay had ended."),
    ],
)
def test_compare_durations_keys_read_in_other_constructions(encoder, first, second):
    assert duration_discrepancies(story_context(encoder, first, second, published=DAY))


def test_compare_durations_a_pair_the_number_check_raised_is_not_raised_twice(encoder):
    from conftest import discrepancies_of

    found = discrepancies_of(
        "number", encoder,
        "The coast road was closed for six hours on Monday after the chemical spill, police said.",
        "The coast road was closed for 13 hours on Monday after the chemical spill, police said.",
        published=DAY)
    assert claim_values(found) == {frozenset({"six hours", "13 hours"})}
    assert len(found) == 1


def test_compare_durations_nights_and_days_of_one_stay():
    (nights,), (days,), (other,) = (find_lengths(t) for t in ("a seven-night cruise", "an eight-day cruise",
                                                              "a ten-day cruise"))
    assert compatible(nights, days) and not compatible(nights, other)


# Issue 13, real-news precision (ECB+ dated): lengths of time read by one module (compare.spans,
# compare.duration_keys); what is not a length there is compared by no check.


@pytest.mark.parametrize(
    "text",
    [
        "He said he would sail around the world one day.",  # "some day"
        "The ship sent a distress call at 1100 hours.",  # a time of day
        "The town is two hours away by road.",  # a distance
    ],
)
def test_compare_durations_skips_deadlines_idioms_and_clock_times(text):
    assert find_lengths(text) == []


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The swimmers came ashore after more than two days at sea.", 2, float("inf")),
        ("The jury returned its verdict after 30 hours of talks.", 30 / 24, 30 / 24),
        ("The hearing lasted two hours and 20 minutes.", 140 / 1440, 140 / 1440),
        ("Trains were delayed by up to three hours.", 0, 3 / 24),
    ],
)
def test_compare_durations_reads_lengths_after_after_and_in_minutes(text, low, high):
    (length,) = find_lengths(text)
    assert (length.low, length.high) == pytest.approx((low, high))


def test_compare_durations_sittings_fit_in_days():
    (hours,), (days,), (more,) = (find_lengths(t) for t in (
        "after 30 hours of talks", "after four days of talks", "for 30 hours"))
    (two,) = find_lengths("after two hours of talks")
    assert compatible(hours, days)  # the talks' hours, spread over the days
    assert not compatible(more, find_lengths("for four days")[0])  # one stretch, by the clock
    assert not compatible(two, find_lengths("after 30 hours of talks")[0])


@pytest.mark.parametrize(
    "first, second, values",
    [
        # each report's opening length, one of them keyed by nothing its sentence says
        ("Forty passengers stranded on the Kelda ferry for 30 hours were brought ashore on Sunday "
         "evening, the coastguard said.",
         "The Kelda's 40 passengers came ashore after more than two days at sea.",
         {"30 hours", "more than two days"}),
        # what went on over the length: "while" they negotiated
        ("Police sealed off Harbour Street for almost three hours while they negotiated with the "
         "gunman, who then gave himself up.",
         "What followed was a tense 90 minutes while officers negotiated with the gunman.",
         {"almost three hours", "90 minutes"}),
        # how long a doing took: "took N to clear" / "cleared in N"
        ("It took crews 11 hours to clear the mud from the valley road, the council said.",
         "Crews cleared the mud from the valley road in four hours, the council said.",
         {"11 hours", "four hours"}),
        # a stay told by where it was spent
        ("The injured climber spent nine days in hospital in Brenk, his club said.",
         "His club said the injured climber was in hospital in Brenk for three weeks.",
         {"nine days", "three weeks"}),
    ],
)
def test_compare_durations_flags_lengths_read_in_more_forms(encoder, first, second, values):
    found = duration_discrepancies(story_context(encoder, first, second, published=DAY))
    assert claim_values(found) == {frozenset(values)}


@pytest.mark.parametrize(
    "first, second",
    [
        # a deadline and a term's remainder (regression: ECB+ dated, "take effect in 30 days" /
        # "39 days left in office" were one event's length)
        ("The minister said the new grazing rules take effect in 30 days.",
         "The minister noted that he had 39 days left in office."),
        # a time until something and how long the firefighting took
        ("Within a minute the whole roof of the barn was ablaze, the fire chief said.",
         "It took about three hours to put the barn fire out, the fire chief said."),
        # the talks' hours and the days they took
        ("The council and the union agreed a deal after 30 hours of talks.",
         "After four days of talks the council and the union agreed a deal."),
        # two people's years at the plant: tenures meet by their keys only
        ("Lena Varga, who had worked at the mill for 15 years, was among the injured.",
         "Piet Olsen has been at the mill for 37 years and works on the second floor."),
        # two reports' lengths of riots still going on, told the same day
        ("For four days the capital has been paralysed by protests.",
         "For more than a week, the capital has been shaken by protests."),
        # a bound and what fits inside it
        ("The blaze was put out within two hours, the fire service said.",
         "Firefighters took 40 minutes to put out the blaze, the fire service said."),
    ],
)
def test_compare_durations_leaves_deadlines_sittings_and_running_lengths_alone(encoder, first, second):
    assert duration_discrepancies(story_context(encoder, first, second, published=DAY)) == ()


def test_compare_durations_a_length_told_as_over_is_not_updated_later(encoder):
    early = "The coast road was closed for six hours on Monday after the chemical spill, police said."
    later = "The coast road reopened only after 13 hours on Monday after the chemical spill, police said."
    found = duration_discrepancies(story_context(encoder, early, later, published=("2026-03-02", "2026-03-03")))
    assert claim_values(found) == {frozenset({"six hours", "13 hours"})}


def test_compare_durations_the_number_check_reads_no_deadline(encoder):
    from conftest import discrepancies_of

    found = discrepancies_of(
        "number", encoder,
        "The minister said the new grazing rules take effect in 30 days.",
        "The minister noted that he had 39 days left in office.",
        published=DAY)
    assert found == []



@pytest.mark.parametrize("published, conflict", [
    # the earlier report tells only what started the riots, not that they are over: the later
    # report's longer length is the same riots grown
    (("2026-03-02", "2026-03-07"), False),
    # the shorter length printed later is another account
    (("2026-03-07", "2026-03-02"), True),
])
def test_compare_durations_a_length_only_started_grows_in_a_later_report(encoder, published, conflict):
    started = "The police shooting of a student on Saturday sparked four days of riots across the capital."
    later = "The capital was calm on Thursday after nine days of riots over the police shooting of a student."
    found = duration_discrepancies(story_context(encoder, started, later, published=published))
    assert bool(found) == conflict


@pytest.mark.parametrize("b, conflict", [
    # time spent with another body: another spell, not another account of this one
    ("Nurse Ellen Vos had worked for the county health service for 22 years, the hospital said.", False),
    # the same ward: one spell, disputed
    ("Nurse Ellen Vos had worked at the children's ward for 12 years, the hospital said.", True),
])
def test_compare_durations_spells_spent_at_different_places_are_two(encoder, b, conflict):
    a = "Nurse Ellen Vos had worked at the children's ward for six years, the hospital said."
    assert bool(duration_discrepancies(story_context(encoder, a, b, published=DAY))) == conflict
