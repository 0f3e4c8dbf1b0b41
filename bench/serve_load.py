"""Load run of `accord serve` on loopback: C concurrent clients for S seconds against the story
list, story and search pages of a store of N articles; errors and p50/p99 latency per page kind.

    /work/main/.venv/bin/python bench/serve_load.py [--db PATH] [--articles 10000]
        [--clients 50] [--seconds 30] [--analysed 12] [--out bench/serve_load.json]

The store (built once at --db, reused when it already holds the articles): the ECB+ dev
documents, then perturbed replicas (bench/workload.scaled_records) up to N articles, each given
one of 24 outlet names and a date in a 60-day span (by a hash of its id), ingested with
`Store.add(..., analyse=False)`: stored, cleaned and grouped into stories, analysis pending.
The full analysis of all of them would take hours on 2 cores (~1.2 articles/s), so only
--analysed stories of 4-15 articles are analysed (`Store.analyse`); the story pages of the run
are those, so every story page served carries a real, complete analysis.

The server is `accord serve --db` in its own process (uvicorn, one worker, as a user starts it);
the clients are asyncio tasks on one httpx.AsyncClient in this process, each looping over list
pages (four sorts and filters, two pages deep), story pages and searches (words drawn from the
corpus) until the time is up. An error is any status other than 200 or a transport failure.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from machine import describe, load_average  # noqa: E402
from workload import dev_records, document_text, scaled_records  # noqa: E402

OUTLETS = [f"{a} {b}" for a in ("North", "South", "East", "West", "Coast", "City")
           for b in ("Ledger", "Courier", "Wire", "Post")]
SEARCH_WORDS = ("police", "killed", "earthquake", "fire", "arrested", "election", "court", "president",
                "hospital", "film", "award", "storm", "shot", "company", "death")


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def build(db: Path, n: int, analysed: int) -> dict:
    """A store of at least `n` articles at `db` (kept when it already holds them)."""
    from accord.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        have = store.counts()["articles"]
        if have < n:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "articles.jsonl"
                with path.open("w", encoding="utf-8") as fh:
                    # 2% more records than wanted: ~1% of the replicas repeat a stored text
                    # (the store keeps one), and the store must hold at least n articles
                    for r in scaled_records(dev_records(), int(n * 1.02)):
                        h = _h(r["doc_id"])
                        day = 1 + h % 60
                        fh.write(json.dumps({
                            "id": r["doc_id"], "title": r["title"], "text": document_text(r),
                            "outlet": OUTLETS[h % len(OUTLETS)],
                            "published": f"2026-{1 + (day - 1) // 30:02d}-{1 + (day - 1) % 30:02d}",
                        }) + "\n")
                store.add([str(path)], analyse=False)
        t_ingest = time.perf_counter() - t0
        rows = store.stories(limit=None)
        done = [r["id"] for r in rows if r.get("analysed")]
        todo = [r["id"] for r in rows if not r.get("analysed") and 4 <= r["articles"] <= 15]
        random.Random(7).shuffle(todo)
        t1 = time.perf_counter()
        if len(done) < analysed:
            store.analyse(todo[: analysed - len(done)])
        rows = store.stories(limit=None)
        counts = store.counts()
    sizes = [r["articles"] for r in rows if r.get("analysed")]
    return {"articles": counts["articles"], "stories": counts["stories"], "pending": counts["pending"],
            "analysed_ids": [r["id"] for r in rows if r.get("analysed")], "analysed_sizes": sizes,
            "ingest_s": round(t_ingest, 1), "analyse_s": round(time.perf_counter() - t1, 1)}


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(BENCH.parent / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", "--db", str(db), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("bench: accord serve exited at start")
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("bench: accord serve did not answer in 60 s")


def urls(stories: list[str]) -> dict[str, list[str]]:
    lists = ["/", "/?sort=disputed", "/?sort=sources", "/?page=2", f"/?outlet={OUTLETS[3].replace(' ', '+')}",
             "/?since=2026-01-10&until=2026-01-20"]
    return {"list": lists, "story": [f"/stories/{s}" for s in stories],
            "search": [f"/?q={w}" for w in SEARCH_WORDS]}


async def run_clients(base: str, pages: dict[str, list[str]], clients: int, seconds: float) -> dict:
    import httpx

    lat: dict[str, list[float]] = {k: [] for k in pages}
    errors: dict[str, list[str]] = {k: [] for k in pages}
    kinds = list(pages)
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60.0) as client:
        async def worker(k: int) -> None:
            rng = random.Random(k)
            i = k
            while time.perf_counter() < stop:
                kind = kinds[i % len(kinds)]
                url = rng.choice(pages[kind])
                i += 1
                t = time.perf_counter()
                try:
                    r = await client.get(url)
                    await r.aread()
                    ok = r.status_code == 200
                    why = f"{r.status_code} {url}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__} {url}"
                (lat[kind] if ok else errors[kind]).append(time.perf_counter() - t if ok else why)

        await asyncio.gather(*(worker(k) for k in range(clients)))
    out = {}
    for kind in kinds:
        xs = sorted(lat[kind])
        out[kind] = {"requests": len(xs) + len(errors[kind]), "errors": len(errors[kind]),
                     "error_examples": errors[kind][:5],
                     "p50_ms": round(1000 * xs[len(xs) // 2], 1) if xs else None,
                     "p99_ms": round(1000 * xs[min(len(xs) - 1, int(len(xs) * 0.99))], 1) if xs else None,
                     "mean_ms": round(1000 * statistics.fmean(xs), 1) if xs else None}
    every = sorted(x for k in kinds for x in lat[k])
    out["all"] = {"requests": sum(out[k]["requests"] for k in kinds), "errors": sum(out[k]["errors"] for k in kinds),
                  "p50_ms": round(1000 * every[len(every) // 2], 1) if every else None,
                  "p99_ms": round(1000 * every[min(len(every) - 1, int(len(every) * 0.99))], 1) if every else None,
                  "per_second": round(len(every) / seconds, 1)}
    return out


def markdown(report: dict) -> str:
    """The run as a short Markdown page: conditions first, then the table."""
    m, st = report["machine"], report["store"]
    lines = [
        "# accord serve under load (bench/serve_load.py)", "",
        f"{report['clients']} concurrent clients for {report['seconds']:.0f} s on loopback against `accord serve`",
        "(uvicorn, one process); clients and server on the same machine.", "",
        f"- machine: {m.get('cpu', '?')}, {m.get('cores', '?')}, {m.get('memory', '?')}; {m.get('date', '')}; "
        f"commit {m.get('commit', '?')}",
        f"- load average (1, 5, 15 min) before {report['load_before']}, after {report['load_after']}"
        " (the cores are shared with other work)",
        f"- store: {st['articles']} articles in {st['stories']} stories (SQLite); {len(st['analysed_sizes'])} stories "
        f"analysed in full, of {min(st['analysed_sizes'], default=0)}-{max(st['analysed_sizes'], default=0)} articles "
        "(the story pages of the run); the rest stored and grouped, analysis pending",
        "",
        "| page | requests | errors | p50 ms | p99 ms |", "|---|---:|---:|---:|---:|",
    ]
    for kind, r in report["result"].items():
        lines.append(f"| {kind} | {r['requests']} | {r['errors']} | {r['p50_ms']} | {r['p99_ms']} |")
    lines += ["", f"Throughput: {report['result']['all']['per_second']} pages/s.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "accord-serve-bench.db")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--analysed", type=int, default=8)
    ap.add_argument("--port", type=int, default=8731)
    ap.add_argument("--out", type=Path, default=BENCH / "serve_load.json",
                    help="raw figures (JSON); a Markdown table goes beside it (.md)")
    args = ap.parse_args(argv)

    store = build(args.db, args.articles, args.analysed)
    print(f"store: {store['articles']} articles, {store['stories']} stories, "
          f"{len(store['analysed_ids'])} analysed (sizes {sorted(store['analysed_sizes'])}); "
          f"ingest {store['ingest_s']} s, analysis {store['analyse_s']} s", file=sys.stderr)
    proc = start_server(args.db, args.port)
    try:
        base = f"http://127.0.0.1:{args.port}"
        pages = urls(store["analysed_ids"])
        for kind in pages:  # one warm-up request per URL (first-use costs are not the steady state)
            for u in pages[kind]:
                urllib.request.urlopen(base + u, timeout=120).read()
        load_before = load_average()
        result = asyncio.run(run_clients(base, pages, args.clients, args.seconds))
        load_after = load_average()
    finally:
        proc.terminate()
        proc.wait(10)
    report = {"machine": describe(), "load_before": load_before, "load_after": load_after,
              "clients": args.clients, "seconds": args.seconds,
              "store": {k: v for k, v in store.items() if k != "analysed_ids"}, "result": result}
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(report), encoding="utf-8")
    for kind, r in result.items():
        print(f"{kind:>7}: {r['requests']} requests, {r['errors']} errors, p50 {r['p50_ms']} ms, "
              f"p99 {r['p99_ms']} ms")
    print(f"load average {load_before} -> {load_after}; written to {args.out}")
    return 0 if result["all"]["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
