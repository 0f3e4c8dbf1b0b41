"""The store's tables, its migrations and how a database is opened.

Plain tables that `sqlite3`, `sqlite-utils` and datasette open as they are: one row per article,
story, membership, fact, discrepancy, claim (one side of a discrepancy), quote, entity,
provenance edge, timeline event and rejection; lists are JSON text. Each story also keeps its
whole analysis as the JSON element `accord report --format json` writes (`stories.report`):
the rows of the other tables are that element spread out for querying, written in the same
transaction. `articles_fts` (FTS5, external content) indexes article titles and text.

The tables are SQLAlchemy Core metadata, so the same definitions create them on PostgreSQL
(issue 17); only the full-text index (FTS5 on SQLite, a GIN index over `to_tsvector` on
PostgreSQL) and the connection settings below differ. `MIGRATIONS` is the one ordered list of
schema changes for both back ends; `schema_version` records which have run, and `migrate`
runs the missing ones in one transaction when a store is opened (DDL is transactional on both:
a failed upgrade leaves the store as it was). A store newer than the code is refused.

SQLite is opened in WAL mode (readers never block the writer, nor it them), `synchronous=NORMAL`
(durable at each commit's checkpoint, safe against a killed process) and with a busy timeout;
a write transaction starts with BEGIN IMMEDIATE, so two writers queue instead of failing half
way. PostgreSQL (`postgresql://...`, driver psycopg 3) keeps the same one-writer rule with a
transaction-level advisory lock taken first in every write transaction (`write_lock`), waiting
at most settings.STORE_BUSY_TIMEOUT (lock_timeout); readers take a REPEATABLE READ snapshot
and never wait. What it does not do: decide anything about stories (store.placement, store.core do).
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import sqlalchemy as sa

from accord import settings

metadata = sa.MetaData()


class _Text(sa.types.TypeDecorator):
    """Text that PostgreSQL can hold: it refuses NUL characters, which SQLite keeps. A NUL
    becomes U+FFFD there (one character for one: citation offsets stay right)."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if dialect.name == "postgresql" and isinstance(value, str) and "\x00" in value:
            return value.replace("\x00", "\ufffd")
        return value


