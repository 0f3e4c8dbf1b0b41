"""provenance and entities on spins (issue 14): a spinner's synonym swaps found and told from a
copy, the fluent text taken as the source whatever the dates, credit lines in footers, two
reprints of one outside wire text, and the names a spinner bends merged with the originals.

Own writing: a fictional harbour fire told by a local paper, a spin of it, a reprint crediting
a wire, and an independent report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accord.compare.context import StoryContext
from accord.compare.entities import find_entities
from accord.compare.names import initials_fit, name_tokens, same_person
from accord.provenance import detect_provenance
from accord.provenance.credits import credit_mentions
from accord.segment import segment
from accord.types import Article
from conftest import story_context

SOURCE = """Fire broke out in a timber warehouse at Brenna harbour on Thursday night, and about 60 residents of nearby flats were told to leave their homes, the Brenna Fire Brigade said.

The blaze started shortly after 10 p.m. and took four hours to bring under control, the brigade said. Nobody was hurt, but two firefighters were checked for smoke inhalation at Brenna General Hospital.

The warehouse, owned by the Greta Marsh Timber Company, held about 900 tonnes of sawn pine, most of which was destroyed.

Police said they were treating the fire as suspicious and asked anyone who had seen people near the warehouse late on Thursday to come forward.

The harbour master, Ruth Okafor, said ferries to the islands would run as normal on Friday, but the quay next to the warehouse would stay closed while the building was made safe.

Residents were allowed back into their flats early on Friday morning."""

SPIN = """Hearth broke out in a lumber storage facility at Brenna harbour on Thursday evening, and roughly 60 inhabitants of close by flats have been instructed to depart their houses, the Brenna Hearth Brigade stated.

The blaze began shortly after 10 p.m. and took 4 hours to carry beneath management, the brigade stated. No one was harm, however two firefighters have been checked for smoke inhalation at Brenna Common Hospital.

The storage facility, owned by the Greta Swamp Timber Company, held about 900 tonnes of sawn pine, most of which was destroyed.

Police stated they had been treating the hearth as suspicious and requested anybody who had seen individuals close to the storage facility late on Thursday to return ahead.

The harbour grasp, Ruth Okafor, stated ferries to the islands would run as regular on Friday, however the quay subsequent to the storage facility would keep closed whereas the constructing was made protected.

Residents had been allowed again into their flats early on Friday morning."""

INDEPENDENT = """Sixty people spent Thursday night away from home after flames tore through a pine store on the Brenna waterfront.

Firefighters needed four hours to put the fire out. Two of them were checked over for smoke, the fire service said; no one was injured.

Police want to hear from anyone who saw people near the building. Harbour master Ruth Okafor said the island ferries were unaffected.

