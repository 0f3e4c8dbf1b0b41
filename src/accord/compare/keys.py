"""What a length or a sum is of, when outlets word it differently: the key that lets
two such measures meet in compare.numbers.

A length is given as "60 cm of snow" / "nearly a metre of snow", "a 40-metre section" / "a
section of 40 metres", or by the fall it measures ("plunged about 150 metres" / "fell some 80
metres"). `length_key` reads that key from the words beside the figure ("N metres of X", "an
N-metre X", "an X of N metres"), else from a verb of falling; two lengths with one key in reports
of the same days meet at the bar of a measure's own name (settings.NUMBER_MEASURE_KEY_SIMILARITY), and
two lengths with different keys ("a 40-metre section", "fell 80 metres") never meet.

A sum names what it is by a noun or by its verb: "the cost at around 25 million euros", "the
EUR 40m cost", "a fine of EUR 2m" / "expects the recall to cost the company EUR 40m", "fined the
bank EUR 2m" (`sum_key`: "cost", "fin"). Two sums with one key in reports of the same days, by
payers not named apart, meet at settings.NUMBER_MEASURE_KEY_SIMILARITY; sums with other keys or
none go the measure's way as before ("fined EUR 4.5m" / "a penalty of 2.8 million euros").

Two sums whose names say they are of two kinds are kept apart (`two_sums`): a penalty named by
its verb against a sum another verb names ("fined £40,000" / "repairs cost £250,000"), and a sum
recovered against one that is not ("lost GBP 68m" / "£9 million had been recovered").

What it does not do: no synonyms ("snow" / "powder" are two keys; a piece is keyed by its whole,
so "section" / "stretch" of one roof meet), and a length with no key
of its own is left to the masked-sentence test as before (real news gives many lengths of
different things: how far off the coast, how far from the road).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.compare.counted import ENDING, stem

# verbs of a fall or a drop: the length beside them is the height fallen
_FALL_VERBS = re.compile(r"(?i)^(?:fell|fall|falls|falling|fallen|plung\w*|plummet\w*|dropp\w*|drop|drops|"
                         r"tumbl\w*|crash(?:ed|es|ing)? down)$")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|fresh\s+|new\s+)?([a-z][a-z-]+)", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:[-–]\s*(?:long|high|deep|wide|tall)\s+)?([a-z][a-z-]+)", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+of\s+$", re.IGNORECASE)
_NOT_KEYS = frozenset("the a an and or to from into onto on in at by for with away off up down over under "
                      "about around some nearly almost more less than".split())


def _word(text: str | None) -> str | None:
    if not text:
        return None
    w = text.strip().lower()
    return None if w in _NOT_KEYS else stem(w)


def length_key(sentence: str, start: int, end: int, glued: bool, verb: str, doc=None) -> str | None:
    """What the length at [start, end) of `sentence` measures: "60 cm of snow" -> "snow", "a
    40-metre section" -> "section", "a stretch of 25 metres" -> "stretch", "plunged 150 metres"
    -> "fall"; None when the sentence does not say. A piece of a named whole is keyed by the
    whole (`doc`, the parsed sentence, names it): "a 40-metre section of the roof" and "a stretch
    of 25 metres of the arena's roof" -> "piece of roof"."""
    if _WITHIN_BEFORE.search(sentence, 0, start):
        return "radius"  # "within 5 km of the wreck": the zone's reach, not the wreck's
    # "a stretch of 25 metres of the roof" is the stretch's length: the noun before comes first
    if (m := _OF_BEFORE.search(sentence, 0, start)) and (key := _word(m.group(1))):
        return _SAME_KEYS.get(key) or _piece(key, doc, m.start(1), start, end)
    if (m := _OF_AFTER.match(sentence, end)) and (key := _word(m.group(1))):
        return _SAME_KEYS.get(key, key)  # "70mm of rainfall" is "70mm of rain"
    if glued and (m := _NOUN_AFTER.match(sentence, end)) and (key := _word(m.group(1))):
        return _SAME_KEYS.get(key) or _piece(key, doc, m.start(1), start, end)
    if verb and _FALL_VERBS.match(verb):
        return "fall"
    if _DEPTH_AFTER.match(sentence, end):
        return "depth"
    if doc is not None and (key := _recorded_by(doc, start, end)):
        return key
    if doc is not None and (key := dimension_of(doc, start, end)):
        return key
    return None


