"""Relations between people (son, brother, wife ...) and roles (spokesman, leader ...) as the
story's sentences state them: the claims compare.relations sets against each other.

Relations are read with patterns over each sentence and the entity spans of compare.entities,
in the manner of Hearst-style lexico-syntactic patterns (Hearst 1992; Banko et al. 2007 for
relation phrases anchored on named entities):

    X, (the) son of Y          X is/was the son of Y          X, the son of the famous commander Y
    Y's son X                  ORG spokesman X                X, the ORG spokesman

People on both sides are resolved through the merged entities, so spelling variants of one
person make one claim; the other side may be named by a post the story gives one person ("the
brother-in-law of the farm's owner", compare.roles.post_holders). A relative who is not named
("son of the legendary leader") is kept as an unnamed claim (`other` None).

In-laws are read from a marriage ("X is married to Y's sister", "X, whose sister is married to
Y": brothers- or sisters-in-law, as one gender-free kind), spouses from "X is married to Y".

compare.kin_parse adds the same claims read from the dependency parse, in word orders these
patterns do not list ("X, who is Y's cousin", "His coach and father, X").

What it does not do: pronoun relatives ("his son") are read only after the name they stand for
("X and his son Y") or opening the next sentence; relations spread further are not read; nothing
else is inferred (a brother's son is not made a nephew).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex, NameMention
from accord.compare.missed_names import with_missed
from accord.compare.names import name_tokens
from accord.types import Sentence

KIN = (
    "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "widow", "spouse",
    "widower", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter",
    "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother",
    "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
    # half- and step-siblings, twins, godparents, and partners not (or not yet) married
    "half-brother", "half-sister", "stepbrother", "stepsister", "twin", "godfather", "godmother",
    "godson", "goddaughter", "fiance", "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend",
)
# the kin words as one alternation, longest first ("brother-in-law" before "brother")
_KIN_WORDS = "|".join(sorted(KIN, key=len, reverse=True))
ROLES = ("spokesman", "spokeswoman", "spokesperson", "leader", "head", "chief", "founder")
_ROLE_NAME = {"spokeswoman": "spokesperson", "spokesman": "spokesperson"}
_REL = "|".join(sorted(KIN + ROLES, key=len, reverse=True))
# "... son of ", "... spokesman for "
_OF = re.compile(rf"\b(?P<rel>{_REL})(?P<plural>s)?\s+(?:of|for)\s+", re.I)
# what may stand between the subject and the relation noun: ", the famous ", " is the ", ", who was the "
_GAP = re.compile(
    r"^\s*,?\s*(?:\d{1,3}\s*,\s*)?(?:who\s+(?:is|was)\s+|(?:is|was)\s+)?"
    r"(?:(?P<det>the|a|an|one\s+of\s+the|another|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,3})?$"
)
# where the other person's description ends
_BOUNDARY = re.compile(r"[,;:()\[\]—–]|\s-|-\s|\.\s|\.$|\s(?:who|which|that|whose)\s")
# "Y's son X", "Y's eldest son, X"
_POSS = re.compile(rf"^['’]s\s+(?:[a-z][\w'-]*\s+){{0,2}}(?P<rel>{_REL})(?P<plural>s)?\s*,?\s+$", re.I)
# "ORG spokesman X", "Taliban chief spokesman X"
_PRE = re.compile(rf"^\s+(?:[a-z][\w'-]*\s+)?(?P<rel>{'|'.join(ROLES)})\s*,?\s+$", re.I)
# "X, the ORG spokesman"
_APPOSITION = re.compile(r"^\s*,\s*(?P<det>the|a|an)\s+$", re.I)
# "X, Y's cousin,": the relative's word right after the possessive, closing the apposition
_KIN_AFTER = re.compile(rf"['’]s\s+(?:[a-z][\w'-]*\s+){{0,2}}?(?P<rel>{_KIN_WORDS})(?P<plural>s)?(?=\s*[,;.)]|\s+(?:and|who)\b)",
                        re.I)
# "Karim Saleh and his son Omar Saleh", "X, with her husband, Y", "X, whose father Y": the
# pronoun is the first name's
_AND_HIS = re.compile(rf"^\s*(?:,?\s*(?:and|with|alongside)\s+(?:his|her)|,\s*whose)\s+(?:[a-z]+\s+)?(?P<rel>{_KIN_WORDS})"
                      rf"(?P<plural>s)?\s*,?\s+$", re.I)
# "Marek Holub, 58, a retired miner whose son Jiri": an age and a description before "whose"
_APPOSED_WHOSE = re.compile(rf"^\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?whose\s+"
                            rf"(?:[a-z]+\s+)?(?P<rel>{_KIN_WORDS})(?P<plural>s)?\s*,?\s+$", re.I)
# "Marek Holub, had a personal stake: his younger brother Jiri": the sentence's one person before
# the pronoun is its antecedent
_LATER_HIS = re.compile(rf"^[^.;]{{0,80}}?[\s,:;](?:his|her)\s+(?:[a-z]+\s+){{0,2}}?(?P<rel>{_KIN_WORDS})"
                        rf"(?P<plural>s)?\s*,?\s+$", re.I)
_ROLE_AFTER = re.compile(rf"['’]?s?\s+(?P<rel>{'|'.join(ROLES)})\b", re.I)
# a relation that no longer holds, or held for someone else before: "the late Taliban leader",
# "former spokesman", "the then head of": one person now and another then are not a conflict
_PAST = re.compile(r"\b(?:former|late|ex|then|previous|past|founding|onetime|one-time|first|deceased)\b", re.I)
_INDEFINITE = {"a", "an", "one of the", "another"}


@dataclass(frozen=True)
class RelationClaim:
    """One article's statement that `subject` is the `relation` `other` (entity indexes)."""

    subject: int
    relation: str  # "son of", "spokesperson of"
    other: int | None  # None: a relative that is not named
    other_text: str  # the words naming or describing the other side
    definite: bool  # "the son of" / "son of": one person holds it; "a son of": one of several
    article: str
    sentence: Sentence
    named: bool = True  # False: an unnamed relative resolved to the one named elsewhere


