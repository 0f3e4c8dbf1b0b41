"""Polarity: one article says a thing happened, another that it did not ("Police arrested two
shift supervisors" / "Nobody has been arrested"; "the signal was working normally" / "the
junction signal had failed").

A polarity claim is read from the dependency parse of a sentence (spaCy): a verb's stem, as the
plain verb its wording stands for (compare.happening_words: "reduced to ashes" is destroyed,
"unhurt" is not hurt), whether it is negated (a `neg` child, a subject such as "nobody" or "no
one", a denial by the noun: "no arrests have been made"), and what it is about (the head noun of
its object, or of its subject when passive or intransitive: "signal", "inspection"; the subject
of survive, admit, deny). "No homes were destroyed" denies it of homes only; "nobody was hurt" of
anybody. Only sentences with a negation cue or one of the listed wordings are parsed first;
sentences of other articles are parsed when they carry the same verb stems or their kin.

Two claims from different articles conflict when they are about the same thing (the same head
noun, or one person named beside a post or alone: "His co-defendant, Martin Keel," / "Keel"; or
the things as written close in meaning: "homes" / "houses", POLARITY_SAME_THING_SIMILARITY;
or a negation that names none: "nobody"; "no suspects" names suspects) and either one negates the verb the other states, or
they state antonyms (pass / fail, survive / be killed (of one person), acquit / convict, admit /
deny ...). Not a conflict, by design:
what is said of the future or the possible ("will be charged", "could fail"), questions and
conditions, doubt rather than denial ("no evidence that", "not clear whether"), and a later
article stating what an earlier one denied (it happened since: "was arrested on Tuesday").

How outlets report a denial: "there is no evidence that X", "found no evidence that X", "denied
that X", "ruled out that X", "denied any breach of X" deny X, and so does a verb governing it
("declined to release", "refused to close", "stopped short of suspending", "rejected calls to
close": polar_words.negated_by); "declined to confirm that X", "did not deny that X", "it was not
confirmed that X", "did not rule out closing" neither state nor deny it (no claim). "Police
have not arrested anyone" denies it of anybody; "was held on suspicion of" is detained. A report
printed after the denial disputes it only when it dates the happening on or before the denial's
page day, in its sentence or in another of its article telling the same happening ("Police have
arrested the master ..." / "The 56-year-old was detained yesterday morning"). A side dated a year
or more before its page ("was arrested last year") is background, unless the other reaches back
over that span ("in the past five years"): compare.denials.background.

Fault owned or disowned is an admission or a denial of the one who owns it ("accepted
responsibility", "took the blame" / "rejected any suggestion that its driver was to blame",
"denied any wrongdoing"; "conceded that ..."), by the party a spokesperson speaks for ("a FreshWay
spokeswoman"), and dated by its own clause, not by what it admits (polar_times). An alarm "did not
go off" / "triggered an alarm" is one happening (sounded); a thing in use ("flights continued to
use the runway") is not closed, on the days both tell; a search's "no sign of methane" is of
methane ("detected traces of methane").

Denials by a noun of the other verbs ("No deaths have been linked to the outage", "No flood
warning was in force") are compare.denials', suspicion denied against a criminal inquiry opened compare.suspicion's, and
any other verb denied and stated of one thing compare.negation's, a person absent from an occasion
and doing something there compare.presence's: their discrepancies are returned with these.

What it does not do: no paraphrase of the happening beyond the listed wordings (records copied
or downloaded are stolen; "no criminal wrongdoing was suspected" / "opened a criminal
investigation" is not read), no scope beyond the clause.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from accord import settings
from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.counted import kin_verbs, same_predicate, stem as verb_stem
from accord.compare.deeds import subject_of_verb
from accord.compare.events import side_claim
from accord.compare.denials import denial_discrepancies, statements
from accord.compare.negation import negation_discrepancies
from accord.compare.polar_times import background_of, later, other_days_of, same_cycle
from accord.compare.polar_words import DENYING, DOUBT, above, aged, doubt, name_of, negated_by, same_name
from accord.compare.presence import presence_discrepancies
from accord.compare.suspicion import suspicion_discrepancies
from accord.compare.happening_words import (
    ANTONYMS,
    HAPPENINGS,
    KIN,
    LIGHT_VERBS,
    NEEDS,
    OF_SUBJECT,
    PHRASINGS,
    STATES,
    among,
    misread_main_verb,
    names_a_thing,
    plain_verb,
    speaks_for,
    still_used,
    state_holder,
    thing_of,
    whole_of,
)
from accord.compare.tense import counterfactual
from accord.types import Discrepancy, Sentence

_CUE = re.compile(r"\b(?:not|never|no|nobody|none|neither|n't)\b|n't\b|\bno one\b|\b(?:declin|refus|fail|neglect|"
                  r"avoid|refrain|abstain|resist|short\s+of|ruled?\s+out|rules\s+out|reject|dismiss)", re.I)
_NOBODY = frozenset("nobody noone none".split())
# verbs of a finding: "found no evidence" denies what "found evidence" states (an inquiry's result,
# not a reporter's doubt)
_FINDING = ("found", "find", "uncover", "discover", "detect")
# what a search finds of a thing, not the thing's kind: "no sign of methane" is of methane
_SIGNS = frozenset("sign signs trace traces indication indications".split())
_NOT_CLAIMS = frozenset(
    "say said says tell told add added report reported believe believed think thought know "
    "knew ask asked want wanted seem seemed appear appeared expect expected".split())
_MODALS = frozenset("will would could may might can should shall must".split())
_WILL = frozenset("will would 'll wo".split())


@dataclass(frozen=True)
class Polar:
    sentence: Sentence
    verb: str  # stem
    negated: bool
    about: str | None  # head noun stem; None for "nobody has been arrested"
    anyone: bool  # the negation names nobody: any positive claim of the verb disputes it
    words: str  # the verb as written
    thing: str = ""  # what it is about as written, with its modifiers ("structural inspection")
    one: bool = False  # about one named or singular thing ("the driver"), not a plural or a class
    sweeping: bool = False  # "No homes were destroyed": denied of every one of a kind of thing
    some: bool = False  # its subject is one or some of a kind ("a bank employee", "300 residents")
    nominal: bool = False  # denied by its noun ("no arrests have been made")
    name: str = ""  # the person it is about by name ("His co-defendant, Martin Keel": "martin keel")
    at: int = -1  # the verb's (or denying noun's) character offset in the sentence
    future: bool = False  # denied of the future by its own "will not" / "would not"
    own_word: bool = False  # its words say whether it happened ("open (not closed)"): no "not" before them
    in_use: bool = False  # not closed by its use ("flights continued to use the runway"): of its days only
    dated: str = ""  # the words that date it, when not the whole sentence: an admission's or a
    # denial's own clause without what is admitted ("admitted on Monday that the list was drawn up
    # in 2024" is dated by "on Monday")


def polarity_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    first = [s for s in ctx.all_sentences() if _CUE.search(s.text) or PHRASINGS.search(s.text)]
    claims = _claims(first)
    if not any(c.negated for c in claims) and not claims:
        return _others(ctx)
    stems = {c.verb for c in claims} | {b for a, b in ANTONYMS if any(c.verb.startswith(a) for c in claims)} \
        | {a for a, b in ANTONYMS if any(c.verb.startswith(b) for c in claims)}
    stems |= {x for c in claims for x in kin_verbs(c.verb) if not any(x.startswith(w) for w in _LOOSE)}
    stems |= {x for c in claims for g in KIN if any(c.verb.startswith(y) for y in g) for x in g}
    seen = {(s.article, s.index) for s in first}
    # the sentences that name one of the stems: one pattern of them all (a search per stem and
    # sentence was ~80,000 searches on 500 articles; issue 18)
    long_stems = sorted(st for st in stems if len(st) >= 4)
    naming = re.compile(r"\b(?:" + "|".join(map(re.escape, long_stems)) + ")", re.I) if long_stems else None
    more = [s for s in ctx.all_sentences() if (s.article, s.index) not in seen
            and naming is not None and naming.search(s.text)]
    claims += _claims(more)
    spun = ctx.spun()
    refs: dict = {}
    out = []
    done: set[tuple] = set()
    between: dict[tuple, list[Polar]] = defaultdict(list)  # (article, article) -> verbs disputed
    covered: set[tuple] = set()  # the sentences of the discrepancies found: one told otherwise is not another
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.sentence.article == b.sentence.article or not _opposed(a, b) or not _same_about(a, b, ctx.encoder):
                continue
            if a.sentence.article in spun or b.sentence.article in spun:
                continue  # a machine rewrite's synonyms ("unharmed" for "not hurt") only back a side
            by_verb = (a.anyone and not a.nominal) or (b.anyone and not b.nominal) or a.sweeping or b.sweeping
            if not by_verb and not _same_topic(ctx, a, b):
                continue  # ("nobody has been arrested", "no homes were destroyed" name their topic
                # by the verb and the kind of thing alone)
            neg, pos = (a, b) if a.negated else (b, a)
            if (a.in_use or b.in_use) and other_days_of(ctx, a, b, refs):
                continue  # "closed on Monday" / "trains kept using the bridge on Tuesday"
            if background_of(ctx, a, b):
                continue  # "the owner was arrested last year over unpaid wages" / "nobody has been arrested"
            if a.negated != b.negated and later(ctx, pos, neg, refs, claims, _same_verb):
                continue  # it may have happened after the denial was printed
            if (a.future or b.future) and not same_cycle(ctx, pos, neg):
                continue  # "would not close the plant" is disputed only by a report printed no later
            key = (a.verb[:4], a.about or b.about)
            if key in done or (_at(a) in covered and _at(b) in covered):
                continue
            if any(_same_verb(c, a) for c in between[(a.sentence.article, b.sentence.article)]):
                continue  # two articles disputing one happening twice ("have arrested the master",
                # "the 56-year-old was detained") is one discrepancy
            found = _discrepancy(ctx, a, b, claims)
            if found is not None:
                done.add(key)
                sides = [{m.article for m in c.mentions} for c in found.claims]
                for x in sides[0]:
                    for y in sides[-1]:
                        between[(x, y)].append(a)
                        between[(y, x)].append(a)
                covered.update((m.article, m.start) for c in found.claims for m in c.mentions)
                out.append(found)
    return tuple(out) + _others(ctx)


def _others(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    """The discrepancies of the other readers of polarity (see the module docstring)."""
    return (denial_discrepancies(ctx) + suspicion_discrepancies(ctx) + negation_discrepancies(ctx)
            + presence_discrepancies(ctx))


def _at(c: Polar) -> tuple[str, int]:
    return (c.sentence.article, c.sentence.start)


def _claims(sentences: list[Sentence]) -> list[Polar]:
    out = []
    for s, doc, quoted in statements(sentences):
        out += _nominal_denials(s, doc, quoted)
        by_use = []  # read after the sentence's own words of state ("still using the path, which
        # rangers had left open": left open)
        for v in doc:
            if v.pos_ not in ("VERB", "ADJ") or v.lower_ in _NOT_CLAIMS:
                continue
            plain = plain_verb(v)
            in_use = still_used(v)
            if in_use:
                plain = "closed"  # "flights continued to use the runway": not closed
            if not verb_stem(plain).startswith(HAPPENINGS):
                continue
            if any(a <= v.idx < b for a, b in quoted):
                continue  # a quotation's wording is compared as a quote (compare.quotes)
            kids = list(v.children)
            if _hedged(v, True):
                continue
            if verb_stem(plain).startswith("surviv") and any(c.dep_ in ("auxpass", "agent") for c in kids):
                continue  # "he is survived by his wife": said of the dead
            subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            gov = negated_by(v)  # "refused to release the crew", "stopped short of closing it"
            if gov is not None and subj is None:
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            state = v.pos_ == "ADJ" and v.lower_ in STATES and plain != v.text
            if state and subj is None:
                subj = state_holder(v) or next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and v.dep_ == "conj" and verb_stem(plain).startswith(OF_SUBJECT):
                subj = subject_of_verb(v)  # "Dr Varga apologised but denied that ...": Dr Varga
            counted_in = among(v) if subj is None and obj is None else None
            if subj is None and obj is None and counted_in is None and misread_main_verb(v):
                subj = v.head  # "The driver, 58, survived with ...": read as the driver's verb
            if subj is not None and subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                subj = v.head  # "The driver, who suffered burns, ...": the driver
            negated = any(c.dep_ == "neg" for c in kids) or (state and any(
                c.dep_ == "neg" for c in v.head.children))
            if in_use:
                negated = True
            said_not = negated  # "was not unhurt": the state word's own negation
            if state and STATES[v.lower_][1]:
                negated = not negated  # "unhurt": not hurt
            sweeping = False
            part_of = False  # "one of the hostages", "two of the paintings": some of them
            of = _of_whom(subj)
            if of is not None:  # "none of its paintings had been damaged": denied of the paintings
                part_of = subj.lower_ != "none"
                if not part_of:
                    negated, sweeping = True, True
                subj = of
            anyone = subj is not None and (subj.lower_.replace("-", "") in _NOBODY or (
                subj.lower_ in ("one", "-", "no") and re.search(r"(?i)\bno\s?-?\s?one\b", s.text) is not None))
            for arg in (subj, obj):
                if arg is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in arg.children):
                    if arg.lower_ in DOUBT and not v.lower_.startswith(_FINDING):
                        negated = False
                        break
                    if arg.lower_ in DOUBT:  # "the recount found no evidence of tampering"
                        negated = True
                        break
                    # "no people were hurt" denies it of anybody; "no suspects have been taken into
                    # custody" of suspects only, not of witnesses detained (ECB+ dev); "no officers
                    # were killed" of officers, not of the gunman
                    negated, anyone = True, not names_a_thing(v, plain, arg) and arg.lower_ not in _CALLED and (
                        arg.pos_ != "NOUN" or noun_stem(arg.lower_) in _ANYBODY)
                    sweeping = not anyone
            if v.pos_ == "ADJ" and not negated and counted_in is None and not state:
                continue
            negated = negated or anyone
            future = any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids)
            if future and not negated:
                continue  # "the firm will close the plant": a plan, not what was done
            if negated and not anyone and obj is not None and obj.lower_ in ("anyone", "anybody"):
                anyone = True  # "police have not arrested anyone": of anybody
            if gov is not None:
                if negated:
                    continue  # "refused to say nobody was hurt": read no further
                negated = True
            reported = None if gov is not None else above(v)
            if reported == "unsaid":
                continue  # "declined to confirm that ...", "it was not confirmed that ...": no claim
            if reported == "denied":
                if negated:
                    continue  # "denied that nobody was hurt": read no further
                negated = True  # "there is no evidence that data was stolen", "denied that ..."
                # "no evidence that any patient had come to harm": denied of every patient
                sweeping = sweeping or (subj is not None and any(
                    c.dep_ == "det" and c.lower_ == "any" for c in subj.children))
            elif negated and doubt(v):
                continue  # "it is not clear whether nobody ...": doubt, not a denial
            passive = subj is not None and subj.dep_ == "nsubjpass"
            # the survivor is the subject, whatever was survived ("survived the landing")
            head = counted_in if counted_in is not None else subj if (
                passive or obj is None or verb_stem(plain).startswith(OF_SUBJECT) or v.lower_.startswith("suffer")) else obj
            head = whole_of(head)
            if verb_stem(plain).startswith(OF_SUBJECT):
                head = speaks_for(head)  # "a FreshWay spokeswoman conceded that ...": FreshWay
            about = None if anyone or head is None or head.pos_ not in ("NOUN", "PROPN") else noun_stem(head.lower_)
            by_age = None if anyone or head is None else aged(head)
            if by_age:  # "The 56-year-old was detained": a person called by age, by that age only
                about, head = by_age, None
            if about is not None and head is not None and head.lower_ in _SIGNS and v.lower_.startswith(_FINDING):
                of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
                if of is not None:  # "found no sign of methane": of methane, as "detected methane" is
                    head, about = of, noun_stem(of.lower_)
            if about is not None and head is not None and head.lower_ in DOUBT:
                # "evidence of tampering" / "evidence of an electrical fault": what was found
                of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
                about = f"{about} of {noun_stem(of[0].lower_)}" if of else about
            if about is None and not anyone:
                continue  # "it worked": about nothing we can match
            thing = "" if about is None else by_age or _thing(head)
            one = about is not None and (by_age is not None or head.tag_ == "NNP" or (head.tag_ == "NN" and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "every", "each")
                for c in head.children)))
            name = name_of(head) if about is not None and head is not None else ""
            one = one or bool(name)
            written = v.text if plain == v.text else f"{v.text} ({plain})"
            own_word = (state and STATES[v.lower_][1]) or in_use  # "unhurt (not hurt)": the word says
            # it, not "not unhurt"
            if in_use:
                written = f"{v.head.text + ' to ' if v.dep_ == 'xcomp' else ''}{v.text} (not {plain})"
            elif own_word:
                written = f"{'not ' if said_not else ''}{v.text} ({'not ' if negated else ''}{plain})"
            some = about is not None and head is not None and head is not obj and not sweeping and (part_of or any(
                (c.dep_ == "det" and c.lower_ in _SOME) or c.dep_ == "nummod" for c in head.children))
            dated = ""
            if verb_stem(plain).startswith(OF_SUBJECT):  # without its clauses (the parser may hang
                # "that the list had been drawn up" on "a briefing")
                said = {t.i for c in v.subtree if c.i != v.i and c.dep_ in _CLAUSES for t in c.subtree}
                dated = " ".join(t.text for t in v.subtree if t.i not in said)
            (by_use if in_use else out).append(Polar(
                s, verb_stem(plain), negated, about, anyone, written, thing, one, sweeping, some, name=name,
                at=v.idx, future=future, own_word=own_word, dated=dated, in_use=in_use))
        out += by_use
    return out


_CLAUSES = frozenset("ccomp xcomp relcl acl csubj advcl".split())
_PARTS = frozenset("none one two three four five six seven eight nine ten some several many most".split())


def _of_whom(subj):
    """"None of the hostages", "one of the hostages", "two of its paintings": the noun after "of"
    when the subject is a count or "none" of it, else None."""
    if subj is None or not (subj.lower_ in _PARTS or subj.like_num):
        return None
    return next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def _thing(head) -> str:
    """thing_of, or a bare noun with what it is of as its kind ("the records of 310,000 patients":
    "patients records", as "patient data" is written)."""
    thing = thing_of(head)
    if " " in thing:
        return thing
    of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return thing if of is None else f"{of.lower_} {thing}"


# People named by what they did or what is held against them: "no suspects were arrested" is
# said of suspects, not of anybody
_CALLED = frozenset("suspect suspects defendant defendants offender offenders attacker attackers gunman "
                    "gunmen perpetrator perpetrators culprit culprits".split())


_CALLED_STEMS = frozenset(noun_stem(w) for w in _CALLED)
# people named by no role: a suspect may be any of them, not a witness, an officer or a victim
_PLAIN_PEOPLE = frozenset(noun_stem(w) for w in "man men woman women person people teenager teenagers "
                          "boy boys girl girls youth youths driver drivers".split())


# Nouns whose denial holds for the whole story ("no arrests have been made"); "no injuries were
# reported", "no damage" are said of one place or group (ECB+ dev: "no reported injuries in Dubai"
# against the quake's wounded in Iran)
_STORY_WIDE = ("arrest", "detain", "charg")
_SOME = frozenset("a an another one some several".split())
# people named by no group: "no people were hurt" denies it of anybody
_ANYBODY = frozenset(noun_stem(w) for w in "people person persons one casualties casualty lives life".split())


def _nominal_denials(s: Sentence, doc, quoted: list[tuple[int, int]]) -> list[Polar]:
    """"No arrests have been made", "there were no injuries", "nobody needed hospital treatment":
    a happening denied by its noun, of anybody."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        denied = _denied_noun(s, t, quoted)
        if denied is not None:
            out.append(denied)
            continue
        nobody_needed = t.dep_ == "dobj" and t.head.lower_ in NEEDS and any(
            c.dep_ == "nsubj" and c.lower_.replace("-", "") in _NOBODY for c in t.head.children)
        if not nobody_needed and not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            continue
        stem = verb_stem(t.text)
        if not stem.startswith(_STORY_WIDE if not nobody_needed else HAPPENINGS) or stem.startswith(_LOOSE):
            continue
        if (t.head.lower_ not in LIGHT_VERBS and not nobody_needed) or _hedged(t.head) or doubt(t.head):
            continue
        if any(a <= t.idx < b for a, b in quoted):
            continue
        # a need's object names its kind, whose denial is checked against one topic only
        out.append(Polar(s, stem, True, None, True, f"no {t.text}", thing_of(t), nominal=nobody_needed, at=t.idx))
    return out


