"""compare.clock: a lead that gives only a part of the day ("on Tuesday afternoon") and the time
of the same happening in a later sentence of the lead has that time as its lead time (issue 13):
a part of the day fits nearly any time, so as the lead's time it compared nothing. Sentences
written for these tests.
"""

from __future__ import annotations

from accord.compare import compare_story
from conftest import story_context

DAY = "2026-03-14"
SHED = ("The roof of a storage shed at the Varnholt timber yard gave way shortly before 5 p.m. on Tuesday, hurting "
        "two men. Nobody else was hurt.")


def _times(encoder, *texts: str) -> set[frozenset[str]]:
    ctx = story_context(encoder, *texts, published=[DAY] * len(texts))
    found = compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies
    return {frozenset(c.value for c in d.claims) for d in found if d.about.startswith("time of")}


def test_compare_clock_leads_a_lead_s_part_of_the_day_yields_to_its_time(encoder):
    # before: "Tuesday afternoon" was the lead's time, and the collapse's time, worded apart from
    # the other report's, was never compared
    found = _times(encoder,
                   "A storage shed collapsed at the Varnholt timber yard on Tuesday afternoon, injuring two "
                   "workers. It happened at 2:10 p.m., the company said.",
                   SHED)
    assert frozenset({"at 2:10 p.m.", "shortly before 5 p.m."}) in found


def test_compare_clock_leads_a_lead_time_of_another_happening_stays_quiet(encoder):
    found = _times(encoder,
                   "A storage shed collapsed at the Varnholt timber yard on Tuesday afternoon, injuring two "
                   "workers. Paramedics arrived at 2:40 p.m., the company said.",
                   SHED)
    assert not found
