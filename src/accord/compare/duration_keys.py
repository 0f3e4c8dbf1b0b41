"""What a length of time is the length of: the key that lets two lengths meet in
compare.durations ("banned for four years" / "a two-year suspension": "ban").

`told_lengths` reads every length of a story's sentences (compare.spans) and keys each from the
words around it and the dependency parse (the forms are listed in compare.durations' docstring);
it says, too, whether the length is what may be (a maximum the law allows, what a side asks for,
a plan or a forecast) and which named people or bodies it is of.

What it does not do: a length that is a part of another ("two years of it suspended", "has served
ten weeks of the ban"), one revised in its sentence ("cut from four years to two"), one in an
aside about another year, or one with no key the sentence gives, is not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.compare.counted import MODALS, stem
from accord.compare.events import Located
from accord.compare.figure_scope import history, of_this_time, other_years
from accord.compare.spans import IN_POST, Length, find_lengths, since_word

_AFTER_BEFORE = re.compile(r"(?i)\bafter\s+$")

# one sanction, one stoppage, one length, in other words (a word may name two: "suspended" is a
# player's ban and a service's halt)
_KIND_WORDS = (
    ("sentence", "sentence sentences sentenced sentencing jail jailed jailing prison imprisoned imprisonment "
                 "imprison incarcerated incarceration custodial custody gaol gaoled"),
    ("ban", "ban bans banned banning suspension suspensions suspended suspend barred disqualified "
            "disqualification exclusion excluded sanction sanctioned"),
    ("strike", "strike strikes walkout walkouts stoppage stoppages"),
    ("closure", "closure closures closed closing shut shutdown suspended suspension halted halt grounded "
                "stopped reopened reopening reopen reopens re-opened resumed resuming resume resumes"),
    ("contract", "contract contracts deal deals agreement signed"),
    ("tenure", "tenure spell reign stint term terms"),
)
KIND_NAMES = frozenset(kind for kind, _ in _KIND_WORDS)
_KINDS = {w: frozenset(k for k, ws in _KIND_WORDS if w in ws.split()) for _, ws in _KIND_WORDS for w in ws.split()}
# keys whose length is fixed when it is told: a later, longer one is another account, not an update
FIXED = frozenset({"sentence", "ban", "contract", "tenure", "since"})
# nouns that are no claim's key: the length's own words, a generic period, or a thing named by
# its length ("the two-year yield", "a 30-year mortgage", "a five-year average")
_NOT_KEYS = frozenset(
    "period time times span year years month months week weeks day days hour hours decade decades life lifetime "
    "career history age anniversary record average bond bonds yield yields note notes gilt gilts bill bills "
    "treasury treasuries mortgage mortgages loan loans rate rates swap swaps maturity plan plans olds old "
    "it which that this those these there one maximum minimum total couple dozen".split())
# verbs that say a length lasts: the key is what lasts, their subject or the noun they describe
_LASTING = frozenset("last lasts lasted lasting run runs ran running take takes took taking continue "
                     "continues continued continuing go goes went stretch stretched stretches drag dragged".split())
# verbs that carry a length and say nothing of what it is of
_LIGHT = frozenset("be is are was were been being am has have had having get gets got give gives gave given "
                   "giving hand hands handed do does did make makes made receive receives received face spent spend spends spending "
                   "faces faced facing remain remains remained stay stays stayed keep kept become became".split())
# verbs of the time a doing took ("took three hours to clear", "needed seven hours to reach")
_TOOK = frozenset("take takes took taking taken need needs needed".split())
# verbs of a length changed: the article tells two lengths of one thing, before and after
_REVISED = frozenset("reduced reduce reduces cut cuts extended extend extends increased increase lengthened "
                     "shortened halved doubled raised lowered commuted trimmed".split())
# what the law allows, a side asks for, a plan: not what was imposed or done
_POTENTIAL = frozenset("face faces faced facing risk risks risked risking seek seeks sought seeking ask asks "
                       "asked asking demand demands demanded request requests requested propose proposes "
                       "proposed recommend recommends recommended want wants wanted urge urged expect "
                       "expected expects plan plans planned threaten threatened threatens carries carry "
                       "punishable maximum minimum possible potential proposal could would will may might "
                       "can should shall 'll if".split())
# ("must" is a rule's: "must appeal within 14 days" is the window, as "has 14 days to appeal")
# after the length: a part of it ("two years of it suspended", "ten weeks of the ban", "two more years")
_PART_AFTER = re.compile(r"(?i)\s+(?:of\s+(?:it|them|which|whom|the|his|her|its|their|this|that)\b|"
                         r"suspended|remaining|left\b|more\b|extra\b|further\b|additional\b|served\b|"
                         r"already\b|still\b)")
_PART_BEFORE = re.compile(r"(?i)\b(?:served|serving|serve|another)\s+$")
# "has spent two years in prison" is a part of a sentence; "spent two weeks in hospital" a stay
_SPENT_BEFORE = re.compile(r"(?i)\b(?:spent|spend|spends|spending)\s+$")
_SINCE_LAST = re.compile(r"(?i)\s+since\s+(?:the|its|their|his|her|a)\s+(?:last|previous)\b")
_TO_DO = re.compile(r"(?i)\s+(?:left\s+)?(?:in\s+which\s+)?to\s+([a-z]+)")
_OF_NOUN = re.compile(r"(?i)['’]s?\s+([a-z]+)")  # "five years' imprisonment"
_CUSTODY = re.compile(r"(?i)\s+(?:in\s+(?:a\s+)?(?:prison|jail|gaol|custody|detention)|behind\s+bars|"
                      r"(?:of\s+)?imprisonment)\b")


@dataclass(frozen=True)
class Told:
    """A length with what it is the length of."""

    length: Length
    keys: frozenset[str]
    potential: bool  # what may be: a maximum, a demand, a plan
    names: frozenset[str]  # the named doers or bearers, lower-cased words
    # keys read from a content verb's (or adjective's) own word and naming no kind ("worked for 15
    # years", "trapped for 52 hours"): many things of a story are worked at or trapped in, so two
    # lengths that meet by such a key only need the sentences to say more alike (compare.durations)
    plain: frozenset[str] = frozenset()
    # told as over ("was closed for six hours", "ending an 11-day strike", "reopened after 13
    # hours"): a later report's longer length of it is another account, not the length grown
    done: bool = False
    running: bool = False  # told as going on ("has been closed for", "have been a battleground for")
    # said with a modal ("will stay closed for", "could last"), as compare.numbers reads a figure's
    # verb: what lengths that no key names are told apart by (`potential` reads far more)
    modal: bool = False
    # for a length keyed by a verb's own word, the nouns of where or with whom it was spent ("worked
    # with the gang enforcement team for five years": team, gang, enforcement): two such lengths
    # whose places share no word are two spells ("worked for the Sheriff's Department for 15 years")
    at: frozenset[str] = frozenset()
    # of a potential length, which kind (`_WISHES`): "ask" (sought, demanded, asked for), "risk"
    # (faces, up to, a maximum), "may" (a modal, a plan, an expectation); "" when not potential
    wish: str = ""


def _key(word: str) -> frozenset[str]:
    """The keys a word gives: its kinds ("suspension" -> ban, closure), else the first six letters
    of its stem, so a noun and its verb meet ("quarantined" / "quarantine", "isolated" /
    "isolation"); none for a word that is no key."""
    w = word.lower()
    if w in _NOT_KEYS or len(w) < 3:
        return frozenset()
    return _KINDS.get(w) or frozenset({stem(w)[:6]})


def _token_at(doc, at: int):
    return next((doc[i] for i in doc.overlapping(at, at + 1)), None)  # by bisection, not a scan


def _subject(verb):
    for _ in range(3):  # "the strike is expected to last": up to "expected"
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            return verb.head  # "the recount, which began on Saturday and took three days"
        if subj:
            return subj[0]
        if verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


def _noun_keys(noun) -> set[str]:
    keys = set(_key(noun.text))
    # "a prison term", "a strike action": the compound names the kind too
    keys |= {k for c in noun.children if c.dep_ == "compound" and c.i < noun.i for k in _key(c.text)}
    if noun.lower_ in ("term", "terms") and "sentence" in keys:
        keys.discard("tenure")  # "a prison term"
    if any(c.lower_ == "suspended" and c.dep_ in ("amod", "compound") for c in noun.children) and "sentence" in keys:
        keys = {"suspended sentence"}  # "a two-year suspended sentence": not time in prison
    keys |= _purpose(noun)
    return keys


def _purpose(tok) -> set[str]:
    """"to:appeal" for "a window to appeal", "30 days to lodge an appeal": the infinitive on `tok`
    and its object."""
    out = set()
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out |= {f"to:{k}" for k in _key(c.text)}
            out |= {f"to:{k}" for o in c.children if o.dep_ in ("dobj", "obj") for k in _key(o.text)}
    return out


def _verb_keys(verb) -> set[str]:
    if verb.lower_ in _LASTING:
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            keys = _noun_keys(verb.head)  # "a strike lasting 11 days"
        else:
            subj = _subject(verb)
            keys = _noun_keys(subj) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else set()
    else:
        keys = set() if verb.lower_ in _LIGHT else set(_key(verb.text))
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
            keys |= _noun_keys(verb.head)  # "a walkout that halted the city for three weeks"
        keys |= _purpose(verb)
    if verb.lower_ in _TOOK:
        # "it took crews 11 hours to clear the road": the clearing's length (= "cleared it in four
        # hours"), not a time allowed ("has 30 days to appeal")
        keys |= {k[3:] for k in _purpose(verb)}
    # "went on strike for three days", "was on the run for 36 hours": the noun of "on" (any, after
    # a verb that says nothing itself)
    keys |= {k for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
             for o in p.children if o.dep_ == "pobj" and (o.lower_ in ("strike", "leave") or not keys)
             for k in _key(o.text)}
    if not keys and verb.lower_ in _LIGHT:
        # "was in intensive care for three days", "spent two weeks in hospital": the state it is in;
        # "spent three hours cutting a firebreak": what the time went on
        keys = {k for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for k in _key(o.text)}
        keys |= {k for c in verb.children if c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl") for k in _key(c.text)}
    return keys


def _while_keys(verb) -> set[str]:
    """"locked down the street for three hours while they negotiated", "what followed was a
    tense two hours while police negotiated": what went on over the same length."""
    return {k for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children) for k in _key(c.text)}


