"""compare.presence: a named person said to be absent from an occasion in one article and said to
do something there in another ("did not attend the gala" / "with her seated beside the king at the
gala"; "was absent" / "the medals were handed out by her"); other people, other occasions, other
days, acts done from elsewhere, plans and a party's denial stay quiet."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from accord.compare.presence import presence_discrepancies
from conftest import story_context

SAME_DAY = ("2027-03-04", "2027-03-04")


@pytest.mark.parametrize(
    "absent, present",
    [
        ("Foreign Minister Ilse Varda did not attend the gala dinner, her office said.",
         "The king raised a toast at the gala dinner on Thursday, with Foreign Minister Ilse Varda seated at his side."),
        ("Mayor Tobias Renn, who had been due to hand out the medals, was absent.",
         "The medals were handed out by Mayor Tobias Renn after the final race."),
        ("Oda Kessler, who was not at the ceremony, thanked the jury in a recorded message.",
         "At the ceremony, Oda Kessler walked on stage to collect the prize and thanked the jury."),
        ("Senator Piet Lund stayed away from the summit in protest at the agenda.",
         "Senator Piet Lund told the summit that the agenda was too narrow."),
        ("Governor Hanna Ekdal skipped the memorial service, her spokesman said.",
         "Governor Hanna Ekdal arrived at the memorial service shortly before noon."),
    ],
)
def test_compare_presence_an_absence_against_an_act_there_is_disputed(encoder, absent, present):
    (d,) = presence_discrepancies(story_context(encoder, absent, present, published=SAME_DAY))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "absent, present",
    [
        # another person of one family name
        ("Minister Lena Ott did not attend the gala dinner.",
         "Minister Paul Ott presented the awards at the gala dinner."),
        # an act that names no occasion, in an article that never names the one she missed
        ("Finance Minister Ana Brask did not attend the summit in Brussels.",
         "Finance Minister Ana Brask presented the budget to parliament."),
        # another occasion
        ("Mayor Ida Brun was absent from the council meeting.",
         "Mayor Ida Brun handed over the keys at the opening ceremony."),
        # done from elsewhere
        ("Ida Brun was not at the ceremony in Lisbon.",
         "Ida Brun accepted the prize by video link from her home."),
        # regression (review16): the thing skipped is a deadline, not the summit named inside it
        ("Ida Brun skipped the deadline for the summit.",
         "Ida Brun greeted the delegates at the summit."),
        # a plan, not a deed
        ("Ida Brun was absent from the ceremony.",
         "Ida Brun had been expected to present the trophy at the ceremony."),
        # a party's account: her office denies she was there, the other reports her there
        ("Her office denied that Ida Brun attended the dinner.",
         "Ida Brun sat beside the ambassador at the dinner."),
        # two days
        ("Ida Brun did not attend the summit on Monday.",
         "Ida Brun addressed the summit on Tuesday."),
        # changed since: she came later
        ("Ida Brun had not yet arrived at the summit by noon.",
         "Ida Brun addressed the summit in the afternoon."),
    ],
)
def test_compare_presence_other_people_occasions_days_and_plans_stay_quiet(encoder, absent, present):
    assert presence_discrepancies(story_context(encoder, absent, present, published=SAME_DAY)) == ()


def test_compare_presence_is_returned_with_polarity(encoder):
    ctx = story_context(encoder, "Mayor Tobias Renn was absent.",
                        "The medals were handed out by Mayor Tobias Renn.", published=SAME_DAY)
    assert any("renn" in d.about for d in polarity_discrepancies(ctx))
