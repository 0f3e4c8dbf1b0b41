"""compare.roles: posts said of a name in the forms outlets write them."""

from __future__ import annotations

import pytest

from accord.compare.entities import find_entities
from accord.compare.roles import post_holders, posts_of, role_discrepancies
from conftest import story_context


def disputes(*texts: str):
    ctx = story_context(None, *texts)
    index = find_entities(ctx)
    return role_discrepancies(ctx, index, posts_of(ctx, index))


@pytest.mark.parametrize("one, other", [
    # a post said of the surname in a sentence of its own
    ("Tom Ekdahl said the festival would go ahead. Ekdahl is the festival's director.",
     "Tom Ekdahl, the festival's head of security, said it would go ahead."),
    # a post opening the sentence is not taken into the name
    ("Judge Marta Keller sentenced Weber to four years.",
     "Prosecutor Marta Keller had asked for four years."),
    # a post ending in "general", and a courtesy title between the post and the name
    ("The institute's director general, Dr Selma Oduya, said the results were promising.",
     "Dr Selma Oduya, the institute's chief engineer, said the results were promising."),
    # a post opening the sentence that the recogniser took into the name
    ("Match director Joran Vell said the stand would be rebuilt.",
     "Referee Joran Vell confirmed that the stand would be rebuilt."),
])
def test_compare_roles_two_posts_of_one_person_disputed(one, other):
    (d,) = disputes(one, other)
    assert d.kind == "name" and len(d.claims) == 2


def test_compare_roles_one_post_said_two_ways_stays_quiet():
    assert disputes(
        "Tom Ekdahl said the festival would go ahead. Ekdahl is the festival's director.",
        "Festival director Tom Ekdahl said it would go ahead.",
        "Prosecutor Marta Keller had asked for four years.",
        "Marta Keller, the prosecutor, had asked for four years.",
    ) == ()


@pytest.mark.parametrize("one, other", [
    # a rank written as a title
    ("Major Ilse Varga led the rescue teams through the night.",
     "Colonel Ilse Varga, who commanded the rescue, spoke to the families."),
    # a hyphened rank below the post, for a post held beside others too (a president's)
    ("The union's president, Aldo Ferri, said the strike was over.",
     "Union vice-president Aldo Ferri told members the strike was over."),
    ("The board's chairman, Nils Arvid Holm, signed the deal.",
     "Deputy chairman Nils Arvid Holm signed the deal on the board's behalf."),
])
def test_compare_roles_ranks_and_vice_posts_disputed(one, other):
    (d,) = disputes(one, other)
    assert d.kind == "name" and len(d.claims) == 2


def test_compare_roles_a_rank_said_in_full_and_a_co_founder_stay_quiet():
    assert disputes(
        "Lieutenant Colonel Ilse Varga led the rescue teams through the night.",
        "Colonel Ilse Varga, who commanded the rescue, spoke to the families.",
        "Aldo Ferri, the firm's co-founder, said the deal was done.",
        "The firm's founder, Aldo Ferri, said the deal was done.",
    ) == ()


def test_compare_roles_a_post_of_a_name_the_recogniser_misread_is_disputed():
    # "Penhale" is read as a place in both sentences by the small recogniser
    (d,) = disputes(
        "Chief Rescue Officer Aled Penhale said 120 homes had been flooded.",
        "Aled Penhale, the rescue service's deputy chief officer, said crews had been sent.",
    )
    assert d.kind == "name" and {c.value for c in d.claims} == {"chief rescue officer", "deputy chief officer"}


def test_compare_roles_a_post_of_a_misread_name_said_twice_stays_quiet():
    assert disputes(
        "Chief Rescue Officer Aled Penhale said 120 homes had been flooded.",
        "Aled Penhale, the rescue service's chief officer, said crews had been sent.",
    ) == ()


def test_compare_roles_a_spokesman_for_an_owner_and_for_a_regulator_disputed():
    (d,) = disputes(
        "Ines Haldor, a spokeswoman for the tanker's owner, Brightwater Shipping, said the firm would pay.",
        "Ines Haldor, a spokeswoman for the Coastal Protection Agency, said booms would be laid at dawn.",
    )
    assert d.kind == "name" and len(d.claims) == 2


