"""What a figure counts, read from the dependency parse: noun, verb, named subject, scope.

"120,000 *people* were *airlifted*", "the death *toll* rose to 45", "*killing* 169 *Afghans*",
"40 protesters, including 15 ...": the counted noun is the head the number modifies (spaCy
`nummod`), else the subject of "rose to / stood at", else the noun of "N of X". The verb is the
participle or relative clause on that noun, else the nearest governing verb. The subject is
kept only when it is a name ("the Orioles offered ..."), because names tell two offers apart and
common nouns ("thieves" / "the gang") usually do not.

What it does not do: no coreference ("they"), and no semantics beyond a short list of verb
groups (kill/die, injure/wound, evacuate/airlift ...): a verb outside every group matches only
itself or a light verb ("had", "was").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Nouns for people: a count of "people" and one of "civilians" in the same event is one count.
_PERSON_NOUNS = frozenset(
    """
    people person persons individual individuals civilian civilians resident residents
    inhabitant inhabitants citizen citizens foreigner foreigners national nationals refugee
    refugees migrant migrants evacuee evacuees
    """.split()  # not men/women/children: "two women and a man" are two counts, not one
)
# Verbs (crudely stemmed) that say the same thing happened; different groups are different counts.
_PREDICATE_GROUPS = [
    {"kill", "die", "dead", "death", "perish", "fatal", "fatality", "toll", "claim", "murder", "slain"},
    {"injur", "wound", "hurt", "injury"},
    {"evacuat", "airlift", "fly", "flown", "flew", "rescu", "extract", "leav", "left", "flee", "fled",
     "lift", "air-lift", "ferri"},
    {"arrest", "detain", "held", "hold", "captur", "jail", "imprison"},
    {"miss", "missing", "unaccounted"},
    {"displac", "homeless"},
    {"destroy", "raze", "flatten", "level"},
    {"cancel", "scrap", "axe", "call off"},
    {"approv", "pass", "adopt", "back"},
    {"treat", "admit", "hospitali"},
]
# Verbs that say nothing of the happening ("had 150 passengers", "was 62 percent").
_LIGHT_VERBS = frozenset(
    "be is are was were been being has have had hav do did doe get got make made take took say "
    "said stand stood remain number total reach come came put".split()
)
_STEM = re.compile(r"(?:ing|ed|es|s|e)$")
# Adjectives that pick a subset ("the final two games" vs "the next four games").
SCOPE_ADJECTIVES = frozenset(
    "first last final next previous past remaining other following preceding initial latest "
    "new additional".split()
)
_MODALS = frozenset("will would could may might can should shall 'll".split())


@dataclass(frozen=True)
class Counted:
    noun: str | None  # crude stem of the counted noun ("person", "toll"); None when not found
    phrase: str  # the noun phrase as written ("death toll", "final two games" -> "final games")
    predicate: str | None  # crude stem of the verb ("airlift", "kill")
    verb: str  # the verb as written
    subject: str | None  # the verb's subject when it is a name
    modal: bool  # "will miss", "could lose": said of the future or the possible

    @property
    def modifier(self) -> str:
        return self.phrase.rsplit(" ", 1)[0].lower() if " " in self.phrase else ""

    @property
    def scope(self) -> frozenset[str]:
        return frozenset(w for w in self.modifier.split() if w in SCOPE_ADJECTIVES)


def stem(word: str) -> str:
    w = word.lower()
    if w in _PERSON_NOUNS:
        return "person"
    return _STEM.sub("", w) if len(w) > 4 else w


def same_predicate(a: str | None, b: str | None) -> bool | None:
    """True: same happening; False: known different happenings; None: cannot tell."""
    if a is None or b is None:
        return None
    if a == b or (min(len(a), len(b)) >= 5 and a[:5] == b[:5]):
        return True
    if a in _LIGHT_VERBS or b in _LIGHT_VERBS:
        return None
    ga = [i for i, g in enumerate(_PREDICATE_GROUPS) if any(a.startswith(x) for x in g)]
    gb = [i for i, g in enumerate(_PREDICATE_GROUPS) if any(b.startswith(x) for x in g)]
    # two different content verbs are two happenings ("shot three" vs "killed two") unless
    # they are listed as one; word vectors do not tell killed/shot (0.57) from razed/destroyed
    return bool(set(ga) & set(gb))


def _noun(tok):
    """The noun the number token `tok` counts, or None."""
    if tok.dep_ in ("nummod", "amod", "appos", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among"):
        owner = tok.head.head  # "40 protesters, including 15": 15 of the same noun
        if owner.pos_ in ("NOUN", "PROPN"):
            return owner
        rank = {"dobj": 0, "nsubjpass": 1, "nsubj": 2}  # "arrested 40 protesters, including 15"
        objs = sorted((c for c in owner.children if c.dep_ in rank and c.pos_ in ("NOUN", "PROPN")),
                      key=lambda c: rank[c.dep_])
        return objs[0] if objs else None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "from"):
        subj = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subj[0] if subj else None  # "the toll rose to 45"
    if tok.pos_ in ("NUM", "NOUN"):
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [c for o in of for c in o.children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN") and objs[0].lower_ not in ("them", "whom"):
            return objs[0]
    return None


def _verb(anchor):
    """The verb that says what happened to the counted thing."""
    # "55,000 people airlifted out": a participle says what happened to them; "a contract to
    # rebuild" (an infinitive) says what it is for, so the governing verb is asked instead
    for c in anchor.children:
        if c.pos_ == "VERB" and (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"))):
            return c
    head = anchor
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _named_subject(verb, noun) -> str | None:
    v = verb
    for _ in range(3):  # "another climber, Rait, died after falling 200 feet": up to "died"
        if v is None:
            return None
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0] is noun:
                return None
            return " ".join(t.text.lower() for t in subj[0].subtree if t.pos_ == "PROPN") or None
        if v.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "pobj", "acl") or v.head.i == v.i:
            return None
        v = v.head
    return None


def counted(doc, start: int, end: int) -> Counted:
    """What the figure at characters [start, end) of the parsed sentence `doc` counts."""
    toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return Counted(None, "", None, "", None, False)
    tok = toks[-1]
    span_ids = {t.i for t in toks}
    while tok.head.i in span_ids and tok.head.i != tok.i:
        tok = tok.head
    noun = _noun(tok)
    verb = _verb(noun if noun is not None else tok)
    text = verb.text if verb is not None else ""
    modal = verb is not None and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    predicate = stem(text) if text else None
    subject = _named_subject(verb, noun)
    if noun is None:
        return Counted(None, "", predicate, text, subject, modal)
    parts = [c.text for c in noun.children
             if c.i < noun.i and (c.dep_ == "compound" or c.lower_ in SCOPE_ADJECTIVES)] + [noun.text]
    phrase = " ".join(parts)
    key = stem(noun.text)
    death_toll = noun.lower_ in ("toll", "tally", "count") and any(p.lower() == "death" for p in parts)
    if death_toll or (key in ("person", "dead", "death", "fatalit", "bodi")
                      and same_predicate(predicate, "kill")):
        # "killed 19 people" and "the death toll stood at 19" count the same dead
        return Counted("dead", phrase, "kill", text, subject, modal)
    return Counted(key, phrase, predicate, text, subject, modal)
