"""The terminal report (rich, rendered to a string): width, colour and NO_COLOR honoured, every
section shown, article text never read as rich markup."""

from __future__ import annotations

import dataclasses
import re

from rich.cells import cell_len
from test_report_sample import hostile_report, sample_report

from accord.report.terminal import render_clusters_terminal, render_terminal
from accord.types import Report, SummarySentence

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def flat(text: str) -> str:
    """The text with wrapping undone (every run of whitespace one space)."""
    return " ".join(text.split())


def widest(text: str) -> int:
    return max(cell_len(ANSI.sub("", line)) for line in text.splitlines())


def test_report_terminal_plain_at_80_columns_shows_every_section():
    out = render_terminal(sample_report(), width=80, color=False)
    assert not ANSI.search(out)
    assert widest(out) <= 80
    for expected in (
        "Story 1/1: Kessel Harbour bridge closed after cracks found",
        "3 articles · 2 independent sources · 2024-03-05 to 2024-03-06 (1 undated)",
        "[1]", "Harbour Gazette", "[1][2][3]",  # sources and the summary's citations
        "vehicles crossing the bridge each day", "14,000", "12,000",  # discrepancy table
        "CHANGES MEANING", "[-not-]", "{+once+}",  # quote variant, changes visible without colour
        "Who copied whom", "does not credit", "62%",  # provenance and the uncredited note
        "Facts by article", "Exclusives", "2024-04", "Ilse Brandt / Ilse Brant",
        "Rejected inputs (1)", "tests/empty.html",
    ):
        assert expected in flat(out), expected


def test_report_terminal_colour_at_80_columns():
    out = render_terminal(sample_report(), width=80, color=True)
    assert ANSI.search(out)
    assert widest(out) <= 80
    plain = ANSI.sub("", out)
    assert "not" in plain and "once" in plain and "[-not-]" not in plain  # colour marks the diff


def test_report_terminal_honours_no_color_and_columns(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    out = render_terminal(sample_report())
    assert not ANSI.search(out)
    assert widest(out) <= 60
    assert "[-not-]" in out


def test_report_terminal_article_text_is_not_rich_markup():
    r = sample_report()
    story = r.stories[0]
    probe = "[bold red]loud[/bold red] and [link=https://x.example]x[/link]"
    story = dataclasses.replace(story, summary=(SummarySentence(probe, (), (story.articles[0].id,)),))
    out = render_terminal(Report((story,)), width=80, color=True)
    assert probe in ANSI.sub("", out).replace("\n", "")
    out = render_terminal(hostile_report(), width=80, color=False)
    assert "<script>window.__pwned" in out and widest(out) <= 80


def test_report_terminal_empty_sections_say_none_found():
    story = sample_report().stories[0]
    bare = dataclasses.replace(story, facts=(), summary=(), exclusive=(), discrepancies=(), quotes=(),
                               entities=(), provenance=(), timeline=())
    out = render_terminal(Report((bare,)), width=80, color=False)
    for section in ("Summary", "Discrepancies", "Quotes", "Who copied whom", "Facts by article", "Timeline"):
        assert f"{section}: none found" in out
    assert "Harbour Gazette" in out  # the sources are still listed


def test_report_terminal_seeds_fit_80_columns(seed_report):
    for color in (False, True):
        out = render_terminal(seed_report, width=80, color=color)
        assert widest(out) <= 80
    plain = render_terminal(seed_report, width=80, color=False)
    for n in range(1, len(seed_report.stories[0].articles) + 1):
        assert f"[{n}]" in plain


def test_report_terminal_clusters_mark_duplicates():
    r = sample_report()
    arts = {a.id: a for a in r.stories[0].articles}
    story = dataclasses.replace(r.stories[0].story, duplicates=(("harbour-gazette", "daily-echo"),))
    out = render_clusters_terminal([story], arts, r.rejected, width=80, color=False)
    assert widest(out) <= 80
    assert "1 story from 3 articles" in out
    wide = flat(render_clusters_terminal([story], arts, r.rejected, width=160, color=False))
    assert "Kessel bridge closed (duplicate of harbour-gazette)" in wide
    assert "tests/empty.html" in out
