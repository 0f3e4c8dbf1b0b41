"""claims.carried: a summary sentence cites an article only for what that article's mention
carries (a place, a figure, a day, a named party); of a fact's wordings the summary quotes the one
the most of its articles carry. Articles written for the tests."""

from __future__ import annotations

from accord.claims.carried import carriers, carries, claims_of, names_of
from accord.compare.temporal import Reference
from accord.segment import segment
from accord.summarize import summarize
from accord.types import Article, Fact, Mention

NOREF = Reference(None, False, None)


def _read(text: str):
    return claims_of(text, NOREF)


def _fact(sentences: list[str], text: str | None = None):
    articles = [Article(id=f"a{i}", source=f"a{i}.txt", text=s) for i, s in enumerate(sentences)]
    mentions = tuple(Mention(a.id, 0, len(a.text), a.text) for a in articles)
    fact = Fact("f1", text or sentences[0], mentions, tuple(a.id for a in articles), len(articles))
    return articles, fact


def test_claims_carried_names_skip_a_plain_sentence_start():
    assert names_of("The ferry left Varne harbour on Monday.") == {"varne"}
    assert names_of("Ostra Shipping was fined, the regulator's Ines Dorow said.") == {"ostra", "shipping", "ines", "dorow"}


def test_claims_carried_a_place_or_a_figure_the_mention_lacks_is_not_carried():
    full = _read("The skipper, Aron Pell, died in hospital in Marbeck on Friday.")
    assert not carries(_read("The skipper, Aron Pell, died on Friday."), full)  # no Marbeck
    assert not carries(_read("The skipper, Aron Pell, died in hospital in Marbeck."), full)  # no day
    assert carries(_read("Aron Pell, the skipper, died in a Marbeck hospital on Friday."), full)
    fined = _read("Ostra Shipping was fined 3 million euros.")
    assert carries(_read("A fine of EUR 3m was imposed on Ostra Shipping."), fined)
    assert not carries(_read("Ostra Shipping was fined."), fined)


def test_claims_carried_each_mention_is_cited_to_the_articles_that_carry_it():
    full = "The skipper, Aron Pell, died in hospital in Marbeck on Friday."
    short = "The skipper, Aron Pell, died on Friday."
    _, fact = _fact([full, full, short])
    held = {m.article: carriers(fact, {}) [m] for m in fact.mentions}
    assert held == {"a0": ("a0", "a1"), "a1": ("a0", "a1"), "a2": ("a0", "a1", "a2")}


def test_claims_carried_the_summary_quotes_the_shared_wording_and_cites_every_carrier():
    # the fullest wording names a second party that two articles' mentions never name: the summary
    # quotes the wording all three carry, and cites all three
    fuller = "Ostra Shipping must pay 3 million euros; Kelby Freight escaped a fine after alerting the regulator."
    shared = "Ostra Shipping was fined 3 million euros by the regulator."
    articles, fact = _fact([fuller, shared, shared], text=fuller)
    sentences = {a.id: segment(a) for a in articles}
    (s,) = summarize(articles, sentences, [fact], None, words=40)
    assert s.text == shared and s.articles == ("a0", "a1", "a2")


def test_claims_carried_a_wording_no_other_mention_fully_carries_keeps_its_carriers():
    full = "The skipper, Aron Pell, died in hospital in Marbeck on Friday."
    other = "The skipper, Aron Pell, died on Friday after the trawler Selka sank off Corran."
    articles, fact = _fact([full, full, full, other])
    sentences = {a.id: segment(a) for a in articles}
    (s,) = summarize(articles, sentences, [fact], None, words=40)
    assert s.text == full and s.articles == ("a0", "a1", "a2")


def test_claims_carried_a_rewrites_synonyms_back_the_names_not_the_figures():
    wording = _read("Ilse Moder was convicted at Varne Crown Court of taking 2 million euros.")
    rewrite = _read("Ilse Moder was found guilty at Varne Crown Tribunal of taking 2 million euros.")
    assert not carries(rewrite, wording) and carries(rewrite, wording, spun=True)
    assert not carries(_read("Ilse Moder was found guilty at Varne Crown Tribunal of taking 3 million euros."),
                       wording, spun=True)


def test_claims_carried_a_name_is_carried_by_a_word_it_stems():
    wording = _read("The envoy met Norvian officials in Corran on Monday.")
    assert carries(_read("On Monday the envoy held talks in Corran about Norvia and the Norvians."), wording)
