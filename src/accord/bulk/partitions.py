"""Read and clean in parallel partitions, with the local run's ids, order and rejections.

    units = plan(paths, workers=2)            # on the driver: what to read, in the local order
    parts = partition(units, workers)         # consecutive runs of units, of similar size
    read_partition(part) -> Read              # on a worker: read, clean, features, term priors
    merge(results) -> Loaded, bags            # on the driver: ids made unique as load() does
    prior = merged_prior(results)             # the term priors of the whole heap

A unit is one file (a directory is walked on the driver, as `accord.ingest` walks it, so each
file keeps the id it has in a local run), or a range of whole lines of a large JSON Lines file
(a dump), numbered from where the range starts, so a rejected record is named by the same
`file#line N` as locally. WARC files, feeds and JSON documents are read whole, one unit each
(a crawl is many WARC files). Standard input is read on the driver.

Each worker does per record what `pipeline.load` does (make strings safe, clean under the time
budget, a cleaner failure becomes a rejection) and also counts the record's clustering terms
(`cluster.online.article_bag`), so the driver only merges. Duplicate ids are settled on the
driver in input order, exactly as `pipeline.load` settles them.

Term priors: clustering weighs a term by its document frequency topped up with its frequency in
general English (`cluster.features.idf`), which `cluster.features` keeps in a table of its
process, filled as it counts words (a term's prior is the highest of the words that stem to
it). A local run counts every word of the heap in the one process that clusters; here words
are counted on the read workers, so each partition is counted with a fresh table
(`term_prior`), its entries come back with the partition, and the driver merges them (the
highest per term, as one process would have kept) for the grouping and the store.

What it does not do: fetch URLs (accord ingest --fetch does), or split a WARC file.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from accord import settings
from accord.types import Article, Rejection


@dataclass(frozen=True)
class Unit:
    """One thing a worker reads: a file (`stem`: its id when it holds one article), a range
    [start, end) of bytes of a JSON Lines file whose first line is `first_line`, or raw
    articles already read on the driver (standard input)."""

    source: str
    size: int
    stem: str | None = None
    start: int = 0
    end: int = -1  # -1: the whole file
    first_line: int = 1
    raws: tuple = ()


@dataclass(frozen=True)
class Read:
    """What a worker read from one partition: its articles and rejections in order, and the
    general-English prior of every clustering term its records hold."""

    entries: list
    prior: dict


@contextmanager
def term_prior(prior: dict | None = None):
    """`cluster.features`' table of term priors (and its word cache) as a fresh process has
    them, filled with `prior`, for the block; the process's own are put back after."""
    from accord.cluster import features

    saved = dict(features._PRIOR), dict(features._STEMS)
    features._PRIOR.clear()
    features._STEMS.clear()
    features._PRIOR.update(prior or {})
    try:
        yield features._PRIOR
    finally:
        features._PRIOR.clear()
        features._PRIOR.update(saved[0])
        features._STEMS.clear()
        features._STEMS.update(saved[1])


def merged_prior(results: list[Read]) -> dict:
    """The partitions' term priors as one process reading all of them keeps them: the highest."""
    prior: dict = {}
    for part in results:
        for term, share in part.prior.items():
            if share > prior.get(term, 0.0):
                prior[term] = share
    return prior


@dataclass(frozen=True)
class Entry:
    """A cleaned article, what `load` needs to settle its id, and its clustering terms."""

    article: Article
    kind: str
    source: str
    bag: object


def plan(paths, *, stdin=None, follow_links: bool = False, split_bytes: int | None = None,
         workers: int = 1) -> list[Unit | Rejection]:
    """What to read for `paths`, in the order a local run reads it. A JSON Lines file larger
    than `split_bytes` (default: the partition size `target_bytes` gives for these inputs and
    `workers`) is cut into line ranges, so that one large dump is read by every worker."""
    from accord.ingest import _SCHEME, _unique_stems, read_inputs, walk_directory

    found: list[tuple[Path, str | None] | Unit | Rejection] = []
    for path in map(str, paths):
        if path == "-":
            raws = tuple(read_inputs(["-"], stdin=stdin))
            found.append(Unit("-", sum(len(getattr(r, "body", "")) for r in raws), raws=raws))
        elif _SCHEME.match(path):
            found.append(Rejection(path, "fetch", "accord bulk reads files and folders: fetch URLs "
                                                 "with accord ingest --fetch"))
        elif not Path(path).exists():
            found.append(Rejection(path, "ingest", "no such file or directory"))
        elif Path(path).is_dir():
            root = Path(path)
            files = list(walk_directory(root, follow_links))
            stems = _unique_stems(root, [f for f in files if isinstance(f, Path)])
            if not stems:
                found.append(Rejection(str(root), "ingest", "directory holds no file"))
            found.extend(entry if isinstance(entry, Rejection) else (entry, stems[entry]) for entry in files)
        else:
            found.append((Path(path), None))
    if split_bytes is None:
        total = sum(u.size if isinstance(u, Unit) else _size(u[0]) for u in found if not isinstance(u, Rejection))
        split_bytes = target_bytes(total, workers)
    out: list[Unit | Rejection] = []
    for entry in found:
        out.extend([entry] if isinstance(entry, (Unit, Rejection)) else _file_units(entry[0], entry[1], split_bytes))
    return out


