"""Ingest: every input the user names, to RawArticles, or Rejections saying why not.

    read_inputs(["a.txt", "feeds/", "crawl.warc.gz", "-"]) -> RawArticle | Rejection, lazily

A PATH is a file, a directory (read recursively in sorted order, hidden files and folders
skipped), `-` for stdin, or with fetch=True an http(s) URL. Kinds are recognised by content and
suffix (decode.sniff): plain text, HTML, JSON / JSON Lines, RSS/Atom, WARC, and URL lists
(fetched with fetch=True). Nothing raises out of here: every failure (missing or unreadable
path, empty or binary file, broken JSON line, too large an article, refused URL) becomes a
Rejection naming the input and the reason, and the batch goes on.

What it does not do: clean the text or read metadata out of it (accord.clean does that).
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from accord import budget, settings
from accord.errors import InputError
from accord.ids import digest, record_id
from accord.ingest import decode as dec
from accord.ingest.containers import feed_articles, warc_articles
from accord.ingest.formats import _json_lines_after_all, html_article, json_document, json_lines, text_article
from accord.ingest.html import decode_html
from accord.types import RawArticle, Rejection

__all__ = ["read_inputs", "read_bytes", "STDIN_SOURCE"]

STDIN_SOURCE = "<stdin>"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
Item = RawArticle | Rejection


def read_inputs(paths: Sequence[str], *, fetch: bool = False, stdin=None,
                follow_links: bool = settings.INGEST_FOLLOW_LINKS) -> Iterator[Item]:
    """Every article in `paths`, in order, as RawArticle; every failure as a Rejection.

    In a directory, links that lead out of it are followed only with `follow_links`; every
    file or folder passed over (hidden, a link, a FIFO, a device, a socket) is a Rejection."""
    for path in paths:
        yield from _guarded(_read_path(str(path), fetch=fetch, stdin=stdin, follow_links=follow_links),
                            str(path))


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """`items`, with a failure while reading them turned into a Rejection of `source`."""
    try:
        yield from items
    except InputError as exc:
        yield Rejection(exc.source, exc.stage, exc.reason)
    except Exception as exc:  # a parser bug must not end the batch: reject the input, go on
        yield Rejection(source, "ingest", f"could not be read ({type(exc).__name__}: {exc})")


def _read_path(path: str, *, fetch: bool, stdin, follow_links: bool = False) -> Iterator[Item]:
    if path == "-":
        if stdin is None:
            yield Rejection(STDIN_SOURCE, "ingest", "'-' given but no standard input is available")
            return
        data = _read_stdin(stdin)  # read whole, up to the container cap: sniffing needs to seek
        if len(data) > settings.INGEST_MAX_CONTAINER_BYTES:
            yield Rejection(STDIN_SOURCE, "ingest",
                            f"standard input is over {settings.INGEST_MAX_CONTAINER_BYTES / 1e6:.0f} MB: "
                            "give the file as a PATH instead, so it is streamed")
            return
        yield from read_bytes(data, STDIN_SOURCE, stem=None, fetch=fetch)
        return
    if _SCHEME.match(path):
        yield from _read_url(path, fetch=fetch)
        return
    p = Path(path)
    if not p.exists():
        yield Rejection(path, "ingest", "no such file or directory")
    elif p.is_dir():
        yield from _read_directory(p, fetch=fetch, follow_links=follow_links)
    else:
        yield from _read_file(p, fetch=fetch)


def _read_directory(root: Path, *, fetch: bool, follow_links: bool = False) -> Iterator[Item]:
    files = list(walk_directory(root, follow_links))
    stems = _unique_stems(root, [f for f in files if isinstance(f, Path)])
    if not stems:
        yield Rejection(str(root), "ingest", "directory holds no file")
    for entry in files:
        if isinstance(entry, Rejection):
            yield entry
        else:
            yield from _guarded(_read_file(entry, fetch=fetch, stem=stems[entry]), str(entry))


def walk_directory(root: Path, follow_links: bool = False) -> Iterator[Path | Rejection]:
    """The regular files under `root`, in sorted order, and a Rejection for each entry passed
    over: hidden ones (their name starts with "."), FIFOs, devices and sockets (reading one can
    block for ever), links out of `root` unless `follow_links`, and links to a folder inside
    `root` (its files are read where they are). Every folder is entered once (no link loops)."""
    real_root = root.resolve()
    seen = {real_root}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Rejection(str(folder), "ingest", f"cannot read directory ({exc.strerror or exc})")
            continue
        folders = []
        for entry in entries:
            path = Path(entry.path)
            why = _passed_over(entry, path, real_root, follow_links)
            if why:
                yield Rejection(str(path), "ingest", why)
                continue
            if entry.is_dir():  # follows a link that was let through
                real = path.resolve()
                if real in seen:
                    yield Rejection(str(path), "ingest", "folder already read (a link loop): skipped")
                    continue
                seen.add(real)
                folders.append(path)
            else:
                yield path
        stack.extend(reversed(folders))


def _passed_over(entry: os.DirEntry, path: Path, real_root: Path, follow_links: bool) -> str | None:
    """Why a directory entry is not read, or None."""
    if entry.name.startswith("."):
        return "hidden " + ("folder" if entry.is_dir() else "file") + ": skipped"
    if entry.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "broken link: skipped"
        inside = target == real_root or real_root in target.parents
        if target.is_dir() and inside:
            return f"link to a folder inside the one given ({target}): its files are read there"
        if not inside and not follow_links:
            return f"link out of the folder given (to {target}): skipped; pass --follow-links to read it"
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISBLK(mode) or stat.S_ISCHR(mode) else "not a regular file")
    return f"{kind}, not a file: skipped (reading it may block)"


def _unique_stems(root: Path, files: list[Path]) -> dict[Path, str]:
    """Each file's article id when it holds one article: its name without extension
    (CONTRACT.md), and when two files under `root` share that name (a/index.txt, b/index.html),
    the name and a hash of the path inside `root`, for each of them: the same whatever order
    the files are read in."""
    stems = {f: _stem(f) for f in files}
    count: dict[str, int] = {}
    for stem in stems.values():
        count[stem] = count.get(stem, 0) + 1
    return {f: stem if count[stem] == 1 else f"{stem}-{digest(f.relative_to(root).as_posix(), length=8)}"
            for f, stem in stems.items()}


def _read_file(p: Path, *, fetch: bool, stem: str | None = None) -> Iterator[Item]:
    source = str(p)
    try:
        size = p.stat().st_size
        fh = p.open("rb")
    except OSError as exc:
        yield Rejection(source, "ingest", f"cannot open ({exc.strerror or exc})")
        return
    with fh:
        try:
            head = fh.read(settings.INGEST_SNIFF_BYTES)
        except OSError as exc:
            yield Rejection(source, "ingest", f"cannot read ({exc.strerror or exc})")
            return
        if not head.strip():
            yield Rejection(source, "ingest", "empty file" if size == 0 else "file holds only whitespace")
            return
        suffixes = [s.lower() for s in p.suffixes]
        yield from _read_stream(fh, head, size, source, suffix=suffixes[-1] if suffixes else "",
                                stem=stem or _stem(p), fetch=fetch, what="file")


def read_bytes(data: bytes, source: str, *, stem: str | None, fetch: bool = False) -> Iterator[Item]:
    """Articles in an in-memory input (stdin, a fetched body). `stem` names a one-article input."""
    if not data.strip():
        yield Rejection(source, "ingest", "empty input")
        return
    yield from _read_stream(io.BytesIO(data), data[: settings.INGEST_SNIFF_BYTES], len(data), source,
                            suffix="", stem=stem, fetch=fetch, what="data")


def _read_stream(fh: BinaryIO, head: bytes, size: int, source: str, *, suffix: str, stem: str | None,
                 fetch: bool, what: str) -> Iterator[Item]:
    """Articles in one open input of `size` bytes that begins with `head`: a file or bytes in memory.

    WARC and JSON Lines are streamed, whatever their size; any other kind is read whole, up to
    its cap (_cap)."""
    if _is_warc(head):
        fh.seek(0)
        yield from warc_articles(fh, source)
        return
    kind = dec.sniff(head, suffix)
    binary = dec.is_binary(head)
    if binary and kind == "json" and _json_lines_after_all(head.decode("utf-8", "replace")):
        kind = "jsonl"  # JSON Lines whose first line is broken (json_document's rule), junk lines too
    if binary and not (suffix in (".jsonl", ".ndjson") or kind == "jsonl"):
        # (JSON Lines are read line by line: a line of binary junk is rejected on its own)
        yield Rejection(source, "ingest",
                        f"binary {what}, not text (expected text, HTML, JSON, a feed or a WARC)")
        return
    fh.seek(0)
    if kind == "warc":  # a `.warc` suffix, or a WARC behind a byte-order mark: warcio says what is wrong
        yield from warc_articles(fh, source)
    elif kind == "jsonl":
        yield from json_lines(_numbered_lines(fh, head), source)
    else:
        cap, setting = _cap(kind)
        if size > cap:
            yield Rejection(source, "ingest", _too_large(size, cap, setting, kind))
            return
        yield from _read_kind(kind, fh.read(cap + 1), source, stem=stem, fetch=fetch)


def _read_kind(kind: str, data: bytes, source: str, *, stem: str | None, fetch: bool) -> Iterator[Item]:
    if kind == "feed":
        yield from feed_articles(data, source)
        return
    if kind == "html":
        with budget.limit(source, settings.INGEST_RECORD_SECONDS):
            html = decode_html(data)
            article = html_article(stem or record_id(source, html), source, html)
        yield article
        return
    text = dec.decode(data)
    if kind == "json":
        yield from json_document(text, source, stem)  # no stem (stdin): the record's own id
    elif kind == "urls":
        if not fetch:
            yield Rejection(source, "ingest", "a list of URLs: pass --fetch to fetch them")
            return
        for url in dec.url_lines(text):  # a URL that fails is rejected; the list goes on
            yield from _guarded(_read_url(url, fetch=True), url)
    else:
        yield text_article(stem or record_id(source, text), source, text)


def _read_url(url: str, *, fetch: bool) -> Iterator[Item]:
    if not url.lower().startswith(("http://", "https://")):
        yield Rejection(url, "fetch", "only http and https URLs are fetched")
        return
    if not fetch:
        yield Rejection(url, "fetch", "a URL: pass --fetch to fetch it")
        return
    from accord.ingest.fetch import fetch as get

    fetched = get(url)  # FetchError -> Rejection in read_inputs
    if "html" in fetched.content_type.lower():
        html = decode_html(fetched.data, fetched.content_type)
        yield html_article(record_id(url, html), url, html, url=fetched.url, kind="url")
        return
    for item in read_bytes(fetched.data, url, stem=None):
        if isinstance(item, RawArticle) and item.url is None:
            item = dataclasses.replace(item, url=fetched.url)
        yield item


def _read_stdin(stdin) -> bytes:
    cap = settings.INGEST_MAX_CONTAINER_BYTES
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer.read(cap + 1)
    data = stdin.read(cap + 1)
    return data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data


def _numbered_lines(fh: BinaryIO, head: bytes) -> Iterator[tuple[int, str]]:
    r"""The lines of a JSON Lines input that begins with `head`, decoded, read as a stream.

    A line ends in \n (or \r\n); in an input whose head has no \n but a \r (old Mac files) it
    ends in \r. Whichever it is, it is decided once for the input, so a stray \r inside a
    record of a \n file does not cut the record or shift the line numbers. UTF-16 and UTF-32
    (behind their byte-order mark) are decoded as a stream; any other line on its own
    (`decode.decode`).
    """
    bom = dec.bom_encoding(head)
    wide = bom in ("utf-16", "utf-32")
    sample = head.decode(bom, errors="ignore") if wide else head.decode("latin-1")
    end = "\r" if "\n" not in sample and "\r" in sample else "\n"
    if not wide and end == "\n":
        for lineno, raw in enumerate(fh, 1):
            yield lineno, dec.decode(raw)
        return
    # latin-1 maps bytes to characters one to one: a line's bytes come back intact
    stream = io.TextIOWrapper(fh, encoding=bom if wide else "latin-1", errors="replace", newline=end)
    try:
        for lineno, line in enumerate(stream, 1):
            yield lineno, line if wide else dec.decode(line.encode("latin-1"))
    finally:
        stream.detach()  # the caller owns the file


def _is_warc(head: bytes) -> bool:
    """WARC by its magic, plain or gzipped (a WARC holds binary payloads: check before binary)."""
    if head.lstrip().startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        import zlib

        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def _stem(p: Path) -> str:
    name = p.name
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    return Path(name).stem or name


def _cap(kind: str) -> tuple[int, str]:
    """How many bytes an input of `kind` read whole may hold, and the setting that says so."""
    if kind in ("json", "feed"):
        return settings.INGEST_MAX_CONTAINER_BYTES, "INGEST_MAX_CONTAINER_BYTES"
    return settings.INGEST_MAX_ARTICLE_BYTES, "INGEST_MAX_ARTICLE_BYTES"


def _too_large(size: int, cap: int, setting: str, kind: str) -> str:
    what = "one article" if setting == "INGEST_MAX_ARTICLE_BYTES" else f"a {kind} file read whole"
    return (f"{size / 1e6:.1f} MB is over the {cap / 1e6:.0f} MB limit for {what} "
            f"(settings.{setting}); split it, or give JSON Lines")
