"""What a distance is measured from: the anchor that keys a length in compare.numbers.

"The ship struck the reef some 30 km from Port Mellick" / "about 17 km north of Port Mellick";
"the landfill lies about half a mile from the nearest homes" / "just 300 yards from the nearest
houses". A distance is told from a place or a thing, and two reports' distances from one anchor,
by one subject, are one claim (compare.numbers meets each report's only value for the key, or
sentences a little alike). A bearing ("north of") is the place check's (compare.places); the
distance before it is this one's. Two anchors in other words meet when they are names written
alike, or common nouns the sentence encoder rates as near-synonyms ("homes" / "houses" 0.90):
the anchor words only, encoded once each, not the sentences.

A distance written right after a noun places that thing ("evacuated the building, about 15 miles
north of the city" / "a motorist 50 miles north of the city spotted the car"): two distances from
one anchor that place two things named apart (stems unlike, and not near-synonyms by the encoder)
are two claims, as two subjects named apart are.

What it does not do: a distance whose anchor is unsaid ("about 4 km away") gets no key here
(but a length in light years or parsecs told "away" is from Earth),
and a length keyed otherwise ("60 cm of snow", "plunged 150 metres") keeps its key
(compare.keys); an anchored length meets only another anchored one.
"""

from __future__ import annotations

import re

from accord import settings
from accord.compare.counted import stem
from accord.compare.events import contemporaneous

_BEARING = r"(?:due\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern|ward)?\s+of"
_ANCHOR_AFTER = re.compile(
    rf"\s+(?:{_BEARING}|(?:away\s+)?from|off(?:\s+the\s+coast\s+of)?)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:nearest|closest|nearby)\s+)?"
    r"(?P<anchor>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|[a-z][a-z-]{2,})\b")
_PREFIX = "from "
# words after "from" that are no anchor: "from where", "from time to time", "from them"
_NOT_ANCHORS = frozenset("where which what there here them him her it this that those these time each "
                         "one two three four five six seven eight nine ten".split())


def anchor_key(sentence: str, end: int) -> str | None:
    """The key of a length ending at `end` of `sentence` that names what it is measured from:
    "30 km from Port Mellick" -> "from port mellick", "half a mile from the nearest homes" ->
    "from homes"; None when no anchor follows."""
    m = _ANCHOR_AFTER.match(sentence, end)
    if not m or m.group("anchor").lower() in _NOT_ANCHORS:
        if astronomical(sentence[:end]) and _AWAY.match(sentence, end):
            return _PREFIX + "earth"  # "a planet 121 light years away": told from Earth, as astronomy tells it
        return None
    return _PREFIX + m.group("anchor").lower()


_ASTRONOMICAL = re.compile(r"(?i)(?:light[- ]years?|parsecs?|astronomical units?)$")
_AWAY = re.compile(r"\s+away\b")


def astronomical(text: str) -> bool:
    """Does `text` (a length as written, or a sentence up to one) end in astronomy's units? Such a
    length is from Earth when no anchor is said, and is no running figure: stars do not move while
    a story runs."""
    return _ASTRONOMICAL.search(text) is not None


def anchored(key: str | None) -> bool:
    return bool(key) and key.startswith(_PREFIX)


def same_anchor(a: str, b: str, encoder) -> bool:
    """Are two anchor keys one anchor: equal, one word's stem, or two common nouns the encoder
    rates as near-synonyms (settings.NUMBER_ANCHOR_KIN_SIMILARITY)? Names must be written alike."""
    x, y = a[len(_PREFIX):], b[len(_PREFIX):]
    if x == y or (" " not in x and " " not in y and stem(x) == stem(y)):
        return True
    if encoder is None or " " in x or " " in y:
        return False
    return _cosine(encoder, x, y) >= settings.NUMBER_ANCHOR_KIN_SIMILARITY


def _cosine(encoder, x: str, y: str) -> float:
    vx, vy = encoder.encode([x, y])  # the encoder keeps each word's vector
    return float(vx @ vy)


def same_distance(a, b, same, once: frozenset[int]) -> bool:
    """Are two anchored distances (compare.events.Located figures) one claim? One anchor, reports
    of the same days, no two subjects or doers named apart ("the ship ran aground 2 km off the
    coast" / "the slick was 6 km off the coast"); then each report's only value for the anchor
    (`once`, compare.numbers._keyed_once), or the aligner's verdict, or sentences a little alike
    (settings.NUMBER_KEY_SIMILARITY: a named anchor is a weaker key than a named measure)."""
    fa, fb = a.value, b.value
    if not same_anchor(fa.key, fb.key, same.ctx.encoder) or not contemporaneous(same.ctx, a.article, b.article):
        return False
    if apart(fa.what.subject, fb.what.subject) or apart(fa.what.agent, fb.what.agent):
        return False
    xa, xb = placed(a.sentence.text, a.start), placed(b.sentence.text, b.start)
    if xa and xb and not same_anchor(_PREFIX + xa, _PREFIX + xb, same.ctx.encoder):
        return False  # "the building, about 15 miles north of X" / "a motorist 50 miles north of X"
    if id(a) in once and id(b) in once:
        return True
    return same.shared_fact(a, b) or same.similarity(a, b) >= settings.NUMBER_KEY_SIMILARITY


def apart(x: str | None, y: str | None) -> bool:
    """Two doers (or subjects) given, sharing no word ("gallery" / "thiev")."""
    return bool(x and y and not set(x.split()) & set(y.split()))


# words between a placed noun and its distance: a comma, a hedge ("the building, about 15 miles")
_BETWEEN = frozenset(", about around some approximately roughly nearly almost just only over under".split())


def placed(sentence: str, start: int) -> str | None:
    """The noun written right before the distance starting at `start` of `sentence`, past a
    comma or a hedge ("evacuated the building, about 15 miles north of X" -> "building", "a
    motorist 50 miles north of X" -> "motorist"): the thing the distance places. None when a
    verb, a preposition or nothing comes before it ("lies 15 miles from", "at 15 miles")."""
    from accord.compare.nlp import parse

    doc = parse([sentence])[0]
    before = [t for t in doc if t.idx + len(t.text) <= start]
    while before and before[-1].lower_ in _BETWEEN:
        before.pop()
    if not before or before[-1].pos_ != "NOUN":
        return None
    return before[-1].lower_
