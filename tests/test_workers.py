"""Stories analysed in worker processes (accord.workers, issue 18): the same report as one
process, in the same order; the parent's own encoder is never forked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# two stories (the seeds and the port-fire example), analysed with the threshold lowered so the
# workers start; prints the report's JSON and whether workers were used
_SCRIPT = """
import json, sys
import accord
from accord import settings, workers
settings.ANALYZE_PARALLEL_MIN_ARTICLES = 2
loaded = accord.load(sys.argv[1:])
stories = accord.group(loaded.articles)
used = workers.worth_it(stories, None)
report = accord.analyze(loaded.articles)
print(json.dumps({"workers": used, "stories": len(report.stories),
                  "report": json.loads(accord.render(report, "json"))}))
"""


def _run(paths, workers: str) -> dict:
    env = {**os.environ, "ACCORD_WORKERS": workers}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *map(str, paths)], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_workers_give_the_report_of_one_process(seed_paths):
    paths = [*seed_paths, ROOT / "examples" / "port-fire"]
    parallel, single = _run(paths, "2"), _run(paths, "1")
    assert parallel["workers"] is True and single["workers"] is False
    assert parallel["stories"] >= 2
    assert parallel["report"] == single["report"]


def test_workers_not_used_with_a_callers_encoder_or_a_loaded_model(seed_articles, encoder, monkeypatch):
    import accord
    from accord import settings, workers

    monkeypatch.setattr(settings, "ANALYZE_PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.delenv("ACCORD_WORKERS", raising=False)
    stories = accord.group(seed_articles) * 2
    if workers.usable_cores() < 2:  # pragma: no cover - a one-core machine
        assert not workers.worth_it(stories, None)
        return
    from accord.embed import encoder as embed

    if embed._MODEL is None:  # this test alone: nothing loaded yet, so workers would be used
        assert workers.worth_it(stories, None)
    assert not workers.worth_it(stories, encoder)  # the caller's encoder stays in its process
    encoder.encode(["The model is loaded in this process now."])
    assert not workers.worth_it(stories, None)  # its ONNX Runtime threads would not survive a fork


def test_workers_load_spacy_without_its_command_line():
    # a worker's set-up (the pool's initializer), then its first parse's spaCy load
    code = """
import json, sys
from accord import workers
from accord.compare import nlp
workers._init()
nlp.load_spacy()
print(json.dumps([m for m in ("weasel", "typer", "requests") if m in sys.modules]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