def find_relations(ctx: StoryContext, index: EntityIndex, holders=None) -> list[RelationClaim]:
    """Every relation claim of every sentence of the story; `holders` (post noun -> people, from
    compare.roles.post_holders) lets "the driver's sister" name the driver."""
    out: list[RelationClaim] = []
    previous: dict[str, list[NameMention]] = {}  # article -> people of its previous sentence
    for sent in ctx.all_sentences():
        names = with_missed(sent, index.within(sent.article, sent.start, sent.end, type=None), index)
        people = [m for m in names if m.type == "person"]
        if people:
            out += _sentence_relations(sent, names, index, holders)
            if holders:
                out += _post_relations(sent, names, holders)
            out += _marriage_relations(sent, people, holders or {})
            found = _pronoun_relation(sent, people, previous.get(sent.article, []))
            if found is not None:
                out.append(found)
        if people or not _STARTS_WITH_PRONOUN.match(sent.text):
            # "He was cleared of two counts." names nobody and goes on about the same person: the
            # people before it stay the antecedents of the next sentence's "His"
            previous[sent.article] = people
    from accord.compare.kin_parse import parsed_relations

    return out + parsed_relations(ctx, index, holders)  # the same relations in other word orders


# "His sister, Ilse Veller, ...": a sentence that opens on a relative of the last sentence's subject
# "His sister, Ilse Veller,", "His brother-in-law and co-defendant, Martin Keel,"
_PRONOUN_KIN = re.compile(rf"^\s*(?:His|Her)\s+(?:[a-z]+\s+)?(?P<rel>{_KIN_WORDS})"
                          rf"(?:\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*,?\s+(?=[A-Z])")


_STARTS_WITH_PRONOUN = re.compile(r"^\s*(?:He|She)\b")


def _pronoun_relation(sent: Sentence, people: list[NameMention], before: list[NameMention]) -> RelationClaim | None:
    """The relative named at the start of `sent` ("His sister, Ilse Veller,"), of the first
    person of the previous sentence, when that sentence names exactly one person (else the
    pronoun could be any of them)."""
    match = _PRONOUN_KIN.match(sent.text)
    if match is None or not people or people[0].start - sent.start != match.end():
        return None
    if len({m.entity for m in before}) != 1 or before[0].entity == people[0].entity:
        return None
    return RelationClaim(people[0].entity, _relation(match.group("rel").lower()), before[0].entity,
                         match.group(0).strip(" ,"), True, sent.article, sent)



# X married to Y's kin -> X's relation to Y; X whose kin is married to Y -> X's relation to Y
_MARRIED_TO_KIN = {"sister": "brother-in-law", "brother": "brother-in-law", "daughter": "son-in-law",
                   "son": "son-in-law", "mother": "father-in-law", "father": "father-in-law"}
_KIN_MARRIED_TO = {"sister": "brother-in-law", "brother": "brother-in-law", "daughter": "father-in-law",
                   "son": "father-in-law", "mother": "son-in-law", "father": "son-in-law"}
