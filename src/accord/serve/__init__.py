"""serve: web pages and a JSON API over the store (`accord serve`).

FastAPI with server-rendered jinja2 pages and no front-end build: the story list (sort, outlet,
dates, full-text search), each story's page (the HTML report's section: citations that open
their span, discrepancies, quote word diffs, who copied whom), every discrepancy across stories
("disputed"), and each outlet's track record. The JSON API follows CONTRACT.md.

    accord serve --db accord.db                    # http://127.0.0.1:8000
    ACCORD_TOKEN=secret accord serve --db accord.db   # also POST /api/articles to ingest

What it does not do: analyse anything itself (the store does, on ingest), or listen beyond
127.0.0.1 unless told to (--host).
"""

from __future__ import annotations

import os
from pathlib import Path

from accord.errors import UsageError

# Seconds an idle keep-alive connection stays open. uvicorn's default (5 s) lost a request in
# the 50-client bench: under overload the event loop reached a waiting request after the timer
# had closed its connection (a ReadError at the client); 30 s is nginx's order of magnitude.
KEEP_ALIVE_S = 30


def app_for(db: str | Path | None = None, report: str | Path | None = None, token: str | None = None):
    """The app over the store at `db`, or over a JSON report file (`report`, read-only)."""
    from accord.serve.app import create_app

    if report is not None:
        from accord.serve.reportfile import ReportFile

        loaded = ReportFile(report)
        return create_app(lambda: loaded, token=token, shared=True)
    from accord.store import Store

    store = Store(str(db or "accord.db"))  # fails now, with the store's own message; one engine
    return create_app(lambda: store, token=token, shared=True)  # (thread-safe pool) for all threads


def run(db: str | Path | None = None, host: str = "127.0.0.1", port: int = 8000,
        report: str | Path | None = None, log_level: str = "info") -> None:
    """Serve until stopped. The ingest token comes from ACCORD_TOKEN (never from the command line,
    where other users could read it in the process list)."""
    import uvicorn

    if not (0 < port < 65536):
        raise UsageError(f"--port must be between 1 and 65535; got {port}")
    app = app_for(db, report, token=os.environ.get("ACCORD_TOKEN") or None)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False,
                limit_concurrency=1000, timeout_keep_alive=KEEP_ALIVE_S)
