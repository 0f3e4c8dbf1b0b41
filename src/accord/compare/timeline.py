"""The story's timeline: dated events in order, each reported once however many articles tell it.

Every date expression of the story is resolved (compare.temporal: relative ones against each
article's own date, absolute ones with the year from the article's date or the story); sentences
that carry a date that can be written as "YYYY-MM-DD" (or "YYYY-MM" when only the month is
known) become events. Mentions on the same date from different articles are one event when the
clauses that hold the date (compare.events.clause_of) are close in meaning: a greedy single-pass
clustering, as in the event-linking baselines of TDT (Allan et al. 1998), restricted to one date.

What it does not do: weekdays that cannot be anchored (no article of the story carries a date)
are left out rather than guessed, and durations ("for three weeks") are not events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.dates import date_mentions
from accord.compare.events import Located, SameEvent, clause_of
from accord.compare.nlp import parse
from accord.types import TimelineEvent, TimelineMention


def build_timeline(
    ctx: StoryContext, dated: Sequence[Located] | None = None
) -> tuple[TimelineEvent, ...]:
    """Dated events in order; `dated` are `date_mentions(ctx)` when the caller has them."""
    items = [it for it in (date_mentions(ctx) if dated is None else dated) if it.value.iso]
    if not items:
        return ()
    docs = parse([it.sentence.text for it in items])
    clauses = [clause_of(d, it.start, it.end) or it.masked() for d, it in zip(docs, items)]
    same = SameEvent(ctx, items, clauses)
    by_date: dict[str, list[Located]] = defaultdict(list)
    for it in items:
        by_date[it.value.iso].append(it)
    order = {a.id: n for n, a in enumerate(ctx.articles)}
    events = []
    for date in sorted(by_date):
        clusters: list[list[Located]] = []
        for it in sorted(by_date[date], key=lambda x: (order[x.article], x.sentence.index)):
            best, best_sim = None, settings.TIMELINE_MERGE_SIMILARITY
            for c in clusters:
                if any(m.article == it.article for m in c):
                    continue  # one sentence per article per event
                sim = max(same.similarity(it, m) for m in c)
                if sim >= best_sim:
                    best, best_sim = c, sim
            if best is None:
                clusters.append([it])
            else:
                best.append(it)
        for c in clusters:
            events.append(_event(date, c))
    return tuple(events)


def _event(date: str, members: list[Located]) -> TimelineEvent:
    seen = {}
    for m in members:
        seen.setdefault((m.article, m.sentence.index), m)
    kept = list(seen.values())
    # the representative wording: the shortest sentence says it with the least else around it
    text = min((m.sentence.text for m in kept), key=len)
    return TimelineEvent(
        date=date,
        text=text,
        articles=tuple(dict.fromkeys(m.article for m in kept)),
        mentions=tuple(
            TimelineMention(m.article, m.sentence.text, m.sentence.start, m.sentence.end)
            for m in kept
        ),
    )
