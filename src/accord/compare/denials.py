"""Denials by a noun of any verb: "No deaths have been linked to the outage" / "the death of a man
was linked to the blackout"; "it had received no reports of harm to patients" / "has received 14
reports of patients falling ill"; "no drivers would face disciplinary action" / "three drivers
still face disciplinary hearings"; and of a thing's being: "No flood warning was in force" /
"had issued a flood warning".

compare.polarity reads the verbs of happenings news reports as done or not done (arrest, hurt,
destroy ...), whatever their arguments. This module reads the other verbs only where a noun
carries the denial ("no N") and another article states the same verb of the same noun in the
same place in the clause (both subjects of "linked", both objects of "received"). So the claim's
key is the verb and the noun together, never the verb alone: "had no experience" is not
disputed by "had a long career" (ECB+ dev), nor "no deaths were linked" by "the fire was linked".
Being: "no N was in force / in place", "there was no N", "no N was issued", "N was not issued",
against N issued (in either voice), declared, imposed, sounded, put in place or in force.

Not a conflict, as in compare.polarity: the future or the possible (except of "face", whose
present already speaks of what is to come: "will face" is "faces"), questions and conditions,
doubt ("no evidence that"), quotations, and a statement printed after the denial unless it dates
what it states before the denial was printed ("Police confirmed on Wednesday night that ...").

What it does not do: no paraphrase of the verb ("no criminal wrongdoing was suspected" / "opened
a criminal investigation" is not read), no counts (a number of a thing is compare.numbers').
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from accord import settings
from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.counted import stem as verb_stem
from accord.compare.events import side_claim
from accord.compare.happening_words import HAPPENINGS, thing_of
from accord.compare.nlp import parse
from accord.compare.polar_words import modifiers_of, phrase
from accord.compare.temporal import find_dates, references
from accord.types import Discrepancy, Sentence

_NO = re.compile(r"\b(?:no|there\s+(?:was|were|is|are|has\s+been|have\s+been)\s+no)\b"
                 r"|\b(?:not|never)\s+(?:been\s+)?(?:issu|declar|impos|sound|post|broadcast|rais|sent|send)\w*", re.I)
# words of a change over time: a denial or a statement of one moment, not of the story
_CHANGE = re.compile(r"\b(?:again|until|till|since|no longer|any ?more|first|yet|so far)\b", re.I)
# a quotation in a sentence: what it says is the speaker's, read by compare.quotes and .said
QUOTED = re.compile(r"(?:[\"“]|``)(?:(?![\"”]|'').){3,}(?:[\"”]|''|$)")
_CONDITION = re.compile(r"\s*(?:if|whether|unless)\b", re.I)
# open verbs whose "no N" is about something else nearly every time ("had no experience", "made
# no comment", "gave no details"), and verbs of saying and knowing
_OPEN = frozenset(
    "have has had having make makes made making take takes took taken get gets got do does did done "
    "give gives gave given go goes went come came see saw seen show showed shown know knew known "
    "say says said tell told think thought want wanted need needed use used find found keep kept "
    "hold held put set let seem seemed appear appeared expect expected believe believed report "
    "reported".split())
# nouns of knowing, saying or deciding: "no evidence", "no details", "no decision"
_NOT_THINGS = frozenset(
    "evidence sign signs indication indications comment comments detail details word information "
    "decision idea doubt reason plan plans one body thing time way need".split())
_MODALS = frozenset("will would could may might can should shall must".split())
_MARKS = frozenset("if whether unless before until till once when after".split())
# a verb whose present already speaks of what is to come: "will face" says what "faces" says
_PROSPECTS = ("fac",)
# The verbs read: of a cause, a complaint or a prospect, whose denial by a noun holds for the story
# ("no deaths have been linked to", "no complaints were received", "no drivers will face"). Verbs
# of movement and service are not: their denial is of a moment ("No trains were running on
# Monday" / "trains were running again by the evening"; own probes, all flagged when read)
_DENIED = ("link", "connect", "tied", "attribut", "blam", "fac", "receiv", "lodg", "regist")
# a thing brought into being ("issued a flood warning"), or said to be ("was in force")
_CREATE = ("issu", "declar", "impos", "sound", "post", "broadcast", "rais", "sent", "send")
_IN_FORCE = frozenset("force place effect operation".split())
# prepositions whose objects say what the verb is of ("linked to the outage", "face action over the
# dispute"): told by both, they must be close (not those of place and time, told many ways)
_PREPS = frozenset("to over for against".split())


@dataclass(frozen=True)
class Told:
    sentence: Sentence
    verb: str  # stem, or "be" for a thing's being
    role: str  # "subject" | "object": where the noun stands ("linked" of deaths, "received" reports)
    noun: str  # noun stem
    thing: str  # the noun with its nearest modifier, as written ("flood warning")
    other: str  # the verb's other argument ("disciplinary action"), "" when none or a pronoun
    of: str  # what the noun is of, as written ("no reports of harm to patients": "harm to patients")
    negated: bool
    at: int  # the verb's character offset in the sentence
    words: str  # as written, for the claim's value
    preps: tuple = ()  # the verb's prepositions and their objects ((to, outage), (over, dispute))
    modifiers: str = ""  # the words modifying the verb and the noun ("again", "until Friday")
    clause: str = ""  # the verb's clause as written


def denial_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    first = [s for s in ctx.all_sentences() if _NO.search(s.text)]
    denials = [t for t in _read(first) if t.negated]
    if not denials:
        return ()
    keys = {d.verb for d in denials} - {"be"}
    nouns = {d.noun[:4] for d in denials}
    others = [s for s in ctx.all_sentences() if any(
        re.search(rf"\b{re.escape(k)}", s.text, re.I) for k in keys | set(_CREATE) | {"in force", "in place"})
        and any(re.search(rf"\b{re.escape(n)}", s.text, re.I) for n in nouns)]
    stated = [t for t in _read(others) if not t.negated]
    spun = ctx.spun()
    refs = None
    pairs = defaultdict(dict)  # (verb, role, noun) of a denial -> the (denial, statement) pairs, in order found
    for d in denials:
        for t in stated:
            if d.sentence.article == t.sentence.article or {d.sentence.article, t.sentence.article} & spun:
                continue
            if (t.verb, t.role, t.noun) != (d.verb, d.role, d.noun):
                continue
            if d.other and t.other and text_similarity(ctx, d.other, t.other) < settings.DENIAL_OTHER_SIMILARITY:
                continue  # "no drivers would face disciplinary action" / "drivers face a pay cut"
            if not _same_kind(ctx, d, t):
                continue  # "no storm warning" / "a parking warning"
            if any(p == q and text_similarity(ctx, x, y) < settings.DENIAL_OF_SIMILARITY
                   for p, x in d.preps for q, y in t.preps):
                continue  # "no deaths have been linked to the heatwave" / "a death linked to a fall"
            if d.of and t.of and text_similarity(ctx, d.of, t.of) < settings.DENIAL_OF_SIMILARITY:
                continue  # "no reports of harm to patients" / "reports of delays"
            if text_similarity(ctx, d.sentence.text, t.sentence.text) < settings.POLARITY_SAME_SIMILARITY:
                continue
            if _background(ctx, d, t):
                continue  # "complaints were received last year" / "no complaints"
            if _CHANGE.search(d.modifiers) or _CHANGE.search(t.modifiers):
                continue  # "no complaints until Friday" / "complaints were received again" (of the
                # verb or its noun, not another clause: "the first such outage since 2003")
            refs = refs or references(ctx.articles)
            if other_days(d, t, refs):
                continue  # "no complaints were received on Monday" / "40 ... on Friday"
            refs = refs or references(ctx.articles)
            if _later(ctx, t, d, refs):
                continue
            pairs[(d.verb, d.role, d.noun)][(d, t)] = None
    out = []
    for (verb, _, noun), found in pairs.items():
        no = list(dict.fromkeys(d for d, _ in found))
        yes = list(dict.fromkeys(t for _, t in found))
        if {d.sentence.article for d in no} & {t.sentence.article for t in yes}:
            continue  # an article that says both tells two things apart
        claims = (side_claim(yes[0].words, (ctx.mention(t.sentence) for t in yes)),
                  side_claim(no[0].words, (ctx.mention(d.sentence) for d in no)))
        out.append(Discrepancy("other", f"whether: {no[0].thing} ({no[0].words} / {yes[0].words})", claims))
    return tuple(out)


def statements(sentences: list[Sentence]):
    """(sentence, parse, quotation spans) of each sentence that states something: a question or a
    sentence opening on a condition ("if", "whether", "unless") states nothing. Shared by the
    readers of denials, negation, suspicion and polarity."""
    if not sentences:
        return
    for s, doc in zip(sentences, parse([s.text for s in sentences])):
        if "?" in s.text or _CONDITION.match(s.text):
            continue
        yield s, doc, [(m.start(), m.end()) for m in QUOTED.finditer(s.text)]


def _read(sentences: list[Sentence]) -> list[Told]:
    out = []
    for s, doc, quoted in statements(sentences):
        for v in doc:
            if v.pos_ not in ("VERB", "AUX") or any(a <= v.idx < b for a, b in quoted):
                continue
            out += _told(s, v)
    return out


def _told(s: Sentence, v) -> list[Told]:
    """What the verb `v` states or denies of each noun it has (at most one denial per verb)."""
    kids = list(v.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    being = _being(v, kids)
    if being is not None:
        return _claims(s, v, "be", "subject", being, None, kids)
    stem = verb_stem(v.lower_)
    if v.pos_ != "VERB" or v.lower_ in _OPEN or stem.startswith(HAPPENINGS):
        return []  # happenings are compare.polarity's
    if not stem.startswith(_CREATE + _DENIED):
        return []
    if stem.startswith(_CREATE) and obj is not None and obj.pos_ == "NOUN" and not _no(obj):
        # "issued a flood warning": it was; "did not issue a flood warning": it was not
        return _claims(s, v, "be", "subject", obj, subj, kids, _compound(obj), made=True)
    if stem.startswith(_CREATE) and subj is not None and subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN":
        # "No flood warning was issued", "a flood warning was issued at 4 p.m.": of its being too
        return _claims(s, v, "be", "subject", subj, None, kids, made=True)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    args = [(subj, "object" if passive else "subject", obj), (obj, "object", subj)]
    denied = [a for a in args if a[0] is not None and _no(a[0])]
    out = []
    for noun, role, other in denied[:1] or args:
        if noun is not None and noun.pos_ == "NOUN":
            out += _claims(s, v, stem, role, noun, other, kids)
    return out


def _claims(s: Sentence, v, verb: str, role: str, noun, other, kids, named=None, made=False) -> list[Told]:
    """`named`: the noun's (stem, words) where the parser split it (see `_compound`); `made`: a
    thing brought into being by `v`, whose own negation denies it ("was not issued")."""
    if noun.lower_ in _NOT_THINGS or _hedged(v, verb):
        return []
    negated = _no(noun) or (made and any(c.dep_ == "neg" for c in kids))
    if negated and verb != "be" and any(c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "while") for m in c.children) for c in kids):
        return []  # "No shots were fired when he was taken into custody": of that moment only (ECB+
        # dev: against "he fired one shot" earlier); a state ("no warning was in force when") lasts
    if any(c.dep_ == "neg" for c in kids) and not made:
        return []  # "was not linked": a verb's own negation is compare.polarity's kind, not read here
    other_thing = thing_of(other) if other is not None and other.pos_ in ("NOUN", "PROPN") else ""
    # what the noun is of or about ("no reports of harm", "no complaints about noise")
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "over")
               for g in c.children if g.dep_ == "pobj"), None)
    of_text = "" if of is None else _words_from(of.left_edge, of.i - of.left_edge.i + 2)
    # a made thing's own ("a flood warning for the Ellis") as the verb's ("was issued for the Ellis")
    held = kids + (list(noun.children) if made else [])
    preps = tuple((c.lower_, thing_of(g)) for c in held if c.dep_ == "prep" and c.lower_ in _PREPS
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    stem, thing = named or (noun_stem(noun.lower_), thing_of(noun))
    modifiers = " ".join([modifiers_of(v, None)] + [w for c in noun.children if c.dep_ in ("prep", "advmod")
                                                   for w in phrase(c)])
    clause = " ".join(t.text for t in v.subtree if t.pos_ != "PUNCT")
    return [Told(s, verb, role, stem, thing, other_thing, of_text, negated, v.idx,
                 ("no " if negated else "") + (thing if verb == "be" and negated else f"{thing} {v.text}"), preps,
                 modifiers, clause)]


@dataclass(frozen=True)
class _Clause:
    text: str  # a claim's clause, read as `background` reads a sentence


def _background(ctx: StoryContext, a, b) -> bool:
    """Either side dated a year or more before its page, in its verb's clause, where the other
    reaches back over no span ("no complaints were received, the first outage since 2003": the
    year is another clause's)."""
    pa, pb = (ctx.article(x.sentence.article).published for x in (a, b))
    ca, cb = _Clause(a.clause or a.sentence.text), _Clause(b.clause or b.sentence.text)
    return background(ca, pa, cb) or background(cb, pb, ca)


def _words_from(tok, n: int) -> str:
    """`tok` and up to `n` words after it in its clause ("harm to patients")."""
    words = [tok.text]
    for t in tok.doc[tok.i + 1: tok.i + 1 + n]:
        if t.pos_ == "PUNCT" and t.text not in "-–'’":
            break
        words.append(t.text)
    return " ".join(words)


def _compound(obj) -> tuple[str, str] | None:
    """The small parser reads "issued a storm warning for the marina" as the object "storm" and a
    clause "warning for the marina": the noun is "warning" (a -ing word with no object of its own),
    as (stem, words); None when read right."""
    nxt = next((c for c in obj.children if c.dep_ == "acl" and c.i == obj.i + 1 and c.tag_ == "VBG"
                and not any(g.dep_ == "dobj" for g in c.children)), None)
    return None if nxt is None else (noun_stem(nxt.lower_), f"{obj.lower_} {nxt.lower_}")


def _no(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _being(v, kids):
    """The noun said to be ("no flood warning was in force", "there was no warning"), or None."""
    if v.lower_ not in ("was", "were", "is", "are", "been", "be"):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "attr") and c.pos_ == "NOUN"), None)
    if subj is None:
        return None
    there = any(c.dep_ == "expl" for c in kids)
    in_force = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in _IN_FORCE for g in c.children)
                   for c in kids)
    return subj if (there and _no(subj)) or in_force else None


