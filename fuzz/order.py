"""Is `accord report`'s output independent of the order its inputs are given in? (issue 20)

    python fuzz/order.py [--orders 3] [--seed 20] [PATH ...]     # default: the seeds and examples/port-fire

Each input file is named on the command line, in the given order, then in shuffled orders (a
seeded shuffle; the second order is the reverse), each by a fresh `accord report --format json`
process, as a user would run it. The JSON reports are compared whole, after RUN_DEPENDENT keys
are dropped (none today: the report holds no times, dates of the run or versions). Prints the
first differences by JSON path and exits 1 if any order gives another report.

What it does not do: shuffle lines inside a file (records of one JSON Lines file keep their order).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN_DEPENDENT: frozenset[str] = frozenset()


def files(paths: list[str]) -> list[str]:
    out = []
    for p in map(Path, paths):
        out += sorted(str(f) for f in p.rglob("*") if f.is_file()) if p.is_dir() else [str(p)]
    return out


def report(paths: list[str], out: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "accord.cli", "report", *paths, "--format", "json", "-o", str(out)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "random"})
    if done.returncode not in (0, 1):
        raise SystemExit(f"accord report failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def differences(a, b, path: str = "$") -> list[str]:
    """JSON paths where `a` and `b` differ, RUN_DEPENDENT keys left out."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            if k not in RUN_DEPENDENT:
                out += differences(a.get(k), b.get(k), f"{path}.{k}")
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} vs {len(b)} items"]
        return [d for n, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{n}]")]
    return [] if a == b else [f"{path}: {json.dumps(a)[:80]} vs {json.dumps(b)[:80]}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    names = files(args.paths or [str(ROOT.parent / "shared" / "seeds"), str(ROOT / "examples" / "port-fire")])
    orders = [names, names[::-1]]
    rng = random.Random(args.seed)
    while len(orders) < args.orders:
        orders.append(rng.sample(names, len(names)))
    bad = 0
    with tempfile.TemporaryDirectory(prefix="accord-order-") as tmp:
        first = report(orders[0], Path(tmp) / "0.json")
        stories = len(first["stories"])
        facts = sum(len(s.get("facts", [])) for s in first["stories"])
        print(f"{len(names)} files, {stories} stories, {facts} facts; order 0 as given (sorted)")
        for n, order in enumerate(orders[1:], 1):
            diff = differences(first, report(order, Path(tmp) / f"{n}.json"))
            bad += bool(diff)
            print(f"order {n}: {'identical JSON' if not diff else f'{len(diff)} differences'}")
            for d in diff[:int(os.environ.get("ORDER_SHOW", "10"))]:
                print("   ", d)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
