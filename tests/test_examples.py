"""End to end on examples/port-fire: what examples/README.md says accord finds there.

The collection was written for the demo with planted traits (a wire story copied with and
without credit and spun; conflicting and compatible figures; a weekday, place and relation
conflict; a misquote and a trimmed quote; spelling variants), so this is the whole pipeline's
acceptance test on text no stage was written against.
"""

from __future__ import annotations

import pytest

import accord
from conftest import EXAMPLES

OBSERVER, BULLETIN, DIGEST = "northern-observer", "the-bulletin", "daily-digest-castellmar"
COASTLINE, HARBOUR = "coastline-news", "harbour-daily"


@pytest.fixture(scope="module")
def story(encoder):
    loaded = accord.load([str(EXAMPLES / "port-fire")])
    report = accord.analyze(loaded.articles, encoder=encoder)  # grouping included
    assert len(report.stories) == 1, [s.story.articles for s in report.stories]
    return report.stories[0]


def _kinds(story, kind):
    return [d for d in story.discrepancies if d.kind == kind]


def _sides(discrepancy):
    return [set(c.articles) for c in discrepancy.claims]


def test_examples_one_story_of_five(story):
    assert len(story.articles) == 5
    assert story.story.independent_sources == 3  # the wire group, Harbour Daily, the Observer


def test_examples_death_toll_conflict_flagged(story):
    tolls = [d for d in _kinds(story, "number") if any(OBSERVER in s for s in _sides(d))]
    assert tolls, story.discrepancies
    values = " ".join(c.value for d in tolls for c in d.claims)
    assert "3" in values or "three" in values.lower()


def test_examples_compatible_evacuation_figures_not_flagged(story):
    for d in _kinds(story, "number"):
        values = " ".join(c.value for c in d.claims)
        assert not ("3,200" in values or "3,000" in values), d


def test_examples_weekday_conflict_flagged(story):
    assert any(any(BULLETIN in s for s in _sides(d)) for d in _kinds(story, "date")), story.discrepancies


def test_examples_place_conflict_flagged(story):
    places = _kinds(story, "place")
    assert any(
        any("west" in c.value.lower() for c in d.claims) and any("east" in c.value.lower() for c in d.claims)
        for d in places
    ), places


def test_examples_relation_conflict_flagged(story):
    relations = _kinds(story, "relation")
    values = {c.value for d in relations for c in d.claims}
    assert any("Brenner" in v for v in values) and any("Ilic" in v for v in values), relations


def test_examples_misquote_marked_and_trim_not(story):
    nitrate = next(q for q in story.quotes if "ammonium nitrate" in q.text)
    changed = [v for v in nitrate.variants if v.changes_meaning]
    assert [v.articles for v in changed] == [(BULLETIN,)]
    safe = next(q for q in story.quotes if "until the air is safe" in q.text)
    trims = [v for v in safe.variants if OBSERVER in v.articles]
    assert OBSERVER in safe.articles and not any(v.changes_meaning for v in trims)
    assert safe.speaker == "Tomas Brenner"


def test_examples_mayor_spellings_merged(story):
    mayor = [e for e in story.entities if any("Nov" in v or "Now" in v for v in e.variants)]
    assert len(mayor) == 1, mayor
    assert {"Katarina Novak", "Katharina Nowak"} <= set(mayor[0].variants)


def test_examples_provenance(story):
    linked = {frozenset((e.source, e.derived)): e for e in story.provenance}
    involved = {a for pair in linked for a in pair}
    assert involved == {COASTLINE, BULLETIN, DIGEST}
    spun = [e for e in story.provenance if e.kind == "spun"]
    assert [e.derived for e in spun] == [DIGEST]
    bulletin = [e for e in story.provenance if BULLETIN in (e.source, e.derived)]
    assert bulletin and not any(e.credited for e in bulletin if e.derived == BULLETIN)


def test_examples_every_citation_indexes_the_text(story):
    texts = {a.id: a.text for a in story.articles}
    spans = [m for f in story.facts for m in f.mentions]
    spans += [m for d in story.discrepancies for c in d.claims for m in c.mentions]
    spans += [m for q in story.quotes for m in q.mentions]
    assert spans
    for m in spans:
        assert texts[m.article][m.start:m.end] == m.text


def test_examples_quote_wording_is_not_the_spun_rewrites(story):
    nitrate = next(q for q in story.quotes if "ammonium nitrate" in q.text)
    assert "put away" not in nitrate.text  # the spin's "put away" for the wire's "stored"


def test_examples_a_quotation_the_spin_reworded_is_a_variant_of_the_quote(story):
    """The spin swaps the fire chief's words too ("anybody back into the region until the air is
    protected"): too few words are left to match, but the spin pairs its sentences with the
    wire's, so its quotation is a variant of the chief's quote, not a second quote of his."""
    safe = next(q for q in story.quotes if "until the air is safe" in q.text)
    assert DIGEST in safe.articles
    spun = [v for v in safe.variants if DIGEST in v.articles]
    assert spun and "protected" in spun[0].text
    assert not any("protected" in q.text for q in story.quotes)
