"""The quality gate: every eval/<name>.py's figures against the floors pinned in eval/floors.toml.

    .venv/bin/python eval/gate.py                      # what CI runs (`make test`, .ci/run)
    .venv/bin/python eval/gate.py --only cluster       # one script
    .venv/bin/python eval/gate.py --set NAME=VALUE     # judge a build with accord.settings.NAME changed

Each eval script exposes `figures() -> dict[str, float]` (higher is better). The gate imports
every script it finds by path, calls `figures()`, and compares each figure with its floor:

    [cluster.bcubed_f1]        # eval/cluster.py, figure "bcubed_f1"
    floor = 0.90               # fail below this
    set = "2026-11-22"         # when the floor was pinned
    from = 0.93                # the figure it was pinned from

The gate fails (exit 1) when a figure is below its floor, when a floored figure is missing, and
when an eval script crashes or returns something that is not a figure (with its message).
Figures without a floor are printed, not judged. Floors sit a little below the measured figure,
so run-to-run noise does not fail CI; lowering one is a visible edit to eval/floors.toml, with
its date. Exit 2: the floors file or the command line is wrong. Modelled on trafilatura's
tests/eval_gate.py.

What it does not do: it does not measure speed (bench/ does) and it does not set floors: a
person does, from a measured run.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import importlib.util
import io
import math
import sys
import time
import tomllib
import traceback
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.toml"
# scripts here that are not eval scripts (ecb_alarms: flags on real news to read, no figures())
NOT_EVALS = frozenset({"gate", "all", "ecb_alarms"})


class GateError(Exception):
    """The floors file or the command line is wrong (exit 2)."""


@dataclass(frozen=True)
class Floor:
    script: str
    figure: str
    floor: float
    set: str  # ISO date the floor was pinned
    source: float  # the measured figure it was pinned from ("from" in the file)


@dataclass(frozen=True)
class EvalRun:
    script: str
    figures: dict[str, float]
    error: str | None
    seconds: float


@dataclass(frozen=True)
class Row:
    script: str
    figure: str
    value: float | None
    floor: Floor | None
    verdict: str  # "ok" | "below floor" | "missing" | "no floor" | "error"

    @property
    def failed(self) -> bool:
        return self.verdict in ("below floor", "missing", "error")


# --------------------------------------------------------------------------- floors
def load_floors(path: Path) -> dict[tuple[str, str], Floor]:
    """Every floor in `path`, checked: each needs a numeric `floor`, a `set` date and `from`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GateError(f"cannot read the floors file {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GateError(f"{path} is not valid TOML: {exc}") from exc
    floors = {}
    for script, figures in data.items():
        if not isinstance(figures, dict):
            raise GateError(f"{path}: '{script}' must be a table of figures, e.g. [{script}.f1]")
        for figure, entry in figures.items():
            where = f"{path}: [{script}.{figure}]"
            if not isinstance(entry, dict) or set(entry) != {"floor", "set", "from"}:
                got = sorted(entry) if isinstance(entry, dict) else type(entry).__name__
                raise GateError(f"{where} needs exactly floor, set and from; got {got}")
            for key in ("floor", "from"):
                if not isinstance(entry[key], (int, float)) or isinstance(entry[key], bool):
                    raise GateError(f"{where}: {key} must be a number, got {entry[key]!r}")
            try:
                dt.date.fromisoformat(str(entry["set"]))
            except ValueError as exc:
                raise GateError(f"{where}: set must be a date YYYY-MM-DD, got {entry['set']!r}") from exc
            if entry["floor"] > entry["from"]:
                raise GateError(f"{where}: floor {entry['floor']} is above the figure it was set "
                                f"from ({entry['from']}): it would fail from the start")
            floors[(script, figure)] = Floor(script, figure, float(entry["floor"]),
                                             str(entry["set"]), float(entry["from"]))
    if not floors:
        raise GateError(f"{path} pins no floor: the gate would judge nothing")
    return floors


# --------------------------------------------------------------------------- settings overrides
def apply_overrides(assignments: list[str]) -> None:
    """Set accord.settings.NAME = VALUE before any stage is imported (a deliberate variant build)."""
    if not assignments:
        return
    from accord import settings

    for text in assignments:
        name, sep, raw = text.partition("=")
        name = name.strip()
        if not sep or not name:
            raise GateError(f"--set takes NAME=VALUE, got {text!r}")
        if not hasattr(settings, name):
            raise GateError(f"--set {text}: accord.settings has no setting named {name!r}")
        try:
            value = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError):
            value = raw.strip()
        setattr(settings, name, value)


# --------------------------------------------------------------------------- running evals
def discover(directory: Path, only: list[str] | None = None) -> list[Path]:
    scripts = sorted(p for p in directory.glob("*.py")
                     if p.stem not in NOT_EVALS and not p.stem.startswith("_"))
    if only:
        unknown = sorted(set(only) - {p.stem for p in scripts})
        if unknown:
            raise GateError(f"--only {', '.join(unknown)}: no such eval script in {directory} "
                            f"(have: {', '.join(p.stem for p in scripts) or 'none'})")
        scripts = [p for p in scripts if p.stem in only]
    return scripts


