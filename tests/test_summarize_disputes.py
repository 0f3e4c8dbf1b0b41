"""The summary states a disputed point as disputed (issue 13): "Reports differ on the number of
workers: 9 [2][3] or 12 [1]." after the sentence that takes a side, each side cited to the
articles that report it, within the word budget; and who each article says spoke a quotation
(issue 19) in every human-readable format. Stories written for the tests (test_report_sample)."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from test_report_sample import fire_report, hostile_report, sample_report

import accord
from accord.report.json_format import report_dict
from accord.report.markdown import render_markdown
from accord.report.terminal import render_terminal
from accord.report.view import StoryView
from accord.store.records import report_from_dicts
from accord.summarize.disputes import dispute_sides, topic
from accord.types import Claim, Discrepancy, Mention, QuoteAttribution, Report


def _numbers(report: Report):
    (story,) = report.stories
    return story, next(x for x in story.summary_disputes if "workers" in x.topic)


def test_summarize_disputed_point_stated_with_each_sides_articles(encoder):
    story, note = _numbers(fire_report(encoder))
    assert note.text == "Reports differ on the number of workers: 9 or 12."
    (nine, twelve) = note.sides
    assert (nine.value, set(nine.articles)) == ("9", {"ledger", "post"})  # the side the summary states first
    assert (twelve.value, twelve.articles) == ("12", ("echo",))
    # every cited article states its side: the note's spans are its own sentences carrying the value
    texts = {a.id: a.text for a in story.articles}
    for side in note.sides:
        assert {m.article for m in side.mentions} == set(side.articles)
        for m in side.mentions:
            assert texts[m.article][m.start:m.end] == m.text
            assert re.search(rf"\b{side.value} workers\b", m.text)
    # it follows the sentence that states 9, which the summary states and cites to its own side only
    stated = story.summary[note.after]
    assert "killing 9 workers" in stated.text and stated.contradicted_by == ("echo",)
    assert not any("killing 12" in s.text for s in story.summary)  # never both sides as fact
    assert story.discrepancies[note.discrepancy].kind == "number"


def test_summarize_no_dispute_notes_when_sources_agree(encoder):
    (story,) = fire_report(encoder, disputed=False).stories
    assert story.summary and not story.summary_disputes


@pytest.mark.parametrize("words", [20, 35, 60, 120])
def test_summarize_disputes_count_in_the_word_budget(encoder, words):
    from test_report_sample import FIRE, _article
    import datetime as dt

    arts = [_article(aid, text, outlet=outlet, published=dt.date(2025, 6, 3)) for aid, (outlet, text) in FIRE.items()]
    (story,) = accord.analyze(arts, one_story=True, encoder=encoder, summary_words=words).stories
    total = sum(len(s.text.split()) for s in story.summary) + sum(len(x.text.split()) for x in story.summary_disputes)
    first = len(story.summary[0].text.split())
    assert total <= max(words, first)  # the first sentence is taken whatever its length, as before
    assert all(0 <= x.after < len(story.summary) for x in story.summary_disputes)
    if words >= 60:
        assert story.summary_disputes


def _disc(kind: str, about: str, *claims: tuple[str, tuple[str, ...], str]) -> Discrepancy:
    return Discrepancy(kind, about, tuple(
        Claim(v, arts, text, tuple(Mention(a, 0, len(text), text) for a in arts)) for v, arts, text in claims))


@pytest.mark.parametrize("kind, about, want", [
    ("date", "date of: The dam gave way in the early hours, officials…", "the date"),
    ("date", "time of: The roof fell, a spokesman said", "the time"),
    ("number", "number of deaths confirmed", "the number of deaths confirmed"),
    ("name", "post of Paul Renner", "the post of Paul Renner"),
    ("relation", "how Lena Varga is related to Emil Varga", "how Lena Varga is related to Emil Varga"),
    ("quote", "what Jonas Brekke said", "what Jonas Brekke said"),
    ("other", "whether: evidenc of tamper (found / found)", "the evidence of tampering"),
])
def test_summarize_dispute_topic_reads_as_words(kind, about, want):
    d = _disc(kind, about, ("found", ("a",), "The recount found evidence of tampering in two wards."),
              ("not found", ("b",), "Officials found no evidence of tampering."))
    assert topic(d) == want


def test_summarize_dispute_sides_merge_and_order():
    d = _disc("date", "date of: x", ("on Tuesday", ("a",), "It opened on Tuesday."),
              ("on Monday", ("b", "c"), "It opened on Monday."), ("Monday", ("d",), "Monday it opened."))
    sides = dispute_sides(d, first=0)
    assert [(s.value, s.articles) for s in sides] == [("Tuesday", ("a",)), ("Monday", ("b", "c", "d"))]
    q = _disc("quote", "what Ana Corvell said", ("We " + "will stay open " * 6, ("a",), "x"), ("We will close", ("b",), "y"))
    values = [s.value for s in dispute_sides(q)]
    assert values[0].startswith("“We will stay open") and values[0].endswith("…”") and len(values[0].split()) == 12
    rel = _disc("relation", "how A is related to B", ("sibling (the other is the brother)", ("a",), "x"),
                ("parent (the other is the son)", ("b",), "y"))
    assert [s.value for s in dispute_sides(rel)] == ["sibling", "parent"]


def test_report_dispute_notes_in_every_format(encoder):
    report = fire_report(encoder)
    md = render_markdown(report)
    line = next(x for x in md.splitlines() if "Reports differ** on the number of workers" in x)
    assert line == "  - ≠ **Reports differ** on the number of workers: **9** [2][3] or **12** [1]. (number)"
    prev = md.splitlines()[md.splitlines().index(line) - 1]
    assert "killing 9 workers" in prev and prev.endswith("— contradicted by [1]")
    term = render_terminal(report, width=200, color=False)
    assert "≠ Reports differ on the number of workers: 9 [2][3] or 12 [1]. (number)" in term
    data = report_dict(report)["stories"][0]
    assert data["summary"] and all("Reports differ" not in s["text"] for s in data["summary"])
    (note,) = [x for x in data["summary_disputes"] if "workers" in x["topic"]]
    assert [(s["value"], sorted(s["articles"])) for s in note["sides"]] == [("9", ["ledger", "post"]), ("12", ["echo"])]


def test_report_dispute_notes_and_attributions_survive_the_store_round_trip(encoder):
    for report in (fire_report(encoder), hostile_report()):
        data = json.loads(json.dumps(report_dict(report)))
        again = report_from_dicts(data["stories"])
        assert again.stories[0].summary_disputes == report.stories[0].summary_disputes
        assert [q.attributions for q in again.stories[0].quotes] == [q.attributions for q in report.stories[0].quotes]


def _with_attributions(*who: tuple[str, str | None]) -> Report:
    report = sample_report()
    story = report.stories[0]
    (q,) = story.quotes
    q = dataclasses.replace(q, attributions=tuple(QuoteAttribution(a, s) for a, s in who))
    return dataclasses.replace(report, stories=(dataclasses.replace(story, quotes=(q,)),))


def test_report_attributions_shown_when_articles_name_other_speakers():
    report = _with_attributions(("harbour-gazette", "Ilse Brandt"), ("coast-wire", "Tomas Weller"),
                                ("daily-echo", None))
    view = StoryView(report.stories[0])
    said = view.attributions(report.stories[0].quotes[0])
    assert [(a.speaker, [c.number for c in a.cites]) for a in said] == [
        ("Ilse Brandt", [1]), ("Tomas Weller", [2]), (None, [3])]
    assert view.speakers_differ(report.stories[0].quotes[0])
    term = render_terminal(report, width=200, color=False)
    assert "speakers differ: Ilse Brandt [1]; Tomas Weller [2]; no one named [3]" in term
    md = render_markdown(report)
    assert "  - **speakers differ**: **Ilse Brandt** [1]; **Tomas Weller** [2]; _no one named_ [3]" in md


def test_report_attributions_quiet_when_every_article_names_the_speaker():
    # the same person in the spellings the story's entities merge, or told apart by case only
    report = _with_attributions(("harbour-gazette", "Ilse Brandt"), ("coast-wire", "Ilse Brant"),
                                ("daily-echo", "ilse brandt"))
    view = StoryView(report.stories[0])
    assert view.attributions(report.stories[0].quotes[0]) == []
    assert "speakers differ" not in render_terminal(report, width=200, color=False)
    assert "speakers differ" not in render_markdown(report)
    # one article naming nobody is said, but it is no disagreement
    report = _with_attributions(("harbour-gazette", "Ilse Brandt"), ("coast-wire", None))
    assert "attributed to: Ilse Brandt [1]; no one named [2]" in render_terminal(report, width=200, color=False)


def test_report_dispute_note_hostile_text_stays_text():
    report = hostile_report()
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(render_markdown(report))
    assert "<svg" not in html and "<script" not in html and "<b onclick" not in html and "<u>" not in html
    assert "Reports differ</strong> on &lt;svg onload=window.__pwned=11&gt;" in html
    assert "&lt;b onclick=window.__pwned=13&gt;Other&lt;/b&gt;" in html  # the other article's speaker
    term = render_terminal(report, width=200, color=False)
    assert "<svg onload=window.__pwned=11>" in term  # terminal text is literal; rich markup is off
