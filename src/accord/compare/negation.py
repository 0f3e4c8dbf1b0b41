"""Any verb denied of one thing in one article and stated of the same thing in another ("The lynx
has not been recaptured" / "The lynx was recaptured in a field"; "None of the pupils had been
vaccinated" / "All of the pupils had been vaccinated"; "The ferry was not carrying any hazardous
cargo" / "The ferry was carrying 20 tonnes of hazardous cargo").

compare.polarity reads the listed verbs of happenings (arrest, hurt, destroy ...) with their
paraphrases, and compare.denials a denial by a noun of the verbs of cause and complaint. This
module reads every other verb from the parse, with no list of phrasings: the verb by its forms
(polar_words.verb_key: "ruled" / "rule", "fined" / "fine"), negated on one side (its own "not" /
"never", "no" / "none of" on the argument it is said of, a verb that denies it by governing it:
"declined to renew", "stopped short of banning", "rejected calls to step down", "denied that it
had discharged": polar_words.negated_by and .above) and not on the other; or told by the noun of
doing it after a verb of doing ("lodged an appeal against the ban" / "has not appealed against
the ban"; "made no apology" / "apologised"). Said of the same thing: the same head noun of the
one it is done to (else of the one who does it), or a name both write in it ("the Orrin wind
farm" / "the Orrin project"), or the thing written two ways close in meaning
(POLARITY_SAME_THING_SIMILARITY, as compare.polarity meets them); a verb of ordering or deciding by
what it orders ("did not order the bakery closed" / "ordered the owner to close the bakery");
the doers by one head noun or a post or name among the other's ("the judge" / "Judge Anna
Ruiz"); an ordered thing called by two nouns under one name in an article (compare.aliases: "the
Pellow Hill landfill" / "the Pellow Hill site"), and, with what is ordered told alike, sentences
need only share a topic (POLARITY_SAME_SIMILARITY); a deed told by its noun ("Analysis of the
sample confirmed ...") or a willingness ("open to selling", met only by a refusal or a "will
not") as compare.deeds reads them; every argument both name close in meaning; told twice (NEGATION_SAME_SIMILARITY on what
is said of the subject, without subject and negation, or on the whole clause: "the board had
not ruled out a further rise" / "she ruled out another rise").

Not a conflict: open verbs (have, make, take, give ...), verbs of saying, thinking, wanting
and obliging, and verbs of movement and service, whose denial is of a moment ("No trains were
running"); the future, the possible, questions, conditions and quotations; what a speaker is
said to claim ("police who claim he pointed a gun") or some of a group say ("Some said he did
not point the gun": ECB+ dev, two accounts reported, not two reports); a denial that is not made
("did not deny that", "did not rule out raising": neither said nor denied); a negation of part of
a kind against a statement of another part ("two ships did not dock" / "three ships docked"; not
"the two pupils", the whole of a group told); two named things ("the Orrin wind farm" / "the
Tasker wind farm"), two owners ("the ferry company's lease" / "the cooperative's lease"); words of
change modifying the verb ("no longer", "again", "until", "previously": ECB+ dev, "Previously,
agencies were required to consult" / "the rules don't require agencies to ..."; "not yet", "so
far" unless both pages are dated and the statement was printed no later); days told by both that
differ; a statement printed after the denial and not dated on or before its page day; background
a year or more back in the claim's clause.

Other verbs of one deed, verbs of saying used of a thing and states ("was not safe"):
compare.other_verbs and compare.states.

What it does not do: antonyms of verbs (compare.polarity's lists), scope beyond the clause, pronoun subjects ("it was not carrying": whom "it" names is not resolved), a thing called
by a general noun in one report ("the site" for "the landfill"), claims inside quotations.
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
from accord.compare.aliases import one_thing
from accord.compare.deeds import FACT_MARKS, complement_of, presupposed, said_by_noun, said_willing, subject_of_verb
from accord.compare.events import side_claim
from accord.compare.happening_words import HAPPENINGS, KIN, thing_of, whole_of
from accord.compare.other_verbs import deed_of_saying, members, opposite, other_doing
from accord.compare.states import said_of_state
from accord.compare.polar_words import (
    IRREGULAR, WHICH, above, called, kind_of, modifiers_of, names_in, negated_by, owner_of, predicate_of,
    verb_key,
)
from accord.compare.temporal import references
from accord.compare.tense import counterfactual
from accord.types import Discrepancy, Sentence

_CUE = re.compile(r"\b(?:not|never|no|none|nobody)\b|n't\b|\b(?:declin|refus|fail|neglect|avoid|den(?:y|ie)|"
                  r"ruled?\s+out|rules\s+out|refrain|abstain|resist|short\s+of|reject|dismiss)", re.I)
# words of a running story: a denial "not yet" / "so far" holds until the news changes, so it is
# disputed only by a report printed no later than it (both pages dated)
_RUNNING = re.compile(r"\b(?:yet|so far)\b", re.I)
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
                      "suggest suggested suggests accuse accused doubt doubted doubts believe believed believes "
                      "think thought thinks suspect suspected suspects fear feared fears".split())
# speakers who are part of a group: "some said he did not ...; others said ..."
_SOME_SPEAKERS = frozenset("some others many several few".split())
_MODALS = frozenset("will would could may might can should shall must".split())
_WILL = frozenset("will would 'll wo".split())
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
# verbs' plain forms: the irregular ones (polar_words), and make's and give's regular ones, which
# counted.stem would otherwise split ("make" is kept whole, "makes" cut to "mak")
_IRREGULAR = {**IRREGULAR, "makes": "make", "making": "make", "gives": "give", "giving": "give"}
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
    lemma: str = ""  # the verb's lemma ("ruled", "rule": rule)
    comp: tuple = ()  # what a verb of causing or deciding is of: its complement verb's stem and
    # that verb's thing ("ordered the operator to shut the quarry": ("shut", "quarri"))
    owner: str = ""  # whose the thing it is done to is, by head noun ("the cooperative's lease")
    names: frozenset = frozenset()  # the names written in the thing it is done to ("the Marrow quarry")
    agent_names: frozenset = frozenset()  # the doer's head and the names and posts before it
    # ("Governor Maria Lind": governor, maria, lind)
    modifiers: str = ""  # what modifies the verb (and a verb denying it) as written: its adverbs,
    # auxiliaries, prepositional phrases and the conjunctions of its adverbial clauses ("has not
    # yet", "until Friday", "no longer", "since")
    future: bool = False  # denied of the future by its own "will not" / "would not"
    nominal: bool = False  # told by its noun after a verb of doing it ("lodged an appeal": appeal)
    predicate: str = ""  # the verb with what it is done to and its other complements, as written,
    # without the one who does it and without its negation ("ruled out a further rise")
    named: bool = False  # the thing is a common noun a name modifies ("the Marrow quarry", not "Marrow")
    governed: bool = False  # denied by the verb governing it ("refused to sell", "ruled out joining")
    stance: bool = False  # a willingness ("was open to joining"): met only by a refusal or a "will not"


def negation_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    denied = [c for c in _read([s for s in ctx.all_sentences() if _CUE.search(s.text)]) if c.negated]
    if not denied:
        return ()
    stems = {d.verb for d in denied} | {d.lemma for d in denied if len(d.lemma) >= 3}
    stems |= {d.verb[:5] for d in denied if len(d.verb) >= 6}  # "resignation" / "resigned"
    stems |= {w for w, base in _IRREGULAR.items() if verb_stem(base) in stems}  # "make": "made" too
    stems |= {k for d in denied if not d.nominal for k in (d.patient, d.agent) if len(k) >= 4}  # another
    # verb told of the same thing ("no pickets turned up" / "pickets gathered"): compare.other_verbs
    others = [s for s in ctx.all_sentences() if any(re.search(rf"\b{re.escape(st)}", s.text, re.I) for st in stems)]
    stated = [c for c in _read(others) if not c.negated]
    spun = ctx.spun()
    refs = None
    names: dict = {}  # article -> its nouns that name one thing (compare.aliases)
    pairs: dict[tuple, dict] = defaultdict(dict)  # an ordered set: found in sentence order, whatever the hash seed
    for d in denied:
        for t in stated:
            if d.sentence.article == t.sentence.article or {d.sentence.article, t.sentence.article} & spun:
                continue
            if not (_same_doing(d, t) or other_doing(ctx, d, t)) or not _same_things(ctx, d, t, names):
                continue
            if t.stance and not (d.future or d.governed):
                continue  # "was open to joining" / "has not joined": a willingness is not a deed
            if max(text_similarity(ctx, d.predicate, t.predicate), text_similarity(ctx, d.clause, t.clause)) < (
                    settings.POLARITY_SAME_SIMILARITY if d.comp and t.comp else settings.NEGATION_SAME_SIMILARITY):
                continue  # told twice: what is said of the subject, or the whole clause ("the board
                # had not ruled out a rise" / "she ruled out another rise": its subject a pronoun)
            pd, pt = (ctx.article(x.sentence.article).published for x in (d, t))
            if d.future and (pd is None or pt is None or pt > pd):
                continue  # "would not close the plant" is disputed only by a report printed no
                # later ("closed the plant"), not by what may have been decided since
            if _changed(d.modifiers, t.modifiers, pd, pt):
                continue  # "has not yet", "no longer", "until Friday" (not "inflation was now
                # falling" in another clause of the sentence)
            dc, tc = _Clause(d.clause), _Clause(t.clause)
            if background(dc, pd, tc) or background(tc, pt, dc):
                continue  # a year in the claim's clause ("was fined in 2019"), not elsewhere in
                # the sentence ("the first rise since 2021")
            refs = refs or references(ctx.articles)
            if other_days(d, t, refs) or happened_since([(t.sentence, t.at)], pt, d.sentence, pd, refs[t.sentence.article]):
                continue
            pairs[(d.verb, d.patient or d.agent)][(d, t)] = None
    out = []
    told: set[tuple] = set()  # the (denial, statement) sentences of the discrepancies made
    for (verb, _), found in pairs.items():
        no = list(dict.fromkeys(d for d, _ in found))
        yes = list(dict.fromkeys(t for _, t in found))
        if {d.sentence.article for d in no} & {t.sentence.article for t in yes}:
            continue  # an article that says both tells two things apart
        sentences = {(_at(d), _at(t)) for d, t in found}
        if sentences <= told:
            continue  # one claim read twice ("did not make a radio call": make, and the call)
        told |= sentences
        claims = (side_claim(yes[0].words, (ctx.mention(t.sentence) for t in yes)),
                  side_claim(no[0].words, (ctx.mention(d.sentence) for d in no)))
        what = no[0].patient_words or no[0].agent_words
        out.append(Discrepancy("other", f"whether: {what} ({no[0].words} / {yes[0].words})", claims))
    return tuple(out)


@dataclass(frozen=True)
class _Clause:
    text: str  # a claim's clause, read as denials.background reads a sentence


def _at(c: Said) -> tuple:
    return (c.sentence.article, c.sentence.start)


def _changed(denial: str, statement: str, pd, pt) -> bool:
    """A word of change over time in either sentence: "no longer", "again", "until" always; "yet",
    "so far" (a running story) unless both pages are dated and the statement was printed no later
    than the denial ("has not yet signed" / "signed on Friday", printed the same day)."""
    if _CHANGE.search(_RUNNING.sub(" ", denial)) or _CHANGE.search(_RUNNING.sub(" ", statement)):
        return True
    if not (_RUNNING.search(denial) or _RUNNING.search(statement)):
        return False
    return pd is None or pt is None or pt > pd


def _read(sentences: list[Sentence]) -> list[Said]:
    out = []
    for s, doc, quoted in statements(sentences):
        for v in doc:
            if v.pos_ not in ("VERB", "ADJ") or any(a <= v.idx < b for a, b in quoted):
                continue
            if v.pos_ == "ADJ":  # "the footbridge was not safe"
                out += [c for c in (said_of_state(s, v, _hedged, _argument, _key),) if c is not None]
                continue
            said = _said(s, v)
            if said is not None:
                out.append(said)
            for read in (_nominal, said_by_noun, said_willing):
                said = read(s, v)
                if said is not None:
                    out.append(said)
    return out


# Verbs of doing what their object names ("lodged an appeal", "handed in his resignation", "made
# an apology", "launched an investigation"): the claim is the noun's, as if its verb were written
_DOING = frozenset(map(verb_key, "make file lodge submit tender hand launch issue announce offer bring "
                                 "open".split()))
# what the noun is of or against: "an appeal against the ban", "an investigation into the leak"
_OF = frozenset("against of into over on for".split())


def _nominal(s: Sentence, v) -> Said | None:
    """"The swimmer lodged an appeal against the ban" as "appealed against the ban"; "made no
    apology" as "did not apologise"; "handed in his resignation" as "resigned"."""
    key = verb_key(v.lower_)
    if key not in _DOING or (key == "hand" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in v.children)):
        return None
    noun = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    gov = negated_by(v)
    if subj is None and gov is not None:
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") or _hedged(v) or (
            gov is None and v.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp", "csubj", "pcomp")):
        return None
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the", "no", "any") for c in noun.children) or any(
            c.dep_ in ("nummod", "amod") for c in noun.children if c.i < noun.i and c.lower_ not in WHICH):
        return None  # "filed two lawsuits", "made a brief statement": a count or a kind, not the doing
    reported = None if gov is not None else above(v)
    if reported is not None or _account(gov):
        return None
    own = any(c.dep_ == "neg" for c in v.children) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if (gov is not None or reported == "denied") and own:
        return None
    neg = own or gov is not None
    preps = tuple((c.lower_, thing_of(g)) for c in noun.children if c.dep_ == "prep" and c.lower_ in _PREPS
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in _OF
               for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    root = gov if gov is not None else v
    clause = " ".join(t.text for t in root.subtree if t.pos_ != "PUNCT")
    predicate = " ".join(t.text for t in noun.subtree if t.pos_ != "PUNCT" and not (t.dep_ == "det" and t.head == noun))
    stem = verb_key(noun.lower_)
    return Said(s, stem, neg, False, False, _key(of), _key(subj), thing_of(of) if of is not None else "",
                thing_of(subj), preps, v.idx, ("no " if neg else "") + noun.text, clause, stem, (), "",
                names_in(of), called(subj), modifiers=modifiers_of(v, gov), nominal=True, predicate=predicate)


def _same_doing(d: Said, t: Said) -> bool:
    """One verb by its forms or its stem; a verb and the noun of doing it by their first six letters
    ("resign" / "resignation", "appeal" / "appeal", "suspend" / "suspension")."""
    if d.lemma == t.lemma or _same_verb(d.verb, t.verb):
        return not opposite(d.verb, t.verb)  # "not safe" agrees with "unsafe"
    return (d.nominal != t.nominal) and min(len(d.verb), len(t.verb)) >= 5 and d.verb[:6] == t.verb[:6]


def _said(s: Sentence, v) -> Said | None:
    low = v.lower_
    stem = verb_stem(_IRREGULAR.get(low, low))
    light = low in _LIGHT
    if (low in _NOT_CLAIMS and not deed_of_saying(v)) or (low in _OPEN and not light) or len(stem) < 3 or stem.startswith(
            HAPPENINGS + _DENIED + _CREATE):
        return None  # compare.polarity's and compare.denials' verbs are read there
    if stem.startswith(_MOMENT):
        return None  # "No trains were running" / "trains were running normally": of two moments
    gov = negated_by(v)  # "declined to return the statue", "stopped short of suspending him"
    first = v
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "paid to write and direct": direct stands where write does
    told = presupposed(first)  # "after a judge ordered the city to shut the site": a deed told
    if (gov is None and first.dep_ in ("amod", "acl", "relcl", "advcl", "xcomp", "csubj", "pcomp") and not told) or (
            _hedged(v, True, told)):
        return None  # a clause of a noun, a condition, a purpose: not the sentence's claim
    kids = list(v.children)
    subj = subject_of_verb(v)
    if subj is None and gov is not None:
        subj = subject_of_verb(gov)  # the decliner
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    patient, doer = (subj, agent) if passive else (obj, subj)
    patient, p_sweep, p_part, p_none = _argument(patient)
    doer, d_sweep, d_part, d_none = _argument(doer)
    neg = any(c.dep_ == "neg" for c in kids) or p_none or d_none or p_sweep or d_sweep
    if (None if gov is not None else above(v)) is not None or _account(gov):
        return None  # "did not deny that it dumped waste", "declined to confirm that": no claim;
        # "the family denied that he was carrying a weapon": a party's account (ECB+ dev), not a
        # report's (compare.polarity reads its happenings' denials so)
    if told and (neg or gov is not None):
        return None  # "after police did not stop the march": a denial of that moment
    if gov is not None:
        if neg:
            return None  # "refused to admit nobody": read no further
        neg = True  # "declined to renew the lease", "stopped short of banning bonfires"
    future = said_of_future(v)
    if future and not neg:
        return None  # "the firm will close the plant": a plan, not what was done
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
    comp = complement_of(v)
    if (not p_key and not d_key) or (light and not p_key) or (patient is not None and not p_key and not comp):
        return None  # "did not make a distress call" is read by its call; "made it" by nothing; "has
        # not overturned it", "overturned several of them": whom it names is not resolved (ECB+ dev)
    preps = tuple((c.lower_, thing_of(g)) for c in kids if c.dep_ == "prep" and c.lower_ in _PREPS
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    words = ("not " if neg else "") + v.text
    clause = " ".join(t.text for t in v.subtree if t.pos_ != "PUNCT")
    if gov is not None:  # the clause of "declined to return the statue" is the declining's
        clause = " ".join(t.text for t in gov.subtree if t.pos_ != "PUNCT")
    return Said(s, stem, neg, sweeping, p_part or d_part, p_key, d_key,
                kind_of(patient) if p_key else "", kind_of(doer) if d_key else "", preps, v.idx, words, clause,
                verb_key(v.lower_), comp, owner_of(patient), names_in(patient), called(doer),
                modifiers=modifiers_of(v, gov), predicate=predicate_of(v, patient), future=future,
                named=patient is not None and patient.pos_ == "NOUN", governed=gov is not None)


def _argument(tok):
    """(the noun, denied of all of a kind by "no", said of part of a kind, "none of" / "nobody"):
    "none of the pupils" is the pupils, denied; "two of the tankers" the tankers, in part."""
    if tok is None:
        return None, False, False, False
    tok = whole_of(tok)  # "20 tonnes of hazardous cargo": the cargo
    tok = members(tok)  # "a small group of pickets": the pickets
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
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both"))
           for c in tok.children):
        return tok, False, False, False  # "the two pupils": the whole of a group already told
    return tok, "no" in dets, bool(part) or any(c.dep_ == "nummod" for c in tok.children), False


def _key(tok) -> str:
    return noun_stem(tok.lower_) if tok is not None and tok.pos_ in ("NOUN", "PROPN") else ""


def _same_verb(a: str, b: str) -> bool:
    """One stem, written with or without a doubled last letter ("stop" / "stopp")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 1)


def _same_things(ctx: StoryContext, d: Said, t: Said, names: dict | None = None) -> bool:
    """Said of the same thing: the one it is done to by one head noun when either names one (else
    the one who does it), the doers by one head noun when both name one, the prepositions' objects
    both tell close; a part's negation says nothing of another part."""
    if d.partial and not d.sweeping:
        return False  # "two ships did not dock" / "three ships docked"
    if d.comp and t.comp and not _same_comp(d.comp, t.comp, one_thing(
            ctx, (d.sentence.article, d.comp[1]), (t.sentence.article, t.comp[1]), {} if names is None else names)):
        return False  # "ruled out raising rates" / "did not rule out cutting rates"
    if d.nominal != t.nominal and not (d.patient and t.patient):
        return _nominal_same(ctx, d, t)
    if d.patient or t.patient:
        if d.patient != t.patient and not (d.comp and t.comp) and not (
                d.named and t.named and d.names & t.names) and not (
                d.patient and t.patient and text_similarity(ctx, d.patient_words, t.patient_words)
                >= settings.POLARITY_SAME_THING_SIMILARITY):
            return False  # ("did not order the quarry closed" / "ordered the operator to shut the
            # quarry": of one thing by what was ordered; "the Marrow quarry" / "the Marrow site";
            # one thing named two ways, as compare.polarity meets them: "takeover bid" / "takeover offer")
    elif not d.agent or not _same_agent(d, t):
        return False
    if d.agent and t.agent and not _same_agent(d, t):
        return False
    if d.names and t.names and not d.names & t.names:
        return False  # "the Orrin wind farm" / "the Tasker wind farm": two named things
    if d.owner and t.owner and d.owner != t.owner:
        return False  # "the ferry company's lease" / "the fishing cooperative's lease"
    for x, y in ((d.patient_words, t.patient_words), (d.agent_words, t.agent_words)):
        mx, my = x.split()[:-1], y.split()[:-1]
        if mx and my and mx != my and text_similarity(ctx, x, y) < settings.POLARITY_SAME_THING_SIMILARITY:
            return False  # "a distress call" / "a phone call": two kinds of one thing
    for p, x in d.preps:
        for q, y in t.preps:
            if p == q and x != y and text_similarity(ctx, x, y) < settings.NEGATION_SAME_SIMILARITY:
                return False  # "not consulted about the closure" / "consulted about the pay deal"
    return True


def _nominal_same(ctx: StoryContext, d: Said, t: Said) -> bool:
    """A noun of doing against its verb: one doer, and what the noun is of ("an appeal against the
    ban") is the verb's object or the object of one of its prepositions ("appealed against the
    ban") when the verb has any; the prepositions both tell close."""
    if not (d.agent and t.agent and _same_agent(d, t)):
        return False
    noun, verb = (d, t) if d.nominal else (t, d)
    held = {noun_stem(w.split()[-1]) for _, w in verb.preps}
    if noun.patient and (verb.patient or held) and noun.patient != verb.patient and noun.patient not in held:
        return False  # "an appeal against the fine" / "appealed against the ban"
    return not any(p == q and x != y and text_similarity(ctx, x, y) < settings.NEGATION_SAME_SIMILARITY
                   for p, x in noun.preps for q, y in verb.preps)


def _same_agent(d: Said, t: Said) -> bool:
    """One doer: one head noun, or a head noun or name of one among the other's post and names
    ("the judge" / "Judge Anna Ruiz"; "Ruiz" / "Judge Anna Ruiz")."""
    return d.agent == t.agent or d.agent in t.agent_names or t.agent in d.agent_names


def _same_comp(a: tuple, b: tuple, one: bool = False) -> bool:
    """One thing (by head noun or a name in both) and one verb or two of one listed kind ("clos" /
    "shut")."""
    if a[1] != b[1] and not (a[2] & b[2]) and not one:
        return False
    if _same_verb(a[0], b[0]):
        return True
    return any(a[0].startswith(g) and b[0].startswith(h) for group in KIN for g in group for h in group)


def _account(gov) -> bool:
    """A verb of denying that governs the claim ("denied using"): a party's account."""
    return gov is not None and verb_key(gov.lower_).startswith("deni")


def said_of_future(v) -> bool:
    """Said of the future by the verb's own "will" / "would" ("the cuts would not affect ...")."""
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in v.children)


def _hedged(v, future: bool = False, told: bool = False) -> bool:
    """The future (unless `future`: then the verb's own "will" / "would" is allowed), the
    possible, a condition, a claim put on its speaker ("who claim he pointed"), or the word of
    some of a group ("Some said he did not ..."), here or in a clause above."""
    node = v
    for _ in range(4):
        kids = list(node.children)
        if node is not v and (node.lower_ in _CLAIMING or any(
                c.dep_ == "nsubj" and c.lower_ in _SOME_SPEAKERS for c in kids)):
            return True
        if node is v and counterfactual(v):
            return True  # "would not have placed him ... if": what did not happen, not a denial
        if any(c.dep_ == "aux" and c.lower_ in _MODALS and not (future and node is v and c.lower_ in _WILL)
               for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in _MARKS and not (told and c.lower_ in FACT_MARKS) for c in kids):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