_MARKS = frozenset("if whether unless before until till once when after".split())


def _denied_noun(s: Sentence, t, quoted) -> Polar | None:
    """"The firm denied any breach of its systems", "ruled out any leak from the tanks": the
    happening a noun names, denied of what it is of (else of anybody, on the sentences' topic)."""
    v = t.head
    if t.dep_ != "dobj" or v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
        return None
    stem = verb_stem(v.lower_)
    if not (stem.startswith(DENYING) or (stem.startswith("rul") and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in v.children))):
        return None
    if any(c.dep_ == "det" and c.lower_ not in ("any", "all") for c in t.children):
        return None  # "denied the charges", "rejected the offer": another verb's claim
    happening = verb_stem(t.text)
    if not happening.startswith(HAPPENINGS) or happening.startswith(_LOOSE + DENYING + ("admit", "confess")):
        return None
    if _hedged(v) or any(a <= t.idx < b for a, b in quoted):
        return None
    of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    about = None if of is None else noun_stem(of.lower_)
    return Polar(s, happening, True, about, about is None, f"{v.text} any {t.text}",
                 "" if of is None else _thing(of), nominal=about is None, at=t.idx)


def _hedged(v, future: bool = False) -> bool:
    """Said of the future (unless `future`: then the verb's own "will" / "would" is allowed), the
    possible or a condition, here or in a clause above: "it could take two weeks before all
    systems are working again", "if the signal failed"."""
    node = v
    for _ in range(4):
        kids = list(node.children)
        if node is v and counterfactual(v):
            return True  # "would not have placed him ... if": what did not happen, not a denial
        if any(c.dep_ == "aux" and c.lower_ in _MODALS and not (future and node is v and c.lower_ in _WILL)
               for c in kids) or any(
                c.dep_ == "mark" and c.lower_ in _MARKS for c in kids):
            return True
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        node = node.head
    return False


