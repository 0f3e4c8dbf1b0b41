"""accord watch against a local HTTP server the test starts: feeds and URL lists into a store,
conditional requests, back-off of a failing source, a clean stop on SIGTERM, and the address
guard (loopback refused unless ACCORD_FETCH_ALLOW_PRIVATE=1 is set for the test).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "store"


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


def _feed(items: list[dict]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(r['title'])}</title><link>http://news.invalid/{r['id']}</link>"
        f"<guid>{r['id']}</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
        f"<description>{escape(''.join(f'<p>{escape(p)}</p>' for p in r['text'].split(chr(10) * 2)))}</description></item>"
        for r in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley wire</title>'
            f"<link>http://news.invalid/</link><description>test feed</description>{entries}</channel></rss>").encode()


def _page(r: dict) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n\n"))
    return (f"<html><head><title>{escape(r['title'])}</title></head><body><article><h1>{escape(r['title'])}</h1>"
            f"{paragraphs}</article></body></html>").encode()


class _Server:
    """Serves /feed.xml (ETag "v1", 304 to a matching If-None-Match), /list.txt naming
    /page.html, and /broken (HTTP 500); records every request."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict]] = []
        feed = _feed(_records("bridge.jsonl")[:2])
        page = _page(_records("recount.jsonl")[0])
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.requests.append((self.path, dict(self.headers)))
                port = self.server.server_address[1]
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == '"v1"':
                        self._send(304, b"", "application/rss+xml")
                    else:
                        self._send(200, feed, "application/rss+xml", etag='"v1"')
                elif self.path == "/list.txt":
                    self._send(200, f"http://127.0.0.1:{port}/page.html\n".encode(), "text/plain")
                elif self.path == "/page.html":
                    self._send(200, page, "text/html; charset=utf-8")
                else:
                    self._send(500, b"down", "text/plain")

            def _send(self, status, body, ctype, etag=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if etag:
                    self.send_header("ETag", etag)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, *args):
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture()
def server():
    s = _Server()
    yield s
    s.httpd.shutdown()


def _watch(*args: str, allow_private: bool) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("ACCORD_FETCH_ALLOW_PRIVATE", None)
    if allow_private:
        env["ACCORD_FETCH_ALLOW_PRIVATE"] = "1"
    return subprocess.Popen([sys.executable, "-m", "accord.cli", "watch", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_store_watch_polls_conditionally_backs_off_and_stops_on_sigterm(server, backend):
    """On both back ends (a SQLite file, a PostgreSQL database)."""
    from test_store import _rows

    db = backend.new("watch")
    proc = _watch(f"{server.url}/feed.xml", f"{server.url}/list.txt", f"{server.url}/broken",
                  "--db", str(db), "--every", "1s", allow_private=True)
    deadline = time.time() + 600
    while time.time() < deadline and proc.poll() is None and server.count("/feed.xml") < 5:
        time.sleep(0.1)
    assert proc.poll() is None, proc.communicate()[1]
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    lines = err.strip().splitlines()
    assert lines[-1] == "watch: stopped" and any("SIGTERM" in line for line in lines)
    assert any(f"{server.url}/feed.xml: 2 new articles" in line for line in lines), err
    assert any(f"{server.url}/feed.xml: not modified" in line for line in lines), err
    assert any(f"{server.url}/broken: failed (HTTP 500" in line for line in lines), err
    conditional = [h for p, h in server.requests if p == "/feed.xml" and h.get("If-None-Match") == '"v1"']
    assert len(conditional) >= 3
    assert server.count("/broken") < server.count("/feed.xml")  # backed off
    assert server.count("/page.html") == 1  # a listed page already stored is not fetched again
    assert _rows(db, "SELECT count(*) FROM articles") == [(3,)]
    assert _rows(db, "SELECT count(*) FROM stories WHERE analysed IS NULL") == [(0,)]
    failures = _rows(db, "SELECT failures FROM sources WHERE url = :u", {"u": f"{server.url}/broken"})
    assert failures[0][0] >= 1


def test_store_watch_guard_refuses_loopback_by_default(server, tmp_path):
    db = tmp_path / "accord.db"
    proc = _watch(f"{server.url}/feed.xml", "--db", str(db), "--once", allow_private=False)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err
    assert "refused: 127.0.0.1 resolves to loopback address" in err
    assert server.requests == []


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("1h", 3600)])
def test_store_watch_every_option_reads_its_unit(text, seconds):
    # the --every option's parser: text to a number of seconds (no clock is read)
    from accord.store.watch import parse_duration

    assert parse_duration(text) == seconds


def test_store_watch_duration_is_checked():
    from accord.errors import UsageError
    from accord.store.watch import parse_duration

    for bad in ("", "soon", "-5m", "0s"):
        with pytest.raises(UsageError, match="--every"):
            parse_duration(bad)
