"""Bytes to text, and what kind of input the bytes are.

Decoding follows the order browsers and trafilatura use: a byte-order mark wins, then a declared
charset, then strict UTF-8 (by far the most common encoding of news text); then, for text that
is mostly ASCII, cp1252 (a superset of latin-1's printable range, so latin-1 and cp1252 files
both read right), and for text mostly outside ASCII charset detection (charset_normalizer).
The few bytes cp1252 leaves undefined become U+FFFD. A legacy file is read, not rejected.

Kinds are recognised by content first (a `.txt` holding a web page is a web page), with the
suffix deciding when the content is ambiguous (a broken `.json` file is reported as broken JSON,
not read as text); JSON Lines is told from one JSON document by its lines, whatever the suffix.
What it does not do: parse anything; see `formats` and `containers`.
"""

from __future__ import annotations

import codecs
import json
import re

from accord import settings

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GZIP = b"\x1f\x8b"
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.I | re.S)
_FEED_START = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_URL_LINE = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.I)

SUFFIX_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".urls": "urls",
}


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def is_binary(head: bytes) -> bool:
    """True when `head` is not text in any encoding we read (images, archives, executables)."""
    if not head or bom_encoding(head):
        return False
    if head.startswith(_GZIP):
        return True
    if b"\x00" in head[:8192]:
        return True
    control = sum(1 for b in head if b in _CONTROL)
    return control / len(head) > settings.INGEST_BINARY_CONTROL_SHARE


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of `data`: BOM, then `declared` (an HTTP or meta charset), UTF-8, detection, cp1252."""
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    text = _strict(data, declared, "utf-8")
    if text is not None:
        return text
    # Mostly ASCII with a few high bytes: a Western code page (accents, curly quotes, dashes),
    # where detectors on short text often pick a wrong Latin sibling (cp1257, mac_roman).
    high = sum(1 for b in data[: 1 << 16] if b >= 0x80) / max(1, min(len(data), 1 << 16))
    guess = _detect(data) if high >= 0.15 and len(data) >= 32 else None
    text = _strict(data, guess, "cp1252")
    return text if text is not None else data.decode("cp1252", errors="replace")


def _strict(data: bytes, *encodings: str | None) -> str | None:
    """`data` decoded by the first of `encodings` that decodes it without error, else None."""
    for encoding in encodings:
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _detect(data: bytes) -> str | None:
    """charset_normalizer's guess, for text mostly outside ASCII (Cyrillic, Greek, CJK ...)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of requests/trafilatura, always here
        return None
    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):  # BOM-less: not trusted
        return None
    return best.encoding


def sniff(head: bytes, suffix: str) -> str:
    """Kind of an input from its first bytes and its suffix.

    One of "warc", "html", "feed", "json", "jsonl", "urls", "text". JSON Lines ("jsonl", read
    line by line) is decided here only: by a `.jsonl`/`.ndjson` suffix, or by content whatever
    the suffix (lines each opening an object, see `_is_json_lines`).
    """
    suffix = suffix.lower()
    bom = bom_encoding(head)
    if bom and bom != "utf-8-sig":
        # UTF-16/32: decode the head to look at it.
        head = head.decode(bom, errors="ignore").encode("utf-8")
    stripped = head.lstrip(codecs.BOM_UTF8).lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped[:1] in (b"{", b"["):
        if suffix in (".jsonl", ".ndjson") or _is_json_lines(stripped):
            return "jsonl"
        return "json"
    if _HTML_START.match(stripped):
        return "html"
    if stripped.startswith(b"<?xml") or _FEED_START.search(stripped[:2048]):
        return "feed" if _FEED_START.search(stripped) else SUFFIX_KINDS.get(suffix, "html")
    if suffix in (".json", ".jsonl", ".ndjson", ".html", ".htm", ".rss", ".atom", ".warc"):
        return SUFFIX_KINDS[suffix]
    if stripped.startswith(b"<") and re.search(rb"</?(p|div|span|a|br)\b", stripped[:4096], re.I):
        return "html"
    text = stripped.decode("utf-8", errors="ignore")
    if len(head) >= settings.INGEST_SNIFF_BYTES:  # the window may end mid-line: judge whole lines
        text = text.rsplit("\n", 1)[0]
    if looks_like_url_list(text):
        return "urls"
    return "text"


def _is_json_lines(head: bytes) -> bool:
    """Two lines or more, the first two opening an object and the first a whole JSON value.

    `head` is UTF-8 without a byte-order mark (`sniff` re-encodes a UTF-16/32 head)."""
    lines = [line.strip() for line in head[: settings.INGEST_SNIFF_BYTES].splitlines() if line.strip()]
    if len(lines) < 2 or not all(line.startswith(b"{") for line in lines[:2]):
        return False
    try:
        json.loads(lines[0])
    except ValueError:
        return False
    return True


def looks_like_url_list(text: str) -> bool:
    """All lines URLs, or of two lines or more at least URL_LIST_SHARE (a stray line in a long
    list is rejected on its own when the list is read, the list is not taken for an article)."""
    lines = url_lines(text)
    urls = sum(1 for line in lines if _URL_LINE.match(line))
    return bool(lines) and (urls == len(lines) or (len(lines) >= 2 and urls >= URL_LIST_SHARE * len(lines)))


URL_LIST_SHARE = 0.9  # a text article is prose: not even a tenth of its lines are bare URLs


def url_lines(text: str) -> list[str]:
    """The lines of a URL list: stripped, blank lines and `#` comments left out."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
