"""provenance's spin check spends the encoder only on article pairs that could be spins (issue 18).

Two copies of one wire text, each cut by hand in other places, share their sentences nearly in
order: the paraphrase filter proposes every sentence pair, and each rewritten pair's meaning was
asked of the encoder, though no such copy swaps words for synonyms and detect.py reads an
alignment only when it is of the spun kind. Those sentences are now set aside: counted as asked
for (what align then treats as already encoded is unchanged), encoded only if a later stage
asks. Own writing: the harbour fire of tests/test_provenance_spins.py, cut two ways.
"""

from __future__ import annotations

from accord.embed.encoder import StoryEncoder
from accord.provenance.paraphrase import spin_alignments
from accord.provenance.text import tokenize
from accord.segment import segment
from accord.types import Article
from test_provenance_spins import SOURCE, SPIN


def _cut(text: str, every: int, offset: int) -> str:
    """`text` with every `every`-th word of each sentence dropped (never its first or last)."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        out.append(" ".join(w for i, w in enumerate(words)
                            if not (0 < i < len(words) - 1 and (i + offset) % every == 0)))
    return "\n".join(out)


def _inputs(a_text: str, b_text: str):
    arts = [Article(id="a", source="a", text=a_text), Article(id="b", source="b", text=b_text)]
    return {a.id: segment(a) for a in arts}, {a.id: tokenize(a.id, a.text) for a in arts}


def test_provenance_copies_cut_two_ways_cost_no_encoding(encoder):
    sentences, docs = _inputs(_cut(SOURCE, 5, 0), _cut(SOURCE, 5, 2))
    before = encoder.encoded
    lean = StoryEncoder(encoder)
    assert spin_alignments(sentences, docs, lean, spun_only=True) == {}
    assert encoder.encoded == before  # nothing went through the model
    full = StoryEncoder(encoder)
    assert ("a", "b") in spin_alignments(sentences, docs, full)  # they do align, sentence by sentence
    assert encoder.encoded > before  # ... which took the encoder's reading of their rewritten sentences
    # the same sentences count as asked for, so align's budget sees the story as before
    assert lean._asked == full._asked and lean._asked

def test_provenance_spin_still_aligned_when_only_spins_are_asked_for(encoder):
    sentences, docs = _inputs(SOURCE, SPIN)
    both = [spin_alignments(sentences, docs, StoryEncoder(encoder), spun_only=flag) for flag in (False, True)]
    assert ("a", "b") in both[0]
    assert both[1] == both[0]
