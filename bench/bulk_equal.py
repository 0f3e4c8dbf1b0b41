"""Does `accord bulk` equal the local run on the whole ECB+ dev heap? Stories, reports, store.

    nice /work/main/.venv/bin/python bench/bulk_equal.py [--engine dask] [--workers 2]
        [--records N] [--dir DIR] [--reuse-local] [-o bench/bulk_equal.json]

The heap: every ECB+ dev record (../shared/data/ecbplus-dev, 535), as one JSON Lines file
with id = doc_id, title and text = title + " " + text (as eval/cluster.py and
eval/ecb_alarms.py make articles of them). Two runs, each a fresh `accord` process:

  local   accord report HEAP --format json -o local.json
  bulk    accord bulk HEAP --engine E --workers W --db bulk.db -o bulk.json   (a local cluster)

Compared: BCubed (precision, recall, F1) of the bulk stories against the local ones (by
article membership), the stories whose whole report element is equal (matched by story id),
the rejections, the whole JSON, and every local story's element against the one the bulk run
stored (`Store.story`, as `accord show --format json` gives it). The load average (1 min) is
recorded before and after each run, with its wall seconds. For each story that differs, the
keys of its element that differ are printed, to find the cause.

`--dir DIR` keeps the heap and the outputs there; `--reuse-local` takes DIR/local.json from an
earlier run instead of running `accord report` again (the local output does not depend on the
engine: compare dask and ray against one local run). Exit status 0 when everything is equal,
1 otherwise.

What it does not do: time throughput (bench/bulk.py does), or check stories against gold
events (eval/cluster.py does).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"


def write_heap(path: Path, records: int | None) -> int:
    """The dev records as one JSON Lines file (as eval/cluster.py makes articles); how many."""
    n = 0
    with DEV.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for line in src:
            if not line.strip() or (records is not None and n >= records):
                continue
            r = json.loads(line)
            row = {"id": r["doc_id"], "title": r["title"], "text": r["title"] + " " + r["text"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def timed(args: list[str], name: str) -> dict:
    """Run `accord ARGS` in a fresh process with this worktree's sources: seconds, load, status."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    before = os.getloadavg()[0]
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True, env=env)
    run = {"run": name, "seconds": round(time.perf_counter() - t, 1), "load_before": round(before, 2),
           "load_after": round(os.getloadavg()[0], 2), "exit": done.returncode}
    print(run, flush=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{name} run failed (exit {done.returncode}): {done.stderr.strip()[-800:]}")
    return run


def members(report: dict) -> dict[str, str]:
    return {a["id"]: s["id"] for s in report["stories"] for a in s["articles"]}


def differing_keys(a: dict, b: dict) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def compare(local: dict, bulk: dict, db: Path) -> dict:
    """Everything the bulk run made against the local run (see the module docstring)."""
    import accord
    from accord.cluster.metrics import bcubed

    precision, recall, f1 = bcubed(members(bulk), members(local))
    by_id = {s["id"]: s for s in bulk["stories"]}
    equal, differ = 0, []
    for story in local["stories"]:
        other = by_id.get(story["id"])
        if other == story:
            equal += 1
        else:
            differ.append({"story": story["id"], "articles": len(story["articles"]),
                           "keys": differing_keys(story, other) if other else ["(no bulk story of this id)"]})
    stored_equal, stored_differ = 0, []
    with accord.Store(str(db)) as store:
        for story in local["stories"]:
            try:
                kept = store.story(story["id"])
            except KeyError:
                stored_differ.append({"story": story["id"], "keys": ["(not stored)"]})
                continue
            if kept == story:
                stored_equal += 1
            else:
                stored_differ.append({"story": story["id"], "keys": differing_keys(story, kept)})
        counts = store.counts()
    return {
        "articles_local": len(members(local)), "articles_bulk": len(members(bulk)),
        "stories_local": len(local["stories"]), "stories_bulk": len(bulk["stories"]),
        "bcubed_precision": round(precision, 6), "bcubed_recall": round(recall, 6), "bcubed_f1": round(f1, 6),
        "stories_equal": equal, "stories_differ": differ,
        "stored_equal": stored_equal, "stored_differ": stored_differ, "store_counts": counts,
        "rejections_equal": local.get("rejected") == bulk.get("rejected"),
        "json_equal": local == bulk,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="dask")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--records", type=int, default=None, help="only the first N dev records (a quick check)")
    ap.add_argument("--dir", type=Path, default=None, help="keep the heap and outputs here")
    ap.add_argument("--reuse-local", action="store_true", help="take DIR/local.json from an earlier run")
    ap.add_argument("-o", "--output", default=None, help="write the figures here as JSON")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.dir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        heap = work / "heap.jsonl"
        n = write_heap(heap, args.records)
        runs = []
        local_json = work / "local.json"
        local_run = work / "local-run.json"  # the local run's seconds and load, for --reuse-local
        if args.reuse_local and local_json.exists():
            if local_run.exists():
                runs.append({**json.loads(local_run.read_text(encoding="utf-8")), "reused": True})
        else:
            runs.append(timed(["report", str(heap), "--format", "json", "-o", str(local_json), "-q"], "local"))
            local_run.write_text(json.dumps(runs[-1]) + "\n", encoding="utf-8")
        db = work / f"bulk-{args.engine}.db"
        for leftover in work.glob(f"bulk-{args.engine}.db*"):
            leftover.unlink()  # accord bulk loads an empty store only
        bulk_json = work / f"bulk-{args.engine}.json"
        runs.append(timed(["bulk", str(heap), "--engine", args.engine, "--workers", str(args.workers),
                           "--db", str(db), "-o", str(bulk_json), "-q"], f"bulk {args.engine} x{args.workers}"))
        local = json.loads(local_json.read_text(encoding="utf-8"))
        bulk = json.loads(bulk_json.read_text(encoding="utf-8"))
        result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "records": n,
                  "engine": args.engine, "workers": args.workers, "cpus": os.cpu_count(), "runs": runs,
                  **compare(local, bulk, db)}
    for d in result["stories_differ"]:
        print(f"differs: story {d['story']} ({d['articles']} articles): {', '.join(d['keys'])}")
    print(f"{n} records: BCubed bulk vs local P {result['bcubed_precision']} R {result['bcubed_recall']} "
          f"F1 {result['bcubed_f1']}; stories {result['stories_bulk']} bulk, {result['stories_local']} local; "
          f"reports equal {result['stories_equal']}/{result['stories_local']}; stored equal "
          f"{result['stored_equal']}/{result['stories_local']}; rejections equal {result['rejections_equal']}; "
          f"whole JSON equal {result['json_equal']}")
    if args.output:
        Path(args.output).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    ok = result["json_equal"] and result["stored_equal"] == result["stories_local"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
