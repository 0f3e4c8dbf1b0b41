"""Overhead of the two distributed engines accord bulk can run on: Ray and Dask (distributed).

    /work/main/.venv/bin/python bench/engines.py [--repeats 3] [--tasks 400] [-o bench/engines.json]

Per engine, in a fresh process each time (alternating ray, dask, ray, dask ... so that the load
of a shared machine falls on both alike):
  import    seconds to import the engine's client module
  start     seconds to start a local cluster of 2 worker processes and connect to it
  noop      per-task overhead: N tasks that return their argument, submitted at once, gathered
  payload   per-task overhead with 256 KB of bytes in and out (an article batch is about that)
  stop      seconds to shut the cluster down
Install size is measured apart (du of the packages each engine brought; see docs/scale.md).

What it does not measure: accord's own work (bench/bulk.py does), nor many machines.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

PROBE = r"""
import json, sys, time
engine, tasks = sys.argv[1], int(sys.argv[2])
out = {}
t = time.perf_counter()
if engine == "ray":
    import ray
else:
    import dask.distributed
out["import"] = time.perf_counter() - t

def echo(x):
    return x

payloads = [b"x" * 262144 for _ in range(tasks // 4)]
t = time.perf_counter()
if engine == "ray":
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    remote = ray.remote(echo)
    ray.get([remote.remote(0) for _ in range(2)])  # both workers up
    out["start"] = time.perf_counter() - t
    t = time.perf_counter(); ray.get([remote.remote(i) for i in range(tasks)])
    out["noop"] = (time.perf_counter() - t) / tasks
    t = time.perf_counter(); ray.get([remote.remote(p) for p in payloads])
    out["payload"] = (time.perf_counter() - t) / len(payloads)
    t = time.perf_counter(); ray.shutdown(); out["stop"] = time.perf_counter() - t
else:
    from dask.distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=50)
    client = Client(cluster)
    client.wait_for_workers(2)
    out["start"] = time.perf_counter() - t
    t = time.perf_counter(); client.gather(client.map(echo, range(tasks), pure=False))
    out["noop"] = (time.perf_counter() - t) / tasks
    t = time.perf_counter(); client.gather(client.map(echo, payloads, pure=False))
    out["payload"] = (time.perf_counter() - t) / len(payloads)
    t = time.perf_counter(); client.close(); cluster.close(); out["stop"] = time.perf_counter() - t
print(json.dumps(out))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tasks", type=int, default=400)
    ap.add_argument("-o", "--output", default="bench/engines.json")
    args = ap.parse_args()
    runs: dict[str, list[dict]] = {"ray": [], "dask": []}
    load_before = os.getloadavg()
    for _ in range(args.repeats):
        for engine in ("ray", "dask"):
            done = subprocess.run([sys.executable, "-c", PROBE, engine, str(args.tasks)],
                                  capture_output=True, text=True, timeout=600)
            if done.returncode:
                sys.exit(f"{engine} probe failed: {done.stderr.strip().splitlines()[-1:]}")
            runs[engine].append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(engine, runs[engine][-1], flush=True)
    summary = {
        engine: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for engine, rs in runs.items()
    }
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "tasks": args.tasks,
              "load_average_before": load_before, "load_average_after": os.getloadavg(),
              "median": summary, "runs": runs}
    with open(args.output, "w") as fh:
        json.dump(result, fh, indent=1)
    for engine, s in summary.items():
        print(f"{engine}: import {s['import']:.2f} s, start {s['start']:.2f} s, "
              f"no-op task {s['noop'] * 1e3:.2f} ms, 256 KB task {s['payload'] * 1e3:.2f} ms, "
              f"stop {s['stop']:.2f} s")


if __name__ == "__main__":
    main()