def _hedged(v, verb: str) -> bool:
    """The future, the possible or a condition, here or in a clause above (not "will face")."""
    node = v
    for _ in range(4):
        kids = list(node.children)
        modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in _MODALS]
        if modal and not (node is v and verb.startswith(_PROSPECTS) and all(
                c.lower_ in ("will", "would") for c in modal)):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _MARKS for c in kids):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def other_days(a, b, refs) -> bool:
    """Both sentences name days, and no day of one is a day of the other."""
    da = {d.date for d in find_dates(a.sentence.text, refs[a.sentence.article]) if d.date and d.precision == "day"}
    db = {d.date for d in find_dates(b.sentence.text, refs[b.sentence.article]) if d.date and d.precision == "day"}
    return bool(da) and bool(db) and not da & db


def _same_kind(ctx: StoryContext, a: Told, b: Told) -> bool:
    """The nouns' modifiers, when both have one and they differ, name one kind of thing."""
    ma, mb = a.thing.split()[:-1], b.thing.split()[:-1]
    if not ma or not mb or ma == mb:
        return True
    return text_similarity(ctx, a.thing, b.thing) >= settings.POLARITY_SAME_THING_SIMILARITY


def text_similarity(ctx: StoryContext, a: str, b: str) -> float:
    """Cosine of two texts' encodings (1.0 without an encoder: the text tests only)."""
    if ctx.encoder is None:
        return 1.0
    va, vb = ctx.encoder.encode([a, b])
    return float(va @ vb)


