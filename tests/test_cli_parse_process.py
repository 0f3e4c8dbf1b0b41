"""`accord report` starts spaCy's parse process only when it will be used (issue 18): before
reading small inputs, after grouping for larger ones whose stories are analysed in this process,
never when the stories go to worker processes (which parse for themselves)."""

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
settings.PARSE_PROCESS_EARLY_MAX_BYTES = int(sys.argv[2])
started = []
read_before = []


read = []


class Counted(nlp._Helper):
    def __init__(self):
        started.append(1)
        read_before.append(bool(read))
        super().__init__()


def load(*args, _load=accord.pipeline.load, **kwargs):
    out = _load(*args, **kwargs)
    read.append(1)
    return out


nlp._Helper = Counted
accord.pipeline.load = load  # what the command calls to read its inputs
sys.argv = ["accord", "report", *sys.argv[4:], "--format", "json", "-o", sys.argv[3], "-q"]
try:
    accord.cli.main()
except SystemExit as exc:
    print(json.dumps({"exit": exc.code, "started": len(started), "after_reading": read_before,
                      "spacy_here": "spacy" in sys.modules}))
"""


def _report(tmp_path, name, inputs, min_articles=30, early_bytes=200_000, workers="2"):
    out = tmp_path / f"{name}.json"
    args = [str(min_articles), str(early_bytes), str(out), *map(str, inputs)]
    done = subprocess.run([sys.executable, "-c", _REPORT, *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT / "src"),
                                            "ACCORD_WORKERS": workers})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), out.read_bytes()


def test_cli_parse_process_starts_before_reading_small_inputs(tmp_path, seed_paths):
    seen, _ = _report(tmp_path, "small", seed_paths)
    assert seen == {"exit": 0, "started": 1, "after_reading": [False], "spacy_here": False}


def test_cli_parse_process_waits_for_grouping_on_larger_inputs(tmp_path, seed_paths):
    # "larger": over a byte limit of 1,000; one story of five articles, analysed here
    seen, report = _report(tmp_path, "one", [*seed_paths, "--one-story"], early_bytes=1_000)
    assert seen == {"exit": 0, "started": 1, "after_reading": [True], "spacy_here": False}
    _, alone = _report(tmp_path, "alone", [*seed_paths, "--one-story"], workers="1")
    assert report == alone  # the same report as parsed in this process


def test_cli_parse_process_not_started_for_worker_stories(tmp_path, seed_paths):
    inputs = [*seed_paths, EXAMPLES / "port-fire"]
    seen, _ = _report(tmp_path, "workers", inputs, min_articles=2, early_bytes=1_000)
    if os.cpu_count() == 1:  # pragma: no cover - no workers, parsed here
        return
    assert seen == {"exit": 0, "started": 0, "after_reading": [], "spacy_here": False}


def test_cli_small_inputs_counts_bytes_under_the_paths(tmp_path, seed_paths):
    from accord import cli, settings

    assert cli._small_inputs([str(p) for p in seed_paths])
    assert cli._small_inputs([str(seed_paths[0].parent), "-", "https://example.org/a"])
    big = tmp_path / "folder" / "big.txt"
    big.parent.mkdir()
    big.write_text("x" * settings.PARSE_PROCESS_EARLY_MAX_BYTES)
    assert not cli._small_inputs([str(tmp_path)])
    assert not cli._small_inputs([str(seed_paths[0]), str(big)])
