"""compare.quantity_forms: ranges with the unit at both ends (or suspended after a hyphen) are one
range; shifts of a rate told in percentage points or basis points are a unit of their own."""

from __future__ import annotations

import pytest

from accord.compare.numbers import number_discrepancies
from accord.compare.quantities import find_quantities
from conftest import claim_values, story_context


def read(text):
    return [(q.text, round(q.low, 4), round(q.high, 4), q.unit, q.hedge) for q in find_quantities(text)]


@pytest.mark.parametrize("text, low, high, unit", [
    ("Inspectors said 30 percent to 45 percent of the warehouses were unsafe.", 30, 45, "%"),
    ("An estimated 20% to 25% of the crop was lost.", 20, 25, "%"),
    ("Between 3 km and 5 km of the coast road was closed.", 3000 * 0.98, 5000 * 1.02, "m"),
    ("The coastguard was looking for a 12- to 15-metre trawler.", 12, 15, "m"),
    ("Passengers faced two- to three-hour delays.", 2, 3, "h"),
])
def test_compare_quantity_forms_a_range_with_its_unit_at_both_ends_is_one_range(text, low, high, unit):
    ((_, lo, hi, u, hedge),) = read(text)
    assert (lo, hi, u, hedge) == (pytest.approx(low), pytest.approx(high), unit, "range")


@pytest.mark.parametrize("text", [
    "Its share of the market rose from 30% to 45% in a year.",
    "The fare went up 5% to 7% of a monthly wage.",
    # a verb with its object before the first end (review of session 14: read as ranges)
    "The central bank lifted its deposit rate 3.5% to 3.75% on Thursday.",
    "The regulator raised the cap 8% to 9% after the inquiry.",
    "The central bank cut its key rate 4.5% to 4.25% on Thursday.",
])
def test_compare_quantity_forms_a_change_from_one_value_to_another_stays_two_figures(text):
    assert [u for *_, u, _ in read(text)] == ["%", "%"]


@pytest.mark.parametrize("text", [
    "The cooperative raised prices on 20% to 30% of its goods.",
    "Shares rose as 20% to 30% of the float changed hands.",
    # review of session 15: a change's noun, a participle before its noun and "up" took three
    # words after them as an object
    "Job cuts affecting 10% to 15% of staff were announced.",
    "Rising prices hit 20% to 30% of households.",
    "The town set up a fund worth 2% to 3% of its budget.",
    # a fall's ends written rising are the size of the cut (its values would be written falling)
    "The mill reduced its workforce 10% to 15% over the winter.",
])
def test_compare_quantity_forms_a_change_verb_before_another_clause_keeps_its_range(text):
    # the change's verb does not reach past a preposition or a conjunction to the range
    assert [hedge for *_, hedge in read(text)] == ["range"]


@pytest.mark.parametrize("text", [
    "Inflation is expected to slow to 2% to 3% next year.",
    "Inflation fell to 2.1% - 2.3% in the spring.",
])
def test_compare_quantity_forms_a_range_after_to_is_a_range(text):
    # review of session 15: any "to" before a first end made it the second end of a change
    assert [hedge for *_, hedge in read(text)] == ["range"]


def test_compare_quantity_forms_a_sequence_of_changes_is_no_range():
    # "5% to 7%" is the second step of the changes, not a range (review of session 14)
    assert [(text, hedge) for text, _, _, unit, hedge in read("Its tariff went from 4% to 6% to 9% in a year.")
            if unit == "%"] == [("4%", "exact"), ("6%", "exact"), ("9%", "exact")]


@pytest.mark.parametrize("text, figures", [
    ("The Yes side won 52 percent to 48 percent.", [(51.5, 52.5), (47.5, 48.5)]),
    ("Labour leads the Tories 41% to 38% in the latest poll.", [(40.5, 41.5), (37.5, 38.5)]),
    ("Waves of 80 cm to 1.5 metres were seen.", [(0.7791, 0.8211), (1.45, 1.55)]),
])
def test_compare_quantity_forms_a_split_or_ends_in_two_units_stay_two_figures(text, figures):
    # review of session 14: read as the ranges 48-52%, 38-41% and 1.5-80 metres
    assert [(lo, hi) for _, lo, hi, _, _ in read(text)] == figures


