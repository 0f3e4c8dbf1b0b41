"""The one bench command: speed against the limit and against peers; prints and writes RESULTS.md.

    .venv/bin/python bench/run.py            # the full bench (< 10 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # small sizes, one repeat: checks the harness

1. Per-stage seconds of `report` on the seeds and on the largest dev story (bench/stages.py),
   with render, and the whole against encoding the same sentences alone (goal <= 1.5x).
2. Throughput of `cluster` and `report` at 500, 1,000 and 2,000 articles, each size in a fresh
   process (bench/throughput.py), with peak memory and the growth 2,000 vs 500 (goal <= 4.2).
3. Peers on the same input in the same run (bench/peers.py): TF-IDF centroid clustering,
   MinHash-LSH near-duplicates, LexRank summaries.
4. The clustering engineer's own benchmark (bench/bench_cluster.py `run()`), when present.

Nothing here asserts a speed: figures are written down, goals are compared, and a missed goal is
reported with the measured gap, never hidden. The bench keeps to a time budget: a size whose
projected time would not fit is measured for `cluster` only, and RESULTS.md says so.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import machine  # noqa: E402
import peers  # noqa: E402
import stages  # noqa: E402
import workload  # noqa: E402
from results import write_results  # noqa: E402

GOALS = {"ratio": 1.5, "report_rate": 10.0, "cluster_rate": 200.0, "growth": 4.2}
# dup_base documents are replicated to dup_size articles for the near-duplicate comparison
FULL = {"sizes": (500, 1000, 2000), "repeats": 3, "summary_stories": None, "dup_size": 1000,
        "dup_base": None, "cluster_records": None, "summary_seconds": 45}
QUICK = {"sizes": (50, 100, 200), "repeats": 1, "summary_stories": 3, "dup_size": 200,
         "dup_base": 100, "cluster_records": 120, "summary_seconds": 20}


def _section(name: str, fn, *args, **kwargs):
    """Run one part of the bench; a crash is recorded with its message, the rest still runs."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # a stage that has not landed, or a bug: keep the other figures
        traceback.print_exc(file=sys.stderr)
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print(f"bench: {name} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return result


def per_stage(tmp: Path, records, repeats: int, seconds: float) -> dict:
    """Seeds and the largest dev story; repeats stop once each has had half of `seconds`."""
    label, story = workload.largest_story(records)
    path = workload.write_jsonl(story, tmp / "largest_story.jsonl")
    return {
        "seeds": stages.measure(workload.seed_paths(), one_story=False, repeats=repeats,
                                seconds=seconds / 2),
        "largest": {"label": label, **stages.measure([str(path)], one_story=True,
                                                     repeats=repeats, seconds=seconds / 2)},
    }


def _worker(path: Path, repeats: int, report_limit: float, timeout: float) -> dict:
    cmd = [sys.executable, str(HERE / "throughput.py"), str(path), "--repeats", str(repeats),
           "--report-limit", f"{report_limit:.0f}"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        stdout, error = done.stdout, None
        if done.returncode != 0:
            tail = done.stderr.strip().splitlines()[-1:] or ["no message"]
            error = f"exit {done.returncode}: {tail[0]}"
    except subprocess.TimeoutExpired as exc:
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        error = f"killed after {timeout:.0f} s (the bench's time budget)"
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": error or "the worker printed no result"}
    result = json.loads(lines[-1])
    if error and "report" not in result:
        result["report_error"] = error
    elif error:
        result["report"]["stopped"] = error
    return result


def throughput(tmp: Path, records, sizes, repeats: int, deadline: float) -> dict:
    """Each size in a fresh process; `report` gets a share of the time left, by size."""
    out = {}
    startup = 30.0  # imports and model loading per process, re-estimated after the first
    for k, n in enumerate(sizes):
        path = workload.write_jsonl(workload.scaled_records(records, n), tmp / f"scaled_{n}.jsonl")
        left = deadline - time.monotonic()
        share = n / sum(sizes[k:])
        limit = max(10.0, share * (left - startup * (len(sizes) - k)))
        print(f"bench:   {n} articles (report limited to {limit:.0f} s)", file=sys.stderr, flush=True)
        timeout = max(30.0, min(limit + 3 * startup + 60, deadline - time.monotonic()))
        result = _worker(path, repeats, limit, timeout=timeout)
        startup = result.get("startup", startup) + repeats * result.get("cluster", {}).get("whole", 1.0)
        out[n] = result
    return out


def peer_comparison(tmp: Path, records, cfg: dict) -> dict:
    subset = records[: cfg["cluster_records"]] if cfg["cluster_records"] else records
    loaded = workload.load_articles([str(workload.write_jsonl(subset, tmp / "dev.jsonl"))])
    by_id = {a.id: a for a in loaded.articles}
    gold = {r["doc_id"]: r["cluster_label"] for r in subset if r["doc_id"] in by_id}
    stories = {k: [by_id[r["doc_id"]] for r in rs if r["doc_id"] in by_id]
               for k, rs in workload.gold_stories(subset).items()}
    base = records[: cfg["dup_base"]] if cfg["dup_base"] else records
    dup_path = workload.write_jsonl(workload.scaled_records(base, cfg["dup_size"], near_copies=True), tmp / "dups.jsonl")
    dup_articles = workload.load_articles([str(dup_path)]).articles
    return {
        "rejected": [f"{r.source}: {r.reason}" for r in loaded.rejected],
        "clustering": _section("peers: clustering", peers.compare_clustering,
                               loaded.articles, gold, cfg["repeats"]),
        "duplicates": _section("peers: duplicates", peers.compare_duplicates,
                               dup_articles, cfg["repeats"]),
        "summaries": _section("peers: summaries", peers.compare_summaries,
                              stories, cfg["summary_stories"], cfg["summary_seconds"]),
    }


def cluster_engineer_bench(quick: bool):
    """bench/bench_cluster.py's `run()`, imported by path, when the clustering stage ships one."""
    path = HERE / "bench_cluster.py"
    if not path.exists():
        return {"error": "bench/bench_cluster.py is not there yet"}
    spec = importlib.util.spec_from_file_location("bench_cluster", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    params = inspect.signature(module.run).parameters
    return module.run(quick=quick) if "quick" in params else module.run()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="accord's speed against the limit and against peers.")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (50/100/200), one repeat, three stories: checks the harness")
    parser.add_argument("--budget", type=float, default=570.0,
                        help="seconds the whole bench may take (default: 570, under 10 minutes)")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"), help="where to write the results")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["stages", "throughput", "peers", "cluster-bench"],
                        help="leave a part out (repeatable)")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    started = time.monotonic()
    deadline = started + args.budget

    # spaCy in a parse process, as `accord report` runs it (accord.compare.nlp)
    models = _section("loading models", workload.warm_models, True)
    results = {"mode": "quick" if args.quick else "full", "cfg": cfg, "goals": GOALS,
               "machine": machine.describe(), "models": models}
    records = workload.dev_records()
    # The budget, by priority: throughput is the headline, so it gets what the others leave,
    # less a reserve for the clustering stage's own benchmark, which runs last.
    reserve = 0.1 * args.budget
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmpdir:
        tmp = Path(tmpdir)
        if "stages" not in args.skip:
            results["stages"] = _section("per-stage times", per_stage, tmp, records, cfg["repeats"],
                                         0.15 * args.budget)
        if "peers" not in args.skip:
            results["peers"] = peer_comparison(tmp, records, cfg)
        if "throughput" not in args.skip:
            results["throughput"] = _section("throughput", throughput, tmp, records, cfg["sizes"],
                                             cfg["repeats"], deadline - reserve)
        if "cluster-bench" not in args.skip:
            if deadline - time.monotonic() > 0.5 * reserve:
                results["cluster_bench"] = _section("bench_cluster.run()", cluster_engineer_bench,
                                                    args.quick)
            else:
                results["cluster_bench"] = {"error": "skipped: the bench's time budget was spent"}
    results["machine"]["load average at end (1/5/15 min)"] = machine.load_average()
    results["seconds"] = time.monotonic() - started
    text = write_results(results, Path(args.output))
    print(text)
    print(f"bench: wrote {args.output} ({results['seconds']:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
