"""compare.negation and compare.polarity: a verb denied by the verb that governs it ("declined to
renew", "stopped short of banning", "rejected calls to step down", "denied that it had
discharged" is a party's account, not read), verbs met by their forms ("ruled" / "did not rule"; "fined" / "did not fine"), a
verb of ordering met by what it orders, one thing met by a name both write, a verb met by the noun
of doing it ("has not appealed" / "lodged an appeal"), the whole of a group ("the three
trawlers") not read as a part, and which-one adjectives ("a new lease" / "a ten-year lease") not
read as two kinds. Look-alikes stay quiet: another thing governed, a governing verb itself
negated, a verb of saying declined, another thing ordered or named, another doer, the future, a
question, a part of a group."""

from __future__ import annotations

import pytest

from accord.compare.polar_words import verb_key
from accord.compare.polarity import polarity_discrepancies
from conftest import story_context


def test_compare_polar_words_verb_key_meets_a_verbs_forms():
    assert {verb_key(w) for w in ("rule", "ruled", "rules", "ruling")} == {"rul"}
    assert verb_key("stopped") == verb_key("stop") and verb_key("denied") == verb_key("deny")
    assert verb_key("sold") == verb_key("sell") and verb_key("fined") == verb_key("fine")
    assert verb_key("raised") != verb_key("cut")


@pytest.mark.parametrize(
    "denial, statement",
    [
        # a verb that denies the verb it governs
        ("The harbour trust declined to renew the fishing cooperative's lease, its chairman said.",
         "The harbour trust renewed the fishing cooperative's lease for another decade, the cooperative said."),
        ("The county stopped short of banning bonfires on the moor, a spokeswoman said.",
         "The county banned bonfires on the moor after the dry spell, rangers said."),
        ("The festival director rejected calls to step down over the ticketing failure.",
         "The festival director stepped down over the ticketing failure on Monday night."),
        ("The library board refused to remove the disputed novels from its shelves.",
         "The disputed novels were removed from the library's shelves by the board, staff said."),
        # one verb met by its forms, and a passive against an active
        ("The ombudsman did not fine the energy supplier over the billing errors, it said.",
         "The energy supplier was fined by the ombudsman over the billing errors, reports said."),
        ("The observatory has ruled out a second launch of the weather balloon this month.",
         "The observatory has not ruled out a second launch of the weather balloon this month, its director said."),
        # a verb of ordering met by what it orders
        ("The inspectors did not order the Kessel bakery closed, the owner said.",
         "The inspectors ordered the owner to close the Kessel bakery for a week."),
        ("The inspectors did not order the Kessel bakery to close, the owner said.",
         "The inspectors ordered the owner to close the Kessel bakery for a week."),
        # one thing named by a name both write, or two ways close in meaning
        ("The ministry did not license the Orrin wind farm, officials said.",
         "The ministry licensed the Orrin project after a two-year review, the developer said."),
        # a verb against the noun of doing it
        ("The ski jumper has not appealed against the suspension, his manager said.",
         "The ski jumper lodged an appeal against the suspension on Wednesday, the federation said."),
        ("The harbour master has not resigned, the port authority said.",
         "The harbour master handed in his resignation to the port authority on Thursday."),
        ("The bus company made no apology to the stranded commuters, the council said.",
         "The bus company apologised to the stranded commuters in a statement on Monday."),
        # the whole of a group already told; a which-one adjective
        ("The port authority has not impounded the three trawlers, its harbourmaster said.",
         "The three trawlers were impounded by the port authority on Saturday, fishermen said."),
        ("The rowing club has not signed a new lease on the boathouse, its secretary said.",
         "The rowing club signed a ten-year lease on the boathouse in the spring, the council said."),
    ],
)
def test_compare_negation_governed_and_formed_denials_are_disputed(encoder, denial, statement):
    found = polarity_discrepancies(story_context(encoder, denial, statement))
    assert len(found) == 1
    assert {c.articles for c in found[0].claims} == {("a0",), ("a1",)}


