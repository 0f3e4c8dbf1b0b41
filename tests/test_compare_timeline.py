"""Timeline: dated events in order, one entry per event however many articles report it."""

from __future__ import annotations


from accord.compare.timeline import build_timeline
from conftest import articles_context, story_context


def story(encoder, *texts, published=()):
    return story_context(encoder, *texts, published=published)


def test_compare_timeline_merges_one_event_and_orders_by_date(encoder):
    ctx = story(
        encoder,
        "Dock workers at the port of Ancona walked off the job on Monday. "
        "The union will meet the port authority on May 14.",
        "Striking dock workers walked off the job at Ancona port yesterday. "
        "The strike began after talks collapsed in April.",
        published=("2024-05-08", "2024-05-07"),
    )
    timeline = build_timeline(ctx)
    assert [e.date for e in timeline] == ["2024-04", "2024-05-06", "2024-05-14"]
    walkout = timeline[1]
    assert set(walkout.articles) == {"a0", "a1"}
    for m in walkout.mentions:
        assert ctx.article(m.article).text[m.start : m.end] == m.text


def test_compare_timeline_keeps_distinct_events_of_one_day_apart(encoder):
    ctx = story(
        encoder,
        "The river burst its banks on Monday. Separately, the finance minister resigned on Monday.",
        "On Monday the river burst its banks and flooded the town centre.",
        published=("2024-05-07", "2024-05-07"),
    )
    monday = [e for e in build_timeline(ctx) if e.date == "2024-05-06"]
    assert len(monday) == 2


def test_compare_timeline_seeds_give_absolute_dates_with_the_story_year(seed_articles, encoder):
    ctx = articles_context(seed_articles, encoder)
    timeline = build_timeline(ctx)
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert "2021-08-15" in dates and "2021-08-31" in dates
    kabul = [e for e in timeline if e.date == "2021-08-15" and len(e.articles) >= 2]
    assert kabul, "the fall of Kabul, told by several articles, is one entry"


def test_compare_timeline_places_deadlines_and_clause_tenses_on_their_days(encoder):
    # two papers a day apart: a Wednesday and a Thursday
    ctx = story(
        encoder,
        "Fire broke out at the Halden textile mill early yesterday. The owners, who closed the "
        "mill on Monday for repairs, will reopen it on Friday. Insurers have 14 days to inspect "
        "the site.",
        "The Halden mill fire started early on Tuesday. Investigators will report within ten "
        "days, the county said. The mill, which opened in May, employs 90 people.",
        published=("2025-10-15", "2025-10-16"),
    )
    timeline = build_timeline(ctx)
    dated = {(m.article, e.date) for e in timeline for m in e.mentions}
    assert ("a0", "2025-10-14") in dated and ("a1", "2025-10-14") in dated  # the fire
    assert ("a0", "2025-10-13") in dated  # closed on Monday: the past clause
    assert ("a0", "2025-10-17") in dated  # will reopen on Friday
    assert ("a0", "2025-10-29") in dated  # 14 days to inspect, from 15 October
    assert ("a1", "2025-10-26") in dated  # within ten days, from 16 October
    assert ("a1", "2025-05") in dated  # which opened in May
    fire = [e for e in timeline if e.date == "2025-10-14"]
    assert len(fire) == 1 and set(fire[0].articles) == {"a0", "a1"}
