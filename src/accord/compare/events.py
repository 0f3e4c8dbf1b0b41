"""Shared by the number, date, place and timeline checks: is this the same event, and evidence.

Two mentions in different articles are "about the same thing" when their sentences say the same
thing once the disputed value is taken out. We judge that with the sentence encoder on the
*masked* sentences (the value span replaced by nothing, so "on Monday" and "on Tuesday" cannot
make two sentences look different or alike), with the kinds' own cheap tests first and, for
dates, an overlap of names: the encoder alone rates two sentences about different events of one
story as close (same people, same place), names alone miss paraphrase. This follows the usual recipe of
cross-document event coreference baselines (Cybulska and Vossen 2015: lemma and argument
overlap; Cattan et al. 2021: contextual similarity with a threshold).

What it does not do: it does not decide whether two values conflict (each kind does that), and
it does not resolve pronouns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from accord import settings
from accord.cluster.features import stem as _stem

from accord.compare.context import StoryContext
from accord.types import Claim, Mention, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
# Function words and reporting words carry no event identity.
_STOP = frozenset(
    """
    a an the and or but of in on at to for from by with as into onto over under about after before
    since until than then that this these those there here it its he she they them his her their
    we our you your i me my is are was were be been being has have had do does did will would can
    could should may might must not no nor so if when while which who whom whose what where why how
    also said says say told tell according reported report reports reportedly meanwhile however
    other another such some any all each more most less least very just only even still yet
    mr mrs ms one two three four five six seven eight nine ten later earlier
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight night morning
    afternoon evening week month year day days weeks months years last next this
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# One encoder call costs about as much as encoding this many more texts in one batch. Measured
# on the shared 2-core dev machine (issue 8): with torch's 2 threads competing for busy cores a
# call has a fixed cost of ~0.3-0.5 s against ~45 ms a text batched (1 thread: ~15 ms / ~20 ms).
# Once the misses so far times this reach the texts still pending, the rest go in one batch.
# The encoder says its own cost (`Encoder.call_cost`: ONNX Runtime ~0, so only the texts a
# decision reads are encoded: 2,201 instead of 3,422 on 500 dev articles); this is the fallback
# for an encoder that does not.
_MISS_COST = 10


@dataclass(frozen=True)
class Located:
    """A value found in one sentence: what the kind compares, with its span in the article."""

    sentence: Sentence
    start: int  # offsets into sentence.text
    end: int
    value: object  # the kind's own value (interval, date, direction ...)
    label: str  # the value as shown to the user ("Monday", "more than 120,000")

    @property
    def article(self) -> str:
        return self.sentence.article

    def masked(self) -> str:
        """The sentence with the value taken out, for 'same event' similarity."""
        t = self.sentence.text
        return re.sub(r"\s{2,}", " ", (t[: self.start] + " " + t[self.end :]).strip())


def gist(item: Located, words: int = 14) -> str:
    """The masked sentence, shortened, as a description of the event ("date of: ...")."""
    text = item.masked().strip(" ,.")
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def names(text: str) -> set[str]:
    """Capitalised words not at the sentence start: a cheap stand-in for named entities."""
    toks = _WORD.findall(text)
    out = set()
    for i, w in enumerate(toks):
        if w[0].isupper() and w.lower() not in _STOP and (i > 0 or len(toks) == 1):
            out.add(w.lower()[:6])  # prefix: Massoud/Masood and Antony/Anthony stay apart, fine
    return out


def overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient |a & b| / min(|a|, |b|) (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class SameEvent:
    """Pairwise 'same event' scores for located values; texts are encoded lazily, on demand.

    Most pairs are settled by cheap tests before any similarity is asked for (the values agree,
    the units or nouns differ, the names do not overlap), so encoding every masked sentence up
    front spent the encoder on texts no decision ever read (issue 8: ~45% of story encodings).
    A text is encoded the first time a pair that holds it reaches `similarity`; the encoder's
    own cache shares it with every other check of the story.
    """

    def __init__(self, ctx: StoryContext, items: Sequence[Located], texts: Sequence[str] | None = None):
        """`texts` replaces the masked sentences (e.g. the clause that holds the value)."""
        self.ctx = ctx
        self.items = list(items)
        self._texts = list(texts) if texts is not None else [it.masked() for it in self.items]
        self._index = {id(it): i for i, it in enumerate(self.items)}
        self._vectors: dict[int, np.ndarray] = {}
        self._misses = 0  # encoder calls made so far
        self._names: list[set[str]] | None = None  # names per text, read by the date check only
        self._mentions: dict[str, list[tuple[Mention, int]]] | None = None  # per article: (mention, fact)
        self._facts: dict[tuple[str, int, int], frozenset[int]] = {}  # per sentence: its facts

    def _vector(self, *indices: int) -> list[np.ndarray]:
        missing = list(dict.fromkeys(i for i in indices if i not in self._vectors))
        if missing:
            self._misses += 1
            pending = len(self._texts) - len(self._vectors)
            if self._misses * getattr(self.ctx.encoder, "call_cost", _MISS_COST) >= pending:
                # a check that asks for most of its texts pays less in one batch than in many
                # small calls (each encoder call has a fixed cost of a few texts' worth)
                missing = [i for i in range(len(self._texts)) if i not in self._vectors]
            vecs = self.ctx.encoder.encode([self._texts[i] for i in missing])
            self._vectors.update(zip(missing, vecs))
        return [self._vectors[i] for i in indices]

    def similarity(self, a: Located, b: Located) -> float:
        if self.ctx.encoder is None or not self._texts:
            return 0.0
        va, vb = self._vector(self._index[id(a)], self._index[id(b)])
        return float(va @ vb)

    def _names_of(self, a: Located) -> set[str]:
        if self._names is None:
            self._names = [names(t) for t in self._texts]
        return self._names[self._index[id(a)]]

    def name_overlap(self, a: Located, b: Located) -> float:
        return overlap(self._names_of(a), self._names_of(b))

    def has_names(self, a: Located) -> bool:
        return bool(self._names_of(a))

    def shared_fact(self, a: Located, b: Located) -> bool:
        """True when the aligner put both sentences in one fact (it saw them as one statement)."""
        return not self._facts_of(a.sentence).isdisjoint(self._facts_of(b.sentence))

    def _facts_of(self, s: Sentence) -> frozenset[int]:
        """The facts with a mention inside sentence `s`, found once per sentence (this was a walk
        over every fact for every pair asked: quadratic in a big story's figures)."""
        key = (s.article, s.start, s.end)
        found = self._facts.get(key)
        if found is None:
            if self._mentions is None:
                self._mentions = defaultdict(list)
                for n, fact in enumerate(self.ctx.facts):
                    for m in fact.mentions:
                        self._mentions[m.article].append((m, n))
            found = frozenset(n for m, n in self._mentions.get(s.article, ()) if _inside(m, s))
            self._facts[key] = found
        return found


def governor(doc, start: int, end: int, occasion: bool = False):
    """The verb (spaCy token) that the span [start, end) of the parsed sentence hangs from.

    With `occasion`, a day hanging on the place or occasion of a happening ("was accepted at a
    mass meeting on Saturday", "was detected during routine testing on 12 May", "left the road
    on a bend at 11 p.m.") dates the happening: its verb, not the noun (the parser attaches the
    day to the nearest noun). Not past "after" / "before" ("arrested after the shooting on
    Friday": the shooting's day), nor up to a statement ("in Thursday's ruling, the judge said"),
    nor from a day that names the noun's own ("in Thursday's ruling, the court found": the ruling's)."""
    toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return None
    span_ids = {t.i for t in toks}
    node = toks[0]
    while True:
        while node.i in span_ids and node.head.i != node.i:
            node = node.head
        if node.pos_ == "ADP" and node.head.i != node.i:
            node = node.head
        if node.lower_ in _TIME_NOUNS and node.pos_ not in ("VERB", "AUX") and node.i not in span_ids \
                and node.head.i != node.i:
            # "the evening of 18 August", "yesterday evening's blackout", "in the early hours of
            # Tuesday": the day is part of a time, which is no event of its own; climb on from it
            span_ids.add(node.i)
            continue
        break
    if node.pos_ == "NOUN" and node.i not in span_ids:
        up = node.head.head if node.dep_ == "pobj" else None
        if occasion and up is not None and node.head.lower_ in _OCCASIONS and up.pos_ == "VERB" \
                and up.lower_ not in _NOT_HAPPENINGS and up.lower_ not in _LIGHT \
                and not any(doc[k].dep_ == "poss" or doc[k].tag_ == "POS" for k in span_ids):
            return up
        return node  # "a shooting ... Friday", "the takeover on August 15": a nominal event
    while node.head.i != node.i and (node.i in span_ids or node.pos_ not in ("VERB", "AUX")):
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i not in span_ids:
            break
    return node


# prepositions of the place or occasion of a happening ("at a meeting", "during testing")
_OCCASIONS = frozenset("at during in on".split())
_LIGHT = frozenset("be is are was were been am has have had do does did will would".split())
# nouns of a part of the day, which a day can hang from in the parse ("the evening of 18 August").
# Not "a.m." / "p.m.": a clock time's attachment is less sure ("was with her husband when she was
# struck ... around 7 p.m. Wednesday" hangs from "was"; ECB+ dev), and compare.clock reads them.
_TIME_NOUNS = frozenset("morning afternoon evening night hours dawn daybreak".split())



def same_verb(a, b) -> bool:
    """Two verb tokens with one stem (traveled/travelled, arrives/arrived), spelling-tolerant;
    a copula or auxiliary ("is due Monday") says nothing against the other verb."""
    if a is None or b is None:
        return False
    x, y = a.lower_, b.lower_
    if x in _LIGHT or y in _LIGHT:
        return True
    return x[:5] == y[:5] if min(len(x), len(y)) >= 5 else x == y


def clause_of(doc, start: int, end: int, occasion: bool = False) -> str:
    """The clause that governs the span [start, end) of the parsed sentence, without the span.

    Climb from the span to its verb, keep that verb's subtree minus embedded clauses that do not
    hold the span: "X reported on Tuesday that Y posted footage on Monday" gives "Y posted footage"
    for "on Monday" and "X reported" for "on Tuesday".
    """
    node = governor(doc, start, end, occasion)
    if node is None:
        return doc.text
    span_ids = {t.i for t in doc if t.idx < end and t.idx + len(t.text) > start}
    keep = []
    cut = ("ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj")
    stack = [node]
    if occasion and node.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        # "talks are due to open on Thursday": the infinitive's subject is its governor's
        up = node.head.head if node.head.pos_ == "ADJ" and node.head.head.i != node.head.i else node.head
        stack += [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
    while stack:
        t = stack.pop()
        if t.i in span_ids:
            continue
        keep.append(t)
        for c in t.children:
            if (c.dep_ in cut or _attribution(c)) and c.i not in span_ids and not any(x.i in span_ids for x in c.subtree):
                continue
            stack.append(c)
    keep.sort(key=lambda t: t.i)
    return " ".join(t.text for t in keep if not t.is_punct or t.text in "-")


# words that attribute what a clause tells to a source: "according to dispatch logs", and a
# parenthetical ", the Echo understands," / ", police said," (which the parser may read as a
# noun phrase or an adverb)
_ATTRIBUTING = frozenset("said says say understands understood learned learnt reported reports "
                         "believes believed told added confirmed claimed".split())


def _attribution(tok) -> bool:
    """Does `tok` head words that say who tells the clause, not what happened: "according to X",
    or a reporting verb set off by commas? They carry no part of the happening, and lower the
    likeness of two clauses that tell one happening from two sources."""
    if tok.lower_ == "according" and tok.dep_ == "prep":
        return True
    if tok.lower_ not in _ATTRIBUTING or tok.dep_ not in ("npadvmod", "advmod", "advcl", "parataxis", "ccomp"):
        return False
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text in (",", "(", "—", "–")


# verbs that date a statement or a plan, not the happening a story is about
_NOT_HAPPENINGS = frozenset(
    "say said says tell told add added announce announced report reported confirm confirmed state "
    "stated claim claimed expect expected plan planned schedule scheduled due will would".split())


def happening(verb, voice: bool = False) -> tuple:
    """The happening a date belongs to: its verbs (the governing verb, its conjoined verbs; for a
    noun such as "the early hours of Wednesday", the verb it hangs from) and the heads of their
    subject and object, as stems. Empty when the date belongs to a statement or a plan.

    With `voice`, subject and object are the doer and the thing done to, read from the parse
    (`roles`): "the offer was accepted" and "the union accepted the offer" both have the offer as
    their object, "the recount, which began on Saturday" has the recount as its subject."""
    if verb is None:
        return ()
    nominal = ()
    if verb.pos_ == "NOUN":
        if voice and verb.lower_ not in NOT_EVENTS:
            # "Thursday's ruling", "a press conference at 2 p.m.": the noun is the happening,
            # told elsewhere by its verb ("ruled on Friday") or the same noun
            nominal = ((verb.lower_, None, None),)
        if voice and any(c.dep_ == "poss" and c.lower_ in _DAY_NAMES for c in verb.children):
            return nominal  # "hurt in Saturday's derby": the day is the derby's, not the injury's
        head = verb
        for _ in range(4):
            if head.head.i == head.i or head.pos_ == "VERB":
                break
            if voice and head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE and head.lower_ not in NOT_EVENTS:
                return nominal  # "held after a stabbing at a bar Monday": Monday is the stabbing's
            head = head.head
        if head.pos_ != "VERB":
            return nominal
        verb = head
    if verb.pos_ not in ("VERB", "AUX"):
        return nominal
    group = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        group.append(verb.head)
    out = []
    for v in group:
        if v.lower_ in _NOT_HAPPENINGS or v.lower_ in _LIGHT_DATE or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in v.children):
            continue
        args = {c.dep_: c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
        subject = args.get("nsubj") or args.get("nsubjpass")
        particle = " ".join(c.lower_ for c in v.children if c.dep_ == "prt")
        obj = args.get("dobj")
        if voice:
            subject, obj = roles(v)
        if obj is not None and (v.lower_, obj.lower_) in _IDIOMS and not any(
                c.dep_ in ("poss", "det", "amod") for c in obj.children):
            # "gave way", "took place": one verb; not "took her sister's place in the team"
            particle, obj = obj.lower_, None
        name = (v.lower_ + " " + particle).strip()
        if name in _ANY_HAPPENING:
            # "the accident happened shortly after 1 a.m.": the story's event, whatever verb the
            # others tell it with; its subject is the event's name, no actor to tell apart
            out.append(("*", None, None))
            continue
        out.append((name, _arg(_whole(subject)), _arg(obj)))
    return nominal + tuple(out)


# nouns a day or a time hangs from that name no happening: periods, parts of the day, and the
# words of a clock time the parser takes for nouns ("at 4 a. m. on Monday": "m.")
NOT_EVENTS = frozenset("day days week weeks weekend month months year years time times period date "
                        "dates season morning afternoon evening night hours dawn daybreak deadline "
                        "m. a.m. p.m. am pm hrs gmt utc".split())
# prepositions that put a noun's happening before or after the verb's: a day on that noun is its
# own (not on a time's noun: "shortly after 3 a.m. on Friday" is the verb's time)
_SEQUENCE = frozenset("after before following since until ahead prior".split())
# words of a day that, as a possessive, date the noun they qualify ("Saturday's derby")
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                       "tomorrow tonight".split())


_IDIOMS = frozenset({("gave", "way"), ("give", "way"), ("gives", "way"), ("took", "place"),
                     ("take", "place"), ("taken", "place")})
# verbs (with their particle) that name no happening of their own: the story's event. Phrases,
# not words: split into words, "took" and "taken" alone had counted ("thieves took six paintings")
_ANY_HAPPENING = frozenset(("happened", "happens", "occurred", "occurs", "took place", "taken place",
                            "take place", "takes place", "struck", "unfolded"))
_PARTS = frozenset("part section portion parts sections most some much half all".split())


def _whole(tok):
    """"part of the dam gave way": the dam."""
    return _of_object(tok, _PARTS)


def _of_object(tok, nouns: frozenset[str]):
    """The object of "of" after `tok` when `tok` is one of `nouns` ("part of the dam", "the
    second round of talks"), else `tok`."""
    if tok is not None and tok.lower_ in nouns:
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
        if objs:
            return objs[0]
    return tok


# relative pronouns: their verb's subject or object is the noun the clause hangs from
_RELATIVES = frozenset("which that who whom".split())
# nouns of a stage of something, which a report names the thing by ("the second round of talks")
_STAGES = frozenset("round rounds session sessions stage stages phase phases".split())
# words of a day, which "by" can introduce as a deadline where the parser reads an agent ("are to
# be emptied by the end of June")
_DAY_WORDS = frozenset("end start beginning middle close day week month year date deadline".split())


def roles(verb):
    """(doer, thing done to) of a verb, as tokens read from its parse, either may be None.

    Passive: the passive subject is the thing done to, "by X" the doer (not "by the end of June", a
    deadline). A relative pronoun stands for the noun its clause hangs from ("the recount, which
    began on Saturday": the recount began). Not a reduced clause's missing argument ("the sample
    taken on 12 June"): read so, it cost the genres dev set a date conflict it had found. An
    infinitive with no subject of its own takes its governor's ("the depots are to be emptied",
    "talks are due to open"). A stage names its thing ("the second round of talks": talks); a part
    its whole (see _whole)."""
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    undergoer = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    passive = undergoer is not None or any(c.dep_ == "auxpass" for c in kids) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "aux" for c in kids))
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  and g.lower_ not in _DAY_WORDS and g.ent_type_ not in ("DATE", "TIME")), None)
    if subject is None and undergoer is None and verb.dep_ == "xcomp":
        up = verb.head
        if up.pos_ == "ADJ" and up.head.i != up.i:  # "is due to open"
            up = up.head
        found = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if passive:
            undergoer = found
        else:
            subject = found
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        antecedent = verb.head
        if subject is not None and subject.lower_ in _RELATIVES:
            subject = antecedent
        elif undergoer is not None and undergoer.lower_ in _RELATIVES:
            undergoer = antecedent
        elif obj is not None and obj.lower_ in _RELATIVES:
            obj = antecedent
    if passive:
        subject, thing = agent, undergoer
    else:
        thing = obj
    return _stage(_whole(subject)), _stage(_whole(thing))


