"""`Store`: a story database that keeps up as articles arrive.

    with Store("accord.db") as store:
        result = store.add(["feeds/"])            # read, clean, place, analyse touched stories
        store.stories(sort="disputed")            # the read API (store.read) for the CLI and web
        store.story("story-3f2a...")              # the report JSON element of one story

`add` reads its inputs as `accord.load` does and works in batches of
settings.STORE_BATCH_ARTICLES cleaned articles, each in one write transaction: the batch's
articles and their placement into stories (store.placement) commit together or not at all, and
the stories that gained articles are marked due for analysis. Then each due story is analysed
once (`accord.analyze_story`, however many batches it gained articles in), outside the write
lock, and its analysis (the element `report --format json` writes, spread into the analysis
tables too) is written in a transaction of its own, with the membership it was computed from.
A killed ingest therefore leaves whole batches and stories that are either analysed as they
stand or due (still showing their earlier analysis, marked pending); running it again adds the
rest and analyses what is due. An article already stored
(same cleaned text, outlet and date, whatever its file name) is counted as present and changes
nothing; an id already taken by other content gets a content suffix. The same code runs on
SQLite and PostgreSQL (`Store("postgresql://...")`, store.schema).

What it does not do: run any analysis stage itself (pipeline does), or serve pages (serve/).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from accord import settings
from accord.errors import StoreError
from accord.ids import digest
from accord.store import read as R
from accord.store import rows
from accord.store import schema as S
from accord.types import Article, Rejection

Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class IngestResult:
    """What one `Store.add` did."""

    added: tuple[str, ...] = ()  # article ids stored now
    present: tuple[str, ...] = ()  # already in the store (same content): nothing changed
    rejected: tuple[Rejection, ...] = ()
    stories: tuple[str, ...] = ()  # stories that gained articles (analysed again)
    new_stories: tuple[str, ...] = ()

    def __add__(self, other: "IngestResult") -> "IngestResult":
        return IngestResult(self.added + other.added, self.present + other.present,
                            self.rejected + other.rejected,
                            tuple(dict.fromkeys(self.stories + other.stories)),
                            tuple(dict.fromkeys(self.new_stories + other.new_stories)))


def content_hash(a: Article) -> str:
    """Identity by content: the cleaned text (whitespace aside), outlet and date."""
    return digest(" ".join(a.text.split()), a.outlet or "", a.published.isoformat() if a.published else "",
                  length=32)


class Store:
    """A story database (SQLite file path, or a database URL).

    The read methods may be called from several threads at once (each read takes its own pooled
    connection and snapshot); writes queue on the database's write lock, across processes too
    (several ingests, watch and serve on one store: schema.write_lock). `db` is shown in
    messages with a URL's password hidden (`Store.db`; the URL itself is `Store.url`)."""

    def __init__(self, db: str | os.PathLike = "accord.db", *, create: bool = True, encoder=None) -> None:
        self.url = str(db)
        self.db = S.display(self.url)  # what messages show: a URL's password hidden
        self._encoder = encoder
        if "://" not in self.url:
            path = Path(self.url)
            if not path.exists():
                if not create:
                    raise StoreError(self.db, "no store here: run `accord ingest PATH --db "
                                     f"{self.db}` first")
                if not path.parent.exists():
                    raise StoreError(self.db, f"folder {path.parent} does not exist")
            elif path.is_dir():
                raise StoreError(self.db, "is a folder, not a database file")
        try:
            self.engine = S.engine_for(self.url)
        except ValueError as exc:
            raise StoreError(self.db, str(exc)) from None
        except ImportError as exc:  # the driver
            raise StoreError(self.db, f"the database driver is not installed ({exc}): "
                             "pip install 'psycopg[binary]'") from None
        self.backend = self.engine.dialect.name
        with self._errors():
            self._open(create)

    def _open(self, create: bool = True) -> None:
        with self.engine.connect() as conn:
            if sa.inspect(conn).has_table("schema_version"):
                have = conn.execute(sa.select(sa.func.max(S.schema_version.c.version))).scalar()
                if have == S.SCHEMA_VERSION:
                    return
            elif not create and "://" in self.url:
                raise StoreError(self.db, "no accord store in this database: run `accord ingest PATH "
                                 f"--db {self.db}` first")
            conn.rollback()
        with self._write() as conn:
            try:
                S.migrate(conn)
            except ValueError as exc:
                raise StoreError(self.db, str(exc)) from None

    # ------------------------------------------------------------------ plumbing
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _errors(self):
        """Database failures as one StoreError naming the database and what to do."""
        try:
            yield
        except sa.exc.DBAPIError as exc:
            raise StoreError(self.db, _reason(exc)) from None

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        with self._errors(), self.engine.connect().execution_options(write=True) as conn:
            with conn.begin():
                S.write_lock(conn)  # one writer at a time, on both back ends
                yield conn

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        with self._errors(), self.engine.connect() as conn:
            if self.backend == "postgresql":  # SQLite's transactions are snapshots already
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():  # one snapshot for the whole read
                yield conn

    @property
    def encoder(self):
        if self._encoder is None:
            from accord.embed import Encoder

            self._encoder = Encoder()
        return self._encoder

    # ------------------------------------------------------------------ writing
    def add(self, paths: Sequence[str], fetch: bool = False, progress: Progress | None = None, *,
            stdin=None, analyse: bool = True) -> IngestResult:
        """Read, clean and store every article in `paths`; analyse each story that gained some.

        `analyse=False` only stores and groups (a bulk load): those stories' analysis is
        pending until `analyse()` runs.
        """
        from accord.ingest import read_inputs

        return self.add_items(read_inputs(list(paths), fetch=fetch, stdin=stdin), progress, analyse=analyse)

    def add_items(self, items: Iterable, progress: Progress | None = None, *,
                  analyse: bool = True) -> IngestResult:
        """Clean and store RawArticles (and record Rejections) in batches of
        settings.STORE_BATCH_ARTICLES, one transaction each; then (with `analyse`) analyse each
        story due for it once, in a transaction of its own (`analyse_due`)."""
        total = IngestResult()
        progress = progress or (lambda stage, done, n: None)
        batch: list[Article] = []
        rejected: list[Rejection] = []
        for item in _cleaned(items):
            if isinstance(item, Rejection):
                rejected.append(item)
                continue
            batch.append(item)
            if len(batch) >= settings.STORE_BATCH_ARTICLES:
                total += self.place(batch, rejected, due=analyse)
                progress("stored", len(total.added) + len(total.present), None)
                batch, rejected = [], []
        if batch or rejected:
            total += self.place(batch, rejected, due=analyse)
            progress("stored", len(total.added) + len(total.present), None)
        if analyse:
            self.analyse_due(progress)
        return total

    def add_articles(self, articles: Sequence[Article], rejected: Iterable[Rejection] = (), *,
                     analyse: bool = True) -> IngestResult:
        """Store cleaned `articles` (one transaction), then analyse the stories due for it."""
        result = self.place(articles, rejected, due=analyse)
        if analyse:
            self.analyse_due()
        return result

    def place(self, articles: Sequence[Article], rejected: Iterable[Rejection] = (), *,
              due: bool = True) -> IngestResult:
        """One batch in one transaction: the new articles, their placement into stories, the
        touched stories' headers (their analysis then pending; `due`: analysed by the next
        `analyse_due`, which `add` runs, also after a run that was killed before it)."""
        from accord.store.placement import place

        rejected = tuple(rejected)
        with self._write() as conn:
            rows.insert_rejections(conn, rejected)
            new, present = rows.insert_articles(conn, articles, content_hash)
            if not new:
                return IngestResult((), tuple(present), rejected)
            placed = place(conn, new)
            rows.insert_membership(conn, placed)
            for sid in sorted(placed.touched):
                story, members = rows.load_story(conn, sid)
                rows.write_pending(conn, story, members, due=due)
        return IngestResult(tuple(a.id for a in new), tuple(present), rejected,
                            tuple(sorted(placed.touched)), tuple(sorted(placed.new_stories)))

    def analyse_due(self, progress: Progress | None = None) -> list[str]:
        """Analyse every story an ingest left due (this one's, and a killed one's)."""
        with self._read() as conn:
            due = [s for (s,) in conn.execute(sa.select(S.stories.c.id).where(S.stories.c.analysis_due)
                                              .order_by(S.stories.c.id))]
        return self.analyse(due, progress)

    def analyse(self, story_ids: Iterable[str] | None = None, progress: Progress | None = None) -> list[str]:
        """Analyse the given stories (default: every story whose analysis is pending), each
        written in its own transaction. Returns the ids analysed."""
        with self._read() as conn:
            if story_ids is None:
                story_ids = [s for (s,) in conn.execute(
                    sa.select(S.stories.c.id).where(S.stories.c.analysed.is_(None)).order_by(S.stories.c.id))]
        story_ids = list(story_ids)
        done = []
        for n, sid in enumerate(story_ids, 1):
            self._analyse_one(sid)
            done.append(sid)
            if progress:
                progress("analyse", n, len(story_ids))
        return done

    def _analyse_one(self, sid: str) -> None:
        """Analyse one story outside any write transaction (the write lock is held only to
        store the result), then store it if its membership has not changed meanwhile; after
        two such races, analyse it inside the write transaction."""
        from accord.pipeline import _settled, analyze_story
        from accord.report.json_format import story_dict

        for _ in range(2):
            with self._read() as conn:
                story, members = rows.load_story(conn, sid)
            settled, settled_members = _settled(story, members)
            report = analyze_story(settled, settled_members, self.encoder)
            with self._write() as conn:
                if rows.member_ids(conn, sid) == set(story.articles):
                    rows.write_analysis(conn, story_dict(report), report)
                    return
        with self._write() as conn:
            story, members = rows.load_story(conn, sid)
            settled, settled_members = _settled(story, members)
            report = analyze_story(settled, settled_members, self.encoder)
            rows.write_analysis(conn, story_dict(report), report)

    # ------------------------------------------------------------------ reading (store.read)
    def stories(self, sort: str = "newest", outlet: str | None = None, since=None, until=None,
                query: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Stored stories: id, title, articles, outlets, published_first, published_last,
        discrepancies, updated (and independent_sources, analysed)."""
        with self._read() as conn:
            return R.stories(conn, sort=sort, outlet=outlet, since=since, until=until,
                             query=query, limit=limit, offset=offset)

    def story(self, story_id: str) -> dict:
        """The story element of the report JSON (KeyError when no story has that id)."""
        with self._read() as conn:
            return R.story(conn, story_id)

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Full-text hits in article titles and text: article, story, title, outlet, snippet."""
        with self._read() as conn:
            return R.search(conn, query, limit=limit)

    def outlets(self) -> list[dict]:
        with self._read() as conn:
            return R.outlets(conn)

    def discrepancies(self, limit: int = 100) -> list[dict]:
        with self._read() as conn:
            return R.discrepancies(conn, limit=limit)

    def article(self, article_id: str) -> dict:
        with self._read() as conn:
            return R.article(conn, article_id)

    def rejections(self, limit: int = 100) -> list[dict]:
        with self._read() as conn:
            return R.rejections(conn, limit=limit)

    def counts(self) -> dict[str, int]:
        with self._read() as conn:
            return R.counts(conn)

    def report(self, story_ids: Sequence[str] | None = None):
        """Stored stories as an `accord.types.Report` (for `accord.render`), newest first."""
        from accord.store.records import report_from_dicts

        with self._read() as conn:
            ids = story_ids if story_ids is not None else R.all_story_ids(conn)
            elements = [R.story(conn, sid) for sid in ids]
            rejected = R.rejections(conn, limit=None)
        return report_from_dicts(elements, rejected)


def _cleaned(items) -> Iterator[Article | Rejection]:
    """Clean each RawArticle as pipeline.load does (strings made safe, time budget: issue 20);
    failures become Rejections."""
    from accord.pipeline import clean_raw, safe_rejection

    for item in items:
        yield safe_rejection(item) if isinstance(item, Rejection) else clean_raw(item)


def _reason(exc: sa.exc.DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if exc.orig is not None and type(exc.orig).__module__.startswith("psycopg"):
        lines = text.splitlines()
        cut = next((i for i, line in enumerate(lines) if line.startswith("LINE ")), len(lines))
        return _postgresql_reason(" ".join(" ".join(lines[:cut]).split()))  # the SQL echo left out
    low = text.lower()
    if "locked" in low or "busy" in low:
        return _LOCKED.format(settings.STORE_BUSY_TIMEOUT)
    if "readonly" in low or "read-only" in low or "read only" in low:
        return "the database is read-only (check the permissions of the file and its folder); nothing was written"
    name = getattr(exc.orig, "sqlite_errorname", "") or ""
    if "full" in low or name.startswith("SQLITE_IOERR_WRITE") or "disk i/o error" in low:
        return (f"cannot write to the disk (full, or a file size limit: {text}); "
                "nothing of this batch was written")
    if "unable to open" in low:
        return "cannot open the database file (check the path and permissions)"
    if "not a database" in low or "malformed" in low:
        return "not an accord store (not a SQLite database, or a damaged one)"
    return f"database error: {text}"


_LOCKED = ("the database is locked by another writer (waited {:.0f} s); nothing was written: run "
           "again when it finishes")
# PostgreSQL's messages (psycopg 3, libpq) -> what to do; the server's own words follow on the line
_PG_REASONS = (
    (("connection refused", "no such file or directory", "could not connect", "is the server running",
      "timeout expired", "server closed the connection"),
     "cannot reach the PostgreSQL server (is it running, at that host and port?)"),
    (("could not translate host name", "failed to resolve host", "name or service not known"),
     "unknown host"),
    (("password authentication failed", "no password supplied", "authentication failed", "no pg_hba.conf entry"),
     "the server refused the login (check the user and password, or PGPASSWORD / ~/.pgpass)"),
    (('fatal: database "', 'fatal: role "'), "no such database or user on the server (create it, or check the URL)"),
    (("lock timeout",), None),
    (("read-only transaction", "read only transaction"), "the database is read-only; nothing was written"),
    (("permission denied",), "the database user lacks a privilege accord needs; nothing was written"),
    (("no space left", "could not extend file", "disk full"),
     "the server cannot write to its disk (full?); nothing of this batch was written"),
)


def _postgresql_reason(text: str) -> str:
    low = text.lower()
    detail = text.removeprefix("connection failed: ")
    for needles, reason in _PG_REASONS:
        if any(n in low for n in needles):
            if reason is None:
                return _LOCKED.format(settings.STORE_BUSY_TIMEOUT)
            return f"{reason}: {detail}"
    return f"database error: {detail}"
