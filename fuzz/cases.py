"""Generated hostile inputs, one strategy per input kind (hypothesis).

    case = cases().example()   # a Case: files to write, and how many records each must give

Every kind accord reads is generated, from well-formed to broken: plain text, HTML (deep,
garbled), JSON documents and JSON Lines (bad lines, deep nesting, lone surrogates, huge
fields), RSS/Atom feeds (entities, XXE), WARC crawls, URL lists, random bytes, and hostile file
names (bytes that are not UTF-8, newlines, escape sequences). Text is built from news-like
sentences mixed with what breaks parsers and patterns: control and escape characters, lone
surrogates, bidi overrides, long tokens of one shape (fuzz.regexes.adversarial).

A Case says, for each well-formed container, how many records it holds: each must come back as
an article or a rejection of its own ("records lost" counts the rest).

What it does not do: run anything (fuzz.run does), or fetch (URLs are never fetched here).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field

from hypothesis import strategies as st

from regexes import adversarial

SENTENCES = [
    "The harbour authority said on Tuesday that the fire was put out after six hours.",
    "At least 12 people were injured, according to the county council.",
    "\"We will rebuild,\" the mayor, Ana Ruiz, told reporters on Monday.",
    "Officials said 3,400 residents had been evacuated from the area by 5 p.m.",
    "The company's shares fell 4.5% in early trading in London.",
    "Police arrested a 34-year-old man in connection with the attack, Reuters reported.",
    "Half of the 1,200 workers were sent home, the union said.",
]
HOSTILE = ["\x1b]0;pwned\x07", "\x1b[2J", "\x00", "\ud800", "\udfff", "\u202e", "\r", "\x85", "\ufeff",
           "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`", "|", "[x](javascript:1)",
           "&amp;", "\u2028", "\t", "\x0c", "\\", "{{7*7}}", "${x}", "%s%n"]


@dataclass
class Case:
    files: dict[str, bytes]  # relative name (may hold bytes that are not UTF-8) -> content
    records: dict[str, int] = field(default_factory=dict)  # name -> records each must give
    kinds: dict[str, str] = field(default_factory=dict)


def _two_whole_lines(data: bytes) -> bool:
    from accord.ingest.formats import _json_lines_after_all

    return _json_lines_after_all(data.decode("utf-8", "replace"))


def _long(shape: str, n: int) -> str:
    return adversarial(n)[shape]


SHAPES = sorted(adversarial(10))


@st.composite
def texts(draw, max_sentences: int = 6) -> str:
    parts = []
    for _ in range(draw(st.integers(1, max_sentences))):
        pick = draw(st.integers(0, 9))
        if pick <= 5:
            parts.append(draw(st.sampled_from(SENTENCES)))
        elif pick <= 7:
            parts.append(draw(st.sampled_from(HOSTILE)) + draw(st.sampled_from(SENTENCES)))
        elif pick == 8:
            parts.append(draw(st.text(max_size=200)))
        else:  # one long token of a backtracking shape; mostly short, now and then very long
            size = draw(st.sampled_from([200] * 20 + [2_000] * 6 + [20_000, 50_000]))
            parts.append(_long(draw(st.sampled_from(SHAPES)), size))
        parts.append(draw(st.sampled_from([" ", "\n", "\n\n", "\r\n", ""])))
    return "".join(parts)


def _encode(text: str, draw) -> bytes:
    how = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1252", "latin-1", "bad"]))
    if how == "bad":
        return text.encode("utf-8", "surrogatepass") + b"\xff\xfe\xc0"
    return text.encode(how, "replace") if how != "utf-8" else text.encode("utf-8", "surrogatepass")


@st.composite
def text_file(draw):
    return "text", _encode(draw(texts()), draw), None


@st.composite
def html_file(draw):
    body = draw(texts())
    depth = draw(st.sampled_from([0] * 6 + [3] * 4 + [50] * 3 + [3_000, 20_000]))
    tag = draw(st.sampled_from(["div", "p", "span", "b", "table"]))
    closing = draw(st.booleans())
    html = ("<!doctype html><html><head><title>" + draw(st.sampled_from(HOSTILE)) + body[:80]
            + "</title></head><body>" + f"<{tag}>" * depth + "<article><p>" + body.replace("\n", "</p><p>")
            + "</p></article>" + (f"</{tag}>" * depth if closing else "") + "</body></html>")
    if draw(st.booleans()):
        html = html[: draw(st.integers(10, max(10, len(html))))]  # cut anywhere
    return "html", _encode(html, draw), None


def _record(draw) -> dict:
    rec = {draw(st.sampled_from(["text", "content", "body"])): draw(texts())}
    for key in ("title", "url", "published", "outlet", "id", "author"):
        if draw(st.booleans()):
            rec[key] = draw(st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE), st.integers(),
                                      st.none(), st.just("2024-13-45"), st.just(1e308)))
    return rec


def _deep(n: int) -> str:
    return "[" * n + "]" * n


@st.composite
def jsonl_file(draw):
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        pick = draw(st.integers(0, 9))
        if pick <= 5:
            lines.append(json.dumps(_record(draw), ensure_ascii=draw(st.booleans())))
        elif pick == 6:
            lines.append(_deep(draw(st.sampled_from([10, 3_000, 50_000]))))
        elif pick == 7:
            lines.append(json.dumps(_record(draw))[: draw(st.integers(1, 30))])  # cut
        elif pick == 8:
            lines.append(json.dumps([1, "x", None]))
        else:
            lines.append(draw(st.text(min_size=1, max_size=50)).replace("\n", " ").replace("\r", " ")
                         .replace("\x0b", " ").replace("\x0c", " ").replace("\x1c", " ").replace("\x1d", " ")
                         .replace("\x1e", " ").replace("\x85", " ").replace("\u2028", " ").replace("\u2029", " ")
                         or "x")
    records = sum(1 for line in lines if line.strip().strip("\ufeff"))  # a lone BOM is a blank line
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    return "jsonl", data, records if records else None


@st.composite
def json_file(draw):
    items = [_record(draw) for _ in range(draw(st.integers(1, 6)))]
    pick = draw(st.integers(0, 3))
    if pick == 0:
        return "json", json.dumps(items).encode(), len(items)
    if pick == 1:
        return "json", json.dumps({"articles": items}).encode(), len(items)
    if pick == 2:
        return "json", ('{"text": ' + _deep(draw(st.sampled_from([100, 5_000]))) + "}").encode(), None
    return "json", json.dumps(items).encode()[: draw(st.integers(1, 200))], None


def _xml(text: str) -> str:
    """`text` as XML character data; characters XML 1.0 forbids dropped (a feed holding them
    is not well-formed, and its entries are not counted on)."""
    text = "".join(c for c in text if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c >= "\U00010000")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def feed_file(draw):
    n = draw(st.integers(1, 6))
    items = "".join(
        f"<item><title>{_xml(draw(st.sampled_from(SENTENCES)))}</title><link>https://news.example/{k}</link>"
        f"<description>{_xml(draw(texts()))}</description></item>" for k in range(n))
    prolog = draw(st.sampled_from([
        "",
        '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ]))
    entity = "&d;" if "ENTITY d" in prolog else "&x;" if "ENTITY x" in prolog else ""
    xml = (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>Port'
           f"{entity} News</title>{items}</channel></rss>")
    well_formed = not draw(st.booleans()) or prolog
    if not well_formed:
        xml = xml[: draw(st.integers(20, len(xml)))]
    # entries of a feed whose prolog holds entities may be dropped by the XML parser's guard:
    # count records only for plain, whole feeds
    return "feed", _encode_xml(xml), n if (well_formed and not prolog) else None


def _encode_xml(xml: str) -> bytes:
    return xml.encode("utf-8", "surrogatepass")


@st.composite
def warc_file(draw):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=draw(st.booleans()))
    n = draw(st.integers(1, 4))
    for k in range(n):
        body = ("<html><body><article><p>" + draw(texts()) + "</p></article></body></html>").encode(
            "utf-8", "surrogatepass")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{k}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    data = out.getvalue()
    if draw(st.integers(0, 4)) == 0:
        # cut: WARC broken mid-record (a share, not a length: gzip output varies from run to run)
        return "warc", data[: max(1, int(len(data) * draw(st.floats(0, 1))))], None
    return "warc", data, n


@st.composite
def url_list(draw):
    urls = [draw(st.sampled_from(["http://127.0.0.1/a", "https://news.example/b", "http://[2002:7f00:1::]/",
                                  "ftp://x/y", "http://169.254.169.254/"])) for _ in range(draw(st.integers(2, 20)))]
    return "urls", ("\n".join(urls) + "\n").encode(), None


@st.composite
def random_bytes(draw):
    return "bytes", draw(st.binary(min_size=0, max_size=2_000)), None


KINDS = {"text": text_file(), "html": html_file(), "jsonl": jsonl_file(), "json": json_file(),
         "feed": feed_file(), "warc": warc_file(), "urls": url_list(), "bytes": random_bytes()}
SUFFIX = {"text": ".txt", "html": ".html", "jsonl": ".jsonl", "json": ".json", "feed": ".xml",
          "warc": ".warc", "urls": ".txt", "bytes": ".bin"}


@st.composite
def names(draw, kind: str, n: int) -> str:
    stem = draw(st.sampled_from([f"in{n}", f"in{n}", f"in{n}", f"bad\udcff{n}", f"nl\n<b>{n}",
                                 f"esc\x1b[2J{n}", f"sp ace {n}", f"ü{n}", f"index"]))
    suffix = draw(st.sampled_from([SUFFIX[kind], SUFFIX[kind], "", ".dat"]))
    return stem + suffix


@st.composite
def cases(draw, max_files: int = 3) -> Case:
    case = Case({})
    for n in range(draw(st.integers(1, max_files))):
        kind = draw(st.sampled_from(sorted(KINDS)))
        _, data, records = draw(KINDS[kind])
        name = draw(names(kind, n))
        if draw(st.integers(0, 5)) == 0:
            name = f"sub{n % 2}/" + name  # same names in two sub-folders
        if name in case.files:
            continue
        case.files[name] = data
        case.kinds[name] = kind
        # records are counted on when the kind can be told: by its suffix, or for JSON by its
        # first character (a JSON Lines file opening with a line of prose, named x.dat, is text)
        # (and JSON Lines without their suffix when two lines are whole JSON: the rule that
        # tells them from a broken document, ingest.formats._json_lines_after_all)
        told = name.endswith(SUFFIX[kind]) or kind in ("feed", "warc") or (
            data.lstrip()[:1] in (b"{", b"[") and (kind != "jsonl" or _two_whole_lines(data)))
        if records is not None and told:
            case.records[name] = records
    return case
