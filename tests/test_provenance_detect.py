"""Provenance on articles written for the tests: each kind of reuse, and independence."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from provenance_cases import (  # noqa: E402
    CREDITED_COPY,
    INDEPENDENT,
    ORIGINAL,
    UNCREDITED_COPY,
    article,
    day,
    fire_story,
)

from accord.provenance import article_notes, detect_provenance, independent_count, source_groups  # noqa: E402
from accord.segment import segment  # noqa: E402


def run(articles, encoder):
    return detect_provenance(articles, {a.id: segment(a) for a in articles}, encoder)


def edge_between(edges, a, b):
    found = [e for e in edges if {e.source, e.derived} == {a, b}]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.fixture(scope="module")
def fire_edges(encoder):
    return run(fire_story(), encoder)


@pytest.fixture(scope="module")
def fire_by_id():
    return {a.id: a for a in fire_story()}


def test_provenance_credited_copy(fire_edges):
    e = edge_between(fire_edges, "original", "credited")
    assert (e.source, e.derived, e.kind, e.credited) == ("original", "credited", "copy", True)
    assert 0.8 < e.share < 0.95  # the added lead is its own


def test_provenance_uncredited_copy(fire_edges):
    e = edge_between(fire_edges, "original", "uncredited")
    assert (e.source, e.derived, e.kind, e.credited) == ("original", "uncredited", "copy", False)


def test_provenance_spun_copy(fire_edges):
    e = edge_between(fire_edges, "original", "spun")
    assert (e.source, e.derived, e.kind, e.credited) == ("original", "spun", "spun", False)
    assert e.share > 0.5


def test_provenance_duplicate_with_other_boilerplate(fire_edges):
    e = edge_between(fire_edges, "original", "duplicate")
    assert (e.source, e.derived, e.kind) == ("original", "duplicate", "duplicate")


def test_provenance_independent_report_has_no_edge(fire_edges):
    # same facts, same quote, own words: independent of every other article
    assert not [e for e in fire_edges if "independent" in (e.source, e.derived)]


def test_provenance_partial_copy(fire_edges, fire_by_id):
    e = edge_between(fire_edges, "original", "partial")
    assert (e.source, e.derived, e.kind, e.credited) == ("original", "partial", "copy", False)
    assert 0.2 < e.share < 0.5
    # the passages are the lifted paragraphs, with spans into both texts
    derived = fire_by_id["partial"].text
    source = fire_by_id["original"].text
    lifted = "spent more than six hours bringing the blaze under control"
    assert any(lifted in derived[p.derived.start : p.derived.end] for p in e.passages)
    assert any(lifted in source[p.source.start : p.source.end] for p in e.passages)
    for p in e.passages:
        assert p.source.article == "original" and p.derived.article == "partial"
        assert 0 <= p.derived.start < p.derived.end <= len(derived)


def test_provenance_copies_of_one_source_link_to_it_only(fire_edges):
    # the copies share the original's text with each other, but each took it from the original
    for a, b in [("credited", "uncredited"), ("uncredited", "partial"), ("credited", "spun")]:
        assert edge_between(fire_edges, a, b) is None


def test_provenance_missing_dates_direction_from_credit(encoder):
    source = article("plain", ORIGINAL, outlet="Harbour Herald")
    derived = article("reprint", CREDITED_COPY, outlet="Coastal Daily")
    (e,) = run([derived, source], encoder)
    assert (e.source, e.derived, e.kind, e.credited) == ("plain", "reprint", "copy", True)
    assert e.score < 1.0  # no dates: less sure of the direction


def test_provenance_missing_dates_direction_from_containment(encoder):
    # no dates, no outlets, no credits: the text that holds the other plus its own lead and
    # closing paragraph is the derived one
    local = (
        "Carrowmore woke up to the smell of smoke on Wednesday, and many asked how a fire could spread "
        "so fast in the middle of town.\n\n" + ORIGINAL + "\n\nThe town council will meet on Friday to "
        "discuss support for the families who had to leave their homes during the night."
    )
    (e,) = run([article("local", local), article("wire", ORIGINAL)], encoder)
    assert (e.source, e.derived, e.kind) == ("wire", "local", "copy")
    assert e.score < 1.0


def test_provenance_one_missing_date_is_no_date(encoder):
    source = article("first", ORIGINAL, outlet="Harbour Herald")
    derived = article("second", CREDITED_COPY, outlet="Coastal Daily", published=day(1))
    (e,) = run([source, derived], encoder)
    assert (e.source, e.derived) == ("first", "second")


def test_provenance_direction_follows_dates(encoder):
    early = article("early", UNCREDITED_COPY, published=day(0))
    late = article("late", ORIGINAL, published=day(2))
    (e,) = run([late, early], encoder)
    assert (e.source, e.derived) == ("early", "late")


def test_provenance_shared_origin_named_by_credit(encoder):
    # two outlets each reprint part of an agency text that is not in the collection
    agency = ORIGINAL.split("\n\n")
    a = "Lead of our own about the night in Carrowmore, told by our own reporter on the scene today.\n\n" + "\n\n".join(
        agency[:5]
    ) + "\n\nThe Northern Press Agency reported the figures first."
    b = "\n\n".join(agency[1:6]) + (
        "\n\nA second paragraph of our own, on what the fire means for the harbour's future plans."
        "\n\nAnother paragraph of our own, with comment from the port authority about safety rules."
    )
    (e,) = run([article("a", a, outlet="Daily One"), article("b", b, outlet="Daily Two")], encoder)
    assert e.kind == "shared"
    assert e.origin == "Northern Press Agency"
    assert (e.source, e.derived, e.credited) == ("a", "b", False)  # b does not credit it


def test_provenance_independent_pair_alone(encoder):
    pair = [article("x", ORIGINAL, published=day(0)), article("y", INDEPENDENT, published=day(0))]
    assert run(pair, encoder) == ()


def test_provenance_notes_name_uncredited_copies_and_spins(fire_edges):
    notes = article_notes(fire_edges, fire_story())
    assert "uncredited copy" in notes["uncredited"] and "Harbour Herald" in notes["uncredited"]
    assert "spun" in notes["spun"]
    assert "credited" not in notes and "independent" not in notes and "original" not in notes


def test_provenance_independent_sources_collapse_copies(fire_edges):
    ids = [a.id for a in fire_story()]
    groups = source_groups(ids, fire_edges)
    assert independent_count(ids, groups) == 2  # the original's family, and the independent report


def test_provenance_single_article_has_no_edges(encoder):
    assert run([article("only", ORIGINAL)], encoder) == ()


def test_provenance_dates_equal_fall_back(encoder):
    a = article("p", ORIGINAL, outlet="Harbour Herald", published=day(0))
    b = replace(article("q", CREDITED_COPY, outlet="Coastal Daily"), published=day(0))
    (e,) = run([a, b], encoder)
    assert (e.source, e.derived) == ("p", "q")


def test_provenance_hand_edited_copy_is_a_copy_not_a_spin(encoder):
    # regression: wire copy edited by hand (names, ages and titles inserted, some sentences kept
    # verbatim) was labelled a spin; a spinner swaps words in place instead
    paras = ORIGINAL.split("\n\n")
    edited = "\n\n".join(
        [
            "A fire tore through a large textile warehouse owned by a local family firm in the port town of "
            "Carrowmore late on Tuesday night, forcing the evacuation of about 40 homes nearby.",
            paras[1],
            "Chief fire officer Maeve Gilligan, 52, who has led the service since 2019, said eight engines and "
            "an aerial ladder from three stations had been sent to the scene.",
            paras[3],
            "Residents, many of them elderly, were moved to the community hall on Bridge Street overnight.",
            paras[5],
        ]
    )
    pair = [article("wire", ORIGINAL, published=day(0)), article("edited", edited, published=day(1))]
    (e,) = run(pair, encoder)
    assert (e.source, e.derived, e.kind) == ("wire", "edited", "copy")
