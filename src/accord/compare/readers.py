"""compare's readers, as the claims stage reuses them to check two aligned sentences against each
other (accord.claims.agree): what one sentence states, read exactly as compare reads it, and the
tests compare pairs its readings with, without compare's own "same thing" tests (the alignment
of the two sentences stands for those there).

What it does not do: no reading of its own; each function names the module whose reading it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from accord.compare.context import StoryContext
from accord.types import Sentence


@dataclass(frozen=True)
class Readings:
    """What `compare_story` read once and the claims stage reads again: the story's context, its
    merged people (compare.entities.EntityIndex), the posts beside their names (compare.roles.posts_of)
    and the relations between them (compare.relation_reading.find_relations)."""

    context: StoryContext
    index: object
    posts: Mapping[int, list]
    relations: tuple = ()


def may_oppose(text: str) -> bool:
    """Does the sentence carry a cue of a denial or of a verb with an antonym, without which
    neither compare.negation nor compare.polarity reads a claim that can oppose another?"""
    from accord.compare.happening_words import PHRASINGS
    from accord.compare.negation import _CUE as DENIAL
    from accord.compare.polarity import _CUE as NEGATION

    return bool(DENIAL.search(text) or NEGATION.search(text) or PHRASINGS.search(text))


def said_claims(sentences: Sequence[Sentence]) -> list:
    """compare.negation's claims (negation.Said) of any verb or state, of `sentences`."""
    from accord.compare.negation import _read

    return _read(list(sentences))


def polar_claims(sentences: Sequence[Sentence]) -> list:
    """compare.polarity's claims (polarity.Polar) of the verbs of happenings, of `sentences`."""
    from accord.compare.polarity import _claims

    return _claims(list(sentences))


def said_opposed(denial, statement) -> bool:
    """Does `statement` state the doing `denial` denies (compare.negation: one verb by its forms,
    no antonym, no words of change such as "no longer" or "yet" in either), of the same thing?
    The thing: one head noun it is done to, else of the one who does it, or a name both write."""
    from accord.compare.negation import _changed, _same_doing

    if not denial.negated or statement.negated or denial.future or statement.stance:
        return False
    if (denial.partial and not denial.sweeping) or not _same_doing(denial, statement):
        return False  # "two ships did not dock" says nothing of a third
    if _changed(denial.modifiers, statement.modifiers, None, None):
        return False
    if denial.comp and statement.comp and denial.comp != statement.comp:
        return False  # "ruled out raising rates" / "did not rule out cutting rates"
    return bool((denial.patient and denial.patient == statement.patient) or (denial.names & statement.names) or (
        not denial.patient and not statement.patient and denial.agent and denial.agent == statement.agent))


def polar_opposed(a, b) -> bool:
    """Do two compare.polarity claims oppose (one verb negated on one side only, or antonyms:
    admit / deny) of the same one (one head noun or name, or a denial of anybody)? Neither said of
    the future, nor a denial of part of a kind."""
    from accord.compare.polarity import _opposed

    if a.future or b.future or (a.negated and a.some) or (b.negated and b.some) or not _opposed(a, b):
        return False
    return bool(a.anyone or b.anyone or (a.about and a.about == b.about) or (a.name and a.name == b.name))


def kin_kinds(claims) -> list[tuple[str, int, int, int, str]]:
    """(article, sentence start, person, other person, kind) of each relation claim
    (compare.relation_reading) between two named people, with the pair in one order and the kind
    turned to match ("X, the son of Y" and "Y, the mother of X" give one pair and one kind)."""
    from accord.compare.relations import _CONVERSE, _KIND

    out = []
    for c in claims:
        kind = _KIND.get(c.relation.split()[0])
        if kind is None or c.other is None or c.other == c.subject:
            continue
        x, y = sorted((c.subject, c.other))
        out.append((c.article, c.sentence.start, x, y, kind if x == c.subject else _CONVERSE.get(kind, kind)))
    return out


def posts_disagree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two sentences give one person posts that cannot both be held, as compare.roles judges
    posts (each sentence's own posts held together)?"""
    from accord.compare.roles import _held_together, _same_post

    sides: dict[str, list] = {}
    for title, where in [*((t, "a") for t in a), *((t, "b") for t in b)]:
        key = next((k for k in sides if _same_post(k, title)), None)
        sides.setdefault(key or title, []).append((title, where, None))
    return len(sides) >= 2 and len(_held_together(sides)) >= 2


def may_place(text: str) -> bool:
    """Does the sentence carry a bearing's words, without which compare.places reads none in it?"""
    from accord.compare.places import _DIRECTION

    return _DIRECTION.search(text) is not None


def bearings_apart(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Are two bearings (degrees) far enough apart to place one thing differently (compare.places)?"""
    from accord import settings
    from accord.compare.places import _apart

    return _apart(x, y) >= settings.PLACE_CONFLICT_DEGREES
