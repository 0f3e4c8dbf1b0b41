"""One input's content to RawArticles: plain text, web pages, JSON and JSON Lines records.

A file holding one article (a text file, a page, a single JSON object) takes the file name
without its extension as id (CONTRACT.md); records of a container (JSON array, JSON Lines)
take their own `id` when given, else a stable hash of their source and content. A JSON record
may carry HTML in its text field (many scrapers store the page): it is extracted like a page.

What it does not do: decide the kind (decode.sniff) or clean (accord.clean).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from accord import budget, settings
from accord.errors import InputError
from accord.ids import record_id
from accord.ingest.html import extract_page, host_outlet
from accord.types import RawArticle, Rejection

TEXT_FIELDS = ("text", "content", "body")
# Wrappers some exporters put around a list of records: {"articles": [...]}.
_LIST_KEYS = ("articles", "items", "entries", "records", "data", "results", "docs")
_TOO_DEEP = "JSON nested too deeply to read (thousands of levels): not an article"
_LOOKS_HTML = re.compile(r"<(p|div|br|html|body|article|span|a)\b[^>]*>", re.I)


def text_article(article_id: str, source: str, text: str) -> RawArticle:
    return RawArticle(id=article_id, source=source, kind="text", body=text)


def html_article(article_id: str, source: str, html: str, *, url: str | None = None,
                 kind: str = "html") -> RawArticle:
    page = extract_page(html, url)
    return RawArticle(
        id=article_id, source=source, kind=kind, body=page.body, html=html, title=page.title,
        url=page.url, published=page.published, outlet=page.outlet, byline=page.byline,
    )


def json_document(text: str, source: str, stem: str | None) -> Iterator[RawArticle | Rejection]:
    """A whole JSON document: one object (one article: id = the file's `stem`, or for stdin the
    record's own id or a hash) or a list of records."""
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if _json_lines_after_all(text):  # a JSON Lines file whose first line is broken
            yield from json_lines(enumerate(text.splitlines(), 1), source)
        elif isinstance(exc, RecursionError):
            yield Rejection(source, "ingest", _TOO_DEEP)
        else:
            yield Rejection(source, "ingest",
                            f"not valid JSON ({_reason(exc)} at line {exc.lineno} column {exc.colno})")
        return
    if isinstance(value, dict):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list) and not any(k in value for k in TEXT_FIELDS):
                value = value[key]
                break
    if isinstance(value, dict):
        yield guarded_record(value, source, own_id=stem)
    elif isinstance(value, list):
        if not value:
            yield Rejection(source, "ingest", "empty JSON list: no article in it")
        for n, item in enumerate(value, 1):
            yield guarded_record(item, f"{source}#item {n}")
    else:
        yield Rejection(source, "ingest",
                        f"JSON holds a {type(value).__name__}, expected an object or a list of objects")


def _json_lines_after_all(text: str) -> bool:
    """True when `text`, not one JSON document, holds two lines or more that are each a whole
    JSON object or list: JSON Lines whose first line is broken (decode.sniff saw a document),
    read line by line so that its good records are kept."""
    whole = 0
    for line in text.splitlines()[:50]:
        line = line.strip()
        if not line.startswith(("{", "[")):
            continue
        try:
            whole += isinstance(json.loads(line), (dict, list))
        except RecursionError:
            whole += 1
        except ValueError:
            continue
        if whole >= 2:
            return True
    return False


def json_lines(lines: Iterable[tuple[int, str]], source: str) -> Iterator[RawArticle | Rejection]:
    """JSON Lines, one record a line; a bad line is rejected on its own and the rest goes on."""
    any_line = False
    for lineno, line in lines:
        if not line.strip():
            continue
        any_line = True
        where = f"{source}#line {lineno}"
        if len(line) > settings.INGEST_MAX_ARTICLE_BYTES:
            yield Rejection(where, "ingest",
                            f"record longer than {settings.INGEST_MAX_ARTICLE_BYTES:,} bytes")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, "ingest", f"not valid JSON ({_reason(exc)} at column {exc.colno})")
            continue
        except RecursionError:  # a line nested thousands deep: that line only (issue 20)
            yield Rejection(where, "ingest", _TOO_DEEP)
            continue
        yield guarded_record(value, where)
    if not any_line:
        yield Rejection(source, "ingest", "empty file")


