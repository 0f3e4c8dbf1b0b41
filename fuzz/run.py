"""`make fuzz`: generated hostile inputs through the whole of accord, and what broke.

    python fuzz/run.py [--inputs 10000] [--seed 20] [--analyse-every 100] [--big-mb 200]

Each hypothesis example (fuzz.cases) is a folder of 1-3 generated inputs, with a link to a
file outside the folder and, now and then, a FIFO. Every example goes through `accord.load`
(ingest and clean) and `segment`; every `--analyse-every`-th through `analyze` (cluster,
provenance, align, compare, claims, summarize, with the real encoder) and every output format
(json, md, terminal, html). Printed at the end:

    crashes         exceptions out of accord (load, segment, analyze, render): must be 0
    over limit      examples whose load took over PER_INPUT_SECONDS of CPU: must be 0 (those
                    over it in wall time only are printed too)
    records lost    records of well-formed containers that came back neither as an article
                    nor as a rejection of their own: must be 0
    outside read    files outside the given folder opened (an audit hook on open): must be 0
    unsafe output   a lone surrogate or an escape character in an article field or an output
    peak memory     of this process, and of a child reading one --big-mb MB input

Then (fuzz/served.py) --posts bodies posted to `accord serve`'s POST /api/articles and --polls
bodies served to `accord watch`, each into a real store: crashes (5xx), records lost, unsafe
output, CPU seconds. Seeded (hypothesis derandomised from --seed), so a run can be repeated;
the version of hypothesis is pinned in pyproject.toml.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PER_INPUT_SECONDS = 10.0
_UNSAFE = ("\x1b", "\x07", "\x00")


@dataclass
class Tally:
    examples: int = 0
    inputs: int = 0
    articles: int = 0
    rejections: int = 0
    analysed: int = 0
    crashes: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)
    slowest: float = 0.0
    slowest_cpu: float = 0.0
    slow_wall: list[str] = field(default_factory=list)  # over the limit in wall time only: told, not failed
    times: list = field(default_factory=list)

    def ok(self) -> bool:
        return not (self.crashes or self.slow or self.lost or self.outside or self.unsafe)


class Opened:
    """Paths opened while armed, from an audit hook (hooks cannot be removed: armed/disarmed)."""

    def __init__(self):
        self.armed = False
        self.paths: list[str] = []
        sys.addaudithook(self._hook)

    def _hook(self, event, args):
        if self.armed and event == "open" and args and isinstance(args[0], (str, bytes)):
            self.paths.append(os.fsdecode(args[0]))


def write_case(case, folder: Path, outside: Path, with_fifo: bool) -> None:
    folder.mkdir(parents=True)
    for name, data in case.files.items():
        path = os.fsencode(folder) + b"/" + name.encode("utf-8", "surrogateescape")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
    (folder / "link-out.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-dir").symlink_to(outside)
    if with_fifo:
        os.mkfifo(folder / "pipe.txt")


def check_example(case, folder: Path, outside: Path, tally: Tally, opened: Opened,
                  analyse: bool, encoder) -> None:
    from accord.pipeline import analyze, load
    from accord.report import render
    from accord.segment import segment
    from accord.textsafe import display_name

    where = f"example {tally.examples} ({', '.join(sorted(case.kinds.values()))})"
    opened.paths.clear()
    opened.armed = True
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        loaded = load([str(folder)])
    except Exception:
        tally.crashes.append(f"{where}: load: {traceback.format_exc(limit=3)}")
        return
    finally:
        opened.armed = False
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    tally.slowest = max(tally.slowest, seconds)
    tally.slowest_cpu = max(tally.slowest_cpu, cpu)
    tally.times.append((seconds, where, {n: len(d) for n, d in case.files.items()}))
    # the limit is on CPU time, this process's work: on 2 cores shared by a dozen processes
    # (load average 15-19 during the runs) wall time is mostly waiting for a core
    if cpu > PER_INPUT_SECONDS:
        tally.slow.append(f"{where}: load took {cpu:.1f} s of CPU ({seconds:.1f} s wall)")
    elif seconds > PER_INPUT_SECONDS:
        tally.slow_wall.append(f"{where}: load took {seconds:.1f} s wall, {cpu:.1f} s of CPU")
    tally.articles += len(loaded.articles)
    tally.rejections += len(loaded.rejected)
    real_outside = str(outside.resolve())
    for path in opened.paths:
        if os.path.realpath(path).startswith(real_outside):
            tally.outside.append(f"{where}: opened {path}")
    # records: each record of a well-formed container is an article or a rejection of its own
    for name, expected in case.records.items():
        source = display_name(str(folder / name))
        got = sum(1 for a in loaded.articles if a.source.startswith(source + "#") or a.source == source)
        got += sum(1 for r in loaded.rejected if r.source.startswith(source + "#") or r.source == source)
        if got < expected:
            tally.lost.append(f"{where}: {name!r} gave {got} of {expected} records")
    for a in loaded.articles:
        for value in (a.text, a.title, a.source, a.outlet, a.byline, a.id, *a.removed):
            if value and (any(c in value for c in _UNSAFE) or _has_surrogate(value)):
                tally.unsafe.append(f"{where}: article {a.id!r} holds {value[:60]!r}")
                break
        try:
            segment(a)
        except Exception:
            tally.crashes.append(f"{where}: segment: {traceback.format_exc(limit=3)}")
    if not analyse or not loaded.articles:
        return
    tally.analysed += 1
    try:
        report = analyze(loaded.articles, rejected=loaded.rejected, encoder=encoder,
                         one_story=tally.analysed % 2 == 0)
        for fmt in ("json", "md", "terminal", "html"):
            text = render(report, fmt, width=100, color=False)
            text.encode("utf-8")  # a lone surrogate would raise here
            if any(c in text for c in _UNSAFE):
                tally.unsafe.append(f"{where}: {fmt} output holds a control character")
    except Exception:
        tally.crashes.append(f"{where}: analyze/render: {traceback.format_exc(limit=4)}")


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def run(n_inputs: int, seed: int, analyse_every: int, tally: Tally | None = None,
        encoder=None, progress: bool = False) -> Tally:
    """Generate examples until `n_inputs` inputs have gone through; the tally of what broke."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from cases import cases

    tally = tally or Tally()
    opened = Opened()
    work = Path(tempfile.mkdtemp(prefix="accord-fuzz-"))
    outside = work / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("OUTSIDE-SECRET The harbour fire was put out, officials said.")
    if encoder is None and analyse_every:
        from accord.embed import Encoder

        encoder = Encoder()

    @hypothesis_seed(seed)
    @settings(max_examples=n_inputs, database=None, deadline=None, derandomize=False,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(cases())
    def one(case):
        if tally.inputs >= n_inputs:
            return
        folder = work / f"ex{tally.examples}"
        write_case(case, folder, outside, with_fifo=tally.examples % 7 == 0)
        analyse = bool(analyse_every) and tally.examples % analyse_every == 0
        check_example(case, folder, outside, tally, opened, analyse, encoder)
        tally.examples += 1
        before = tally.inputs
        tally.inputs += len(case.files)
        if progress and tally.inputs // 500 > before // 500:
            print(f"  {tally.inputs} inputs, {len(tally.crashes)} crashes, {len(tally.slow)} slow, "
                  f"{len(tally.lost)} lost, slowest {tally.slowest:.1f} s", file=sys.stderr, flush=True)
        shutil.rmtree(folder, ignore_errors=True)

    try:
        one()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally


def big_input_memory(megabytes: int) -> list[str]:
    """Peak memory of a fresh process loading one `megabytes` MB input of each kind read whole
    or streamed (a JSON document, JSON Lines), its records each over the article cap."""
    out = []
    work = Path(tempfile.mkdtemp(prefix="accord-big-"))
    try:
        record = '{"text": "' + "The harbour fire was put out. " * 190_000 + '"}'  # ~5.7 MB: over the cap
        count = max(1, megabytes * 1_000_000 // len(record))
        (work / "big.jsonl").write_text("\n".join([record] * count))
        (work / "big.json").write_text("[" + ",".join([record] * (count - 1)) + "]")
        # VmHWM, not ru_maxrss: Linux carries a process's ru_maxrss across fork and exec, so a
        # child would report this (larger) process's peak
        code = ("import sys, time; from accord.pipeline import load; t = time.perf_counter(); "
                "L = load([sys.argv[1]]); print(len(L.articles), len(L.rejected), round(time.perf_counter() - t, 1), "
                "[int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
        for name in ("big.jsonl", "big.json"):
            path = work / name
            done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                                  env={**os.environ}, timeout=1200)
            if done.returncode:
                out.append(f"{name}: failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            arts, rejs, secs, peak = done.stdout.split()
            out.append(f"{name} ({path.stat().st_size / 1e6:.0f} MB): {arts} articles, {rejs} rejected, "
                       f"{secs} s, peak memory {peak} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


REFUSED_FORMS = ["http://127.0.0.1:{}/a", "http://localhost:{}/b", "http://[::1]:{}/c", "http://10.0.{}.1/d",
                 "http://192.168.{}.2/e", "http://169.254.169.254/{}", "http://[2002:7f00:1::]:{}/f",
                 "http://[64:ff9b::a00:1]/{}", "http://[::ffff:127.0.0.1]/{}", "http://2130706433/{}"]


def refused_url_list(lines: int) -> str:
    """Wall time, peak memory and exit status of `accord report --fetch` on a `lines`-line URL
    list of refused addresses (loopback, private, link-local, IPv4 inside IPv6, decimal, a
    name for loopback), in a fresh process."""
    work = Path(tempfile.mkdtemp(prefix="accord-urls-"))
    try:
        path = work / "urls.txt"
        path.write_text("\n".join(REFUSED_FORMS[n % len(REFUSED_FORMS)].format(n % 250 + 1) for n in range(lines)) + "\n")
        env = {k: v for k, v in os.environ.items() if k != "ACCORD_FETCH_ALLOW_PRIVATE"}
        code = ("import atexit, sys, time; from accord.cli import main; t = time.perf_counter(); "
                "atexit.register(lambda: print(round(time.perf_counter() - t, 1), "
                "[int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM')][0], "
                "file=sys.__stdout__, flush=True)); "
                "main(['report', '--fetch', sys.argv[1], '-o', sys.argv[2]])")
        t0, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run([sys.executable, "-c", code, str(path), str(work / "out.json")], capture_output=True,
                              text=True, env=env, timeout=1800)
        wall, after = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        refused = done.stderr.count("refused")
        last = done.stdout.strip().splitlines()[-1:] or ["? ?"]
        inside, peak = (last[0].split() + ["?", "?"])[:2]
        rc = done.returncode
        return (f"{lines:,}-line URL list of refused addresses: accord report --fetch {cpu:.1f} s of CPU, {wall:.1f} s wall "
                f"({inside} s inside main; load average {os.getloadavg()[0]:.0f}), peak memory {peak} MB, {refused:,} 'refused' lines on stderr, exit {rc}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--analyse-every", type=int, default=100)
    parser.add_argument("--big-mb", type=int, default=200, help="0: skip the big-input memory check")
    parser.add_argument("--url-lines", type=int, default=100_000, help="0: skip the refused URL list")
    parser.add_argument("--posts", type=int, default=100, help="bodies posted to the API (fuzz/served.py)")
    parser.add_argument("--polls", type=int, default=100, help="bodies polled by watch (fuzz/served.py)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    tally = run(args.inputs, args.seed, args.analyse_every, progress=True)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{tally.inputs} inputs in {tally.examples} examples ({tally.articles} articles, "
          f"{tally.rejections} rejections; {tally.analysed} examples analysed and rendered in 4 formats) "
          f"in {elapsed:.0f} s; slowest load {tally.slowest_cpu:.2f} s of CPU, {tally.slowest:.2f} s wall; "
          f"load average at the end {os.getloadavg()[0]:.1f}")
    for label, items in (("crashes", tally.crashes), (f"over {PER_INPUT_SECONDS:g} s of CPU", tally.slow),
                         (f"over {PER_INPUT_SECONDS:g} s wall only (told, not failed)", tally.slow_wall),
                         ("records lost", tally.lost), ("files outside the folder read", tally.outside),
                         ("unsafe output", tally.unsafe)):
        print(f"{label}: {len(items)}")
        for item in items[:10]:
            print("   ", item.rstrip().replace("\n", "\n    "))
    print(f"peak memory of this run: {peak} MB")
    if os.environ.get("FUZZ_VERBOSE"):
        for item in sorted(tally.times, key=lambda t: t[0], reverse=True)[:8]:
            print("slow example:", item)
    served_ok = True
    if args.posts or args.polls:
        import served

        t0 = time.perf_counter()
        got = served.run(args.posts, args.polls, args.seed)
        print("\n".join(served.report(got, time.perf_counter() - t0)), flush=True)
        served_ok = got.ok()
    if args.big_mb:
        for line in big_input_memory(args.big_mb):
            print(line)
    if args.url_lines:
        print(refused_url_list(args.url_lines))
    return 0 if tally.ok() and served_ok else 1


if __name__ == "__main__":
    sys.exit(main())