def _anchors(unit, glued: bool) -> list:
    """The noun or verb the length belongs to, with the adjective or adverb between ("will remain
    closed for three days", "closed for six hours overnight", "a deal worth 7.2% over two years")."""
    if glued and unit.head.pos_ in ("NOUN", "PROPN") and unit.head.i > unit.i:
        return [unit.head]
    anchor = None
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ in ("couple", "dozen"):
        unit = unit.head.head  # "for a couple of hours": the length is the couple's
    if unit.dep_ == "pobj":
        prep = unit.head
        if prep.lower_ in ("for", "to", "of", "over", "within", "across", "after") and prep.head.i != prep.i:
            anchor = prep.head
    elif unit.dep_ in ("dobj", "obj", "npadvmod", "attr", "oprd", "nmod", "appos") and unit.head.i != unit.i:
        anchor = unit.head
    found = []
    for _ in range(3):
        if anchor is None:
            break
        found.append(anchor)
        if anchor.pos_ in ("NOUN", "PROPN", "VERB", "AUX") or anchor.head.i == anchor.i:
            break
        anchor = anchor.head
    return found


def _of_keys(unit) -> set[str]:
    """"16 weeks of severance pay", "six weeks of talks": the noun the length is of."""
    return {k for p in unit.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for k in _noun_keys(o)}


