"""Throughput of `accord bulk` with 1 and 2 workers, against the local `accord report`.

    /work/main/.venv/bin/python bench/bulk.py [--records 40] [--repeats 2] [--engine dask]
                                              [-o bench/bulk_results.json]
    /work/main/.venv/bin/python bench/bulk.py --quick     # 6 records, 1 repeat, no windows:
                                                          # checks the bench runs (~2-4 min)

The heap: the first N ECB+ dev records that have text (../shared/data/ecbplus-dev), as one JSON
Lines file. Runs alternate (local, 1 worker, 2 workers, local, ...) so that the load of a shared
machine falls on each alike; the load average is recorded before and after every run. Each bulk
run goes to a fresh SQLite store and is timed per stage (engine start, read, group, analyse,
store); the local run is `accord report --format json` in a fresh process.

Also measured, with no engine: grouping by time window against one window on the dev heap with
synthetic dates (each gold event's articles over consecutive days), as BCubed F1 to the local
grouping, for several window sizes (what crossing window edges costs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"


def _records(n: int) -> list[dict]:
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if r["text"].strip()][:n]


def _write(records, path: Path, dated: bool = False) -> None:
    with path.open("w", encoding="utf-8") as fh:
        events: dict[str, int] = {}
        for r in records:
            row = {"id": r["doc_id"], "title": r["title"], "text": r["text"]}
            if dated:
                e = events.setdefault(r["cluster_label"], len(events))
                k = sum(1 for x in records[: records.index(r)] if x["cluster_label"] == r["cluster_label"])
                row["published"] = (dt.date(2026, 1, 1) + dt.timedelta(days=2 * e + k % 6)).isoformat()
            fh.write(json.dumps(row) + "\n")


def run_local(path: Path) -> dict:
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "accord.cli", "report", str(path), "--format", "json",
                           "-o", os.devnull, "-q"], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"local run failed: {done.stderr[-500:]}")
    return {"total": time.perf_counter() - t}


def run_bulk(path: Path, workers: int, engine: str) -> dict:
    from accord.bulk import bulk

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        result = bulk([str(path)], engine=engine, workers=workers, db=str(Path(tmp) / "bulk.db"))
        out = {"total": time.perf_counter() - t, **result.seconds, "stories": len(result.report.stories)}
    return out


def windows_vs_local(records) -> list[dict]:
    """BCubed F1 of grouping by windows of k articles against one window, dates synthetic."""
    import accord
    from accord.bulk import windows
    from accord.cluster import cluster_articles, stream_order
    from accord.cluster.features import DocumentFrequencies
    from accord.cluster.metrics import bcubed
    from accord.cluster.online import article_bag

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dated.jsonl"
        _write(records, path, dated=True)
        articles = accord.load([str(path)]).articles
    t = time.perf_counter()
    local = {a: s.id for s in cluster_articles(articles) for a in s.articles}
    local_s = time.perf_counter() - t
    grouped = [windows.for_grouping(a) for a in articles]
    heap = [grouped[i] for i in stream_order(grouped)]
    bags = [article_bag(a) for a in heap]
    df = DocumentFrequencies()
    for b in bags:
        df.add(b)
    out = [{"window_articles": len(heap), "windows": 1, "f1": 1.0, "seconds": local_s}]
    for k in (200, 100, 50, 25):
        t = time.perf_counter()
        plan = windows.plan_windows(heap, k)
        parts = [windows.cluster_window((w.overlap + w.own, [heap[p] for p in w.overlap + w.own],
                                         [bags[p] for p in w.overlap + w.own], df)) for w in plan]
        joined = windows.join(heap, plan, parts)
        seconds = time.perf_counter() - t
        p, r, f1 = bcubed({a: s.id for s in joined for a in s.articles}, local)
        out.append({"window_articles": k, "windows": len(plan), "precision": round(p, 4),
                    "recall": round(r, 4), "f1": round(f1, 4), "seconds": round(seconds, 2),
                    "overlap_articles": sum(len(w.overlap) for w in plan)})
        print("windows", out[-1], flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=40)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--engine", default="dask")
    ap.add_argument("--skip-windows", action="store_true")
    ap.add_argument("--quick", action="store_true",
                    help="a check that the bench runs: 6 records, 1 repeat, no windows, output to a temp file")
    ap.add_argument("-o", "--output", default=None, help="default: bench/bulk_results.json")
    args = ap.parse_args()
    if args.quick:
        args.records, args.repeats, args.skip_windows = min(args.records, 6), 1, True
        args.output = args.output or str(Path(tempfile.gettempdir()) / "bulk_quick.json")
    args.output = args.output or str(ROOT / "bench" / "bulk_results.json")
    records = _records(args.records)
    result: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "records": len(records),
                    "engine": args.engine, "cpus": os.cpu_count(), "runs": []}
    if not args.skip_windows:
        result["windows"] = windows_vs_local([json.loads(line) for line in DEV.open(encoding="utf-8")
                                              if line.strip() and json.loads(line)["text"].strip()])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "heap.jsonl"
        _write(records, path)
        for _ in range(args.repeats):
            for name in ("local", "1", "2"):
                before = os.getloadavg()[0]
                timing = run_local(path) if name == "local" else run_bulk(path, int(name), args.engine)
                run = {"run": name, "load_before": round(before, 2), "load_after": round(os.getloadavg()[0], 2),
                       **{k: round(v, 2) if isinstance(v, float) else v for k, v in timing.items()}}
                result["runs"].append(run)
                print(run, flush=True)
                Path(args.output).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    summary = {}
    for name in ("local", "1", "2"):
        runs = [r for r in result["runs"] if r["run"] == name]
        total = statistics.median(r["total"] for r in runs)
        summary[name] = {"median_total_s": round(total, 1),
                         "articles_per_s": round(len(records) / total, 2)}
        if name != "local":
            work = statistics.median(r["total"] - r["start"] for r in runs)
            summary[name]["articles_per_s_after_start"] = round(len(records) / work, 2)
            for stage in ("start", "read", "group", "analyse", "store"):
                summary[name][f"median_{stage}_s"] = round(statistics.median(r.get(stage, 0.0) for r in runs), 2)
    if "1" in summary and "2" in summary:
        summary["speedup_2_over_1"] = round(summary["1"]["median_total_s"] / summary["2"]["median_total_s"], 2)
    loads = [x for r in result["runs"] for x in (r["load_before"], r["load_after"])]
    summary["load_average_1min"] = {"min": min(loads), "max": max(loads)}
    result["summary"] = summary
    Path(args.output).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))
    print(f"throughput on {len(records)} records ({args.engine}, load average {min(loads)}-{max(loads)}): "
          + "; ".join(f"{'local accord report' if k == 'local' else f'{k} worker(s)'} "
                      f"{summary[k]['articles_per_s']} articles/s ({summary[k]['median_total_s']} s)"
                      for k in ("local", "1", "2")))
    print(f"(written to {args.output})")


if __name__ == "__main__":
    main()
