"""Cluster a large heap by time window, in parallel, and join stories across window edges.

    windows = plan_windows(articles, window_articles)      # on the driver
    cluster_window(task) -> [StoryPart, ...]                # on a worker, one window each
    stories = join(articles, windows, parts)               # on the driver

The heap is taken in the order `cluster.cluster_articles` streams it (`cluster.stream_order`:
publication date, undated last, ties by id) and cut into windows of at least `window_articles`
articles, each cut falling between two dates. Each window is grouped by the local algorithm itself (stream,
refine, split, vote: `cluster.online.StoryClusterer`), with document frequencies counted over
the whole heap (they add up across partitions), so a heap that fits one window is grouped
exactly as `accord cluster` groups it.

A window also takes, ahead of its own articles, the previous window's last
settings.CLUSTER_EXPIRE_DAYS days (the overlap): a story cannot reach further back than that
from the window's first date. A story of the later window that holds overlap articles joins
the earlier window's story that holds most of them (chains of windows join transitively); the
overlap articles stay where the earlier window put them. Undated articles go to the last
window, as they come last in the local stream.

What it does not do: join two stories of one window, or find a near-duplicate whose original
lies beyond the overlap (the later one then counts as its own voice); with more than one
window the grouping may differ from the local one near the edges (docs/scale.md, measured).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from accord import settings
from accord.ids import story_id
from accord.types import Article, Story


@dataclass(frozen=True)
class Window:
    """Positions (into the heap in stream order) of a window's overlap and own articles."""

    overlap: tuple[int, ...]
    own: tuple[int, ...]


@dataclass(frozen=True)
class StoryPart:
    """One story as a window grouped it: its members (positions into the heap) and the Story
    the window's clusterer made of it (title, duplicate pairs)."""

    members: tuple[int, ...]
    story: Story


def for_grouping(article: Article) -> Article:
    """As `pipeline.group` hands an article to clustering: an ambiguous page date left out."""
    return replace(article, published=None) if article.published_alternatives else article


def plan_windows(heap: list[Article], window_articles: int) -> list[Window]:
    """Windows over `heap` (already in stream order): at least `window_articles` own articles
    each, cut between dates, the undated in the last one."""
    if window_articles < 1:
        raise ValueError(f"window_articles must be >= 1, got {window_articles!r}")
    dated = [p for p, a in enumerate(heap) if a.published is not None]
    undated = [p for p, a in enumerate(heap) if a.published is None]
    cuts, start = [], 0
    for p in range(1, len(dated)):
        if p - start >= window_articles and heap[dated[p]].published != heap[dated[p - 1]].published:
            cuts.append((start, p))
            start = p
    cuts.append((start, len(dated)))
    reach = dt.timedelta(days=settings.CLUSTER_EXPIRE_DAYS)
    windows = []
    for k, (a, b) in enumerate(cuts):
        own = list(dated[a:b])
        if k == len(cuts) - 1:
            own += undated
        overlap: list[int] = []
        if k and b > a:
            first = heap[dated[a]].published
            prev_a = cuts[k - 1][0]
            overlap = [p for p in dated[prev_a:a] if heap[p].published >= first - reach]
        windows.append(Window(tuple(overlap), tuple(own)))
    return [w for w in windows if w.own]


def cluster_window(task) -> list[StoryPart]:
    """Group one window's articles (overlap first) as `cluster_articles` does (on a worker).
    `task` is (positions, articles, bags, df) or (positions, articles, bags, df, prior), with
    articles and bags in stream order; `prior`: the heap's term priors (bulk.partitions), which
    the grouping weighs terms with, as the local run's process has them. Without it, this
    process's own (right when the bags were counted here)."""
    from contextlib import nullcontext

    from accord.bulk.partitions import term_prior

    positions, articles, bags, df, *prior = task
    with term_prior(prior[0]) if prior else nullcontext():
        return _cluster(positions, articles, bags, df)


def _cluster(positions, articles, bags, df) -> list[StoryPart]:
    from accord.cluster.online import StoryClusterer

    clusterer = StoryClusterer(df=df, threshold=settings.CLUSTER_THRESHOLD,
                               size_penalty=settings.CLUSTER_SIZE_PENALTY)
    for article, bag in zip(articles, bags):
        clusterer.add(article, bag)
    rounds = settings.CLUSTER_REFINE_ROUNDS
    if rounds:
        clusterer.refine(rounds)
        if clusterer.split():
            clusterer.refine(rounds)
        clusterer.vote()
    at = {a.id: p for a, p in zip(articles, positions)}
    return [StoryPart(tuple(at[i] for i in s.articles), s) for s in clusterer.stories()]


def join(heap: list[Article], windows: list[Window], parts: list[list[StoryPart]]) -> list[Story]:
    """The stories of the whole heap: each window's own articles where it put them, a story
    holding overlap articles joined to the earlier window's story that holds most of them."""
    if len(windows) == 1:  # one window: its stories as the local run makes them
        return [part.story for part in parts[0]]
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    home: dict[int, tuple[int, int]] = {}  # position -> (window, story) that owns it
    for k, (window, stories) in enumerate(zip(windows, parts)):
        own = set(window.own)
        for s, part in enumerate(stories):
            for p in part.members:
                if p in own:
                    home[p] = (k, s)
        for s, part in enumerate(stories):
            earlier = Counter(home[p] for p in part.members if p not in own)
            if earlier:
                best = min(earlier, key=lambda key: (-earlier[key], key))
                parent[(k, s)] = find(best)
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k, stories in enumerate(parts):
        for s in range(len(stories)):
            groups.setdefault(find((k, s)), []).append((k, s))
    out = []
    for keys in groups.values():
        pieces, duplicates = [], set()
        for k, s in keys:
            part = parts[k][s]
            own = [p for p in part.members if home.get(p) == (k, s)]
            if own:
                pieces.append((tuple(own), part.story.title))
            duplicates.update(part.story.duplicates)
        if pieces:
            out.append(_story(heap, pieces, duplicates))
    out.sort(key=lambda story_members: story_members[1][0])  # by first member, as locally
    return [story for story, _ in out]


def _story(heap, pieces, duplicates):
    """A Story of the pieces' members in publication order (the title: the largest piece's),
    with the position of its first member (stories are sorted by it)."""
    members = sorted(p for own, _ in pieces for p in own)  # stream order is publication order
    ids = tuple(heap[p].id for p in members)
    present = set(ids)
    rank = {i: n for n, i in enumerate(ids)}
    pairs = tuple(sorted(((a, b) for a, b in duplicates if a in present and b in present),
                         key=lambda pair: rank[pair[1]]))  # in the order of the copies
    title = max(pieces, key=lambda piece: len(piece[0]))[1]
    story = Story(id=story_id(ids), title=title, articles=ids, duplicates=pairs,
                  independent_sources=len(ids) - len(pairs))
    return story, members
