"""Sound citations: a statement is cited only to the articles that support what it states.

A discrepancy splits a story's articles into sides (one per value: "38 dead" / "41 dead"). An
article is on a side when one of its sentences carries that side's value. A fact that the
aligner built from sentences of several articles may straddle a conflict: the sentences say one
thing in other words, but with another relation, figure or day ("Teodor Miklas, the son of
company owner Radu Miklas, has been held" / "Miklas, the owner's brother, has been held").

For each fact and each discrepancy that touches it, the fact takes the side that most of its own
articles are on (ties: the side with more articles in the story, then the first); mentions of
articles that are only on another side leave the fact, and those articles are listed in
`contradicted_by`. The fact's wording is then chosen again among the mentions it kept, so it never
states the side it dropped. The summary reads the same `Sides` to leave out facts that state the
weaker side of a dispute and never to state two sides of one (summarize.select).

What it does not do: it does not decide what conflicts (compare does), and an article that
carries both values (a correction, "earlier reports said ...") is on both sides and contradicts
neither.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from accord.provenance.groups import independent_count, source_groups, spun_articles
from accord.types import Discrepancy, Fact, Mention, ProvenanceEdge


class Sides:
    """Which side of which discrepancy each sentence and each article is on."""

    def __init__(self, discrepancies: Sequence[Discrepancy]):
        self.discrepancies = tuple(discrepancies)
        # article -> [(start, end, discrepancy, side)] of the sentences carrying a side
        self._spans: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
        self.articles: list[list[frozenset[str]]] = []  # [discrepancy][side] -> articles
        for d, disc in enumerate(self.discrepancies):
            sides = []
            for k, claim in enumerate(disc.claims):
                arts = set(claim.articles)
                for m in claim.mentions:
                    self._spans[m.article].append((m.start, m.end, d, k))
                    arts.add(m.article)
                sides.append(frozenset(arts))
            self.articles.append(sides)

    def of_mention(self, m: Mention) -> set[tuple[int, int]]:
        """(discrepancy, side) pairs whose value the sentence at `m` carries."""
        return {(d, k) for s, e, d, k in self._spans.get(m.article, ()) if s < m.end and m.start < e}

    def of_article(self, article: str, d: int) -> set[int]:
        return {k for k, arts in enumerate(self.articles[d]) if article in arts}

    def weaker(self, d: int, k: int) -> bool:
        """Is side k of discrepancy d backed by fewer articles than another side?"""
        sizes = [len(a) for a in self.articles[d]]
        return sizes[k] < max(sizes)

    def fact_sides(self, fact: Fact) -> dict[int, int]:
        """discrepancy -> the side the fact states (see module docstring)."""
        touched: dict[int, set[int]] = defaultdict(set)
        for m in fact.mentions:
            for d, k in self.of_mention(m):
                touched[d].add(k)
        out = {}
        for d in touched:
            votes: dict[int, int] = defaultdict(int)
            for a in fact.articles:
                for k in self.of_article(a, d):
                    votes[k] += 1
            sizes = [len(x) for x in self.articles[d]]
            out[d] = max(touched[d] | set(votes), key=lambda k: (votes.get(k, 0), sizes[k], -k))
        return out


def sound_facts(
    facts: Sequence[Fact],
    discrepancies: Sequence[Discrepancy],
    article_ids: Sequence[str],
    provenance: Sequence[ProvenanceEdge] = (),
) -> tuple[Fact, ...]:
    """`facts` with every article that reports another value moved to `contradicted_by`."""
    from accord.align.facts import representative

    sides = Sides(discrepancies)
    reuse = source_groups(list(article_ids), provenance)
    spun = spun_articles(provenance)
    rank = {a: n for n, a in enumerate(article_ids)}
    out = []
    for fact in facts:
        chosen = sides.fact_sides(fact)
        if not chosen:
            out.append(fact)
            continue
        against: set[str] = set()
        for d, k in chosen.items():
            for j, arts in enumerate(sides.articles[d]):
                if j != k:
                    against |= arts - sides.articles[d][k]
        kept = tuple(m for m in fact.mentions if m.article not in against)
        if not kept:  # every article is on both sides: nothing to move
            out.append(fact)
            continue
        articles = tuple(a for a in dict.fromkeys(m.article for m in kept))
        contradicted = tuple(sorted(against, key=lambda a: rank.get(a, len(rank))))
        # the wording states the side kept: among the mentions that carry it when there are any
        # (a mention on no side may still say the other thing in words no reader caught)
        stating = [m for m in kept if any(chosen.get(d) == k for d, k in sides.of_mention(m))]
        pool = stating or kept
        text = fact.text if any(m.text == fact.text for m in pool) else representative(pool, spun).text
        out.append(replace(fact, text=text, mentions=kept, articles=articles,
                           independent_sources=independent_count(articles, reuse),
                           contradicted_by=contradicted))
    return tuple(out)
