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
from functools import lru_cache

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
    # taking things: "escaped with five paintings", "six paintings were taken", "made off with"
    {"stol", "steal", "snatch", "grabb", "loot", "taken", "took", "take", "escap", "fled", "flee",
     "made", "make"},
    # a vessel or vehicle lost: "the ferry capsized", "it overturned", "went down", "sank"
    {"capsiz", "overturn", "sank", "sink", "sunk", "flipp", "went down", "keel", "roll", "derail"},
    # getting in: "entered through a window", "forced a rear door", "broke into"
    {"enter", "forc", "broke", "break", "got in", "climb"},
    {"trapp", "caught", "stuck", "stranded", "buri", "cut off"},
    # a structure or system giving out: "part of the dam gave way", "the wall burst", "the roof
    # fell", "the systems failed", "screens went dark"
    {"gave way", "give way", "collaps", "burst", "fell", "fall", "fail", "breach", "cave", "went down",
     "went dark", "crash", "crumbl", "broke", "gone down"},
    {"approv", "pass", "adopt", "back"},
    {"treat", "admit", "hospitali"},
    # noticing: "the attack was detected at 3 a.m." / "technicians spotted the intrusion at 5.30"
    {"detect", "spott", "discover", "notic", "uncover"},
]
# Verbs that say nothing of the happening ("had 150 passengers", "was 62 percent").
_LIGHT_VERBS = frozenset(
    "be is are was were been being has have had hav do did doe get got make made take took say "
    "said stand stood remain number total reach come came put".split()
)
_STEM = re.compile(r"(?:ing|ed|es|s|e)$")
ENDING = _STEM  # the endings `stem` strips, for keys that keep short words (compare.keys)
# Adjectives that pick a subset ("the final two games" vs "the next four games").
SCOPE_ADJECTIVES = frozenset(
    "first last final next previous past remaining other following preceding initial latest "
    "new additional".split()
)
MODALS = frozenset("will would could may might can should shall 'll".split())


@dataclass(frozen=True)
class Counted:
    noun: str | None  # crude stem of the counted noun ("person", "toll"); None when not found
    phrase: str  # the noun phrase as written ("death toll", "final two games" -> "final games")
    predicate: str | None  # crude stem of the verb ("airlift", "kill")
    verb: str  # the verb as written
    subject: str | None  # the verb's subject when it is a name
    modal: bool  # "will miss", "could lose": said of the future or the possible
    agent: str | None = None  # stem of the verb's subject when a common noun ("hospital", "clinic")
    beside: bool = True  # False: the noun is the subject of "rose to N" / "put at N", not beside N
    # the noun is the group a sentence opened with ("Of the 23 pirates arrested, 12 are ..."): the
    # figure is a part of it, one with its own happening
    grouped: bool = False
    # the place the verb says it happened in, folded ("killed four people in Florida": "florida")
    where: str | None = None

    @property
    def modifier(self) -> str:
        return self.phrase.rsplit(" ", 1)[0].lower() if " " in self.phrase else ""

    @property
    def scope(self) -> frozenset[str]:
        return frozenset(w for w in self.modifier.split() if w in SCOPE_ADJECTIVES)


# nouns for people at work or on board: one count when the happening is the same ("14 workers
# trapped" / "eleven men were caught underground"); kept apart from _PERSON_NOUNS, which merges
# counts whatever their verbs
PEOPLE_LIKE = frozenset(
    "person men man women woman worker miner staff employee crew passenger traveller pupil student "
    "patient child children adult".split())


CURRENCY_NOUN = re.compile(
    r"(?:(?i:(?:swiss )?(?:francs?|euros?|dollars?|pounds?|kronor|krona|kroner|zlotys?|rand|reais|pesos?|"
    r"lira|r[ou]bles?|shillings?|naira|yen|yuan|rupees?))|[A-Z]{3})$")


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
    # two different content verbs are two happenings ("shot three" vs "killed two") unless
    # they are listed as one; word vectors do not tell killed/shot (0.57) from razed/destroyed
    return bool(_groups(a) & _groups(b))


