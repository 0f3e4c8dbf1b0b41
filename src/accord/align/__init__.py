"""align: sentences aligned across articles into facts (issue 4)."""
from __future__ import annotations


def align_facts(articles, sentences, encoder, provenance):
    return ()
