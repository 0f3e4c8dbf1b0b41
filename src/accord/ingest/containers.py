"""Containers of many articles: RSS/Atom feeds (feedparser) and WARC crawls (warcio).

A feed entry's own content is its article (`content:encoded` / Atom `content`, else the
summary), HTML inside it stripped to block lines; the feed's title is the outlet. A WARC's
response (and resource) records holding HTML are pages, extracted like any page; other records
(requests, metadata, images, redirects) are not articles and are passed over. A WARC is read
record by record (warcio streams it, gzip or not), so crawls of any size go through.

What it does not do: follow an entry's link to fetch the full page (that is --fetch's job).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from accord import budget, settings
from accord.errors import InputError
from accord.ids import record_id
from accord.ingest.formats import html_article, over_cap
from accord.ingest.html import decode_html, host_outlet, html_to_text
from accord.types import RawArticle, Rejection

_HTML_TYPES = ("text/html", "application/xhtml")


def feed_articles(data: bytes, source: str) -> Iterator[RawArticle | Rejection]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.entries
    if not entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        yield Rejection(source, "ingest", f"feed has no entries{why}")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    feed_link = parsed.feed.get("link")
    for n, entry in enumerate(entries, 1):
        where = f"{source}#entry {n}"
        yield _guarded_entry(entry, where, outlet, feed_link)


def _guarded_entry(entry, where: str, outlet: str | None, feed_link: str | None) -> RawArticle | Rejection:
    """One feed entry as an article, within the per-record budget; its failure its own Rejection."""
    try:
        with budget.limit(where, settings.INGEST_RECORD_SECONDS):
            return _entry_article(entry, where, outlet, feed_link)
    except InputError as exc:
        return Rejection(exc.source, exc.stage, exc.reason)
    except Exception as exc:  # one entry's failure must not cost the others
        return Rejection(where, "ingest", f"could not be read ({type(exc).__name__}: {exc})")


def _entry_article(entry, where: str, outlet: str | None, feed_link: str | None) -> RawArticle | Rejection:
    html = _entry_html(entry)
    too_large = over_cap(html)
    if too_large:
        return Rejection(where, "ingest", too_large)
    body = html_to_text(html) if html else ""
    if not body.strip():
        return Rejection(where, "ingest", "feed entry has no content or summary")
    link = entry.get("link")
    return RawArticle(
        id=(entry.get("id") or "").strip() or record_id(where, body),
        source=where,
        kind="feed",
        body=body,
        html=html if "<" in html else None,
        title=_plain(entry.get("title")),
        url=link,
        published=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        outlet=outlet or (host_outlet(link or feed_link) if (link or feed_link) else None),
        byline=_plain(entry.get("author")),
    )


def _entry_html(entry) -> str:
    # The longest of the entry's own contents: content:encoded is the full text when present,
    # the summary a teaser otherwise.
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    return max(candidates, key=len) if candidates else ""


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    text = html_to_text(value) if "<" in value else value
    text = " ".join(text.split())
    return text or None


def _struct_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except (ValueError, AttributeError):
        return None


def warc_articles(stream: BinaryIO, source: str) -> Iterator[RawArticle | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#record {n}"
            ctype, status = _content_type(record)
            if not ctype.startswith(_HTML_TYPES) or not (200 <= status < 300):
                continue  # images, scripts, redirects: not articles
            data = record.content_stream().read(settings.INGEST_MAX_ARTICLE_BYTES + 1)
            if len(data) > settings.INGEST_MAX_ARTICLE_BYTES:
                yield Rejection(where, "ingest",
                                f"page larger than {settings.INGEST_MAX_ARTICLE_BYTES:,} bytes")
                continue
            found += 1
            own = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            own = own.removeprefix("urn:uuid:")
            yield _warc_article(data, ctype, own, where, url)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield Rejection(source, "ingest", f"WARC could not be read past record {n}: {exc}")
        return
    if not found:
        yield Rejection(source, "ingest", "WARC holds no HTML response record")


def _warc_article(data: bytes, ctype: str, own: str, where: str, url: str | None) -> RawArticle | Rejection:
    """One WARC record's page as an article, within the per-record budget; its failure its own
    Rejection (the records after it are still read)."""
    try:
        with budget.limit(where, settings.INGEST_RECORD_SECONDS):
            html = decode_html(data, ctype)
            return html_article(own or record_id(where, html), where, html, url=url, kind="warc")
    except InputError as exc:
        return Rejection(exc.source, exc.stage, exc.reason)
    except Exception as exc:
        return Rejection(where, "ingest", f"could not be read ({type(exc).__name__}: {exc})")


def _content_type(record) -> tuple[str, int]:
    if record.rec_type == "response" and record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
        try:
            status = int(record.http_headers.get_statuscode() or 200)
        except ValueError:
            status = 0
        return ctype.lower(), status
    return (record.rec_headers.get_header("Content-Type") or "").lower(), 200
