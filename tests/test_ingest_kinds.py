"""Ingest reads every input kind CONTRACT.md names, from real files the tests write.

Each test writes its input into tmp_path (or serves it from a real HTTP server on 127.0.0.1)
and reads it through `accord.ingest.read_inputs`, then through the cleaner where the test is
about what a user gets.
"""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accord.clean import clean_article
from accord.ingest import fetch as fetch_mod
from accord.ingest import read_inputs
from accord.types import RawArticle, Rejection

BODY = [
    "The harbour board voted on Tuesday to close the old north pier to all traffic after divers found cracks in three of its supports.",
    "Repairs are expected to take at least eight months and cost about 2.1 million euros, the board said.",
    '"We had no choice," the board\'s chair, Ilse Moen, told reporters.',
]
HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>North pier closed after cracks found | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:title" content="North pier closed after cracks found">
<meta property="article:published_time" content="2024-02-13T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<article><h1>North pier closed after cracks found</h1>
<p>By Karl Dahl</p>
<p>{0}</p><p>{1}</p><p>{2}</p></article>
<footer><p>Copyright 2024 Harbour Times. All rights reserved.</p></footer></body></html>
""".format(*BODY)


def items(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def articles(paths, **kw):
    out = items(paths, **kw)
    assert not [i for i in out if isinstance(i, Rejection)], out
    return out


def test_ingest_plain_text_file_takes_file_stem_as_id(tmp_path):
    p = tmp_path / "017_pier.txt"
    p.write_text("North pier closed after cracks found\n\n" + "\n\n".join(BODY), encoding="utf-8")
    [raw] = articles([p])
    assert raw.id == "017_pier" and raw.kind == "text" and raw.source == str(p)
    art = clean_article(raw)
    assert art.title == "North pier closed after cracks found"
    assert art.text == "\n\n".join(BODY)


def test_ingest_html_page_body_title_outlet_and_date(tmp_path):
    p = tmp_path / "pier.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    [raw] = articles([p])
    assert raw.kind == "html" and raw.id == "pier" and raw.html
    art = clean_article(raw)
    assert art.title == "North pier closed after cracks found"
    assert art.outlet == "Harbour Times"
    assert str(art.published) == "2024-02-13"
    assert art.byline == "Karl Dahl"
    for sentence in BODY:
        assert sentence in art.text
    assert "Home" not in art.text and "Copyright" not in art.text


def test_ingest_html_recognised_by_content_without_suffix(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(HTML_PAGE, encoding="utf-8")
    [raw] = articles([p])
    assert raw.kind == "html"


def test_ingest_json_object_array_and_wrapper(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "Pier closed", "body": " ".join(BODY), "published": "2024-02-13",
                               "outlet": "Harbour Times", "url": "https://harbour.example/pier"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "a1", "text": BODY[0]}, {"content": BODY[1]}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"id": "w1", "text": BODY[2]}]}))
    got = articles([one, many, wrapped])
    assert [r.id for r in got][:2] == ["one", "a1"]  # one article -> stem; records -> own id
    assert len(got[2].id) == 16 and got[2].source == f"{many}#item 2"  # no id -> stable hash
    assert got[3].id == "w1"
    assert got[0].outlet == "Harbour Times" and str(got[0].published) == "2024-02-13"
    again = articles([many])
    assert again[1].id == got[2].id  # re-reading gives the same ids


def test_ingest_json_lines_one_article_per_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": s, "title": f"T{n}"}) for n, s in enumerate(BODY)]
    p.write_text("\n".join(lines) + "\n")
    got = articles([p])
    assert [r.id for r in got] == ["r0", "r1", "r2"]
    assert got[1].source == f"{p}#line 2" and got[1].body == BODY[1] and got[1].title == "T1"


def test_ingest_json_lines_content_read_by_line_whatever_the_suffix(tmp_path):
    # JSON allows a raw U+2028 inside a string: it must not split a record, in a file or on stdin.
    data = (json.dumps({"id": "a", "text": "one\u2028two"}, ensure_ascii=False) + "\n"
            + json.dumps({"id": "b", "text": BODY[1]}) + "\n").encode("utf-8")
    for name in ("batch.json", "batch.txt", "batch"):
        p = tmp_path / name
        p.write_bytes(data)
        got = items([p])
        assert [r.id for r in got] == ["a", "b"] and got[0].body == "one\u2028two", got
        assert got[1].source == f"{p}#line 2"
    stdin = items(["-"], stdin=io.BytesIO(data))
    assert [r.id for r in stdin] == ["a", "b"] and stdin[1].source == "<stdin>#line 2"


def test_ingest_json_lines_behind_a_byte_order_mark_or_with_old_mac_line_ends(tmp_path):
    # editors on Windows write a byte-order mark (UTF-8 or UTF-16); old Mac tools end lines in \r
    records = [json.dumps({"id": f"r{n}", "text": s}) for n, s in enumerate(BODY)]
    lines = "\n".join(records) + "\n"
    cases = {
        "bom.json": lines.encode("utf-8-sig"),
        "bom.txt": lines.encode("utf-8-sig"),
        "utf16.json": lines.encode("utf-16"),
        "utf16.jsonl": lines.replace("\n", "\r\n").encode("utf-16"),
        "mac.jsonl": ("\r".join(records) + "\r").encode("utf-8"),
        "mac.json": ("\r".join(records)).encode("utf-8"),
    }
    for name, data in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        got = items([p])
        assert [r.id for r in got] == ["r0", "r1", "r2"], (name, got)
        assert [r.body for r in got] == list(BODY), name
        assert got[2].source == f"{p}#line 3", name


def test_ingest_json_lines_a_raw_carriage_return_in_a_record_does_not_cut_it(tmp_path):
    # a \n file decides that \n ends lines: a raw \r inside a string is the record's error only,
    # and the next record keeps the line number an editor shows
    p = tmp_path / "batch.jsonl"
    bad = '{"id": "r1", "text": "one\rtwo"}'
    p.write_text("\n".join([json.dumps({"id": "r0", "text": BODY[0]}), bad,
                            json.dumps({"id": "r2", "text": BODY[2]})]) + "\n", newline="")
    got = items([p])
    assert [getattr(r, "id", None) for r in got] == ["r0", None, "r2"]
    assert got[1].source == f"{p}#line 2"
    assert got[1].reason.startswith("not valid JSON (Invalid control character at column")
    assert got[2].source == f"{p}#line 3"


def test_ingest_json_with_extra_data_is_rejected_whole(tmp_path):
    # one object followed by a stray brace is broken JSON, not JSON Lines: one rejection
    for name, text in (("pretty.json", json.dumps({"id": "a", "text": BODY[0]}, indent=2) + "\n}\n"),
                       ("compact.json", json.dumps({"id": "a", "text": BODY[0]}) + "\n}\n")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        (got,) = items([p])
        assert isinstance(got, Rejection) and "not valid JSON (Extra data" in got.reason, name


def test_ingest_json_record_holding_html_is_extracted(tmp_path):
    p = tmp_path / "scraped.jsonl"
    p.write_text(json.dumps({"id": "h1", "content": HTML_PAGE}) + "\n" + json.dumps({"id": "h2", "text": BODY[0]}) + "\n")
    got = articles([p])
    assert got[0].html and "<p>" not in got[0].body and BODY[0] in got[0].body


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Times</title><link>https://harbour.example/</link>
<item><title>North pier closed</title><link>https://harbour.example/pier</link>
<guid>pier-2024-02-13</guid><pubDate>Tue, 13 Feb 2024 08:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>{0}</p><p><b>{1}</b></p>]]></content:encoded></item>
<item><title>Second item</title><link>https://harbour.example/two</link>
<description><![CDATA[<p>{2}</p>]]></description></item>
</channel></rss>""".format(*BODY)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Weekly</title>
<entry><title>Pier repairs</title><id>urn:coast:1</id><updated>2024-02-14T10:00:00Z</updated>
<link href="https://coast.example/1"/><author><name>Nina Berg</name></author>
<content type="html">&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;{1}&lt;/p&gt;</content></entry>
</feed>""".format(*BODY)


def test_ingest_rss_entry_content_with_html_stripped(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text(RSS, encoding="utf-8")
    first, second = articles([p])
    assert first.kind == "feed" and first.id == "pier-2024-02-13"
    assert first.body == BODY[0] + "\n\n" + BODY[1]  # content:encoded, not the teaser; no tags
    assert first.outlet == "Harbour Times" and str(first.published) == "2024-02-13"
    assert first.url == "https://harbour.example/pier" and first.title == "North pier closed"
    assert second.body == BODY[2] and second.source == f"{p}#entry 2"


def test_ingest_atom_feed(tmp_path):
    p = tmp_path / "coast.atom"
    p.write_text(ATOM, encoding="utf-8")
    [entry] = articles([p])
    assert entry.id == "urn:coast:1" and entry.byline == "Nina Berg" and entry.outlet == "Coast Weekly"
    assert entry.body == BODY[0] + "\n\n" + BODY[1] and str(entry.published) == "2024-02-14"


def _write_warc(path, gz: bool):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, ctype, payload in (
            ("https://harbour.example/pier", "text/html; charset=utf-8", HTML_PAGE.encode()),
            ("https://harbour.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
        writer.write_record(writer.create_warc_record("https://harbour.example/pier", "request",
                                                      payload=io.BytesIO(b"GET /pier HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("gz", [False, True])
def test_ingest_warc_html_responses_only(tmp_path, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _write_warc(p, gz)
    [raw] = articles([p])  # the image and the request record are no articles
    assert raw.kind == "warc" and raw.url == "https://harbour.example/pier"
    assert raw.source == f"{p}#record 1" and raw.outlet == "Harbour Times"
    assert BODY[0] in raw.body


def test_ingest_directory_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "02.txt").write_text(BODY[1])
    (tmp_path / "01.txt").write_text(BODY[0])
    (tmp_path / "b" / "03.txt").write_text(BODY[2])
    (tmp_path / ".secret.txt").write_text("hidden file")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden folder")
    got = items([tmp_path])
    assert [r.id for r in got if isinstance(r, RawArticle)] == ["01", "02", "03"]
    # hidden entries are passed over, and named (issue 20: nothing skipped without a word)
    assert sorted((Path(r.source).name, r.reason) for r in got if isinstance(r, Rejection)) == [
        (".hidden", "hidden folder: skipped"), (".secret.txt", "hidden file: skipped")]


def test_ingest_stdin_binary_and_text_streams(tmp_path):
    data = "\n".join(json.dumps({"id": f"s{n}", "text": s}) for n, s in enumerate(BODY)).encode()

    class BinaryStdin:  # like sys.stdin: a text wrapper with a .buffer
        buffer = io.BytesIO(data)

    got = articles(["-"], stdin=BinaryStdin())
    assert [r.id for r in got] == ["s0", "s1", "s2"] and got[0].source == "<stdin>#line 1"
    text_only = articles(["-"], stdin=io.StringIO(BODY[0]))
    assert text_only[0].body == BODY[0] and text_only[0].source == "<stdin>"


# ----------------------------------------------------------------------------------- fetch
class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/page":
            self._send(200, "text/html; charset=utf-8", HTML_PAGE.encode())
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path in ("/to-ftp", "/loop"):
            self.send_response(301)
            self.send_header("Location", "ftp://files.example/x" if self.path == "/to-ftp" else "/loop")
            self.end_headers()
        elif self.path == "/huge":
            self._send(200, "text/plain", b"x" * 4096)
        elif self.path == "/feed":
            self._send(200, "application/rss+xml", RSS.encode())
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        return None


@pytest.fixture
def local_server(monkeypatch):
    """A real HTTP server on 127.0.0.1, with the private-address guard relaxed for this test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(fetch_mod, "ALLOW_PRIVATE", True)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_fetch_url_and_url_list_from_local_server(local_server, tmp_path, monkeypatch):
    got = items([f"{local_server}/page", f"{local_server}/moved", f"{local_server}/feed", f"{local_server}/nothing"], fetch=True)
    page, moved, feed1, feed2, missing = got
    assert isinstance(page, RawArticle) and page.kind == "url" and BODY[0] in page.body
    assert moved.url == f"{local_server}/page"  # the redirect was followed (and checked)
    assert feed1.kind == "feed" and feed2.body == BODY[2]
    assert isinstance(missing, Rejection) and missing.stage == "fetch" and "404" in missing.reason
    urls = tmp_path / "list.txt"
    urls.write_text(f"# my list\n{local_server}/page\n{local_server}/nothing\n\n{local_server}/feed\n")
    listed = items([urls], fetch=True)
    assert len([i for i in listed if isinstance(i, RawArticle)]) == 3  # the list goes on after a 404
    [gone] = [i for i in listed if isinstance(i, Rejection)]
    assert gone.source == f"{local_server}/nothing" and "404" in gone.reason
    monkeypatch.setattr(fetch_mod.settings, "FETCH_MAX_BYTES", 1000)
    [big] = items([f"{local_server}/huge"], fetch=True)
    assert isinstance(big, Rejection) and "cap" in big.reason


