"""summarize: the cited consensus summary and each article's exclusive facts (issue 4)."""
from __future__ import annotations


def summarize(articles, sentences, facts, encoder, words):
    return ()


def exclusive_facts(facts, articles):
    return ()
