"""Where a happening took place, read from the parse: the places compare.places compares by name.

A place is a name the recogniser tags as one (GPE, FAC; a lone unfamiliar town it tags as a
person or an organisation) that the parse attaches to a preposition of place, directly or
through a common noun of a place:

    in Oslund, at the Wool Exchange, near Vardby        the name is the preposition's object
    in the port city of Vardby                           "of" after a place noun
    in the northern city, Vardby / the town Vardby     in apposition to a place noun

Each place has a level: an "area" (a town, a region, a country: GPE, and towns the tagger
mislabels; not LOC, a mountain or a river, which on ECB+ dev held the towns told beside them) or a "site" (a building or a ground: FAC, or a name ending in a building's noun, "the
Wool Exchange", which the tagger often calls an organisation). compare.places sets places of one
level against each other only: a hall sits in some town another article may name instead.

What it does not do: no streets or addresses, no gazetteer (which town is in which region is
left to the story's own words, compare.places), no place named by a pronoun or a common noun
alone ("the town").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.compare.events import Located
from accord.compare.nlp import parse
from accord.compare.place_happening import happening_words, placed_noun, role

PLACE_PREPOSITIONS = frozenset("in at near outside inside on to into from".split())
# common nouns of an area a name may follow: "the port city of Vardby", "the village, Tarn"
_AREA_NOUNS = frozenset("city town village port capital region province district suburb county island "
                        "state country area municipality borough hamlet resort commune canton".split())
# last words of a building's or a ground's name: "the Wool Exchange", "Lindenau Sports Hall"
SITE_WORDS = tuple("hall exchange centre center stadium arena hotel theatre theater museum church "
                        "cathedral station airport hospital library palace house building tower square "
                        "ground grounds park gallery chamber court courthouse school college "
                        "university castle bridge market pavilion infirmary clinic".split())
# words of an organisation's name: "in Nordgrid Holdings" is no town
_ORG_WORDS = frozenset("bank group holdings inc ltd plc corp corporation company co association union "
                       "party ministry council committee agency authority commission fund trust "
                       "federation league club foundation institute".split())
_CANDIDATE = re.compile(r"\b(?:in|at|near|outside|inside|on|to|into|from)\s+(?:[\w’'-]+\s+){0,5}?[A-Z]")


@dataclass(frozen=True)
class Place(Located):
    level: str = "area"  # "area" (town, region, country) or "site" (building, ground)
    phrase: int = -1  # where the words that place it begin, "the port city of Vardby" (-1: the name)
    role: str = "at"  # where a thing is ("at"), went ("to") or came from ("from"): place_happening
    noun: str = ""  # the noun it places, "a state banquet at X" -> "banquet" ("": a verb's place)
    happening: str = ""  # the happening's words without the place, times and figures


def place_mentions(ctx: StoryContext) -> list[Place]:
    """Places attached to a preposition of place in every sentence of the story."""
    cand = [s for s in ctx.all_sentences() if _CANDIDATE.search(s.text)]
    out = []
    for s, doc in zip(cand, parse([s.text for s in cand])):
        for ent in doc.ents:
            prep = _preposition(doc, ent)
            if prep is None:
                continue
            level, end = _level(doc, ent, prep), _site_end(doc, ent)
            if end > ent.end:
                level = "site"  # "the Quay Road bridge": a site named by both
            if level is None or _distance(doc, prep):
                continue
            phrase = doc[prep.i + 1].idx if prep.i + 1 < ent.start else ent.start_char
            span = doc[ent.start:end]
            out.append(Place(s, span.start_char, span.end_char, span.text.lower(), span.text, level, phrase,
                             role(prep), placed_noun(prep), happening_words(doc, prep)))
    return out


def _site_end(doc, ent) -> int:
    """Where a name that heads a building's noun ends with that noun: "on the Quay Road bridge",
    "near the Vell hotel" (the name alone is a road, a town, a person); else the name's end."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if (ent.label_ in ("LOC", "FAC", "GPE", "ORG", "PERSON") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
            and nxt.lower_.endswith(SITE_WORDS) and ent.root.head.i == nxt.i):
        return ent.end + 1
    return ent.end


def _distance(doc, prep) -> bool:
    """ "2 km from X", "some way from X": a distance's anchor (compare.anchors), not an origin."""
    if prep.lower_ != "from":
        return False
    before = doc[max(0, prep.i - 3):prep.i]
    return any(t.ent_type_ == "QUANTITY" or t.lower_ in ("away", "far", "miles", "km", "metres") for t in before)


def _preposition(doc, ent):
    """The preposition of place the name hangs from ("in", "at" ...), or None."""
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ == "the" and ent.start > 1:
        prev = doc[ent.start - 2]
    if prev is not None and prev.lower_ in PLACE_PREPOSITIONS:
        return prev
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS:
        return head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _AREA_NOUNS:
        head = head.head  # "in the port city of Vardby"
    elif root.dep_ in ("appos", "compound") and head.lower_ in _AREA_NOUNS and head.i < root.i:
        pass  # "in the northern city, Vardby", "in the town Vardby"
    else:
        return None
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS:
        return head.head
    return None


def _level(doc, ent, prep) -> str | None:
    """"area", "site", or None for a name that is no place here."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    possessive = nxt is not None and nxt.lower_ in ("'s", "’s")
    words = [t.lower_ for t in ent]
    if ent.label_ == "GPE":
        return "area"  # not LOC: mountains, rivers and regions hold the towns told beside them
    if ent.label_ == "FAC" or (ent.label_ == "ORG" and words[-1].endswith(SITE_WORDS) and not possessive):
        return "site"  # "the Wool Exchange", "the Guildhall"
    if possessive or any(w in _ORG_WORDS for w in words):
        return None
    if ent.label_ in ("PERSON", "ORG") and ent.root.head.lower_ in _AREA_NOUNS | {"of"} and prep.i < ent.start - 1:
        # "in the port city of Vardby", "in the town, Tarn": a place noun says what the name is
        of = ent.root.head
        if of.lower_ in _AREA_NOUNS or of.head.lower_ in _AREA_NOUNS:
            return "area"
    # the small model takes some unfamiliar towns for people or organisations ("in Oslund"): a
    # lone capitalised name right after "in"/"near" is a place there
    if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and prep.lower_ in ("in", "near") and prep.i == ent.start - 1:
        return "area"
    return None
