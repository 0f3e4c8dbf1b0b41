"""Start-up: keep what `accord` imports to what it uses (issue 18: a 3-second start).

Libraries that cost much to import for little that accord uses of them:

- scikit-learn: accord takes only its English stop-word list. Importing
  `sklearn.feature_extraction.text` loads scikit-learn, SciPy's statistics and more (1-5 s here);
  `ENGLISH_STOP_WORDS` below reads the list from scikit-learn's own file without importing the
  package (the same words, so nothing computed with them changes).
- torch, through spaCy: spaCy's thinc imports torch whenever it is installed (`thinc.compat`,
  8-11 s here), though en_core_web_sm runs without it. In the `accord` command's own process
  (`claim_process`, called by the CLI) `without_torch` hides torch from that import, so spaCy
  loads as it would where torch is not installed. A program that imports accord as a library is
  left alone: it may use torch through thinc itself.

- numpy.f2py and numpy.testing, through SciPy: `scipy.sparse` loads SciPy's array-API layer,
  which copies every public name of numpy (`from numpy import *`), so numpy imports its Fortran
  wrapper generator and its test helpers (with unittest, email, charset_normalizer: 0.13 s of
  the 0.2 s that importing scipy.sparse costs here, measured 2026-12-07). In the `accord`
  command's own process `without_numpy_extras` puts empty stand-ins in their place while SciPy
  imports, and takes them away after (a later `import numpy.testing` loads the real one).

What this does not do: change what any stage computes, or hide torch from anything but spaCy's
import (the torch encoder backend, ACCORD_ENCODER=torch, still loads it).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from contextlib import contextmanager
from pathlib import Path

_OWN_PROCESS = False


def claim_process() -> None:
    """Say that this process is the `accord` command's (see the module docstring)."""
    global _OWN_PROCESS
    _OWN_PROCESS = True


@contextmanager
def without_torch():
    """Inside: `import torch` fails as if torch were not installed, when this is the `accord`
    command's process, torch is not loaded yet, and the torch encoder was not asked for."""
    if not _OWN_PROCESS or "torch" in sys.modules or os.environ.get("ACCORD_ENCODER") == "torch":
        yield
        return
    sys.modules["torch"] = None  # the import system's "not installed" marker
    try:
        yield
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


# numpy's submodules that SciPy's array-API layer imports (see the module docstring) and that no
# stage uses; SciPy itself reads them only in its test helpers, at call time
_NUMPY_EXTRAS = ("f2py", "testing")


@contextmanager
def without_numpy_extras():
    """Inside, when this is the `accord` command's process and SciPy is not loaded yet:
    numpy.f2py and numpy.testing are empty stand-ins (wrap `from scipy import sparse` in it)."""
    if not _OWN_PROCESS or "scipy" in sys.modules:
        yield
        return
    import types

    import numpy

    stand_ins = {}
    for name in _NUMPY_EXTRAS:
        full = f"numpy.{name}"
        if full not in sys.modules:
            stand_ins[name] = sys.modules[full] = types.ModuleType(full, "not loaded (accord.startup)")
            setattr(numpy, name, stand_ins[name])
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(f"numpy.{name}") is module:
                del sys.modules[f"numpy.{name}"]
            if numpy.__dict__.get(name) is module:
                delattr(numpy, name)


def _english_stop_words() -> frozenset[str]:
    spec = importlib.util.find_spec("sklearn")  # finds the package without running it
    if spec and spec.submodule_search_locations:
        path = Path(list(spec.submodule_search_locations)[0]) / "feature_extraction" / "_stop_words.py"
        if path.is_file():
            file_spec = importlib.util.spec_from_file_location("_accord_sklearn_stop_words", path)
            module = importlib.util.module_from_spec(file_spec)
            file_spec.loader.exec_module(module)
            return frozenset(module.ENGLISH_STOP_WORDS)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as words  # another layout

    return frozenset(words)


# scikit-learn's English stop words (the Glasgow list), read without importing scikit-learn
ENGLISH_STOP_WORDS = _english_stop_words()
