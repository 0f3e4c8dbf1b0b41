"""One happening told with other verbs, met through its occasion and an argument both reports give.

Outlets retell one happening in their own verbs and date it by the occasion it took place at
("beat the top seed in Saturday's semi-final" / "stunned the top seed in Friday night's
semi-final"). compare.events.same_happening relates only listed verbs of one kind, so such pairs
met by the closeness of their clauses alone, which does not tell them from other moments of one
story (a running toll against the flood, "will observe again in March" against "observed in
August"), nor from steps done to one thing ("police arrested the driver on Sunday" / "the driver
was charged on Monday": one thing, two happenings).

Here two guards stand in for the verb list, both read from the parses:

- the occasion: each day is a possessive on one noun phrase, the same words on both sides
  ("Saturday's semi-final" / "Friday night's semi-final"): the day dates that occasion;
- an argument: some verb of each has the same doer or the same thing done to, in the same role,
  a common noun or a name (stems, compare.events._arg), the other role not two different nouns
  or names, the verbs not known apart (counted.known_apart: "killed" / "injured") nor two phases
  of the thing (events._phase: a beginning against an ending or a resumption).

compare.dates asks it only of reports of the story's days and days at most CLAIM_KEY_DAYS apart,
and then reads the two as verbs of one kind (key 1), whose clauses must share the topic.

Not arguments: pronouns and relatives (events._arg reads them as None). Not an occasion: a
period or a part of the day ("the week's", "Friday night's" alone).
"""

from __future__ import annotations

from accord.compare.counted import known_apart, stem as verb_stem
from accord.compare.events import NOT_EVENTS, _clash, _phase


def occasion(doc, start: int, end: int) -> str | None:
    """The noun phrase a day at [start, end) is the possessive of ("in Saturday's semi-final":
    "semi-final"), lowercased without spaces, or None."""
    poss = next((doc[i] for i in doc.starting_in(start, end) if doc[i].dep_ == "poss"), None)
    # the head is a noun in its place, whatever its tag ("semi-final": "final" tagged an adjective)
    if poss is None or poss.head.pos_ in ("VERB", "AUX") or poss.head.lower_ in NOT_EVENTS:
        return None
    noun = poss.head
    words = [t.lower_ for t in doc[poss.i + 1:noun.i + 1] if t.dep_ != "case"]
    return "".join(words) or None


def same_argument(a: tuple, b: tuple) -> bool:
    """Some verb of each happening (events.happening with `voice`) has the same doer or the same
    thing done to as the other's, the other role not two different nouns or names; the verbs not
    known apart nor two phases of the thing."""
    for va, sa, oa in a:
        for vb, sb, ob in b:
            if va == "*" or vb == "*":
                continue
            if not any(x is not None and x == y for x, y in ((sa, sb), (oa, ob))):
                continue
            if _clash(sa, sb) or _clash(oa, ob):
                continue
            if known_apart(verb_stem(va.split()[0]), verb_stem(vb.split()[0])):
                continue
            if _phase(va, oa) != _phase(vb, ob):
                continue
            return True
    return False
