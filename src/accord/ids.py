"""Stable identifiers: re-reading the same input gives the same ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def digest(*parts: str, length: int = 16) -> str:
    h = hashlib.sha1()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:length]


def record_id(source: str, content: str) -> str:
    """Id of a record that has none of its own (feed entry, JSONL line, WARC record, URL)."""
    return digest(source, content)


def story_id(article_ids: Iterable[str]) -> str:
    """A story's id, from its first (earliest) article: stable while the story grows."""
    ids = list(article_ids)
    return "story-" + digest(ids[0] if ids else "", length=10)
