"""Entities of a story, grouped: which mentions are one person, organisation or place.

compare.entities reads the mentions; this groups them, per type:

- people: full names (two tokens or more) are merged when compare.names.same_person says they
  can be one person (Masood/Massoud, Anthony/Antony, Omarullah/Amrullah); a one-token mention
  ("Mujahid", "Mr. Blinken") stands for the full name whose surname it matches, looked up first
  in the same article, then in the whole story, and only when exactly one person fits;
- organisations and places: merged when their folded names are equal, when one is the acronym of
  the other (NRF / National Resistance Front, U.S. / United States) or when one adds a single
  word to the other (National Resistance Front / ... of Afghanistan);
- names a spinner changed (compare.spun_names) are joined to the names they replace.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from accord.compare.names import initials_fit, same_person, short_form_of, tokens_match

if TYPE_CHECKING:
    from accord.compare.entities import _Raw

_STOP = frozenset("the of and for in on at a an".split())

class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def group_people(raws: list[_Raw]) -> list[list[_Raw]]:
    full = [r for r in raws if len(r.tokens) >= 2]
    short = [r for r in raws if len(r.tokens) == 1]
    # distinct full names first: the pairwise test runs on names, not on mentions
    names = sorted({r.tokens for r in full})
    uf = _UnionFind(len(names))
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if same_person(names[i], names[j]):
                uf.union(i, j)
    _join_initials(names, uf)
    cluster_of = {n: uf.find(i) for i, n in enumerate(names)}
    groups: dict[object, list[_Raw]] = defaultdict(list)
    for r in full:
        groups[cluster_of[r.tokens]].append(r)
    in_article: dict[str, Counter] = defaultdict(Counter)
    for r in full:
        in_article[r.article][cluster_of[r.tokens]] += 1
    story = Counter(cluster_of[r.tokens] for r in full)
    loose: list[_Raw] = []
    for r in short:
        target = _resolve_short(r, in_article[r.article], names, cluster_of)
        if target is None:
            target = _resolve_short(r, story, names, cluster_of, require_unique=True)
        if target is None:
            target = _given_name_of(r, names, cluster_of)
        if target is None:
            loose.append(r)
        else:
            groups[target].append(r)
    # unresolved one-token names: one entity per spelling family
    for r in loose:
        key = next((k for k in groups if isinstance(k, tuple) and tokens_match(k[1], r.tokens[0])), None)
        groups[key or ("short", r.tokens[0])].append(r)
    return list(groups.values())


def _given_name_of(r: _Raw, names, cluster_of):
    """"Maranov's husband, Piet, ...": a given name alone stands for the one person of the story
    whose full name begins with it, when no one has it as a family name (else it is ambiguous)."""
    word = r.tokens[0]
    if any(n[-1] == word for n in names):
        return None
    fits = {cluster_of[n] for n in names if len(n) >= 2 and n[0] == word}
    return fits.pop() if len(fits) == 1 else None


def _join_initials(names: list[tuple[str, ...]], uf: _UnionFind) -> None:
    """"E. Haugland" joins "Eirik Haugland" when exactly one person of the story fits its initials
    (with an Erna Haugland named too, it stays apart: a wrong merge hides a dispute)."""
    for i, n in enumerate(names):
        if len(n) < 2 or not all(len(t) == 1 for t in n[:-1]):
            continue
        fits = {uf.find(j) for j, m in enumerate(names) if j != i and any(len(t) > 1 for t in m[:-1])
                and initials_fit(n, m)}
        if len(fits) == 1:
            uf.union(i, fits.pop())


def _resolve_short(r: _Raw, counts: Counter, names, cluster_of, require_unique: bool = False):
    candidates = Counter()
    for n in names:
        c = cluster_of[n]
        if c in counts and short_form_of(r.tokens, n):
            candidates[c] = counts[c]
    if len(candidates) == 1:
        return next(iter(candidates))
    if len(candidates) > 1 and not require_unique:
        # within one article the person named most often is the one the surname stands for
        (best, n1), (_, n2) = candidates.most_common(2)
        return best if n1 > n2 else None
    return None


def group_names(raws: list[_Raw]) -> list[list[_Raw]]:
    """Organisations or places: equal folded names, acronyms, one added word."""
    names = sorted({r.tokens for r in raws if r.tokens})
    uf = _UnionFind(len(names))
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if _same_name(names[i], names[j]):
                uf.union(i, j)
    groups: dict[int, list[_Raw]] = defaultdict(list)
    index = {n: i for i, n in enumerate(names)}
    for r in raws:
        if r.tokens:
            groups[uf.find(index[r.tokens])].append(r)
    return list(groups.values())


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ca = _joined_initials([t for t in a if t not in _STOP])
    cb = _joined_initials([t for t in b if t not in _STOP])
    if ca == cb:
        return True
    for x, y in ((ca, cb), (cb, ca)):
        if len(x) == 1 and len(y) >= 2 and x[0] == "".join(t[0] for t in y):
            return True  # acronym: NRF, NRFA, US
    sx, sy = set(ca), set(cb)
    small, big = (sx, sy) if len(sx) <= len(sy) else (sy, sx)
    return len(small) >= 2 and small < big and len(big - small) == 1


def _joined_initials(tokens: list[str]) -> list[str]:
    """"U.S." folds to ["u", "s"]: read it as the one token "us"."""
    return ["".join(tokens)] if len(tokens) > 1 and all(len(t) == 1 for t in tokens) else tokens


def join_linked(groups: list[list[_Raw]], links: list[tuple[_Raw, _Raw]]) -> list[list[_Raw]]:
    """Groups holding two mentions that a spin aligns (compare.spun_names) become one; its type
    is the one most of its mentions carry."""
    if not links:
        return groups
    where = {id(r): g for g, group in enumerate(groups) for r in group}
    uf = _UnionFind(len(groups))
    for a, b in links:
        if id(a) in where and id(b) in where:
            uf.union(where[id(a)], where[id(b)])
    joined: dict[int, list[_Raw]] = defaultdict(list)
    for g, group in enumerate(groups):
        joined[uf.find(g)].extend(group)
    out = []
    for group in joined.values():
        label = Counter(r.label for r in group).most_common(1)[0][0]
        out.append(sorted(group, key=lambda r: r.label != label))  # group[0] carries the type
    return out


def best_name(group: list[_Raw]) -> str:
    """The fullest form, the most frequent among the fullest."""
    longest = max(len(r.tokens) for r in group)
    counts = Counter(r.text for r in group if len(r.tokens) == longest)
    return counts.most_common(1)[0][0]
