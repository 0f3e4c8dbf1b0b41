"""Presence: one article says a named person was not at an occasion, another that the person did
something there ("Prime Minister Ana Brask did not attend the dinner" / "at the dinner, with Prime
Minister Ana Brask seated beside the king"; "Judge Orr was absent" / "the medals were handed out
by Judge Orr"; "Lind, who was not at the gala, accepted by video" / "Lind walked on stage").

An absence is read from the parse: "was absent", "was not present", "was not at the <occasion>",
"did not attend", "did not go to / turn up at the <occasion>", "declined / refused to attend",
"stayed away from", "missed / skipped / boycotted the <occasion>". A presence is "attended",
"was present", "was at the <occasion>", or an act that puts its doer where it is done: handing
over or presenting a thing, collecting it, walking on stage, sitting or standing beside someone,
toasting or greeting someone, addressing, telling, joining, arriving or speaking at an occasion (the doer as the
subject, the agent of a passive, or the subject of "with X sitting ..."). An occasion is a noun
of a gathering people attend (a ceremony, a banquet, a summit ...): closed list, by meaning.

Two claims conflict when they are of one person by name (polar_words.same_name), in different
articles, and the occasions both name (if both name one) are one. Not a conflict: an act done
from elsewhere ("by video link", "in a statement"), what was planned or expected ("was due to
present", "will attend"), conditions and questions, quotations, a claim a denial governs ("denied
that she attended": a party's account), words of change ("had not yet arrived", "left early",
"later"), days told by both that differ, and a presence printed after the absence that may have
happened since (compare.denials.happened_since). "Attended" against "did not attend" is
compare.negation's (one verb told twice), not read twice here.

What it does not do: people called by post alone ("the minister"), pronouns, occasions named by
other nouns ("the banquet" / "the state dinner" are two occasions unless one head noun).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.deeds import MARKS, MODALS
from accord.compare.denials import happened_since, other_days, statements
from accord.compare.events import side_claim
from accord.compare.polar_words import above, name_of, negated_by, same_name, verb_key
from accord.compare.temporal import references
from accord.types import Discrepancy, Sentence

_CUE = re.compile(r"\b(?:absent|absence|not\s+(?:at|present|attend)|n't\s+(?:at|attend)|"
                  r"(?:declin|refus)\w*\s+to\s+attend|stay\w*\s+away|(?:miss|skipp|boycott)(?:ed|s|ing)?)\b", re.I)
# gatherings people attend, by meaning: an absence from one is disputed by being at it
OCCASIONS = frozenset(noun_stem(w) for w in (
    "ceremony banquet dinner lunch luncheon reception summit meeting conference session hearing trial funeral "
    "wedding match final launch opening gala parade rally premiere briefing debate festival concert service "
    "celebration memorial vigil inauguration signing presentation talks").split())
# acts that put their doer where they are done (the thing handed, the stage walked on, the one
# sat beside), and what each needs to be one: an object, a place, or an occasion or audience
_ACTS_WITH_OBJECT = frozenset(map(verb_key, "present hand collect toast greet shake deliver lay".split()))
_ACTS_IN_PLACE = frozenset(map(verb_key, "walk sit seat stand".split()))
_ACTS_TO_AUDIENCE = frozenset(map(verb_key, "address tell speak arrive join".split()))
_AUDIENCES = frozenset(noun_stem(w) for w in "audience crowd guests delegates gathering mourners".split())
_PLACES = frozenset("on at beside next alongside onto".split())
# done from elsewhere: "accepted the award by video link", "in a statement"
_REMOTE = frozenset("video link phone telephone remotely virtually online message statement letter recorded "
                    "broadcast".split())
# what was planned, not done: "was due to present", "was expected to attend"
_PLANS = frozenset("due expected scheduled set planned plan invited supposed hoped hope intended meant".split())
_CHANGE = re.compile(r"\b(?:yet|later|left\s+early|arrived\s+late|briefly|again|no\s+longer|any\s?more)\b", re.I)
_BE = frozenset("was were is are been be being".split())


@dataclass(frozen=True)
class Presence:
    sentence: Sentence
    name: str  # the person by name, in lower case ("karin holt")
    there: bool  # at the occasion (an act or "attended"), or not ("was absent")
    occasions: frozenset  # the occasions the claim names, as noun stems
    words: str  # as written ("was absent", "presented")
    at: int  # the verb's character offset in the sentence
    attend: bool = False  # told by "attend" itself (compare.negation pairs it with its own denial)


def presence_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    absent = [c for c in _read([s for s in ctx.all_sentences() if _CUE.search(s.text)]) if not c.there]
    if not absent:
        return ()
    surnames = {c.name.split()[-1] for c in absent}
    naming = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b", re.I)
    present = [c for c in _read([s for s in ctx.all_sentences() if naming.search(s.text)]) if c.there]
    spun = ctx.spun()
    refs: dict = {}
    pairs: dict[str, dict] = defaultdict(dict)
    for a in absent:
        for p in present:
            if a.sentence.article == p.sentence.article or {a.sentence.article, p.sentence.article} & spun:
                continue
            if not same_name(a.name, p.name) or (a.attend and p.attend):
                continue
            if a.occasions and p.occasions and not a.occasions & p.occasions:
                continue  # absent from the vote, speaking at the dinner: two occasions
            if a.occasions and not p.occasions and not _names_any(ctx, p.sentence.article, a.occasions):
                continue  # absent from the summit; "presented the budget" in an article without it
            if _CHANGE.search(a.sentence.text) or _CHANGE.search(p.sentence.text):
                continue
            if not refs:
                refs.update(references(ctx.articles))
            if other_days(a, p, refs):
                continue
            pa, pp = (ctx.article(x.sentence.article).published for x in (a, p))
            if happened_since([(p.sentence, p.at)], pp, a.sentence, pa, refs[p.sentence.article]):
                continue
            pairs[max(a.name, p.name, key=len)][(a, p)] = None
    out = []
    for name, found in pairs.items():
        no = list(dict.fromkeys(a for a, _ in found))
        yes = list(dict.fromkeys(p for _, p in found))
        if {a.sentence.article for a in no} & {p.sentence.article for p in yes}:
            continue  # an article that says both tells two occasions apart
        claims = (side_claim(yes[0].words, (ctx.mention(p.sentence) for p in yes)),
                  side_claim(no[0].words, (ctx.mention(a.sentence) for a in no)))
        out.append(Discrepancy("other", f"whether: {name} was there ({no[0].words} / {yes[0].words})", claims))
    return tuple(out)


def _names_any(ctx: StoryContext, article: str, occasions: frozenset) -> bool:
    """Whether any sentence of `article` names one of `occasions` (noun stems): an act that names
    no occasion is one at the occasion an absence names only in an article that tells of it."""
    return any(noun_stem(w) in occasions for s in ctx.all_sentences() if s.article == article
               for w in re.findall(r"[A-Za-z]+", s.text.lower()))


def _read(sentences: list[Sentence]) -> list[Presence]:
    out = []
    for s, doc, quoted in statements(sentences):
        for v in doc:
            if any(a <= v.idx < b for a, b in quoted) or v.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            found = _claim(s, v)
            if found is not None:
                out.append(found)
    return out


def _claim(s: Sentence, v) -> Presence | None:
    """The presence or absence `v` tells of a named person, else None."""
    kids = list(v.children)
    neg = any(c.dep_ == "neg" for c in kids)
    key = verb_key(v.lower_)
    words = v.text
    there = None
    person = None
    adj = None
    if v.lower_ in _BE:  # "was absent", "was not present", "who was not at the ceremony"
        adj = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in ("absent", "present")), None)
        at = [g for c in kids if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
              if g.dep_ == "pobj" and noun_stem(g.lower_) in OCCASIONS]
        if adj is not None:
            there = (adj.lower_ == "present") != neg
            words = ("not " if neg else "") + adj.text
        elif at:
            there = not neg
            words = ("not " if neg else "") + "at the " + at[0].text
        person = _subject(v)
    elif v.pos_ == "VERB":
        gov = negated_by(v)  # "declined to attend"
        if gov is not None and key != "attend":
            return None
        if key == "attend":
            there = not (neg or gov is not None)
            words = ("not " if not there else "") + v.text
        elif key in ("go", "turn", "show", "appear") and _to_occasion(v):
            if not neg:
                return None  # "went to the dinner": read only as its denial
            there, words = False, f"not {v.text}"
        elif key in ("stay", "stai") and any(c.dep_ in ("advmod", "prt") and c.lower_ == "away" for c in kids):
            there, words = neg, f"{v.text} away"
        elif key in ("miss", "skip", "boycott") and any(
                c.dep_ == "dobj" and noun_stem(c.lower_) in OCCASIONS for c in kids):
            # the occasion is the thing missed, not a noun inside it ("missed a penalty in the
            # final", "skipped the deadline for the summit")
            there, words = neg, ("not " if neg else "") + v.text
        elif not neg and _act(v):
            there, words = True, v.text
        if there is None:
            return None
        person = _doer(v) if gov is None else _subject(gov)
    if there is None or person is None or _planned(v) or _remote(v) or above(v) is not None:
        return None
    name = name_of(person)
    if not name:
        return None
    occasions = _occasions(v) | (_occasions(adj) if v.lower_ in _BE and adj is not None else frozenset())
    if v.dep_ == "pcomp" and v.head.lower_ == "with":
        occasions |= _occasions(v.head.head)  # "toasted at a banquet, with X sitting at her side"
    elif v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in v.children):
        occasions |= _occasions(v.head)
    return Presence(s, name, there, occasions, words, v.idx, attend=key == "attend")


def _subject(v):
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and v.dep_ == "relcl":
        return v.head  # "Reyk, who was not at the ceremony"
    return subj


def _doer(v):
    """The one who does `v`: its subject, the agent of a passive ("presented by X"), or the
    subject of "with X sitting at her side"."""
    agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    return subj


def _act(v) -> bool:
    """An act that puts its doer where it is done (see the module docstring)."""
    key = verb_key(v.lower_)
    kids = list(v.children)
    if key in _ACTS_WITH_OBJECT:
        return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" for c in kids)
    if key in _ACTS_IN_PLACE:
        return any(c.dep_ == "prep" and c.lower_ in _PLACES for c in kids)
    if key in _ACTS_TO_AUDIENCE:
        things = [c for c in kids if c.dep_ == "dobj"] + [
            g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "to", "for") for g in c.children if g.dep_ == "pobj"]
        return any(noun_stem(t.lower_) in OCCASIONS | _AUDIENCES for t in things)
    return False


def _to_occasion(v) -> bool:
    return any(c.dep_ in ("prep", "prt") and c.lower_ in ("to", "at", "up") for c in v.children) and bool(
        _occasions(v))


def _occasions(v, deps=("dobj", "prep", "pobj")) -> frozenset:
    """The occasions named in the clause of `v` (its objects and prepositions' objects)."""
    out = set()
    for c in v.children:
        if c.dep_ not in deps:
            continue
        for t in c.subtree:
            if t.pos_ == "NOUN" and noun_stem(t.lower_) in OCCASIONS:
                out.add(noun_stem(t.lower_))
    return frozenset(out)


def _planned(v) -> bool:
    """Said of the future, the possible, a plan or a condition, here or in a clause above."""
    node = v
    for _ in range(4):
        kids = list(node.children)
        if node is not v and node.lower_ in _PLANS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in MARKS for c in kids) or any(
                c.dep_ == "acomp" and c.lower_ in _PLANS for c in kids):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _remote(v) -> bool:
    """Done from elsewhere: a word of a remote medium in the verb's own phrases ("by video link")."""
    return any(t.lower_ in _REMOTE for c in v.children if c.dep_ in ("prep", "advmod", "npadvmod")
               for t in c.subtree)
