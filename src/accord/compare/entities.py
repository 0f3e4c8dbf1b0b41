"""Entities of a story: people, organisations and places, with spelling variants merged.

Mentions come from spaCy's named-entity recogniser (en_core_web_sm, offline, via
compare.nlp.parse: each sentence parsed once per process), a person's span widened over a given
name the recogniser left out but the parser joins to the name ("Davit Orbeli" read as "Orbeli").
People are also read where the recogniser missed or mislabelled them: a full name after a title
run ("Chief Fire Officer Aled Morgan") or in apposition with a post or kin ("Aled Morgan, the
service's deputy chief officer"); a description capitalised at a sentence's start is not part of
a name the story gives without it ("Pensioner Harold Penrice").

Mentions are then grouped into entities, spelling variants merged (compare.entity_groups: full
names that can be one person, a surname alone for the one full name it fits, acronyms and
one-word additions for organisations and places).

What it does not do: coreference of pronouns and descriptions ("the group", "he") is left to the
modules that need it (compare.quotes resolves "he said" to the nearest preceding person); NORP
mentions (nationalities, "Afghan") are not entities; nothing here flags a discrepancy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from accord.compare.context import StoryContext
from accord.compare.entity_groups import best_name, group_names, group_people, join_linked
from accord.compare.names import TITLES, fold, name_tokens, same_person, short_form_of
from accord.compare.nlp import parse
from accord.compare.spun_names import aligned_names
from accord.types import Entity

_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
# Nouns that, written right before a name, make it a person ("NRF spokesman Fahim Dashty"),
# whatever label the recogniser gave the name.
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson leader commander journalist reporter minister president
    secretary general chief director official officer governor senator congressman congresswoman
    mayor ambassador envoy founder head chairman chairwoman ceo judge lawyer doctor professor
    son daughter father mother brother sister wife husband widow nephew niece uncle aunt cousin
    """.split()
)
# Words that make a capitalised name an organisation or a place, never a person.
_ORG_WORDS = frozenset(
    """
    ministry council party front union group company bank university committee department
    agency army forces force police news times post inc corp ltd association organization
    organisation foundation institute court league club fc airlines network alliance movement
    republic kingdom state states city province valley river mountain county district
    """.split()
)
# words written before a name that are never its given name: titles, kin and posts
_NOT_GIVEN_NAMES = TITLES | ROLE_NOUNS | frozenset(
    """
    prosecutor attorney solicitor barrister engineer inspector supervisor foreman manager executive
    officer analyst adviser advisor curator guard warden technician prefect councillor councilor
    commissioner coordinator administrator controller conductor driver pilot surgeon teacher
    principal editor sergeant constable chairman chairwoman founder owner pastor coach
    """.split())
_EDGE = re.compile(r"^[\s\"'“”‘’(\[-]+|[\s\"'“”‘’)\]\-,:;]+$")


@dataclass(frozen=True)
class NameMention:
    """One resolved mention of an entity, with its span in the article's cleaned text."""

    article: str
    sentence: int  # index of the sentence in the article
    start: int
    end: int
    text: str
    type: str
    entity: int  # index into EntityIndex.entities


@dataclass
class EntityIndex:
    """The story's entities and every mention resolved to one of them."""

    entities: tuple[Entity, ...] = ()
    mentions: dict[str, list[NameMention]] = field(default_factory=dict)  # article -> in order
    tokens: tuple[tuple[str, ...], ...] = ()  # entity -> folded name tokens of its name
    # lookup's people that a name's tokens can stand for, per tokens: a story's speakers and
    # doers are looked up again and again by the same few names (issue 18)
    _fits: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _fits_of: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def within(self, article: str, start: int, end: int, type: str | None = "person") -> list[NameMention]:
        """Mentions inside [start, end) of `article`, of `type` (any type when None)."""
        return [
            m for m in self.mentions.get(article, [])
            if m.start >= start and m.end <= end and (type is None or m.type == type)
        ]

    def lookup(self, name: str, article: str) -> int | None:
        """The one person that a written name (full, or a surname alone) can stand for.

        For names the recogniser missed ("Hale said"): people of `article` first, then the story.
        """
        tokens = name_tokens(name)
        if not tokens:
            return None
        fits = self._people_fitting(tokens)
        local = [i for i in fits if article in self.entities[i].articles]
        for group in (local, fits):
            if len(group) == 1:
                return group[0]
        return None

    def _people_fitting(self, tokens: tuple[str, ...]) -> list[int]:
        if self._fits_of is not self.entities:  # made, or given other entities, since
            self._fits.clear()
            self._fits_of = self.entities
        fits = self._fits.get(tokens)
        if fits is None:
            fits = self._fits[tokens] = [
                i for i, e in enumerate(self.entities)
                if e.type == "person"
                and (same_person(tokens, self.tokens[i]) or short_form_of(tokens, self.tokens[i])
                     or tokens == self.tokens[i])
            ]
        return fits

    def before(self, article: str, offset: int, type: str = "person") -> list[NameMention]:
        """Mentions of `type` ending before `offset`, nearest last."""
        return [m for m in self.mentions.get(article, []) if m.end <= offset and m.type == type]


