"""Place discrepancies: the same place or event located differently by different articles.

Two checks:

1. Directions. "(30 km) north of Kabul", "northeast of the capital": a compass bearing from an
   anchor place. Two articles that give the same thing bearings from the same anchor conflict
   when the bearings are 90 degrees or more apart ("north" vs "south", "north" vs "east");
   neighbouring bearings ("north" vs "northeast") are the same rough direction and are not a
   conflict. Anchors are matched by name, and "the capital" is read as the city the story calls
   "the capital X" elsewhere.
2. Cities. Sentences in different articles that report the same event (close in meaning with
   the place masked, and their place-bearing clauses close too) but name different places after
   "in/at/near" (spaCy GPE entities: towns, regions, countries; not streets or buildings).
   Places contain one another ("in Kabul" and "in Afghanistan" are both true), so an article
   that names the other's place anywhere is taken to know it, and a story that says one is in
   the other ("Banstead, Surrey") settles it; only places never related conflict.

What it does not do: no gazetteer, so no geometry ("Herat is west of Kabul" is not checked
against the world), and no distances (those are numbers: compare.numbers).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from accord import settings
from accord.compare.context import StoryContext
from accord.compare.events import (
    Located,
    SameEvent,
    claims_for,
    clause_of,
    components,
    contemporaneous,
    gist,
    governor,
    happening,
    partition,
    same_happening,
)
from accord.compare.nlp import parse
from accord.types import Discrepancy

_BEARINGS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
    "west": 270, "northwest": 315,
}
_DIRECTION = re.compile(
    r"\b(?P<dir>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west))(?i:ern|erly|ward)?\s+of\s+"
    r"(?:the\s+)?(?P<anchor>"
    # a common-noun landmark: "the old town", "the city centre", "the main railway station"
    r"(?:[a-z]+\s+){0,2}(?:town|centre|center|harbou?r|port|airport|station|river|bridge|square|"
    r"valley|coast|lake|district|quay|market|base|camp)\b(?![ ,]*[A-Z])"
    r"|(?:(?:capital|city|town|village|province|region|border)\s*,?\s*)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?)",
)
# "on the building's east side", "at the west side of the museum": a side of a landmark named by
# a common noun, which in one story is the story's site whatever the noun ("building", "museum")
_SIDE = re.compile(
    r"\b(?:the\s+)?(?:(?P<owner>[a-z]+)['’]s\s+)?(?P<dir>(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west))"
    r"(?:ern)?\s+(?:side|wing|end|entrance|gate|face|facade)\b(?:\s+of\s+the\s+(?P<of>[a-z]+))?"
)
# "X, the capital": entered where a token starts, committed to its first capital (tried from
# every capital of a long upper-case token it was quadratic, issue 20; the names found are the same)
_CAPITAL = re.compile(r"\bcapital,?\s+(?P<a>[A-Z][\w'’-]+)"
                      r"|(?<![\w'’-])(?>[\w'’-]*?(?=[A-Z]))(?P<b>[A-Z][\w'’-]+),\s+the\s+capital\b")
_PLACE_PREPOSITIONS = frozenset("in at near outside inside".split())


@dataclass(frozen=True)
class Bearing:
    degrees: int
    anchor: str  # normalised anchor name ("kabul")


def _anchor_name(raw: str, capital: str | None) -> str | None:
    words = raw.replace(",", " ").split()
    names = [w for w in words if w[0].isupper()]
    if names:
        return " ".join(names).lower()
    if words and words[0].lower() == "capital" and capital:
        return capital
    if len(words) >= 2 or words and words[0] not in ("capital", "city", "town", "border", "region", "province"):
        return " ".join(words).lower()  # a landmark named by common nouns: "old town"
    return None


def _capital(ctx: StoryContext) -> str | None:
    """The city the story calls "the capital X" (or "X, the capital"), when only one."""
    found = set()
    for a in ctx.articles:
        for m in _CAPITAL.finditer(a.text):
            found.add((m.group("a") or m.group("b")).lower())
    return found.pop() if len(found) == 1 else None


def bearings(ctx: StoryContext) -> list[Located]:
    capital = _capital(ctx)
    out = []
    for s in ctx.all_sentences():
        for m in _DIRECTION.finditer(s.text):
            anchor = _anchor_name(m.group("anchor"), capital)
            if anchor is None:
                continue
            word = m.group("dir").lower().replace("-", "").replace(" ", "")
            b = Bearing(_BEARINGS[word], anchor)
            out.append(Located(s, m.start("dir"), m.end(), b, m.group(0).strip(" ,")))
        for m in _SIDE.finditer(s.text):
            if m.group("owner") or m.group("of"):
                word = m.group("dir").lower().replace("-", "").replace(" ", "")
                b = Bearing(_BEARINGS[word], "the site")
                out.append(Located(s, m.start("dir"), m.end(), b, m.group(0).strip(" ,")))
    return out


def _apart(a: int, b: int) -> int:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def _direction_conflicts(ctx: StoryContext) -> list[Discrepancy]:
    items = bearings(ctx)
    if len({it.article for it in items}) < 2:
        return []
    same = SameEvent(ctx, items)
    docs = parse([it.sentence.text for it in items])
    happenings = [happening(governor(d, it.start, it.end)) for d, it in zip(docs, items)]
    conflicts = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or a.value.anchor != b.value.anchor:
                continue
            if _apart(a.value.degrees, b.value.degrees) < settings.PLACE_CONFLICT_DEGREES:
                continue
            # the claim's key: one happening placed from one anchor ("it overturned roughly 4 km
            # north of Vessick" / "the ferry went down just south of Vessick")
            key = same_happening(happenings[i], happenings[j]) == 2 or (
                same_happening(happenings[i], happenings[j]) and contemporaneous(ctx, a.article, b.article))
            if (
                not key
                and same.similarity(a, b) < settings.PLACE_SAME_SIMILARITY
                and not same.shared_fact(a, b)
                and _located_similarity(ctx, a, b) < settings.PLACE_LOCATED_SIMILARITY
            ):
                continue
            # the other article also gives a close bearing for it: it knows both
            if any(
                c.article == b.article and c.value.anchor == a.value.anchor
                and _apart(c.value.degrees, a.value.degrees) < settings.PLACE_CONFLICT_DEGREES
                and same.similarity(a, c) >= settings.PLACE_SAME_SIMILARITY
                for c in items
            ):
                continue
            conflicts.append((i, j))
    out = []
    for members in components(conflicts):
        groups = partition(members, lambda g, k: _apart(
            items[g[0]].value.degrees, items[k].value.degrees) < settings.PLACE_CONFLICT_DEGREES)
        if len(groups) < 2:
            continue
        anchor = items[members[0]].value.anchor
        claims = claims_for(ctx, [(items[g[0]].label, [items[k] for k in g]) for g in groups])
        out.append(Discrepancy("place", f"direction from {anchor.title()}", claims))
    return out


def _located(item: Located) -> list[str]:
    """What the bearing places: the nouns of the (at most two) noun chunks just before it in its
    sentence ("a storage hall operated by X, west of ..." -> "storage hall", "X"), pronouns
    skipped ("The warehouse, which lies east of ..." -> "warehouse")."""
    doc = parse([item.sentence.text])[0]
    chunks = [c for c in doc.noun_chunks if c.end_char <= item.start and c.root.pos_ != "PRON"]
    out = []
    for chunk in chunks[-2:]:
        words = [t.text for t in chunk if t.pos_ in ("NOUN", "PROPN") or t.dep_ == "compound"]
        if words:
            out.append(" ".join(words))
    return out


def _located_similarity(ctx: StoryContext, a: Located, b: Located) -> float:
    """How alike the things two bearings place are (0 when either names none): the same
    warehouse called "storage hall" and "warehouse" scores high, a camp and an airport low."""
    la, lb = _located(a), _located(b)
    if not la or not lb:
        return 0.0
    return float(ctx.encoder.similarity(la, lb).max())


def place_mentions(ctx: StoryContext) -> list[Located]:
    """Places named after in/at/near in sentences (spaCy entities; only sentences with a
    capitalised word after such a preposition are parsed)."""

    cand = [s for s in ctx.all_sentences()
            if re.search(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?[A-Z]", s.text)]
    out = []
    for s, doc in zip(cand, parse([s.text for s in cand])):
        for ent in doc.ents:
            prev = doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.lower_ == "the" and ent.start > 1:
                prev = doc[ent.start - 2]
            if prev is None or prev.lower_ not in _PLACE_PREPOSITIONS:
                continue
            nxt = doc[ent.end] if ent.end < len(doc) else None
            # the small model takes some unfamiliar towns for people ("near Izmir"): a lone
            # name right after "in"/"near", not a possessive, is a place there
            as_place = ent.label_ == "PERSON" and len(ent) == 1 and prev.lower_ in ("in", "near") and (
                nxt is None or nxt.lower_ not in ("'s", "’s"))
            # towns, regions, countries only: a street or a building ("Banstead High Street")
            # sits inside some town the other article may name instead
            if ent.label_ != "GPE" and not as_place:
                continue
            out.append(Located(s, ent.start_char, ent.end_char, ent.text.lower(), ent.text))
    return out


def _nested(a: str, b: str, text: str) -> bool:
    """Does the story place one in the other: "a, b", "a in b", "b's a", "a (b)"?"""
    for x, y in ((a, b), (b, a)):
        x, y = re.escape(x), re.escape(y)
        if re.search(rf"\b{x}\s*(?:,|\(|\bin\b|\bnear\b)\s*(?:the\s+)?{y}\b|\b{y}['’]s\s+{x}\b", text):
            return True
    return False


def _city_conflicts(ctx: StoryContext) -> list[Discrepancy]:

    items = place_mentions(ctx)
    if len({it.article for it in items}) < 2:
        return []
    same = SameEvent(ctx, items)
    texts = {a.id: a.text.lower() for a in ctx.articles}
    story_text = "\n".join(texts.values())
    docs = parse([it.sentence.text for it in items])
    clauses = SameEvent(ctx, items, [clause_of(d, it.start, it.end) for d, it in zip(docs, items)])
    conflicts = []
    nested: dict[tuple[str, str], bool] = {}  # per pair of place names: the story's text is long
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.article == b.article or a.value == b.value:
                continue
            if a.value in texts[b.article] or b.value in texts[a.article]:
                continue  # each article names the other's place: containment, not conflict
            names = (a.value, b.value) if a.value < b.value else (b.value, a.value)
            if names not in nested:
                nested[names] = _nested(*names, story_text)
            if nested[names]:
                continue  # the story says one is in the other ("Banstead, Surrey")
            if same.similarity(a, b) < settings.PLACE_EVENT_SIMILARITY:
                continue
            if clauses.similarity(a, b) < settings.PLACE_EVENT_SIMILARITY:
                continue
            conflicts.append((i, j))
    out = []
    for members in components(conflicts):
        groups: dict[str, list[int]] = defaultdict(list)
        for k in members:
            groups[items[k].value].append(k)
        if len(groups) < 2:
            continue
        claims = claims_for(ctx, [(items[g[0]].label, [items[k] for k in g]) for g in groups.values()])
        out.append(Discrepancy("place", "place of: " + gist(items[members[0]]), claims))
    return out


def place_discrepancies(ctx: StoryContext) -> tuple[Discrepancy, ...]:
    return tuple(_direction_conflicts(ctx) + _city_conflicts(ctx))
