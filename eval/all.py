"""Every quality figure accord's eval scripts measure, in one table (`make eval`).

    .venv/bin/python eval/all.py

Runs each eval/<name>.py's `figures()` (the same discovery as eval/gate.py) and prints each
figure beside its pinned floor, if it has one. Unlike the gate it judges nothing: it exits 0
unless an eval script crashed (exit 1), so it is the command to look at figures while working.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate import FLOORS, HERE, GateError, discover, load_floors, run_eval  # noqa: E402


def main() -> int:
    try:
        floors = load_floors(FLOORS)
    except GateError as exc:
        print(f"eval: floors not shown: {exc}", file=sys.stderr)
        floors = {}
    crashed = 0
    print(f"{'figure':<48} {'value':>8} {'floor':>8}   seconds")
    for path in discover(HERE):
        print(f"eval: {path.stem} ...", file=sys.stderr, flush=True)
        run = run_eval(path)
        if run.error:
            crashed += 1
            print(f"{path.stem + '.(script)':<48} {'-':>8} {'':>8}   {run.seconds:6.1f}  CRASHED: {run.error}")
        for name, value in sorted(run.figures.items()):
            floor = floors.get((path.stem, name))
            shown = f"{floor.floor:.4f}" if floor else "-"
            print(f"{path.stem + '.' + name:<48} {value:>8.4f} {shown:>8}   {run.seconds:6.1f}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
