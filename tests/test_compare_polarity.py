"""compare.polarity: one thing said to happen and not to, in the other words outlets use."""

from __future__ import annotations

import pytest

from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


@pytest.mark.parametrize(
    "one, other",
    [
        # one person reported alive and dead, the death told as "among those killed"
        ("The pilot, Jonas Berg, survived the emergency landing with a broken arm.",
         "The pilot was among those killed when the aircraft struck the runway, officials said."),
        # a denial and a figure of speech for the same happening, the thing named otherwise
        ("No houses were destroyed in the blaze, the fire chief said on Sunday.",
         "By dawn, six homes at the edge of the estate had burned down, neighbours said."),
        ("Investigators said no homes were destroyed by the landslide.",
         "Witnesses said three houses on the lower lane were reduced to rubble by the landslide."),
        # antonyms about one check called two ways
        ("The ferry passed its most recent safety inspection in April, the operator said.",
         "Port records show the ferry failed a safety check in April, weeks before the sinking."),
        # a state written as an adjective: unhurt is not hurt, found guilty is convicted
        ("The lorry driver escaped unhurt, the fire service said.",
         "The lorry driver was seriously injured and flown to hospital, police said."),
        ("Former branch manager Iris Vogel was found guilty of fraud on Friday.",
         "Iris Vogel was acquitted of all fraud charges on Friday, her lawyer said."),
        ("The tanker's driver was not hurt when the trailer tipped over, police said.",
         "The tanker driver, who suffered burns to his arms, was taken to hospital."),
        # a denial by its noun, of anybody
        ("No arrests have been made, police said on Monday.",
         "A 34-year-old man from Krell was arrested on suspicion of endangering aircraft."),
        # verbs of one happening: a spill, a find, a confession and a denial
        ("No acid leaked from the overturned tanker, the fire brigade said.",
         "Several hundred litres of acid poured from a split in the tanker's hull, firefighters said."),
        ("Police have not found the drone or its operator, a spokeswoman said.",
         "Officers recovered the drone in a field two kilometres from the runway on Sunday night."),
        ("Lindqvist confessed to the break-in during questioning, prosecutors said.",
         "Lindqvist has denied any part in the break-in, his lawyer told reporters."),
        # an evacuation told as people moved out of their homes; a need denied of anybody
        ("Residents along the river were not evacuated, the council said on Monday.",
         "Residents living along the river were moved out of their homes overnight."),
        ("Nobody needed hospital treatment after the festival meal, organisers said.",
         "Eleven festival-goers were treated in hospital after eating chicken wraps at a food stall."),
    ],
)
def test_compare_polarity_one_thing_said_in_other_words_is_disputed(encoder, one, other):
    (d,) = polarity_discrepancies(story_context(encoder, one, other))
    assert {c.articles for c in d.claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        # two groups of one story: some survived, others died
        ("Two passengers survived the emergency landing with burns.",
         "Four passengers were among those killed when the aircraft struck the runway."),
        # two people
        ("The pilot, Jonas Berg, survived the emergency landing with a broken arm.",
         "The navigator was among those killed when the aircraft struck the runway."),
        # other buildings
        ("No homes were destroyed in the blaze, the fire chief said on Sunday.",
         "By dawn, two barns at the edge of the estate had burned down, neighbours said."),
        # another check of another thing
        ("The ferry passed its most recent safety inspection in April, the operator said.",
         "The ferry's crew failed a fire drill in April, weeks before the sinking."),
        # other people
        ("The lorry driver escaped unhurt, the fire service said.",
         "Two motorists behind the lorry were injured, police said."),
        ("Former branch manager Iris Vogel was found guilty of fraud on Friday.",
         "Her co-defendant, Bernd Hauck, was acquitted of all fraud charges on Friday."),
        ("No fuel leaked from the lorry, the fire service said.",
         "Diesel from a second vehicle leaked onto the road."),
        ("Police have not found the weapon.", "Police found the car used in the robbery on Sunday."),
        ("The bank denied any wrongdoing.", "The former manager admitted to the thefts in court."),
        ("Nobody needed hospital treatment, the organisers said.",
         "Two stewards were treated at the scene for heat exhaustion."),
        ("Residents along the river were not evacuated, the council said.",
         "Shop owners along the river moved their stock out of the buildings overnight."),
        # one of a kind and another of it (ECB+ dev)
        ("A bank employee suffered minor injuries in the robbery.",
         "Another bank employee was uninjured, police said."),
        # a denial of injuries said of one place
        ("There were no reported injuries in the capital.",
         "The earthquake killed ten people and injured dozens more in the south."),
        # "admitted" to hospital is not a confession, nor is a confession a hospital's care
        ("The driver was admitted to hospital with chest injuries, police said.",
         "The driver denied the charges when he appeared in court on Monday."),
        ("The driver admitted the charges when he appeared in court on Monday.",
         "The driver was not treated in hospital, police said."),
        # "is survived by" is said of the dead
        ("The guard, who married in May, is survived by his wife and a daughter.",
         "The gunman killed the guard at the gate before fleeing."),
    ],
)
def test_compare_polarity_look_alikes_in_other_words_are_not_disputed(encoder, one, other):
    assert polarity_discrepancies(story_context(encoder, one, other)) == ()


def test_compare_polarity_what_would_not_have_happened_is_no_denial(encoder):
    # a counterfactual ("would not have placed him ... if"): neither a plan nor a denial of the deed
    ctx = story_context(encoder,
                        "The club placed its striker on the injured list on Tuesday, ending his season.",
                        "The coach said the club would not have placed the striker on the injured list if it "
                        "were still fighting for the title.",
                        published=("2026-03-03", "2026-03-03"))
    assert polarity_discrepancies(ctx) == ()