def _same_topic(ctx: StoryContext, a: Polar, b: Polar) -> bool:
    """The two sentences speak of one thing (encoder cosine), not two verbs that meet by chance."""
    if ctx.encoder is None:
        return True
    va, vb = ctx.encoder.encode([a.sentence.text, b.sentence.text])
    return float(va @ vb) >= settings.POLARITY_SAME_SIMILARITY


def _antonyms(a: str, b: str) -> bool:
    return any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x))
               for x, y in ANTONYMS)


# verbs of a listed group (compare.counted) too loose to carry a denial's meaning across
# ("held a news conference", "made off with", "left the scene")
_LOOSE = ("held", "hold", "made", "make", "take", "took", "taken", "left", "leav", "back", "pass",
          "fell", "fall", "broke", "break", "lift", "fly", "flew", "flown", "roll", "climb")


def _same_verb(a: Polar, b: Polar) -> bool:
    """One verb, or two verbs of one listed kind ("arrested" / "detained"; "hurt" / "injured")."""
    if a.verb == b.verb or (min(len(a.verb), len(b.verb)) >= 5 and a.verb[:5] == b.verb[:5]):
        return True
    if a.verb.startswith(_LOOSE) or b.verb.startswith(_LOOSE):
        return False
    if any(a.verb.startswith(group) and b.verb.startswith(group) for group in KIN):
        return True
    if a.verb.startswith("admit") or b.verb.startswith("admit"):
        # a confession here (happening_words.plain_verb reads "admitted to hospital" as
        # hospitalised); compare.counted lists "admit" with hospital care, for counts of patients
        return False
    return bool(same_predicate(a.verb, b.verb))


