"""One thing called by two nouns in one article, for compare.negation: "the Pellow Hill landfill"
and "the Pellow Hill site", "the Orrin wind farm" and "the Orrin project" name one thing, so a
claim of "the site" in that article is a claim of the landfill another article names.

An article's nouns are grouped by the proper name written before them (a compound of the noun:
"Pellow Hill" of "the Pellow Hill landfill"); two nouns are one thing when the article writes one
name before both. A name written before more than two kinds of noun is a place or an owner, not
the thing's own name ("the Eastbury court", "the Eastbury council", "the Eastbury landfill"), and
groups nothing.

What it does not do: resolve a noun with no name ("the site" in an article that never writes
"the Pellow Hill site"), pronouns, or a name written alone ("Pellow Hill").
"""

from __future__ import annotations

from collections import defaultdict

from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.nlp import parse

# a name before this many kinds of noun names no one thing
_MAX_KINDS = 2


def aliases(ctx: StoryContext, article: str, cache: dict) -> dict[str, frozenset[str]]:
    """The nouns (stems) of `article` that name one thing with another noun of it: noun -> the
    nouns it is one thing with (itself included). Kept in `cache` by article id."""
    if article in cache:
        return cache[article]
    sentences = [s.text for s in ctx.sentences.get(article, ())]
    kinds: dict[tuple, set[str]] = defaultdict(set)
    for doc in parse(sentences) if sentences else ():
        for t in doc:
            if t.pos_ == "NOUN":
                name = _name_before(t)
                if name:
                    kinds[name].add(noun_stem(t.lower_))
    out: dict[str, set[str]] = defaultdict(set)
    for nouns in kinds.values():
        if 2 <= len(nouns) <= _MAX_KINDS:
            for n in nouns:
                out[n] |= nouns
    cache[article] = {n: frozenset(v) for n, v in out.items()}
    return cache[article]


def _name_before(noun) -> tuple[str, ...]:
    """The proper nouns compounded before `noun`, in order ("Pellow Hill" of "Pellow Hill site")."""
    words = []
    stack = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    while stack:
        c = stack.pop()
        if c.pos_ == "PROPN":
            words.append(c)
            stack += [g for g in c.children if g.dep_ == "compound" and g.i < c.i]
    return tuple(w.lower_ for w in sorted(words, key=lambda w: w.i))


def one_thing(ctx: StoryContext, a: tuple[str, str], b: tuple[str, str], cache: dict) -> bool:
    """The noun `a` (article, stem) and the noun `b` name one thing: the same stem, or one is
    the other's alias in the other's article."""
    (art_a, x), (art_b, y) = a, b
    if x == y:
        return True
    return x in aliases(ctx, art_b, cache).get(y, ()) or y in aliases(ctx, art_a, cache).get(x, ())
