"""The terminal report (rich): what an analyst reads first, rendered to a string.

Per story: a header (title, articles, independent sources, date range), the numbered sources,
the cited summary (a sentence that some articles report with another value ends "— contradicted
by [3]", as facts do, and is followed by "≠ Reports differ on ...: A [1][2] or B [3]." for the
point it takes a side of; in the facts grid those articles are marked ✗), discrepancies as a
table, quotes with their variants (word changes marked, meaning changes flagged) and, when the
articles name different speakers, who each says spoke, who copied whom, facts
by article, exclusives per outlet, the timeline; then the rejected inputs. Colour follows
`color` (default: on for a TTY unless NO_COLOR is set); without colour every highlight still
shows as text ("[-old-] {+new+}", "CHANGES MEANING", "✗"), so nothing depends on colour. The
width follows `width` (default: the terminal's, COLUMNS).

What it does not do: it does not page or truncate the analysis silently; long lists say how
many more items the JSON report holds. Article text is never parsed as rich markup.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from io import StringIO

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from accord.report.view import Cite, Contradiction, DisputeNote, StoryView, date_range, plural, word_diff
from accord.types import Article, Rejection, Report, Story

# Display caps (not analysis thresholds): beyond these a terminal screen stops being readable;
# the report says how many more the JSON holds.
MAX_FACTS = 25
MAX_EXCLUSIVES = 5  # per outlet
MAX_MATRIX_SOURCES = 8  # beyond this a facts x articles grid no longer fits 80 columns


def use_color(color: bool | None) -> bool:
    """Colour when asked; by default only on a TTY and never when NO_COLOR is set (no-color.org)."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _console(width: int | None, color: bool | None) -> tuple[Console, StringIO]:
    buf = StringIO()
    colored = use_color(color)
    console = Console(
        file=buf,
        width=width or shutil.get_terminal_size((100, 24)).columns,
        color_system="standard" if colored else None,
        force_terminal=colored,
        no_color=not colored,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    return console, buf


def _cites(cites: Sequence[Cite]) -> Text:
    return Text("".join(f"[{c.number}]" for c in cites), style="cyan")


def _contradicted(xs: Sequence[Contradiction]) -> Text:
    """' — contradicted by [3][5]' after a statement's citations; empty when nothing contradicts it."""
    if not xs:
        return Text()
    return Text.assemble(" — ", ("contradicted by ", "red"),
                         ("".join(f"[{x.cite.number}]" for x in xs), "bold red"))


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def _grid(rows: Sequence[tuple[Text, Text]], indent: int = 0) -> Table:
    """Two columns, the second wrapping under itself: a hanging indent for lists."""
    t = Table.grid(padding=(0, 1), expand=True)
    t.add_column(no_wrap=True)
    t.add_column(ratio=1)
    for left, right in rows:
        t.add_row(Text(" " * indent) + left, right)
    return t


def _none(what: str) -> Text:
    return Text(f"{what}: none found", style="dim")


def _header(v: StoryView, n: int, total: int) -> list:
    s = v.story
    title = s.title or "(untitled story)"
    # a rule, then the title on its own lines: a Rule would cut a long title short
    out: list = [Rule(characters="━", style="blue"), Text(f"Story {n}/{total}: {title}", style="bold")]
    indep = s.independent_sources or len(v.sources)
    out.append(Text(f"{plural(len(v.sources), 'article')} · {plural(indep, 'independent source')} · {v.date_range}"))
    out.append(Text(""))
    out.append(_heading("Sources"))
    rows = []
    for src in v.sources:
        line = Text.assemble((src.name, "bold"))
        if src.title:
            line.append(f" — {src.title}")
        if src.date:
            line.append(f" ({src.date})", style="dim")
        if src.url:
            line.append(f" {src.url}", style="dim")
        rows.append((Text(f"[{src.number}]", style="cyan"), line))
    out.append(_grid(rows))
    return out


def _summary(v: StoryView) -> list:
    if not v.report.summary:
        return [_none("Summary")]
    rows = []
    for n, s in enumerate(v.report.summary):
        rows.append((Text("•"), Text.assemble(s.text, " ", _cites(v.summary_cites(s)),
                                              _contradicted(v.summary_contradictions(s)))))
        rows += [(Text(""), Text.assemble(("≠ ", "bold yellow"), _dispute(note))) for note in v.summary_disputes(n)]
    return [_heading("Summary"), _grid(rows)]


def _dispute(note: DisputeNote) -> Text:
    """'Reports differ on the death toll: 38 [1][2] or 41 [3].' with each side's markers."""
    out = Text.assemble(("Reports differ", "bold yellow"), f" on {note.topic}: ")
    for i, (value, cites) in enumerate(note.sides):
        if i:
            out.append(" or " if i == len(note.sides) - 1 else ", ")
        out.append_text(Text.assemble((value, "bold"), " ", _cites(cites)))
    out.append(".")
    if note.kind:
        out.append(f" ({note.kind})", style="dim")
    return out


def _discrepancies(v: StoryView) -> list:
    if not v.report.discrepancies:
        return [_none("Discrepancies")]
    out: list = [_heading("Discrepancies")]
    for d in v.report.discrepancies:
        out.append(_grid([(Text("•", style="yellow"), Text.assemble((d.about, "bold yellow"), (f" ({d.kind})", "dim")))]))
        t = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), leading=1)
        t.add_column("Value", ratio=2, style="bold")
        t.add_column("Sources", ratio=3)
        t.add_column("Sentence", ratio=6)
        for c in d.claims:
            who = Text("\n").join(Text.assemble((f"[{x.number}] ", "cyan"), v.label(x.article))
                                  for x in v.cites(c.articles, c.mentions))
            t.add_row(Text(c.value), who, Text(c.text))
        out.append(Padding(t, (0, 0, 0, 2)))
    return out


