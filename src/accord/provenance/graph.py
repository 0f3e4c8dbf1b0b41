"""Edges reconciled across a story: what one pair cannot see alone.

- A spin of one copy of a text is a spin of its other copies too (`spread_spin`).
- Copies explained by a common source are not linked to each other (`drop_explained`): B and C
  both copying A make two edges, not three, as in a transitive reduction of the reuse graph;
  a group of duplicates counts as one source.
- Edges among reuses of one named outside origin carry that origin (`propagate_origin`).

What it does not do: it does not find reuse between a pair (detect.py, text.py, paraphrase.py).
"""

from __future__ import annotations

from dataclasses import replace

from accord import settings
from accord.provenance import credits as cr
from accord.provenance.groups import source_groups
from accord.types import Article, Passage, ProvenanceEdge


def spread_spin(edges: list[ProvenanceEdge], by_id: dict[str, Article]) -> list[ProvenanceEdge]:
    """Spinning is a property of the spun text: when X is a spin of Y, and Z holds the same
    text as Y verbatim, then X's reuse of Z's copy is a spin too (its few verbatim stretches are
    the words the spinner left alone), so the X-Z edge becomes spun with X derived."""
    spun_of: dict[str, set[str]] = {}
    for e in edges:
        if e.kind == "spun":
            spun_of.setdefault(e.derived, set()).add(e.source)
    verbatim = {frozenset((e.source, e.derived)): e for e in edges if e.kind != "spun"}
    out = []
    for e in edges:
        if e.kind != "spun":
            for x, z in ((e.source, e.derived), (e.derived, e.source)):
                witness = next(
                    (
                        verbatim[frozenset((y, z))]
                        for y in sorted(spun_of.get(x, ()))
                        if frozenset((y, z)) in verbatim and _within(e, z, verbatim[frozenset((y, z))], 0.5)
                    ),
                    None,
                )
                if witness is not None:
                    flipped = x == e.source
                    names = cr.outlet_names(by_id[z]) or cr.named_origins(by_id[z]) + [e.origin or ""]
                    e = replace(
                        e,
                        source=z,
                        derived=x,
                        kind="spun",
                        credited=cr.credits_name(by_id[x], [n for n in names if n], strong=True),
                        score=round(0.8 * e.score, 3),
                        passages=tuple(Passage(p.derived, p.source) for p in e.passages) if flipped else e.passages,
                    )
                    break
        out.append(e)
    return out


def drop_explained(edges: list[ProvenanceEdge], by_id: dict[str, Article]) -> list[ProvenanceEdge]:
    """Drop the edges that a common source explains: B and C both copying A is two edges, not
    three; and a third article reusing one of two duplicates links to one of them only. An edge
    whose derived article credits the source's own outlet stays: the credit says which was used."""
    def protected(e: ProvenanceEdge) -> bool:
        return e.credited and bool(cr.outlet_names(by_id[e.source]))

    dups = [e for e in edges if e.kind == "duplicate"]
    ids = sorted({a for e in dups for a in (e.source, e.derived)})
    group = source_groups(ids, dups)
    derived_dup = {e.derived for e in dups}
    rep: dict[str, str] = {}
    for a in ids:  # the group's first publication: never the derived side of a duplicate edge
        if a not in derived_dup or group[a] not in rep:
            rep[group[a]] = a if a not in derived_dup else rep.get(group[a], a)
    # per pair of nodes (a group of duplicates is one node): the edges between them
    def node_of(a: str) -> str:
        return rep[group[a]] if a in group else a

    links: dict[frozenset[str], list[ProvenanceEdge]] = {}
    for e in edges:
        if e.kind != "duplicate":
            links.setdefault(frozenset((node_of(e.source), node_of(e.derived))), []).append(e)
    dropped: set[int] = set()
    for key, es in links.items():
        between_reps = [e for e in es if {e.source, e.derived} <= key]
        credited = [e for e in es if protected(e)]
        # every credited edge stays: each derived article says itself which text it used
        keep = credited if credited else (between_reps or es[:1])
        dropped.update(id(e) for e in es if e not in keep)
    kept = [e for e in edges if id(e) not in dropped]
    # a group of duplicates is one source: what any of them passed on, the group passed on
    node = {a: group.get(a, a) for e in edges for a in (e.source, e.derived)}
    reach: dict[str, dict[str, ProvenanceEdge]] = {}
    for e in edges:
        if e.kind not in ("shared", "duplicate"):
            reach.setdefault(node[e.source], {}).setdefault(e.derived, e)
    out = []
    for e in kept:
        explained = not protected(e) and any(
            e.source in to
            and e.derived in to
            and _within(e, e.source, to[e.source])
            and _within(e, e.derived, to[e.derived])
            and not _own_material(e, to[e.source], to[e.derived])
            for z, to in reach.items()
            if z not in (node[e.source], node[e.derived])
        )
        if not explained:
            out.append(e)
    return out


def _own_material(e: ProvenanceEdge, f_source: ProvenanceEdge, f_derived: ProvenanceEdge) -> bool:
    """Whether e carries, at both ends, a stretch that the common source's edges do not: then e's
    derived article took it from e's source (a spin that keeps the paragraph a reprint added to
    the wire), and the common source does not explain e."""
    need = settings.PROVENANCE_OWN_MATERIAL_CHARS
    return _outside(e, e.source, f_source) >= need and _outside(e, e.derived, f_derived) >= need


def _outside(e: ProvenanceEdge, article: str, f: ProvenanceEdge) -> int:
    mine = [p.source if p.source.article == article else p.derived for p in e.passages]
    theirs = [p.derived if p.derived.article == article else p.source for p in f.passages]
    total = sum(s.end - s.start for s in mine)
    return total - sum(max(0, min(s.end, t.end) - max(s.start, t.start)) for s in mine for t in theirs)


def _within(e: ProvenanceEdge, article: str, f: ProvenanceEdge, share: float = 0.8) -> bool:
    """Whether e's passages in `article` lie mostly (`share`) inside f's passages there."""
    mine = [p.source if p.source.article == article else p.derived for p in e.passages]
    theirs = [p.derived if p.derived.article == article else p.source for p in f.passages]
    total = sum(s.end - s.start for s in mine)
    inside = sum(max(0, min(s.end, t.end) - max(s.start, t.start)) for s in mine for t in theirs)
    return total > 0 and inside >= share * total


def propagate_origin(edges: list[ProvenanceEdge], by_id: dict[str, Article]) -> list[ProvenanceEdge]:
    """Edges among articles that reuse one named origin carry that origin too (the spin of a
    credited copy reuses the same outside text), unless it is one of their own outlets."""
    groups = source_groups(sorted(by_id), edges)
    origins: dict[str, list[str]] = {}
    for e in edges:
        if e.origin:
            bucket = origins.setdefault(groups[e.source], [])
            if not any(cr.same_outlet(e.origin, o) for o in bucket):
                bucket.append(e.origin)
    out = []
    for e in edges:
        named = origins.get(groups[e.source], [])
        if e.origin is None and len(named) == 1 and e.kind in ("spun", "shared"):
            own = cr.outlet_names(by_id[e.source]) + cr.outlet_names(by_id[e.derived])
            if not any(cr.same_outlet(named[0], n) for n in own):
                e = replace(e, origin=named[0])
        out.append(e)
    return out