def test_ingest_url_needs_fetch_flag(tmp_path):
    urls = tmp_path / "list.txt"
    urls.write_text("https://news.example/a\nhttps://news.example/b\n")
    [url_rej] = items(["https://news.example/a"])
    [list_rej] = items([urls])
    assert "--fetch" in url_rej.reason and "--fetch" in list_rej.reason
    [ftp] = items(["ftp://news.example/a"], fetch=True)
    assert "http" in ftp.reason


@pytest.mark.parametrize("url, why", [
    ("http://127.0.0.1:9/x", "loopback"),
    ("http://localhost:9/x", "loopback"),
    ("http://[::1]:9/x", "loopback"),
    ("http://10.1.2.3/x", "private"),
    ("http://192.168.0.10/x", "private"),
    ("http://169.254.169.254/latest/meta-data", "link-local"),
    ("http://224.0.0.1/x", "multicast"),
    ("http://0.0.0.0/x", "unspecified"),
    ("http://[::ffff:127.0.0.1]/x", "loopback"),
])
def test_ingest_fetch_guard_refuses_non_public_addresses(url, why):
    # The guard refuses before any connection is made: no traffic leaves for these addresses.
    assert fetch_mod.ALLOW_PRIVATE is False
    [rej] = items([url], fetch=True)
    assert isinstance(rej, Rejection) and rej.stage == "fetch"
    assert "refused" in rej.reason and why in rej.reason


def test_ingest_fetch_guard_checks_every_redirect(local_server):
    # Each hop goes through the same check: a redirect to another scheme is refused, and a
    # redirect loop ends at the cap. (A redirect to a private address is refused the same way;
    # it is not served here because no traffic may go to such addresses from this machine.)
    [ftp] = items([f"{local_server}/to-ftp"], fetch=True)
    assert isinstance(ftp, Rejection) and ftp.stage == "fetch" and "only http and https" in ftp.reason
    [loop] = items([f"{local_server}/loop"], fetch=True)
    assert isinstance(loop, Rejection) and "redirects" in loop.reason
