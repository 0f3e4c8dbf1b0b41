"""A day told of a happening's noun on one side and of its verb on the other.

One report dates the happening by its verb ("the agency announced on Tuesday", "will visit the
shipyards on Saturday", "Boreal grounded its other A40s on Wednesday"), another by a noun that
names it ("Monday's announcement by the agency", "Friday's tour of the shipyards", "the airline's
decision this morning to ground its remaining A40s"). compare.events reads the noun as a
happening of its own word, which no verb list relates to the verb, so the two never met.

They are one happening (compare.dates then asks the clauses to share the topic, as for any
matching key) when:

- the noun is the verb's own word ("announcement" / "announced", "inspection" / "inspected":
  one stem), or says a decision, plan or order to do the verb ("decision to ground" /
  "grounded"): as one verb (2);
- or the noun's "of" thing is the verb's thing done to or its doer ("tour of the shipyards" /
  "visit the shipyards"): as verbs of one kind (1), which asks closer clauses.

Not when the noun's "by" doer and the verb's doer are two different names ("the announcement by
the agency" / "the ministry announced"). A period or a part of the day ("the week of", "Friday
night") is no happening's noun.

A verb that only says a noun's happening took place ("the last inspection of the boiler took place
on 3 May", "the check, carried out on 18 May", "had undergone a safety audit on Friday") dates
that noun: it is read as the noun (`occurrence_noun`). A day on such a noun and a month on its
verb ("the boiler was last inspected in March") meet too, when both name one thing
(`one_thing_key`): compare.dates then compares the months.

What it does not do: two nouns (compare.dates._one_noun), two verbs (compare.events), synonyms
("tour" / "visit" with no shared thing), nor a noun whose verb the parse does not give.
"""

from __future__ import annotations

from accord.cluster.features import stem
from accord.compare.counted import COPULAS
from accord.compare.events import NOT_EVENTS as _NOT_HAPPENINGS  # nouns of a time, no happening's
# words of a statement, which date what is said, not a happening (compare.events._NOT_HAPPENINGS):
# as verbs they still meet their own noun ("announced" / "announcement")
_HELPERS = frozenset("will would shall can could may might must do does did has have had".split())
# nouns that stand for doing what their infinitive says ("the decision to ground the fleet")
_RESOLVES = frozenset("decision plan plans order move bid vote choice call".split())
# the shortest common prefix taken as one stem: "annou"ncement / "annou"nced, "inspe"ction /
# "inspe"cted; four letters would join "deli"very and "deli"berated
_STEM = 5


# verbs that say only that their noun's happening took place: its subject ("the inspection took
# place", "the check, carried out on ...") or, for "undergo", its object. Not "held": "the vote
# was held" is one, but "the suspect was held" a detention
_OCCURS = frozenset("happened occurred took taken carried conducted performed".split())
_UNDERGOES = frozenset("underwent undergone undergo undergoes undergoing".split())


def occurrence_noun(token):
    """The noun whose happening `token` only says took place ("The last inspection of the room took
    place": "inspection"; "had undergone a routine inspection": "inspection"), else `token`."""
    if token is None or token.pos_ != "VERB":
        return token
    word, kids = token.lower_, list(token.children)
    if word in _UNDERGOES:
        wanted = ("dobj",)
    elif word in ("took", "taken"):
        if not any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids):
            return token
        wanted = ("nsubj",)
    elif word in ("carried", "conducted", "performed"):
        if word == "carried" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
            return token
        # the thing done: "inspectors carried out a check", "the audit was conducted", and "the
        # check, carried out on ..." (a reduced clause, set off by a comma, whose noun the parser
        # reads as the verb's subject)
        wanted = ("dobj", "nsubjpass") + (("nsubj",) if _reduced(token) else ())
    elif word in _OCCURS:
        wanted = ("nsubj",)
    else:
        return token
    noun = next((c for dep in wanted for c in kids if c.dep_ == dep), None)
    noun = noun if noun is not None and noun.pos_ == "NOUN" else None
    if noun is None and word in ("carried", "conducted", "performed") and token.dep_ == "acl" \
            and token.head.pos_ == "NOUN":
        noun = token.head  # "the check carried out on 18 May"
    if noun is None or noun.lower_ in _NOT_HAPPENINGS:
        return token
    return noun


