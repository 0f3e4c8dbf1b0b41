"""Profile `report` with pyinstrument and list where the time goes (the hot spots).

    .venv/bin/python bench/hotspots.py                  # the largest dev story, as one story
    .venv/bin/python bench/hotspots.py --seeds          # the seeds, clustering on
    .venv/bin/python bench/hotspots.py --articles 300   # 300 dev articles, clustering on
    .venv/bin/python bench/hotspots.py --html out.html  # also pyinstrument's interactive page

Models are loaded before the profiler starts, so the profile shows the per-run work only: what
a live feed pays for every batch. The list gives, per function, its own time (self) and its
time with callees (total), in accord's code and in the libraries it calls; what to look for:
the model loaded more than once, the same sentence encoded twice, an all-pairs loop over a whole
corpus, files read whole when they could be streamed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import workload  # noqa: E402
from stages import clear_caches  # noqa: E402


def _walk(frame, selfs, totals, stack):
    key = (frame.function, _short(frame.file_path), frame.line_no)
    if not frame.is_synthetic:  # pyinstrument's "[self]" leaves and thread roots
        selfs[key] += frame.total_self_time
        if key not in stack:  # recursion counts once in the total
            totals[key] += frame.time
    for child in frame.children:
        _walk(child, selfs, totals, stack | {key})


def _short(path: str | None) -> str:
    if not path:
        return "?"
    if "/src/accord/" in path:
        return "accord/" + path.split("/src/accord/", 1)[1]
    if "/site-packages/" in path:
        return path.split("/site-packages/", 1)[1]
    return Path(path).name


def hot_spots(session, top: int) -> list[str]:
    root = session.root_frame()
    selfs: dict = defaultdict(float)
    totals: dict = defaultdict(float)
    _walk(root, selfs, totals, frozenset())
    whole = root.time or 1.0
    lines = [f"profiled {whole:.2f} s", "", "by own time (self):"]
    for key, t in sorted(selfs.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {t:7.2f} s {100 * t / whole:5.1f}%  {key[0]}  ({key[1]}:{key[2]})")
    lines += ["", "accord functions by total time (with callees):"]
    ours = [(k, t) for k, t in totals.items() if k[1].startswith("accord/")]
    for key, t in sorted(ours, key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {t:7.2f} s {100 * t / whole:5.1f}%  {key[0]}  ({key[1]}:{key[2]})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description="Profile accord report and list its hot spots.")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--seeds", action="store_true", help="profile the seeds (clustering on)")
    which.add_argument("--articles", type=int, help="profile N dev articles (clustering on)")
    parser.add_argument("--top", type=int, default=25, help="how many functions to list")
    parser.add_argument("--html", help="also write pyinstrument's HTML page here")
    args = parser.parse_args()

    from pyinstrument import Profiler

    import accord

    workload.warm_models()
    with tempfile.TemporaryDirectory(prefix="accord-profile-") as tmp:
        records = workload.dev_records()
        if args.seeds:
            paths, one_story, what = workload.seed_paths(), False, "the seeds"
        elif args.articles:
            chosen = workload.scaled_records(records, args.articles)
            paths = [str(workload.write_jsonl(chosen, Path(tmp) / "dev.jsonl"))]
            one_story, what = False, f"{args.articles} dev articles"
        else:
            label, story = workload.largest_story(records)
            paths = [str(workload.write_jsonl(story, Path(tmp) / "story.jsonl"))]
            one_story, what = True, f"the largest dev story ({label}, {len(story)} articles)"
        clear_caches()
        profiler = Profiler(interval=0.002)
        profiler.start()
        loaded = accord.load(paths)
        report = accord.analyze(loaded.articles, one_story=one_story, timings=loaded.timings)
        accord.render(report, "json")
        profiler.stop()
    print(f"report on {what}: " + ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items()))
    print("\n".join(hot_spots(profiler.last_session, args.top)))
    if args.html:
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
        print(f"wrote {args.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
