"""Exact and near duplicates: the same article from two feeds, a reprint with other boilerplate.

MinHash over word 3-shingles estimates the Jaccard similarity of two texts (Broder 1997, "On the
resemblance and containment of documents"); locality-sensitive hashing over bands of the
signature finds the candidates without comparing all pairs (Leskovec, Rajaraman and Ullman,
"Mining of Massive Datasets", ch. 3, as datasketch's `MinHashLSH` does). Each candidate is then
checked against the Jaccard threshold on its signature. The signature is computed with numpy
over crc32 shingle hashes rather than with datasketch: datasketch's per-object permutation
set-up made it ~400 docs/s here, ~3 times slower than this, and the clustering stage has a budget
of a few milliseconds per article. Hashes are crc32, not Python's salted `hash`, so results do
not change from one run to the next.

What it does not do: it does not find partial reuse (a paragraph lifted into a longer article);
that is provenance's job (`accord.provenance`). Here two texts are duplicates when they are, as
wholes, (nearly) the same text.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict

import numpy as np

from accord import settings

_TOKEN = re.compile(r"\w+")
_PRIME = np.uint64((1 << 61) - 1)


class DuplicateIndex:
    """An online index of MinHash signatures; `add` returns the earlier near-duplicate, if any."""

    def __init__(
        self,
        *,
        threshold: float = settings.DUPLICATE_JACCARD,
        bands: int = settings.DUPLICATE_BANDS,
        rows: int = settings.DUPLICATE_ROWS,
        shingle: int = settings.DUPLICATE_SHINGLE,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
        if bands < 1 or rows < 1 or shingle < 1:
            raise ValueError(
                f"bands, rows and shingle must be >= 1, got {bands!r}, {rows!r}, {shingle!r}"
            )
        self.threshold = threshold
        self.bands = bands
        self.rows = rows
        self.shingle = shingle
        perms = bands * rows
        rng = np.random.RandomState(1)  # fixed seed: the same texts always get the same signature
        self._a = rng.randint(1, 2**31 - 1, perms).astype(np.uint64)
        self._b = rng.randint(0, 2**31 - 1, perms).astype(np.uint64)
        self._buckets: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(bands)]
        self._signatures: list[np.ndarray] = []
        self._exact: dict[bytes, int] = {}

    def signature(self, text: str) -> np.ndarray:
        return self._signature(_TOKEN.findall(text.lower()))

    def _signature(self, words: list[str]) -> np.ndarray:
        n = self.shingle
        shingles = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64)
        # one universal hash per permutation: (a * x + b) mod p, min over the shingles
        return ((self._a[:, None] * hashes[None, :] + self._b[:, None]) % _PRIME).min(axis=1)

    def add(self, text: str) -> tuple[int, float] | None:
        """Index `text` as the next item; returns (earlier item, Jaccard) of its best duplicate."""
        words = _TOKEN.findall(text.lower())
        # the exact-copy key: a digest, so the index does not keep every text of a feed
        key = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()
        position = len(self._signatures)
        sig = self._signature(words)
        self._signatures.append(sig)
        if key in self._exact:
            found: tuple[int, float] | None = (self._exact[key], 1.0)
        else:
            self._exact[key] = position
            found = self._best(sig)
        for band, bucket in enumerate(self._buckets):
            bucket[sig[band * self.rows : (band + 1) * self.rows].tobytes()].append(position)
        return found

    def _best(self, sig: np.ndarray) -> tuple[int, float] | None:
        candidates: set[int] = set()
        rows = self.rows
        for band, bucket in enumerate(self._buckets):
            candidates.update(bucket.get(sig[band * rows : (band + 1) * rows].tobytes(), ()))
        best: tuple[int, float] | None = None
        for other in sorted(candidates):
            jaccard = float(np.mean(self._signatures[other] == sig))
            if jaccard >= self.threshold and (best is None or jaccard > best[1]):
                best = (other, jaccard)
        return best
