"""An outlet's track record (accord.serve.track) from story JSON, one behaviour per test.

The stories are small hand-written story JSON elements (CONTRACT.md), each holding just the
records a behaviour needs: provenance edges, discrepancies, facts and exclusives.
"""

from __future__ import annotations

from accord.serve.chart import bar_chart
from accord.serve.track import track_record


def art(aid: str, outlet: str | None, day: str | None = "2026-05-04") -> dict:
    return {"id": aid, "source": f"{aid}.txt", "outlet": outlet, "title": f"title {aid}", "published": day,
            "byline": None, "credits": [], "text": f"text of {aid}", "removed": []}


def story(sid: str, articles: list[dict], **records) -> dict:
    return {"id": sid, "title": f"story {sid}", "articles": articles, "facts": [], "summary": [], "exclusive": [],
            "discrepancies": [], "quotes": [], "entities": [], "provenance": [], "timeline": [], **records}


def edge(src: str, der: str, kind: str, credited: bool) -> dict:
    return {"source": src, "derived": der, "kind": kind, "origin": None, "score": 0.9, "credited": credited,
            "share": 0.6}


def test_serve_track_copies_split_by_credit_and_spins_apart():
    s = story("s1", [art("w", "Wire"), art("a", "Ant"), art("b", "Ant")],
              provenance=[edge("w", "a", "copy", False), edge("w", "b", "copy", True), edge("w", "a", "spun", False),
                          edge("a", "b", "copy", False)])  # a copy between its own articles is no copy of others
    rec = track_record("Ant", [s])
    assert (rec.articles, rec.stories) == (2, 1)
    assert [x.text for x in rec.copied_uncredited] == ["copy of Wire"]
    assert [x.text for x in rec.copied_credited] == ["copy of Wire"]
    assert [x.text for x in rec.spun] == ["spun of Wire"] and rec.spun[0].detail.startswith("uncredited")
    wire = track_record("Wire", [s])
    assert len(wire.copied_by_others) == 3 and not wire.copied_uncredited


def test_serve_track_stood_alone_outvoted_or_unsettled():
    claims = [{"value": "12", "articles": ["a"], "text": "12 died."},
              {"value": "9", "articles": ["b", "c"], "text": "9 died."}]
    base = [art("a", "Ant"), art("b", "Bee"), art("c", "Cat")]
    settled = story("s1", base, discrepancies=[{"kind": "number", "about": "deaths", "claims": claims}],
                    summary=[{"text": "9 died.", "facts": [], "articles": ["b", "c"], "contradicted_by": ["a"]}])
    open_ = story("s2", base, discrepancies=[{"kind": "number", "about": "deaths", "claims": claims}])
    rec = track_record("Ant", [settled, open_])
    assert [x.detail for x in rec.alone] == ["outvoted", "unsettled"] and rec.alone_outvoted == 1
    assert rec.alone[0].anchor == "s1-d1"
    assert track_record("Bee", [settled]).alone == []  # it had company (Cat)


def test_serve_track_alone_needs_others_on_another_side():
    claims = [{"value": "12", "articles": ["a"], "text": "x"}, {"value": "9", "articles": ["b"], "text": "y"}]
    s = story("s1", [art("a", "Ant"), art("b", "Ant")],
              discrepancies=[{"kind": "number", "about": "n", "claims": claims}])
    assert track_record("Ant", [s]).alone == []  # disagreeing with itself is not standing alone


def test_serve_track_facts_first_and_alone():
    arts = [art("a", "Ant", "2026-05-01"), art("b", "Bee", "2026-05-02"), art("c", "Cat", "2026-05-01")]
    facts = [{"id": "f1", "text": "The bridge shut.", "articles": ["a", "b"], "independent_sources": 2,
              "mentions": [], "contradicted_by": []},
             {"id": "f2", "text": "Ferries run.", "articles": ["a", "c"], "independent_sources": 2,
              "mentions": [], "contradicted_by": []},  # a tie on the first day: nobody had it first
             {"id": "f3", "text": "Only Ant says so.", "articles": ["a"], "independent_sources": 1,
              "mentions": [], "contradicted_by": []}]
    s = story("s1", arts, facts=facts, exclusive=[{"article": "a", "fact": "f3"}])
    rec = track_record("Ant", [s])
    assert [x.text for x in rec.first] == ["The bridge shut."]
    assert [x.text for x in rec.exclusive] == ["Only Ant says so."]
    assert track_record("Bee", [s]).first == []


def test_serve_track_ignores_stories_without_the_outlet():
    rec = track_record("Ant", [story("s1", [art("b", "Bee")]), story("s2", [art("x", None)])])
    assert (rec.articles, rec.stories) == (0, 0)


def test_serve_chart_bars_scale_to_the_largest():
    c = bar_chart([("a", 4), ("b", 2), ("c", 0)], "t", warn=frozenset({"b"}))
    widths = [b.width for b in c.bars]
    assert widths[0] == 2 * widths[1] and widths[2] == 0 and c.bars[1].warn and not c.bars[0].warn
    assert bar_chart([], "empty").height == 0