def _later(ctx: StoryContext, said: Told, denial: Told, refs) -> bool:
    """Printed after the denial, and it may have happened since (see `happened_since`)."""
    ps = ctx.article(said.sentence.article).published
    pd = ctx.article(denial.sentence.article).published
    return happened_since([(said.sentence, said.at)], ps, denial.sentence, pd, refs[said.sentence.article])


# words of news since: "has now received", "has since been arrested", "later", "a new case"
_SINCE = re.compile(r"\b(?:now|since|later|subsequently|new|newly|latest|overnight|fresh)\b", re.I)


def happened_since(told: list, page, denial: Sentence, denial_page, ref) -> bool:
    """May what `told` ((sentence, verb offset) pairs of one article, printed on `page`) states
    have happened after `denial` was printed on `denial_page`? Not when it is dated on or before
    that day; yes when dated after it; undated, yes when printed more than
    DENIAL_SAME_CYCLE_DAYS later or when either side marks a change ("yet", "so far" / "now",
    "has since"), else no: a report of the next day that marks nothing tells the same moment."""
    if page is None or denial_page is None or page <= denial_page:
        return False
    if any(dated_before(s, at, ref, denial_page, or_on=True) for s, at in told):
        return False
    if any(d.date > denial_page for s, _ in told for d in find_dates(s.text, ref)
           if d.precision == "day" and d.date is not None and d.firm):
        return True
    return ((page - denial_page).days > settings.DENIAL_SAME_CYCLE_DAYS or _CHANGE.search(denial.text) is not None
            or any(_SINCE.search(s.text) for s, _ in told))