_MARRIAGE_KIN = "sister|brother|daughter|son|mother|father"
# "X is married to Y's sister" (Y a name or "the driver"), "X, whose sister is married to Y"
_MARRIED_TO = re.compile(rf"^\s*(?:,\s*who\s+)?(?:is|was|has been|had been)\s+married\s+to\s+(?P<other>.{{1,60}}?)['’]s\s+"
                         rf"(?P<rel>{_MARRIAGE_KIN})\b")
_MARRIED_DIRECT = re.compile(r"^\s*(?:,\s*who\s+)?(?:is|was|has been|had been)\s+married\s+to\s+")
_WHOSE_MARRIED = re.compile(rf"^\s*,\s*whose\s+(?:\w+\s+)?(?P<rel>{_MARRIAGE_KIN})\s+(?:is|was)\s+married\s+to\s+"
                            rf"(?P<other>.{{1,60}}?)(?=[,.;]|\s+(?:and|but|who|since|for)\b|$)")



def _marriage_relations(sent: Sentence, people: list[NameMention], holders: dict[str, set[int]]) -> list[RelationClaim]:
    """In-laws said through a marriage: "X is married to Y's sister" makes X Y's brother-in-law,
    "X, whose sister is married to the driver" makes X the driver's brother-in-law (the post
    naming the one person the story gives it). The in-law words are gender-free kinds here."""
    text, base = sent.text, sent.start
    out = []
    for person in people:
        rest = text[person.end - base:]
        for pattern, table in ((_MARRIED_TO, _MARRIED_TO_KIN), (_WHOSE_MARRIED, _KIN_MARRIED_TO)):
            match = pattern.match(rest)
            if match is None:
                continue
            other_text = match.group("other").strip()
            other = _named_or_post(other_text, person.end + match.start("other"), people, holders)
            if other is None or other == person.entity:
                continue
            out.append(RelationClaim(person.entity, f"{table[match.group('rel').lower()]} of", other, other_text,
                                     True, sent.article, sent))
        married = _MARRIED_DIRECT.match(rest)
        if married is None and _SUBJECT_APPOSED.fullmatch(text[:person.start - base]):
            married = re.match(r"\s*,\s*(?:is|was|has been|had been)\s+married\s+to\s+", rest)
        if married is not None and not _MARRIED_TO.match(rest):
            # "X is married to Y", "X, who is married to the conductor Y": spouses
            at = person.end + married.end()
            other = next((m for m in people if m.entity != person.entity and at <= m.start <= at + 40
                          and _SPOUSE_GAP.fullmatch(text[at - base:m.start - base])), None)
            if other is not None and not re.match(r"['’]s\b", text[other.end - base:]):
                out.append(RelationClaim(person.entity, "spouse of", other.entity, other.text, True, sent.article, sent))
    return out


# between "married to" and the spouse's name: "", "the conductor ", "the district attorney, "
# ("the hospital's medical director, Dr "; "Dr ": a courtesy title the recogniser left out of the name)
_SPOUSE_GAP = re.compile(r"(?:(?:the|a)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
                         r"|(?:the|a)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?")
# "The whistleblower, Dr Amir Hale, is married to": the name apposed to the sentence's subject
_SUBJECT_APPOSED = re.compile(r"(?:The|A|An)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?")


def _named_or_post(words: str, at: int, people: list[NameMention], holders: dict[str, set[int]]) -> int | None:
    """The person `words` (starting at text offset `at`) name: a person mention there, or "the
    driver" when the story gives that post to one person."""
    named = [m for m in people if at <= m.start < at + len(words)]
    if named:
        return named[0].entity
    return _post_holder(words, holders)


def _post_holder(words: str, holders: dict[str, set[int]]) -> int | None:
    """The one person the story gives the post that `words` name ("the driver", "the bus
    driver", "the farm's owner"), or None (no such post, or two people hold it)."""
    post = re.fullmatch(r"(?:the|their)\s+(?:[a-z]+(?:['’]s)?\s+){0,2}(?P<post>[a-z]+)", words.strip(), re.I)
    if post is None:
        return None
    held = holders.get(post.group("post").lower(), set())
    return next(iter(held)) if len(held) == 1 else None


