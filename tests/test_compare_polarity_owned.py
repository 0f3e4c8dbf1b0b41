"""compare.polarity: fault owned and disowned ("accepted responsibility" / "rejected any suggestion
that its crew was to blame"; "conceded that" / "denied any wrongdoing", by the party a spokesperson
speaks for), an alarm told two ways ("did not go off" / "triggered an alarm"), a thing in use
against its closure ("continued to use the bridge" / "the bridge was closed"), a search's sign of
a thing ("found no trace of lead" / "detected lead")."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context

SAME_DAY = ("2027-03-04", "2027-03-04")


@pytest.mark.parametrize(
    "one, other",
    [
        ("The port authority said the ferry operator, Norrland Lines, had accepted responsibility for the collision.",
         "Norrland Lines rejected any suggestion that its crew was to blame for the collision."),
        ("Halden Foods denied any wrongdoing over the recalled batches.",
         "A Halden Foods spokesman conceded that the recalled batches had left the plant untested."),
        ("The club's chairman, Erik Saar, thanked the fans but denied that the board had sold the stadium.",
         "Erik Saar admitted at a meeting with fans that the board had sold the stadium."),
        ("The smoke alarm in the basement did not go off, firefighters said.",
         "Smoke in the basement triggered the alarm shortly after midnight, firefighters said."),
        ("The council said the Skarv bridge was closed for several hours after the crash.",
         "Lorries and buses continued to use the Skarv bridge after the crash, the police said."),
        ("The laboratory found no trace of lead in the tap water samples.",
         "The laboratory detected lead in the tap water samples from the school."),
    ],
)
def test_compare_polarity_owned_fault_alarms_use_and_signs_are_disputed(encoder, one, other):
    found = polarity_discrepancies(story_context(encoder, one, other, published=SAME_DAY))
    assert found and {c.articles for c in found[0].claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # regression (review16): fault laid on a party by another ("bears") is no admission of it
        ("The regulator ruled that Skyline Air bears full responsibility for the delays.",
         "Skyline Air rejected any suggestion that it was to blame for the delays."),
        # a goal conceded is no admission
        ("The goalkeeper conceded two goals in the first half.",
         "The goalkeeper denied that he had been injured before the match."),
        # two parties
        ("Norrland Lines accepted responsibility for the collision.",
         "Vestby Marine rejected any suggestion that its crew was to blame for the collision."),
        # raising the alarm is alerting someone, not the alarm sounding
        ("The smoke alarm in the basement did not go off, firefighters said.",
         "A neighbour raised the alarm shortly after midnight, firefighters said."),
        # in use on another day
        ("The Skarv bridge was closed to traffic on Monday after the crash.",
         "Lorries continued to use the Skarv bridge on Wednesday, the police said."),
        # another thing in use
        ("The Skarv bridge was closed to traffic after the crash.",
         "Lorries continued to use the old ferry crossing after the crash."),
    ],
)
def test_compare_polarity_owned_fault_alarms_and_use_look_alikes_stay_quiet(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other, published=SAME_DAY)) == ()
