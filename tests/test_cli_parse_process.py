"""`accord report` starts spaCy's parse process before reading its inputs (issue 18); when the
stories go to worker processes, the process parses their sentences while this one groups them,
and is ended before the fork, its parses handed to the workers: the report is the one parsed
in a single process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import EXAMPLES, ROOT

# runs the command in this process, counting the parse processes started (the real ones) and
# whether spaCy was imported here; argv[1] is the report's path, the rest the command's inputs
_REPORT = """
import json, sys
import accord.cli
import accord.pipeline
from accord import settings
from accord.compare import nlp

settings.ANALYZE_PARALLEL_MIN_ARTICLES = int(sys.argv[1])
started = []
read_before = []
read = []
harvested = []


class Counted(nlp._Helper):
    def __init__(self):
        started.append(1)
        read_before.append(bool(read))
        super().__init__()


def load(*args, _load=accord.pipeline.load, **kwargs):
    out = _load(*args, **kwargs)
    read.append(1)
    return out


def harvest(_harvest=nlp.harvest):
    harvested.append(_harvest())
    return harvested[-1]


nlp._Helper = Counted
nlp.harvest = harvest
accord.pipeline.load = load  # what the command calls to read its inputs
sys.argv = ["accord", "report", *sys.argv[3:], "--format", "json", "-o", sys.argv[2], "-q"]
try:
    accord.cli.main()
except SystemExit as exc:
    print(json.dumps({"exit": exc.code, "started": len(started), "after_reading": read_before,
                      "harvested": harvested, "helper": nlp._HELPER is not None,
                      "spacy_here": "spacy" in sys.modules}))
"""


def _report(tmp_path, name, inputs, min_articles=30, workers="2"):
    out = tmp_path / f"{name}.json"
    args = [str(min_articles), str(out), *map(str, inputs)]
    done = subprocess.run([sys.executable, "-c", _REPORT, *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT / "src"),
                                            "ACCORD_WORKERS": workers})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), out.read_bytes()


def test_cli_parse_process_starts_before_reading(tmp_path, seed_paths):
    seen, report = _report(tmp_path, "small", [*seed_paths, "--one-story"])
    assert seen == {"exit": 0, "started": 1, "after_reading": [False], "harvested": [],
                    "helper": False, "spacy_here": False}
    _, alone = _report(tmp_path, "alone", [*seed_paths, "--one-story"], workers="1")
    assert report == alone  # the same report as parsed in this process


def test_cli_parse_process_parses_ahead_for_worker_stories(tmp_path, seed_paths):
    inputs = [*seed_paths, EXAMPLES / "port-fire"]
    seen, report = _report(tmp_path, "workers", inputs, min_articles=2)
    if os.cpu_count() == 1:  # pragma: no cover - no workers, parsed here
        return
    # harvested before the workers were forked (how many it had parsed by then varies)
    assert seen == {"exit": 0, "started": 1, "after_reading": [False], "harvested": seen["harvested"],
                    "helper": False, "spacy_here": False} and len(seen["harvested"]) == 1
    _, alone = _report(tmp_path, "alone", inputs, min_articles=2, workers="1")
    assert report == alone
