"""align: sentences aligned across articles into facts (issue 4)."""
from __future__ import annotations

from accord.align.facts import align_facts, representative

__all__ = ["align_facts", "representative"]