def test_compare_roles_a_spokesman_for_an_owner_said_twice_stays_quiet():
    assert disputes(
        "Ines Haldor, a spokeswoman for the tanker's owner, Brightwater Shipping, said the firm would pay.",
        "Ines Haldor, a spokeswoman for the tanker's owners, said the company would meet the costs.",
    ) == ()


def test_compare_roles_a_union_organiser_and_its_general_secretary_disputed():
    (d,) = disputes(
        "Marisol Kemp, the porters' union's general secretary, said members would return on Monday.",
        "Marisol Kemp, the porters' union's regional organiser, said members had voted to go back.",
    )
    assert {c.value for c in d.claims} == {"general secretary", "regional organiser"}


def test_compare_roles_two_chief_officers_of_named_functions_disputed():
    (d,) = disputes(
        "Chief financial officer Priya Raman told investors the brewery's sales had slowed.",
        "On the call, the brewer's chief operating officer, Priya Raman, blamed the weather.",
    )
    assert d.kind == "name" and len(d.claims) == 2


def test_compare_roles_one_chief_officer_said_two_ways_stays_quiet():
    assert disputes(
        "Chief financial officer Priya Raman told investors the brewery's sales had slowed.",
        "Priya Raman, the brewer's chief finance officer, said sales had slowed.",
        "Chief executive officer Tomas Lind said the plant would stay open.",
        "The brewer's chief executive, Tomas Lind, said the plant would stay open.",
        # a word that names no function (a spinner's) is no dispute
        "Chief monetary officer Priya Raman said sales had slowed.",
    ) == ()


@pytest.mark.parametrize(
    "one, other",
    [
        # a relative clause with a copula; a post the old list did not know
        ("Lena Marsh, who is the bank's chief economist, said inflation would ease.",
         "Deputy governor Lena Marsh said inflation would ease."),
        # a company officer by initials against another officer
        ("Ravi Kohl, CFO of Nimbus, said the cuts were needed.",
         "Nimbus chief executive Ravi Kohl said the cuts were needed."),
        # a title without a determiner before its "of"
        ("Mark Olsen, head of the agency, resigned on Friday.",
         "Mark Olsen, the agency's deputy director, resigned on Friday."),
        # a post told by its verb, and a post given to "she"
        ("Mark Olsen, who heads the agency, resigned on Friday.",
         "Mark Olsen, the agency's deputy director, resigned on Friday."),
        ("Lena Marsh spoke on Monday. She is the bank's chief economist.",
         "Deputy governor Lena Marsh said inflation would ease."),
        # an age apposed before the post; a post given by its appointment; a post held at a body
        ("Ivo Brandt, 47, the company's safety officer, said the silo had passed every check.",
         "Ivo Brandt, the terminal's site manager, said the silo had passed every check."),
        ("Ivo Brandt, who was appointed finance director in 2021, called the offer too low.",
         "Norland Foods chief executive Ivo Brandt called the offer too low."),
        ("Ivo Brandt, named sporting director last year, defended the decision.",
         "Ivo Brandt, the club's head coach, defended the decision."),
        ("Ivo Brandt, finance director at Norland Foods, called the offer too low.",
         "Ivo Brandt, the chief executive of Norland Foods, called the offer too low."),
        ("Ivo Brandt resigned as finance minister on Monday.",
         "Deputy Prime Minister Ivo Brandt resigned on Monday."),
    ],
)
def test_compare_roles_posts_in_more_forms_are_disputed(one, other):
    ctx = story_context(None, one, other)
    found = role_discrepancies(ctx, find_entities(ctx))
    assert len(found) == 1 and {c.articles for c in found[0].claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "one, other",
    [
        ("Nimbus's CEO, Ravi Kohl, spoke to analysts.", "Ravi Kohl, the chief executive of Nimbus, spoke to analysts."),
        ("Solicitor Paul Dunn spoke for the family.", "Paul Dunn, the family's lawyer, spoke for them."),
        ("Prosecutor Ann Tate spoke after the hearing.", "City Attorney Ann Tate spoke after the hearing."),
        ("Omar Sadeq, the head of Oman's Seismic Research Centre, spoke.",
         "Omar Sadeq, director of the seismic centre in Qazvin, spoke."),
        ("Tom Reese, who has been the club's coach since 2019, left.", "Tom Reese, the club's trainer, left."),
        ("Mark Olsen, who chairs the committee, resigned.", "Mark Olsen, the committee's chairman, resigned."),
        # the same post with an age before it, by its appointment, at its body; a past post
        ("Ivo Brandt, 47, the company's safety officer, spoke.", "Ivo Brandt, the firm's safety officer, spoke."),
        ("Ivo Brandt, who became chief executive in 2019, spoke.", "Norland chief executive Ivo Brandt spoke."),
        ("Ivo Brandt, finance director at Norland Foods, spoke.", "Norland's finance director, Ivo Brandt, spoke."),
        ("Ivo Brandt, who was appointed finance director in 2021, spoke.",
         "Ivo Brandt, who had been named the club's former coach, spoke."),
        # a title before another person's name is not the post given (ECB+ dev 13_ecb)
        ("Lena Marsh was named Senator Tom Reese's running mate.", "Lena Marsh, the bank's chief economist, spoke."),
        # "she" of a sentence before that names two people: nobody's post
        ("Lena Marsh met Ravi Kohl on Monday. She is the bank's chief economist.",
         "Ravi Kohl, the bank's deputy governor, met Lena Marsh."),
    ],
)
def test_compare_roles_one_post_under_two_names_stays_quiet(one, other):
    ctx = story_context(None, one, other)
    assert role_discrepancies(ctx, find_entities(ctx)) == ()