def _diff(old: str, new: str, colored: bool) -> Text:
    out = Text()
    for p in word_diff(old, new):
        if p.op == "same":
            out.append(p.text)
        elif colored:
            out.append(p.text, style="red strike" if p.op == "del" else "green underline")
        else:
            out.append(f"[-{p.text}-]" if p.op == "del" else f"{{+{p.text}+}}")
        out.append(" " if p.after else "")
    return out


def _quotes(v: StoryView, colored: bool) -> list:
    if not v.report.quotes:
        return [_none("Quotes")]
    out: list = [_heading("Quotes")]
    for q in v.report.quotes:
        line = Text.assemble((q.speaker or "unknown speaker", "bold"), ": “", q.text, "” ",
                             _cites(v.cites(q.articles, q.mentions)))
        out.append(_grid([(Text("•"), line)]))
        said = v.attributions(q)
        if said:
            differ = v.speakers_differ(q)
            head = Text("speakers differ: " if differ else "attributed to: ", style="bold yellow" if differ else "dim")
            for i, a in enumerate(said):
                if i:
                    head.append("; ")
                head.append_text(Text.assemble((a.speaker or "no one named", "bold" if a.speaker else "dim"),
                                               " ", _cites(a.cites)))
            out.append(Padding(head, (0, 0, 0, 4)))
        for var in q.variants:
            flag = Text(" CHANGES MEANING", style="bold red") if var.changes_meaning else Text(" wording only", style="dim")
            head = Text.assemble("variant ", _cites(v.cites(var.articles, var.mentions)), flag)
            if var.changes:
                head.append(": " + "; ".join(var.changes))
            out.append(Padding(head, (0, 0, 0, 4)))
            out.append(Padding(_diff(q.text, var.text, colored), (0, 0, 0, 6)))
    return out


def _copies(v: StoryView) -> list:
    notes = v.copy_notes()
    if not notes:
        return [_none("Who copied whom")]
    t = Table(box=box.SIMPLE_HEAD, expand=True)
    t.add_column("Derived", ratio=2)
    t.add_column("Reuses", ratio=2)
    t.add_column("Kind")
    t.add_column("Share", justify="right")
    t.add_column("Credit")
    for n in notes:
        e = n.edge
        src = n.source.label + (f" via {e.origin}" if e.origin else "")
        t.add_row(f"[{n.derived.number}] {n.derived.label}", f"[{n.source.number}] {src}", e.kind,
                  f"{round(100 * e.share)}%", Text("yes", style="green") if e.credited else Text("no", style="red"))
    out: list = [_heading("Who copied whom"), t]
    rows = [(Text("!", style="bold red"), Text(n.text)) for ns in v.uncredited().values() for n in ns]
    if rows:
        out.append(_grid(rows, indent=1))
    return out


def _facts(v: StoryView, width: int) -> list:
    facts = v.facts_by_article()
    if not facts:
        return [_none("Facts by article")]
    t = Table(box=box.SIMPLE_HEAD, expand=True)
    t.add_column("Fact", ratio=1)
    grid = len(v.sources) <= MAX_MATRIX_SOURCES and width >= 60
    if grid:
        for src in v.sources:
            t.add_column(str(src.number), justify="center", width=2, no_wrap=True)
    else:
        t.add_column("Reported by", ratio=1)
    t.add_column("Indep.", justify="right", no_wrap=True)
    for f in facts[:MAX_FACTS]:
        cells: list = [Text(f.text)]
        if grid:
            cells += [_mark(f, s.article.id) for s in v.sources]
        else:
            cells.append(Text.assemble(_cites(v.fact_cites(f)), _contradicted(v.fact_contradictions(f))))
        cells.append(str(f.independent_sources))
        t.add_row(*cells)
    out: list = [_heading("Facts by article"), t]
    if grid and any(f.contradicted_by for f in facts[:MAX_FACTS]):
        out.append(Text.assemble("  ", ("●", "green"), " reports it  ", ("✗", "bold red"),
                                 " reports another value  ", ("·", "dim"), " not in the article", style="dim"))
    if len(facts) > MAX_FACTS:
        out.append(Text(f"  … and {len(facts) - MAX_FACTS} more facts (see --format json)", style="dim"))
    return out


