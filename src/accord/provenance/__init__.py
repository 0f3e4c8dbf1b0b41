"""provenance: who copied whom, and how many independent sources a story has (issue 6).

    detect_provenance(articles, sentences, encoder) -> tuple[ProvenanceEdge, ...]
    source_groups(article_ids, edges) / independent_count(ids, groups)   # copies count once
    article_notes(edges, articles) -> {article id: note}                 # uncredited copies, spins
"""
from __future__ import annotations

from accord.provenance.detect import detect_provenance
from accord.provenance.groups import independent_count, source_groups
from accord.provenance.notes import article_notes

__all__ = ["article_notes", "detect_provenance", "independent_count", "source_groups"]
