"""What happened at a place, read from the parse: how compare.places tells whether two articles
that name different places tell one happening.

For a place read by compare.place_names this gives

- its role: where a thing is ("in/at/on/near X"), where it went ("taken to X") or where it came
  from ("took off from X"). Places of different roles never meet: "from Oslo" and "to Bergen"
  tell one trip;
- the noun it places, when the preposition hangs from a noun ("a state banquet at X", "a hotel
  near X", "the hospital in X"): two places of one noun's happening ("banquet") meet;
- the happening's own words: the clause of the verb the place hangs from, without the place's
  phrase and without times, dates and figures ("The ceremony began" for "The ceremony began at
  19:30 at the Corn Exchange"). Times and figures are other kinds' values, and a parse often hangs
  the place from the time ("at 9 p.m. in the Royal Theatre"), which made the clause of
  compare.events.clause_of the time alone.

What it does not do: no judging of the places themselves (compare.places does that).
"""

from __future__ import annotations

from accord.cluster.features import stem

ORIGIN, DESTINATION, LOCATION = "from", "to", "at"
# entity labels whose words are other kinds' values, left out of the happening's words
_VALUE_LABELS = frozenset("TIME DATE CARDINAL QUANTITY MONEY PERCENT ORDINAL".split())
# a verb's dependents that tell what happened, and the words inside them that name the things
_CORE = frozenset("nsubj nsubjpass aux auxpass neg prt dobj attr acomp".split())
_INNER = frozenset("det amod compound poss case prt neg".split())


def role(prep) -> str:
    """The role of a place hanging from preposition token `prep`."""
    word = prep.lower_
    return ORIGIN if word == "from" else DESTINATION if word in ("to", "into", "towards") else LOCATION


def placed_noun(prep) -> str:
    """The lemma of the noun the place's preposition hangs from ("a state banquet at X" ->
    "banquet"), or "" when it hangs from a verb or a time or figure."""
    head = prep.head
    if head.i == prep.i or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in _VALUE_LABELS:
        return ""
    return stem(head.lower_)


def happening_words(doc, prep) -> str:
    """The core of the happening the place of `prep` belongs to: its verb with its subject,
    object and particles, without their appositions, other phrases, times, dates and figures
    ("Daniel Okafor, 34, a teacher from Dunmore, fell at 11.20 on X" -> "Daniel Okafor fell")."""
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    keep, stack = [verb], [(c, _CORE) for c in verb.children]
    while stack:
        t, allowed = stack.pop()
        if t.dep_ not in allowed or t.i == prep.i or (t.ent_type_ and t.ent_type_ in _VALUE_LABELS):
            continue
        keep.append(t)
        stack.extend((c, _INNER) for c in t.children)
    return " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