# --------------------------------------------------------------------------- extraction
def _sentence_relations(
    sent: Sentence, names: list[NameMention], index: EntityIndex | None = None, holders=None
) -> list[RelationClaim]:
    text, base = sent.text, sent.start
    people = [m for m in names if m.type == "person"]
    out: list[RelationClaim] = []
    for match in _OF.finditer(text):
        rel = match.group("rel").lower()
        subject = _subject_before(text, base, people, match.start())
        if subject is None:
            continue
        mention, det = subject
        window_end = _window_end(text, match.end())
        ahead = [m for m in (people if rel in KIN else names) if match.end() <= m.start - base < window_end]
        candidates = [m for m in ahead if m.entity != mention.entity]
        if not candidates and ahead and rel in KIN:
            # "Miklas is the brother of Radu Miklas": a surname alone was resolved to the relative
            # named after it; it stands for the other bearer of that name the story knows
            mention = _namesake(mention, ahead[0], index) if index is not None else None
            if mention is None:
                continue
            candidates = ahead
        if not candidates and rel in KIN:
            # "the son of the airline's owner, Nils Berg": the other described, then named
            named = next((m for m in people if m.start - base >= window_end and m.entity != mention.entity), None)
            if named is not None and re.fullmatch(r",\s*", text[window_end:named.start - base]) and _DESCRIBED.fullmatch(
                    text[match.end():window_end]) and re.match(r"\s*(?:[,.;)]|$)", text[named.end - base:]):
                candidates = [named]
                window_end = named.end - base
        other = candidates[0] if candidates else None
        if other is not None and not _whole_other(text, match.end(), other, base, window_end, rel in KIN):
            if rel in ROLES:
                continue  # "head of the WHO emergencies programme" is not the head of the WHO
            other = None  # "daughter of the court reporter Nichols murdered": not Nichols
        definite = det not in _INDEFINITE and not match.group("plural") and not _PAST.search(
            text[mention.end - base:match.start()])
        other_text = other.text if other else text[match.end():window_end].strip()
        other_id = other.entity if other else None
        if other_id is None and rel in KIN and holders:
            # "the brother-in-law of the farm's owner": the one person the story calls the owner
            other_id = _post_holder(other_text, holders)
            if other_id == mention.entity:
                other_id = None
        out.append(RelationClaim(mention.entity, _relation(rel), other_id, other_text, definite, sent.article, sent))
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            claim = _adjacent(text[a.end - base:b.start - base], a, b, sent)
            if claim is not None:
                out.append(claim)
                break
    if len(people) >= 2 and not out and people[0].entity != people[1].entity:
        # the sentence's first person, then "his younger brother Jiri": of the first, the only
        # person named before the pronoun
        a, b = people[0], people[1]
        kin = _LATER_HIS.match(text[a.end - base:b.start - base])
        if kin is not None and not _names_a_noun(sent, a):
            out.append(RelationClaim(b.entity, _relation(kin.group("rel").lower()), a.entity, a.text,
                                     not kin.group("plural"), sent.article, sent))
    return out


def _names_a_noun(sent: Sentence, mention: NameMention) -> bool:
    """The name modifies a noun after it ("The Diamond Bar resident ... his wife"): the pronoun is
    the noun's, not the name's (ECB+ dev)."""
    from accord.compare.nlp import parse

    doc = parse([sent.text])[0]
    end = mention.end - sent.start
    last = next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)
    return last is not None and last.dep_ == "compound" and last.head.i > last.i


# "the airline's owner", "its founder", "the orchestra's principal conductor": a post, then the name
_DESCRIBED = re.compile(r"\s*(?:the|its|his|her|their)\s+(?:[A-Za-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*")


# "the driver's sister", "the mayor's eldest son": a relative named through the other's post
_POST_KIN = re.compile(rf"\b(?:the|their|its)\s+(?P<post>[a-z]+(?:\s+[a-z]+)?)['’]s\s+(?:[a-z]+\s+)?"
                       rf"(?P<rel>{_KIN_WORDS})\b(?!\s+(?:of|and|or)\b)", re.I)


def _post_relations(sent: Sentence, names: list[NameMention], holders: dict[str, set[int]]) -> list[RelationClaim]:
    """"X, the driver's sister", "X, who is the driver's sister", "the driver's sister, X": a
    relation to the one person the story gives that post. A post two people hold names no one."""
    text, base = sent.text, sent.start
    people = [m for m in names if m.type == "person"]
    out = []
    for match in _POST_KIN.finditer(text):
        post = match.group("post").lower().split()[-1]
        post = {"spokeswoman": "spokesman", "spokesperson": "spokesman"}.get(post, post)
        held = holders.get(post, set())
        if len(held) != 1:
            continue
        other = next(iter(held))
        subject = _subject_before(text, base, people, match.start())
        mention = subject[0] if subject is not None else None
        if mention is None:  # "the driver's sister, Ilse Veller," / "the driver's sister Ilse Veller"
            after = [m for m in people if m.start - base >= match.end()]
            if after and re.fullmatch(r"\s*,?\s*", text[match.end():after[0].start - base]):
                mention = after[0]
        if mention is None or mention.entity == other:
            continue
        lead = text[max(0, match.start() - 24):match.start()]
        definite = not _PAST.search(lead + match.group(0))
        out.append(RelationClaim(mention.entity, _relation(match.group("rel").lower()), other,
                                 f"the {match.group('post')}", definite, sent.article, sent))
    return out


