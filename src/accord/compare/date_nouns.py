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


def noun_verb_key(a, b) -> int:
    """2, 1 or 0 (as compare.events.same_happening) for two dates' governing tokens `a` and `b`
    (spaCy tokens or None) when one is a noun and the other a verb; see the module docstring."""
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


def _things(verb) -> set[str]:
    """Stems of a verb's object, passive subject and subject nouns."""
    return {stem(c.lower_) for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.pos_ in ("NOUN", "PROPN")}


def _names_clash(noun, verb) -> bool:
    """The noun's "by" doer and the verb's subject are two different names."""
    by = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    return by is not None and subject is not None and by.lower_ != subject.lower_
