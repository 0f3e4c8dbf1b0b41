"""Any verb denied of one thing in one article and stated of the same thing in another ("The lynx
has not been recaptured" / "The lynx was recaptured in a field"; "None of the pupils had been
vaccinated" / "All of the pupils had been vaccinated"; "The ferry was not carrying any hazardous
cargo" / "The ferry was carrying 20 tonnes of hazardous cargo").

compare.polarity reads the listed verbs of happenings (arrest, hurt, destroy ...) with their
paraphrases, and compare.denials a denial by a noun of the verbs of cause and complaint. This
module reads every other verb, with no paraphrase: the same verb stem, negated on one side (its
own "not" / "never", or "no" / "none of" on the argument it is said of) and not on the other, said
of the same thing by the same head noun (the one it is done to, else the one who does it), with
every argument both name close in meaning, in sentences close in meaning
(NEGATION_SAME_SIMILARITY: without a list, the whole sentence must be told twice).

Not a conflict: open verbs (have, make, take, give ...), verbs of saying, thinking, wanting
and obliging, and verbs of movement and service, whose denial is of a moment ("No trains were
running"); the future, the possible, questions, conditions and quotations; what a speaker is
said to claim ("police who claim he pointed a gun") or some of a group say ("Some said he did
not point the gun": ECB+ dev, two accounts reported, not two reports); a negation of part of a
kind against a statement of another part ("two ships did not dock" / "three ships docked"); words
of change ("no longer", "yet", "until", "again", "previously": ECB+ dev, "Previously, agencies
were required to consult" / "the rules don't require agencies to ..."); days told by both that differ; a statement
printed after the denial and not dated on or before its page day; background a year or more back.

What it does not do: synonyms and antonyms (compare.polarity's lists), scope beyond the clause,
pronoun subjects ("it was not carrying": whom "it" names is not resolved).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from accord import settings
from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.counted import stem as verb_stem
from accord.compare.denials import (
    _CREATE, _DENIED, _OPEN, background, happened_since, other_days, statements, text_similarity,
)
from accord.compare.events import side_claim
from accord.compare.happening_words import HAPPENINGS, thing_of, whole_of
from accord.compare.temporal import references
from accord.types import Discrepancy, Sentence

_CUE = re.compile(r"\b(?:not|never|no|none|nobody)\b|n't\b", re.I)
_CHANGE = re.compile(r"\b(?:again|until|till|since|no longer|any ?more|first|yet|so far|still|previously|formerly|"
                     r"used to|now)\b", re.I)
# verbs of saying, thinking, wanting, seeming and being able: what they say is another claim
_NOT_CLAIMS = frozenset(
    "say said says tell told add added believe believed think thought want wanted seem seemed appear "
    "appeared expect expected hope hoped allow allowed let try tried manage managed plan planned "
    "intend intended confirm confirmed comment commented respond responded return returned answer "
    "answered explain explained describe described reveal revealed disclose disclosed "
    "decline declined refuse refused deny denied ask asked require required requires permit permitted "
    "oblige obliged force forced".split())
# verbs that put what they say on their subject's word: "police who claim he pointed a gun"
_CLAIMING = frozenset("claim claimed claims allege alleged alleges insist insisted insists contend contended "
                      "suggest suggested suggests accuse accused".split())
# speakers who are part of a group: "some said he did not ...; others said ..."
_SOME_SPEAKERS = frozenset("some others many several few".split())
_MODALS = frozenset("will would could may might can should shall must".split())
_MARKS = frozenset("if whether unless before until till once when after while as because".split())
# words of a part of a kind: its negation says nothing of another part
_PART = frozenset("a an one some several many most few two three four five six seven eight nine ten".split())
# prepositions whose objects, told by both, must be close ("consulted about the closure" / "about
# the pay deal"; "stopped at the island" / "at the mainland port")
_PREPS = frozenset("to over for against into about at from with in".split())
# open verbs read with the thing they name ("did not make a distress call" / "made a distress
# call"; "had not reported a smell of gas" / "had reported a smell of gas"), never alone
# verbs of movement and service, whose denial is of a moment (as compare.denials reads them)
_MOMENT = ("run", "operat", "sail", "depart", "arriv", "travel", "mov", "driv", "serv", "flow", "flew", "fly")
_IRREGULAR = {"made": "make", "makes": "make", "making": "make", "gave": "give", "given": "give", "gives": "give"}
_LIGHT = frozenset("make made makes making give gave given gives report reported reports".split())


@dataclass(frozen=True)
class Said:
    sentence: Sentence
    verb: str  # stem
    negated: bool
    sweeping: bool  # denied by "no" / "none of" on its argument: of every one of the kind
    partial: bool  # said of part of a kind ("two ships", "some pupils")
    patient: str  # head noun stem of the one it is done to ("" when none or a pronoun)
    agent: str  # head noun stem of the one who does it
    patient_words: str
    agent_words: str
    preps: tuple  # ((to, "the council"), ...)
    at: int
    words: str
    clause: str = ""  # the verb's clause as written (its subtree, without clauses of saying)


def negation_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    denied = [c for c in _read([s for s in ctx.all_sentences() if _CUE.search(s.text)]) if c.negated]
    if not denied:
        return ()
    stems = {d.verb for d in denied}
    stems |= {w for w, base in _IRREGULAR.items() if verb_stem(base) in stems}  # "make": "made" too
    others = [s for s in ctx.all_sentences() if any(re.search(rf"\b{re.escape(st)}", s.text, re.I) for st in stems)]
    stated = [c for c in _read(others) if not c.negated]
    spun = ctx.spun()
    refs = None
    pairs: dict[tuple, dict] = defaultdict(dict)  # an ordered set: found in sentence order, whatever the hash seed
    for d in denied:
        for t in stated:
            if d.sentence.article == t.sentence.article or {d.sentence.article, t.sentence.article} & spun:
                continue
            if not _same_verb(d.verb, t.verb) or not _same_things(ctx, d, t):
                continue
            if text_similarity(ctx, d.clause, t.clause) < settings.NEGATION_SAME_SIMILARITY:
                continue
            if _CHANGE.search(d.sentence.text) or _CHANGE.search(t.sentence.text):
                continue
            pd, pt = (ctx.article(x.sentence.article).published for x in (d, t))
            if background(d.sentence, pd, t.sentence) or background(t.sentence, pt, d.sentence):
                continue
            refs = refs or references(ctx.articles)
            if other_days(d, t, refs) or happened_since([(t.sentence, t.at)], pt, d.sentence, pd, refs[t.sentence.article]):
                continue
            pairs[(d.verb, d.patient or d.agent)][(d, t)] = None
    out = []
    for (verb, _), found in pairs.items():
        no = list(dict.fromkeys(d for d, _ in found))
        yes = list(dict.fromkeys(t for _, t in found))
        if {d.sentence.article for d in no} & {t.sentence.article for t in yes}:
            continue  # an article that says both tells two things apart
        claims = (side_claim(yes[0].words, (ctx.mention(t.sentence) for t in yes)),
                  side_claim(no[0].words, (ctx.mention(d.sentence) for d in no)))
        what = no[0].patient_words or no[0].agent_words
        out.append(Discrepancy("other", f"whether: {what} ({no[0].words} / {yes[0].words})", claims))
    return tuple(out)


def _read(sentences: list[Sentence]) -> list[Said]:
    out = []
    for s, doc, quoted in statements(sentences):
        for v in doc:
            if v.pos_ != "VERB" or any(a <= v.idx < b for a, b in quoted):
                continue
            said = _said(s, v)
            if said is not None:
                out.append(said)
    return out


def _said(s: Sentence, v) -> Said | None:
    low = v.lower_
    stem = verb_stem(_IRREGULAR.get(low, low))
    light = low in _LIGHT
    if low in _NOT_CLAIMS or (low in _OPEN and not light) or len(stem) < 3 or stem.startswith(
            HAPPENINGS + _DENIED + _CREATE):
        return None  # compare.polarity's and compare.denials' verbs are read there
    if stem.startswith(_MOMENT):
        return None  # "No trains were running" / "trains were running normally": of two moments
    if v.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp", "csubj", "pcomp") or _hedged(v):
        return None  # a clause of a noun, a condition, a purpose: not the sentence's claim
    kids = list(v.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    patient, doer = (subj, agent) if passive else (obj, subj)
    patient, p_sweep, p_part, p_none = _argument(patient)
    doer, d_sweep, d_part, d_none = _argument(doer)
    neg = any(c.dep_ == "neg" for c in kids) or p_none or d_none or p_sweep or d_sweep
    sweeping = p_sweep or d_sweep or p_none or d_none
    if any(c.dep_ == "neg" for c in kids) and (p_sweep or d_sweep):
        return None  # "no one did not ...": read no further
    if neg and any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "while")
                                             for m in c.children) for c in kids):
        return None  # "No shots were fired when he was arrested": of that moment only (compare.denials)
    if obj is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children) and neg:
        sweeping = True  # "was not carrying any hazardous cargo"
    p_key = _key(patient)
    d_key = _key(doer)
    if (not p_key and not d_key) or (light and not p_key):
        return None  # "did not make a distress call" is read by its call; "made it" by nothing
    preps = tuple((c.lower_, thing_of(g)) for c in kids if c.dep_ == "prep" and c.lower_ in _PREPS
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    words = ("not " if neg else "") + v.text
    clause = " ".join(t.text for t in v.subtree if t.pos_ != "PUNCT")
    return Said(s, stem, neg, sweeping, p_part or d_part, p_key, d_key,
                thing_of(patient) if p_key else "", thing_of(doer) if d_key else "", preps, v.idx, words, clause)


def _argument(tok):
    """(the noun, denied of all of a kind by "no", said of part of a kind, "none of" / "nobody"):
    "none of the pupils" is the pupils, denied; "two of the tankers" the tankers, in part."""
    if tok is None:
        return None, False, False, False
    tok = whole_of(tok)  # "20 tonnes of hazardous cargo": the cargo
    if tok.lower_ in ("none", "all", "one", "two", "three", "some", "most", "many", "several", "each"):
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of, False, tok.lower_ not in ("none", "all", "each"), tok.lower_ == "none"
    if tok.lower_ in ("nobody", "noone"):
        return None, False, False, True
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
    # "a ship" is one of a kind as the subject; "a distress call" as the object is just the thing
    part = dets & (_PART if tok.dep_ in ("nsubj", "nsubjpass") else _PART - {"a", "an"})
    return tok, "no" in dets, bool(part) or any(c.dep_ == "nummod" for c in tok.children), False


def _key(tok) -> str:
    return noun_stem(tok.lower_) if tok is not None and tok.pos_ in ("NOUN", "PROPN") else ""


def _same_verb(a: str, b: str) -> bool:
    """One stem, written with or without a doubled last letter ("stop" / "stopp")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 1)


