"""claims.elsewhere: an article is not cited for a wording that states a named sum when its other
sentences give only sums of that name that disagree with it (issue 13, "support and dispute").
Articles written for the tests."""

from __future__ import annotations

import pytest

from accord.claims.agree import agreed_facts
from accord.compare import compare_story
from accord.segment import segment
from accord.types import Article, Fact, Mention

LEAD = "The new ferry terminal at Varne opened on Tuesday. "


def _agreed(encoder, cited: list[str], before: list[str], dropped: list) -> Fact:
    """The fact made of `cited[i]` of each article a{i}, worded as a0's; article a{i} says
    `before[i]` first, between the lead and its cited sentence."""
    texts = [LEAD + (b + " " if b else "") + c for b, c in zip(before, cited)]
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", text=t) for i, t in enumerate(texts)]
    segmented = {a.id: segment(a) for a in articles}
    readings = compare_story(articles, segmented, (), encoder).readings
    mentions = tuple(Mention(a.id, len(a.text) - len(c), len(a.text), c) for a, c in zip(articles, cited))
    fact = Fact("f1", cited[0], mentions, tuple(a.id for a in articles), len(articles))
    (out,) = agreed_facts([fact], articles, (), readings, dropped)
    return out


@pytest.mark.parametrize("told, cited, elsewhere", [
    # a sum named by one noun, given elsewhere as another amount
    ("The terminal was built on a budget of 4 million euros and seats 300 passengers.",
     "The terminal seats 300 passengers.",
     "It was built with a budget of just 2.5 million euros."),
    # a penalty named by its verb, and by its noun elsewhere in the other article
    ("The regulator fined the operator EUR 30,000 over the delays.",
     "The regulator said the operator had failed passengers.",
     "The operator must pay a fine of EUR 120,000, the regulator said."),
])
def test_claims_elsewhere_an_article_that_says_otherwise_elsewhere_leaves_the_fact(encoder, told, cited, elsewhere):
    dropped: list = []
    fact = _agreed(encoder, [told, told, cited], ["", "", elsewhere], dropped)
    assert fact.articles == ("a0", "a1") and fact.text == told
    assert [(k, m.article) for _, k, m, _ in dropped] == [("value elsewhere", "a2")]


@pytest.mark.parametrize("told, cited, elsewhere", [
    # the article gives both amounts: a correction is on both sides and contradicts neither
    ("The terminal was built on a budget of 4 million euros and seats 300 passengers.",
     "The terminal seats 300 passengers.",
     "Its budget was first put at 2.5 million euros. The terminal was finished on a budget of 4 million euros."),
    # a sum of another name is another thing
    ("The terminal was built on a budget of 4 million euros and seats 300 passengers.",
     "The terminal seats 300 passengers.",
     "The builder paid a fine of 2.5 million euros for the delays."),
    # the cited sentence states the key itself, and agrees: it is judged on that sentence only
    ("The terminal was built on a budget of 4 million euros and seats 300 passengers.",
     "The terminal, built on a budget of 4 million euros, seats 300 passengers.",
     "Critics had said a budget of 2.5 million euros would do."),
    # a sum in another currency is not compared
    ("The terminal was built on a budget of 4 million euros and seats 300 passengers.",
     "The terminal seats 300 passengers.",
     "It was built with a budget of $2 million."),
    # posts are compare.roles' across whole articles (a raised discrepancy, claims.cite), not read here
    ("The port's chief executive, Lena Sorrell, said the crane had been inspected in May.",
     '"The crane had been inspected in May," she said.',
     "Lena Sorrell, the port's operations manager, spoke to reporters on the quay."),
])
def test_claims_elsewhere_what_does_not_dispute_the_wording_keeps_the_citation(encoder, told, cited, elsewhere):
    dropped: list = []
    fact = _agreed(encoder, [told, told, cited], ["", "", elsewhere], dropped)
    assert fact.articles == ("a0", "a1", "a2") and dropped == []