# a time a year or more before the page ("last year", "in 2019", "three years ago"), and a span
# reaching back over such times ("in the past five years", "since 2018", "ever")
_YEARS_AGO = re.compile(r"\b(?:last|previous)\s+year\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                        r"\s+years?\s+(?:ago|earlier|before)\b|\b(?:19|20)\d\d\b", re.I)
_SPAN_BACK = re.compile(r"\b(?:past|last|previous|preceding)\s+(?:\w+\s+)?(?:years|decades?)\b|\bsince\s+(?:19|20)\d\d\b"
                        r"|\b(?:ever|never|history)\b", re.I)


def background(said: Sentence, page, other: Sentence) -> bool:
    """Does `said` date what it says a year or more before its page ("was arrested last year",
    "failed an inspection in 2019"), where `other` reaches back over no such span? Then it is the
    story's background, not what `other` denies or states of the story ("no safety violations in
    the past five years" reaches back over last year)."""
    if _SPAN_BACK.search(other.text):
        return False
    for m in _YEARS_AGO.finditer(said.text):
        word = m.group(0)
        if not word[0].isdigit() or (page is not None and int(word) < page.year and not _SPAN_BACK.search(said.text)):
            return True
    return False


def dated_before(sentence: Sentence, at: int, ref, day, or_on: bool = False) -> bool:
    """Does the sentence date the verb at `at`, or a verb it hangs from ("Police confirmed on
    Wednesday night that the death was linked"), on a day before `day` (or on it, `or_on`)?"""
    dates = [d for d in find_dates(sentence.text, ref)
             if d.precision == "day" and d.date is not None and d.firm and (d.date < day or (or_on and d.date == day))]
    if not dates:
        return False
    doc = parse([sentence.text])[0]
    verb = next((t for t in doc if t.idx == at), None)
    chain = set()
    while verb is not None:
        chain.add(verb.i)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    for d in dates:
        tok = next((t for t in doc if t.idx >= d.start), None)
        node = tok
        for _ in range(4):  # the date's own verb: "on Wednesday night" -> confirmed
            if node is None or node.pos_ in ("VERB", "AUX"):
                break
            node = node.head if node.head.i != node.i else None
        if node is not None and node.i in chain:
            return True
    return False
