"""store: a story database that keeps up as articles arrive (SQLite by default).

    schema.py     tables (SQLAlchemy Core), migrations, how SQLite is opened (WAL, BEGIN IMMEDIATE)
    placement.py  online clustering that goes on from the stored stories
    rows.py       articles, membership and a story's analysis in and out of the tables
    read.py       the read API as plain dicts (CLI, accord.Store, serve/)
    records.py    a stored story element back into accord.types records, for the renderers
    core.py       Store: add (batches, one transaction each), analyse, the read methods
    watch.py      poll feeds and URL lists into a store

The store only persists and reloads pipeline records: every analysis is the pipeline's own
(`accord.analyze_story`), stored as the element `accord report --format json` writes.
"""

from accord.store.core import IngestResult, Store

__all__ = ["Store", "IngestResult"]
