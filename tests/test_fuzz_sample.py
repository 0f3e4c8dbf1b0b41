"""A sample of `make fuzz` (fuzz/run.py): generated hostile inputs of every kind through load,
segment, analyze and every output format, with the real encoder. The full run (>= 10,000
inputs) is `make fuzz`; this sample keeps each kind and check in the suite, seeded."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))

import run as fuzz_run  # noqa: E402  (fuzz/ is not a package)


def test_fuzz_sample_no_crash_no_hang_no_record_lost(encoder):
    tally = fuzz_run.run(n_inputs=120, seed=7, analyse_every=20, encoder=encoder)
    assert tally.inputs >= 120
    assert tally.analysed >= 2
    assert not tally.crashes, tally.crashes[:3]
    assert not tally.slow, tally.slow[:3]
    assert not tally.lost, tally.lost[:3]
    assert not tally.outside, tally.outside[:3]
    assert not tally.unsafe, tally.unsafe[:3]


def test_fuzz_sample_store_and_server_no_5xx_no_record_lost(encoder):
    import served  # fuzz/served.py: bodies posted to the API and polled by watch, into real stores

    tally = served.run(posts=4, polls=6, seed=7, encoder=encoder)
    assert tally.posts == 4 and tally.polls == 6
    assert not tally.crashes, tally.crashes[:3]
    assert not tally.slow, tally.slow[:3]
    assert not tally.lost, tally.lost[:3]
    assert not tally.unsafe, tally.unsafe[:3]
