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


def _inputs(f, required: bool = True):
    @click.argument("paths", nargs=-1, required=required, metavar="PATH...")
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
    from accord.startup import claim_process

    claim_process()  # this process is the command's: spaCy may skip importing torch (issue 18)


@main.command()
@functools.partial(_inputs, required=False)
@click.option("--format", "fmt", type=click.Choice(["terminal", "md", "json", "html"]), default=None,
              help="Output format (default: terminal on a TTY, json otherwise).")
@click.option("--db", "db", default=None, metavar="DB",
              help="Render every story stored in DB (see `accord ingest`) instead of reading PATH...")
@click.option("--one-story", is_flag=True, help="The inputs are one story: skip grouping.")
@click.option("--summary-words", type=click.IntRange(min=10), default=settings.SUMMARY_WORDS,
              show_default=True, help="Length of each story's consensus summary, in words.")
@_guarded
def report(paths, fetch, output, quiet, fmt, db, one_story, summary_words):
    """Full analysis of every story in PATH...: facts, cited summary, discrepancies, quotes,
    entities, who copied whom, timeline and exclusive facts.

    PATH is a file, a directory (read recursively) or - for stdin: plain text, HTML, JSON or
    JSON Lines, RSS/Atom feeds, WARC files.

    \b
    Examples:
      accord report examples/port-fire
      accord report crawl.warc feeds/ --format html -o report.html
      cat articles.jsonl | accord report - --one-story --format json
      accord report --db accord.db --format html -o stories.html
    """
    from accord.pipeline import analyze
    from accord.report import render

    fmt = fmt or _default_format()
    if db is not None:
        if paths:
            raise UsageError("give PATH... or --db, not both")
        _report_db(db, fmt, output)
        return
    if not paths:
        raise UsageError("no PATH given (or --db DB to render a store)")
    show = not quiet and sys.stderr.isatty()
    _start_parse_process()  # spaCy loads while the inputs are read (see analyze)
    try:
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
                parse_process=True,
            )
    finally:
        _stop_parse_process()  # on an error or an early exit too, not only at the end
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


def _start_parse_process() -> None:
    """spaCy loads and parses in a process of its own on the other core while this one reads,
    groups and encodes (accord.compare.nlp; issue 18), where that pays (accord.workers). When
    the stories then go to worker processes, it parses their sentences while this one groups
    them, and the workers inherit those parses (accord.pipeline.analyze)."""
    from accord.workers import parse_process_pays

    if parse_process_pays():
        from accord.compare import nlp

        nlp.start_helper()


def _stop_parse_process() -> None:
    from accord.compare import nlp

    nlp.stop_helper()


def _width(output: str | None) -> int | None:
    """Terminal width for terminal output; None lets rich decide (COLUMNS, the TTY)."""
    return 100 if output else None


# --------------------------------------------------------------------------- the store
def _db_option(f):
    return click.option("--db", default="accord.db", show_default=True, metavar="DB",
                        help="The story database: a SQLite file, or a database URL.")(f)


def _open_store(db: str, create: bool = False):
    from accord.store import Store

    return Store(db, create=create)


def _report_db(db: str, fmt: str, output: str | None) -> None:
    """`accord report --db DB`: every stored story, newest first, as `report` writes them."""
    from accord.report import render

    with _open_store(db) as store:
        result = store.report()
    _write(render(result, fmt, width=_width(output), color=False if output else None), output)
    sys.exit(EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_db_option
@click.option("--fetch", is_flag=True, help="Also fetch http(s) URLs given as PATH or listed in a URL list file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr, and no summary line.")
@_guarded
def ingest(paths, db, fetch, quiet):
    """Add the articles in PATH... to the story database; the stories that gain articles are
    grouped and analysed again. An article already stored (same text, outlet and date) changes
    nothing. Each batch of articles is written in one transaction: a stopped ingest can simply
    be run again.

    \b
    Examples:
      accord ingest examples/port-fire --db news.db
      accord ingest --fetch urls.txt feeds/ --db news.db
    """
    from accord.store import Store

    show = not quiet and sys.stderr.isatty()
    with Store(db) as store, _Progress(show) as progress:
        result = store.add(list(paths), fetch=fetch, progress=progress, stdin=sys.stdin)
    for r in result.rejected:
        _error(f"{r.source}: {r.reason} (rejected at {r.stage})")
    if not quiet:
        _error(f"{store.db}: {len(result.added)} articles added, {len(result.present)} already present, "
               f"{len(result.rejected)} rejected; {len(result.stories)} stories updated "
               f"({len(result.new_stories)} new)")
    sys.exit(_exit_status(len(result.added) + len(result.present), len(result.rejected)))


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default=None,
              help="Output format (default: terminal on a TTY, json otherwise).")
