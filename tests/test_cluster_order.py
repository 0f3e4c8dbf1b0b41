"""Issue 20 (output depends on input order): `accord report` on the seeds and port-fire given in
another order listed each story's articles in the order given (articles of one date were
ordered by arrival), so citation numbers, article lists and story ids changed with the order
(fuzz/order.py: 1,147 JSON differences between the sorted and the reversed order)."""

from __future__ import annotations

import random

import accord
from accord.cluster import cluster_articles
from conftest import ROOT


def test_cluster_stories_independent_of_input_order(seed_paths):
    paths = [str(p) for p in seed_paths] + sorted(str(p) for p in (ROOT / "examples" / "port-fire").iterdir())
    articles = accord.load(paths).articles
    want = cluster_articles(articles)
    assert len(want) >= 2
    for order in (articles[::-1], random.Random(20).sample(articles, len(articles))):
        got = cluster_articles(order)
        assert [(s.id, s.articles, s.title) for s in got] == [(s.id, s.articles, s.title) for s in want]
