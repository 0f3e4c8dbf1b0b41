"""summarize: the cited consensus summary and each article's exclusive facts (issue 4)."""
from __future__ import annotations

from accord.summarize.quality import wording_quality
from accord.summarize.select import exclusive_facts, summarize

__all__ = ["exclusive_facts", "summarize", "wording_quality"]