Most of the roughly 900 tonnes of timber inside was lost, according to the owner."""


def _art(aid: str, text: str, outlet: str | None, day: int | None, **kw) -> Article:
    return Article(id=aid, source=aid, text=text, outlet=outlet,
                   published=dt.date(2025, 9, day) if day else None, **kw)


def _edges(arts, encoder):
    return detect_provenance(arts, {a.id: segment(a) for a in arts}, encoder)


def _edge(edges, a, b):
    found = [e for e in edges if {e.source, e.derived} == {a, b}]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize("spin_day", [5, 4, None])  # same day, a day *before* the source, undated
def test_provenance_spin_found_and_fluent_text_is_its_source(encoder, spin_day):
    arts = [
        _art("src", SOURCE, "Brenna Post", 5),
        _art("spin", SPIN, "ContentHub Daily", spin_day),
        _art("indep", INDEPENDENT, "Island Radio", 5),
    ]
    edges = _edges(arts, encoder)
    e = _edge(edges, "src", "spin")
    assert e is not None and e.kind == "spun" and (e.source, e.derived) == ("src", "spin")
    assert not e.credited
    assert _edge(edges, "src", "indep") is None and _edge(edges, "spin", "indep") is None


def test_provenance_light_edit_of_a_copy_is_not_a_spin(encoder):
    edited = SOURCE.replace("about 60 residents", "some 60 residents").replace("Nobody was hurt", "No one was hurt")
    arts = [_art("src", SOURCE, "Brenna Post", 5), _art("copy", edited, "Coast News", 5)]
    e = _edge(_edges(arts, encoder), "src", "copy")
    assert e is not None and e.kind in ("copy", "duplicate")


@pytest.mark.parametrize(
    "line, name",
    [
        ("This article includes reporting from Harbour Press Agency.", "Harbour Press Agency"),
        ("Reporting by North Sea Wire.", "North Sea Wire"),
        ("Reuters contributed to this report.", "Reuters"),
    ],
)
def test_provenance_credit_lines_found_in_text_and_in_removed_footers(line, name):
    in_text = Article(id="a", source="a", text="Ferries run as normal.\n\n" + line)
    removed = Article(id="b", source="b", text="Ferries run as normal.", removed=(line,))
    for art in (in_text, removed):
        assert [c.name for c in credit_mentions(art) if c.strong] == [name]


def test_provenance_credit_line_of_a_reporter_is_not_an_outlet():
    art = Article(id="a", source="a", text="Ferries run as normal.", removed=("(Reporting by Ruth Okafor; Editing by Tom Lie)",))
    assert credit_mentions(art) == ()


def test_provenance_two_reprints_of_one_credited_wire_share_it(encoder):
    a = _art("a", SOURCE + "\n\nThe quay is expected to reopen next week.\n\n(North Sea Wire)", "Brenna Post", 5)
    b = _art("b", SOURCE + "\n\nThe island ferry office has extra staff on duty.\n\nSource: North Sea Wire", "Coast News", 5)
    e = _edge(_edges([a, b], encoder), "a", "b")
    assert e is not None and e.kind == "shared" and e.origin == "North Sea Wire" and e.credited


def _spun_context(encoder) -> StoryContext:
    arts = (_art("src", SOURCE, "Brenna Post", 5), _art("spin", SPIN, "ContentHub Daily", 5),
            _art("indep", INDEPENDENT, "Island Radio", 5))
    sents = {a.id: segment(a) for a in arts}
    return StoryContext(arts, sents, (), encoder, detect_provenance(arts, sents, encoder))


def _forms(index):
    return [{e.name, *e.variants} for e in index.entities]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Brenna Fire Brigade", "Brenna Hearth Brigade"),
        ("Brenna General Hospital", "Brenna Common Hospital"),
        ("Greta Marsh Timber Company", "Greta Swamp Timber Company"),
    ],
)
def test_compare_entities_names_a_spinner_bent_are_one_entity(encoder, a, b):
    forms = _forms(find_entities(_spun_context(encoder)))
    assert any({a, b} <= f for f in forms), forms


def test_compare_entities_bent_names_stay_apart_without_the_spin_edge(encoder):
    ctx = _spun_context(encoder)
    forms = _forms(find_entities(replace(ctx, provenance=())))
    assert not any({"Brenna Fire Brigade", "Brenna Hearth Brigade"} <= f for f in forms)


def test_compare_entities_initials_join_the_one_person_they_fit():
    ctx = story_context(
        None,
        "The engineer, Pieter Aalders, said the wall was sound. Marit Aalders, a nurse, said her street was cleared.",
        "P. Aalders said the dam was watched day and night.",
    )
    forms = _forms(find_entities(ctx))
    assert any({"Pieter Aalders", "P. Aalders"} <= f for f in forms), forms
    assert not any({"Pieter Aalders", "Marit Aalders"} <= f for f in forms)


def test_compare_entities_initials_stay_apart_when_two_people_fit():
    ctx = story_context(
        None,
        "The engineer, Pieter Aalders, said the wall was sound. Paula Aalders, a nurse, said her street was cleared.",
        "P. Aalders said the dam was watched day and night.",
    )
    forms = _forms(find_entities(ctx))
    assert not any("P. Aalders" in f and len(f) > 1 for f in forms), forms


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Oskar Lindqvist", "Oscar Lindqvist", True),  # a hard c for a k
        ("Viktor Claes", "Victor Klaes", True),
        ("Karin Brandt", "Annika Brandt", False),
    ],
)
def test_compare_names_hard_c_spellings(a, b, same):
    assert same_person(name_tokens(a), name_tokens(b)) is same


@pytest.mark.parametrize(
    "short, full, fits",
    [("E. Haugland", "Eirik Haugland", True), ("J. R. Hale", "John Robert Hale", True),
     ("M. Dekker", "Hanna Dekker", False), ("E. Haugland", "Eirik Holm", False)],
)
def test_compare_names_initials_fit(short, full, fits):
    assert initials_fit(name_tokens(short), name_tokens(full)) is fits


def test_provenance_page_times_with_zones_order_a_copy_across_midnight(encoder):
    # the wire's page says 12 September, 01:00 in Tokyo (11 September, 16:00 UTC); the copy
    # appeared two hours later in London, still on the 11th: the dates alone point the wrong way
    wire = _art("wire", SOURCE, "Pacific Wire", 12, removed=("September 12, 2025 1:00 AM JST",))
    copy = _art("copy", SOURCE + "\n\nOur correspondent adds that the quay is still cordoned off tonight, pending a survey.",
                "Coast News", 11, removed=("Published 11 September 2025, 18:00 GMT",))
    e = _edge(_edges([copy, wire], encoder), "wire", "copy")
    assert e is not None and (e.source, e.derived) == ("wire", "copy")


@pytest.mark.parametrize("line", ["March 11, 2024 at 1:15 pm", "Updated 11 March 2025, 14:02 GMT"])
def test_provenance_page_time_without_zone_or_updated_gives_no_instant(line):
    from accord.provenance.times import published_at

    art = Article(id="a", source="a", text="x", published=dt.date(2024, 3, 11), removed=(line,))
    assert published_at(art) is None


def test_provenance_spin_of_a_reprint_links_to_the_reprint_it_follows(encoder):
    # the reprint adds a sentence to the wire text; the spin keeps that sentence, so it spun the
    # reprint, and the wire does not explain the reprint -> spin edge away
    added = "\n\nA local councillor, Tove Brandt, said the warehouse had failed a fire inspection last spring."
    bent = "\n\nA native councillor, Tove Brandt, stated the storage facility had failed a hearth examination final spring."
    arts = [
        _art("wire", SOURCE, "North Sea Wire", 5),
        _art("reprint", SOURCE + added + "\n\n(North Sea Wire)", "Coast News", 5),
        _art("spin", SPIN + bent, "ContentHub Daily", 6),
    ]
    edges = _edges(arts, encoder)
    e = _edge(edges, "reprint", "spin")
    assert e is not None and e.kind == "spun" and (e.source, e.derived) == ("reprint", "spin")


def test_compare_entities_a_spelling_of_a_person_is_a_person():
    ctx = story_context(
        None,
        "Velden port said on Thursday that the quay would stay closed, according to its head of operations, Aleksandr Petrov.",
        "The port's operations chief, Alexander Petrov, said the crew had dropped anchor.",
    )
    forms = _forms(find_entities(ctx))
    assert any({"Aleksandr Petrov", "Alexander Petrov"} <= f for f in forms), forms


def test_provenance_swaps_counted_and_the_fluent_side_found():
    from accord.provenance.fluency import swaps
    from accord.provenance.text import tokenize

    src = _art("src", SOURCE, None, None)
    spin = _art("spin", SPIN, None, None)
    pairs = list(zip(segment(src), segment(spin)))
    found = swaps(tokenize("src", SOURCE), tokenize("spin", SPIN), pairs)
    assert (("said",), ("stated",)) in found.pairs and (("fire",), ("hearth",)) in found.pairs
    assert found.density >= 5 and found.touched >= 0.5
    assert found.fluency_gap() > 0.2  # the source's words are the commoner ones
    back = swaps(tokenize("spin", SPIN), tokenize("src", SOURCE), [(b, a) for a, b in pairs])
    assert back.fluency_gap() == pytest.approx(-found.fluency_gap())
    same = swaps(tokenize("src", SOURCE), tokenize("src", SOURCE), [(a, a) for a, _ in pairs])
    assert same.pairs == () and same.density == 0
