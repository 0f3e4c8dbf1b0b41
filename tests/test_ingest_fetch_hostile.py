"""Regressions of issue 20 for --fetch: embedded private IPv4, DNS rebinding, total deadline,
the guard before any client work, URL lists of any size."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accord.ingest import fetch as fetch_mod
from accord.ingest import read_inputs
from accord.ingest.decode import sniff
from accord.types import RawArticle, Rejection


@pytest.mark.parametrize("url", [
    "http://[2002:7f00:1::]/x",                          # 6to4 of 127.0.0.1
    "http://[2002:a00:1::1]/x",                          # 6to4 of 10.0.0.1
    "http://[64:ff9b::7f00:1]/x",                        # NAT64 of 127.0.0.1
    "http://[64:ff9b:1::c0a8:1]/x",                      # local-use NAT64 of 192.168.0.1
    "http://[::127.0.0.1]/x",                            # IPv4-compatible
    "http://[::ffff:169.254.169.254]/x",                 # IPv4-mapped metadata address
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/x",   # Teredo, client 127.0.0.1
    "http://127.1/x", "http://0x7f.0.0.1/x", "http://2130706433/x",  # legacy IPv4 spellings
])
def test_ingest_fetch_guard_refuses_ipv4_inside_ipv6_and_odd_spellings(url):
    assert fetch_mod.ALLOW_PRIVATE is False
    [rej] = list(read_inputs([url], fetch=True))
    assert isinstance(rej, Rejection) and rej.stage == "fetch" and "refused" in rej.reason


def test_ingest_fetch_guard_lets_public_ipv4_inside_ipv6_through():
    import ipaddress
    assert fetch_mod.refused_reason(ipaddress.ip_address("2002:808:808::")) is None
    assert fetch_mod.refused_reason(ipaddress.ip_address("64:ff9b::808:808")) is None


def test_ingest_fetch_refused_url_list_costs_no_client_work(tmp_path, monkeypatch):
    # each refused URL cost 28-46 ms (a client was built first): 10,000 took 276 s, and a
    # 100,000-line list did not finish in 20 min
    forms = ["http://127.0.0.1:{}/a", "http://[::1]:{}/b", "http://10.0.{}.1/c", "http://[2002:7f00:1::]:{}/d",
             "http://169.254.169.254/{}", "http://[64:ff9b::a00:1]/{}"]
    lines = [forms[n % len(forms)].format(n % 250 + 1) for n in range(10_000)]
    (tmp_path / "urls.txt").write_text("\n".join(lines) + "\n")
    import httpx

    built = []
    real_init = httpx.Client.__init__

    def counting_init(self, *args, **kwargs):  # count clients built; the time it costs is bench's
        built.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", counting_init)
    got = list(read_inputs([tmp_path / "urls.txt"], fetch=True))
    assert built == []  # the guard refused every URL before any client was built
    assert len(got) == 10_000 and all(isinstance(g, Rejection) and "refused" in g.reason for g in got)


def test_ingest_url_list_recognised_past_the_sniff_window():
    # a list over 64 KB whose window ends mid-URL, or with one stray line, was read as an article
    urls = "".join(f"https://news.example/story/{n:06d}\n" for n in range(3000))
    head = urls.encode()[:65_536]
    assert sniff(head, ".txt") == "urls"
    assert sniff(("not a url\n" + urls[:3000]).encode(), ".txt") == "urls"
    assert sniff(b"A headline\nhttps://news.example/a\nSome prose follows here.\n", ".txt") == "text"


class _Drip(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.server.hosts.append(self.headers.get("Host"))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        if self.path == "/drip":
            try:
                for _ in range(40):  # 25 bytes every 0.25 s: under any read timeout, for 10 s
                    self.wfile.write(b"x" * 25)
                    self.wfile.flush()
                    time.sleep(0.25)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader gave up at its deadline, as the test wants
        else:
            self.wfile.write(b"The harbour fire was put out after six hours, the authority said.")

    def log_message(self, *args):
        return None


@pytest.fixture
def drip_server(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.hosts = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(fetch_mod, "ALLOW_PRIVATE", True)
    yield server
    server.shutdown()
    server.server_close()


def test_ingest_fetch_total_deadline_stops_a_dripping_body(drip_server, monkeypatch):
    # a body dripping 25 bytes every 4 s was accepted after 96 s
    monkeypatch.setattr(fetch_mod.settings, "FETCH_TOTAL_SECONDS", 1.5)
    [rej] = list(read_inputs([f"http://127.0.0.1:{drip_server.server_address[1]}/drip"], fetch=True))
    # the whole body arrives within any read timeout; only the total deadline rejects it
    assert isinstance(rej, Rejection) and "FETCH_TOTAL_SECONDS" in rej.reason


def test_ingest_fetch_connects_to_the_address_it_checked(drip_server, monkeypatch):
    # DNS rebinding: the guard resolved once, httpx resolved again to connect. Now the name is
    # resolved once, and the request goes to that address with the name in the Host header.
    port = drip_server.server_address[1]
    real = socket.getaddrinfo
    asked = []

    def rebinding(host, *args, **kwargs):
        if host == "news.rebind.test":
            asked.append(host)
            first = len(asked) == 1
            return real("127.0.0.1" if first else "192.0.2.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    [art] = list(read_inputs([f"http://news.rebind.test:{port}/page"], fetch=True))
    assert isinstance(art, RawArticle) and "harbour fire" in art.body
    assert asked == ["news.rebind.test"]
    assert drip_server.hosts == [f"news.rebind.test:{port}"]
    assert art.url == f"http://news.rebind.test:{port}/page"
