"""The public Python API: load, analyze, render, as a notebook would call them."""

from __future__ import annotations

import json

import accord
from conftest import EXAMPLES


def test_api_load_analyze_render_round_trip(encoder):
    loaded = accord.load([str(EXAMPLES / "port-fire")])
    assert len(loaded.articles) == 5 and not loaded.rejected
    report = accord.analyze(loaded.articles, one_story=True, encoder=encoder)
    assert len(report.stories) == 1
    story = report.stories[0]
    assert {a.id for a in story.articles} == {a.id for a in loaded.articles}
    data = json.loads(accord.render(report, "json"))
    assert data["stories"][0]["id"] == story.story.id
    # every citation indexes the cleaned text
    texts = {a.id: a.text for a in story.articles}
    for fact in story.facts:
        for m in fact.mentions:
            assert texts[m.article][m.start:m.end] == m.text


def test_api_rejects_bad_summary_length(seed_articles, encoder):
    import pytest

    with pytest.raises(ValueError, match="summary_words"):
        accord.analyze(seed_articles, summary_words=0, encoder=encoder)
