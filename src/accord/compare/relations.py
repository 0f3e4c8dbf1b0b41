"""Discrepancies of relations between people: articles that attach one relation to different
people, or give one pair of people different relations (the claims: compare.relation_reading).

A "relation" discrepancy is raised when articles give the same family relation to the same
other person (son of Y) to people who are clearly different (no name token in common), when no
article gives it to both (then they are siblings, colleagues), and only for definite claims
("the son of", not "a son of" or "one of the sons of"). A person with two clearly different named parents of the
same kind (son of Y1 / son of Y2) is flagged too, and so is one pair of people given two kinds
of relation ("X, the son of Y" / "X is Y's nephew"; an indefinite claim counts there). A role
given to clearly different people ("Interior Ministry spokesman A" / "... spokesman B") is a
"name" discrepancy: another name for the same spokesman. Past holders ("the late leader",
"former spokesman") conflict with no one. A relative who is not named supports the named
relation of the same person elsewhere in the story, and never creates a conflict by itself.
"""

from __future__ import annotations

from collections import defaultdict

from accord.compare.context import StoryContext
from accord.compare.entities import EntityIndex
from accord.compare.events import side_claim
from accord.compare.names import clearly_different
from accord.compare.relation_reading import KIN, RelationClaim, find_relations
from accord.types import Claim, Discrepancy, Mention

__all__ = ["KIN", "RelationClaim", "find_relations", "relation_discrepancies"]


def relation_discrepancies(ctx: StoryContext, index: EntityIndex, holders=None, read=None) -> tuple[Discrepancy, ...]:
    """Relations that articles attach to clearly different people (see module docstring); `read`:
    the story's relation claims when found already (`find_relations`)."""
    claims = _attach_unnamed(find_relations(ctx, index, holders) if read is None else read)
    found: list[Discrepancy] = []
    by_other: dict[tuple[str, int], list[RelationClaim]] = defaultdict(list)
    by_subject: dict[tuple[str, int], list[RelationClaim]] = defaultdict(list)
    for c in claims:
        if c.other is not None and c.other != c.subject:
            by_other[(c.relation, c.other)].append(c)
            if c.relation.split()[0] in KIN:
                by_subject[(c.relation, c.subject)].append(c)
    for (relation, other), group in by_other.items():
        if _conflict(group, "subject", index):
            about = f"who is the {relation} {index.entities[other].name}"
            # a role held by another person is another name for the role-holder: kind "name"
            kind = "relation" if relation.split()[0] in KIN else "name"
            found.append(Discrepancy(kind, about, _claims(group, "subject", index)))
    for (relation, subject), group in by_subject.items():
        if index.entities[subject].type == "person" and _conflict(group, "other", index):
            about = f"whose {relation.split()[0]} {index.entities[subject].name} is"
            found.append(Discrepancy("relation", about, _claims(group, "other", index)))
    found += _kin_disputes(claims, index)
    return tuple(found)


# kin words as gender-free kinds, each with its converse: "X is the son of Y" and "Y is X's
# father" say one thing; "X, a sister of Y" and "Y's husband, X" cannot both hold
_KIND = {
    "son": "child", "daughter": "child", "stepson": "child", "stepdaughter": "child",
    "father": "parent", "mother": "parent", "stepfather": "parent", "stepmother": "parent",
    "brother": "sibling", "sister": "sibling", "wife": "spouse", "husband": "spouse", "spouse": "spouse",
    "widow": "spouse", "widower": "spouse", "nephew": "nibling", "niece": "nibling",
    "uncle": "pibling", "aunt": "pibling", "cousin": "cousin", "grandson": "grandchild",
    "granddaughter": "grandchild", "grandfather": "grandparent", "grandmother": "grandparent",
    "sibling": "sibling",  # "X and Y are siblings" (compare.kin_parse)
    "half-brother": "sibling", "half-sister": "sibling", "stepbrother": "sibling", "stepsister": "sibling",
    "twin": "sibling", "godfather": "godparent", "godmother": "godparent", "godson": "godchild",
    "goddaughter": "godchild", "fiance": "partner", "fiancé": "partner", "fiancee": "partner",
    "fiancée": "partner", "girlfriend": "partner", "boyfriend": "partner",
}
_CONVERSE = {"child": "parent", "parent": "child", "nibling": "pibling", "pibling": "nibling",
             "grandchild": "grandparent", "grandparent": "grandchild", "godchild": "godparent",
             "godparent": "godchild",
             "child-in-law": "parent-in-law", "parent-in-law": "child-in-law"}
