"""The HTML report: one self-contained page, safe to open whatever the articles contain.

One file, no network: CSS and a few lines of JS are inline, the who-copied-whom graph is inline
SVG laid out here, there are no fonts, images or CDNs. The page has a story index and, per
story, the cited summary (each citation opens the cited article with the cited span
highlighted; the articles that report another value follow as red "contradicted by" citations,
each opening the sentence where it says so, with a link to the discrepancy that lists it; the
point a sentence takes a side of follows as "Reports differ on ...: A [1][2] or B [3]."), the
discrepancy table, quotes with word-level differences (<ins>/<del>) and, when articles name
different speakers, who each says spoke, the
who-copied-whom graph, the timeline, facts by article, exclusives, and every article's cleaned
text with what cleaning removed.

Safety: article text is untrusted input from the open web. Every value reaches the page through
jinja2 with autoescape on, only http(s) URLs become links (view.safe_url), and DOM ids are made
from numbers, never from input. Highlighting needs no HTML parsing: each article's text is
pre-split server-side at every cited offset into <span data-o=start> chunks, and the script only
toggles a class on the chunks inside [start, end). As a second wall, a Content-Security-Policy
allows only this page's own script and style (by hash): even a bug in escaping could not run
injected code or fetch anything.

What it does not do: no interactivity beyond opening and highlighting (no search, no filters).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from accord import __version__
from accord.report.view import Cite, Contradiction, Source, StoryView, plural, short, word_diff
from accord.types import Report

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Chunk:
    start: int
    text: str


@dataclass(frozen=True)
class Node:
    source: Source
    x: float
    y: float
    w: float
    h: float
    label: str


@dataclass(frozen=True)
class Edge:
    path: str
    kind: str
    label: str
    lx: float
    ly: float
    directed: bool
    title: str


@dataclass(frozen=True)
class Graph:
    width: float
    height: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    independent: tuple[Source, ...]


def chunks(text: str, spans: set[tuple[int, int]]) -> list[Chunk]:
    """`text` split at every span boundary, so any cited span is a run of whole chunks."""
    cuts = sorted({0, len(text), *(b for s in spans for b in s if 0 <= b <= len(text))})
    return [Chunk(a, text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]


# ----------------------------------------------------------------------------- graph layout
NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD, BOW = 190.0, 38.0, 100.0, 34.0, 12.0, 90.0


def _depths(ids: list[str], edges) -> dict[str, int]:
    """Longest-path layer of each article over directed edges (sources left, copies right).

    A plain layered ("Sugiyama"-style, first phase only) layout; cycles, which a provenance
    detector should not produce, are cut by capping the iterations at the node count.
    """
    depth = dict.fromkeys(ids, 0)
    for _ in range(len(ids)):
        changed = False
        for e in edges:
            if e.kind != "shared" and depth[e.derived] < depth[e.source] + 1:
                depth[e.derived] = min(depth[e.source] + 1, len(ids) - 1)
                changed = True
        if not changed:
            break
    return depth


def _bezier(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    """The point at `t` of a cubic Bezier curve (for placing an edge's label on it)."""
    u = 1 - t
    return tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
                 for a, b, c, d in zip(p0, p1, p2, p3))


def graph(v: StoryView) -> Graph | None:
    """Who copied whom as a layered drawing: sources left, articles reusing them to the right.

    Directed edges (duplicate, copy, spun) are arrows source -> derived; "shared" edges (both
    reuse an origin outside the collection) are dashed, undirected, and bow out to the left of
    their layer. Articles without any edge are listed beside the drawing, not drawn.
    """
    notes = v.copy_notes()
    if not notes:
        return None
    involved = {x for n in notes for x in (n.source.article.id, n.derived.article.id)}
    srcs = [s for s in v.sources if s.article.id in involved]
    depth = _depths([s.article.id for s in srcs], [n.edge for n in notes])
    cols: dict[int, list[Source]] = {}
    for s in srcs:
        cols.setdefault(depth[s.article.id], []).append(s)
    left = PAD + (BOW if any(n.edge.kind == "shared" for n in notes) else 0)
    nodes: dict[str, Node] = {}
    for c, members in sorted(cols.items()):
        for r, s in enumerate(members):
            nodes[s.article.id] = Node(s, left + c * (NODE_W + COL_GAP), PAD + r * (NODE_H + ROW_GAP),
                                       NODE_W, NODE_H, short(f"[{s.number}] {s.label}", 24))
    edges = []
    for n in notes:
        a, b = nodes[n.source.article.id], nodes[n.derived.article.id]
        e = n.edge
        if e.kind == "shared" or a.x == b.x:  # bow out to the left of the layer
            p0, p3 = (a.x, a.y + a.h / 2), (b.x - (4 if e.kind != "shared" else 0), b.y + b.h / 2)
            cx = min(a.x, b.x) - BOW * 0.75
            p1, p2 = (cx, p0[1]), (cx, p3[1])
            t = 0.5
        else:
            p0, p3 = (a.x + a.w, a.y + a.h / 2), (b.x - 4, b.y + b.h / 2)
            mx = (p0[0] + p3[0]) / 2
            p1, p2 = (mx, p0[1]), (mx, p3[1])
            t = 0.3  # labels near their source end, so edges into one article do not stack them
        path = f"M{p0[0]:.0f},{p0[1]:.0f} C{p1[0]:.0f},{p1[1]:.0f} {p2[0]:.0f},{p2[1]:.0f} {p3[0]:.0f},{p3[1]:.0f}"
        lx, ly = _bezier(p0, p1, p2, p3, t)
        label = f"{e.kind} {round(100 * e.share)}%" if e.share else e.kind
        edges.append(Edge(path, e.kind, label, lx, ly - 4, e.kind != "shared", n.text))
    width = left + PAD + (max(cols) + 1) * NODE_W + max(cols) * COL_GAP
    height = PAD * 2 + max(len(m) for m in cols.values()) * (NODE_H + ROW_GAP) - ROW_GAP
    independent = tuple(s for s in v.sources if s.article.id not in involved)
    return Graph(width, height, tuple(nodes.values()), tuple(edges), independent)


