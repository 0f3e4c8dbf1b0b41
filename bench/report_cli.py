"""`accord report` as a user runs it, timed from the command to the written report (issue 18).

    .venv/bin/python bench/report_cli.py --sizes 5 500 1000 2000            # this checkout
    .venv/bin/python bench/report_cli.py --sizes 500 --src A=/old/src --src B=src --rounds 2

Unlike throughput.py (models loaded beforehand, stories analysed one by one in-process), this
runs the `accord` command in a fresh process per run, so start-up, model loading and the
parallel story workers (accord.workers) are all inside the figure. Size 5 means the seeds;
other sizes are ECB+ dev articles and perturbed replicas (workload.scaled_records).

Per run: wall seconds, CPU seconds of the process and its workers, peak memory of the whole
process tree (resident set summed over the command and its workers, sampled every 0.1 s; forked
workers share pages with their parent, so this sum overstates what the tree really holds), the
peak of the tree's proportional set size (PSS: each shared page divided among the processes that
map it, so the sum is what the tree holds; from /proc/PID/smaps_rollup, sampled every 0.5 s), and
the load average before the run. With several `--src`, runs alternate A, B, A, B ... so that a
neighbour's load falls on both alike. Prints one JSON line per run and a table at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workload  # noqa: E402


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its descendants, in MB (from /proc)."""
    return _tree_mb(pid, "status", "VmRSS:")


def _tree_pss_mb(pid: int) -> float:
    """Proportional set size of `pid` and its descendants, in MB: pages shared by forked
    processes counted once in all (smaps_rollup walks the page tables: sampled less often)."""
    return _tree_mb(pid, "smaps_rollup", "Pss:")


def _tree_mb(pid: int, table: str, field: str) -> float:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/{table}").read_text().splitlines():
                if line.startswith(field):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def run_once(src: str, inputs: list[str], out: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": src}
    accord = str(Path(sys.executable).with_name("accord"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([accord, "report", *inputs, "--format", "json", "-o", str(out), "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0.0
    ticks = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        if ticks % 5 == 0:
            peak_pss = max(peak_pss, _tree_pss_mb(proc.pid))
        ticks += 1
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stories = len(json.loads(out.read_text())["stories"]) if out.exists() else None
    return {"exit": proc.returncode, "wall": wall, "cpu": cpu, "peak_tree_mb": peak, "peak_pss_mb": peak_pss,
            "load_before": load, "stories": stories, "stderr": proc.stderr.read()[-300:]}


def _say_if_compiling(name: str, src: str) -> None:
    """Warn when every run will compile accord's source: PYTHONDONTWRITEBYTECODE set and no
    bytecode beside the source (an editable install writes none until a run may). On the seeds
    that is ~0.25 s of CPU a run (0.55 against 0.30 s to import the 89 modules `report` uses,
    measured 2026-12-07); `python -m compileall -q SRC` once removes it, as pip does for a
    regular install."""
    compiled = any(Path(src).glob("accord/__pycache__/*.pyc"))
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not compiled:
        print(f"bench: {name}: PYTHONDONTWRITEBYTECODE is set and {src} holds no bytecode: each run "
              "compiles accord's source (~0.25 s of CPU on the seeds)", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 500])
    parser.add_argument("--src", action="append", default=[],
                        help="NAME=PATH of an accord source tree to run (default: this checkout's src)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    srcs = [s.split("=", 1) for s in args.src] or [["this", str(HERE.parent / "src")]]
    for name, src in srcs:
        _say_if_compiling(name, src)
    rows = []
    with tempfile.TemporaryDirectory(prefix="accord-report-cli-") as tmp:
        records = workload.dev_records()
        for n in args.sizes:
            if n == 5:
                inputs = workload.seed_paths()
            else:
                path = Path(tmp) / f"scaled_{n}.jsonl"
                workload.write_jsonl(workload.scaled_records(records, n), path)
                inputs = [str(path)]
            for r in range(args.rounds):
                for name, src in srcs:
                    res = run_once(src, inputs, Path(tmp) / f"out_{name}_{n}.json")
                    res.update(size=n, src=name, round=r, rate=n / res["wall"])
                    print(json.dumps(res), flush=True)
                    rows.append(res)
    print("\n| articles | tree | wall s | articles/s | CPU s | peak tree MB (RSS sum) | peak PSS MB "
          "| load before |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']:,} | {r['src']} | {r['wall']:.1f} | {r['rate']:.2f} | {r['cpu']:.1f} | "
              f"{r['peak_tree_mb']:,.0f} | {r['peak_pss_mb']:,.0f} | {r['load_before']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