def _same_things(ctx: StoryContext, d: Said, t: Said) -> bool:
    """Said of the same thing: the one it is done to by one head noun when either names one (else
    the one who does it), the doers by one head noun when both name one, the prepositions' objects
    both tell close; a part's negation says nothing of another part."""
    if d.partial and not d.sweeping:
        return False  # "two ships did not dock" / "three ships docked"
    if d.patient or t.patient:
        if d.patient != t.patient:
            return False
    elif not d.agent or d.agent != t.agent:
        return False
    if d.agent and t.agent and d.agent != t.agent:
        return False
    for x, y in ((d.patient_words, t.patient_words), (d.agent_words, t.agent_words)):
        mx, my = x.split()[:-1], y.split()[:-1]
        if mx and my and mx != my and text_similarity(ctx, x, y) < settings.POLARITY_SAME_THING_SIMILARITY:
            return False  # "a distress call" / "a phone call": two kinds of one thing
    for p, x in d.preps:
        for q, y in t.preps:
            if p == q and x != y and text_similarity(ctx, x, y) < settings.NEGATION_SAME_SIMILARITY:
                return False  # "not consulted about the closure" / "consulted about the pay deal"
    return True


def _hedged(v) -> bool:
    """The future, the possible, a condition, a claim put on its speaker ("who claim he pointed"),
    or the word of some of a group ("Some said he did not ..."), here or in a clause above."""
    node = v
    for _ in range(4):
        kids = list(node.children)
        if node is not v and (node.lower_ in _CLAIMING or any(
                c.dep_ == "nsubj" and c.lower_ in _SOME_SPEAKERS for c in kids)):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in _MARKS for c in kids):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