def _opposed(a: Polar, b: Polar) -> bool:
    return (_same_verb(a, b) and a.negated != b.negated) or (_antonyms(a.verb, b.verb) and a.negated == b.negated)


def _same_about(a: Polar, b: Polar, encoder=None) -> bool:
    if a.anyone or b.anyone:
        # "nobody was arrested" / "police arrested two"; "nobody needed hospital treatment" is
        # not denied by "treated at the scene": the kind the denial names must be told
        return a.negated != b.negated and _kind_told(a, b) and _kind_told(b, a)
    if a.about is None or b.about is None:
        return False
    if (a.some or b.some) and not (a.sweeping or b.sweeping):
        return False  # "a bank employee was hurt" / "another bank employee was uninjured": two of them
    if _of_one(a) or _of_one(b):
        if not (a.one and b.one):
            return False  # "three people survived" / "five people were killed": two groups of a story
    # the same head noun, or one thing named otherwise: the nouns with their modifiers close in
    # meaning ("homes" / "houses", "structural inspection" / "structural check"). The sentences'
    # or the bare nouns' cosines do not tell them from two things of one story (ECB+ dev: "worked a
    # crossword puzzle" / "failed to reach a decision"; "inspection" / "check" 0.35)
    if a.name and b.name and not same_name(a.name, b.name):
        return False  # "Rolf Imming" / "Anton Imming": two people of one family
    if _one_noun(a.about) == _one_noun(b.about) or same_name(a.name, b.name):
        return True  # one person named, or called by one post and named by the other
    if a.sweeping != b.sweeping and any(c.sweeping and c.about in _CALLED_STEMS for c in (a, b)):
        other = b if a.sweeping else a  # "no suspects were arrested" / "a man was arrested"
        return other.about in _PLAIN_PEOPLE or bool(other.name)
    if encoder is None or not a.thing or not b.thing or " of " in a.about + b.about:
        return False  # a finding is named by what was found ("evidence of arson"): no other name
    va, vb = encoder.encode([a.thing, b.thing])
    return float(va @ vb) >= settings.POLARITY_SAME_THING_SIMILARITY