@dataclass
class _Raw:
    article: str
    sentence: int
    start: int
    end: int
    text: str
    label: str  # person | organization | place
    tokens: tuple[str, ...]


def find_entities(ctx: StoryContext) -> EntityIndex:
    """People, organisations and places of the story, each mention resolved to one entity."""
    raws = _raw_mentions(ctx)
    _relabel_by_majority(raws)
    links, aka = aligned_names(ctx, raws)  # may add mentions the recogniser missed in a spin
    groups: list[list[_Raw]] = []
    groups += group_people([r for r in raws if r.label == "person"])
    groups += group_names([r for r in raws if r.label == "organization"])
    groups += group_names([r for r in raws if r.label == "place"])
    groups = join_linked(groups, links)
    order = {a.id: i for i, a in enumerate(ctx.articles)}
    groups.sort(key=lambda g: (-len({r.article for r in g}), -len(g), g[0].label, g[0].text))
    entities, tokens, mentions = [], [], defaultdict(list)
    for idx, group in enumerate(groups):
        name = best_name(group)
        surfaces = Counter(r.text for r in group)
        longer = sorted({t for r in group for t in aka.get(id(r), ())} - set(surfaces))
        variants = tuple(s for s, _ in surfaces.most_common() if s != name) + tuple(longer)
        articles = tuple(sorted({r.article for r in group}, key=order.__getitem__))
        entities.append(Entity(name=name, type=group[0].label, variants=variants, articles=articles))
        tokens.append(name_tokens(name))
        for r in group:
            mentions[r.article].append(NameMention(r.article, r.sentence, r.start, r.end, r.text, r.label, idx))
    for ms in mentions.values():
        ms.sort(key=lambda m: m.start)
    return EntityIndex(tuple(entities), dict(mentions), tuple(tokens))


# --------------------------------------------------------------------------- mentions
def _raw_mentions(ctx: StoryContext) -> list[_Raw]:
    sentences = list(ctx.all_sentences())
    docs = parse([s.text for s in sentences])
    out: list[_Raw] = []
    for sent, doc in zip(sentences, docs):
        mark = len(out)  # this sentence's mentions start here
        for ent in doc.ents:
            label = _TYPES.get(ent.label_)
            if label is None:
                continue
            start, end = ent.start, ent.end
            if label == "person":
                # the recogniser sometimes stops before a surname glued to a dash ("Massoud-")
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1
                # and misses a given name it does not know ("Davit Orbeli" read as "Orbeli"): a
                # capitalised proper noun the parser joins to the name as its compound is part of it
                # (not a sentence's first word, whose capital says nothing: "Prosecutor Marta Keller")
                while (start > 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
                       and doc[start - 1].head.i in range(start, end) and not doc[start - 1].ent_type_
                       and doc[start - 1].text[:1].isupper() and doc[start - 1].text[1:].islower()
                       and doc[start - 1].lower_.rstrip(".") not in _NOT_GIVEN_NAMES):
                    start -= 1
                # and takes in a common noun written before the name ("Comedian Ellen DeGeneres")
                while end - start > 2 and doc[start].pos_ == "NOUN":
                    start += 1
            elif (_after_role_noun(doc, start) or _person_apposition(doc, end)) and _looks_like_name(
                    doc[start:end].text):
                label = "person"
            span = doc[start:end]
            text = _clean_surface(span.text, label)
            if not text or (label == "person" and not _person_like(text)):
                continue
            offset = span.start_char + span.text.find(text) if text in span.text else span.start_char
            out.append(_Raw(sent.article, sent.index, sent.start + offset, sent.start + offset + len(text),
                            text, label, name_tokens(text) if label == "person" else tuple(fold(text).split())))
        found = []
        for first, last in _titled_names(doc) + _appositive_names(doc):
            text = doc[first:last].text
            start = sent.start + doc[first].idx
            found.append(_Raw(sent.article, sent.index, start, start + len(text), text, "person", name_tokens(text)))
        if found:
            # the recogniser's other label for a part of the name goes ("Chief Fire Officer Aled
            # Morgan" had "Morgan" as an organisation); only this sentence's mentions are looked at
            out[mark:] = [r for r in out[mark:] if not (r.label != "person" and any(
                f.start <= r.start and r.end <= f.end for f in found))] + found
    return _without_opening_nouns(_without_capitalised_words(out, sentences), sentences)