def _reason(exc: json.JSONDecodeError) -> str:
    # some of json's messages end in "at" ("Invalid control character at"): say it once
    return exc.msg.removesuffix(" at")


def guarded_record(value: Any, source: str, own_id: str | None = None) -> RawArticle | Rejection:
    """record_article, within the per-record time budget, its failure a Rejection of that
    record alone (the records after it are still read)."""
    try:
        with budget.limit(source, settings.INGEST_RECORD_SECONDS):
            return record_article(value, source, own_id)
    except InputError as exc:
        return Rejection(exc.source, exc.stage, exc.reason)
    except RecursionError:
        return Rejection(source, "ingest", _TOO_DEEP)
    except Exception as exc:  # a parser bug on one record must not cost the others
        return Rejection(source, "ingest", f"could not be read ({type(exc).__name__}: {exc})")


def over_cap(text: str) -> str | None:
    """Why `text` is too large for one article, or None: the cap of a file holding one article
    holds for every record of a container too (a JSON record, a feed entry)."""
    cap = settings.INGEST_MAX_ARTICLE_BYTES
    if len(text) <= cap // 4:  # at most 4 bytes a character: surely under the cap
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size <= cap:
        return None
    return (f"{size / 1e6:.1f} MB is over the {cap / 1e6:.0f} MB limit for one article "
            "(settings.INGEST_MAX_ARTICLE_BYTES)")


def record_article(value: Any, source: str, own_id: str | None = None) -> RawArticle | Rejection:
    """One JSON object as an article: `text`|`content`|`body`, optional metadata fields."""
    if not isinstance(value, dict):
        return Rejection(source, "ingest", f"record is a {type(value).__name__}, expected a JSON object")
    body = next((value[k] for k in TEXT_FIELDS if isinstance(value.get(k), str) and value[k].strip()), None)
    if body is None:
        return Rejection(source, "ingest",
                         "record has no text: expected a non-empty `text`, `content` or `body` field")
    too_large = over_cap(body)
    if too_large:
        return Rejection(source, "ingest", too_large)
    rid = own_id or _string(value.get("id")) or record_id(source, body)
    url = _string(value.get("url"))
    title = _string(value.get("title"))
    source_field = value.get("source")
    if isinstance(source_field, dict):  # news APIs: "source": {"id": ..., "name": "Outlet"}
        source_field = source_field.get("name")
    outlet = _string(value.get("outlet")) or _string(source_field) or _string(value.get("site_name"))
    published = parse_date_field(next(
        (value[k] for k in ("published", "date", "published_at", "publishedAt", "pubDate") if value.get(k)),
        None))
    byline = _string(value.get("byline")) or _string(value.get("author"))
    if _LOOKS_HTML.search(body[:4096]):
        page = extract_page(body, url)
        return RawArticle(
            id=rid, source=source, kind="json", body=page.body, html=body, title=title or page.title,
            url=url, published=published or page.published, outlet=outlet or page.outlet,
            byline=byline or page.byline,
        )
    return RawArticle(
        id=rid, source=source, kind="json", body=body, title=title, url=url, published=published,
        outlet=outlet or (host_outlet(url) if url else None), byline=byline,
    )


def parse_date_field(value: Any) -> dt.date | None:
    """A date field's value (ISO string, "5 March 2024", epoch seconds) as a date, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    return parse_date_span(text)


def parse_date_span(text: str) -> dt.date | None:
    """dateparser on a short span known to be a date (never over free text: see DEPENDENCIES)."""
    if not text or len(text) > 80:
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text, languages=["en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                      "STRICT_PARSING": False},
        )
    except budget.OverBudget:
        raise  # the record's time is up: it is rejected and named, never kept with its date dropped
    except Exception:  # dateparser raises a zoo of errors on odd input; a date is optional
        return None
    return parsed.date() if parsed else None


def _string(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
