"""provenance: who copied whom (issue 6)."""
from __future__ import annotations


def detect_provenance(articles, sentences, encoder):
    return ()
