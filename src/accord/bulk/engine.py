"""One small adapter over the two distributed engines `accord bulk` runs on: Dask and Ray.

    with open_engine("dask", workers=2) as engine:
        for index, result in engine.map(task, items):   # as they finish; index into items
            ...

`open_engine` starts a local cluster of `workers` processes, or connects to a running one at
`address` (a Dask scheduler `tcp://host:8786`, a Ray head `host:6379` or `auto`): that is how a
run spreads over many machines. Tasks are plain top-level functions of `accord.bulk` (shipped by
reference: every worker imports accord itself), each given one picklable argument.

What it does not do: retry a task whose worker died (both engines resubmit it themselves), or
hold data on the workers between stages: each stage's results come back to the driver, which
plans the next stage (docs/scale.md says what that costs).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from accord.errors import AccordError, UsageError

ENGINES = ("dask", "ray")


def _env() -> dict[str, str]:
    """What a worker process needs from the driver's environment (accord's source path first)."""
    keep = ("PYTHONPATH", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "ACCORD_DEBUG", "ACCORD_ENCODER_THREADS")
    return {k: os.environ[k] for k in keep if k in os.environ}


def _local_env(workers: int) -> dict[str, str]:
    """A local cluster's workers share this machine's cores: each encoder gets its share of
    them (as accord.workers gives its processes one each), unless ACCORD_ENCODER_THREADS is set.
    The encodings do not depend on it (accord.embed), only the speed: 2 workers of 2 threads
    each on 2 cores would fight over them."""
    from accord.workers import usable_cores

    env = _env()
    env.setdefault("ACCORD_ENCODER_THREADS", str(max(1, usable_cores() // workers)))
    return env


class DaskEngine:
    name = "dask"

    def __init__(self, workers: int, address: str | None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("--engine dask: the dask[distributed] package is not installed "
                             "(pip install 'dask[distributed]==2026.8.0')") from None
        self._cluster = None
        if address:
            self.client = Client(address, timeout="30s")
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address="127.0.0.1:0", silence_logs=50,
                                         env=_local_env(workers))
            self.client = Client(self._cluster)
            self.client.wait_for_workers(workers)
        self.workers = len(self.client.scheduler_info(n_workers=-1)["workers"]) or workers

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        from dask.distributed import as_completed

        futures = self.client.map(fn, list(items), pure=False)
        index = {f.key: n for n, f in enumerate(futures)}
        for future in as_completed(futures):
            yield index[future.key], future.result()
            future.release()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


class RayEngine:
    name = "ray"

    def __init__(self, workers: int, address: str | None) -> None:
        try:
            import ray
        except ImportError:
            raise UsageError("--engine ray: the ray package is not installed (pip install ray==2.60.0)") from None
        self.ray = ray
        options = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
        # a new local node turns Ray's token authentication on by default and says so on stderr
        # at every start (not an error): only its errors reach the user, one line (open_engine)
        logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
        if address:
            ray.init(address=address, runtime_env={"env_vars": _env()}, **options)
        else:
            ray.init(num_cpus=workers, runtime_env={"env_vars": _local_env(workers)}, **options)
        self.workers = int(ray.cluster_resources().get("CPU", workers))

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[tuple[int, Any]]:
        remote = self.ray.remote(num_cpus=1)(fn)
        refs = [remote.remote(item) for item in items]
        index = {ref: n for n, ref in enumerate(refs)}
        pending = list(refs)
        while pending:
            done, pending = self.ray.wait(pending, num_returns=1)
            yield index[done[0]], self.ray.get(done[0])

    def close(self) -> None:
        self.ray.shutdown()


@contextmanager
def open_engine(name: str, workers: int, address: str | None = None):
    """A started engine (`name` one of ENGINES), shut down when the block ends."""
    if name not in ENGINES:
        raise UsageError(f"--engine {name!r}: expected one of {', '.join(ENGINES)}")
    if workers < 1:
        raise UsageError(f"--workers {workers!r}: expected 1 or more")
    try:
        engine = DaskEngine(workers, address) if name == "dask" else RayEngine(workers, address)
    except UsageError:
        raise
    except Exception as exc:  # the engine could not start or connect: one line, not its traceback
        where = f"the cluster at {address}" if address else f"a local cluster of {workers} worker(s)"
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise AccordError(f"--engine {name}: could not start or reach {where} ({message})") from None
    try:
        yield engine
    finally:
        engine.close()


def ordered(results: Iterator[tuple[int, Any]], n: int, progress: Callable[[int], None] | None = None) -> list:
    """`results` (index, value) gathered into a list in index order, `progress(done)` on each."""
    out: list[Any] = [None] * n
    for done, (i, value) in enumerate(results, 1):
        out[i] = value
        if progress:
            progress(done)
    return out
