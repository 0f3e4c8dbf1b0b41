"""Stories analysed in parallel processes, where that pays (issue 18).

`accord.analyze` hands its stories here when `worth_it` says so: at least two usable cores, at
least two stories and `settings.ANALYZE_PARALLEL_MIN_ARTICLES` articles, and no encoder given
by the caller (a caller's encoder, with its cache and counters, lives in the caller's process).
Each worker process analyses whole stories (`pipeline.analyze_story`) with its own encoder on
one ONNX Runtime thread and its own spaCy; the largest stories go first, so the two workers end
together; reports come back in the stories' order, and are the ones the sequential loop gives
(each story is analysed alone either way; encodings are per text).

Why processes: most of a story's analysis that is not the encoder is Python (spaCy's parse,
the comparisons), which one process runs on one core; the encoder alone already used both.

Workers are forked, which is cheap and shares the parent's imported modules; they are forked
only while this process has no ONNX Runtime session (its thread pool would not survive a fork),
otherwise the stories are analysed here, one after the other (torch's threads are no safer).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from accord import settings
from accord.types import Article, Story, StoryReport

_JOB: dict = {}  # what the forked workers read (inherited, not pickled)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def parse_process_pays() -> bool:
    """Does a parse process (accord.compare.nlp.start_helper) pay here? It runs on a core of its
    own: not on one core, nor with ACCORD_WORKERS=1 (one process, for comparisons and debugging)."""
    return usable_cores() >= 2 and os.environ.get("ACCORD_WORKERS") != "1"


def worth_it(stories: Sequence[Story], encoder) -> bool:
    from accord.embed import encoder as embed

    if encoder is not None or len(stories) < 2 or usable_cores() < 2:
        return False
    if os.environ.get("ACCORD_WORKERS") == "1":  # one process, for comparisons and debugging
        return False
    if embed._MODEL is not None or "fork" not in _start_methods():  # see the module docstring
        return False
    return sum(len(s.articles) for s in stories) >= settings.ANALYZE_PARALLEL_MIN_ARTICLES


def analyze_stories(
    jobs: Sequence[tuple[Story, list[Article]]],
    summary_words: int,
    done: Callable[[int], None],
) -> tuple[list[StoryReport], dict[str, float]]:
    """Each (story, its articles) analysed in a worker; the reports in the order of `jobs` and
    the stage seconds summed over the workers. `done(n)` after each story."""
    import multiprocessing

    workers = min(usable_cores(), int(os.environ.get("ACCORD_WORKERS") or usable_cores()), len(jobs))
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))  # largest first
    _JOB.update(jobs=jobs, words=summary_words)
    reports: list[StoryReport | None] = [None] * len(jobs)
    seconds: dict[str, float] = {}
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_init) as pool:
            for n, (i, report, timings) in enumerate(pool.imap_unordered(_one, order), 1):
                reports[i] = report
                for stage, s in timings.items():
                    seconds[stage] = seconds.get(stage, 0.0) + s
                done(n)
    finally:
        _JOB.clear()
    return reports, seconds


def _init() -> None:
    # two workers on two cores: one encoder thread each, or they would fight over the cores
    os.environ["ACCORD_ENCODER_THREADS"] = "1"
    # each worker imports spaCy for its parses: without spaCy's command line, which no parse
    # calls (~0.15-0.4 s of CPU a worker, 400 modules; as in the parse process)
    from accord.compare import nlp

    nlp._without_spacy_cli()


def _one(i: int):
    from accord.embed import Encoder
    from accord.pipeline import Timer, analyze_story

    story, members = _JOB["jobs"][i]
    timer = Timer()
    encoder = _JOB.setdefault("encoder", Encoder())  # one per worker, shared by its stories
    return i, analyze_story(story, members, encoder, _JOB["words"], timer), timer.seconds


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()