def _stage(tok):
    """"the second round of talks": the talks."""
    return _of_object(tok, _STAGES)


_LIGHT_DATE = frozenset("be is are was were been has have had do does did get got".split())


def _arg(tok) -> str | None:
    """A subject or object as a stem: a noun, or a name; pronouns and relatives say nothing."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return ("name:" if tok.pos_ == "PROPN" else "") + _stem(tok.lower_)


def same_happening(a: tuple, b: tuple, things: bool = False) -> int:
    """Some verb of each names one happening, and their subjects and objects do not differ:
    2 for one verb, 1 for two verbs of one kind (or an unnamed "it happened"), 0 for none.

    With `things` (happenings read with `happening(voice=True)`), the thing that happens meets
    too: two verbs of one kind said of one common noun (both the doer or both the thing done to:
    "the recount, which began" / "a recount that had begun"), or of one phase of it ("talks would
    start" / "talks are due to open": two beginnings), are one happening (2). Two verbs no list
    relates said of one thing are not: they are most often its successive steps ("the sample was
    taken on Saturday" / "the sample was tested on Monday"; "the patient was admitted" /
    "discharged"), and a beginning, a resumption and an ending of it are two moments."""
    from accord.compare.counted import same_predicate, stem as verb_stem

    best = 0
    for va, sa, oa in a:
        for vb, sb, ob in b:
            if va == "*" or vb == "*":
                best = max(best, 1)
                continue
            one_verb = va.split()[0][:5] == vb.split()[0][:5]
            shared = things and _one_thing(sa, oa, sb, ob)
            phase_a, phase_b = _phase(va, oa), _phase(vb, ob)
            kin = one_verb or same_predicate(verb_stem(va), verb_stem(vb)) or _beginning(va) and _beginning(vb) \
                or things and phase_a == phase_b and phase_a is not None
            if shared and (_clash(sa, sb) or _clash(oa, ob)):
                continue  # "the union accepted the offer" / "the board accepted the offer"
            if not kin:
                continue  # "the sample was taken" / "the sample was tested": steps done to one thing
            if shared:
                best = 2
                continue
            # the same verb with other subjects is two happenings ("the ministers met" / "the
            # unions met"); two verbs of one kind are how outlets retell one, often naming the
            # thing otherwise too ("part of the dam gave way" / "the wall burst"): there only
            # two different names tell happenings apart
            if _clash(sa, sb, nouns=one_verb) or _clash(oa, ob, nouns=one_verb):
                continue
            best = max(best, 2 if one_verb else 1)
    return best


# Verbs of a beginning: one kind of happening for times and dates ("the outage began at 17:42" /
# "the outage started shortly after 4 p.m."), no kind for counts (counted.listed does not know them)
_BEGINNINGS = frozenset("began begin begins beginning begun start starts started starting commence commences "
                        "commenced commencing".split())
_ENDINGS = frozenset("end ended ends ending finished finish finishes concluded concludes".split())


def _beginning(verb: str) -> bool:
    return verb.split()[0] in _BEGINNINGS


def _phase(verb: str, thing: str | None) -> str | None:
    """"begin", "again" or "end" for a verb of a beginning, a resumption or an ending ("opened"
    with nothing opened: "talks opened", not "opened fire"), else None."""
    word = verb.split()[0]
    if word in _BEGINNINGS or thing is None and word in ("open", "opens", "opened", "opening"):
        return "begin"
    if word.startswith(_AGAIN):
        return "again"
    return "end" if word in _ENDINGS else None


# verbs of a beginning again ("talks resumed", "the plant reopened"): a moment of its own
_AGAIN = ("resum", "restart", "reopen", "reconven", "renew")


def _one_thing(sa: str | None, oa: str | None, sb: str | None, ob: str | None) -> bool:
    """One common noun as both doers or both things done to ("offices" / "offices"); names and
    pronouns are no thing here (a name is an actor, which other tests tell apart)."""
    return any(x is not None and x == y and not x.startswith("name:") for x, y in ((sa, sb), (oa, ob)))


def begins_and_ends(a: tuple, b: tuple) -> bool:
    """One happening's beginning told on one side, an ending on the other ("the outage began at
    17:42" / "the outage ended shortly after 2 a.m."): two moments, never one."""
    def kinds(h):
        return {"begin" if _beginning(v) else "end" if v.split()[0] in _ENDINGS else None for v, _, _ in h}
    return _begin_end(kinds(a), kinds(b))


def phase_of_infinitive(verb) -> str | None:
    """"begin" or "end" for a verb an infinitive hangs from ("crews started to clear the road"),
    else None."""
    if verb is None or verb.dep_ != "xcomp":
        return None
    word = verb.head.lower_
    return "begin" if word in _BEGINNINGS else "end" if word in _ENDINGS else None


def _begin_end(ka: set, kb: set) -> bool:
    return ("begin" in ka and "end" in kb) or ("end" in ka and "begin" in kb)


def _clash(x: str | None, y: str | None, nouns: bool = True) -> bool:
    """Two subjects (or objects) that are clearly not one: both nouns (when `nouns`) or both
    names, differing."""
    if x is None or y is None or not nouns and not x.startswith("name:"):
        return False
    return x.startswith("name:") == y.startswith("name:") and x != y


def contemporaneous(ctx: StoryContext, a: str, b: str) -> bool:
    """Are articles `a` and `b` both dated, within CLAIM_KEY_DAYS of each other? A claim's key
    (what is counted, what happened) is trusted over unlike wording only between such reports;
    undated ones, and reports weeks apart, retell background events of the same kind ("two
    other climbers fell on Friday", "the 2003 quake") far more often (ECB+ dev)."""
    da, db = ctx.article(a).published, ctx.article(b).published
    return da is not None and db is not None and abs((da - db).days) <= settings.CLAIM_KEY_DAYS


def _inside(m: Mention, s: Sentence) -> bool:
    return m.start < s.end and s.start < m.end


def mention_of(ctx: StoryContext, item: Located) -> Mention:
    s = item.sentence
    return ctx.mention(s)


def side_claim(value: str, mentions: Iterable[Mention]) -> Claim:
    """One side of a dispute: its value, the sentences that carry it (first one as evidence)."""
    mentions = tuple(dict.fromkeys(mentions))
    return Claim(value, tuple(dict.fromkeys(m.article for m in mentions)), mentions[0].text, mentions)


def claims_for(ctx: StoryContext, groups: Iterable[tuple[str, Sequence[Located]]]) -> tuple[Claim, ...]:
    """One Claim per (label, located values): the articles, the first sentence, every span."""
    claims = []
    for label, items in groups:
        seen: dict[tuple[str, int], Located] = {}
        for it in items:
            seen.setdefault((it.article, it.sentence.index), it)
        kept = list(seen.values())
        articles = tuple(dict.fromkeys(it.article for it in kept))
        claims.append(
            Claim(
                value=label,
                articles=articles,
                text=kept[0].sentence.text,
                mentions=tuple(mention_of(ctx, it) for it in kept),
            )
        )
    return tuple(claims)


def components(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of item indices linked by conflicting pairs (union-find), each sorted."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in sorted(parent):
        groups[find(x)].append(x)
    return list(groups.values())


def partition(members: Iterable[int], fits: Callable[[list[int], int], bool]) -> list[list[int]]:
    """Greedy first-fit: each member joins the first group `fits(group, member)` accepts, or opens
    one. The sides of a conflict: one group per value that the members agree on."""
    groups: list[list[int]] = []
    for k in members:
        group = next((g for g in groups if fits(g, k)), None)
        if group is None:
            groups.append([k])
        else:
            group.append(k)
    return groups
