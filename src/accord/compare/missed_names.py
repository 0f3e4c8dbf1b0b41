"""Names of the story's people in a sentence where the recogniser missed them.

The relation patterns (compare.relations) need both people of a sentence as entity mentions; the
small spaCy model misses unfamiliar names now and then ("Ilse Maranov's husband, ...", a family
name alone at a sentence's start: "Zünd is married to Gassner's sister"). `with_missed` adds
them: a full name that is exactly the name of one person of the story, and a family name alone
that one person of the article (else of the story) bears, other than the people the sentence
already names.

What it does not do: it finds no new people (only the story's known ones), and it resolves no
given name alone (compare.entities does, when it is unambiguous).
"""

from __future__ import annotations

import re

from accord.compare.entities import EntityIndex, NameMention
from accord.compare.names import name_tokens
from accord.types import Sentence

_SURNAME = re.compile(r"\b([A-Z][a-zà-ÿ][\w’'-]*?)(?:['’]s)?\b(?!\s+[A-Z])")
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+")


def with_missed(sent: Sentence, names: list[NameMention], index: EntityIndex) -> list[NameMention]:
    """The sentence's names, with full names of the story's people that the recogniser missed
    here ("Ilse Maranov's husband, ..."), in text order."""
    known = [(m.start, m.end) for m in names]
    extra = []
    for found in _FULL_NAME.finditer(sent.text):
        name = re.sub(r"['’]s$", "", found.group(0))
        start, end = sent.start + found.start(), sent.start + found.start() + len(name)
        if any(a < end and start < b for a, b in known):
            continue
        entity = index.lookup(name, sent.article)
        if entity is not None and index.entities[entity].name.lower() == name.lower():
            extra.append(NameMention(sent.article, sent.index, start, end, name, "person", entity))
            known.append((start, end))
    for found in _SURNAME.finditer(sent.text):
        # "Zünd is married to Gassner's sister": a family name alone, missed by the recogniser,
        # standing for the one person of the article (else of the story) who bears it
        start, end = sent.start + found.start(1), sent.start + found.end(1)
        if any(a < end and start < b for a, b in known):
            continue
        entity = _bearer(found.group(1), sent, {m.entity for m in [*names, *extra]}, index)
        if entity is not None:
            extra.append(NameMention(sent.article, sent.index, start, end, found.group(1), "person", entity))
    return sorted([*names, *extra], key=lambda m: m.start) if extra else names


def _bearer(surname: str, sent: Sentence, named: set[int], index: EntityIndex) -> int | None:
    """The one person of the article (else of the story) with this family name, other than the
    people the sentence names already ("Maranov's husband, Piet": Piet is not the Maranov meant)."""
    tokens = name_tokens(surname)
    if len(tokens) != 1:
        return None
    fits = [i for i, e in enumerate(index.entities) if e.type == "person" and i not in named
            and len(index.tokens[i]) >= 2 and index.tokens[i][-1] == tokens[0]]
    for group in ([i for i in fits if sent.article in index.entities[i].articles], fits):
        if len(group) == 1:
            return group[0]
    return None
