"""bulk: `accord bulk`, a large collection read, grouped and analysed on a distributed engine.

    engine.py      one small adapter over Dask (dask.distributed) and Ray: start or join a cluster, map
    partitions.py  read and clean in partitions of the inputs, with the local run's ids and rejections
    windows.py     grouping by time window, stories joined across window edges
    run.py         the stages on the engine, and the store written (accord.store.bulk)

A heap that fits one time window (settings.BULK_WINDOW_ARTICLES) comes out exactly as `accord
report` makes it: the same stories and the same story reports (tests/test_bulk.py); larger
heaps are grouped window by window (docs/scale.md: what crosses partitions, and the limits).

What it does not do: add to a store that already holds articles (accord ingest does), fetch
URLs, or run without an engine (a local run is `accord report` / `accord ingest`).
"""

from accord.bulk.run import BulkResult, bulk

__all__ = ["bulk", "BulkResult"]
