"""A state said of a thing with "be" and an adjective, denied in one article and stated in another
("The footbridge was not safe for walkers" / "The footbridge was safe for walkers, engineers
said"; "None of the wells were dry" / "Two of the wells were dry" is a part, not all).

compare.negation reads verbs; this reads the adjective a form of "be" takes as its complement
(spaCy `acomp`), negated by the copula's own "not" / "never" or by "no" / "none of" on its subject,
into the same record (negation.Said), so a state meets only the same adjective told of the same
thing (one head noun) in sentences told twice, with negation's guards: the future, the possible,
conditions, a denial that is not made, words of change ("no longer", "still", "yet").

What it does not do: antonyms ("unsafe" / "safe", "closed" / "open": an encoder finds them close,
so two adjectives never meet by meaning), a state told by a verb ("was not working" is
compare.polarity's), "there was no X" (compare.denials), pronoun subjects.
"""

from __future__ import annotations

from accord.compare.counted import COPULAS, stem as verb_stem
from accord.compare.polar_words import above, called, kind_of, modifiers_of, names_in, owner_of
from accord.compare.tense import counterfactual

# adjectives of a speaker's knowledge or a moment's outlook, not of the thing: "not clear", "not
# sure", "not available for comment"
_BE = COPULAS | {"'s", "'re"}
_NOT_STATES = frozenset("clear sure certain aware able unable available likely unlikely possible "
                        "impossible due ready willing keen happy right wrong true false".split())


def said_of_state(s, adj, hedged, argument, key):
    """The state `adj` (an adjective complement of "be") of its subject, as negation.Said, or None.
    `hedged`, `argument` and `key` are compare.negation's readers, passed in (it imports this)."""
    from accord.compare.negation import Said, said_of_future

    cop = adj.head
    if adj.dep_ != "acomp" or adj.pos_ != "ADJ" or cop.lower_ not in _BE or adj.lower_ in _NOT_STATES:
        return None
    if cop.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp", "csubj", "pcomp") or hedged(cop):
        return None  # a clause of a noun or a condition; what is said ("said it was safe") is read
        # only as a report of it when `above` finds no denial over it
    if counterfactual(cop) or above(cop) is not None:
        return None
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    subj, sweep, part, none = argument(subj)
    p_key = key(subj)
    if not p_key:
        return None
    own = any(c.dep_ == "neg" for c in cop.children)
    if own and (sweep or none):
        return None  # "no one was not ...": read no further
    future = said_of_future(cop)
    neg = own or sweep or none
    if future and not neg:
        return None
    predicate = " ".join(t.text for t in adj.subtree if t.pos_ != "PUNCT")
    clause = " ".join(t.text for t in cop.subtree if t.pos_ != "PUNCT")
    return Said(s, verb_stem(adj.lower_), neg, sweep or none, part, p_key, "", kind_of(subj), "", (), adj.idx,
                ("not " if neg else "") + adj.text, clause, adj.lower_, (), owner_of(subj), names_in(subj),
                called(None), modifiers=modifiers_of(cop, None), future=future, predicate=predicate,
                named=subj.pos_ == "NOUN")
