"""claims: what each statement claims, and which articles support or dispute it.

`sound_facts` moves the articles that report another value of a disputed claim out of a fact's
citations (`Fact.contradicted_by`); `Sides` tells the summary which side of each dispute a fact
states. `value_checked_facts` leaves out of a fact the mentions whose sentence states another
figure, day or time than its wording, whether or not a discrepancy was raised; `agreed_facts` does
the same with every reading of compare's that two aligned sentences can be checked on (values,
polarity, relations, posts, directions), and with the named sums of the rest of each article
(claims.elsewhere); it is what the pipeline runs.
"""
from __future__ import annotations

from accord.claims.agree import agreed_facts
from accord.claims.cite import Sides, sound_facts
from accord.claims.values import value_checked_facts

__all__ = ["Sides", "agreed_facts", "sound_facts", "value_checked_facts"]
