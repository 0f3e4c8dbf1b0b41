"""claims: what each statement claims, and which articles support or dispute it.

`sound_facts` moves the articles that report another value of a disputed claim out of a fact's
citations (`Fact.contradicted_by`); `Sides` tells the summary which side of each dispute a fact
states. `value_checked_facts` leaves out of a fact the mentions whose sentence states another
figure, day or time than its wording, whether or not a discrepancy was raised.
"""
from __future__ import annotations

from accord.claims.cite import Sides, sound_facts
from accord.claims.values import value_checked_facts

__all__ = ["Sides", "sound_facts", "value_checked_facts"]
