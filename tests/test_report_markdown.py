"""The Markdown report: every numbered citation resolves to the story's sources list, and
hostile article text renders as text (checked by rendering with markdown-it, CommonMark + tables)."""

from __future__ import annotations

import dataclasses
import re

from markdown_it import MarkdownIt
from test_report_sample import contradicted, fire_report, hostile_report, sample_report

from accord.report.markdown import render_markdown
from accord.types import Report

CITE = re.compile(r"(?<!\\)\[(\d+)\]")
SOURCE = re.compile(r"^- \[(\d+)\] (.*)$", re.M)


def stories(md: str) -> list[str]:
    return re.split(r"^## \d+\. ", md, flags=re.M)[1:]


def assert_citations_resolve(md: str, reports) -> None:
    parts = stories(md)
    assert len(parts) == len(reports.stories)
    for text, story in zip(parts, reports.stories):
        body, _, sources = text.partition("### Sources")
        listed = {int(n): line for n, line in SOURCE.findall(sources)}
        assert sorted(listed) == list(range(1, len(story.articles) + 1))
        for n, article in enumerate(story.articles, 1):
            assert (article.outlet or "") in listed[n]
        cited = {int(n) for n in CITE.findall(body)}
        assert cited <= set(listed), cited - set(listed)


def test_report_markdown_citations_resolve_to_sources():
    report = sample_report()
    md = render_markdown(report)
    assert_citations_resolve(md, report)
    assert "- The Kessel Harbour bridge was closed on Tuesday" in md and "said. [1][2][3]" in md
    assert "<https://gazette.example/bridge>" in md  # a URL when known
    assert "“Bridge shut after cracks found”, 2024-03-05" in md  # title and date
    assert "~~not~~" in md and "**once**" in md
    assert "| 14,000 | [1] Harbour Gazette, [3] daily-echo.example |" in md


def test_report_markdown_each_story_numbers_its_own_sources():
    one = sample_report().stories[0]
    two = dataclasses.replace(one, articles=one.articles[1:], story=dataclasses.replace(one.story, title="Second"))
    report = Report((one, two))
    md = render_markdown(report)
    assert_citations_resolve(md, report)
    assert "1. Kessel Harbour bridge closed after cracks found" in md and "2. Second" in md


def test_report_markdown_seeds_citations_resolve(seed_report):
    md = render_markdown(seed_report)
    assert_citations_resolve(md, seed_report)
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "<h2>" in html


def test_report_markdown_hostile_text_stays_text():
    md = render_markdown(hostile_report())
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    assert "<script" not in html and "<img" not in html and "<svg" not in html and "<iframe" not in html
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html).__str__()
    assert "&lt;script&gt;window.__pwned = 1;" in html  # shown literally
    assert "{{ 7*7 }}" in html


def test_report_markdown_shows_contradicting_articles(encoder):
    report = fire_report(encoder)
    md = render_markdown(report)
    assert_citations_resolve(md, report)
    assert "- [1] **Coast Echo**" in md  # the outlet that reports 12 dead and the owner's son
    # the summary sentence stating 9 dead: its supporting citations, then the article that says 12
    nine = next(line for line in md.splitlines() if line.startswith("- ") and "killing 9 workers" in line)
    assert nine.endswith("[2][3] — contradicted by [1]"), nine
    # the fact stating 12 dead, in the facts table and among Coast Echo's exclusives
    assert re.search(r"^\| [^|]*killing 12 workers[^|]* \| \[1\] — contradicted by \[2\]\[3\] \| 1 \|$", md, re.M)
    assert re.search(r"^  - [^\n]*killing 12 workers[^\n]* — contradicted by \[2\]\[3\]$", md, re.M)
    shown = md.count("— contradicted by")
    assert shown >= len(contradicted(report))  # every contradicted summary sentence and fact, plus exclusives
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "contradicted by [1]" in html  # the markers stay plain text, not links


def test_report_markdown_nothing_extra_without_contradictions(encoder):
    for report in (fire_report(encoder, disputed=False), sample_report()):
        md = render_markdown(report)
        assert "contradicted" not in md
        summary = md.split("### Summary")[1].split("###")[0]
        assert all(re.search(r"\.\S* (\[\d+\])+$", line) for line in summary.splitlines() if line.startswith("- "))