def _reduced(verb) -> bool:
    """A participle's clause the parser took for the main one ("the check, carried out on 18 May,
    found"): a passive participle's tag, or a comma between the verb and its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return verb.tag_ == "VBN" or any(t.text == "," for t in verb.doc[subject.i + 1:verb.i])


def one_thing_key(a, b) -> bool:
    """A noun and a verb of one stem (after `occurrence_noun`) said of one thing: the noun's "of"
    thing is the verb's thing done to ("the inspection of the plant room" / "the plant room was
    inspected"). Firm enough to compare a month with a day."""
    a, b = occurrence_noun(a), occurrence_noun(b)
    if noun_verb_key(a, b) != 2:
        return False
    noun, verb = (a, b) if a.pos_ == "NOUN" else (b, a)
    if not _one_stem(noun.lower_, verb.lower_):
        return False  # a decision to do the verb: its "of" thing is no thing done
    thing = _of_thing(noun)
    return thing is not None and thing in _things(verb, passive_only=True)


# a month told for one happening is misreported by a month or two; further apart, a routine
# happening (an inspection, a survey) is told twice: "inspected in March" and "inspected in October"
_MONTHS_APART = 2


def months_near(a, b) -> bool:
    """Two dates, at least one only a month ("in July"), whose months are at most _MONTHS_APART
    apart and not the same (day_key compares them)."""
    if "month" not in (a.precision, b.precision):
        return False
    if a.firm and b.firm and a.month and b.month:
        (ya, ma), (yb, mb) = (map(int, x.split("-")[:2]) for x in (a.month, b.month))
        return 0 < abs((ya * 12 + ma) - (yb * 12 + mb)) <= _MONTHS_APART
    if a.month_number is None or b.month_number is None:
        return False
    apart = abs(a.month_number - b.month_number)
    return 0 < min(apart, 12 - apart) <= _MONTHS_APART


def noun_verb_key(a, b) -> int:
    """2, 1 or 0 (as compare.events.same_happening) for two dates' governing tokens `a` and `b`
    (spaCy tokens or None) when one is a noun and the other a verb; see the module docstring."""
    a, b = occurrence_noun(a), occurrence_noun(b)
    if a is None or b is None:
        return 0
    if a.pos_ == "NOUN" and b.pos_ == "VERB":
        noun, verb = a, b
    elif b.pos_ == "NOUN" and a.pos_ == "VERB":
        noun, verb = b, a
    else:
        return 0
    if noun.lower_ in _NOT_HAPPENINGS or verb.lower_ in COPULAS or verb.lower_ in _HELPERS:
        return 0
    if _names_clash(noun, verb):
        return 0
    if _one_stem(noun.lower_, verb.lower_) or any(_one_stem(v.lower_, verb.lower_) for v in _resolved(noun)):
        return 2
    thing = _of_thing(noun)
    if thing is not None and thing in _things(verb):
        return 1
    return 0


def _one_stem(x: str, y: str) -> bool:
    return len(x) >= _STEM and len(y) >= _STEM and x[:_STEM] == y[:_STEM]


def _resolved(noun) -> list:
    """The verb a noun of deciding stands for: "decision to ground" -> "ground"."""
    if noun.lower_ not in _RESOLVES:
        return []
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]


def _of_thing(noun) -> str | None:
    """The stem of a noun's "of" complement ("tour of the shipyards": "shipyard")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return stem(g.lower_)
    return None


def _things(verb, passive_only: bool = False) -> set[str]:
    """Stems of a verb's object, passive subject and subject nouns (`passive_only`: the thing done
    to only, its object or passive subject)."""
    deps = ("dobj", "nsubjpass") if passive_only else ("dobj", "nsubjpass", "nsubj")
    return {stem(c.lower_) for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")}


def _names_clash(noun, verb) -> bool:
    """The noun's "by" doer and the verb's subject are two different names."""
    by = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    return by is not None and subject is not None and by.lower_ != subject.lower_
