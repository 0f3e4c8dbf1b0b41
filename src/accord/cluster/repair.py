"""The passes that repair, on a finished heap, what streaming clustering decided too early.

`cluster.online.StoryClusterer` places each article as it comes; these three passes run once
the heap is whole (`RepairPasses`, which the clusterer inherits):

- `refine` moves each article to the story it fits best, its own contribution removed
  (k-means style);
- `split` cuts a story whose members fall into two groups (a second event of one kind that
  joined the first event's story before it had articles of its own), tested by parallel
  analysis (Horn 1965) on the members' centred vectors (`_bisect_if_two`);
- `vote` moves each article to the story its nearest articles are in (a piece of one event that
  formed early rejoins the event's main story, which the size penalty kept out of reach).

What it does not do: no merging of two stories, and no pass over a heap still growing (the
watch loop places new articles with `StoryClusterer.add` only).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np

from accord import settings
from accord.cluster.features import FIELDS
from accord.startup import without_numpy_extras

with without_numpy_extras():  # SciPy without numpy.f2py and numpy.testing (issue 18)
    from scipy import sparse

_BLOCK = 32  # members whose neighbours are searched at once (`_neighbours`)


class RepairPasses:
    """refine, split and vote, over the state of a `cluster.online.StoryClusterer` (its
    articles, vectors, stories, weights and index, and the moves it makes between stories)."""

    def refine(self, rounds: int = settings.CLUSTER_REFINE_ROUNDS) -> int:
        """Move each article to its best story, its own contribution removed (k-means style).

        Streaming decides with what it has seen so far, so an early article can sit in a story
        that later evidence shows is the wrong one; on a finished heap a few reassignment passes
        repair much of that (+0.03 mean BCubed F1 on the dev data). Duplicates stay with
        the article they copy. Returns how many moves were made.
        """
        self._reindex()
        moved = 0
        for _ in range(rounds):
            moved_now = 0
            for position, vectors in enumerate(self.vectors):
                if position in self.copy_of:
                    continue
                current = self.story_of[position]
                story = self.states[current]
                story.move(vectors, -1.0)
                published = self.articles[position].published
                own = self.score(vectors, story) if story.voices else -1.0
                best, score = self.best_story(vectors, published, around=current)
                if best is not None and best != current and score > max(own, self.threshold):
                    self._transfer(position, current, best)
                    moved_now += 1
                else:
                    story.move(vectors, +1.0)
            moved += moved_now
            if not moved_now:
                break
        return moved

    def split(
        self,
        ratio: float = settings.CLUSTER_SPLIT_RATIO,
        separation: float = settings.CLUSTER_SPLIT_SEPARATION,
        family: float = settings.CLUSTER_SPLIT_FAMILY,
        min_size: int = settings.CLUSTER_SPLIT_MIN,
        max_size: int = settings.CLUSTER_SPLIT_MAX,
    ) -> int:
        """Cut in two each story whose members fall into two groups; returns how many were cut.

        A second event of one kind can join the first one's story early and then hold together
        (its articles clear the join bar of the merged centroid). Within such a story the
        vectors centred on the story's mean point two ways: the story is bisected (spherical
        2-means on the centred vectors, seeded by their top principal direction) and cut when
        the top eigenvalue of the centred members' Gram matrix is at least `ratio` times its
        mean over copies with each term's weights shuffled among the members (parallel
        analysis, Horn 1965: a single event's members differ in terms that do not co-occur, so
        shuffling barely lowers it), and when the halves' mean cross similarity is at most
        `separation` times their mean similarity within (a significant cut can still be a
        shallow one: groups of reprints within one big story). That depth is measured over
        family heads: a member at least `family` similar to an earlier one is a reprint with
        edits of it and does not count again. Stories of fewer than
        `min_size` or more than `max_size` voices are left as they are (work per story is
        max_size^2 x its vocabulary).
        Run `refine` afterwards to let members settle. Deterministic (fixed random seed).
        """
        cut = 0
        for number in range(len(self.states)):
            members = [p for p in self.states[number].members if p not in self.copy_of]
            if not min_size <= len(members) <= max_size:
                continue
            matrix = self._matrix(members)
            gram = matrix @ matrix.T  # rows are unit length: entries are the members' similarities
            half = _bisect_if_two(matrix, gram, ratio, separation, _heads(gram, family))
            if half is None:
                continue
            new = self._open()
            for p, side in zip(members, half):
                if side:
                    self._relocate(p, number, new)
            cut += 1
        return cut

    def vote(
        self,
        neighbours: int = settings.CLUSTER_VOTE_NEIGHBOURS,
        rounds: int = settings.CLUSTER_VOTE_ROUNDS,
        pool: int = settings.CLUSTER_VOTE_POOL,
    ) -> int:
        """Move each article to the story most of its nearest articles are in; returns the moves.

        `refine` compares an article with story centroids, whose pull grows with the story's
        size (hence the size penalty); a piece of an event that formed early keeps its members
        even when each of them is closer to articles of the event's main story than to its own.
        Here each article's `neighbours` most similar other articles vote for their stories, each
        with its similarity, and the article moves when another story outvotes its own
        (k-nearest-neighbour label propagation; Zhu and Ghahramani 2002). Similarity is that of
        `similarity` between two articles, and only neighbours at least as similar as the join
        threshold vote, so a lone article stays alone; a story outside the time window
        of the article's date gets no votes. Neighbours are searched only in the article's story
        and in the candidate stories of the block of its story's members searched with it
        (`_neighbours`), never over the whole heap. Duplicates neither vote nor move on their
        own: they follow the article they copy. Deterministic; stops early when a round moves
        nothing.
        """
        for name, value, least in (("neighbours", neighbours, 1), ("rounds", rounds, 0),
                                   ("pool", pool, 1)):
            if value < least:
                raise ValueError(f"{name} must be >= {least}, got {value!r}")
        if not rounds:
            return 0
        self._reindex()
        # the join threshold without the size penalty: a vote is between articles, and on a
        # small heap (few documents to weigh terms by) pairs of one event score low
        graph = self._neighbours(neighbours, pool, self.threshold)
        moved = 0
        for _ in range(rounds):
            moved_now = 0
            for position in sorted(graph):  # arrival order
                current = self.story_of[position]
                published = self.articles[position].published
                votes: dict[int, float] = defaultdict(float)
                for other, weight in graph[position]:
                    number = self.story_of[other]
                    if number == current or self._alive(self.states[number], published):
                        votes[number] += weight
                best = max(votes, key=lambda n: (votes[n], n == current, -n), default=current)
                if best != current and votes[best] > votes.get(current, 0.0):
                    self._relocate(position, current, best)
                    moved_now += 1
            moved += moved_now
            if not moved_now:
                break
        return moved

    def _neighbours(self, k: int, pool: int, floor: float) -> dict[int, list[tuple[int, float]]]:
        """Each original article's `k` most similar other originals among the searched stories,
        scoring >= `floor`, in stories within the time window of the article's date.

        Searched story by story, `_BLOCK` members (in arrival order) at a time: a block is
        compared at once with the members of its story and of its members' candidate stories,
        each story offering at most `pool` members, those nearest the block in arrival order.
        Per article that is at most (1 + _BLOCK x `self.max_candidates`) x `pool` pairs, plus
        its `candidates` lookup, whatever the size of the heap or of its stories; a block's
        similarities are one dense array of that many floats (32 x 64,200 at most, ~16 MB).
        """
        originals = [p for p in range(len(self.vectors)) if p not in self.copy_of]
        row_of = {p: i for i, p in enumerate(originals)}
        story_of_row = np.array([self.story_of[p] for p in originals], dtype=np.int64)
        fields = [f for f in FIELDS if self.weights[f]]
        units = {f: self._field_matrix(originals, f) for f in fields}
        present = {f: (units[f].getnnz(axis=1) > 0).astype(float) for f in fields}
        rows_of_story = {
            number: np.array(sorted(row_of[p] for p in state.members if p in row_of), dtype=np.int64)
            for number, state in enumerate(self.states)
            if state.voices
        }
        graph: dict[int, list[tuple[int, float]]] = {}
        for number, own in rows_of_story.items():
            for start in range(0, len(own), _BLOCK):
                block = own[start : start + _BLOCK]
                numbers = {number}
                for row in block:
                    position = originals[row]
                    numbers.update(self.candidates(self.vectors[position],
                                                   self.articles[position].published, around=number))
                middle = int(np.median(block))
                parts = []
                for n in sorted(numbers):
                    rows = rows_of_story[n]
                    if len(rows) > pool:  # the members nearest the block in arrival order
                        rows = rows[np.argsort(np.abs(rows - middle), kind="stable")[:pool]]
                    parts.append(rows)
                near = np.unique(np.concatenate(parts))
                near_story = story_of_row[near]
                # as `similarity`: the weighted mean of the cosines of fields present on both sides
                total = np.zeros((len(block), len(near)))
                used = np.zeros_like(total)
                for f in fields:
                    total += self.weights[f] * (units[f][block] @ units[f][near].T).toarray()
                    used += self.weights[f] * np.outer(present[f][block], present[f][near])
                sims = np.divide(total, used, out=np.zeros_like(total), where=used > 0)
                in_window: dict[dt.date, np.ndarray] = {}  # a block's members share few dates
                for row, line in zip(block, sims):
                    keep = (line >= floor) & (near != row)
                    published = self.articles[originals[row]].published
                    if published is not None:  # other members' candidates may be out of its window
                        if published not in in_window:
                            window = [n for n in numbers
                                      if n == number or self._alive(self.states[n], published)]
                            in_window[published] = np.isin(near_story, window)
                        keep &= in_window[published]
                    found, scores = near[keep], line[keep]
                    order = np.lexsort((found, -scores))[:k]
                    graph[originals[row]] = [(originals[found[i]], float(scores[i])) for i in order]
        return graph

    def _field_matrix(self, members: list[int], field: str) -> sparse.csr_matrix:
        """Members' unit vectors of one field as rows (an empty field is a row of zeros)."""
        columns: dict[str, int] = {}
        indptr, indices, data = [0], [], []
        for p in members:
            for t, w in getattr(self.vectors[p], field).items():
                indices.append(columns.setdefault(t, len(columns)))
                data.append(w)
            indptr.append(len(indices))
        return sparse.csr_matrix((data, indices, indptr), shape=(len(members), len(columns)))

    def _matrix(self, members: list[int]) -> np.ndarray:
        """Members' sub-vectors side by side as a dense array (the split test's Gram matrix),
        each field scaled by the square root of its share of the weights of the fields the
        member has: unit rows, but for a member with no weighted field (zeros)."""
        fields = [f for f in FIELDS if self.weights[f]]
        used = np.array([sum(self.weights[f] for f in fields if getattr(self.vectors[p], f))
                         for p in members], dtype=float)
        blocks = []
        for f in fields:
            scale = np.sqrt(np.divide(self.weights[f], used, out=np.zeros_like(used), where=used > 0))
            blocks.append(sparse.diags(scale) @ self._field_matrix(members, f))
        return sparse.hstack(blocks, format="csr").toarray()


