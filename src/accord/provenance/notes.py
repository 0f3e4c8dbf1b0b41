"""Per-article notes for the reports: which articles are uncredited copies or spins, of what.

A reader weighing sources needs to know, next to each article, that it is not independent:
"uncredited copy of [BBC] (62% of its text)", "spun rewrite of 002". Credited copies and
shared wire copy get no note: reprinting agency copy with its credit is ordinary practice.

What it does not do: it does not render anything (report/ does) nor decide edges (detect.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from accord.types import Article, ProvenanceEdge


def article_notes(
    edges: Iterable[ProvenanceEdge], articles: Sequence[Article] = ()
) -> dict[str, str]:
    """{article id: note} for every article that is an uncredited copy, a spin or a duplicate
    of another; several notes for one article are joined with "; ". `articles` lend their
    outlet names to the notes (ids otherwise)."""
    by_id = {a.id: a for a in articles}
    notes: dict[str, list[str]] = {}
    for e in sorted(edges, key=lambda e: (-e.share, e.source, e.derived)):
        note = _note(e, _label(e.source, by_id))
        if note:
            notes.setdefault(e.derived, []).append(note)
    return {aid: "; ".join(ns) for aid, ns in notes.items()}


def _label(article_id: str, by_id: dict[str, Article]) -> str:
    art = by_id.get(article_id)
    if art is not None and art.outlet:
        return f"{art.outlet} ({article_id})"
    return article_id


def _note(e: ProvenanceEdge, source: str) -> str | None:
    share = f" ({round(100 * e.share)}% of its text)" if e.share > 0 else ""
    credit = "credited" if e.credited else "uncredited"
    if e.kind == "spun":
        return f"spun ({credit}) rewrite of {source}{share}"
    if e.kind == "duplicate":
        return f"duplicate of {source}" + ("" if e.credited else ", uncredited")
    if e.kind == "copy" and not e.credited:
        return f"uncredited copy of {source}{share}"
    if e.kind == "shared" and not e.credited:
        origin = e.origin or "an outside origin"
        return f"uncredited copy of {origin} text, also in {source}{share}"
    return None
