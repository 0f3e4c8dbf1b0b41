"""SameEvent encodes lazily: only the texts of pairs that reach the similarity test."""

from __future__ import annotations

import numpy as np
import pytest

from accord.compare.context import StoryContext
from accord.compare.events import Located, SameEvent, clause_of
from accord.compare.nlp import parse
from accord.embed import Encoder
from accord.segment import segment
from accord.types import Article

_TEXTS = (
    "The ferry to the northern islands was cancelled on Thursday after a storm warning.",
    "Harbour officials said the ferry would not sail on Friday because of high winds.",
    "A cycling race through the valley drew 4,000 riders over the weekend, organisers said.",
    "The council approved a new library budget of 2 million euros at its March meeting.",
    "Volunteers planted 300 oak saplings along the river bank near the old mill.",
    "The museum extended its opening hours until 9 p.m. for the summer exhibition.",
)


def _story(encoder) -> tuple[StoryContext, list[Located]]:
    articles = [Article(id=f"ev{i}", source=f"ev{i}.txt", text=t) for i, t in enumerate(_TEXTS)]
    sentences = {a.id: segment(a) for a in articles}
    items = []
    for a in articles:
        s = sentences[a.id][0]
        for k in (2, 3, 4):  # three values per sentence: mask one word at a time
            start = s.text.index(" ", len(s.text) * (k - 1) // 5)
            end = s.text.index(" ", start + 1)
            items.append(Located(s, start, end, None, s.text[start:end]))
    assert len({it.masked() for it in items}) == len(items)
    return StoryContext(tuple(articles), sentences, (), encoder), items


def test_compare_events_encodes_nothing_until_a_pair_is_compared(encoder):
    ctx, items = _story(encoder)
    same = SameEvent(ctx, items)
    assert not any(encoder.is_cached(it.masked()) for it in items)
    a, b = items[0], items[3]
    got = same.similarity(a, b)
    # only the two texts of the compared pair went through the encoder
    assert encoder.is_cached(a.masked()) and encoder.is_cached(b.masked())
    assert not any(encoder.is_cached(it.masked()) for it in items if it is not a and it is not b)
    va, vb = encoder.encode([a.masked(), b.masked()])
    assert np.isclose(got, float(va @ vb), atol=1e-5)
    # a ferry pair is closer than a ferry and an unrelated tree-planting sentence
    assert got > same.similarity(a, items[12])


def test_compare_events_encodes_pair_by_pair_when_calls_cost_nothing(encoder):
    assert encoder.call_cost == 0  # ONNX Runtime: a call costs no more than its texts
    ctx, items = _story(encoder)
    texts = [it.masked() + " (pairwise)" for it in items]
    same = SameEvent(ctx, items, texts)
    same.similarity(items[0], items[3])
    same.similarity(items[0], items[6])
    assert [encoder.is_cached(t) for t in texts].count(True) == 3


class _CostlyCalls(Encoder):
    """The same encoder, declaring the fixed cost per call that torch's backend has."""

    call_cost = 10


def test_compare_events_batches_the_rest_once_most_texts_are_asked_for():
    encoder = _CostlyCalls()
    ctx, items = _story(encoder)
    texts = [it.masked() + " (clause)" for it in items]
    same = SameEvent(ctx, items, texts)
    same.similarity(items[0], items[3])
    assert not encoder.is_cached(texts[-1])
    # a second miss with most texts still pending: one batch for all of them costs less than
    # the encoder calls that asking pair by pair would make
    same.similarity(items[0], items[6])
    assert all(encoder.is_cached(t) for t in texts)


def _happening_of_day(sentence: str, day: str) -> tuple:
    from accord.compare.events import governor, happening
    from accord.compare.nlp import parse

    [doc] = parse([sentence])
    start = sentence.index(day)
    return happening(governor(doc, start, start + len(day)))


def test_events_took_alone_is_a_happening_of_its_own():
    # "took place" names no happening of its own (the story's event, whatever the others call
    # it); "took" alone does: taking six paintings is not the minister's resignation
    from accord.compare.events import same_happening

    resigned = _happening_of_day("The culture minister resigned on Tuesday.", "Tuesday")
    took = _happening_of_day("Thieves took six paintings from the gallery on Monday.", "Monday")
    took_place = _happening_of_day("The robbery took place on Monday.", "Monday")
    assert same_happening(took, resigned) == 0
    assert same_happening(took_place, resigned) == 1


@pytest.mark.parametrize(
    "sentence, span, clause",
    [
        ("The contract was approved at a branch meeting on Saturday, the Gazette understands, before the vote was announced.",
         "on Saturday", "The contract was approved at a branch meeting"),
        ("The silo collapsed just after 6 a.m., according to the plant's own logs.", "just after 6 a.m.", "The silo collapsed"),
        ("The ferry sank on Tuesday, police said.", "on Tuesday", "The ferry sank"),
        # a reporting verb that is the clause's own happening stays
        ("The mayor said on Tuesday that the ferry had sunk.", "on Tuesday", "The mayor said"),
    ],
)
def test_compare_events_clause_leaves_out_who_tells_it(sentence, span, clause):
    doc = parse([sentence])[0]
    start = sentence.index(span)
    assert clause_of(doc, start, start + len(span), occasion=True) == clause