# the kinds of what may be: what a side asks for, what the law allows or one risks, what may
# come. Two potential lengths of unlike kinds are not two accounts of one ("countered by asking
# for an eight-year contract" / "hoping his client could attract a 10-year deal"; "prosecutors
# sought eight years" / "faces up to 10 years")
_ASKS = frozenset("seek seeks sought seeking ask asks asked asking demand demands demanded request requests "
                  "requested propose proposes proposed proposal recommend recommends recommended want wants "
                  "wanted urge urged".split())
_RISKS = frozenset("face faces faced facing risk risks risked risking carries carry punishable maximum minimum "
                   "threaten threatened threatens possible potential".split())


def _wish(word: str) -> str:
    w = word.lower()
    return "ask" if w in _ASKS else "risk" if w in _RISKS else "may"


def _potential(anchor, text: str, at: int) -> str:
    """Is the length what may be (a maximum, a demand, a plan, a forecast), not what is? Its kind
    ("ask", "risk", "may": `_wish`), or "" when it is what is. Read on the anchor and up through
    the verbs it is the complement of ("is expected to last"), not into the clause it hangs from
    ("ending an 11-day strike" under "will return")."""
    m = re.search(r"(?i)\b(maximum|minimum|possible|potential|proposed|faces?|facing|risks?|up to)\s+(?:of\s+)?(?:a\s+|an\s+)?$",
                  text[max(0, at - 40):at])
    if m:
        return "risk" if m.group(1).lower() == "up to" else _wish(m.group(1))
    node = anchor
    for _ in range(5):
        if node.lower_ in _POTENTIAL:
            return _wish(node.lower_)
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return "may"
        word = next((c.lower_ for c in node.children if c.lower_ in _POTENTIAL and c.dep_ in ("amod", "aux", "mark")), None)
        if word is not None:
            return _wish(word)
        if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "auxpass", "aux")):
            break
        node = node.head
    return ""


