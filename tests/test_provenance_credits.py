"""Credits and outlet names: which outlet a text credits, and one outlet under several names."""

from __future__ import annotations

import pytest

from accord.provenance.credits import credit_mentions, credits_name, same_outlet
from accord.types import Article


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("BBC", "BBC News", True),
        ("AP", "The Associated Press", True),
        ("Lakeside Tribune", "Lakeside Tribune Weekly", True),
        ("Reuters", "reuters.com", True),
        ("BBC", "CNN", False),
        ("Daily One", "Daily Two", False),
        ("Northern Press Agency", "Harbour Herald", False),
    ],
)
def test_provenance_same_outlet(a, b, same):
    assert same_outlet(a, b) is same


@pytest.mark.parametrize(
    "text, name, strong",
    [
        ("The ministry confirmed the figures, the Harbour Herald reported on Monday.", "Harbour Herald", True),
        ("Three people were hurt, according to Reuters.", "Reuters", True),
        ("PARIS (AFP) - Talks resumed on Friday.", "AFP", True),
        ("The figures were first reported by AFP. The ministry did not comment.", "AFP", True),
        ("This report was first published by the Lakeside Tribune.", "Lakeside Tribune", True),
        ("Witnesses told the BBC that the road was closed.", "BBC", False),
    ],
)
def test_provenance_credit_mentions(text, name, strong):
    found = [c for c in credit_mentions(Article(id="x", source="x", text=text)) if c.name == name]
    assert found and found[0].strong is strong
    assert text[found[0].start : found[0].end] == name


def test_provenance_credit_needs_an_outlet_name():
    # a person or an agency of state after "according to" is not a news credit
    art = Article(id="x", source="x", text="The bridge is safe, according to Niall Brogan of the council.")
    assert credit_mentions(art) == ()


def test_provenance_strong_credit_only():
    art = Article(id="x", source="x", text="Witnesses told the BBC that the road was closed.", credits=())
    assert credits_name(art, ["BBC News"]) is True
    assert credits_name(art, ["BBC News"], strong=True) is False