# relations by marriage, read from "X is married to Y's sister" / "X, whose sister is married to Y"
_KIND.update({"brother-in-law": "sibling-in-law", "sister-in-law": "sibling-in-law",
              "son-in-law": "child-in-law", "daughter-in-law": "child-in-law",
              "father-in-law": "parent-in-law", "mother-in-law": "parent-in-law"})


def _kin_disputes(claims: list[RelationClaim], index: EntityIndex) -> list[Discrepancy]:
    """One pair of people given different family relations by different articles: "X, the son
    of Y" / "X is the brother of Y" / "Y's nephew X" / "X, a grandson of Y". Relations are read
    both ways (X son of Y = Y parent of X), so "Y's husband, X" meets "X, a sister of Y". An
    indefinite claim counts here ("a nephew of Y" is still a nephew): one pair has one
    relation. No dispute when an article gives both kinds (a stepson who is also a nephew)."""
    by_pair: dict[tuple[int, int], list[tuple[str, RelationClaim]]] = defaultdict(list)
    for c in claims:
        word = c.relation.split()[0]
        if c.other is None or c.other == c.subject or word not in _KIND:
            continue
        if index.entities[c.subject].type != "person" or index.entities[c.other].type != "person":
            continue
        kind = _KIND[word]
        pair = (c.subject, c.other)
        if c.subject > c.other:
            pair, kind = (c.other, c.subject), _CONVERSE.get(kind, kind)
        by_pair[pair].append((kind, c))
    out = []
    for (subject, other), group in by_pair.items():
        kinds: dict[str, set[str]] = defaultdict(set)
        for kind, c in group:
            kinds[kind].add(c.article)
        if len(kinds) < 2 or any(a & b for a, b in _pairs(list(kinds.values()))):
            continue
        sides: dict[str, list[RelationClaim]] = defaultdict(list)
        for kind, c in sorted(group, key=lambda kc: not kc[1].named):
            sides[kind].append(c)
        claims_out = tuple(
            side_claim(_said(cs[0], subject), (_mention(c) for c in cs))
            for cs in sorted(sides.values(), key=lambda cs: -len({c.article for c in cs})))
        about = f"how {index.entities[subject].name} is related to {index.entities[other].name}"
        out.append(Discrepancy("relation", about, claims_out))
    return out


def _said(c: RelationClaim, subject: int) -> str:
    """The relation of the pair's first person, as the article words it ("nephew"), or read back
    from the other's ("child (the other is the father)")."""
    word = c.relation.split()[0]
    if c.subject == subject:
        return word
    kind = _KIND[word]
    return f"{_CONVERSE.get(kind, kind)} (the other is the {word})"


def _pairs(items: list) -> list[tuple]:
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1:]]


def _attach_unnamed(claims: list[RelationClaim]) -> list[RelationClaim]:
    """An unnamed relative stands for the one named relative of that person, when there is one."""
    named: dict[tuple[int, str], set[int]] = defaultdict(set)
    for c in claims:
        if c.other is not None:
            named[(c.subject, c.relation)].add(c.other)
    out = []
    for c in claims:
        if c.other is None:
            others = named.get((c.subject, c.relation), set())
            if len(others) != 1:
                continue  # unknown: supports nothing, contradicts nothing
            c = RelationClaim(c.subject, c.relation, next(iter(others)), c.other_text, c.definite,
                              c.article, c.sentence, named=False)
        out.append(c)
    return out


# --------------------------------------------------------------------------- conflicts
def _conflict(group: list[RelationClaim], side: str, index: EntityIndex) -> bool:
    """Two definite claims, in different articles, naming clearly different people on `side`."""
    holders: dict[int, set[str]] = defaultdict(set)
    for c in group:
        holders[getattr(c, side)].add(c.article)
    if len(holders) < 2:
        return False
    definite: dict[int, set[str]] = defaultdict(set)
    for c in group:
        if c.definite:
            definite[getattr(c, side)].add(c.article)
    ids = sorted(definite)
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            # an article that gives the relation to both says they share it: no conflict
            if holders[x] & holders[y]:
                continue
            if clearly_different(index.tokens[x], index.tokens[y]):
                return True
    return False


def _claims(group: list[RelationClaim], side: str, index: EntityIndex) -> tuple[Claim, ...]:
    by_value: dict[int, list[RelationClaim]] = defaultdict(list)
    for c in sorted(group, key=lambda c: not c.named):  # sentences naming both sides first
        by_value[getattr(c, side)].append(c)
    return tuple(
        side_claim(index.entities[entity].name, (_mention(c) for c in cs))
        for entity, cs in sorted(by_value.items(), key=lambda kv: -len({c.article for c in kv[1]})))


def _mention(c: RelationClaim) -> Mention:
    return Mention(c.article, c.sentence.start, c.sentence.end, c.sentence.text)
