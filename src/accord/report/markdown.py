"""The Markdown report: the terminal report's content, for pasting into a document or a ticket.

Every statement carries numbered citations ([1], [2] ...) that resolve to the story's sources
list (outlet, title, date, URL when it is a plain http(s) URL); a summary sentence or fact that
some articles report with another value ends "— contradicted by [3]", and a summary sentence is
followed by "≠ **Reports differ** on ...: **A** [1][2] or **B** [3]." for the point it takes a
side of. Quote variants show word changes as ~~deleted~~ and **inserted** words; when articles
name different speakers for a quotation, who each says spoke is listed under it.

What it does not do: it does not embed article text beyond the cited sentences (the JSON and
HTML reports carry the full cleaned text). Article text is escaped (Markdown punctuation and
raw HTML), so a hostile article cannot inject links, images or markup into the rendered page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accord.report.view import Cite, Contradiction, DisputeNote, StoryView, plural, word_diff
from accord.types import Report

# The characters that can start markup inside a line (CommonMark + GFM tables and strikethrough).
# "(" and "!" need no escape: links and images cannot start once "[" is escaped; ">" only
# quotes at a line start, which escaped text never is, and no tag can open without "<".
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<#|~])")
MAX_FACTS = 40  # display cap; the JSON holds every fact


def esc(text: str | None) -> str:
    """`text` as literal Markdown inline text: one line, markup characters escaped."""
    text = " ".join((text or "").split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A line-start "1." or "-" cannot occur inside a paragraph after the join; HTML entities can:
    return text.replace("&", "&amp;")


def cites(cs: Sequence[Cite]) -> str:
    return "".join(f"[{c.number}]" for c in cs)


def contradicted(xs: Sequence[Contradiction]) -> str:
    """' — contradicted by [3][5]' after a statement's citations; '' when nothing contradicts it."""
    return f" — contradicted by {cites([x.cite for x in xs])}" if xs else ""


def _header(v: StoryView, n: int) -> list[str]:
    s = v.story
    indep = s.independent_sources or len(v.sources)
    return [
        f"## {n}. {esc(s.title) or '(untitled story)'}",
        "",
        f"**{plural(len(v.sources), 'article')} · {plural(indep, 'independent source')} · {esc(v.date_range)}**",
        "",
    ]


def _summary(v: StoryView) -> list[str]:
    out = ["### Summary", ""]
    if not v.report.summary:
        return out + ["_No summary: the sources share no facts._", ""]
    for n, s in enumerate(v.report.summary):
        out.append(f"- {esc(s.text)} {cites(v.summary_cites(s))}{contradicted(v.summary_contradictions(s))}")
        out += [f"  - ≠ {dispute(note)}" for note in v.summary_disputes(n)]
    return out + [""]


def dispute(note: DisputeNote) -> str:
    """'**Reports differ** on the death toll: **38** [1][2] or **41** [3].'"""
    parts = [f"**{esc(value)}** {cites(cs)}" for value, cs in note.sides]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]
    kind = f" ({esc(note.kind)})" if note.kind else ""
    return f"**Reports differ** on {esc(note.topic)}: {listed}.{kind}"


def _discrepancies(v: StoryView) -> list[str]:
    out = ["### Discrepancies", ""]
    if not v.report.discrepancies:
        return out + ["_None found._", ""]
    for d in v.report.discrepancies:
        out += [f"**{esc(d.about)}** ({esc(d.kind)})", "", "| Value | Sources | Sentence |", "|---|---|---|"]
        for c in d.claims:
            cs = v.cites(c.articles, c.mentions)
            who = ", ".join(f"[{x.number}] {esc(v.label(x.article))}" for x in cs)
            out.append(f"| {esc(c.value)} | {who} | {esc(c.text)} |")
        out.append("")
    return out


def diff_md(old: str, new: str) -> str:
    parts = []
    for p in word_diff(old, new):
        t = esc(p.text)
        parts.append(t if p.op == "same" else f"~~{t}~~" if p.op == "del" else f"**{t}**")
        parts.append(" " if p.after else "")
    return "".join(parts).strip()


