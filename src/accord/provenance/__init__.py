"""provenance: who copied whom, and how many independent sources a story has (issue 6)."""
from __future__ import annotations

from accord.provenance.groups import independent_count, source_groups


def detect_provenance(articles, sentences, encoder):
    return ()


__all__ = ["detect_provenance", "independent_count", "source_groups"]