@lru_cache(maxsize=65_536)
def _groups(verb: str) -> frozenset[int]:
    """The listed groups `verb` starts a stem of (looked up once per verb: the number and
    polarity checks ask for every pair of their claims, 55 s of 1,036 on 2,000 dev articles)."""
    return frozenset(i for i, g in enumerate(_PREDICATE_GROUPS) if any(verb.startswith(x) for x in g))


def kin_verbs(a: str) -> set[str]:
    """The stems listed with `a` as one kind of happening ("arrest" -> detain, captur, jail ...)."""
    return {x for g in _PREDICATE_GROUPS if any(a.startswith(y) for y in g) for x in g}


def listed(a: str | None) -> bool:
    """Is `a` one of the listed happenings (killed, injured, arrested ...)?"""
    return a is not None and a not in _LIGHT_VERBS and bool(_groups(a))


def known_apart(a: str | None, b: str | None) -> bool:
    """Two verbs of different listed groups ("killed" / "injured"): known different happenings.
    `same_predicate` is False for any two unlisted content verbs as well ("fined" / "pay"); this
    is False for those, so a measure whose unit already says what it is can still meet."""
    if same_predicate(a, b) is not False:
        return False
    return bool(_groups(a)) and bool(_groups(b))


def _noun(tok):
    """The noun the number token `tok` counts, or None."""
    if tok.dep_ == "conj" and tok.head.like_num and tok.head.i != tok.i:
        return _noun(tok.head)  # "two sons, ages 16 and 6": the 6 is of the ages too
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
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "VERB":
        objs = [c for c in tok.head.head.children if c.dep_ == "dobj" and c.lower_ in _TALLY_NOUNS]
        if objs:
            return _tally(objs[0])  # "put the number of injured at 26"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "from"):
        subj = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _tally(subj[0]) if subj else None  # "the toll rose to 45"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lower_ not in _TALLY_NOUNS:
        return tok.head.head  # "a ransom of 3.9 million euros", "a gap of roughly 70 metres"
    if tok.dep_ in ("dobj", "attr") and tok.head.lower_ in _TALLY_VERBS:
        verb = tok.head  # "the number of dead has reached 41"; a conjoined verb shares its subject
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or (
            [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ == "conj" else [])
        return _tally(subj[0]) if subj else None
    if tok.dep_ == "nsubj" and tok.head.lower_ in COPULAS and _of_befallen(tok):
        # "Eight of those hurt were children", "three of the dead were firefighters": the figure
        # says how many of a group named by what befell it were of the kind its copula names
        attrs = _attrs(tok.head)
        if attrs:
            return attrs[0]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NUM":
        # "Of the 23 men caught underground, 21 came out alive": the figure counts the group the
        # sentence opened with; "Of the 12 wagons ..., seven were tank cars": what its copula names
        group = [g for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < tok.i
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        if group:
            attrs = _attrs(tok.head)
            return attrs[0] if tok.head.lower_ in COPULAS and attrs else group[0]
    if tok.pos_ in ("NUM", "NOUN"):
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [c for o in of for c in o.children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN", "ADJ") and objs[0].lower_ not in ("them", "whom"):
            return objs[0]
    return None


COPULAS = frozenset("be is are was were been am being".split())  # the forms of "be" (compare.dates too)


def _attrs(verb) -> list:
    """The nouns a copula says its subject is ("Eight of those hurt were children")."""
    return [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]


def _of_befallen(tok) -> bool:
    """"N of those hurt", "N of the dead": the figure is taken from people named by what befell
    them, not from a group with a noun of its own ("two of the passengers")."""
    return _befallen(_of_groups(tok)) is not None


def _group_happening(tok, verb) -> str | None:
    """What befell the group a count is taken from, when a copula carries the count: "Among the
    injured were 11 children", "Eight of those hurt were children", "three of the dead were
    firefighters" -> the stem of injured / hurt / dead (None when no such group is named)."""
    groups = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
              for g in p.children if g.dep_ == "pobj"]
    return _befallen(groups + _of_groups(tok))


def _of_groups(tok) -> list:
    """The groups a figure is taken from: "N of <group>"."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _befallen(groups) -> str | None:
    """The stem of what befell the first of `groups` named by it ("the injured", "those hurt",
    "the dead"), else None."""
    for g in groups:
        if g.lower_ in _CASUALTIES:
            return _CASUALTIES[g.lower_]
        if g.tag_ == "VBN":
            return stem(g.text)  # "the injured"
        told = [c for c in g.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"]
        if told:
            return stem(told[0].text)  # "those hurt", "those killed"
    return None


# nouns that name people by what befell them, with that happening's stem
_CASUALTIES = {"dead": "kill", "injured": "injur", "wounded": "injur", "missing": "miss",
               "casualties": "kill", "fatalities": "kill", "deaths": "kill", "death": "kill"}
# verbs whose object is the value of their subject: "the number of dead has reached 41"
_TALLY_VERBS = frozenset("reached reaches reach hit hits stands stood totals totalled totaled topped "
                         "is was are were".split())
_TALLY_NOUNS = frozenset("number total tally count figure".split())


def _tally(subject):
    """"The number of people confirmed dead": the people, not the number."""
    if subject.lower_ in _TALLY_NOUNS:
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        # "the number of injured": the parser often takes "injured" for a participle (VBN)
        objs = [c for o in of for c in o.children
                if c.dep_ == "pobj" and (c.pos_ in ("NOUN", "PROPN", "ADJ") or c.tag_ == "VBN")]
        if objs:
            return objs[0]
    return subject


def _verb(anchor, figure: bool = False):
    """The verb that says what happened to the counted thing (`figure`: the anchor is the
    figure itself, its noun unknown)."""
    # "55,000 people airlifted out": a participle says what happened to them; "a contract to
    # rebuild" (an infinitive) says what it is for, so the governing verb is asked instead.
    # A figure without its noun ("cost CHF 85,000, which will be paid by the canton") takes the
    # verb it hangs from: a relative clause on it is a comment on the sum
    # The counted noun as the subject of a main verb ("21 miners trapped for 52 hours were
    # brought out alive") takes that verb: the participle only says which miners
    if not figure and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ == "VERB" and any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in anchor.children):
        return anchor.head
    for c in (anchor.children if not figure else ()):
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


def _said_with_modal(verb) -> bool:
    """Is the verb said with a modal, or in a clause of time or manner under one ("would probably
    give an effort before being stopped in a round or two": a guess, not a count of what was)?"""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "before being stopped" -> "would give"
        elif verb.dep_ == "advcl" and verb.head.i != verb.i:
            verb = verb.head
        else:
            return False
    return False


def _named_subject(verb, noun) -> str | None:
    v = verb
    for _ in range(3):  # "another climber, Rait, died after falling 200 feet": up to "died"
        if v is None:
            return None
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if noun is not None and subj[0].i == noun.i:
                return None
            return " ".join(t.text.lower() for t in subj[0].subtree if t.pos_ == "PROPN") or None
        if v.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "pobj", "acl") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _where(verb, noun=None) -> str | None:
    """The place name the verb (or the counted noun) says its happening was in: "killed nine
    people in Cuba" -> "cuba" (a name only; "in the town" says no place another report could
    name otherwise)."""
    for c in [*(verb.children if verb is not None else ()), *(noun.children if noun is not None else ())]:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC"):
                    return " ".join(t.lower_ for t in g.subtree if t.pos_ == "PROPN")
    return None


def _agent(verb, noun) -> str | None:
    """The stem of the verb's subject when it is a common noun other than the counted one:
    "the main hospital treated 45 patients" / "a small clinic treated 12 patients"."""
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and (noun is None or c.i != noun.i) and c.lower_ not in _TALLY_NOUNS:
            words = [t.text for t in c.children if t.dep_ == "compound" and t.i < c.i] + [c.text]
            return " ".join(stem(w) for w in words)  # "city council" and "council members" share one
    return None


def idiom(v) -> str | None:
    """The plain verb a phrase of the verb token `v` stands for, or None: "taken into custody",
    "held in custody" -> "arrested"; "lost their lives" -> "died". Counts (here) and statements
    (happening_words.plain_verb) read them alike."""
    if any(c.lower_ in ("into", "in") and any(g.lower_ == "custody" for g in c.children) for c in v.children):
        return "arrested"
    if v.lower_ in ("lost", "lose", "loses", "losing") and any(
            c.dep_ == "dobj" and c.lower_ in ("life", "lives") for c in v.children):
        return "died"
    return None


_IDIOM_STEMS = {"arrested": "arrest", "died": "die"}


def counted(doc, start: int, end: int) -> Counted:
    """What the figure at characters [start, end) of the parsed sentence `doc` counts."""
    toks = [doc[i] for i in doc.overlapping(start, end)]  # by bisection: a scan was quadratic
    if not toks:
        return Counted(None, "", None, "", None, False)
    tok = toks[-1]
    span_ids = {t.i for t in toks}
    while tok.head.i in span_ids and tok.head.i != tok.i:
        tok = tok.head
    return of_noun(tok, _noun(tok))


def of_noun(tok, noun) -> Counted:
    """What the figure token `tok` counts, its counted noun token being `noun` (or None)."""
    if noun is not None and CURRENCY_NOUN.match(noun.text):
        noun = None  # "CHF 85,000", "58,000 francs": the currency is the unit, not the thing
    beside = not (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "from"))
    verb = _verb(noun if noun is not None else tok, figure=noun is None)
    grouped = noun is not None and noun.dep_ == "pobj" and noun.head.head.i == tok.head.i != tok.i and tok.dep_ in (
        "nsubj", "nsubjpass") and tok.head.pos_ == "VERB"
    if grouped:
        verb = tok.head  # "Of the 30 climbers caught ..., 24 walked out": what befell the 24
    text = verb.text if verb is not None else ""
    modal = verb is not None and _said_with_modal(verb)
    predicate = stem(text) if text else None
    if verb is not None and idiom(verb) is not None:
        predicate = _IDIOM_STEMS[idiom(verb)]
    if verb is not None and verb.lower_ in COPULAS:
        group = _group_happening(tok, verb)
        if group is not None:
            predicate = group
    subject = _named_subject(verb, noun)
    agent = _agent(verb, noun)
    if noun is not None and noun.lower_ in _CASUALTIES:
        # "the number of injured", "the dead": a count of people, the word says what befell them
        predicate = _CASUALTIES[noun.lower_]
        key = "dead" if predicate == "kill" else "person"
        return Counted(key, noun.text, predicate, text, subject, modal, agent, where=_where(verb, noun))
    if noun is None and predicate and tok.dep_ in ("nsubj", "nsubjpass") and any(
            same_predicate(predicate, t) for t in ("kill", "injur", "miss", "arrest", "trapp", "rescu")):
        # "31 were injured", "nine were killed": people, unnamed
        key = "dead" if same_predicate(predicate, "kill") else "person"
        return Counted(key, "people", predicate, text, subject, modal, agent, where=_where(verb, noun))
    if noun is None:
        return Counted(None, "", predicate, text, subject, modal, agent)
    parts = [c.text for c in noun.children
             if c.i < noun.i and (c.dep_ == "compound" or c.lower_ in SCOPE_ADJECTIVES)] + [noun.text]
    phrase = " ".join(parts)
    key = stem(noun.text)
    death_toll = noun.lower_ in ("toll", "tally", "count") and any(p.lower() == "death" for p in parts)
    # "people confirmed dead", "those killed": the dead, whatever verb carries the figure
    doc = noun.doc
    death_toll = death_toll or any(t.lower_ in ("dead", "killed") for t in doc[noun.i + 1:noun.i + 4])
    if death_toll or key in ("dead", "death", "fatalit") or (
            key in ("person", "bodi") and same_predicate(predicate, "kill")):
        # "killed 19 people" and "the death toll stood at 19" count the same dead
        return Counted("dead", phrase, "kill", text, subject, modal, agent, where=_where(verb, noun))
    return Counted(key, phrase, predicate, text, subject, modal, agent, beside, grouped, _where(verb, noun))