@pytest.mark.parametrize("text, low, high", [
    ("The Liberals gained three percentage points in the latest survey.", 2.85, 3.15),
    ("The bank trimmed its deposit rate by 25 basis points.", 0.245, 0.255),
    ("Lenders expect a 50-basis-point cut next month.", 0.495, 0.505),
    ("The board lifted its main rate by a quarter of a percentage point.", 0.25, 0.25),
    ("Her lead narrowed by half a percentage point.", 0.5, 0.5),
    ("Yields rose 12bp on the news.", 0.115, 0.125),
    # the unit glued to a decimal (review of session 14: not read)
    ("Spreads widened 1.5bp on the news.", 0.0145, 0.0155),
    ("The party's share rose 0.5pp in a month.", 0.475, 0.525),
    ("The party's share fell 2 ppts in a month.", 1.9, 2.1),
])
def test_compare_quantity_forms_points_of_a_rate_are_percentage_points(text, low, high):
    ((_, lo, hi, unit, _),) = read(text)
    assert (lo, hi, unit) == (pytest.approx(low), pytest.approx(high), "pp")


def test_compare_quantity_forms_pages_are_no_points():
    # review of session 15: "pp" after a number of 100 or more is a book's pages, no shift of a rate
    assert [unit for *_, unit, _ in read("The 320pp hardback sells for £25.")] == ["GBP"]


def test_compare_quantity_forms_points_alone_and_a_share_are_not_percentage_points():
    assert [u for *_, u, _ in read("The visitors won by six points.")] == [""]
    # a fraction of a point is no share of a quarter
    assert [u for *_, u, _ in read("Rates went up by a quarter of a percentage point to 4.5%.")] == ["pp", "%"]


def test_compare_quantity_forms_a_range_meets_a_figure_inside_it_quietly(encoder):
    ctx = story_context(
        encoder,
        "Engineers said 40 percent to 60 percent of the homes in Dellbrook were damaged by the storm.",
        "Engineers said about half of the homes in Dellbrook were damaged by the storm.",
    )
    assert number_discrepancies(ctx) == ()


def test_compare_quantity_forms_a_quarter_point_and_25_basis_points_agree(encoder):
    sides = ("The Bank of Corland raised its benchmark rate by a quarter of a percentage point on Thursday.",
             "The Bank of Corland raised its benchmark rate by 25 basis points on Thursday.")
    # review of session 14: the quiet alone passed without the points read at all (a share of 25%
    # and a count of 25 points are never compared): both must be one shift of a rate, 0.25 pp
    for side in sides:
        assert [(unit, lo <= 0.25 <= hi) for _, lo, hi, unit, _ in read(side)] == [("pp", True)]
    ctx = story_context(encoder, *sides, published=("2026-03-05", "2026-03-05"))
    assert number_discrepancies(ctx) == ()


def test_compare_quantity_forms_two_sizes_of_one_rate_rise_conflict(encoder):
    ctx = story_context(
        encoder,
        "The Bank of Corland raised its benchmark rate by a quarter of a percentage point on Thursday.",
        "The Bank of Corland raised its benchmark rate by 50 basis points on Thursday.",
        published=("2026-03-05", "2026-03-05"),
    )
    assert claim_values(number_discrepancies(ctx)) == {frozenset({"a quarter of a percentage point", "50 basis points"})}


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The depot shut on 12.06.2026 after 40 drivers walked out.", ["40"]),
        ("Inspectors sealed the mill on 06/12/2026 and fined it for 3 breaches.", ["3"]),
        ("The tremor struck at 16.05 CET, and 9 aftershocks followed by 0340 GMT.", ["9"]),
        ("Fares rose 2.5 percent to 12.06 euros in 2026.", ["2.5 percent", "12.06 euros"]),
    ],
)
def test_compare_quantity_forms_numeric_dates_and_zoned_times_are_no_figures(text, figures):
    # the parts of "12.06.2026" and a time before its zone were read as counts ("12.06", "06", "12")
    assert [q.text for q in find_quantities(text)] == figures