# a dimension adjective after a length, and the dimension it names: "a slab 200 metres wide"
_DIMENSIONS = {"wide": "width", "broad": "width", "long": "length", "high": "height", "tall": "height"}


def dimension_of(doc, start: int, end: int) -> str | None:
    """The dimension of a thing that the length at [start, end) gives, when a dimension
    adjective after it describes a noun ("a slab some 350 metres wide", "The slab, about 200
    metres broad, broke away" -> "width of slab"); None otherwise ("a wall 3 metres high" ->
    "height of wall"; "ran 10 km" -> None). A thing's size is one claim however a sentence
    packs its other figures (compare.figures keeps it in a sentence of many)."""
    tok = _span_head(doc, start, end)
    if tok is None or tok.dep_ != "npadvmod" or tok.head.lower_ not in _DIMENSIONS:
        return None
    adj = tok.head
    if adj.dep_ not in ("amod", "appos", "acomp") or adj.head.pos_ != "NOUN":
        return None
    return f"{_DIMENSIONS[adj.lower_]} of {stem(adj.head.lower_)}"


# verbs by which an instrument gives a length: "rain gauges recorded 70mm"
_RECORDING = re.compile(r"(?i)^(?:record|measur|regist|log)")


def _span_head(doc, start: int, end: int):
    """The token of the span [start, end) that heads the others (its last token, climbed up while
    its head is inside the span), or None for a span with no token."""
    toks = [doc[i] for i in doc.starting_in(start, end)]  # by bisection: a scan was quadratic
    if not toks:
        return None
    tok = toks[-1]
    while tok.head.i != tok.i and start <= tok.head.idx < end:
        tok = tok.head
    return tok