_text = _Text

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied", _text, nullable=False),
    sa.Column("description", _text, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    # n: the row number the full-text index refers to (stable, unlike SQLite's implicit rowid)
    sa.Column("n", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", _text, nullable=False, unique=True),
    sa.Column("content_hash", _text, nullable=False, unique=True),  # identity by content
    sa.Column("source", _text, nullable=False),
    sa.Column("url", _text),
    sa.Column("outlet", _text),
    sa.Column("title", _text),
    sa.Column("published", _text),  # YYYY-MM-DD
    sa.Column("byline", _text),
    sa.Column("dateline", _text),
    sa.Column("kind", _text, nullable=False),
    sa.Column("credits", sa.JSON, nullable=False),
    sa.Column("removed", sa.JSON, nullable=False),
    sa.Column("published_alternatives", sa.JSON, nullable=False),
    sa.Column("text", _text, nullable=False),
    sa.Column("added", _text, nullable=False),
)

stories = sa.Table(
    "stories", metadata,
    sa.Column("id", _text, primary_key=True),
    sa.Column("title", _text, nullable=False),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("independent_sources", sa.Integer, nullable=False),
    sa.Column("outlets", sa.JSON, nullable=False),
    sa.Column("outlets_count", sa.Integer, nullable=False),
    sa.Column("published_first", _text),
    sa.Column("published_last", _text),
    sa.Column("discrepancies", sa.Integer, nullable=False, default=0),
    sa.Column("updated", _text, nullable=False),
    sa.Column("analysed", _text),  # when `report` was written; NULL: analysis pending
    sa.Column("analysis_due", sa.Boolean, nullable=False, default=False),  # the next ingest analyses it
    sa.Column("report", sa.JSON),  # the story element of `accord report --format json`
    # clustering state: running centroid per sub-vector, voices and date window (store.placement)
    sa.Column("centroid", sa.JSON, nullable=False),
    sa.Column("voices", sa.Integer, nullable=False),
    sa.Column("cluster_first", _text),  # the dates clustering sees (ambiguous page dates left out)
    sa.Column("cluster_last", _text),
)

story_articles = sa.Table(
    "story_articles", metadata,
    sa.Column("article_id", _text, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("story_id", _text, sa.ForeignKey("stories.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),  # publication order in the story
    sa.Column("duplicate_of", _text),  # the article it near-duplicates, if any
)

# what clustering needs of each article, so a new article never recomputes the others
article_features = sa.Table(
    "article_features", metadata,
    sa.Column("article_id", _text, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("vectors", sa.JSON, nullable=False),  # {"title": {...}, "body": {...}, "names": {...}}
    sa.Column("keys", sa.JSON, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),  # MinHash, uint64 little-endian
    sa.Column("exact", sa.LargeBinary, nullable=False, index=True),  # exact-copy digest
)

story_keys = sa.Table(  # the inverted index of cluster.online, kept on disk
    "story_keys", metadata,
    sa.Column("key", _text, primary_key=True),
    sa.Column("story_id", _text, sa.ForeignKey("stories.id"), primary_key=True),
    sa.Index("story_keys_story", "story_id"),
)

duplicate_bands = sa.Table(  # MinHash LSH buckets of cluster.duplicates, kept on disk
    "duplicate_bands", metadata,
    sa.Column("hash", sa.LargeBinary, primary_key=True),  # first: looked up by hash
    sa.Column("band", sa.Integer, primary_key=True),
    sa.Column("article_id", _text, sa.ForeignKey("articles.id"), primary_key=True),
)

term_documents = sa.Table(  # document frequencies for TF-IDF (cluster.features)
    "term_documents", metadata,
    sa.Column("term", _text, primary_key=True),
    sa.Column("documents", sa.Integer, nullable=False),
)

store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", _text, primary_key=True),
    sa.Column("value", _text, nullable=False),
)


def _story_rows(name: str, *columns: sa.Column) -> sa.Table:
    """A table of one kind of analysis row: (story_id, n) identifies a row."""
    return sa.Table(
        name, metadata,
        sa.Column("story_id", _text, sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("n", sa.Integer, primary_key=True),
        *columns,
    )


facts = _story_rows(
    "facts",
    sa.Column("id", _text, nullable=False), sa.Column("text", _text, nullable=False),
    sa.Column("articles", sa.JSON, nullable=False), sa.Column("independent_sources", sa.Integer),
    sa.Column("contradicted_by", sa.JSON, nullable=False), sa.Column("mentions", sa.JSON, nullable=False),
)
discrepancies = _story_rows(
    "discrepancies",
    sa.Column("kind", _text, nullable=False), sa.Column("about", _text, nullable=False),
    sa.Column("sides", sa.Integer, nullable=False),
)
claims = sa.Table(  # one side of a discrepancy
    "claims", metadata,
    sa.Column("story_id", _text, sa.ForeignKey("stories.id"), primary_key=True),
    sa.Column("discrepancy", sa.Integer, primary_key=True),  # discrepancies.n
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("value", _text, nullable=False), sa.Column("articles", sa.JSON, nullable=False),
    sa.Column("text", _text, nullable=False),
)
quotes = _story_rows(
    "quotes",
    sa.Column("speaker", _text), sa.Column("text", _text, nullable=False),
    sa.Column("articles", sa.JSON, nullable=False), sa.Column("variants", sa.JSON, nullable=False),
)
entities = _story_rows(
    "entities",
    sa.Column("name", _text, nullable=False), sa.Column("type", _text, nullable=False),
    sa.Column("variants", sa.JSON, nullable=False), sa.Column("articles", sa.JSON, nullable=False),
)
provenance = _story_rows(
    "provenance",
    sa.Column("source", _text, nullable=False), sa.Column("derived", _text, nullable=False),
    sa.Column("kind", _text, nullable=False), sa.Column("origin", _text),
    sa.Column("score", sa.Float, nullable=False), sa.Column("credited", sa.Boolean, nullable=False),
    sa.Column("share", sa.Float),
)
timeline = _story_rows(
    "timeline",
    sa.Column("date", _text, nullable=False), sa.Column("text", _text, nullable=False),
    sa.Column("articles", sa.JSON, nullable=False),
)
ANALYSIS_TABLES = (claims, facts, discrepancies, quotes, entities, provenance, timeline)

rejections = sa.Table(
    "rejections", metadata,
    sa.Column("n", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", _text, nullable=False), sa.Column("stage", _text, nullable=False),
    sa.Column("reason", _text, nullable=False), sa.Column("at", _text, nullable=False),
)

sources = sa.Table(  # what `accord watch` polls: conditional-request state and back-off
    "sources", metadata,
    sa.Column("url", _text, primary_key=True),
    sa.Column("etag", _text), sa.Column("last_modified", _text),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("next_poll", _text), sa.Column("last_poll", _text), sa.Column("last_status", _text),
)

_V1_TABLES = [t for t in metadata.sorted_tables]

_FTS_SQLITE = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='n', tokenize='unicode61 remove_diacritics 2')"
)


def _v1(conn: sa.Connection) -> None:
    metadata.create_all(conn, tables=_V1_TABLES)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_FTS_SQLITE)


# PostgreSQL's full-text index: the words of title and text, no stemming and no stop words
# ('simple'), as SQLite's FTS5 unicode61 tokenizer indexes them (it also folds diacritics,
# which needs the unaccent extension here: not done). Kept in a generated column (`fts`, not
# in the metadata above: the server fills it), so ranking a hit does not parse its text again
# (bench/store.py: `search` over 2,000 articles 158 ms with the vector computed per hit).
PG_DOCUMENT = "articles.fts"
_PG_FTS_COLUMN = ("ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS "
                  "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED")


def _v2(conn: sa.Connection) -> None:
    # the story list is ordered by last publication (newest first) and paged: an index keeps
    # `stories(limit=50)` from sorting every story (bench/store.py's read latency)
    conn.exec_driver_sql("CREATE INDEX stories_newest ON stories (published_last, updated)")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_PG_FTS_COLUMN)
        conn.exec_driver_sql("CREATE INDEX articles_fts ON articles USING gin (fts)")


# (version, description, function(conn)): append only; never edit one that has shipped
MIGRATIONS = [
    (1, "articles, stories, membership, analysis rows, clustering state, FTS5, watch sources", _v1),
    (2, "index of the story list by date; PostgreSQL's full-text index", _v2),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def migrate(conn: sa.Connection, upto: int | None = None) -> list[int]:
    """Run the migrations the database lacks (inside the caller's transaction), up to version
    `upto` (default: all); returns them."""
    inspector = sa.inspect(conn)
    if inspector.has_table("schema_version"):
        done = {row[0] for row in conn.execute(sa.select(schema_version.c.version))}
    else:
        if inspector.get_table_names():
            other = sorted(inspector.get_table_names())[:3]
            raise ValueError(f"not an accord store: it has other tables ({', '.join(other)} ...)")
        done = set()
    if done and max(done) > SCHEMA_VERSION:
        raise ValueError(
            f"the store has schema version {max(done)}, newer than this accord ({SCHEMA_VERSION}): "
            "upgrade accord")
    ran = []
    for version, description, step in MIGRATIONS:
        if version in done or (upto is not None and version > upto):
            continue
        step(conn)
        conn.execute(schema_version.insert().values(version=version, applied=now(),
                                                    description=description))
        ran.append(version)
    return ran


BACKENDS = ("sqlite", "postgresql")


def url_for(db: str) -> sa.URL:
    """The SQLAlchemy URL of `db`: a SQLite file path, or a database URL (sqlite:///...,
    postgresql://..., postgresql+psycopg://...; postgres:// as libpq spells it). ValueError
    names what is wrong."""
    if "://" not in db:
        return sa.URL.create("sqlite", database=db)
    try:
        url = sa.make_url(db)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise ValueError(f"not a database URL ({exc})") from None
    backend, _, driver = url.drivername.partition("+")
    if backend == "postgres":
        backend = "postgresql"
    if backend not in BACKENDS:
        raise ValueError(f"unsupported database {backend!r}: give a SQLite file path, sqlite:///PATH "
                         "or postgresql://USER@HOST/DATABASE")
    if backend == "postgresql":
        if driver not in ("", "psycopg"):
            raise ValueError(f"unsupported driver {driver!r}: accord talks to PostgreSQL through psycopg "
                             "(postgresql:// or postgresql+psycopg://)")
        url = url.set(drivername="postgresql+psycopg")
    return url


def display(db: str) -> str:
    """`db` as it may be shown: a URL's password hidden."""
    if "://" not in db:
        return db
    try:
        url = sa.make_url(db)
    except (sa.exc.ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", db)
    return url.render_as_string(hide_password=True) if url.password is not None else db


# psycopg logs an aborted pipeline it cleans up after a failed statement ("error ignored
# terminating <psycopg.Pipeline ...>") through Python's last-resort handler: a second stderr line
# beside accord's own one-line error, which already reports it. One handler, set once
logging.getLogger("psycopg").addHandler(logging.NullHandler())


def engine_for(db: str) -> sa.Engine:
    """An engine for `db` (see url_for)."""
    url = url_for(db)
    if url.get_backend_name() == "postgresql":
        # a server that does not answer fails in 10 s, not the OS's minutes; a name in pg_stat_activity
        connect_args = {"application_name": "accord"}
        if "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = 10
        return sa.create_engine(url, connect_args=connect_args)
    engine = sa.create_engine(url)
    _sqlite_events(engine)
    return engine


# the key of the write lock: any fixed 64-bit number, the same in every accord process ("accord" in ASCII)
WRITE_LOCK_KEY = 0x6163636F7264


def write_lock(conn: sa.Connection) -> None:
    """Begin a write transaction as the only writer: SQLite did at BEGIN IMMEDIATE (the
    `begin` event); on PostgreSQL wait (at most settings.STORE_BUSY_TIMEOUT) for the advisory
    lock that every accord writer takes first, released when the transaction ends."""
    if conn.dialect.name == "postgresql":
        ms = int(settings.STORE_BUSY_TIMEOUT * 1000)
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {ms}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _sqlite_events(engine: sa.Engine) -> None:
    busy_ms = int(settings.STORE_BUSY_TIMEOUT * 1000)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn, record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's BEGIN below, not pysqlite's own
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")
        if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            cur.execute("PRAGMA journal_mode = WAL")  # persistent: once per database file
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        # a writer takes the write lock at once: two writers queue (busy timeout) instead of
        # one failing after doing its work; readers keep a deferred BEGIN and never block
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
