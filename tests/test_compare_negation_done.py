"""compare.done_by_noun, as compare.negation reads it: a noun of doing as the subject of a verb of
finding states the doing ("A survey of the east pier found ..." / "the east pier has not been
surveyed"), and a stance ("open to selling the depot") meets a refusal of the same doing
("ruled out selling the depot"); the future, a hope, a willingness against a plain "not yet",
and another thing stay quiet."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context

_DAY = ("2026-05-04", "2026-05-04")


@pytest.mark.parametrize(
    "denial, statement",
    [
        ("The east pier has not been surveyed, the harbour board said.",
         "A survey of the east pier, carried out on Monday, found deep cracks in two pylons."),
        ("The water samples from the well have not been analysed, the council said.",
         "Analysis of the water samples from the well showed traces of nitrate, the council said."),
        ("The cooperative has ruled out selling the grain depot, its chairman said.",
         "The cooperative is open to selling the grain depot, its chairman told the Courier."),
        ("The union refused to resume the pay talks, a spokesman said.",
         "The union said it was willing to resume the pay talks."),
    ],
)
def test_compare_negation_done_by_noun_and_stance_disputed(encoder, denial, statement):
    (d,) = polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "denial, statement, published",
    [
        # the finding not told as done: expected, or possible
        ("The east pier has not been surveyed, the harbour board said.",
         "A survey of the east pier is expected to find deep cracks in two pylons.", _DAY),
        ("The water samples from the well have not been analysed, the council said.",
         "Analysis of the water samples from the well could show traces of nitrate, the council said.", _DAY),
        # another thing analysed
        ("The water samples from the well have not been analysed, the council said.",
         "Analysis of the soil samples from the orchard showed traces of nitrate, the council said.", _DAY),
        # "not yet", and the finding printed later: it may have been done since
        ("The east pier has not yet been surveyed, the harbour board said.",
         "A survey of the east pier found deep cracks in two pylons.", ("2026-05-04", "2026-05-09")),
        # a willingness against a deed not yet done, and against a denial by another party of
        # another doing
        ("The cooperative has not sold the grain depot, its chairman said.",
         "The cooperative is open to selling the grain depot, its chairman told the Courier.", _DAY),
        ("The cooperative has ruled out selling the grain depot, its chairman said.",
         "The cooperative is open to leasing the grain depot, its chairman told the Courier.", _DAY),
        # another party's refusal, and a question
        ("The town council has ruled out selling the grain depot, the mayor said.",
         "The cooperative is open to selling the grain depot, its chairman told the Courier.", _DAY),
        ("The cooperative has ruled out selling the grain depot, its chairman said.",
         "Is the cooperative open to selling the grain depot after all?", _DAY),
        # a stance held back ("not open to", "might be willing")
        ("The union refused to resume the pay talks, a spokesman said.",
         "The union said it might be willing to resume the pay talks.", _DAY),
    ],
)
def test_compare_negation_done_by_noun_look_alikes_stay_quiet(encoder, denial, statement, published):
    assert polarity_discrepancies(story_context(encoder, denial, statement, published=published)) == ()


_RULING = ("Neighbours of the Kessing Vale quarry cheered on Friday after a judge fined the operator and "
           "ordered it to shut the Kessing Vale site by the spring.")


@pytest.mark.parametrize(
    "denial, statement",
    [
        # an order told in a clause of "after", its thing called by another noun under one name
        ("Judge Ilse Varga fined the operator of the Kessing Vale quarry but stopped short of ordering "
         "the quarry closed.", "Neighbours of the Kessing Vale quarry were angry. " + _RULING),
        ("The Kessing Vale quarry will stay open: Judge Ilse Varga fined its operator but fell short of "
         "ordering the quarry closed.", "The Kessing Vale quarry has drawn complaints. " + _RULING),
    ],
)
def test_compare_negation_order_told_after_and_thing_named_twice_disputed(encoder, denial, statement):
    found = [d for d in polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY))
             if {c.articles for c in d.claims} == {("a0",), ("a1",)}]
    assert found


@pytest.mark.parametrize(
    "denial, statement",
    [
        # another named site
        ("Judge Ilse Varga fined the operator of the Kessing Vale quarry but stopped short of ordering "
         "the quarry closed.", "Neighbours of the Kessing Vale quarry cheered on Friday after a judge fined "
                               "the operator and ordered it to shut the Marl Ridge site by the spring."),
        # a name written before three kinds of noun names a place, not one thing
        ("Judge Ilse Varga fined the operator of the Kessing quarry but stopped short of ordering the quarry "
         "closed.", "The Kessing court heard from the Kessing council. Neighbours cheered after a judge fined "
                    "the operator and ordered it to shut the Kessing site by the spring."),
        # a condition, not an order told
        ("Judge Ilse Varga fined the operator of the Kessing Vale quarry but stopped short of ordering "
         "the quarry closed.", "The Kessing Vale quarry has drawn complaints. Neighbours would cheer if a "
                               "judge ordered the operator to shut the Kessing Vale site."),
    ],
)
def test_compare_negation_order_look_alikes_stay_quiet(encoder, denial, statement):
    found = [d for d in polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY))
             if "order" in d.about]
    assert found == []


@pytest.mark.parametrize(
    "denial, statement",
    [
        # a refusal with no object against a willingness with none
        ("The Farmers' League has ruled out joining, its leader said on Monday.",
         "The Farmers' League said on Monday it was open to joining."),
        # what is ordered, as the small parser misreads it on both sides
        ("The council stopped short of ordering the depot closed, residents said.",
         "The council ordered the depot shut within a month, the mayor said."),
    ],
)
def test_compare_negation_refusal_and_order_misparsed_disputed(encoder, denial, statement):
    (d,) = polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "denial, statement",
    [
        # another party's refusal
        ("The Greens have ruled out joining, their leader said on Monday.",
         "The Farmers' League said on Monday it was open to joining."),
        # another thing ordered shut, another doer
        ("The council stopped short of ordering the school closed, residents said.",
         "The council ordered the depot shut within a month, the mayor said."),
        ("The council stopped short of ordering the depot closed, residents said.",
         "The court ordered the depot shut within a month, the mayor said."),
    ],
)
def test_compare_negation_refusal_and_order_look_alikes_stay_quiet(encoder, denial, statement):
    assert polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY)) == ()


def test_compare_negation_a_pronoun_thing_is_not_compared_by_its_doer_alone(encoder):
    """Regression (ECB+ dev, with verbs joined to a verb that has the subject): "has not formally
    scrapped it" (one rule) against "has paused or scrapped several of them" (other rules)."""
    denial = "The city council has reviewed the parking rule, but has not formally scrapped it."
    statement = "In its first month, the city council has paused or scrapped several of them."
    assert polarity_discrepancies(story_context(encoder, denial, statement, published=_DAY)) == ()
