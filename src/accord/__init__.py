"""accord: cross-source news corroboration.

The public API is a handful of functions; the `accord` command is a thin wrapper over them.

    >>> import accord
    >>> loaded = accord.load(["examples/port-fire"])          # read and clean
    >>> report = accord.analyze(loaded.articles)             # stories, facts, discrepancies ...
    >>> print(accord.render(report, "md"))                   # terminal | md | json | html
"""

from __future__ import annotations

__version__ = "0.1.0"

from accord.pipeline import analyze, analyze_story, group, load  # noqa: E402
from accord.report import render, render_clusters  # noqa: E402


def __getattr__(name: str):
    # the store (and SQLAlchemy) load only when used: `accord report` does not need them
    if name in ("Store", "IngestResult"):
        import accord.store

        return getattr(accord.store, name)
    raise AttributeError(f"module 'accord' has no attribute {name!r}")


__all__ = ["__version__", "load", "analyze", "analyze_story", "group", "render", "render_clusters",
           "Store", "IngestResult"]
