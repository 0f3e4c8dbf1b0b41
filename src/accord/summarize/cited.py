"""What a summary sentence cites, and which articles it lists as contradicting it.

summarize.select chooses a story's facts by their weight (how many independent sources state
them) and the concepts of their best wording. The sentence it then shows quotes one article's
mention, which may say more than the other articles' mentions of the fact. This module keeps the
sentence's citations to what its quoted wording says:

- it cites the articles of its fact (those claims.agree's `support` leaves to the wording) whose
  mentions carry the wording's names, figures, days and times and say something of what it says
  (claims.carried);
- of each fact chosen, it quotes the wording that the most of the fact's articles carry, among
  the wordings still in the running that state every disputed point the first one states and do
  not lean on their context more (`shared`): the fact and its weight are what select chose, the
  words are what its sources share;
- it lists under `contradicted_by` the articles of the fact's disputes (claims.cite) whose point
  the quoted wording states (claims.carried.states): a wording that does not give the disputed
  relation is not contradicted by the article that gives another.

What it does not do: it does not choose facts, and it does not rewrite a sentence to what its
sources share (an abstractive step would have to keep the citations checkable).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from accord.claims.carried import Carriage, states
from accord.summarize.quality import leans_on_context
from accord.types import Article, Discrepancy, Fact, Mention


class Citing:
    """Citations and contradictions of the candidates of one story's summary (see module
    docstring). `stated`: for each fact, discrepancy -> the side it states (claims.cite.Sides)."""

    def __init__(self, articles: Sequence[Article], facts: Sequence[Fact], discrepancies: Sequence[Discrepancy],
                 stated: Sequence[dict[int, int]], support: Mapping[Mention, tuple[str, ...]] | None,
                 spun: Collection[str] = (), sentences: Mapping | None = None):
        self.facts = facts
        self.discrepancies = tuple(discrepancies)
        self.stated = stated
        self.support = support or {}
        self.carriage = Carriage(tuple(articles), spun, sentences)
        self._articles: dict[tuple[int, Mention], tuple[str, ...]] = {}
        self._says: dict[tuple[int, Mention], frozenset[int]] = {}

    def articles(self, c) -> tuple[str, ...]:
        """The articles the sentence quoting candidate `c` cites."""
        key = (c.fact, c.mention)
        if key not in self._articles:
            fact = self.facts[c.fact]
            self._articles[key] = self.carriage.carriers(fact, c.mention, self.support.get(c.mention, fact.articles))
        return self._articles[key]

    def says(self, c) -> frozenset[int]:
        """The discrepancies whose side (the fact's) the wording of `c` states."""
        key = (c.fact, c.mention)
        if key not in self._says:
            sides = self.stated[c.fact] if self.stated else {}
            self._says[key] = frozenset(
                d for d, k in sides.items()
                if states(c.mention.text, c.mention, self.discrepancies[d].claims[k], self.discrepancies[d],
                          self.carriage))
        return self._says[key]

    def contradicted_by(self, c) -> tuple[str, ...]:
        """The fact's contradicting articles that dispute a point the wording of `c` states."""
        fact = self.facts[c.fact]
        if not fact.contradicted_by:
            return ()
        against: set[str] = set()
        for d in self.says(c):
            k = self.stated[c.fact][d]
            claims = self.discrepancies[d].claims
            own = {*claims[k].articles, *(m.article for m in claims[k].mentions)}
            for j, claim in enumerate(claims):
                if j != k:
                    against |= {*claim.articles, *(m.article for m in claim.mentions)} - own
        return tuple(a for a in fact.contradicted_by if a in against)

    def shared(self, best, wordings: Sequence) -> list:
        """Of `wordings` (other mentions of `best`'s fact), those that every article of the fact
        (as claims.agree leaves it to `best`'s wording) carries, when `best`'s wording is not:
        each states every disputed point `best` states, leans on its context no more, and is no
        longer; by how much the summary wanted them (their prior), best first."""
        fact = self.facts[best.fact]
        every = self.support.get(best.mention, fact.articles)
        if len(self.articles(best)) >= len(every):
            return []
        says = self.says(best)
        leans = leans_on_context(best.mention.text)
        rivals = [c for c in wordings if c.mention != best.mention and c.words <= best.words
                  and len(self.articles(c)) >= len(every) and self.says(c) >= says
                  and (leans or not leans_on_context(c.mention.text))]
        return sorted(rivals, key=lambda c: -c.prior)
