"""Claims compare.negation reads beyond one verb told twice: another verb told of the same thing
("no pickets turned up at the depot gates" / "pickets gathered outside the depot gates"), a verb
of saying used of a thing ("extra cycle racks had been added": not "he added that ..."), and a
group named by its members ("a small group of pickets": the pickets).

Two verbs meet by the meaning of their predicates (encoder cosine, POLARITY_OTHER_VERB_SIMILARITY)
only when they are told of one thing by one head noun; verbs of opposite sense are kept apart,
since an encoder finds "opened the road" and "closed the road" close, and "was not opened" agrees
with "was closed". What it does not do: synonyms of the thing (compare.negation's cosine on the
things), verbs of ordering or nouns of doing (compare.negation, compare.deeds).
"""

from __future__ import annotations

from accord import settings
from accord.compare.denials import text_similarity
from accord.compare.happening_words import ANTONYMS


def other_doing(ctx, d, t) -> bool:
    """Two verbs told of one thing, by one head noun, whose predicates (the verb with its
    complements, without its doer and negation) are close in meaning: "no pickets turned up at
    the depot gates" / "pickets gathered outside the depot gates". Not nouns of doing, nor
    verbs of ordering, nor a thing that is one only by a name or a cosine."""
    if d.nominal or t.nominal or d.comp or t.comp or d.stance or t.stance or opposite(d.verb, t.verb):
        return False
    if d.patient or t.patient:
        if d.patient != t.patient or (d.agent and t.agent and d.agent != t.agent):
            return False
    elif not d.agent or d.agent != t.agent:
        return False
    # without the thing both name, whose words alone make two predicates close ("declined to
    # describe the device" / "a device had been planted": ECB+ dev)
    return text_similarity(ctx, _without(d), _without(t)) >= settings.POLARITY_OTHER_VERB_SIMILARITY


_DETERMINERS = frozenset("a an the any no some".split())


def _without(c) -> str:
    """A claim's predicate without the words of the thing it is done to and their determiners."""
    thing = set(c.patient_words.lower().split())
    return " ".join(w for w in c.predicate.split() if w.lower() not in thing and w.lower() not in _DETERMINERS)


# verbs of opposite sense or of the other side of one exchange, whose phrases an encoder still
# finds close ("opened the road" / "closed the road" 0.84, "sold the painting" / "bought the
# painting" 0.90, "hired the coach" / "fired the coach" 0.79): "was not opened" agrees with "was
# closed"; a verb and its un- or dis- form ("locked" / "unlocked") are read so without a list
_OPPOSITES = ANTONYMS + (
    ("open", "clos"), ("open", "shut"), ("start", "stop"), ("start", "end"), ("ris", "fell"), ("ris", "fall"),
    ("rais", "cut"), ("rais", "lower"), ("arriv", "left"), ("arriv", "leav"), ("arriv", "depart"), ("enter", "left"),
    ("enter", "exit"), ("allow", "ban"), ("increas", "decreas"), ("gain", "los"), ("join", "left"), ("join", "quit"),
    ("sell", "bought"), ("sell", "buy"), ("sold", "bought"), ("sold", "buy"), ("hir", "fir"), ("hir", "sack"),
    ("prais", "critici"), ("won", "los"), ("support", "oppos"), ("back", "oppos"), ("accept", "declin"),
    ("accept", "refus"), ("lend", "borrow"), ("lent", "borrow"), ("giv", "receiv"), ("gave", "receiv"),
    ("send", "receiv"), ("sent", "receiv"), ("import", "export"), ("confirm", "deni"), ("includ", "exclud"),
    ("attack", "defend"), ("promot", "demot"), ("appoint", "dismiss"), ("releas", "arrest"), ("releas", "detain"),
)


def opposite(a: str, b: str) -> bool:
    for x, y in ((a, b), (b, a)):
        bare = x[2:] if x.startswith("un") else x[3:] if x.startswith("dis") else ""
        if len(bare) >= 3 and (bare.startswith(y) or y.startswith(bare)) and abs(len(bare) - len(y)) <= 1:
            return True  # "unlocked" / "locked", "disconnected" / "connected", "unsafe" / "safe"
    return any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x)) for x, y in _OPPOSITES)


# verbs whose object is the one spoken to ("told reporters", "asked the court"), not a thing done
_LISTENER = frozenset("tell told ask asked answer answered".split())


def deed_of_saying(v) -> bool:
    """A verb of saying or thinking used of a thing, with no clause of what is said: "extra cycle
    racks had been added", "did not add any cycle racks" (not "he added that ...")."""
    if v.lower_ in _LISTENER or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in v.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" for c in v.children)


def members(tok):
    """"A small group of pickets", "a team of divers": the plural named by no determiner after a
    singular noun of one (a / an), else the noun itself ("a friend of the victim" stays a friend)."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS" and not any(x.dep_ in ("det", "poss") for x in g.children)),
                tok)
