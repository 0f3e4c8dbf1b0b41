"""Thresholds and defaults as data. Each carries a line on how it was calibrated, and against what.

Stages read their settings from here so that a reader can see every knob in one place; a change
to a threshold is a visible, reviewable edit. Sections are per stage; edit only your section.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- summary
# Words in the consensus summary. Multi-document news summarisation benchmarks (DUC 2004,
# Multi-News) use 100-250 words; 120 keeps a terminal screen readable.
SUMMARY_WORDS = 120
