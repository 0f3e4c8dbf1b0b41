"""Clustering speed: articles per second of `cluster_articles` at 500, 1,000 and 2,000 articles.

The workload is the ECB+ dev data (535 documents) repeated with altered ids. Replica k of a
document drops every 7th word (from word k on), so a replica is not a near-duplicate of its
original (word 3-shingle Jaccard ~0.4) and goes through the full story decision, the slow path;
exact copies would take the cheap duplicate path and flatter the figure. Articles are built
in memory (no ingest or cleaning); the time is that of `cluster_articles` alone, the fastest of
`repeats` runs, in process CPU seconds and wall seconds.

Growth is time(2,000) / time(500): 4.0 means linear, more means super-linear.

    /work/main/.venv/bin/python bench/bench_cluster.py [--quick]

`run()` returns the figures as a dict, for bench/run.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accord.cluster import cluster_articles  # noqa: E402
from accord.types import Article  # noqa: E402
from workload import dev_records  # noqa: E402

GOAL = 200.0  # articles per second, from issue 3


def workload(n: int) -> list[Article]:
    """`n` articles: the dev documents, then altered replicas with ids `<doc_id>-r<k>`."""
    records = dev_records()
    out: list[Article] = []
    k = 0
    while len(out) < n:
        for r in records:
            if len(out) == n:
                break
            text = r["title"] + " " + r["text"]
            title = r["title"]
            doc_id = r["doc_id"]
            if k:
                words = text.split()
                text = " ".join(w for i, w in enumerate(words) if i < k or (i - k) % 7)
                doc_id = f"{doc_id}-r{k}"
            out.append(Article(id=doc_id, source=f"bench:{doc_id}", text=text, title=title))
        k += 1
    return out


def measure(n: int, repeats: int) -> dict:
    articles = workload(n)
    cpu, wall, stories, duplicates = [], [], 0, 0
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        result = cluster_articles(articles)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
        stories = len(result)
        duplicates = sum(len(s.duplicates) for s in result)
    seconds = min(cpu)  # the least disturbed run: the machine is shared (timeit does the same)
    return {
        "articles": n,
        "cpu_seconds": round(seconds, 3),
        "wall_seconds": round(min(wall), 3),
        "articles_per_second": round(n / seconds, 1),  # on CPU time: the machine is shared
        "articles_per_second_wall": round(n / min(wall), 1),
        "stories": stories,
        "duplicates": duplicates,
    }


def run(quick: bool = False) -> dict:
    """Figures for each size, and the growth of time between the smallest and largest size."""
    sizes = (50, 100, 200) if quick else (500, 1000, 2000)
    repeats = 1 if quick else 3
    rows = [measure(n, repeats) for n in sizes]
    growth = rows[-1]["cpu_seconds"] / rows[0]["cpu_seconds"] if rows[0]["cpu_seconds"] else float("nan")
    return {
        "sizes": rows,
        "growth": round(growth, 2),
        "growth_of": f"{sizes[-1]} vs {sizes[0]}",
        "linear_growth": sizes[-1] / sizes[0],
        "goal_articles_per_second": GOAL,
        "min_articles_per_second": min(r["articles_per_second"] for r in rows),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 50/100/200, one run each")
    args = parser.parse_args(argv)
    result = run(quick=args.quick)
    print(f"{'articles':>9} {'cpu s':>8} {'wall s':>8} {'art/s cpu':>10} {'art/s wall':>11} "
          f"{'stories':>8} {'dups':>6}")
    for r in result["sizes"]:
        print(f"{r['articles']:>9} {r['cpu_seconds']:>8.2f} {r['wall_seconds']:>8.2f} "
              f"{r['articles_per_second']:>10.1f} {r['articles_per_second_wall']:>11.1f} "
              f"{r['stories']:>8} {r['duplicates']:>6}")
    print(f"growth {result['growth_of']}: {result['growth']:.2f}x time "
          f"(linear would be {result['linear_growth']:.1f}x); goal {GOAL:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