def _of_noun(noun) -> list:
    """What a length's noun is of: its possessor ("the coach's contract"; "the coach, whose
    contract": the noun the clause is on) and what it is on, from or against ("a ban on fishing")."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss":
            owner = c
            if c.lower_ == "whose":
                owner = noun.head
                while owner.pos_ in ("VERB", "AUX") and owner.head.i != owner.i:
                    owner = owner.head
            out.append(owner)
        elif c.dep_ == "prep" and c.lower_ in ("on", "from", "against"):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _names(node, keys: set[str]) -> frozenset[str]:
    """The names of whom or what the length is of: the one a verb is done to (its
    object: "handed Vireo a ban"; or its passive subject: "Vireo was banned"), else the verb's
    subject ("the motorway was closed", "the striker, who signed ..."); for the length's own noun
    ("the ban will run for"), what that noun is of (`_of_noun`)."""
    toks = _of_noun(node) if node.pos_ in ("NOUN", "PROPN") else []
    verb = node
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        done_to = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != node.i
                   and c.pos_ in ("NOUN", "PROPN")]
        subj = _subject(verb)
        for t in done_to or ([subj] if subj is not None else []):
            if t.pos_ == "NOUN" and _key(t.text) & keys:
                toks += _of_noun(t)  # the length's own noun as the subject: "the ban on fishing will run"
            else:
                toks.append(t)
    return frozenset(w.lower_ for t in toks for w in [t, *t.children] if w.pos_ == "PROPN")


def read(doc, text: str, length: Length) -> Told | None:
    """What `length` in the parsed sentence `doc` (its text `text`) is the length of; None when it
    is a part of a length, a revised one, or nothing the sentence says."""
    after = text[length.end:]
    within = length.text.lower().startswith("within")  # "within 14 days of the ruling": from it, not part of it
    if (_PART_AFTER.match(after) and not within) or _PART_BEFORE.search(text, max(0, length.start - 20), length.start):
        return None
    unit = _token_at(doc, length.unit_start)
    if unit is None:
        return None
    anchors = _anchors(unit, length.glued)
    # ("the sentence was cut to", not "a power cut left ... for nine hours": a noun is no revision)
    if any(a.lower_ in _REVISED or any(c.lower_ in _REVISED and c.pos_ in ("VERB", "AUX") for c in a.children)
           for a in anchors):
        return None
    keys: set[str] = set()
    # "came up alive after three days underground", "calm after 8 days of riots": the verb is
    # what ended the length, not what lasted (but a closure's end names the closure: "reopened")
    ended = bool(_AFTER_BEFORE.search(text, max(0, length.start - 10), length.start))
    if (since := since_word(text, length.start)) is not None or _SINCE_LAST.match(after):
        keys = {"since" if since in (None, "first") else f"since:{since}"}
    elif length.glued and (m := re.match(r"[-–]?\s*(high|low)\b", text[length.end:].lstrip())):
        keys = {"since:most" if m.group(1) == "high" else "since:least"}  # "a 14-month high"
    else:
        if m := _TO_DO.match(after):
            keys |= {f"to:{k}" for k in _key(m.group(1))}
        if (m := _OF_NOUN.match(after)) and not after.startswith(" "):
            keys |= _key(m.group(1))
        if _CUSTODY.match(after):
            keys.add("sentence")
        if IN_POST.match(text, length.end):
            keys.add("tenure")
        for a in anchors:
            anchored: set[str] = set()
            if a.pos_ in ("NOUN", "PROPN"):
                anchored = _noun_keys(a)
            elif a.pos_ in ("VERB", "AUX"):
                anchored = _verb_keys(a) | _while_keys(a)
                if unit.dep_ == "pobj" and unit.head.lower_ == "within" and a.lower_ not in _LIGHT:
                    anchored |= {f"to:{k}" for k in _key(a.text)}  # "must appeal within 14 days" = "has 14 days to appeal"
            elif a.pos_ == "ADJ":
                anchored = set(_key(a.text))  # "closed", "shut", "banned" read as adjectives
            keys |= anchored & KIND_NAMES if ended else anchored
        keys |= _purpose(unit) | _of_keys(unit)
        # "after four days deliberating": the doing the days were spent on
        keys |= {k for c in unit.children if c.dep_ == "acl" and c.tag_ == "VBG" for k in _key(c.text)}
    node = anchors[-1] if anchors else unit
    if keys & {"sentence", "ban"} and _SPENT_BEFORE.search(text, max(0, length.start - 20), length.start):
        return None  # "has spent two years in prison": a part of the sentence
    if length.taken and not _told_over(node):
        return None  # "the rules take effect in 30 days", "the third in less than a month": when, not how long
    plain = set() if ended else ({k for a in anchors if a.pos_ == "ADJ" or (
        a.pos_ in ("VERB", "AUX") and a.lower_ not in _LIGHT | _LASTING) for k in _key(a.text)}
        | {k for a in anchors if a.pos_ in ("VERB", "AUX") for k in _while_keys(a)}) - KIND_NAMES
    wish = _potential(node, text, length.start)
    return Told(length, frozenset(keys), bool(wish), _names(node, keys), frozenset(plain),
                done=ended or _told_over(node) is True, running=not ended and _told_over(node) is False,
                modal=_modal(node), at=_spent_at(anchors, unit) if plain else frozenset(), wish=wish)


def _spent_at(anchors, unit) -> frozenset[str]:
    """The nouns of "with", "for" or "at" on the content verbs the length hangs from, other than
    the length's own phrase: where or with whom the time was spent."""
    out = set()
    for a in anchors:
        if a.pos_ not in ("VERB", "AUX") or a.lower_ in _LIGHT | _LASTING:
            continue
        for p in a.children:
            if p.dep_ == "prep" and p.lower_ in ("with", "for", "at") and unit not in p.subtree:
                out |= {t.lower_ for t in p.subtree if t.pos_ in ("NOUN", "PROPN") and len(t.text) > 2}
    return frozenset(out)