def test_compare_roles_the_driver_and_a_passenger_disputed():
    found = disputes("Driver Sami Ruud, 34, was taken to hospital with a broken leg.",
                     "Sami Ruud, a passenger in the van, was taken to hospital.")
    assert [sorted(c.value for c in d.claims) for d in found] == [["driver", "passenger"]]


@pytest.mark.parametrize("other", [
    "Sami Ruud, 34, a nurse from Hull, was taken to hospital.",  # a passenger has an occupation too
    "Sami Ruud, one of the passengers, was taken to hospital.",
])
def test_compare_roles_a_passenger_and_an_occupation_stay_quiet(other):
    assert not disputes("Sami Ruud, a passenger in the van, was taken to hospital.", other)


@pytest.mark.parametrize("one, other", [
    ("Transport minister Olga Berz announced the closure.", "The closure was announced by Olga Berz, the interior minister."),
    ("Home Secretary Olga Berz announced the closure.", "Olga Berz, the health secretary, announced the closure."),
])
def test_compare_roles_ministers_of_two_portfolios_disputed(one, other):
    assert len(disputes(one, other)) == 1


@pytest.mark.parametrize("other", [
    "Olga Berz, the minister for foreign affairs, announced the closure.",  # one portfolio said two ways
    "Swedish minister Olga Berz announced the closure.",  # a nationality names no portfolio
    "Olga Berz, a senior minister, announced the closure.",
])
def test_compare_roles_one_minister_said_two_ways_stays_quiet(other):
    assert not disputes("Foreign Minister Olga Berz announced the closure.", other)


@pytest.mark.parametrize("one, other, posts", [
    # the title window runs over a passive's agent or a name joined by "and"
    ("The panel, chaired by festival director Ines Varga, met on Friday.",
     "Ines Varga, the festival's press officer, said the panel met on Friday.", {"festival director", "press officer"}),
])
def test_compare_roles_title_stops_at_by_and_a_name_before_and(one, other, posts):
    (d,) = disputes(one, other)
    assert {c.value for c in d.claims} == posts


def test_compare_roles_a_building_before_a_post_holds_no_post():
    # "at Vell Palace, the president ...": the apposed post is not the palace's
    ctx = story_context(None, "After a welcome at Tarrow Palace, the president laid a wreath at the memorial.")
    index = find_entities(ctx)
    holders = post_holders(posts_of(ctx, index))
    assert not any("Palace" in index.entities[e].name for e in holders.get("president", ()))
