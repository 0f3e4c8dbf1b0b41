"""Which way a date expression points from the article's date: back (past), forward (future), or
unknown, read from its own clause rather than from the whole sentence.

"The council, which met on Monday, will vote on Friday": Monday is the past, Friday the future,
though the sentence holds "will". The direction comes, in this order, from
1. the words right before the expression: "since Monday" looks back, "a session for Tuesday"
   forward (an arrangement);
2. the tense of the verb that governs the expression in spaCy's dependency parse (the verb its
   preposition or noun hangs from): a past tense, a perfect or a past passive ("was evacuated on
   Friday") point back; "will", "would", a modal, an infinitive ("expected to stay shut until
   Friday"), a present tense ("go to the polls on Sunday") or a present passive ("is scheduled
   for") point forward; a participle with no auxiliary ("a man arrested on Monday") points back
   unless it is a word of scheduling ("events scheduled for Saturday"). Reporting verbs in the
   present ("says") are the present, not the future.
This is the tense-of-the-governing-verb rule of news temporal taggers (HeidelTime, Strötgen and
Gertz 2013; TARSQI's GUTime), on spaCy's parse (compare.nlp, cached per sentence: the compare
modules parse the same date sentences anyway).

What it does not do: aspect beyond these cases, conditionals, or reported speech whose time
shifts with the report ("said it would" is taken as the future of the article's date).
"""

from __future__ import annotations

import re

BACK, FORWARD = -1, 1
_PERFECT = 0  # a present perfect: the past, or a state that lasts "until" a day ahead
_PRESENT = 2  # a present tense: ahead when it governs the day ("the trial opens on Monday"), no
# evidence when the day belongs to a thing it names ("police are investigating Monday's attack")

_UNTIL_CUE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_BACK_CUE = re.compile(r"\b(?:since|ever since)\s+$", re.I)
# "a session for Tuesday", "set for Friday": an arrangement is in the future (unlike "for three days")
_FORWARD_CUE = re.compile(r"\bfor\s+$", re.I)
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "must", "should", "can", "could",
                         "may", "might", "ca", "'d"})
_PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'s"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "been"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'re", "'m", "be"})
# Participles and adjectives of planning: "events scheduled for Saturday", "due on Friday"
_SCHEDULE = frozenset({"scheduled", "planned", "set", "due", "slated", "expected", "booked",
                       "timetabled", "pencilled", "penciled", "earmarked", "billed", "proposed"})
# Verbs whose object is a thing that was still to come: "cancelled a concert on Saturday"
_CALLED_OFF = frozenset({"cancelled", "canceled", "cancel", "cancels", "postponed", "postpone",
                         "postpones", "scrapped", "axed", "suspended", "delayed", "rescheduled"})
# Past verbs of intention: what they govern in the infinitive is still ahead
_INTENT = frozenset({"agreed", "decided", "promised", "planned", "vowed", "pledged", "voted",
                     "threatened", "offered", "intended", "hoped", "wanted", "expected", "asked",
                     "urged", "ordered", "told", "called", "arranged", "chose", "refused",
                     "scheduled", "slated", "set", "due", "preparing", "planning", "hoping",
                     "waiting"})
_REPORTING = frozenset({"say", "says", "tell", "tells", "report", "reports", "state", "states",
                        "announce", "announces", "confirm", "confirms"})


def direction(sentence: str, start: int, end: int, strict: bool = False) -> int | None:
    """BACK, FORWARD or None for the expression at sentence[start:end]. `strict`: only a future
    form counts as forward, not a present tense ("is the second in two days")."""
    before = sentence[max(0, start - 20):start]
    if _BACK_CUE.search(before):
        return BACK
    if _FORWARD_CUE.search(before) and not re.match(r"[’']s\b", sentence[end:end + 2]):
        return FORWARD
    return verb_direction(sentence, start, end, until=bool(_UNTIL_CUE.search(before)), strict=strict)


