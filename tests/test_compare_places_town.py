"""compare.places: the story's town named by a common noun ("on the western edge of town", "west
of the capital" where no article says which city is the capital) is
the one anchor the other articles give bearings from; a thing carried by wind or water has a
direction of travel ("the ash cloud was drifting east" / "winds were blowing the ash west")."""

from __future__ import annotations

import pytest

from accord.compare.places import bearings, place_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "one, other",
    [
        # a part of the town in lower case against the other side of the town by its name
        ("Velden's vintage tram left the rails on Sunday. The tram derailed on the eastern edge of "
         "town, near the old cattle market, the operator said.",
         "The tram came off the rails on the western side of Velden, close to the old cattle market."),
        # "the capital" of a story that never names it, read as the anchor this article names
        ("The Kettle Hill observatory, 20 km north of Dunmere, recorded the tremor at 4 a.m.",
         "Dunmere residents felt the tremor. It was recorded at the Kettle Hill observatory, which "
         "lies south of the capital."),
        # "the village of X" is X
        ("An avalanche buried a lodge on Wednesday. The lodge is about two kilometres north of the "
         "village of Tresk.",
         "The lodge hit by Wednesday's avalanche sits roughly 2 km south of Tresk."),
        # a thing carried by the wind, told with and without the verb's object
        ("The ash cloud from the Skarfell volcano was drifting east towards the airport on Monday.",
         "Strong winds were blowing the ash cloud from the Skarfell volcano west, away from the airport."),
    ],
)
def test_compare_places_the_town_by_a_common_noun_and_carried_things_are_disputed(encoder, one, other):
    (d,) = place_discrepancies(story_context(encoder, one, other))
    assert d.kind == "place" and {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # another thing at the other side of the town
        ("Velden's vintage tram left the rails on Sunday. The tram derailed on the eastern edge of "
         "town, near the old cattle market, the operator said.",
         "Velden's new swimming pool, on the western side of Velden, opened in May."),
        # a sentence naming the village and placing it from the capital: the capital is another
        # city, not the village the other article gives its bearing from
        ("An avalanche buried the Alpenrose lodge near Tresk on Wednesday. The Alpenrose lodge, "
         "above Tresk, lies about 90 km east of the capital.",
         "The Alpenrose lodge, which was buried by an avalanche on Wednesday, stands 2 km north of Tresk."),
        # an article that names no town: "the capital" is not read
        ("The Kettle Hill observatory, 20 km north of Dunmere, recorded the tremor at 4 a.m.",
         "It was recorded at the Kettle Hill observatory, which lies south of the capital."),
        # neighbouring directions of one cloud; the wind carrying another thing
        ("The ash cloud from the Skarfell volcano was drifting east towards the airport on Monday.",
         "Winds were pushing the ash cloud from the Skarfell volcano north-east on Monday."),
        ("The ash cloud from the Skarfell volcano was drifting east towards the airport on Monday.",
         "Strong winds were pushing the fishing boats west, back into the harbour."),
        # two things carried, the one named in the other's sentence (the fire, the ferry)
        ("Smoke from the moorland fire was drifting east over Tansley, the fire service said.",
         "Winds were pushing the moorland fire west, away from Tansley, the fire service said."),
        ("The ferry was heading north when it hit the rocks off Skerry Point.",
         "Oil leaking from the ferry was drifting south towards Skerry Point."),
        # another of its kind, told on the other side
        ("Fire gutted the Crumb & Co bakery on the south side of Marlow overnight, firefighters said.",
         "A second bakery, just north of downtown, was damaged by the fire, firefighters in Marlow said."),
    ],
)
def test_compare_places_look_alikes_of_the_town_and_carried_things_stay_quiet(encoder, one, other):
    assert place_discrepancies(story_context(encoder, one, other)) == ()


def test_compare_places_reads_the_town_by_a_common_noun(encoder):
    ctx = story_context(
        encoder,
        "Lorne's bus depot flooded. The depot lies on the western edge of town.",
        "The Lorne bus depot, east of Lorne, flooded on Friday.",
    )
    got = sorted((b.value.degrees, b.value.anchor) for b in bearings(ctx))
    assert got == [(90, "lorne"), (270, "lorne")]