def _mark(f, article_id: str) -> Text:
    """A facts-grid cell: the article reports the fact, another value of it, or neither."""
    if article_id in f.articles:
        return Text("●", style="green")
    if article_id in f.contradicted_by:
        return Text("✗", style="bold red")
    return Text("·", style="dim")


def _exclusives(v: StoryView) -> list:
    ex = v.exclusives()
    if not ex:
        return [_none("Exclusives")]
    out: list = [_heading("Exclusives (facts only one outlet reports)")]
    for src, facts in ex:
        out.append(Text.assemble((f"[{src.number}] ", "cyan"), (src.label, "bold")))
        rows = [(Text("•"), Text.assemble(f.text, _contradicted(v.fact_contradictions(f))))
                for f in facts[:MAX_EXCLUSIVES]]
        if len(facts) > MAX_EXCLUSIVES:
            rows.append((Text(" "), Text(f"… and {len(facts) - MAX_EXCLUSIVES} more", style="dim")))
        out.append(_grid(rows, indent=1))
    return out


def _timeline(v: StoryView) -> list:
    events = v.timeline()
    if not events:
        return [_none("Timeline")]
    t = Table(box=None, show_header=False, expand=True, padding=(0, 1))
    t.add_column("Date", no_wrap=True, style="bold")
    t.add_column("Event", ratio=1)
    for e in events:
        t.add_row(e.date, Text.assemble(e.text, " ", _cites(v.timeline_cites(e))))
    return [_heading("Timeline"), t]


def _names(v: StoryView) -> list:
    spelled = [e for e in v.report.entities if len(set(e.variants)) > 1]
    if not spelled:
        return []
    out: list = [_heading("Names spelled differently")]
    for e in spelled:
        out.append(_grid([(Text("•"), Text(f"{e.name} ({e.type}): " + " / ".join(dict.fromkeys(e.variants))))]))
    return out


def _rejected(rejected: Sequence[Rejection]) -> list:
    if not rejected:
        return []
    out: list = [Rule(Text(f"Rejected inputs ({len(rejected)})", style="bold red"), align="left")]
    for r in rejected:
        out.append(Text.assemble(("✗ ", "red"), (r.source, "bold"), f": {r.reason} ", (f"({r.stage})", "dim")))
    return out


def render_terminal(report: Report, width: int | None = None, color: bool | None = None) -> str:
    console, buf = _console(width, color)
    colored = use_color(color)
    if not report.stories:
        console.print(Text("No stories found.", style="bold"))
    total = len(report.stories)
    for n, r in enumerate(report.stories, 1):
        v = StoryView(r)
        blocks = _header(v, n, total)
        for section in (_summary(v), _discrepancies(v), _quotes(v, colored), _copies(v),
                        _facts(v, console.width), _exclusives(v), _timeline(v), _names(v)):
            if section:
                blocks += [Text("")] + section
        console.print(Group(*blocks))
        console.print()
    for block in _rejected(report.rejected):
        console.print(block)
    return _rstrip(buf.getvalue())


def render_clusters_terminal(
    stories: Sequence[Story],
    articles_by_id: dict[str, Article],
    rejected: Sequence[Rejection],
    width: int | None = None,
    color: bool | None = None,
) -> str:
    """`accord cluster`: each story with its articles, near-duplicates marked."""
    console, buf = _console(width, color)
    console.print(Text(f"{plural(len(stories), 'story', 'stories')} from {plural(len(articles_by_id), 'article')}", style="bold"))
    for n, s in enumerate(stories, 1):
        arts = [articles_by_id[i] for i in s.articles if i in articles_by_id]
        dup_of = {d: k for k, d in s.duplicates}
        console.print()
        console.print(Rule(characters="━", style="blue"))
        console.print(Text(f"Story {n}: {s.title or '(untitled story)'}", style="bold"))
        indep = s.independent_sources or len(arts)
        console.print(Text(f"{plural(len(arts), 'article')} · {plural(indep, 'independent source')} · {date_range(arts)}"))
        t = Table(box=box.SIMPLE_HEAD, expand=True)
        t.add_column("Outlet", ratio=1)
        t.add_column("Title", ratio=3)
        t.add_column("Date", no_wrap=True)
        t.add_column("Id", ratio=1, overflow="fold")
        for a in arts:
            title = Text(a.title or "")
            if a.id in dup_of:
                title.append(f" (duplicate of {dup_of[a.id]})", style="yellow")
            t.add_row(a.outlet or "", title, a.published.isoformat() if a.published else "", Text(a.id, style="dim"))
        console.print(t)
    for block in _rejected(rejected):
        console.print(block)
    return _rstrip(buf.getvalue())


def _rstrip(text: str) -> str:
    """Without the padding rich leaves at line ends (it breaks copy and paste)."""
    return "\n".join(line.rstrip() for line in text.split("\n"))