def _adjacent(between: str, a: NameMention, b: NameMention, sent: Sentence) -> RelationClaim | None:
    """"Y's son X", "ORG spokesman X", "X, the ORG spokesman": two names with only the relation between."""
    if b.type == "person" and a.type != "place":
        match = _POSS.match(between) or (_PRE.match(between) if a.type == "organization" else None)
        if match is not None:
            rel = match.group("rel").lower()
            if rel in KIN and a.type != "person":
                return None
            lead = sent.text[max(0, a.start - sent.start - 24):a.start - sent.start]
            definite = not match.groupdict().get("plural") and not _PAST.search(lead + " " + between)
            return RelationClaim(b.entity, _relation(rel), a.entity, a.text, definite, sent.article, sent)
    if a.type == "person" and b.type == "person" and (kin := _AND_HIS.match(between) or _APPOSED_WHOSE.match(between)):
        return RelationClaim(b.entity, _relation(kin.group("rel").lower()), a.entity, a.text,
                             not kin.group("plural"), sent.article, sent)
    if a.type == "person" and b.type == "person" and re.fullmatch(r"\s*,\s*|\s*(?:,\s*\d{1,3}\s*,\s*)?(?:is|was)\s+", between):
        after = _KIN_AFTER.match(sent.text, b.end - sent.start)
        if after is not None:  # "Peter Zünd, Gassner's cousin, ...": X is Y's cousin
            definite = not after.group("plural") and not _PAST.search(after.group(0))
            return RelationClaim(a.entity, _relation(after.group("rel").lower()), b.entity, b.text, definite,
                                 sent.article, sent)
    if a.type == "person" and b.type == "organization":
        det = _APPOSITION.match(between)
        after = _ROLE_AFTER.match(sent.text, b.end - sent.start)
        if det is not None and after is not None:
            definite = det.group("det").lower() == "the" and not _PAST.search(between)
            rel = after.group("rel").lower()
            return RelationClaim(a.entity, _relation(rel), b.entity, b.text, definite, sent.article, sent)
    return None


def _namesake(mention: NameMention, relative: NameMention, index: EntityIndex) -> NameMention | None:
    """The person a lone surname stands for when it was resolved to the relative named next to
    it: the one other person of the story who bears that surname, preferably of this article."""
    if len(name_tokens(mention.text)) != 1:
        return None
    surname = name_tokens(mention.text)[0]
    bearers = [i for i, toks in enumerate(index.tokens)
               if i != relative.entity and index.entities[i].type == "person" and len(toks) > 1
               and toks[-1] == surname]
    local = [i for i in bearers if mention.article in index.entities[i].articles]
    for group in (local, bearers):
        if len(group) == 1:
            return replace(mention, entity=group[0])
    return None


def _whole_other(text: str, start: int, other: NameMention, base: int, window_end: int, kin: bool) -> bool:
    """The named side closes the phrase ("son of the famous commander Y", "spokesman for the Y").

    A relative may be described before the name; an organisation only takes "the".
    """
    before = text[start:other.start - base].strip().lower()
    after = text[other.end - base:window_end].strip()
    # "... Kemal Demir and will run": a new clause may follow, another name may not ("and Ali Demir")
    closed = after in ("", "'s", "’s") or re.match(r"(?:and|but)\s+[a-z]", after) is not None
    return (kin or before in ("", "the")) and closed


def _subject_before(text: str, base: int, people: list[NameMention], at: int):
    """The person named right before a relation noun, and the determiner between them."""
    before = [m for m in people if m.end - base <= at]
    if not before:
        return None
    mention = before[-1]
    gap = _GAP.match(text[mention.end - base:at])
    if gap is None:
        return None
    det = re.sub(r"\s+", " ", (gap.group("det") or "").lower())
    return mention, det


def _window_end(text: str, start: int) -> int:
    boundary = _BOUNDARY.search(text, start)
    if boundary is None:
        return len(text)
    return boundary.start() + (1 if boundary.group().startswith(" ") else 0)


def _relation(noun: str) -> str:
    return f"{_ROLE_NAME.get(noun, noun)} of"