def _without_opening_nouns(raws: list[_Raw], sentences) -> list[_Raw]:
    """Trim the first word of a name of three words or more that opens its sentence when the
    rest is a full name the story gives on its own ("Pensioner Harold Penrice, 81, and his sister"
    beside "Harold Penrice"): the word is a description capitalised by its place ("Pensioner",
    "Grandmother", "Farmer"), or a given name the other mentions leave out; either way one person."""
    starts = {(s.article, s.start) for s in sentences}
    full = {r.tokens for r in raws if r.label == "person" and len(r.tokens) >= 2}
    out = []
    for r in raws:
        if (r.article, r.start) in starts and " " in r.text:
            rest = r.text[r.text.index(" ") + 1:]
            tokens = name_tokens(rest)
            if len(tokens) >= 2 and tokens in full:  # whatever the label ("Pensioner ..." as an organisation)
                r = _Raw(r.article, r.sentence, r.end - len(rest), r.end, rest, "person", tokens)
        out.append(r)
    return out


def _without_capitalised_words(raws: list[_Raw], sentences) -> list[_Raw]:
    """Drop a one-word "person" that opens its sentence when the story writes that word in lower
    case elsewhere ("Screens across the network showed a message" beside "screens went dark"):
    a common noun capitalised by its place, not a name. A surname the story gives in a full name
    stays ("Marsh said" after "Helena Marsh")."""
    starts = {(s.article, s.start) for s in sentences}
    lone = [r for r in raws if r.label == "person" and len(r.text.split()) == 1 and (r.article, r.start) in starts]
    if not lone:
        return raws
    lower = {w for s in sentences for w in re.findall(r"\b[a-z][a-z'-]+\b", s.text)}
    surnames = {r.tokens[-1] for r in raws if r.label == "person" and len(r.tokens) >= 2}
    drop = {id(r) for r in lone if r.text.lower() in lower and r.tokens[-1:] and r.tokens[-1] not in surnames}
    return [r for r in raws if id(r) not in drop]


def _titled_names(doc) -> list[tuple[int, int]]:
    """Token spans of full names written after a capitalised title that the recogniser missed
    ("Detective Superintendent Colm Varley, who leads the inquiry, spoke"): two or three
    capitalised proper nouns, in no entity of the recogniser's."""
    covered = _people_tokens(doc)
    found, i, n = [], 0, len(doc)
    while i < n:
        j = i
        while j < n and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in TITLES:
            j += 1
        if j == i:
            i += 1
            continue
        k = j
        while (k < n and k - j < 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
               and doc[k].text[1:].islower() and doc[k].lower_.rstrip(".") not in TITLES):
            k += 1
        if k - j >= 2 and not covered.intersection(range(j, k)):
            found.append((j, k))
        i = max(k, i + 1)
    return found


def _appositive_names(doc) -> list[tuple[int, int]]:
    """Token spans of full names the recogniser missed or took for something else, whose
    apposition is a person's post or kin ("Aled Morgan, the fire service's deputy chief fire
    officer, said"): two or three capitalised proper nouns joined by the parse."""
    covered = _people_tokens(doc)
    found = []
    for t in doc:
        head = t.head
        if (t.dep_ != "appos" or t.lower_ not in _PERSON_BEFORE or t.lower_ in _FIRMS_TOO or head.pos_ != "PROPN"
                or head.i in covered or t.i < head.i):
            continue
        first = head.i
        while (first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound"
               and doc[first - 1].head.i == head.i and doc[first - 1].text[:1].isupper()
               and doc[first - 1].lower_.rstrip(".") not in _NOT_GIVEN_NAMES):
            first -= 1
        tokens = doc[first:head.i + 1]
        if 2 <= len(tokens) <= 3 and all(x.text[:1].isupper() for x in tokens) \
                and not _ORG_WORDS.intersection(x.lower_ for x in tokens) \
                and not covered.intersection(range(first, head.i + 1)):
            found.append((first, head.i + 1))
    return found


# posts a company holds as well as a person ("Acme Holdings, the site's owner, said"): no proof of a person
_FIRMS_TOO = frozenset("owner manager administrator head leader operator contractor insurer".split())


def _people_tokens(doc) -> set[int]:
    """Token indices inside the recogniser's PERSON entities."""
    return {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}


