"""Independent sources: articles linked by reuse edges count once (union-find over the edges)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from accord.types import ProvenanceEdge


def source_groups(article_ids: Sequence[str], edges: Iterable[ProvenanceEdge]) -> dict[str, str]:
    """Map each article id to a representative of its group of reuse-linked articles.

    Every edge kind (duplicate, copy, spun, shared) means the two texts have one origin, so the
    two articles are not independent confirmation of each other.
    """
    parent = {a: a for a in article_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        if e.source in parent and e.derived in parent:
            ra, rb = find(e.source), find(e.derived)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {a: find(a) for a in article_ids}


def independent_count(article_ids: Iterable[str], groups: dict[str, str]) -> int:
    """How many independent sources the given articles amount to."""
    return len({groups.get(a, a) for a in article_ids})


def spun_articles(edges: Iterable[ProvenanceEdge]) -> frozenset[str]:
    """The articles that are machine-style rewrites of another (the derived side of a "spun"
    edge): their wording stands last wherever a fact, a summary or a quote is worded."""
    return frozenset(e.derived for e in edges if e.kind == "spun")
