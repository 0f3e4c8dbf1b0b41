"""compare.polarity: a state a verb puts on its object ("police kept the road open", "the pass,
which rangers had left open") is the object's, and disputes its antonym of the same thing; "came
to harm" and "suffered harm" are hurt, and a denial of it "of any" passenger is of every one."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context

SAME_DAY = ("2027-05-11", "2027-05-11")


@pytest.mark.parametrize(
    "one, other",
    [
        ("The coastal road was closed on Monday because of the storm, the council said.",
         "Police kept the coastal road open on Monday despite the storm, the council said."),
        ("The Marten pass had been closed since Sunday because of the rockfall risk.",
         "Hikers were still crossing the Marten pass, which rangers had left open despite the rockfall risk."),
        ("No passenger came to harm during the long delay in the tunnel, the operator said.",
         "Four passengers suffered serious harm during the long delay in the tunnel, the inquiry found."),
        ("The inquiry found no evidence that any passenger had come to harm during the long delay in the tunnel.",
         "The inquiry concluded that at least four passengers suffered serious harm during the delay in the tunnel."),
    ],
)
def test_compare_polarity_a_state_on_an_object_and_harm_in_other_words_are_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other, published=SAME_DAY))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # the state is the object's, not the doer's: another thing
        ("The front door of the depot was closed when the fire started, the fire service said.",
         "The cleaner had left a window of the depot open when the fire started, the fire service said."),
        ("The mountain pass was closed on Monday because of the storm, the council said.",
         "Police kept the coastal road open on Monday despite the storm, the council said."),
        # denied of any passenger, stated of the crew
        ("The inquiry found no evidence that any passenger had come to harm during the long delay in the tunnel.",
         "Four members of the crew suffered serious harm during the long delay in the tunnel, the inquiry concluded."),
        # a shop's hours
        ("The bakery on Mill Street was closed on Monday after the flood.",
         "The bakery on Mill Street is open every day from seven."),
    ],
)
def test_compare_polarity_other_things_and_hours_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other, published=SAME_DAY)) == ()
