"""The consensus summary and exclusive facts: support, ordering, redundancy, citations, length."""

from __future__ import annotations

import pytest

from accord.align import align_facts
from accord.segment import segment
from accord.summarize import exclusive_facts, summarize
from accord.summarize.quality import leans_on_context, wording_quality
from accord.types import Article

FLOOD = dict(
    a=[
        "Floodwater swept through the river town of Averley on Wednesday after the Hasse dam burst, forcing 2,000 residents from their homes.",
        "Army engineers began shoring up the damaged dam on Thursday.",
        "Also read: Ten ways to protect your basement from water",
        "The town's mayor, Rosa Kettle, said the dam had been inspected in the spring.",
        "He added that a fishing festival planned for June might be moved.",
        "Insurers expect claims to run into the millions.",
    ],
    b=[
        "About 2,000 people had to leave their homes in Averley when the Hasse dam burst on Wednesday and flooded the town.",
        "Engineers from the army started repairing the dam on Thursday.",
        "Mayor Rosa Kettle said inspectors had checked the dam in the spring.",
        "Schools in the district will stay shut for the rest of the week.",
        "A local bakery handed out free bread to volunteers.",
    ],
    c=[
        "The Hasse dam burst on Wednesday, flooding Averley and driving 2,000 residents from their homes.",
        "Army engineers were working to stabilise the dam on Thursday.",
        "Rainfall in the region was twice the monthly average.",
        "The river is expected to fall back below its banks by Sunday.",
    ],
)


def build(**articles: list[str]):
    arts = [Article(id=aid, source=f"test:{aid}", text="\n\n".join(s)) for aid, s in articles.items()]
    sentences = {a.id: segment(a) for a in arts}
    for a, sents in zip(arts, articles.values()):
        assert [s.text for s in sentences[a.id]] == sents
    return arts, sentences


@pytest.fixture(scope="module")
def flood(encoder):
    arts, sentences = build(**FLOOD)
    facts = align_facts(arts, sentences, encoder, ())
    return arts, sentences, facts


def test_summarize_prefers_widely_supported(flood, encoder):
    arts, sentences, facts = flood
    summary = summarize(arts, sentences, facts, encoder, words=45)
    cited = {f for s in summary for f in s.facts}
    assert {f.id for f in facts if len(f.articles) == 3} <= cited
    assert sum(1 for s in summary if len(s.articles) == 1) <= 1
    assert any("2,000" in s.text for s in summary)


def test_summarize_no_redundancy(flood, encoder):
    arts, sentences, facts = flood
    summary = summarize(arts, sentences, facts, encoder, words=200)
    used = [f for s in summary for f in s.facts]
    assert len(used) == len(set(used))
    dam_burst = [s for s in summary if "dam burst" in s.text or "dam had burst" in s.text]
    assert len(dam_burst) == 1


def test_summarize_orders_lead_first(flood, encoder):
    arts, sentences, facts = flood
    summary = summarize(arts, sentences, facts, encoder, words=200)
    assert "2,000" in summary[0].text
    assert not leans_on_context(summary[0].text)


def test_summarize_citations_exact(flood, encoder):
    arts, sentences, facts = flood
    by_id = {a.id: a for a in arts}
    by_fact = {f.id: f for f in facts}
    for s in summarize(arts, sentences, facts, encoder, words=200):
        m = s.mention
        assert m is not None and s.text == m.text == by_id[m.article].text[m.start : m.end]
        assert len(s.facts) == 1 and s.articles == by_fact[s.facts[0]].articles
        assert m in by_fact[s.facts[0]].mentions


@pytest.mark.parametrize("words", [20, 50, 120])
def test_summarize_respects_word_budget(flood, encoder, words):
    arts, sentences, facts = flood
    summary = summarize(arts, sentences, facts, encoder, words=words)
    total = sum(len(s.text.split()) for s in summary)
    assert summary and (total <= words or len(summary) == 1)


def test_summarize_skips_teasers_and_pronoun_openers(flood, encoder):
    arts, sentences, facts = flood
    texts = [s.text for s in summarize(arts, sentences, facts, encoder, words=200)]
    assert not any(t.startswith("Also read") for t in texts)
    assert wording_quality("Also read: Ten ways to protect your basement from water") < 0
    assert wording_quality(FLOOD["a"][4]) < wording_quality(FLOOD["b"][2])


def test_summarize_one_article_story(encoder):
    arts, sentences = build(solo=FLOOD["a"])
    facts = align_facts(arts, sentences, encoder, ())
    summary = summarize(arts, sentences, facts, encoder, words=40)
    assert summary and summary[0].text == FLOOD["a"][0]
    assert all(s.articles == ("solo",) for s in summary)
    assert exclusive_facts(facts, arts) == ()


def test_summarize_exclusive_facts(flood):
    arts, _, facts = flood
    exclusive = exclusive_facts(facts, arts)
    by_fact = {f.id: f for f in facts}
    assert exclusive
    for e in exclusive:
        assert by_fact[e.fact].articles == (e.article,)
    listed = {(e.article, e.fact) for e in exclusive}
    assert ("b", next(f.id for f in facts if "bakery" in f.text)) in listed
    assert not any(len(by_fact[f].articles) > 1 for _, f in listed)
    # every single-article fact is listed, in article order
    assert len(listed) == sum(1 for f in facts if len(f.articles) == 1)
    order = [a.id for a in arts]
    assert [order.index(e.article) for e in exclusive] == sorted(order.index(e.article) for e in exclusive)


def test_summarize_rejects_bad_length(flood, encoder):
    arts, sentences, facts = flood
    with pytest.raises(ValueError, match="words"):
        summarize(arts, sentences, facts, encoder, words=0)


def test_summarize_and_facts_word_a_fact_as_a_source_wrote_it_not_as_a_spinner_did(seed_report):
    story = seed_report.stories[0]
    """The seeds hold a machine-style rewrite of another outlet's text ("get our country
    completely out of the quagmire of war" for "our country is completely taken out of ...").
    Provenance finds it; a fact it shares with another article is worded, in the facts and in
    the summary, as that other article wrote it, and the rewrite is still cited."""
    spun = {e.derived for e in story.provenance if e.kind == "spun"}
    assert spun, "the seeds' rewrite is no longer found: this test checks nothing"
    shared = [f for f in story.facts if {m.article for m in f.mentions} - spun and
              {m.article for m in f.mentions} & spun]
    assert shared
    for f in shared:
        worded = [m for m in f.mentions if m.text == f.text]
        assert any(m.article not in spun for m in worded), f.text
    by_id = {f.id: f for f in story.facts}
    for s in story.summary:
        fact = by_id[s.facts[0]]
        if {m.article for m in fact.mentions} - spun:
            assert s.mention.article not in spun, s.text
            assert set(s.articles) & spun or not {m.article for m in fact.mentions} & spun
    assert not any("get our country" in s.text for s in story.summary)
