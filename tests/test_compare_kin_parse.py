"""compare.kin_parse: family relations read from the parse in word orders the patterns of
compare.relations do not list; the pair's two kinds of kin in two articles are disputed, one
person's relative and their post together are not."""

from __future__ import annotations

import pytest

from accord.compare.entities import find_entities
from accord.compare.relations import relation_discrepancies
from accord.compare.roles import post_holders, posts_of
from conftest import story_context


def disputes(*texts: str):
    ctx = story_context(None, *texts)
    index = find_entities(ctx)
    return relation_discrepancies(ctx, index, post_holders(posts_of(ctx, index)))


@pytest.mark.parametrize(
    "one, other",
    [
        # a relative clause with a copula against a copula with a past in-law
        ("Voters in Orsay returned Nadia Kessel as mayor on Sunday. Her rival, Bruno Aster, who is "
         "Kessel's cousin, took 38 per cent.",
         "Nadia Kessel held her seat. Aster is Kessel's former brother-in-law and stood as an independent."),
        # two coordinated nouns, one a post, the other kin; the possessor a pronoun, then a description
        ("Swimmer Lena Oberg was suspended for two years on Monday. Oberg, 24, tested positive in May. "
         "Her coach and father, Piet Oberg, said she would appeal.",
         "An appeals panel confirmed the ban on Lena Oberg on Friday. Lena Oberg had denied taking the "
         "drug. Piet Oberg, the athlete's uncle and long-time coach, called the verdict unjust."),
        # the relative named by a description the story gives one person
        ("The contract went to Sven Ahlgren, a local builder. The builder is Mayor Ines Sandvik's cousin.",
         "Mayor Ines Sandvik denied wrongdoing. Sven Ahlgren is Sandvik's brother-in-law, the paper reported."),
        # two people who are each other's relatives, and a possessive relative clause
        ("Claudia Renz and Tobias Hain are siblings, the court heard on Thursday.",
         "Claudia Renz, whose husband is Tobias Hain, sued the developer in 2021."),
        # the relative named in apposition to the copula's subject, a noun the story gives two people
        ("Governor Tor Haldane opened the dock on Monday. Union leader Ivo Brandt spoke first. The "
         "party's leader, Elin Maar, is Haldane's niece.",
         "Governor Tor Haldane opened the dock. Elin Maar, who is Haldane's daughter, runs the port."),
        # "His" of the person the sentence before names by a family name the recogniser missed
        ("Cyclist Jonas Marek was banned for two years on Monday, the federation's chairman Otto Lind said. "
         "Marek denies taking the drug and will appeal to the Court of Arbitration for Sport. His coach and "
         "stepfather, Emil Rask, said the family would fight on.",
         "Jonas Marek will miss two seasons. Emil Rask, the rider's uncle and long-time coach, called the ban unjust."),
    ],
)
def test_compare_kin_parse_relations_in_other_word_orders_are_disputed(one, other):
    found = [d for d in disputes(one, other) if d.kind == "relation"]
    assert len(found) == 1
    assert {c.articles for c in found[0].claims} == {("a0",), ("a1",)}


def test_compare_kin_parse_a_relative_who_is_also_a_coach_stays_quiet():
    # one person's father and coach at once, told with the nouns in either order and a description
    assert not disputes(
        "Swimmer Lena Oberg was suspended for two years on Monday. Her coach and father, Piet Oberg, "
        "said she would appeal.",
        "An appeals panel confirmed the ban on Lena Oberg. Piet Oberg, the swimmer's father and "
        "long-time coach, called the verdict unjust.",
        "Lena Oberg will miss the next two seasons. Her father, Piet Oberg, has coached her since 2015.",
    )


def test_compare_kin_parse_a_possessor_is_not_guessed_from_a_company():
    # "the company's founder" is no relative of anyone; the cousins are two other people
    assert not disputes(
        "Hugo Marr, the company's founder, testified on Tuesday. Ada Vell and Otto Brin are cousins.",
        "Hugo Marr, the firm's founder and chairman, gave evidence. Ada Vell is Otto Brin's cousin.",
    )


def test_compare_kin_parse_a_description_two_people_share_names_no_relative():
    assert not disputes(
        "The contract went to Sven Ahlgren, a local builder, and to Rolf Matter, another builder. "
        "The builder is Mayor Ines Sandvik's cousin.",
        "Mayor Ines Sandvik denied wrongdoing. Sven Ahlgren is Sandvik's brother-in-law.",
    )