def _clean_surface(text: str, label: str) -> str:
    text = _EDGE.sub("", text.strip())
    text = re.sub(r"[’']s$", "", text).strip()
    if label != "person":
        return re.sub(r"^(?:the|The)\s+", "", text)
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _person_like(text: str) -> bool:
    """A person's name: no organisation word in it, no title at its end ("Bloomington Police Sgt")."""
    tokens = fold(text).split()
    return (_looks_like_name(text) and bool(tokens) and not _ORG_WORDS.intersection(tokens)
            and tokens[-1] not in TITLES)


def _looks_like_name(text: str) -> bool:
    """Capitalised words of Latin letters (with dots, hyphens, apostrophes): not "Twitter पर"."""
    words = text.split()
    if not words or len(words) > 5:
        return False
    for w in words:
        if not w[:1].isupper():
            return False
        for c in w:
            if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
                return False
            if not (c.isalpha() or c in ".-'’"):
                return False
    return True


def _relabel_by_majority(raws: list[_Raw]) -> None:
    """A surface labelled a person more often than anything else is a person everywhere.

    The recogniser labels one "Blinken" a place and the others a person; a surname counts as a
    person vote too (each "Antony Blinken" votes for "Blinken").
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in raws:
        votes[fold(r.text)][r.label] += 1
        if r.label == "person" and len(r.tokens) >= 2:
            votes[r.tokens[-1]]["person"] += 1
    people = {r.tokens for r in raws if r.label == "person" and len(r.tokens) >= 2}
    for r in raws:
        counts = votes[fold(r.text)]
        label, n = counts.most_common(1)[0]
        if label != r.label and n > counts[r.label] and (label != "person" or _looks_like_name(r.text)):
            r.label = label
        elif r.label != "person" and (_family_name(r, votes) or _spelling_of_person(r, people)):
            r.label = "person"
        else:
            continue
        r.tokens = name_tokens(r.text) if r.label == "person" else tuple(fold(r.text).split())
    # the two rules above can swap one full name's labels (the one person mention outvoted, the
    # others made persons by its spelling): a full name left with both labels is a person's
    # ("Washington", one word, keeps its majority)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        surfaces[fold(r.text)].add(r.label)
    for r in raws:
        if (r.label != "person" and "person" in surfaces[fold(r.text)] and 2 <= len(fold(r.text).split()) <= 3
                and _person_like(r.text)):
            r.label, r.tokens = "person", name_tokens(r.text)


def _spelling_of_person(r: _Raw, people: set[tuple[str, ...]]) -> bool:
    """"Aleksandr Petrov" labelled an organisation three times, where another outlet's "Alexander
    Petrov" is a person: a full name that can be a person's of the story is that person's."""
    tokens = fold(r.text).split()
    if not (2 <= len(tokens) <= 3 and _looks_like_name(r.text) and not _ORG_WORDS.intersection(tokens)):
        return False
    mine = name_tokens(r.text)
    return any(same_person(mine, p) for p in people)


def _family_name(r: _Raw, votes: dict[str, Counter]) -> bool:
    """"Baris Arslan" labelled an organisation in a story where Arslan is a person's surname."""
    tokens = fold(r.text).split()
    return (
        2 <= len(tokens) <= 3
        and _looks_like_name(r.text)
        and not _ORG_WORDS.intersection(tokens)
        and votes[tokens[-1]]["person"] > 0
        and votes[fold(r.text)]["person"] >= votes[fold(r.text)][r.label] - 1
    )


def _person_apposition(doc, end: int) -> bool:
    """A name followed by an age or a relative/post in apposition: "Lucas Ferrand, 34, was
    killed", "Lucas Ferrand, a nephew of ...", "Ilse Maranov, the club's coach": only people
    are given ages and kin. The recogniser labels such unfamiliar names places as often as not."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.like_num and nxt.text.isdigit() and 0 < int(nxt.text) < 120 and doc[end + 2].text == ",":
        return True
    if nxt.lower_ not in ("a", "an", "the", "his", "her", "their"):
        return False
    return any(t.lower_ in ROLE_NOUNS for t in doc[end + 2: end + 5])


# Nouns for people by what they do, beside the posts and kin of ROLE_NOUNS: "The referee, Marta
# Sundqvist, ...", "driver Davit Orbeli" (only a person is written so)
_PERSON_BEFORE = ROLE_NOUNS | frozenset(
    """
    referee coach driver pilot captain skipper witness spectator firefighter teacher student pupil
    passenger resident engineer nurse surgeon player manager owner farmer survivor victim worker
    employee neighbour neighbor climber inspector detective sergeant constable paramedic
    executive prosecutor superintendent councillor councilor adviser advisor administrator editor
    curator steward warden technician treasurer
    """.split()
)


def _after_role_noun(doc, start: int) -> bool:
    """"NRF spokesman Fahim Dashty", "his eldest son, Baris Arslan", "the referee, Marta Sundqvist"."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in _PERSON_BEFORE
