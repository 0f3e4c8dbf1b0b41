"""Place discrepancies: opposite compass directions and different cities for one event are
flagged; neighbouring directions and places that contain one another are not."""

from __future__ import annotations

from accord.compare.places import bearings, place_discrepancies
from conftest import articles_context, story_context


def story(encoder, *texts):
    return story_context(encoder, *texts)


def test_compare_places_reads_bearings_and_the_capital(encoder):
    ctx = story(
        encoder,
        "The fighting spread to Kestrel province, north of the capital Ardena.",
        "Fighting spread to Kestrel province, which lies northwest of the capital.",
    )
    assert sorted((b.value.degrees, b.value.anchor) for b in bearings(ctx)) == [
        (0, "ardena"), (315, "ardena")
    ]
    assert place_discrepancies(ctx) == ()


def test_compare_places_flags_north_against_south(encoder):
    ctx = story(
        encoder,
        "The landslide buried the village of Tessaro, about 20 km north of Maridon.",
        "The landslide buried Tessaro, a village south of Maridon, early in the morning.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.kind == "place" and len(d.claims) == 2


def test_compare_places_adjacent_directions_are_compatible(encoder):
    ctx = story(
        encoder,
        "The landslide buried the village of Tessaro, about 20 km north of Maridon.",
        "The landslide buried Tessaro, a village northeast of Maridon, early in the morning.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_flags_two_cities_for_one_event(encoder):
    ctx = story(
        encoder,
        "The climate summit opened in Geneva on Thursday with a call for faster cuts.",
        "The climate summit opened in Vienna on Thursday with a call for faster cuts.",
    )
    (d,) = place_discrepancies(ctx)
    assert {c.value for c in d.claims} == {"Geneva", "Vienna"}


def test_compare_places_containment_is_not_a_conflict(encoder):
    ctx = story(
        encoder,
        "Protesters clashed with riot police in Lyon on Saturday evening.",
        "Protesters clashed with riot police in France on Saturday evening, with the worst scenes in Lyon.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_no_false_alarm_on_the_seeds(seed_articles, encoder):
    ctx = articles_context(seed_articles, encoder)
    assert place_discrepancies(ctx) == ()


def test_compare_places_same_thing_named_differently_from_a_common_noun_landmark(encoder):
    ctx = story(
        encoder,
        "Flames broke out in a grain silo owned by Medra Farms, north of the railway station, at noon.",
        "The silo, which stands south of the railway station, was built in 1961.",
    )
    (d,) = place_discrepancies(ctx)
    assert {c.value for c in d.claims} == {"north of the railway station", "south of the railway station"}


def test_compare_places_different_things_in_opposite_directions_are_not_a_conflict(encoder):
    ctx = story(
        encoder,
        "Heavy fighting was reported north of the river on Sunday.",
        "The airport, which lies south of the river, stayed open for aid flights.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_flags_one_part_of_the_site_given_two_bearings(encoder):
    ctx = story(
        encoder,
        "Part of the ceiling above the east stand fell in during the second half, injuring nine fans.",
        "The ceiling over the stadium's west stand fell in during the second half of the match.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "which stand" and {c.articles for c in d.claims} == {("a0",), ("a1",)}


def test_compare_places_other_parts_or_other_happenings_at_the_site_stay_quiet(encoder):
    ctx = story(
        encoder,
        "Stewards moved fans out of the east stand first, a club official said.",
        "The ceiling over the stadium's west stand fell in during the second half of the match.",
        "Part of the ceiling above the north wing fell in during the night.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_the_town_is_the_town_the_article_names(encoder):
    ctx = story(
        encoder,
        "The blaze started on Sunday in scrubland north of Dravno, the fire service said.",
        "Dravno's mayor ordered schools shut. The blaze started on Sunday in woods south of the town, "
        "the fire service said.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "direction from Dravno"


def test_compare_places_the_town_of_an_article_naming_no_anchor_is_not_read(encoder):
    ctx = story(
        encoder,
        "The blaze started on Sunday in scrubland north of Dravno, the fire service said.",
        "The blaze started on Sunday in woods south of the town, the fire service said.",
        "Dravno's mayor ordered schools shut. The blaze started in woods north-east of the town.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_flags_two_directions_of_travel_at_one_moment(encoder):
    ctx = story(
        encoder,
        "The ferry was sailing east to Korsa when a fire broke out in the engine room.",
        "Passengers said the ferry was on its way back west to Lund when a fire broke out in the engine room.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "direction of travel"


def test_compare_places_travel_at_another_moment_is_not_disputed(encoder):
    ctx = story(
        encoder,
        "The ferry was sailing east to Korsa when a fire broke out in the engine room.",
        "Two lifeboats were heading west to the harbour when the crews saw the smoke.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_a_place_set_against_another_disputes_it(encoder):
    ctx = story(
        encoder,
        "The contaminated chicken came from a wholesaler in Osterby, the food agency said on Monday.",
        "Inspectors traced the chicken to a wholesaler in Valen, rather than in Osterby as first reported.",
    )
    (d,) = place_discrepancies(ctx)
    assert {c.value: c.articles for c in d.claims} == {"Valen": ("a1",), "Osterby": ("a0",)}


def test_compare_places_a_contrast_by_an_article_that_names_both_as_its_own_stays_quiet(encoder):
    ctx = story(
        encoder,
        "The contaminated chicken came from a wholesaler in Osterby, the food agency said on Monday.",
        "The wholesaler in Osterby bought the chicken from a farm in Valen, not in Osterby, inspectors said.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_a_part_of_a_town_by_its_bearing_against_the_other_side(encoder):
    ctx = story(
        encoder,
        "The fire started in a warehouse in northern Lorvik on Monday night.",
        "The fire started on Monday night in a warehouse on the southern outskirts of Lorvik.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "direction from Lorvik"


def test_compare_places_a_part_of_a_town_and_beyond_it_on_that_side_or_another_thing_stay_quiet(encoder):
    ctx = story(
        encoder,
        "The fire started in a warehouse in northern Lorvik on Monday night.",
        "The fire started on Monday night in a warehouse just north of Lorvik.",
        "Evacuees spent the night in a sports hall in southern Lorvik.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_one_way_in_given_two_bearings(encoder):
    ctx = story(
        encoder,
        "Police said the intruder climbed the perimeter fence near the north gate on Sunday evening.",
        "The intruder climbed the perimeter fence near the airport's south gate on Sunday evening, police said.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "which side of the site"


def test_compare_places_other_happenings_at_other_gates_stay_quiet(encoder):
    ctx = story(
        encoder,
        "Police said the intruder climbed the fence near the north gate of the airport.",
        "Reporters waited outside the south gate for news on Monday.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_one_edge_of_the_site_against_the_other_side(encoder):
    # "the east side of the quarry" / "the western edge of the site": one way out, two bearings
    ctx = story(
        encoder,
        "The last of the workers were brought out through the old haul road on the east side of the quarry.",
        "Rescuers brought the last workers out along the haul road on the western edge of the site.",
    )
    (d,) = place_discrepancies(ctx)
    assert d.about == "which side of the site"


def test_compare_places_an_edge_of_the_site_for_another_happening_stays_quiet(encoder):
    ctx = story(
        encoder,
        "The last of the workers were brought out through the old haul road on the east side of the quarry.",
        "Reporters gathered at a car park on the western edge of the site on Monday.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_one_happening_told_in_other_words_meets(encoder):
    # the two sentences differ in verb, time and what else they tell: the happening's core
    # ("the parade set off" / "the parade got going") still meets
    ctx = story(
        encoder,
        "The parade set off at 10:00 from the Corran Hall, watched by thousands of residents.",
        "The parade got going at 11 a.m. from the Linford Museum, an hour late because of rain.",
    )
    (d,) = place_discrepancies(ctx)
    assert {c.value for c in d.claims} == {"the Corran Hall", "the Linford Museum"}


def test_compare_places_where_it_came_from_and_where_it_went_do_not_meet(encoder):
    ctx = story(
        encoder,
        "The ferry sailed from Dorrow on Monday morning with 300 passengers on board.",
        "The ferry sailed to Ellesby on Monday morning with 300 passengers on board.",
    )
    assert place_discrepancies(ctx) == ()


def test_compare_places_towns_of_one_happening_told_in_other_words_stay_quiet(encoder):
    # a town and its region, no gazetteer: towns meet only when their sentences are close
    ctx = story(
        encoder,
        "The singer checked into a private clinic in Sorrento late on Friday, his agent said.",
        "Reports say the singer has checked into a clinic in Campania for a month of treatment.",
    )
    assert place_discrepancies(ctx) == ()
