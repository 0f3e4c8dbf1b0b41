"""claims.carried and summarize.cited: a summary sentence cites only the articles whose mention
carries its wording, and is contradicted only by disputes of what its wording states."""

import datetime as dt

import pytest

from accord.claims.carried import Carriage, carries, states, wording
from accord.summarize.cited import Citing
from accord.types import Article, Claim, Discrepancy, Fact, Mention, Sentence


def _article(aid: str, *sentences: str, published=dt.date(2026, 3, 4)) -> tuple[Article, tuple[Sentence, ...]]:
    text, out, at = "", [], 0
    for i, s in enumerate(sentences):
        out.append(Sentence(aid, i, at, at + len(s), s))
        text += s + " "
        at += len(s) + 1
    return Article(aid, aid, text.strip(), published=published), tuple(out)


def _mention(sentences: tuple[Sentence, ...], i: int = 0) -> Mention:
    s = sentences[i]
    return Mention(s.article, s.start, s.end, s.text)


@pytest.mark.parametrize("full, short, carried", [
    # a place the shorter mention never gives
    ("Ana Lind died in hospital in Orrby on Friday.", "Ana Lind died on Friday after the storm.", False),
    # a figure it does not give, and one it gives in other words
    ("The ferry carried 212 passengers across the bay.", "The ferry carried passengers across the bay.", False),
    ("More than 140 volunteers searched the hills.", "Over 140 volunteers searched the hills near Kell.", True),
    # a nationality adjective carries the country's name
    ("Kenyan runners took the first three places.", "Runners from Kenya took the first three places.", True),
    # regression (review16): the module's own example; the names given, nothing said of what the
    # wording says of them
    ("The trophy was presented by Sports Minister Karin Holt.",
     "Sports Minister Karin Holt congratulated the winner.", False),
    # regression (review16): a name written with a letter past ASCII is a name
    ("The fire in Zürich was put out by morning.", "The fire in Geneva was put out by morning.", False),
])
def test_claims_carried_names_and_values(full, short, carried):
    assert carries(wording(short), wording(full)) is carried


def test_claims_carried_spun_rewrite_backs_names_not_figures():
    full = wording("The Harwell Crown Court fined the firm 12,000 pounds.")
    assert carries(wording("The Harwell Crown Tribunal fined the company 12,000 pounds."), full, spun=True)
    assert not carries(wording("The Harwell Crown Tribunal fined the company 15,000 pounds."), full, spun=True)


def _story():
    a, sa = _article("a", "The Pellworth bridge was closed on Monday after cracks were found in two piers.",
                     "Engineer Ruth Kaye, the sister of mayor Olaf Kaye, said repairs would take weeks.")
    b, sb = _article("b", "The bridge at Pellworth was shut after cracks were found in two of its piers.",
                     "Traffic was diverted on Monday through the town centre.",
                     "Engineer Ruth Kaye said repairs would take weeks.")
    c, sc = _article("c", "The Pellworth bridge was closed after cracks were found in two piers.",
                     "Engineer Ruth Kaye said repairs would take weeks.")
    d, sd = _article("d", "Engineer Sven Moor, the brother of mayor Olaf Kaye, said the work had begun.")
    return (a, b, c, d), {"a": sa, "b": sb, "c": sc, "d": sd}


def test_summarize_cited_day_given_elsewhere_and_missing_name():
    articles, sentences = _story()
    carriage = Carriage(articles, sentences=sentences)
    closed = Fact("f1", sentences["a"][0].text, (_mention(sentences["a"]), _mention(sentences["b"]),
                                                 _mention(sentences["c"])), ("a", "b", "c"), 3)
    # b gives the day in another sentence; c gives none anywhere
    assert carriage.carriers(closed, _mention(sentences["a"])) == ("a", "b")
    said = Fact("f2", sentences["a"][1].text, (_mention(sentences["a"], 1), _mention(sentences["b"], 2),
                                               _mention(sentences["c"], 1)), ("a", "b", "c"), 3)
    # the relation's other person is named only in a's wording
    assert carriage.carriers(said, _mention(sentences["a"], 1)) == ("a",)
    assert carriage.carriers(said, _mention(sentences["b"], 2)) == ("a", "b", "c")


def test_summarize_cited_contradicted_only_by_disputes_of_the_wording():
    articles, sentences = _story()
    own, other = _mention(sentences["a"], 1), _mention(sentences["d"])
    relation = Discrepancy("relation", "who is the sibling of Olaf Kaye", (
        Claim("Ruth Kaye", ("a",), own.text, (own,)), Claim("Sven Moor", ("d",), other.text, (other,))))
    said = Fact("f2", own.text, (own, _mention(sentences["b"], 2), _mention(sentences["c"], 1)),
                ("a", "b", "c"), 3, contradicted_by=("d",))
    cite = Citing(articles, [said], [relation], [{0: 0}], None, (), sentences)

    class C:  # a summary candidate: a fact and the mention quoted
        def __init__(self, mention):
            self.fact, self.mention = 0, mention

    assert cite.contradicted_by(C(own)) == ("d",)
    # the same fact quoted where the relation goes unsaid: nothing of it is disputed
    assert cite.contradicted_by(C(_mention(sentences["b"], 2))) == ()
    assert states(own.text, own, relation.claims[0], relation, Carriage(articles))
    assert not states(sentences["b"][2].text, _mention(sentences["b"], 2), relation.claims[0], relation,
                      Carriage(articles))
