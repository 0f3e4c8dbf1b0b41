"""Regressions of issue 20 (hangs): patterns that backtracked on one long token.

Each case runs a pattern's caller on a token shaped to make it backtrack, of 20,000 and of
80,000 characters: linear code takes about 4 times as long on the longer one, a backtracking
pattern 16 times or more (_EMAIL before the fix: 20,000 characters 1.5 s, 40,000 6.2 s).
"""

import time

import pytest

from accord.clean import lines
from accord.clean.lines import Line, classify
from accord.clean.metadata import credits_in
from accord.compare import numbers

SLACK_S = 0.5  # timer noise on a shared machine


def _seconds(fn, arg) -> float:
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


def _linear(fn, unit: str, prefix: str = "") -> bool:
    """True when `fn` on 80,000 characters of `unit` takes at most ~8x its time on 20,000."""
    short = _seconds(fn, prefix + unit * (20_000 // len(unit)))
    long = _seconds(fn, prefix + unit * (80_000 // len(unit)))
    return long < 8 * short + SLACK_S


def _classify(text: str):
    return classify(Line.of(text))


@pytest.mark.parametrize("unit", ["a", "a.", "a-", "a@"])
def test_clean_email_pattern_linear_on_one_long_token(unit):
    assert _linear(_classify, unit)


@pytest.mark.parametrize("unit, prefix", [("“", "Unsubscribe "), ('"', "Unsubscribe ")])
def test_clean_quotation_test_linear_on_many_quotes(unit, prefix):
    assert _linear(_classify, unit, prefix)


def test_clean_has_quotation_reads_one_line_at_a_time():
    assert lines.has_quotation('he said "we will rebuild" on Monday')
    assert not lines.has_quotation('a lone " quote')
    assert not lines.has_quotation('"ab"')
    assert not lines.has_quotation('"opened on one line\nclosed on the next"')


@pytest.mark.parametrize("unit", ["1,", "1 of ", "1"])
def test_compare_partitive_pattern_linear_on_long_figures(unit):
    assert _linear(numbers._PARTITIVE.search, unit)


def test_compare_partitive_pattern_still_finds_shares():
    assert numbers._PARTITIVE.search("12,000 of the 40,000 residents fled")
    assert numbers._PARTITIVE.search("a1,200 of them 3")  # a figure glued to a word, as before
    assert not numbers._PARTITIVE.search("12,000 residents fled")


@pytest.mark.parametrize("unit", ["A", "The ", "A."])
def test_clean_credit_pattern_linear_on_long_capitalised_token(unit):
    # before the fix one upper-case token of 5,000 characters took 15 s (cubic)
    assert _linear(credits_in, unit)


def test_clean_credit_pattern_still_finds_credits():
    assert credits_in("Reuters reported the fire. The BBC reported it too.") == ("Reuters", "BBC")


def test_clean_headline_separator_linear_on_long_space_runs():
    assert _linear(lines.headline_outlet, " ", "Storm hits coast")


def test_compare_capital_pattern_linear_on_long_capitalised_token():
    from accord.compare import places

    # before the fix: 5,000 capitals 0.47 s, 80,000 about two minutes (quadratic)
    assert _linear(lambda t: list(places._CAPITAL.finditer(t)), "A")
    assert [m.group("b") for m in places._CAPITAL.finditer("in xKabul, the capital of")] == ["Kabul"]
