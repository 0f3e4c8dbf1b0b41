"""Web pages to plain text plus what the page says about itself.

The body comes from trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and
Command-Line Tool for Text Discovery and Extraction"), which drops menus, footers and comment
sections by markup; the publication date from htmldate (same author), which reads the page's
own metadata. When trafilatura finds no main text (a truncated page, a page of bare
paragraphs), a plain block-level walk of the markup keeps whatever paragraphs there are: the
cleaner decides what is boilerplate. HTML fragments (feed entries) use the same walk.
Page bytes become text in one place, decode_html: the HTTP charset, else the page's <meta>
charset, else decode's own order.

What it does not do: clean the text line by line (accord.clean does that for every kind).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from accord.ingest.decode import decode

_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
    "section", "article", "header", "footer", "figcaption", "dd", "dt", "td", "th", "ul", "ol",
    "table", "hr", "main", "aside", "nav", "figure",
}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BLANKS = re.compile(r"\n\s*\n+")
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)
_HTTP_CHARSET = re.compile(r"\bcharset\s*=\s*[\"']?([^\s\"';,]+)", re.I)


@dataclass(frozen=True)
class Page:
    """What a web page yields: plain body text and the page's own metadata."""

    body: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    byline: str | None = None
    url: str | None = None


def decode_html(data: bytes, content_type: str = "") -> str:
    """Text of a page's bytes: the HTTP Content-Type's charset, else the page's <meta> charset,
    else decode's own order (BOM first in every case: see decode.decode)."""
    return decode(data, http_charset(content_type) or meta_charset(data))


def http_charset(content_type: str) -> str | None:
    """The charset an HTTP Content-Type names: "text/html; charset=UTF-8" -> "UTF-8"."""
    m = _HTTP_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page's <meta> declares in its first 4 KB, or None."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract_page(html: str, url: str | None = None) -> Page:
    """Body and metadata of one page (`url` helps trafilatura and gives the outlet's host)."""
    import trafilatura

    body, title, outlet, byline = "", None, None, None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        )
    except Exception:  # trafilatura raises on some malformed trees; the fallback below copes
        doc = None
    if doc is not None:
        body = (doc.text or "").strip()
        title = _clean_field(doc.title)
        outlet = _clean_field(doc.sitename)
        byline = _clean_field(doc.author)
        url = url or doc.url
    if len(body) < 40:  # nothing (or a scrap) found: keep every paragraph the markup has
        fallback = html_to_text(html)
        if len(fallback) > len(body):
            body = fallback
    if not outlet and url:
        outlet = host_outlet(url)
    return Page(body=body, title=title, outlet=outlet, published=page_date(html), byline=byline, url=url)


def page_date(html: str) -> dt.date | None:
    """The page's original publication date from its markup (htmldate), or None."""
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate can fail on broken trees: a date is optional
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found[:10])
    except ValueError:
        return None


def html_to_text(html: str) -> str:
    """Text of an HTML document or fragment, one line per block element, scripts dropped."""
    import lxml.html
    from lxml import etree

    if "<" not in html:
        return _tidy(html)
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", html))
    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def host_outlet(url: str) -> str | None:
    """The outlet a URL's host names: "https://www.example-news.com/x" -> "example-news.com"."""
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(www\d?|m|mobile|amp|edition)\.", "", host)
    return host or None


def _clean_field(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None
