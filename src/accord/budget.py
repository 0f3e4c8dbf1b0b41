"""A time budget per input record: a record that takes too long is rejected alone, the batch goes on.

    with budget.limit("feed.xml#entry 3", settings.INGEST_RECORD_SECONDS):
        article = html_article(...)      # raises OverBudget (an InputError) past the budget

Every stage is meant to be linear in its input (issue 20 removed the patterns that were not);
the budget is the backstop for what an audit missed, so one hostile record costs seconds, not
hours. It counts CPU time (ITIMER_PROF, SIGPROF), not wall time: on a busy machine a record
waiting for a core is not charged (with wall time, make fuzz at load average 27 rejected records
that had done a fraction of a second of work). The regular-expression engine and the
interpreter check for the signal while they run, so it stops a runaway pattern; code in C that
never returns to the interpreter (an lxml parse) is stopped when it does. Waiting (a read that
blocks) is not charged: FIFOs are skipped by directory walking, network reads have their own
deadlines (FETCH_TOTAL_SECONDS).

What it does not do: work outside the main thread or on platforms without SIGPROF (there it
does nothing, and linear code is the only guard); nest (an inner limit inside an outer one is
governed by the outer).
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

from accord.errors import InputError

_active = False
RETRY_SECONDS = 0.25  # the alarm again, while the block runs on past its budget


class OverBudget(InputError):
    """Reading or cleaning one record took longer than its budget."""


@contextmanager
def limit(source: str, seconds: float, stage: str = "ingest"):
    """Raise OverBudget naming `source` if the block runs longer than `seconds`."""
    global _active
    if _active or seconds <= 0 or not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        verb = "clean" if stage == "clean" else "read"
        raise OverBudget(source, f"took over {seconds:g} s of CPU to {verb} (settings.INGEST_RECORD_SECONDS): "
                                 "skipped, the rest goes on", stage)

    previous = signal.signal(signal.SIGPROF, expire)
    _active = True
    # then again every RETRY_SECONDS until the block is left: an exception raised inside a
    # finalizer or a gc callback is printed and ignored, and a single alarm landing there let a
    # runaway record go on (make fuzz: a 3 s budget, a 9.2 s example)
    signal.setitimer(signal.ITIMER_PROF, seconds, RETRY_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        _active = False