# ----------------------------------------------------------------------------- page
@dataclass(frozen=True)
class ArticleView:
    source: Source
    dom_id: str
    chunks: tuple[Chunk, ...]


class StoryPage:
    """A StoryView plus what only the page needs: DOM ids, text chunks, graph, diffs."""

    def __init__(self, v: StoryView, n: int):
        self.v, self.n, self.dom_id = v, n, f"story-{n}"
        spans = v.cited_spans()
        self.articles = [
            ArticleView(s, self.art_id(s.number), tuple(chunks(s.article.text, spans.get(s.article.id, set()))))
            for s in v.sources
        ]
        self.graph = graph(v)

    def art_id(self, number: int) -> str:
        return f"s{self.n}-a{number}"

    def cite_attrs(self, c: Cite) -> dict:
        label = self.v.label(c.article)
        return {"href": "#" + self.art_id(c.number), "art": self.art_id(c.number), "start": c.start, "end": c.end,
                "number": c.number, "label": label, "title": label}

    def cites(self, articles, mentions=()) -> list[dict]:
        return [self.cite_attrs(c) for c in self.v.cites(articles, mentions)]

    def summary_cites(self, s) -> list[dict]:
        return [self.cite_attrs(c) for c in self.v.summary_cites(s)]

    def fact_cites(self, f) -> list[dict]:
        return [self.cite_attrs(c) for c in self.v.fact_cites(f)]

    def timeline_cites(self, e) -> list[dict]:
        return [self.cite_attrs(c) for c in self.v.timeline_cites(e)]

    def exclusive_cites(self, src: Source, f) -> list[dict]:
        return self.cites([src.article.id], [m for m in f.mentions if m.article == src.article.id])

    def summary_disputes(self, index: int) -> list[dict]:
        """The disputed points stated after summary sentence `index`: each side's value and
        markers, and a link to the discrepancy that lists them."""
        out = []
        for note in self.v.summary_disputes(index):
            sides = []
            for value, cs in note.sides:
                attrs = [self.cite_attrs(c) for c in cs]
                for a in attrs:
                    a["title"] = f"{a['label']} reports {value}"
                sides.append({"value": value, "cites": attrs})
            href = "#" + self.dispute_id(note.discrepancy) if note.discrepancy is not None else None
            out.append({"topic": note.topic, "sides": sides, "kind": note.kind, "href": href})
        return out

    def attributions(self, q) -> list[dict]:
        """Who each article says spoke `q` (empty when all name its speaker)."""
        return [{"speaker": a.speaker, "cites": [self.cite_attrs(c) for c in a.cites]}
                for a in self.v.attributions(q)]

    def dispute_id(self, index: int) -> str:
        """The DOM id of the story's discrepancy at `index` (0-based): s1-d1, s1-d2 ..."""
        return f"s{self.n}-d{index + 1}"

    def contradictions(self, xs: list[Contradiction]) -> list[dict]:
        """Contradicting citations grouped by the discrepancy that lists their articles (in the
        order of their first article), so "1 2 3 4 DATE" shows once, not one badge per article;
        articles no discrepancy lists form a group with no dispute."""
        groups: dict[int | None, dict] = {}
        for x in xs:
            attrs = self.cite_attrs(x.cite)
            said = f": {x.value}" if x.value else ""
            attrs["title"] = f"{attrs['label']} reports another value{said}"
            if x.discrepancy not in groups:
                d = self.v.report.discrepancies[x.discrepancy] if x.discrepancy is not None else None
                groups[x.discrepancy] = {"cites": [], "dispute": d and {
                    "href": "#" + self.dispute_id(x.discrepancy), "kind": d.kind, "about": d.about}}
            groups[x.discrepancy]["cites"].append(attrs)
        return list(groups.values())


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every {{ }} is escaped; nothing in the templates uses |safe on input
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(word_diff=word_diff, plural=plural)
    return env


def render_html(report: Report) -> str:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    stories = [StoryPage(StoryView(r), n) for n, r in enumerate(report.stories, 1)]
    return _env().get_template("report.html.j2").render(
        stories=stories,
        rejected=report.rejected,
        n_articles=sum(len(p.v.sources) for p in stories),
        css=Markup(css),  # our own files, not input: inserted verbatim so the CSP hashes match
        js=Markup(js),
        csp=csp,
        version=__version__,
    )
