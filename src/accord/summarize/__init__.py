"""summarize: the cited consensus summary, its disputed points stated as such, and each
article's exclusive facts (issues 4 and 13)."""
from __future__ import annotations

from accord.summarize.quality import wording_quality
from accord.summarize.select import exclusive_facts, summarize, summary_with_disputes

__all__ = ["exclusive_facts", "summarize", "summary_with_disputes", "wording_quality"]