def _quotes(v: StoryView) -> list[str]:
    out = ["### Quotes", ""]
    if not v.report.quotes:
        return out + ["_None found._", ""]
    for q in v.report.quotes:
        out.append(f"- **{esc(q.speaker or 'unknown speaker')}**: “{esc(q.text)}” {cites(v.cites(q.articles, q.mentions))}")
        said = v.attributions(q)
        if said:
            head = "**speakers differ**" if v.speakers_differ(q) else "attributed to"
            who = "; ".join(f"{'**' + esc(a.speaker) + '**' if a.speaker else '_no one named_'} {cites(a.cites)}"
                            for a in said)
            out.append(f"  - {head}: {who}")
        for var in q.variants:
            flag = "**changes meaning**" if var.changes_meaning else "wording only"
            what = f" ({esc('; '.join(var.changes))})" if var.changes else ""
            out.append(f"  - variant {cites(v.cites(var.articles, var.mentions))}, {flag}{what}: "
                       f"{diff_md(q.text, var.text)}")
    return out + [""]


def _copies(v: StoryView) -> list[str]:
    out = ["### Who copied whom", ""]
    notes = v.copy_notes()
    if not notes:
        return out + ["_No reused text found: the articles are independent._", ""]
    out += ["| Derived | Reuses | Kind | Share | Credited |", "|---|---|---|---:|---|"]
    for n in notes:
        e = n.edge
        via = f" via {esc(e.origin)}" if e.origin else ""
        out.append(f"| [{n.derived.number}] {esc(n.derived.label)} | [{n.source.number}] {esc(n.source.label)}{via} "
                   f"| {e.kind} | {round(100 * e.share)}% | {'yes' if e.credited else '**no**'} |")
    out.append("")
    for ns in v.uncredited().values():
        out += [f"> ⚠ {esc(n.text)}" for n in ns]
        out.append("")
    return out


def _facts(v: StoryView) -> list[str]:
    out = ["### Facts by article", ""]
    facts = v.facts_by_article()
    if not facts:
        return out + ["_None found._", ""]
    out += ["| Fact | Reported by | Independent sources |", "|---|---|---:|"]
    for f in facts[:MAX_FACTS]:
        out.append(f"| {esc(f.text)} | {cites(v.fact_cites(f))}{contradicted(v.fact_contradictions(f))} "
                   f"| {f.independent_sources} |")
    if len(facts) > MAX_FACTS:
        out += ["", f"_… and {len(facts) - MAX_FACTS} more facts in the JSON report._"]
    return out + [""]


def _exclusives(v: StoryView) -> list[str]:
    out = ["### Exclusives", ""]
    ex = v.exclusives()
    if not ex:
        return out + ["_None found._", ""]
    for src, facts in ex:
        out.append(f"- **[{src.number}] {esc(src.label)}**")
        out += [f"  - {esc(f.text)}{contradicted(v.fact_contradictions(f))}" for f in facts]
    return out + [""]


def _timeline(v: StoryView) -> list[str]:
    out = ["### Timeline", ""]
    events = v.timeline()
    if not events:
        return out + ["_None found._", ""]
    out += ["| Date | Event |", "|---|---|"]
    for e in events:
        out.append(f"| {esc(e.date)} | {esc(e.text)} {cites(v.timeline_cites(e))} |")
    return out + [""]


def _sources(v: StoryView) -> list[str]:
    out = ["### Sources", ""]
    for s in v.sources:
        parts = [f"**{esc(s.name)}**"]
        if s.title:
            parts.append(f"“{esc(s.title)}”")
        if s.date:
            parts.append(s.date)
        if s.url:
            parts.append(f"<{s.url}>")
        else:
            parts.append(f"`{s.article.source.replace('`', '')}`")
        out.append(f"- [{s.number}] " + ", ".join(parts))
    return out + [""]


def render_markdown(report: Report) -> str:
    n_articles = sum(len(r.articles) for r in report.stories)
    lines = ["# accord report", "",
             f"{plural(len(report.stories), 'story', 'stories')} from {plural(n_articles, 'article')}"
             + (f"; {plural(len(report.rejected), 'input')} rejected" if report.rejected else "") + ".", ""]
    if len(report.stories) > 1:
        lines += [f"{n}. {esc(r.story.title) or '(untitled story)'}" for n, r in enumerate(report.stories, 1)]
        lines.append("")
    for n, r in enumerate(report.stories, 1):
        v = StoryView(r)
        lines += _header(v, n)
        for section in (_summary, _discrepancies, _quotes, _copies, _facts, _exclusives, _timeline, _sources):
            lines += section(v)
    if report.rejected:
        lines += ["## Rejected inputs", ""]
        lines += [f"- `{r.source.replace('`', '')}`: {esc(r.reason)} ({esc(r.stage)})" for r in report.rejected]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