def _recorded_by(doc, start: int, end: int) -> str | None:
    """What a length recorded by an instrument is of: the word naming what the verb's subject
    measures ("Rain gauges at the station recorded nearly 70mm" -> "rain", as "70mm of rain"
    keys it); None when the length is not the object of such a verb, or its subject is a name."""
    tok = _span_head(doc, start, end)
    if tok is None:
        return None
    if tok.dep_ not in ("dobj", "npadvmod") or not _RECORDING.match(tok.head.text):
        return None
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if not subj:
        return None
    compound = [c for c in subj[0].children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return _word(compound[0].text) if compound else None


# "within 5 km of the wreck", "living within about 1.2 miles of the line": the reach of a zone
# around a place, as "a 2-kilometre radius" names it
_WITHIN_BEFORE = re.compile(r"(?i)\bwithin\s+(?:a\s+|an\s+)?(?:radius of\s+)?$")
# "working 640 metres below ground", "nearly 900 metres down", "trapped 480 metres underground":
# how deep, as "a depth of 600 metres" names it
_DEPTH_AFTER = re.compile(r"(?i)\s+(?:underground|deep\b|down\b(?!\s+(?:the|a|an|its|into|to)\b)|"
                          r"(?:below|beneath|under)\s+(?:the\s+)?(?:ground|surface)\b)")
# keys that name one reach in other words: "a 2-kilometre radius" / "within 5 km"
_SAME_KEYS = {"radiu": "radius", "depth": "depth", "rainfall": "rain", "snowfall": "snow"}


# verbs that name the sum they take ("to cost the company EUR 40m", "fined the bank EUR 2m"), with
# up to three words (whom it is charged to) between the verb and the sum
_SUM_VERB_BEFORE = re.compile(r"(?i)\b(cost|costs|costing|fined|fines|fine|fining|charged|charges|charge|"
                              r"billed|bills|bill|lost|lose|loses|losing|defrauded|defrauding|swindled|"
                              r"swindling|cheated|cheating)\s+(?:[A-Za-z0-9][\w,.'-]*\s+){0,3}(?:of\s+)?$")
# "put / estimated / set the cost at", "the bill came to", "the fine was / stood at"
_SUM_NAMED_BEFORE = re.compile(r"(?i)\b(?:the|its|their|a|an)\s+(?:[a-z-]+\s+)?([a-z]+)"
                               # "the losses to his clients come to": whose, between
                               r"(?:\s+(?:to|of|for)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[a-z]+)?"
                               r"\s+(?:at|to|was|is|of|"
                               r"stood at|stands at|came to|comes to|come to|totalled|totaled|reached|amounted to)"
                               # a hedge or a focus word before the sum ("a budget of just EUR 900,000")
                               r"\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|an estimated|"
                               r"more than|less than|up to|at least|just|only|merely|barely|a mere)\s+)?$")
_NOUN_GLUED = re.compile(r"\s+([a-z]+)\b(?!\s*(?:-|to\b))")
_NOT_SUMS = _NOT_KEYS | frozenset("would will could may might was were is are has have had be been its their "
                                  "his her this that which who per each a year last next of when where while "
                                  "since because after before as if".split())


def _sum_word(word: str) -> str | None:
    """A sum's name as a key: "cost" / "costs" / "costing" -> "cost", "fine" / "fined" -> "fin"."""
    w = word.lower()
    if w in _NOT_SUMS:
        return None
    if w in _LOSS_WORDS:
        return "loss"  # "investors lost GBP 68m", "the losses come to £86m", "defrauded of £86m"
    return ENDING.sub("", w) if len(w) > 3 else w  # stem's endings; "fine" kept short


_LOSS_WORDS = frozenset("lost lose loses losing loss losses defrauded defrauding swindled swindling "
                        "cheated cheating".split())


@dataclass(frozen=True)
class SumSaid:
    """How a sentence names a sum: its key (`sum_key`), its verb as written, its predicate's stem."""

    key: str | None
    verb: str
    predicate: str | None


def two_sums(a: SumSaid, b: SumSaid) -> bool:
    """Two sums of two kinds, not two accounts of one: a penalty named by its verb ("the bakery
    was fined £40,000") and a sum another verb names ("repairs cost £250,000"); or a sum said to
    be recovered ("about £9 million had been recovered", "refunded") and one that is not
    ("investors lost GBP 68m"). A penalty in other words ("fined EUR 4.5m" / "a penalty of 2.8
    million euros", "ordered to pay") and a loss told as a cost ("cost investors £86m" /
    "investors lost £68m") stay one."""
    if bool(_RECOVERED.match(a.predicate or "")) != bool(_RECOVERED.match(b.predicate or "")):
        return a.predicate is not None and b.predicate is not None
    own = a.key and a.verb and _sum_word(a.verb) == a.key
    other = b.key and b.verb and _sum_word(b.verb) == b.key
    return bool(own and other and (a.key in _PENALTIES) != (b.key in _PENALTIES))


# sums' keys that name a penalty ("fined" -> "fin"), and verbs of money coming back (crude stems,
# as compare.counted gives predicates)
_PENALTIES = frozenset({"fin", "penalt", "penalty"})
_RECOVERED = re.compile(r"(?i)^(?:recover|refund|repaid|repay|reimburs|claw|return)")


def _is_noun(doc, at: int) -> bool:
    """Is the word at character `at` of the parsed sentence `doc` a noun ("the EUR 40m cost"), not
    an adverb or a verb ("paid $5m yesterday", "$5m raised")? True without a parse."""
    if doc is None:
        return True
    return any(doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ != "npadvmod" for i in doc.starting_in(at, at + 1))


def sum_key(sentence: str, start: int, end: int, doc=None) -> str | None:
    """What the sum at [start, end) of `sentence` is: the noun glued after it ("the EUR 40m
    cost"), the noun it is given for ("put the cost at", "a fine of"), or a verb that names a sum
    ("to cost the company", "fined the bank"); None when the sentence does not say."""
    if (m := _SUM_VERB_BEFORE.search(sentence, 0, start)) and (key := _sum_word(m.group(1))):
        return key
    if (m := _NOUN_GLUED.match(sentence, end)) and _is_noun(doc, m.start(1)) and (key := _sum_word(m.group(1))):
        return key
    if (m := _SUM_NAMED_BEFORE.search(sentence, 0, start)) and (key := _sum_word(m.group(1))):
        return key
    if doc is not None and (key := _subject_of(doc, start, end)):
        return _SAME_SUMS.get(key, key)  # "Revenue rose 6% to $4.2 billion", "sales came in at"
    if (key := _in_after(sentence, end, doc)) and key not in _TIMES:
        return _SAME_SUMS.get(key, key)  # "$3.8 billion in quarterly sales", "$2m in damages"
    return None


# "$3.8 billion in (quarterly) sales": what the sum is of, after it
_IN_AFTER = re.compile(r"(?i)\s+in\s+([a-z]+)\b")
# names for one sum, by general business-news usage: a company's "revenue" is its "sales" or
# "turnover", its "earnings" its "profit", a takeover "bid" its "offer"
_SAME_SUMS = {_sum_word(w): k for k, ws in (("revenu", "sales sale turnover"), ("profit", "earnings"),
                                            ("offer", "bid")) for w in ws.split()}


def _in_after(sentence: str, end: int, doc) -> str | None:
    """The noun of "in" right after the sum ending at `end`: "$3.8 billion in quarterly sales"
    (with the parse: the object of "in"; without, the next word)."""
    if not re.match(r"(?i)\s+in\s", sentence[end:]):
        return None
    if doc is None:
        m = _IN_AFTER.match(sentence, end)
        return _sum_word(m.group(1)) if m else None
    prep = next((doc[i] for i in doc.starting_in(end, len(doc.text)) if doc[i].lower_ == "in"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep is not None else None
    return _sum_word(obj.text) if obj is not None else None
# "$4.2 billion in the third quarter": when, not what
_TIMES = frozenset(_sum_word(w) for w in "quarter quarters year years month months week weeks day days "
                   "period half season first second".split())
# verbs through which a subject's value is given: "revenue rose to", "sales came in at"
_VALUE_PREPS = frozenset({"to", "at"})


def _subject_of(doc, start: int, end: int) -> str | None:
    """The common noun whose value the sum at [start, end) is, when the sum is the object of "to"
    or "at" under that noun's verb ("Revenue rose 6% to $4.2 billion", "Sales came in at $4.2
    billion", "the bill stood at £2m")."""
    tok = _span_head(doc, start, end)
    if tok is None:
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _VALUE_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ in ("conj", "xcomp"):
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ != "NOUN":
        return None
    return _sum_word(subj[0].text)


# nouns for a piece of something: outlets name the piece as they like ("section", "stretch",
# "part"), the whole it is a piece of less so
_PIECES = frozenset(stem(w) for w in "section stretch part portion piece segment length chunk span".split())


def _piece(key: str, doc, at: int, start: int, end: int) -> str:
    """`key` as it stands, or "piece of X" when it is a piece noun (at character `at`) whose "of"
    names a whole X outside the length at [start, end)."""
    if key not in _PIECES or doc is None:
        return key
    token = next((doc[i] for i in doc.starting_in(at, at + 1)), None)
    for _ in range(2):  # "a stretch of 25 metres of the roof": past the length to the whole
        if token is None:
            break
        objs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        token = objs[0] if objs else None
        if token is not None and not start <= token.idx < end and stem(token.lower_) not in _LENGTH_WORDS:
            return f"piece of {stem(token.lower_)}"
    return key


_LENGTH_WORDS = frozenset(stem(w) for w in "metres meters metre meter feet foot yards yard kilometres km miles "
                          "centimetres cm inches".split())
