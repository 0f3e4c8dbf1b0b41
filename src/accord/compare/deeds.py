"""How a clause tells a deed, for compare.negation: a deed told by its noun, a willingness, a deed
told in a clause of "after", and what an order is of when the parser misreads it.

A noun of doing as the subject of a verb of finding or showing states that the doing was done:
"Analysis of the second sample confirmed the result" says the sample was analysed, whatever the
analysis found ("A survey of the hull found no cracks": the hull was surveyed). So it disputes
"The second sample has not been analysed" (compare.negation pairs it with the denial of the verb
whose noun it is, by the verb's first letters, as it pairs "lodged an appeal" with "has not
appealed"). Not when the finding is not told as done: the future or the possible ("analysis is
expected to confirm", "could show"), a condition, a question.

A stance: "the party said it was open to joining a coalition", "is willing to sell the site" tell
a party's willingness, which "ruled out joining a coalition", "refused to sell the site", "would
not sell" deny (compare.negation's readings of a verb denied by the verb governing it, or by its
own "would not"). A stance is a claim of what a party will do, so it meets only a denial of that
kind, never a plain "has not joined"; a stance held back ("might be willing", "not open to")
is none.

A past clause of "after" or "because" tells its deed as a main clause does ("residents cheered
after a judge ordered the city to shut the site"), and a verb joined to another shares its subject
("a judge awarded damages and ordered ..."). An order's complement the small parser hangs as a
clause of manner ("ordering the landfill closed", "did not order the landfill to close") is read
as what is ordered.

What it does not do: pair or judge claims (compare.negation does), read nouns of doing as
objects ("lodged an appeal": compare.negation's own reading), or read what a finding found.
"""

from __future__ import annotations

from accord.cluster.features import stem as noun_stem
from accord.compare.counted import stem as verb_stem
from accord.compare.happening_words import whole_of
from accord.compare.polar_words import called, kind_of, modifiers_of, names_in, owner_of, verb_key

# verbs whose subject, a noun of doing, must have been done for them to be true
_FINDING = frozenset(map(verb_key, "confirm show find reveal establish indicate validate detect uncover "
                                   "conclude prove identify".split()))
# adjectives of a stance: "open to joining", "willing to sell", "ready to resume"
_WILLING = frozenset("open willing ready prepared keen eager happy".split())
MODALS = frozenset("will would could may might can should shall must 'll".split())
MARKS = frozenset("if whether unless before until till once".split())
# verbs above a finding that leave it untold ("is expected to confirm", "hoped the tests would show")
_UNTOLD = frozenset(map(verb_key, "expect hope want plan aim intend need wait await seek".split()))


def done_by_noun(v):
    """The noun of doing that `v`, a told verb of finding, says was done, with what it was done to:
    (noun, of) for "Analysis of his sample confirmed ..." (analysis, sample), else None."""
    if verb_key(v.lower_) not in _FINDING or not _told(v):
        return None
    first = v.head if v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) else v
    noun = next((c for c in first.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
               for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    if of is None:
        return None  # "the analysis confirmed": of what, the sentence does not say
    return noun, of


def _told(v) -> bool:
    """Told as done: past, or present perfect, with no modal, condition or verb of expecting above."""
    kids = list(v.children)
    if any(c.dep_ == "neg" for c in kids) and v.tag_ != "VBD" and not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "did") for c in kids):
        return False
    if not (v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                          for c in kids))):
        return False
    node = v
    for _ in range(4):
        kids = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in MARKS for c in kids):
            return False
        if node is not v and verb_key(node.lower_) in _UNTOLD:
            return False
        if node.head.i == node.i:
            break
        node = node.head
    return not node.doc.text.rstrip().endswith("?")


def stance_of(v):
    """The adjective of willingness that governs `v` ("open" of "was open to joining a coalition",
    "willing" of "is willing to sell"), not negated, not hedged, else None."""
    head = v.head
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to":
        adj = head.head  # "open to joining"
    elif v.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        adj = head  # "willing to sell"
    else:
        return None
    if adj.pos_ != "ADJ" or adj.lower_ not in _WILLING or any(c.dep_ == "neg" for c in adj.children):
        return None
    node = adj.head if adj.dep_ in ("acomp", "xcomp") else adj
    if any(c.dep_ == "neg" for c in node.children) or any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
        return None  # "was not open to joining", "might be willing to sell"
    return adj


def subject_of(adj):
    """Who holds the stance: the subject of the verb the adjective completes ("his party was open")."""
    node = adj.head if adj.dep_ in ("acomp", "xcomp") else adj
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON" and node.dep_ == "ccomp" and node.head.pos_ == "VERB":
        # "The union said it was willing to ...": the one who said it
        subj = next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), subj)
    return subj


# conjunctions of a clause that tells what happened before or why, not a condition
FACT_MARKS = frozenset("after because".split())


def presupposed(v) -> bool:
    """A past clause of "after" or "because" ("celebrated after a judge ordered the city to shut
    the site"): its happening is told as done, as a main clause tells it."""
    return v.dep_ == "advcl" and v.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in v.children)


