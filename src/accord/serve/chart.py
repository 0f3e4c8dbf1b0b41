"""A small horizontal bar chart laid out on the server, drawn as inline SVG by the templates.

No JavaScript and no chart library: the geometry is computed here and the template writes
<rect> and <text> elements (values escaped like any other). Used for an outlet's track record,
where one glance at the bars says more than the table (many copies, few facts of its own).

What it does not do: axes, scales other than linear from zero, or anything interactive.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_W, BAR_W, ROW_H, GAP, VALUE_W = 140.0, 200.0, 22.0, 6.0, 40.0  # 380 px: a phone shows it unscaled


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: float
    width: float  # of the bar, in px
    warn: bool


@dataclass(frozen=True)
class BarChart:
    width: float
    height: float
    label_w: float
    row_h: float
    bars: tuple[Bar, ...]
    title: str


def bar_chart(rows: list[tuple[str, int]], title: str, warn: frozenset[str] = frozenset()) -> BarChart:
    """Bars for `rows` ((label, count), in order), scaled to the largest count; labels in
    `warn` are drawn in the warning colour."""
    top = max((v for _, v in rows), default=0) or 1
    bars = tuple(Bar(label, v, i * (ROW_H + GAP), BAR_W * v / top, label in warn) for i, (label, v) in enumerate(rows))
    height = len(rows) * (ROW_H + GAP) - GAP if rows else 0
    return BarChart(LABEL_W + BAR_W + VALUE_W, max(height, 0), LABEL_W, ROW_H, bars, title)