def target_bytes(total: int, workers: int) -> int:
    """The bytes of input per read partition: at least 4 partitions per worker when there is
    enough to read, within [settings.BULK_PARTITION_MIN_BYTES, settings.BULK_PARTITION_BYTES]."""
    return max(settings.BULK_PARTITION_MIN_BYTES, min(settings.BULK_PARTITION_BYTES, total // (4 * workers) + 1))


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0  # the worker names the failure


def _file_units(p: Path, stem: str | None, split_bytes: int) -> list[Unit]:
    size = _size(p)
    whole = [Unit(str(p), size, stem)]
    if size <= split_bytes or not _plain_json_lines(p):
        return whole
    units, start, line = [], 0, 1
    with p.open("rb") as fh:
        while start < size:
            fh.seek(start + split_bytes)
            fh.readline()  # on to the end of the line the target falls in
            end = min(fh.tell(), size)
            fh.seek(start)
            lines = fh.read(end - start).count(b"\n")
            units.append(Unit(str(p), end - start, stem, start, end, line))
            start, line = end, line + lines
    return units


def _plain_json_lines(p: Path) -> bool:
    """Is `p` JSON Lines that `accord.ingest` reads line by line in bytes (\\n ends, 8-bit)?"""
    from accord.ingest import _is_warc
    from accord.ingest import decode as dec

    try:
        with p.open("rb") as fh:
            head = fh.read(settings.INGEST_SNIFF_BYTES)
    except OSError:
        return False
    suffix = p.suffixes[-1].lower() if p.suffixes else ""
    if not head.strip() or _is_warc(head) or dec.bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    # as accord.ingest reads it: sniffed JSON Lines, lines ending in \n, read as bytes
    return b"\n" in head and dec.sniff(head, suffix) == "jsonl"


def partition(units: list[Unit | Rejection], workers: int) -> list[list[Unit | Rejection]]:
    """Consecutive runs of units of about equal bytes: at least 4 per worker when there is
    enough to read, each at most settings.BULK_PARTITION_BYTES (a rejection rides along)."""
    target = target_bytes(sum(u.size for u in units if isinstance(u, Unit)), workers)
    parts: list[list] = [[]]
    filled = 0
    for u in units:
        if filled >= target:
            parts.append([])
            filled = 0
        parts[-1].append(u)
        filled += u.size if isinstance(u, Unit) else 0
    return [p for p in parts if p]


def read_partition(part: list[Unit | Rejection]) -> Read:
    """Read, clean and count the terms of every record of `part`, in order (on a worker)."""
    with term_prior() as prior:
        entries = _read_entries(part)
        return Read(entries, dict(prior))


def _read_entries(part: list[Unit | Rejection]) -> list[Entry | Rejection]:
    from accord.cluster.online import article_bag
    from accord.ingest.formats import parse_date_span

    # dateparser loads its language data on its first call (seconds on a loaded machine): once
    # per worker, outside any record's time budget, so that no record pays it (a record whose
    # budget runs out in a date parse is rejected: accord.ingest.formats.parse_date_span)
    parse_date_span("1 January 2020")
    out: list[Entry | Rejection] = []
    for unit in part:
        if isinstance(unit, Rejection):
            out.append(unit)
            continue
        for item in _raws(unit):
            if isinstance(item, Rejection):
                out.append(item)
                continue
            source, cleaned = _clean(item)
            if isinstance(cleaned, Rejection):
                out.append(cleaned)
            else:
                out.append(Entry(cleaned, item.kind, source, article_bag(cleaned)))
    return out


def _raws(unit: Unit):
    from accord.ingest import _guarded, _read_file
    from accord.ingest import decode as dec
    from accord.ingest.formats import json_lines

    if unit.raws:
        yield from unit.raws
    elif unit.end < 0:
        yield from _guarded(_read_file(Path(unit.source), fetch=False, stem=unit.stem), unit.source)
    else:
        def lines():
            with open(unit.source, "rb") as fh:
                fh.seek(unit.start)
                chunk = io.BytesIO(fh.read(unit.end - unit.start))
            for n, raw in enumerate(chunk, unit.first_line):  # split at b"\n" only, as locally
                yield n, dec.decode(raw)

        for item in _guarded(json_lines(lines(), unit.source), unit.source):
            # a range holding only blank lines is not an empty file (its first range has a line)
            if not (isinstance(item, Rejection) and item.source == unit.source and item.reason == "empty file"):
                yield item


def _clean(item):
    """One raw article made safe and cleaned by `pipeline.clean_raw`, as `pipeline.load` does it:
    (its source as load names it, the Article or a Rejection)."""
    from accord.pipeline import clean_raw
    from accord.textsafe import display_name

    return display_name(item.source), clean_raw(item)


def merge(results: list[Read]):
    """The partitions' results, in order, as `pipeline.load` returns them (with each kept
    article's terms): an id seen before is made unique or rejected exactly as there."""
    from accord.pipeline import Loaded, safe_rejection, settle_id

    articles, bags, rejected, seen = [], [], [], set()
    for part in results:
        for entry in part.entries:
            if isinstance(entry, Rejection):
                rejected.append(safe_rejection(entry))
                continue
            article = settle_id(entry.article, entry.kind, entry.source, seen)
            if isinstance(article, Rejection):
                rejected.append(article)
                continue
            seen.add(article.id)
            articles.append(article)
            bags.append(entry.bag)
    return Loaded(tuple(articles), tuple(rejected), {}), bags