def _modal(node) -> bool:
    """Is the verb the length hangs from said with a modal ("will remain closed for three days")?"""
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children)


# verbs that end what lasted ("ending an 11-day strike", "reopened after 13 hours")
_ENDING = frozenset("end ends ended ending finish finished finishing over reopened reopening resumed resuming "
                    "lifted called off".split())
# verbs that start what lasts ("the killing sparked five days of riots"): their tense tells when
# it began, not whether it is over
_STARTING = frozenset("spark sparked sparking sparks trigger triggered triggering triggers provoke provoked "
                      "provoking provokes prompt prompted prompting prompts unleash unleashed unleashing "
                      "ignite ignited igniting ignites".split())
_PAST_AUX = frozenset("was were had did".split())
_PRESENT_AUX = frozenset("has have 's 've is are am 're".split())


def _told_over(node) -> bool | None:
    """Is the length told as over: under a verb that ends it, or a verb in the past ("was closed
    for six hours", "miners trapped for 52 hours were brought out")? False when the verb is present
    or perfect ("has lasted nine days", "miners trapped for 40 hours are still waiting"), None when
    the sentence does not say, or tells only its start ("the killing sparked five days of riots")."""
    for _ in range(5):
        if node.lower_ in _ENDING:
            return True
        if node.lower_ in _STARTING:
            return None
        if node.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
            if aux & _PRESENT_AUX or node.tag_ in ("VBZ", "VBP"):
                return False
            if aux & _PAST_AUX or node.tag_ == "VBD":
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return None


