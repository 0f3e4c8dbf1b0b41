"""Relative dates resolved against the article's date, on the annotated set in eval/data/timeline/.

    timeline_resolved            share of annotated date expressions given the annotated date
    timeline_quiet               share of annotated non-dates (durations, "the first rain in 40
                                 days") left without a date
    timeline_heldout_resolved    the same on heldout.txt: written with dev.txt, before any rule
    timeline_heldout_quiet       change, and never tuned on

Each sentence is read by compare.temporal.find_dates against its article's publication date (as
the pipeline does for an article with its own date). An expression counts as resolved when a
date mention overlapping its span has the annotated value (a day, or a month when only the month
can be known). Run: `.venv/bin/python eval/timeline.py [-v]`.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "data" / "timeline"
_MARK = re.compile(r"\[([^\]|]+)\|([^\]]+)\]")


@dataclass(frozen=True)
class Expected:
    published: dt.date
    sentence: str  # marks removed
    start: int
    end: int
    value: str  # "YYYY-MM-DD", "YYYY-MM", or "-" (no date)


def load(path: Path) -> list[Expected]:
    out, published = [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("@ "):
            published = dt.date.fromisoformat(line[2:].strip())
            continue
        if not line.strip():
            continue
        if published is None:
            raise ValueError(f"{path}:{n}: a sentence before any '@ YYYY-MM-DD' line")
        plain, marks, pos = [], [], 0
        for m in _MARK.finditer(line):
            plain.append(line[pos:m.start()])
            start = sum(map(len, plain))
            plain.append(m.group(1))
            marks.append((start, start + len(m.group(1)), m.group(2).strip()))
            pos = m.end()
        plain.append(line[pos:])
        sentence = "".join(plain)
        out += [Expected(published, sentence, s, e, v) for s, e, v in marks]
    return out


def score(path: Path, verbose: bool = False) -> tuple[float, float]:
    from accord.compare.temporal import Reference, find_dates

    hit = total = quiet = negatives = 0
    for ex in load(path):
        found = find_dates(ex.sentence, Reference(ex.published, True, ex.published.year))
        over = [d for d in found if d.start < ex.end and ex.start < d.end and d.iso]
        span = ex.sentence[ex.start:ex.end]
        if ex.value == "-":
            negatives += 1
            quiet += not over
            if over and verbose:
                print(f"{ex.published}: '{span}' should name no date, got {[d.iso for d in over]}")
            continue
        total += 1
        ok = any(d.iso == ex.value for d in over)
        hit += ok
        if not ok and verbose:
            print(f"{ex.published}: '{span}' -> {ex.value}, got {[d.iso for d in over]}: {ex.sentence}")
    return hit / max(1, total), quiet / max(1, negatives)


def figures() -> dict[str, float]:
    out = {}
    for name, prefix in (("dev", "timeline"), ("heldout", "timeline_heldout")):
        resolved, quiet = score(SET / f"{name}.txt")
        out[f"{prefix}_resolved"] = resolved
        out[f"{prefix}_quiet"] = quiet
    return out


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or ["dev", "heldout"]
    for name in names:
        resolved, quiet = score(SET / f"{name}.txt", verbose="-v" in sys.argv)
        print(f"{name}: resolved {resolved:.4f}, quiet {quiet:.4f}")
