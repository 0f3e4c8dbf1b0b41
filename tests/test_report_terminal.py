"""The terminal report (rich, rendered to a string): width, colour and NO_COLOR honoured, every
section shown, article text never read as rich markup."""

from __future__ import annotations

import dataclasses
import re

from rich.cells import cell_len
from test_report_sample import fire_report, hostile_report, sample_report

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


def test_report_terminal_shows_contradicting_articles(encoder):
    report = fire_report(encoder)
    out = render_terminal(report, width=100, color=False)
    assert widest(out) <= 100
    text = flat(out)
    assert "[1] Coast Echo" in text  # the outlet that reports 12 dead and the owner's son
    # the summary sentence stating 9 dead: its supporting citations, then the article that says 12
    # then the point it takes a side of, stated as disputed, each side with its own articles
    assert re.search(r"killing 9 workers[^•]*? \[2\]\[3\] — contradicted by \[1\] "
                     r"≠ Reports differ on the number of workers: 9 \[2\]\[3\] or 12 \[1\]\. \(number\) •", text), text
    # the facts grid marks the contradicting article ✗ (and says what ✗ means); Coast Echo's
    # exclusive fact (12 dead) is contradicted by the two others
    grid = out.split("Facts by article")[1].split("Exclusives")[0]
    fact = next(f for f in report.stories[0].facts if "killing 9 workers" in f.text)
    row = next(line for line in grid.splitlines() if fact.text[:30] in line)  # marks: on its first line
    assert row.split()[-4:-1] == ["✗", "●", "●"], row
    assert "✗ reports another value" in flat(grid)
    assert re.search(r"killing 12 workers[^•]*? — contradicted by \[2\]\[3\]", text.split("Exclusives")[1])
    # too narrow for the grid: the facts carry the markers as text
    narrow = render_terminal(report, width=50, color=False).split("Facts by article")[1].split("Exclusives")[0]
    head = next(line for line in narrow.splitlines() if "Reported by" in line)
    column = flat(" ".join(line[head.index("Reported by"):head.index("Indep.")] for line in narrow.splitlines()))
    assert "[2][3] — contradicted by [1]" in column and "[1] — contradicted by [2][3]" in column
    coloured = render_terminal(report, width=100, color=True)
    assert re.search(r"\x1b\[[0-9;]*31m[^\x1b]*contradicted by", coloured)  # in red


def test_report_terminal_nothing_extra_without_contradictions(encoder):
    for report in (fire_report(encoder, disputed=False), sample_report(rejected=False)):
        for width in (100, 50):
            out = render_terminal(report, width=width, color=False)
            assert "contradicted" not in out and "✗" not in out