def _bisect_if_two(matrix: np.ndarray, gram: np.ndarray, ratio: float, separation: float,
                   heads: np.ndarray, shuffles: int = 10) -> list[bool] | None:
    """The two halves of `matrix`'s rows (True: the second) when they are two groups, else None.

    `gram` is `matrix @ matrix.T`; `heads` marks the rows the depth of the cut is measured over
    (see `StoryClusterer.split`). The cheap depth check runs before the shuffled copies.
    """
    centred = matrix - matrix.mean(axis=0)
    values, vecs = np.linalg.eigh(centred @ centred.T)
    unit = centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    side = vecs[:, -1] > 0
    for _ in range(20):  # spherical 2-means from the top principal direction
        if side.all() or not side.any():
            return None
        means = [unit[side == k].sum(axis=0) for k in (False, True)]
        means = [m / max(np.linalg.norm(m), 1e-12) for m in means]
        new = unit @ means[1] > unit @ means[0]
        if (new == side).all():
            break
        side = new
    # deep: the halves far apart (a big story of one event has real structure, e.g. groups of
    # reprints, that a shuffle lacks but a reader would not cut)
    a, b = side & heads, ~side & heads
    if min(int(a.sum()), int(b.sum())) < 2:
        return None
    if gram[np.ix_(a, b)].mean() > separation * 0.5 * (_within(gram, a) + _within(gram, b)):
        return None
    # significant: more structure than in copies with each term shuffled among the members
    rng = np.random.default_rng(0)
    null = 0.0
    for _ in range(shuffles):
        shuffled = np.take_along_axis(centred, rng.random(centred.shape).argsort(axis=0), axis=0)
        null += np.linalg.eigvalsh(shuffled @ shuffled.T)[-1] / shuffles
    if null <= 0.0 or values[-1] < ratio * null:
        return None
    return [bool(x) for x in side]


def _heads(gram: np.ndarray, level: float) -> np.ndarray:
    """Which rows head a family: those not `level` similar to an earlier head (reprints are not)."""
    heads: list[int] = []
    for i in range(len(gram)):
        if all(gram[i, h] < level for h in heads):
            heads.append(i)
    mask = np.zeros(len(gram), dtype=bool)
    mask[heads] = True
    return mask


def _within(gram: np.ndarray, mask: np.ndarray) -> float:
    """Mean similarity of two different rows among those of `mask` (at least 2)."""
    k = int(mask.sum())
    sub = gram[np.ix_(mask, mask)]
    return float((sub.sum() - np.trace(sub)) / (k * (k - 1)))