def read_as_length(doc, text: str, start: int, end: int) -> Length | None:
    """The length this module reads at the figure `start`-`end` of the parsed sentence, or None
    (a time until, a remainder, an idiom, a time of day): compare.numbers compares hours, days
    and weeks by their sentences' likeness only where this module reads a length, and as this
    module reads it (spans.compatible: "within two hours", "30 hours of talks" over four days)."""
    return next((length for length in find_lengths(text) if (length.start <= start < length.end or start <= length.start < end)
                 and read(doc, text, length) is not None), None)


def _past_years(text: str, own) -> bool | list[str] | None:
    """The years before its page's year that `text` names (True: any year, on an undated page).
    A year to come is the end of a length ("banned until 2030"), not another time's event."""
    years = other_years(text, own)
    if years is None or years is True:
        return years
    return [y for y in years if int(y) < own.year] or None


# a sentence told of an earlier time named without a year ("closed for three months last spring",
# "banned for a year three seasons ago"): another time's length, as another year's is
_OTHER_TIME = re.compile(r"(?i)\blast\s+(?:year|spring|summer|autumn|fall|winter|season)\b|"
                         r"\b\w+\s+(?:years?|seasons?)\s+ago\b|\bthe\s+(?:previous|preceding)\s+(?:year|season)\b")


def told_lengths(ctx: StoryContext) -> list[Located]:
    """Every length of the story (`Located.value` is a Told), keyed or not."""
    found = [(s, ls) for s in ctx.all_sentences() if "?" not in s.text and (ls := find_lengths(s.text))]
    out = []
    # not a sentence that tells another year's event ("the pit was closed for a year in 2009"), or
    # another time's ("last spring"); an aside of it ("The zoo, which opened 40 years ago, said")
    # holds its own lengths only
    for s, lengths, doc, told_before in of_this_time(ctx, found, _past_years):
        if m := _OTHER_TIME.search(s.text):
            aside = history(doc, [m.group(0).split()[-1]])
            if aside is None:
                continue
            told_before = told_before | aside
        for length in lengths:
            if any(start <= length.start < end for start, end in told_before):
                continue
            told = read(doc, s.text, length)
            if told is not None:
                out.append(Located(s, length.start, length.end, told, length.label))
    return out