# plurals no stem rule reaches: "no child" / "three children"
_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "person", "feet": "foot",
            "teeth": "tooth", "mice": "mouse", "geese": "goose"}


def _one_noun(stem: str | None) -> str | None:
    return _PLURALS.get(stem, stem) if stem else stem


def _kind_told(denial: Polar, other: Polar) -> bool:
    """The modifier of a nominal denial ("hospital" of "no hospital treatment") is in the other's
    sentence, or there is none."""
    if not denial.anyone or " " not in denial.thing:
        return True
    kind = denial.thing.split()[0][:5]
    return re.search(rf"\b{re.escape(kind)}", other.sentence.text, re.I) is not None


def _of_one(c: Polar) -> bool:
    """A verb of the antonyms said of one person only (survived / killed)."""
    return c.verb.startswith("surviv") or (c.verb.startswith(("kill", "die", "dead")) and not c.negated)


def _discrepancy(ctx: StoryContext, a: Polar, b: Polar, claims: list[Polar]) -> Discrepancy | None:
    """Both sides, with every other article that says the same as one of them."""
    sides: dict[bool, list[Polar]] = defaultdict(list)
    for c in claims:
        for side in (a, b):
            if c.sentence.article != side.sentence.article and not _opposed(c, side) and _agrees(c, side, ctx.encoder):
                sides[_yes(side)].append(c)
                break
    sides[_yes(a)].insert(0, a)
    sides[_yes(b)].insert(0, b)
    what = a.name or b.name or a.about or b.about or a.verb
    out = []
    articles_of = [{c.sentence.article for c in sides[yes]} for yes in (True, False)]
    if articles_of[0] & articles_of[1]:
        return None  # an article that says both is telling two things apart, not disputing
    for yes in (True, False):
        cs = sides[yes]
        out.append(side_claim(("not " if cs[0].negated and not cs[0].own_word else "") + cs[0].words,
                              (ctx.mention(c.sentence) for c in cs)))
    return Discrepancy("other", f"whether: {what} ({a.words} / {b.words})", tuple(out))


def _yes(c: Polar) -> bool:
    """The side a claim stands on, read as the positive verb of the first antonym it meets."""
    bad = any(c.verb.startswith(y) for _, y in ANTONYMS) and not any(
        c.verb.startswith(x) for x, _ in ANTONYMS)
    return (not c.negated) != bad


def _agrees(c: Polar, side: Polar, encoder=None) -> bool:
    return _same_verb(c, side) and c.negated == side.negated and (
        side.anyone or c.anyone or _same_about(c, side, encoder))
