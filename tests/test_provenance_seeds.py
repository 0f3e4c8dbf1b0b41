"""Provenance on the seeds: three of the five reuse one BBC text (not in the collection).

002 credits the BBC, 001 takes several of its paragraphs without credit beside other agency
copy, 000 is a machine-style rewrite of it; 003 and 004 are independent reports.
"""

from __future__ import annotations

import pytest

from accord.provenance import article_notes, detect_provenance, independent_count, source_groups
from accord.segment import segment


@pytest.fixture(scope="module")
def seeds(seed_articles):
    return {a.id[:3]: a for a in seed_articles}


@pytest.fixture(scope="module")
def seed_edges(seed_articles, encoder):
    return detect_provenance(seed_articles, {a.id: segment(a) for a in seed_articles}, encoder)


def _pair(edges, a, b):
    return next((e for e in edges if {e.source[:3], e.derived[:3]} == {a, b}), None)


def test_provenance_seeds_link_the_three_bbc_reuses(seed_edges):
    linked = {x[:3] for e in seed_edges for x in (e.source, e.derived)}
    assert linked == {"000", "001", "002"}
    assert all(e.kind in ("copy", "spun", "shared") for e in seed_edges)


def test_provenance_seeds_shared_bbc_text_between_001_and_002(seed_edges, seeds):
    e = _pair(seed_edges, "001", "002")
    assert e is not None and e.kind in ("shared", "copy")
    assert e.origin == "BBC"
    # the passage 001 took without credit is shown in both texts
    assert any(
        "posted footage online of their fighters raising their flag" in seeds[p.derived.article[:3]].text[p.derived.start : p.derived.end]
        for p in e.passages
    )
    assert not e.credited and e.derived.startswith("001")  # 002 credits the BBC, 001 does not


def test_provenance_seeds_000_is_a_spin(seed_edges, seeds):
    edges = [e for e in seed_edges if "000" in (e.source[:3], e.derived[:3])]
    assert edges and all(e.kind == "spun" and e.derived.startswith("000") for e in edges)
    e = _pair(seed_edges, "000", "002")
    assert e is not None and e.share > 0.25 and len(e.passages) >= 2
    for p in e.passages:
        assert seeds[p.source.article[:3]].text[p.source.start : p.source.end].strip()
        assert seeds[p.derived.article[:3]].text[p.derived.start : p.derived.end].strip()


def test_provenance_seeds_independent_sources(seed_edges, seed_articles):
    ids = [a.id for a in seed_articles]
    assert independent_count(ids, source_groups(ids, seed_edges)) == 3


def test_provenance_seeds_notes(seed_edges, seed_articles):
    notes = {k[:3]: v for k, v in article_notes(seed_edges, seed_articles).items()}
    assert set(notes) == {"000", "001"}
    assert "spun" in notes["000"] and "uncredited" in notes["001"]
