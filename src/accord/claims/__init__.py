"""claims: what each statement claims, and which articles support or dispute it.

`sound_facts` moves the articles that report another value of a disputed claim out of a fact's
citations (`Fact.contradicted_by`); `Sides` tells the summary which side of each dispute a fact
states.
"""
from __future__ import annotations

from accord.claims.cite import Sides, sound_facts

__all__ = ["Sides", "sound_facts"]
