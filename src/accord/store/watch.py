"""`accord watch`: poll feeds and URL lists into a store until stopped.

A target is a URL (an RSS/Atom feed, a URL list served over http, or a page) or a local URL
list file, read again at every round so it can be edited while watch runs; each URL in it is a
source of its own. Every source is fetched through `ingest.fetch` (the address guard of
--fetch: public addresses only, checked after DNS and at every redirect, timeouts, size cap)
with a conditional request (If-None-Match / If-Modified-Since from the last answer's ETag and
Last-Modified, kept in the `sources` table), so an unchanged feed costs one 304. A feed's
entries and a page are stored with `Store.add_items` (identity by content: entries seen before
change nothing); the pages a URL list names are fetched only when no stored article has that
URL. A source that fails waits `every` x 2^failures before its next try (at most
settings.WATCH_BACKOFF_MAX, and never less than `every`); the others go on. One log line per
poll. A stop request (SIGINT, SIGTERM: `Watcher.stop`) ends the loop after the source being
polled, whose batch commits or rolls back whole.

What it does not do: crawl (links in pages are not followed), or run sources in parallel (one
writer; on 2 cores the analysis is the bottleneck, not the network).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlalchemy as sa

from accord import settings
from accord.errors import FetchError, StoreError, UsageError
from accord.store import schema as S

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.I)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """'90s', '15m', '1h', '2d' (or plain seconds) as seconds."""
    m = _DURATION.match(str(text))
    if not m or float(m.group(1)) <= 0:
        raise UsageError(f"--every must be a duration such as 90s, 15m or 1h, got {text!r}")
    return float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Watcher:
    """Polls `targets` into `store` every `every` seconds; `log` gets one line per poll."""

    def __init__(self, store, targets: Sequence[str], every: float, log: Callable[[str], None]) -> None:
        if every <= 0:
            raise ValueError(f"every must be > 0 seconds, got {every!r}")
        if not targets:
            raise UsageError("watch needs at least one feed URL or URL list")
        for t in targets:
            if not re.match(r"^https?://", t, re.I) and not Path(t).is_file():
                raise UsageError(f"{t}: neither an http(s) URL nor a URL list file")
        self.store = store
        self.targets = list(targets)
        self.every = every
        self.log = log
        self._stop = threading.Event()
        self.failed_polls = 0

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def sources(self) -> list[str]:
        """The URLs to poll: URL targets, and the URLs of each local list (read now)."""
        from accord.ingest.decode import decode, url_lines

        urls: list[str] = []
        for t in self.targets:
            if re.match(r"^https?://", t, re.I):
                urls.append(t)
                continue
            try:
                listed = url_lines(decode(Path(t).read_bytes()))
            except OSError as exc:
                self.log(f"watch: {t}: cannot read the URL list ({exc.strerror or exc})")
                continue
            if not listed:
                self.log(f"watch: {t}: no http(s) URL in the list")
            urls.extend(listed)
        return list(dict.fromkeys(urls))

    def run(self, once: bool = False) -> None:
        """Poll every due source, then sleep until the next is due; until `stop` (or one round)."""
        while not self.stopping:
            for url in self.sources():
                if self.stopping:
                    break
                if once or self._due(url):
                    self.poll(url)
            if once:
                break
            self._stop.wait(self._sleep())
        self.log("watch: stopped")

    def _state(self, url: str):
        with self.store._read() as conn:
            return conn.execute(sa.select(S.sources).where(S.sources.c.url == url)).first()

    def _due(self, url: str) -> bool:
        row = self._state(url)
        return row is None or row.next_poll is None or dt.datetime.fromisoformat(row.next_poll) <= _now()

    def _sleep(self) -> float:
        with self.store._read() as conn:
            soonest = conn.execute(sa.select(sa.func.min(S.sources.c.next_poll))
                                   .where(S.sources.c.url.in_(self.sources()))).scalar()
        if soonest is None:
            return self.every
        return min(self.every, max(0.5, (dt.datetime.fromisoformat(soonest) - _now()).total_seconds()))

    def poll(self, url: str) -> None:
        """Fetch one source and store what it holds; one log line. A store that is busy (another
        writer past the busy timeout) skips this poll; the source is tried again next round."""
        try:
            self._poll(url)
        except StoreError as exc:
            self.failed_polls += 1
            self.log(f"watch: {url}: not stored ({exc.reason}); trying again next round")

    def _poll(self, url: str) -> None:
        from accord.ingest.fetch import fetch

        row = self._state(url)
        headers = {}
        if row is not None and row.etag:
            headers["If-None-Match"] = row.etag
        if row is not None and row.last_modified:
            headers["If-Modified-Since"] = row.last_modified
        try:
            fetched = fetch(url, headers=headers)
        except FetchError as exc:
            self._failed(url, row, exc.reason)
            return
        if fetched.not_modified:
            self._done(url, row, row.etag if row else None, row.last_modified if row else None, "304")
            self.log(f"watch: {url}: not modified")
            return
        try:
            result = self.store.add_items(self._items(url, fetched))
        except FetchError as exc:
            self._failed(url, row, exc.reason)
            return
        self._done(url, row, fetched.etag, fetched.last_modified, "200")
        self.log(f"watch: {url}: {len(result.added)} new articles, {len(result.present)} already stored, "
                 f"{len(result.rejected)} rejected; {len(result.stories)} stories updated")
        for r in result.rejected:
            self.log(f"watch: {r.source}: {r.reason} (rejected at {r.stage})")

    def _items(self, url: str, fetched):
        """The articles in a fetched body: a URL list's new pages, else the body's own."""
        import dataclasses

        from accord.ingest import read_bytes, read_inputs
        from accord.ingest.decode import decode, sniff, url_lines
        from accord.ingest.formats import html_article
        from accord.ingest.html import decode_html
        from accord.ids import record_id
        from accord.types import RawArticle

        head = fetched.data[: settings.INGEST_SNIFF_BYTES]
        if "html" in fetched.content_type.lower():
            html = decode_html(fetched.data, fetched.content_type)
            return [html_article(record_id(url, html), url, html, url=fetched.url, kind="url")]
        if sniff(head, "") == "urls":
            listed = url_lines(decode(fetched.data))
            with self.store._read() as conn:
                stored = {u for (u,) in conn.execute(sa.select(S.articles.c.url)
                                                      .where(S.articles.c.url.in_(listed)))}
            return read_inputs([u for u in listed if u not in stored], fetch=True)
        return (dataclasses.replace(i, url=fetched.url) if isinstance(i, RawArticle) and i.url is None else i
                for i in read_bytes(fetched.data, url, stem=None))

    def _failed(self, url: str, row, reason: str) -> None:
        failures = (row.failures if row is not None else 0) + 1
        delay = min(self.every * 2 ** failures, max(self.every, settings.WATCH_BACKOFF_MAX))
        self._save(url, etag=row.etag if row else None, last_modified=row.last_modified if row else None,
                   failures=failures, next_poll=(_now() + dt.timedelta(seconds=delay)).isoformat(),
                   last_status=reason[:500])
        self.failed_polls += 1
        self.log(f"watch: {url}: failed ({reason}); failure {failures}, next try in {_human(delay)}")

    def _done(self, url: str, row, etag, last_modified, status: str) -> None:
        self._save(url, etag=etag, last_modified=last_modified, failures=0,
                   next_poll=(_now() + dt.timedelta(seconds=self.every)).isoformat(), last_status=status)

    def _save(self, url: str, **values) -> None:
        values["last_poll"] = _now().isoformat()
        with self.store._write() as conn:
            if conn.execute(S.sources.update().where(S.sources.c.url == url).values(**values)).rowcount == 0:
                conn.execute(S.sources.insert().values(url=url, **values))


def _human(seconds: float) -> str:
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"