@click.option("--sort", type=click.Choice(["newest", "sources", "disputed"]), default="newest",
              show_default=True, help="Newest first, most independent sources, or most discrepancies.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N stories (default: all).")
@_guarded
def stories(db, fmt, sort, limit):
    """The stories in the story database, newest first: id, title, articles, outlets, dates
    and discrepancies.

    \b
    Examples:
      accord stories --db news.db
      accord stories --db news.db --sort disputed --format json
    """
    fmt = fmt or _default_format()
    with _open_store(db) as store:
        rows = store.stories(sort=sort, limit=limit)
    if fmt == "json":
        from accord.report.json_format import SCHEMA_VERSION, dumps

        _write(dumps({"schema_version": SCHEMA_VERSION, "stories": rows}), None)
        return
    _write(_stories_table(rows, store.db), None)


def _stories_table(rows: list[dict], db: str) -> str:
    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, file=open(os.devnull, "w"), width=_terminal_width())
    if not rows:
        console.print(f"No stories in {db}.")
        return console.export_text()
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("story", "title", "articles", "outlets", "dates", "disputes"):
        table.add_column(name, overflow="fold")
    for r in rows:
        dates = " - ".join(dict.fromkeys(d for d in (r["published_first"], r["published_last"]) if d)) or "undated"
        disputes = str(r["discrepancies"]) if r["analysed"] else "pending"
        table.add_row(r["id"], r["title"], str(r["articles"]), str(len(r["outlets"])), dates, disputes)
    console.print(table)
    return console.export_text()


def _terminal_width() -> int:
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return int(os.environ.get("COLUMNS", 120))


@main.command()
@click.argument("story_id")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["terminal", "md", "json", "html"]), default=None,
              help="Output format (default: terminal on a TTY, json otherwise).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE instead of stdout.")
@_guarded
def show(story_id, db, fmt, output):
    """One stored story's report; --format json writes its element of the report JSON.

    \b
    Examples:
      accord show story-0001e214bd --db news.db
      accord show story-0001e214bd --db news.db --format html -o story.html
    """
    from accord.report import render
    from accord.report.json_format import dumps
    from accord.store.records import report_from_dicts

    fmt = fmt or _default_format()
    with _open_store(db) as store:
        try:
            element = store.story(story_id)
        except KeyError:
            raise UsageError(f"{store.db}: no story {story_id!r} (see `accord stories --db {store.db}`)") from None
    if element.get("pending"):
        _error(f"{story_id}: analysis pending (articles arrived since its last analysis, if any)")
    if fmt == "json":
        _write(dumps(element), output)
        return
    _write(render(report_from_dicts([element]), fmt, width=_width(output),
                  color=False if output else None), output)


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="FEED_OR_URL_LIST...")
@_db_option
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Time between two polls of a source: 90s, 15m, 1h ...")
@click.option("--once", is_flag=True, help="Poll every source once, then exit (for cron).")
@_guarded
def watch(targets, db, every, once):
    """Poll RSS/Atom feeds, URL lists and pages into the story database until stopped (Ctrl-C
    or SIGTERM). Fetches go through the address guard of --fetch; unchanged feeds cost one
    conditional request; a failing source backs off. One log line per poll on stderr.

    \b
    Examples:
      accord watch https://example.org/news/rss.xml --db news.db --every 15m
      accord watch feeds.txt --db news.db --once
    """
    import signal

    from accord.store import Store
    from accord.store.watch import Watcher, parse_duration

    seconds = parse_duration(every)
    with Store(db) as store:
        watcher = Watcher(store, list(targets), seconds, lambda line: click.echo(line, err=True))

        def _stop(signum, frame):
            click.echo(f"watch: {signal.Signals(signum).name}: stopping after the current source", err=True)
            watcher.stop()

        previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            watcher.run(once=once)
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
    sys.exit(EXIT_SOME_REJECTED if once and watcher.failed_polls else EXIT_OK)