def run_eval(path: Path, quiet: bool = True) -> EvalRun:
    """Import `path` and call its `figures()`; any failure becomes the run's error message."""
    t0 = time.perf_counter()
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))  # eval scripts may share helpers beside them
    captured = io.StringIO()
    try:
        with redirect_stdout(captured if quiet else sys.stdout):
            spec = importlib.util.spec_from_file_location(f"accord_eval_{path.stem}", path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # dataclasses and pickle look modules up by name
            spec.loader.exec_module(module)
            if not callable(getattr(module, "figures", None)):
                raise TypeError("it has no figures() function")
            result = module.figures()
        if not isinstance(result, dict):
            raise TypeError(f"figures() returned {type(result).__name__}, not a dict")
        figures = {}
        for name, value in result.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
                raise TypeError(f"figure {name!r} is {value!r}, not a number")
            figures[str(name)] = float(value)
        return EvalRun(path.stem, figures, None, time.perf_counter() - t0)
    except BaseException as exc:  # noqa: BLE001 - a crashed eval is a gate failure, never a crash
        if isinstance(exc, KeyboardInterrupt):
            raise
        where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        at = f" (at {Path(where[0].filename).name}:{where[0].lineno})" if where else ""
        message = f"{type(exc).__name__}: {exc}"[:300] + at
        return EvalRun(path.stem, {}, message, time.perf_counter() - t0)


def judge(runs: list[EvalRun], floors: dict[tuple[str, str], Floor]) -> list[Row]:
    """One row per figure and per floor; floors of scripts that did not run count as missing."""
    rows = []
    ran = {r.script: r for r in runs}
    for run in runs:
        if run.error:
            rows.append(Row(run.script, "(script)", None, None, "error"))
        for figure, value in sorted(run.figures.items()):
            floor = floors.get((run.script, figure))
            verdict = "no floor" if floor is None else ("ok" if value >= floor.floor else "below floor")
            rows.append(Row(run.script, figure, value, floor, verdict))
    for (script, figure), floor in sorted(floors.items()):
        run = ran.get(script)
        if run is None or figure not in run.figures:
            rows.append(Row(script, figure, None, floor, "missing"))
    return rows


def _table(rows: list[Row], runs: list[EvalRun]) -> str:
    errors = {r.script: r.error for r in runs if r.error}
    lines = [f"{'figure':<48} {'value':>8} {'floor':>8}  {'floor set':<22} verdict"]
    for row in rows:
        name = f"{row.script}.{row.figure}"
        value = "-" if row.value is None else f"{row.value:.4f}"
        floor = "-" if row.floor is None else f"{row.floor.floor:.4f}"
        pinned = "" if row.floor is None else f"{row.floor.set} from {row.floor.source:.4f}"
        verdict = row.verdict.upper() if row.failed else row.verdict
        if row.verdict == "error":
            verdict += f": {errors.get(row.script)}"
        elif row.verdict == "missing" and row.script in errors:
            verdict += " (the script crashed)"
        lines.append(f"{name:<48} {value:>8} {floor:>8}  {pinned:<22} {verdict}")
    lines.append("")
    lines.append("seconds: " + ", ".join(f"{r.script} {r.seconds:.1f}" for r in runs))
    return "\n".join(lines)


def run_all(directory: Path, floors_path: Path, only: list[str] | None, sets: list[str],
            quiet: bool = True) -> tuple[list[Row], list[EvalRun]]:
    floors = load_floors(floors_path)
    apply_overrides(sets)
    scripts = discover(directory, only)
    if only:
        floors = {k: v for k, v in floors.items() if k[0] in only}
    runs = []
    for path in scripts:
        print(f"gate: {path.stem} ...", file=sys.stderr, flush=True)
        runs.append(run_eval(path, quiet=quiet))
    return judge(runs, floors), runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fail when a quality figure drops below its pinned floor.")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="the floors file (default: eval/floors.toml)")
    parser.add_argument("--evals", type=Path, default=HERE, help="directory of eval scripts (default: eval/)")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only eval/NAME.py (repeatable)")
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE",
                        help="override accord.settings.NAME for this run (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="let eval scripts print")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        rows, runs = run_all(args.evals, args.floors, args.only, args.sets, quiet=not args.verbose)
    except GateError as exc:
        print(f"gate: {exc}", file=sys.stderr)
        return 2
    print(_table(rows, runs))
    failed = [r for r in rows if r.failed]
    took = time.perf_counter() - t0
    if args.sets:
        print(f"settings overridden: {', '.join(args.sets)}")
    if failed:
        print(f"gate: FAILED: {len(failed)} figure(s) below floor, missing or crashed ({took:.0f} s)")
        return 1
    print(f"gate: passed: {sum(r.verdict == 'ok' for r in rows)} floored figure(s) at or above "
          f"their floors ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