@pytest.mark.parametrize(
    "denial, statement",
    [
        # another thing governed by the denying verb
        ("The harbour trust declined to renew the ferry company's lease, its chairman said.",
         "The harbour trust renewed the fishing cooperative's lease for another decade, the cooperative said."),
        # the governing verb itself negated: neither said nor denied
        ("The county did not rule out banning bonfires on the moor, a spokeswoman said.",
         "The county banned bonfires on the moor after the dry spell, rangers said."),
        # a verb of saying declined: no claim
        ("The festival director declined to comment on the ticketing failure.",
         "The festival director commented on the ticketing failure on Monday night."),
        # ruled out one thing, not ruled out another
        ("The observatory has ruled out a second launch of the weather balloon this month.",
         "The observatory has not ruled out a repair of the weather balloon this month, its director said."),
        # another thing ordered
        ("The inspectors did not order the Kessel bakery closed, the owner said.",
         "The inspectors ordered the owner to repaint the Kessel bakery within a week."),
        # the future, and a question
        ("The library board will refuse to remove the disputed novels, its chair said.",
         "The disputed novels were removed from the library's shelves by the board, staff said."),
        ("Did the library board refuse to remove the disputed novels from its shelves?",
         "The disputed novels were removed from the library's shelves by the board, staff said."),
        # a denial not made: "did not deny that"; a party's account; a doubt
        ("The paper mill did not deny that it had discharged dye into the canal, a spokesman said.",
         "Inspectors found that the paper mill had discharged dye into the canal last week."),
        ("The boy's family denied that he had thrown the stone at the bus, their lawyer said.",
         "The boy had thrown the stone at the bus from the bridge, a driver told police."),
        ("The boy had not thrown the stone at the bus, his teacher said.",
         "His aunt doubted that the boy had thrown the stone at the bus, the paper reported."),
        # another name; another thing of the noun of doing; another doer; another thing handed in
        ("The ministry did not license the Orrin wind farm, officials said.",
         "The ministry licensed the Tasker project after a two-year review, the developer said."),
        ("The ministry did not license the Orrin wind farm, officials said.",
         "The ministry licensed the Tasker wind farm after a two-year review, the developer said."),
        ("The ski jumper has not appealed against the suspension, his manager said.",
         "The ski jumper lodged an appeal against the fine on Wednesday, the federation said."),
        ("The bus company made no apology to the stranded commuters, the council said.",
         "The rail operator apologised to the stranded commuters in a statement on Monday."),
        ("The harbour master has not resigned, the port authority said.",
         "The harbour master handed in a report to the port authority on Thursday."),
        # part of a group against another part
        ("Two of the trawlers have not been impounded, the harbourmaster said.",
         "Three trawlers were impounded by the port authority on Saturday, fishermen said."),
    ],
)
def test_compare_negation_governed_look_alikes_stay_quiet(encoder, denial, statement):
    assert polarity_discrepancies(story_context(encoder, denial, statement)) == ()


def test_compare_negation_not_yet_is_disputed_by_a_report_of_the_same_day_only(encoder):
    denial = "The rowing club has not yet signed the lease on the boathouse, its secretary said."
    statement = "The rowing club signed the lease on the boathouse after a vote of its members, the council said."
    same_day = story_context(encoder, denial, statement, published=("2026-03-02", "2026-03-02"))
    assert len(polarity_discrepancies(same_day)) == 1
    later = story_context(encoder, denial, statement, published=("2026-03-02", "2026-03-05"))
    assert polarity_discrepancies(later) == ()
    undated = story_context(encoder, denial, statement)
    assert polarity_discrepancies(undated) == ()


def test_compare_negation_a_denial_of_the_future_is_disputed_by_a_report_of_the_same_day_only(encoder):
    denial = "The brewery said it would not close its bottling hall in Marden, a union official said."
    statement = "The brewery closed its bottling hall in Marden, staff who were sent home said."
    same_day = story_context(encoder, denial, statement, published=("2026-05-11", "2026-05-11"))
    assert len(polarity_discrepancies(same_day)) == 1
    later = story_context(encoder, denial, statement, published=("2026-05-11", "2026-05-14"))
    assert polarity_discrepancies(later) == ()
    assert polarity_discrepancies(story_context(encoder, denial, statement)) == ()
    # a plan against a denial of what was done, and a possibility, stay quiet
    plan = "The brewery will close its bottling hall in Marden, a union official said."
    done = "The brewery did not close its bottling hall in Marden, staff said."
    assert polarity_discrepancies(story_context(encoder, done, plan, published=("2026-05-11", "2026-05-11"))) == ()
    maybe = "The brewery said it might not close its bottling hall in Marden."
    assert polarity_discrepancies(story_context(encoder, maybe, statement, published=("2026-05-11", "2026-05-11"))) == ()


def test_compare_negation_a_thing_named_after_another_is_another_thing(encoder):
    # the sequel of a named film is not the film: one name, two things (ECB+ dev: "Won't Direct
    # 'Hunger Games' Sequel" / "paid to write and direct 'The Hunger Games'")
    denial = "Director Ana Bell will not direct the Tasker Bay sequel, the studio said."
    statement = "Ana Bell was paid to write and direct Tasker Bay for the same studio."
    ctx = story_context(encoder, denial, statement, published=("2026-05-11", "2026-05-11"))
    assert polarity_discrepancies(ctx) == ()


@pytest.mark.parametrize(
    "denial",
    [
        # a word of change or a year in another clause of the sentence is not the claim's
        "No complaints were received about the water supply, the first such outage in the town since 2003, "
        "the utility said.",
        "The quarry company did not pay the fine, which regulators first imposed in March, a spokesman said.",
    ],
)
def test_compare_denials_words_of_change_elsewhere_in_the_sentence_do_not_hide_a_dispute(encoder, denial):
    statement = {
        "N": "The utility received complaints about the water supply from 40 households, a councillor said.",
        "T": "The quarry company paid the fine in full last week, its accounts show.",
    }["N" if denial.startswith("No") else "T"]
    assert len(polarity_discrepancies(story_context(encoder, denial, statement))) == 1


def test_compare_denials_words_of_change_on_the_claim_still_keep_it_quiet(encoder):
    denial = "No complaints were received about the water supply until Friday, the utility said."
    statement = "The utility received complaints about the water supply from 40 households, a councillor said."
    assert polarity_discrepancies(story_context(encoder, denial, statement)) == ()
