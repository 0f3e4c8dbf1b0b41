"""compare.undated: a page without a date of its own is read at its story's days."""

from __future__ import annotations

from conftest import story_context


def times(encoder, a, b, published):
    """The values of the time-of-day discrepancies compare raises between two pages."""
    from accord.compare import compare_story

    ctx = story_context(encoder, a, b, published=published)
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return {frozenset(c.value for c in d.claims) for d in found if d.about.startswith("time of")}


def test_compare_undated_a_page_without_a_date_meets_its_dated_story(encoder):
    a = "The blaze at the paper mill started shortly after 9am, the fire service said."
    b = "The blaze at the paper mill started at about 2pm, the fire service said."
    assert times(encoder, a, b, ("2026-05-12",)) == {frozenset({"shortly after 9am", "at about 2pm"})}
    assert times(encoder, a, b, ("2026-04-01", "2026-05-12")) == set()  # dated weeks apart
