"""What a bearing places (compare.places): the thing named just before it ("a storage hall
operated by X, west of ..."), or the thing carried by wind or water ("winds were pushing the
slick north-east": the slick; "Oil leaking from the ferry was drifting south": the oil), and
whether a thing is introduced as another of its kind ("A second warehouse, just north of ...").

Also the pattern of travel told by its bearing, which both modules read. What it does not do: no
judging of bearings (compare.places does that).
"""

from __future__ import annotations

import re

from accord import settings
from accord.cluster.features import stem as noun_stem
from accord.compare.context import StoryContext
from accord.compare.events import Located
from accord.compare.nlp import parse

# Travel told by its bearing: "was heading south from X", "on their way back north", "a
# northbound train". Anchored to the journey: two bearings of one trip are compared.
TRAVEL = re.compile(
    r"\b(?:heading|headed|travell?ing|travell?ed|driving|sailing|flying|going|bound|moving|"
    r"on (?:its|their|his|her|the) way)(?:\s+back)?\s+"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:wards?)?\b"
    r"|\b(?P<bound>(?:north|south)(?:[- ]?(?:east|west))?|east|west)bound\b"
    # a thing carried by wind or water: "the slick was drifting south-west", "winds were pushing
    # the slick north-east", "the cloud was blown east"
    r"|\b(?:drift(?:s|ed|ing)?|blow(?:s|n|ing)|blew|push(?:es|ed|ing)?|carr(?:ies|ied|ying))"
    r"(?:\s+(?:the|its|their|it|them)(?P<thing>(?:\s+[\w-]+){0,6}?))?\s+"
    r"(?P<carried>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:wards?)?\b"
)

_TIMES = frozenset("night nights day days morning mornings evening evenings afternoon afternoons week weeks "
                   "month months year years hour hours minute minutes weekend dawn dusk midnight noon".split())


def located(item: Located) -> list[str]:
    """What the bearing places: the nouns of the (at most two) noun chunks just before it in its
    sentence ("a storage hall operated by X, west of ..." -> "storage hall", "X"), pronouns
    skipped ("The warehouse, which lies east of ..." -> "warehouse")."""
    moved = mover(item)
    if moved is not None:
        return [moved] if moved else []
    doc = parse([item.sentence.text])[0]
    # a time is not a thing placed ("on Monday night in a warehouse north of X": the warehouse)
    chunks = [c for c in doc.noun_chunks if c.end_char <= item.start and c.root.pos_ != "PRON"
              and c.root.ent_type_ not in ("DATE", "TIME") and c.root.lower_ not in _TIMES]
    out = []
    for chunk in chunks[-2:]:
        words = [t.text for t in chunk if t.pos_ in ("NOUN", "PROPN") or t.dep_ == "compound"]
        if words:
            out.append(" ".join(words))
    return out


def mover(item: Located) -> str | None:
    """The thing a carried bearing moves ("pushing the slick north-east": "slick"; "Oil leaking from
    the ferry was drifting south": "Oil", not the ferry), "" when unread; None for other bearings."""
    carried = TRAVEL.match(item.label) if item.value.anchor == "the journey" else None
    if carried is None or not carried.group("carried"):
        return None
    if carried.group("thing"):  # up to its first preposition: "ash cloud from the volcano"
        return re.split(r"\s+(?:from|of|in|on|at|off|near|with|over)\s+", carried.group("thing").strip())[0]
    doc = parse([item.sentence.text])[0]
    verb = next((t for t in doc if t.idx >= item.start - len(item.label) and t.text.lower().startswith(
        item.label.split()[0].lower()[:4])), None)
    if verb is None:
        return ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("acl", "relcl"):
        subj = verb.head  # "the balloon being carried west"
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return ""
    return " ".join([c.text for c in subj.children if c.dep_ == "compound" and c.i < subj.i] + [subj.text])


def same_mover(ctx: StoryContext, a: Located, b: Located) -> bool:
    """One thing carried (or travelling): the same last noun ("oil slick" / "slick"), or names
    close enough for one thing (PLACE_MOVER_SIMILARITY: "smoke" / "fire" 0.67 are two)."""
    la, lb = located(a), located(b)
    if not la or not lb:
        return False
    if {noun_stem(x.split()[-1].lower()) for x in la} & {noun_stem(x.split()[-1].lower()) for x in lb}:
        return True
    return float(ctx.encoder.similarity(la, lb).max()) >= settings.PLACE_MOVER_SIMILARITY


def other_one(item: Located) -> bool:
    """The thing placed is introduced as another of its kind: "A second warehouse, just north of ..."."""
    before = item.sentence.text[max(0, item.start - 60):item.start]
    return re.search(r"\b(?:a second|a third|another|the other)\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s*(?:\w+\s+)?$", before,
                     re.I) is not None


def located_similarity(ctx: StoryContext, a: Located, b: Located) -> float:
    """How alike the things two bearings place are (0 when either names none): the same
    warehouse called "storage hall" and "warehouse" scores high, a camp and an airport low."""
    la, lb = located(a), located(b)
    if not la or not lb:
        return 0.0
    return float(ctx.encoder.similarity(la, lb).max())
