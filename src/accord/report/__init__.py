"""report: render a Report as terminal text, Markdown, JSON or a self-contained HTML page."""
from __future__ import annotations

from collections.abc import Sequence

from accord.report.json_format import clusters_dict, dumps, report_dict
from accord.types import Article, Rejection, Report, Story

FORMATS = ("terminal", "md", "json", "html")


def render(report: Report, fmt: str, *, width: int | None = None, color: bool | None = None) -> str:
    """The report as text in `fmt` (one of FORMATS)."""
    if fmt == "json":
        return dumps(report_dict(report))
    if fmt == "md":
        from accord.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from accord.report.html import render_html

        return render_html(report)
    if fmt == "terminal":
        from accord.report.terminal import render_terminal

        return render_terminal(report, width=width, color=color)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")


def render_clusters(
    stories: Sequence[Story],
    articles: Sequence[Article],
    rejected: Sequence[Rejection],
    fmt: str,
    *,
    width: int | None = None,
    color: bool | None = None,
) -> str:
    by_id = {a.id: a for a in articles}
    if fmt == "json":
        return dumps(clusters_dict(list(stories), by_id, rejected))
    if fmt == "terminal":
        from accord.report.terminal import render_clusters_terminal

        return render_clusters_terminal(stories, by_id, rejected, width=width, color=color)
    raise ValueError(f"format must be terminal or json for clusters; got {fmt!r}")