def verb_direction(sentence: str, start: int, end: int, until: bool = False,
                   strict: bool = False) -> int | None:
    """The direction the tense of the verb governing sentence[start:end] gives, or None. With
    `until`, a present perfect reaches forward ("has closed until Friday")."""
    from accord.compare.nlp import parse

    doc = parse([sentence])[0]
    inside = doc.starting_in(start, end)
    if not inside:
        return None
    tok = doc[inside[-1]]
    if any(c.dep_ in ("appos", "attr", "oprd") and c.pos_ == "NOUN" for c in tok.children):
        return FORWARD  # a day being named: "declared Wednesday a day of mourning"
    event = False  # the expression hangs from a noun: the time of that thing, not of the verb
    for _ in range(8):  # climb from the expression to the verb it hangs from
        if _scheduling(tok):
            return FORWARD
        if tok.pos_ in ("NOUN", "PROPN") and not (start <= tok.idx < end):
            event = True
        if tok.pos_ in ("VERB", "AUX") and not (start <= tok.idx < end):
            if event and (tok.lower_ in _CALLED_OFF or (
                    tok.lower_ == "called" and any(c.lower_ == "off" for c in tok.children))):
                return FORWARD  # "cancelled ... a concert on Saturday": what was called off is ahead
            found = _tense(tok)
            if event and found is not None and found != FORWARD:
                # the day of a thing named ("Monday's attack", "his next hearing April 19"): only
                # a future form says which way; a past or present verb is about something else
                return None
            if found == _PERFECT:
                return FORWARD if until else BACK
            if found == _PRESENT:
                return None if strict else FORWARD
            if found is not None:
                return found
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _infinitive(verb) -> int | None:
    """ "expected to stay shut until Friday", "plans to meet on Monday", "agreed to meet on
    Friday" point forward; under another past verb an infinitive says nothing ("had been allowed
    to return by Saturday", "were not able to reach him on Saturday")."""
    head = verb.head
    for _ in range(3):  # through "able", "due", "ready" to the verb of the clause
        if head.i == verb.i or head.pos_ in ("VERB", "AUX") or _scheduling(head):
            break
        if head.head.i == head.i:
            break
        head = head.head
    if head.i == verb.i or _scheduling(head):
        return FORWARD
    if head.pos_ not in ("VERB", "AUX") or head.tag_ == "VB":
        return FORWARD
    governing = _tense(head)
    if governing in (BACK, _PERFECT):
        return FORWARD if head.lower_ in _INTENT else None
    if governing is None:
        return None  # "crossing the street to attend a service Friday": the climb goes on
    return FORWARD


def _scheduling(tok) -> bool:
    """ "scheduled for", "due on", "set for": a word of planning, not "set off on Friday"."""
    if tok.lower_ not in _SCHEDULE or tok.pos_ not in ("ADJ", "VERB") or tok.tag_ == "VBD":
        return False
    if any(c.dep_ == "prt" for c in tok.children):
        return False  # "set off", "set out"
    nxt = tok.doc[tok.i + 1:tok.i + 3]
    if tok.lower_ == "due" and len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ != "VB":
        return False  # "due to low light": a cause, not a date something is due
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in tok.children)


def _tense(verb) -> int | None:
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tag = verb.tag_
    if any(a in ("could", "might") for a in aux) and tag == "VBN":
        return None  # "could be seen on Tuesday": a past ability as often as a future
    if any(a in _FUTURE_AUX for a in aux) or "going" in aux:
        return FORWARD
    if "to" in aux and tag in ("VB", "VBN"):
        return _infinitive(verb)
    if tag == "VBD":
        return BACK
    if tag == "VBN":
        if any(a in ("has", "have", "'ve") for a in aux) and not any(a in _PAST_AUX for a in aux):
            return _PERFECT
        if any(a in _PERFECT_AUX or a in _PAST_AUX for a in aux):
            return BACK
        if any(a in _PRESENT_AUX for a in aux):
            return FORWARD  # "is expected on Thursday", "are scheduled for Monday"
        if verb.dep_ in ("acl", "relcl", "advcl", "conj") or not aux:
            return FORWARD if _scheduling(verb) else BACK
        return None
    if tag == "VBG":
        if any(a in ("was", "were") for a in aux):
            return BACK
        if any(a in _PRESENT_AUX for a in aux):
            return _PRESENT  # "is meeting on Friday"
        return None  # a gerund: its own head decides
    if tag in ("VBZ", "VBP"):
        if verb.lower_ in _REPORTING:
            return BACK  # "says on Monday": what was said, not what will be
        if verb.lower_ in _PAST_AUX or verb.lower_ in ("was", "were"):
            return BACK
        return _PRESENT
    if tag == "VB" and not aux and any(c.dep_ == "nsubj" for c in verb.children):
        return _PRESENT  # a present tense the tagger read as a base form ("voters go to the polls")
    if tag == "MD":
        return FORWARD if verb.lower_ in _FUTURE_AUX else None
    return None


_WOULD = frozenset("would could should might 'd".split())


def counterfactual(verb) -> bool:
    """A verb of what would have happened ("would not have placed him on injured reserve if ..."):
    another world's deed, neither a plan nor a denial of this one's."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in aux and any(a in _WOULD for a in aux)
