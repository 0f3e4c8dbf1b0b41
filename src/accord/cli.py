"""The `accord` command: a thin click wrapper over the library.

It parses options, shows progress on stderr, turns library errors into one-line messages and
sets the exit status (CONTRACT.md): 0 every input used; 1 some inputs rejected, the rest
analysed and written; 2 nothing usable, or wrong usage. No traceback reaches the user.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from accord import __version__, settings
from accord.errors import AccordError, UsageError

EXIT_OK, EXIT_SOME_REJECTED, EXIT_NOTHING = 0, 1, 2


_OPTIONS: dict[str, bool] = {}  # input options every command shares, set by _inputs


def _inputs(f):
    @click.argument("paths", nargs=-1, required=True, metavar="PATH...")
    @click.option("--fetch", is_flag=True, help="Also fetch http(s) URLs given as PATH or listed in a URL list file.")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE instead of stdout.")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bars on stderr.")
    @click.option("--follow-links", is_flag=True,
                  help="In a directory, also read links that lead out of it (skipped and listed otherwise).")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        _OPTIONS["follow_links"] = kwargs.pop("follow_links", False)
        return f(*args, **kwargs)

    return wrapper


class _Progress:
    """rich progress bars on stderr, only on a terminal and without --quiet."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._bar = None
        self._tasks: dict[str, int] = {}

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description:>10}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
        return self

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if self._bar is None:
            return
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)


def _error(message: str) -> None:
    from accord.textsafe import printable

    click.echo(f"accord: {printable(message)}", err=True)  # no escape sequence reaches the terminal


def _load(paths, fetch: bool, progress):
    from accord.pipeline import load

    loaded = load(list(paths), fetch=fetch, stdin=sys.stdin, progress=progress,
                  follow_links=_OPTIONS.get("follow_links", False))
    for r in loaded.rejected:
        _error(f"{r.source}: {r.reason} (rejected at {r.stage})")
    return loaded


def _write(text: str, output: str | None) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate that got past load(): escape it, keep the report
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _exit_status(n_articles: int, n_rejected: int) -> int:
    if n_articles == 0:
        return EXIT_NOTHING
    return EXIT_SOME_REJECTED if n_rejected else EXIT_OK


def _default_format() -> str:
    return "terminal" if sys.stdout.isatty() else "json"


def _guarded(f):
    """Turn every failure into one stderr line and exit status 2: never a traceback."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except click.exceptions.Exit:
            raise
        except (AccordError, ValueError) as exc:  # UsageError is an AccordError
            _error(str(exc))
            sys.exit(EXIT_NOTHING)
        except KeyboardInterrupt:
            _error("interrupted")
            sys.exit(130)
        except Exception as exc:  # a bug: still one line, with what to report
            _error(f"internal error: {type(exc).__name__}: {exc} (please report this with the input)")
            if os.environ.get("ACCORD_DEBUG"):
                raise
            sys.exit(EXIT_NOTHING)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
def main() -> None:
    """accord: what news sources agree on, where they differ, who said what, who copied whom.

    \b
    Example:
      accord report examples/port-fire --format md -o report.md
    """


@main.command()
@_inputs
@click.option("--format", "fmt", type=click.Choice(["terminal", "md", "json", "html"]), default=None,
              help="Output format (default: terminal on a TTY, json otherwise).")
@click.option("--one-story", is_flag=True, help="The inputs are one story: skip grouping.")
@click.option("--summary-words", type=click.IntRange(min=10), default=settings.SUMMARY_WORDS,
              show_default=True, help="Length of each story's consensus summary, in words.")
@_guarded
def report(paths, fetch, output, quiet, fmt, one_story, summary_words):
    """Full analysis of every story in PATH...: facts, cited summary, discrepancies, quotes,
    entities, who copied whom, timeline and exclusive facts.

    PATH is a file, a directory (read recursively) or - for stdin: plain text, HTML, JSON or
    JSON Lines, RSS/Atom feeds, WARC files.

    \b
    Examples:
      accord report examples/port-fire
      accord report crawl.warc feeds/ --format html -o report.html
      cat articles.jsonl | accord report - --one-story --format json
    """
    from accord.pipeline import analyze
    from accord.report import render

    fmt = fmt or _default_format()
    show = not quiet and sys.stderr.isatty()
    with _Progress(show) as progress:
        loaded = _load(paths, fetch, progress)
        if not loaded.articles:
            _error("no usable article in the inputs")
            sys.exit(EXIT_NOTHING)
        result = analyze(
            loaded.articles,
            one_story=one_story,
            summary_words=summary_words,
            rejected=loaded.rejected,
            progress=progress,
            timings=loaded.timings,
        )
    _write(render(result, fmt, width=_width(output), color=False if output else None), output)
    sys.exit(_exit_status(len(loaded.articles), len(loaded.rejected)))


@main.command()
@_inputs
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default=None,
              help="Output format (default: terminal on a TTY, json otherwise).")
@_guarded
def cluster(paths, fetch, output, quiet, fmt):
    """Group the articles in PATH... into stories, and mark near-duplicates.

    \b
    Examples:
      accord cluster feeds/ crawl.warc
      accord cluster articles.jsonl --format json -o stories.json
    """
    from accord.pipeline import group
    from accord.report import render_clusters

    fmt = fmt or _default_format()
    with _Progress(not quiet and sys.stderr.isatty()) as progress:
        loaded = _load(paths, fetch, progress)
        if not loaded.articles:
            _error("no usable article in the inputs")
            sys.exit(EXIT_NOTHING)
        stories = group(loaded.articles)
    text = render_clusters(
        stories, loaded.articles, loaded.rejected, fmt, width=_width(output), color=False if output else None
    )
    _write(text, output)
    sys.exit(_exit_status(len(loaded.articles), len(loaded.rejected)))


def _width(output: str | None) -> int | None:
    """Terminal width for terminal output; None lets rich decide (COLUMNS, the TTY)."""
    return 100 if output else None


if __name__ == "__main__":  # pragma: no cover
    main()