def complement(c) -> bool:
    """A verb's clause of what it orders or decides ("ordered the operator to shut the quarry",
    "ruled out raising rates"), and the object complement the small parser reads as a clause of
    manner ("ordering the landfill closed", "did not order the landfill to close": advcl with no
    conjunction and no subject of its own)."""
    if c.pos_ != "VERB":
        return False
    if c.dep_ in ("xcomp", "ccomp", "oprd"):
        return True
    return c.dep_ == "advcl" and not any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children) and (
        c.tag_ in ("VBN", "VBD") or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))


def object_complement(v) -> list:
    """The participle right after the object of `v` that the parser hung elsewhere ("stopped short
    of ordering the landfill closed": "closed" read as a clause of "stopped"), as [token], else []."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    end = max(t.i for t in obj.subtree) + 1
    if end >= len(obj.doc):
        return []
    nxt = obj.doc[end]
    if nxt.tag_ in ("VBN", "VBD") and nxt.dep_ == "advcl" and nxt.head.i != v.i and not any(
            g.dep_ in ("mark", "nsubj", "nsubjpass", "dobj") for g in nxt.children):
        return [nxt]
    return []


# past participles written as their plain form
_SAME_PARTICIPLE = frozenset("shut cut set put hit let quit".split())


def participle_object(v):
    """The participle the parser takes for the object of `v`, with the thing it is said of: "ordered
    the depot shut" (shut read as a noun, depot its compound), "ordering the depot closed" (closed
    read as an adjective, depot its subject): (participle, depot), else None."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lower_ in _SAME_PARTICIPLE or (obj.lower_.endswith("ed") and obj.tag_ in (
            "VBN", "VBD", "JJ"))):
        return None
    thing = next((c for c in obj.children if c.i < obj.i and c.pos_ == "NOUN" and c.dep_ in (
        "nsubj", "compound", "amod")), None)
    return None if thing is None else (obj, thing)


def subject_of_verb(v):
    """The subject of `v`, or of the verb it is joined to when it has none ("a judge awarded them
    damages and ordered the city to ...": the judge)."""
    passive = any(c.dep_ == "auxpass" for c in v.children)
    node = v
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            # a subject of the other voice is not this verb's ("attacked the guard and was held")
            return subj if node is v or (subj.dep_ == "nsubjpass") == passive else None
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def complement_of(v) -> tuple:
    """The verb a verb of causing or deciding governs, with its thing: "ordered the operator to
    shut the quarry" ("shut", quarry), "did not order the quarry closed" ("clos", quarry), "ruled
    out raising its rates" ("rais", rate); () when none."""
    shaped = participle_object(v)
    if shaped is not None:  # "ordering the depot closed" parsed as the object "closed" of the depot
        verb, thing = shaped
        return (verb_stem(verb.lower_), _key(thing), names_in(thing))
    for c in list(v.children) + object_complement(v):
        if complement(c):
            kids = list(c.children)
            thing = next((g for g in kids if g.dep_ == "dobj"), None) or next(
                (g for g in kids if g.dep_ in ("nsubj", "nsubjpass")), None) or next(
                (g for g in v.children if g.dep_ == "dobj" and c.dep_ in ("xcomp", "advcl")), None)
            # ("ordered the landfill to close": the landfill, the one told to do it)
            thing = whole_of(thing)
            key = _key(thing) if thing is not None else ""
            if key:
                return (verb_stem(c.lower_), key, names_in(thing))
    return ()


def _key(tok) -> str:
    return noun_stem(tok.lower_) if tok is not None and tok.pos_ in ("NOUN", "PROPN") else ""


def _text(tok) -> str:
    return " ".join(t.text for t in tok.subtree if t.pos_ != "PUNCT")


def said_by_noun(s, v):
    """compare.negation's claim (negation.Said) that the noun of doing under the verb of finding
    `v` was done ("Analysis of his sample confirmed ...": analysed, of the sample), else None."""
    from accord.compare.negation import Said

    found = done_by_noun(v)
    if found is None:
        return None
    noun, of = found
    key = verb_key(noun.lower_)
    return Said(s, key, False, False, False, _key(of), "", kind_of(of), "", (), noun.idx, f"{noun.text} of {of.text}",
                _text(noun), key, (), owner_of(of), names_in(of), frozenset(), modifiers=modifiers_of(v, None),
                nominal=True, predicate=_text(noun), named=of.pos_ == "NOUN")


def said_willing(s, v):
    """compare.negation's claim of a stance ("his party was open to joining a coalition": join, of
    the coalition, by the party), else None."""
    from accord.compare.negation import Said

    adj = stance_of(v)
    if adj is None:
        return None
    subj = subject_of(adj)
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    key = verb_key(v.lower_)
    return Said(s, verb_stem(v.lower_), False, False, False, _key(obj), _key(subj),
                kind_of(obj) if obj is not None else "", kind_of(subj),
                (), v.idx, f"{adj.text} to {v.text}", _text(adj), key, (), owner_of(obj), names_in(obj), called(subj),
                modifiers="", predicate=" ".join(t.text for t in v.subtree if t.pos_ != "PUNCT"),
                named=obj is not None and obj.pos_ == "NOUN", stance=True)
