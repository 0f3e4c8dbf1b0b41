"""claims.agree: a fact is cited only to articles whose sentence agrees with its wording, on
polarity, relations, posts and directions as compare's readers read them, whether or not a
discrepancy was raised (issue 13, "citations that hold"). Articles written for the tests."""

from __future__ import annotations

import pytest

from accord.claims.agree import agreed_facts
from accord.compare import compare_story
from accord.segment import segment
from accord.types import Article, Fact, Mention, ProvenanceEdge

LEAD = "The harbour at Varne was busy on Tuesday. "


def _agreed(encoder, sentences: list[str], dropped: list | None = None, provenance=(), support=None) -> Fact:
    """The fact made of one sentence of each article (a0 has sentences[0] ...), worded as a0's."""
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", text=LEAD + s) for i, s in enumerate(sentences)]
    segmented = {a.id: segment(a) for a in articles}
    readings = compare_story(articles, segmented, (), encoder).readings
    mentions = tuple(Mention(a.id, len(LEAD), len(a.text), s) for a, s in zip(articles, sentences))
    fact = Fact("f1", sentences[0], mentions, tuple(a.id for a in articles), len(articles))
    (out,) = agreed_facts([fact], articles, provenance, readings, dropped, support)
    return out


@pytest.mark.parametrize(
    "told, other, kind",
    [
        # a verb denied of the same thing
        ("The port authority did not suspend the ferry licence of Norrline.",
         "The port authority suspended the ferry licence of Norrline.", "polarity"),
        # antonyms of one person, the second verb sharing the first one's subject
        ("The harbour director, Ines Dorow, apologised to residents but denied that the crane had been faulty.",
         "The harbour director, Ines Dorow, admitted that the crane had been faulty.", "polarity"),
        # two kinds of kin for one pair of people
        ("Piet Varn, the brother of the skipper Ilse Moder, was on board.",
         "Piet Varn, the husband of the skipper Ilse Moder, was on board.", "relation"),
        # two posts one person cannot both hold
        ("The port's chief executive, Lena Sorrell, said the crane had been inspected in May.",
         "The port's operations manager, Lena Sorrell, said the crane had been inspected in May.", "post"),
        # bearings from one anchor far apart
        ("The trawler sank about 12 km north of Varne.", "The trawler sank about 12 km south of Varne.", "place"),
        # two counts of one thing
        ("Divers recovered seven rifles from the trawler.", "Divers recovered nine rifles from the trawler.", "value"),
    ],
)
def test_claims_agree_a_mention_that_says_otherwise_leaves_the_fact(encoder, told, other, kind):
    dropped: list = []
    fact = _agreed(encoder, [told, told, other], dropped)
    assert fact.articles == ("a0", "a1") and fact.text == told
    assert fact.independent_sources == 2 and fact.contradicted_by == ()
    assert [(k, m.article) for _, k, m, _ in dropped] == [(kind, "a2")]


@pytest.mark.parametrize(
    "told, other",
    [
        # a plan is not a deed: "will not" against what was done
        ("The port authority will not suspend the ferry licence of Norrline.",
         "The port authority suspended the ferry licence of Norrline."),
        # one sentence says more: a post beside the name, the other none
        ("The port's chief executive, Lena Sorrell, said the crane had been inspected in May.",
         "Lena Sorrell said the crane had been inspected in May."),
        # neighbouring bearings are one rough direction
        ("The trawler sank about 12 km north of Varne.", "The trawler sank about 12 km north-east of Varne."),
        # one relation told from either side
        ("Piet Varn, the son of the skipper Ilse Moder, was on board.",
         "Ilse Moder, the mother of Piet Varn, was on board."),
    ],
)
def test_claims_agree_look_alikes_keep_every_article(encoder, told, other):
    fact = _agreed(encoder, [told, other])
    assert fact.articles == ("a0", "a1")


def test_claims_agree_the_wording_most_articles_agree_with_is_kept(encoder):
    # the fact opened on the one article that says otherwise: it keeps the others' wording
    denied = "The port authority did not suspend the ferry licence of Norrline."
    told = "The port authority suspended the ferry licence of Norrline."
    fact = _agreed(encoder, [denied, told, told])
    assert fact.articles == ("a1", "a2") and fact.text == told


def test_claims_agree_a_wording_is_cited_to_the_articles_that_agree_with_it(encoder):
    # the wording states no polarity; two other mentions say more, and oppose each other: the fact
    # keeps every article, and a summary sentence quoting either cites only those agreeing with it
    plain = "The port authority met the owners of Norrline on Tuesday."
    denied = "The port authority met the owners of Norrline on Tuesday but did not suspend the ferry licence."
    told = "The port authority met the owners of Norrline on Tuesday and suspended the ferry licence."
    support: dict = {}
    fact = _agreed(encoder, [plain, plain, told, told, denied], support=support)
    assert fact.articles == ("a0", "a1", "a2", "a3", "a4") and fact.text == plain
    by_article = {m.article: support.get(m) for m in fact.mentions}
    assert by_article["a2"] == ("a0", "a1", "a2", "a3") and by_article["a4"] == ("a0", "a1", "a4")


def test_claims_agree_a_rewrites_synonym_post_backs_the_post(encoder):
    # a machine-style rewrite swaps "chief executive" for "operations manager": a synonym, not a claim
    ceo = "The port's chief executive, Lena Sorrell, said the crane had been inspected in May."
    spun = "The port's operations manager, Lena Sorrell, stated the crane had been examined in May."
    edge = ProvenanceEdge("a0", "a2", "spun", 0.9, False)
    fact = _agreed(encoder, [ceo, ceo, spun], provenance=(edge,))
    assert fact.articles == ("a0", "a1", "a2")


def test_claims_agree_a_rewrite_never_picks_the_wording(encoder):
    # a rewrite agrees with every side; were its mention the one kept, every side would stay
    denied = "The port authority did not suspend the ferry licence of Norrline."
    told = "The port authority suspended the ferry licence of Norrline."
    spun = "The harbour body halted the ferry permit of Norrline."
    edge = ProvenanceEdge("a1", "a3", "spun", 0.9, False)
    fact = _agreed(encoder, [denied, told, told, spun], provenance=(edge,))
    assert fact.articles == ("a1", "a2", "a3") and fact.text == told