@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the server to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--report", "report_file", type=click.Path(exists=True, dir_okay=False),
              help="Serve a JSON report written by `accord report --format json` instead of a store (read-only).")
@_guarded
def serve(db, host, port, report_file):
    """Web pages and the JSON API over the store: stories, discrepancies, outlets' track records.

    POST /api/articles (ingest) is on only when the ACCORD_TOKEN environment variable is set;
    clients send it as 'Authorization: Bearer TOKEN'.

    \b
    Examples:
      accord serve --db accord.db
      ACCORD_TOKEN=secret accord serve --db news.db --port 8080
    """
    from accord.serve import run

    from accord.store.schema import display

    click.echo(f"accord: serving {report_file or display(db)} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run(db, host=host, port=port, report=report_file)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--engine", type=click.Choice(["dask", "ray"]), default=settings.BULK_ENGINE, show_default=True,
              help="The distributed engine to run on (docs/scale.md says why dask is the default).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster started for the run.")
@click.option("--address", default=None, metavar="ADDR",
              help="Run on an engine already running (a Dask scheduler tcp://host:8786, a Ray head host:6379).")
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Also write the run's report (JSON, as `accord report --format json`) to FILE.")
@click.option("--summary-words", type=click.IntRange(min=10), default=settings.SUMMARY_WORDS,
              show_default=True, help="Length of each story's consensus summary, in words.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr, and no summary line.")
@click.option("--follow-links", is_flag=True,
              help="In a directory, also read links that lead out of it (skipped and listed otherwise).")
@_guarded
def bulk(paths, engine, workers, address, db, output, summary_words, quiet, follow_links):
    """Read, group and analyse a large collection (WARC crawls, JSON Lines dumps, folders) on a
    distributed engine, in parallel partitions, into a new or empty story database. The stories
    are those `accord report` finds, grouped by time window on a heap larger than one window.

    \b
    Examples:
      accord bulk crawl/ dump.jsonl --db news.db
      accord bulk dump.jsonl --engine ray --workers 8 --db news.db
      accord bulk crawl/ --address tcp://scheduler:8786 --db postgresql://host/news
    """
    import time

    from accord.bulk import bulk as run_bulk
    from accord.report import render

    t0 = time.perf_counter()
    with _Progress(not quiet and sys.stderr.isatty()) as progress:
        result = run_bulk(list(paths), engine=engine, workers=workers, address=address, db=db,
                          stdin=sys.stdin, follow_links=follow_links, summary_words=summary_words,
                          progress=progress)
    for r in result.rejected:
        _error(f"{r.source}: {r.reason} (rejected at {r.stage})")
    if output and result.articles:
        _write(render(result.report, "json"), output)
    if not result.articles:
        _error("no usable article in the inputs")
    elif not quiet:
        from accord.store.schema import display

        _error(f"{display(db)}: {result.articles} articles, {len(result.report.stories)} stories "
               f"({result.windows} time window(s)), {len(result.rejected)} rejected; "
               f"{time.perf_counter() - t0:.1f} s on {engine} with {result.workers} worker(s)")
    sys.exit(_exit_status(result.articles, len(result.rejected)))


if __name__ == "__main__":  # pragma: no cover
    main()
