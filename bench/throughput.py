"""Throughput (articles/s) of `cluster` and `report` at one collection size, in a fresh process.

Run by bench/run.py as `python bench/throughput.py FILE.jsonl --repeats R`, once per size, so
the peak memory (`ru_maxrss` of this process) belongs to that size alone. It prints one JSON
object on stdout.

In the process, in order:
1. load the models (sentence encoder, spaCy): timed and reported apart, excluded from speed;
2. `cluster`, R times: read and clean (`accord.load`), group (`accord.group`), render JSON
   (`accord.render_clusters`); the median of the R wall times gives articles/s;
3. `report`, once (too slow to repeat at 2,000 articles within the bench's 10 minutes): read and
   clean, analyse (a fresh encoder), render JSON; with `--report-limit`, it stops before a story
   that would cross the limit at the rate so far, and the rate is over the articles analysed
   (marked partial). A JSON line is printed after each story, so a killed run keeps its figures.
Peak resident memory is counted per phase (the kernel's peak is reset through
/proc/self/clear_refs after loading the models and between phases); it includes the models.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stages import clear_caches  # noqa: E402
from workload import median, timed_encoder, warm_models  # noqa: E402


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Restart the kernel's peak-RSS count (Linux >= 4.0), so each phase has its own peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    """Peak resident memory since the last reset (else since start), models included."""
    return _status_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cluster_once(path: str) -> dict:
    import accord

    t0 = time.perf_counter()
    loaded = accord.load([path])
    t1 = time.perf_counter()
    stories = accord.group(loaded.articles)
    t2 = time.perf_counter()
    accord.render_clusters(stories, loaded.articles, loaded.rejected, "json")
    t3 = time.perf_counter()
    return {"articles": len(loaded.articles), "stories": len(stories),
            "load": t1 - t0, "group": t2 - t1, "render": t3 - t2, "whole": t3 - t0}


def _report_once(path: str, limit: float, emit=lambda partial: None) -> dict:
    """`report` on `path`: the steps of `accord.analyze`, story by story, within `limit` seconds.

    The loop is `accord.analyze`'s own (group, then `accord.analyze_story` per story), written
    out so that a size too large for the bench's budget stops after the story that crosses
    `limit`; the rate is then over the articles analysed, and marked partial.
    """
    import accord
    from accord.pipeline import Timer
    from accord.types import Report

    clear_caches()
    encoder = timed_encoder()
    t0 = time.perf_counter()
    loaded = accord.load([path])
    timer = Timer(dict(loaded.timings))
    stories = accord.group(loaded.articles, timer=timer)
    by_id = {a.id: a for a in loaded.articles}
    reports, done = [], 0

    def figures(whole: float) -> dict:
        return {"articles": done, "of": len(loaded.articles), "partial": done < len(loaded.articles),
                "stories": len(reports), "of_stories": len(stories), "timings": dict(timer.seconds),
                "encode": encoder.seconds, "encoded": encoder.encoded, "whole": whole,
                "rate": done / whole if whole else float("nan")}

    for story in stories:
        elapsed = time.perf_counter() - t0
        # stop when the limit has passed, or when this story would cross it at the rate so far
        if limit and (elapsed > limit or (done and elapsed + len(story.articles) * elapsed / done > limit)):
            break
        reports.append(accord.analyze_story(story, [by_id[i] for i in story.articles], encoder,
                                            timer=timer))
        done += len(story.articles)
        emit(figures(time.perf_counter() - t0))  # survives if the process is killed
    t1 = time.perf_counter()
    accord.render(Report(tuple(reports), (), timer.seconds), "json")
    t2 = time.perf_counter()
    out = figures(t2 - t0)
    out["timings"]["render"] = t2 - t1
    return out


def run(path: str, repeats: int, skip_report: bool, report_limit: float = 0.0) -> dict:
    t0 = time.perf_counter()
    import accord  # noqa: F401  (the import is part of start-up, not of the work)

    models = warm_models()
    startup = time.perf_counter() - t0
    out: dict = {"startup": startup, "models": models, "peak_mb_loading": _peak_mb(),
                 "peak_mb_models": _status_mb("VmRSS") or _peak_mb()}  # resident with models loaded
    out["peak_per_phase"] = _reset_peak()

    runs = [_cluster_once(path) for _ in range(repeats)]
    whole = median([r["whole"] for r in runs])
    group = median([r["group"] for r in runs])
    n = runs[-1]["articles"]
    out["articles"] = n
    out["cluster"] = {
        "repeats": repeats, "stories": runs[-1]["stories"], "whole": whole, "group": group,
        "load": median([r["load"] for r in runs]),
        "rate": n / whole if whole else float("nan"),
        "group_rate": n / group if group else float("nan"),
        "peak_mb": _peak_mb(),
    }
    print(json.dumps(out), flush=True)  # what survives if the report phase runs out of time
    _reset_peak()
    if not skip_report:

        def emit(partial: dict) -> None:
            print(json.dumps({**out, "report": {**partial, "peak_mb": _peak_mb()}}), flush=True)

        rep = _report_once(path, report_limit, emit)
        rep["peak_mb"] = _peak_mb()
        out["report"] = rep
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", help="the collection, as JSON Lines")
    parser.add_argument("--repeats", type=int, default=3, help="cluster runs (median)")
    parser.add_argument("--skip-report", action="store_true", help="measure cluster only")
    parser.add_argument("--report-limit", type=float, default=0.0,
                        help="stop `report` after the story that crosses this many seconds (0: none)")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error(f"--repeats must be >= 1, got {args.repeats}")
    print(json.dumps(run(args.jsonl, args.repeats, args.skip_report, args.report_limit)))


if __name__ == "__main__":
    main()
