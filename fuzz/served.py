"""`make fuzz`, second part: generated hostile input through the store and the server.

    python fuzz/served.py [--posts 200] [--polls 200] [--seed 20]

Two ways articles reach a store, each fed what fuzz.cases generates:

    posted   bodies sent to POST /api/articles (ACCORD_TOKEN set) of `accord serve`'s real app
             over a real SQLite store (starlette's TestClient, in process): lists of records
             with hostile texts and fields, lone surrogates, escape sequences, bodies nested
             thousands deep, broken JSON, random bytes, wrong types. After each 201, the newest
             stories are read back as JSON and as HTML pages.
    polled   bodies served by a local HTTP server and polled by `accord watch` (store.watch.
             Watcher.poll): feeds, pages, JSON, JSON Lines, URL lists naming the server's own
             pages, random bytes, under content types right and wrong.

Counted, as in fuzz/run.py: crashes (an exception out of a poll, a 5xx answer), records lost
(a 201 whose added + already-stored + rejected is less than the records posted; a well-formed
feed whose entries are not all accounted for in the poll's log line), unsafe output (an escape,
bell or NUL character, or a lone surrogate, in an answer, a page or a log line) and polls or
posts over PER_INPUT_SECONDS of CPU. Every STORE_EVERY inputs a fresh store, so that stories stay the
size of one example's and analysis time does not grow with the run.

The loopback server is reached with the fetch guard's private-address switch on, in this
process only (`accord.ingest.fetch.ALLOW_PRIVATE`, set as ACCORD_FETCH_ALLOW_PRIVATE=1 would).
What it does not do: run `accord serve` as a process (tests/test_serve_api.py does), or post
concurrently.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypothesis import strategies as st  # noqa: E402

import cases as C  # noqa: E402

PER_INPUT_SECONDS = 30.0  # a post or poll stores and analyses a story: more than a load
STORE_EVERY = 20
TOKEN = "fuzz-token-0123456789"
_UNSAFE = ("\x1b", "\x07", "\x00")
_LOGGED = re.compile(r": (\d+) new articles, (\d+) already stored, (\d+) rejected")


@dataclass
class Served:
    posts: int = 0
    polls: int = 0
    added: int = 0
    rejected: int = 0
    crashes: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)
    slowest: float = 0.0  # CPU seconds of this process (see fuzz/run.py: wall time is waiting on a shared machine)
    slowest_wall: float = 0.0

    def ok(self) -> bool:
        return not (self.crashes or self.slow or self.lost or self.unsafe)


def _unsafe(text: str) -> bool:
    return any(c in text for c in _UNSAFE) or re.search("[\ud800-\udfff]", text) is not None


# ------------------------------------------------------------------------------ generated bodies
@st.composite
def post_bodies(draw) -> tuple[bytes, int | None]:
    """A POST body, and how many records it holds when it is a well-formed list of articles."""
    pick = draw(st.integers(0, 9))
    if pick <= 5:
        records = [C._record(draw) for _ in range(draw(st.integers(1, 4)))]
        for r in records:  # the API takes strings only in these fields: a 422, not worth most draws
            for k in ("title", "url", "published", "outlet", "id"):
                if k in r and not isinstance(r[k], str) and draw(st.integers(0, 3)):
                    del r[k]
        ok = all(isinstance(r.get(k), (str, type(None))) for r in records for k in ("title", "url", "published",
                                                                                        "outlet", "id"))
        one = len(records) == 1 and draw(st.booleans())
        body = json.dumps(records[0] if one else records, ensure_ascii=draw(st.booleans()))
        texts_ok = all(isinstance(next(iter(r.values())), str) and next(iter(r.values())).strip() for r in records)
        return body.encode("utf-8", "surrogatepass"), len(records) if ok and texts_ok else None
    if pick == 6:
        depth = draw(st.sampled_from([50, 5_000, 100_000]))
        return draw(st.sampled_from([b"[" * depth + b"]" * depth,
                                     b'{"text": ' + b"[" * depth + b"]" * depth + b"}"])), None
    if pick == 7:
        return json.dumps(C._record(draw)).encode()[: draw(st.integers(0, 60))], None
    if pick == 8:
        return draw(st.binary(max_size=300)), None
    return json.dumps(draw(st.sampled_from([[], {}, [1, 2], "text", None, {"text": 5}, {"text": ["a"]},
                                            [{"text": "ok"}] * 3]))).encode(), None


KIND_TYPES = {"feed": ["application/rss+xml", "text/xml", "text/html"],
              "html": ["text/html; charset=utf-8", "text/plain", "application/octet-stream"],
              "jsonl": ["application/x-ndjson", "text/plain"], "json": ["application/json", "text/html"],
              "text": ["text/plain", "application/octet-stream"], "bytes": ["application/octet-stream", "text/html"],
              "urls": ["text/plain"]}


@st.composite
def polled_bodies(draw) -> tuple[str, bytes, str, int | None]:
    """(kind, body, content type, records a well-formed feed holds) for one watched URL."""
    kind = draw(st.sampled_from(sorted(KIND_TYPES)))
    if kind == "urls":
        pages = [f"/page{draw(st.integers(0, 3))}" for _ in range(draw(st.integers(1, 5)))]
        return kind, "\n".join(pages).encode(), "text/plain", None  # made absolute when served
    _, data, records = draw(C.KINDS[kind if kind != "bytes" else "bytes"])
    ctype = draw(st.sampled_from(KIND_TYPES[kind]))
    told = kind == "feed" and "html" not in ctype
    return kind, data, ctype, records if told else None


# ------------------------------------------------------------------------------ the local server
class _Site:
    """Serves whatever `serve` was last given at /watched; /pageN are small news pages."""

    def __init__(self) -> None:
        self.body, self.ctype = b"", "text/plain"
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                if self.path.startswith("/page"):
                    n = self.path[5:]
                    text = "".join(f"<p>{s} ({n})</p>" for s in C.SENTENCES)
                    body, ctype = f"<html><body><article>{text}</article></body></html>".encode(), "text/html"
                else:
                    body, ctype = site.body, site.ctype
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


# ------------------------------------------------------------------------------ checks
def _timed(tally: Served, where: str, wall: float, cpu: float) -> None:
    tally.slowest, tally.slowest_wall = max(tally.slowest, cpu), max(tally.slowest_wall, wall)
    if cpu > PER_INPUT_SECONDS:
        tally.slow.append(f"{where}: {cpu:.1f} s of CPU ({wall:.1f} s wall)")


def check_post(client, body: bytes, records: int | None, tally: Served) -> None:
    where = f"post {tally.posts} ({len(body):,} bytes)"
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    t0, c0 = time.perf_counter(), time.process_time()
    got = client.post("/api/articles", content=body, headers=headers)
    _timed(tally, where, time.perf_counter() - t0, time.process_time() - c0)
    if got.status_code >= 500:
        tally.crashes.append(f"{where}: HTTP {got.status_code} {got.text[:200]}")
        return
    if _unsafe(got.text):
        tally.unsafe.append(f"{where}: answer holds {got.text[:80]!r}")
    if got.status_code != 201:
        return
    answer = got.json()
    result = answer["result"]
    tally.added += result["added"]
    tally.rejected += result["rejected"]
    if records is not None and result["added"] + result["present"] + result["rejected"] < records:
        tally.lost.append(f"{where}: {records} records posted, answer {result}")
    for row in client.get("/api/stories", params={"sort": "newest"}).json()["stories"][:2]:
        for page in (f"/api/stories/{row['id']}", f"/stories/{row['id']}"):
            read = client.get(page)
            if read.status_code >= 500:
                tally.crashes.append(f"{where}: GET {page}: HTTP {read.status_code}")
            elif _unsafe(read.text):
                tally.unsafe.append(f"{where}: GET {page} holds a control character or a lone surrogate")


def check_poll(watcher_for, site: _Site, drawn, tally: Served) -> None:
    kind, data, ctype, records = drawn
    if kind == "urls":
        data = b"\n".join(site.url.encode() + line for line in data.splitlines())
    site.body, site.ctype = data, ctype
    where = f"poll {tally.polls} ({kind}, {ctype}, {len(data):,} bytes)"
    log: list[str] = []
    url = f"{site.url}/watched?n={tally.polls}"
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        watcher_for(url, log.append).poll(url)
    except Exception:
        tally.crashes.append(f"{where}: {traceback.format_exc(limit=4)}")
        return
    _timed(tally, where, time.perf_counter() - t0, time.process_time() - c0)
    for line in log:
        if _unsafe(line):
            tally.unsafe.append(f"{where}: log line {line[:80]!r}")
    counts = [tuple(map(int, m.groups())) for m in map(_LOGGED.search, log) if m]
    if records is not None and (not counts or sum(counts[0]) < records):
        tally.lost.append(f"{where}: feed of {records} entries, log {log[:2]}")
    for n in counts[:1]:
        tally.added += n[0]
        tally.rejected += n[2]


# ------------------------------------------------------------------------------ the run
def run(posts: int, polls: int, seed: int, encoder=None, tally: Served | None = None) -> Served:
    """Post `posts` generated bodies, then poll `polls` generated served bodies; what broke."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from starlette.testclient import TestClient

    from accord.ingest import fetch
    from accord.serve.app import create_app
    from accord.store import Store
    from accord.store.watch import Watcher

    tally = tally or Served()
    if encoder is None:
        from accord.embed import Encoder

        encoder = Encoder()
    work = Path(tempfile.mkdtemp(prefix="accord-fuzz-served-"))
    state: dict = {"store": None, "n": 0}

    def store():
        if state["store"] is None or state["n"] % STORE_EVERY == 0:
            if state["store"] is not None:
                state["store"].close()
            state["store"] = Store(work / f"s{state['n']}.db", encoder=encoder)
        state["n"] += 1
        return state["store"]

    def fuzzed(strategy, n):
        def wrap(fn):
            return hypothesis_seed(seed)(settings(
                max_examples=n, database=None, deadline=None, phases=[Phase.generate],
                suppress_health_check=list(HealthCheck))(given(strategy)(fn)))
        return wrap

    @fuzzed(post_bodies(), posts)
    def post_one(drawn):
        if tally.posts >= posts:
            return
        s = store()
        client = TestClient(create_app(lambda: s, shared=True, token=TOKEN), raise_server_exceptions=False)
        check_post(client, drawn[0], drawn[1], tally)
        tally.posts += 1

    site = _Site()
    allowed = fetch.ALLOW_PRIVATE
    fetch.ALLOW_PRIVATE = True  # the local server is on loopback, in this process only

    @fuzzed(polled_bodies(), polls)
    def poll_one(drawn):
        if tally.polls >= polls:
            return
        s = store()
        check_poll(lambda url, log: Watcher(s, [url], every=60, log=log), site, drawn, tally)
        tally.polls += 1

    try:
        if posts:
            post_one()
        state["n"] = 0
        if polls:
            poll_one()
    finally:
        fetch.ALLOW_PRIVATE = allowed
        site.httpd.shutdown()
        if state["store"] is not None:
            state["store"].close()
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return tally


def report(tally: Served, seconds: float) -> list[str]:
    out = [f"store and server: {tally.posts} posts, {tally.polls} polls in {seconds:.0f} s "
           f"({tally.added} articles added, {tally.rejected} rejected); slowest {tally.slowest:.2f} s of CPU, "
           f"{tally.slowest_wall:.2f} s wall"]
    for label, items in (("crashes", tally.crashes), (f"over {PER_INPUT_SECONDS:g} s of CPU", tally.slow),
                         ("records lost", tally.lost), ("unsafe output", tally.unsafe)):
        out.append(f"  {label}: {len(items)}")
        out += ["      " + item.rstrip().replace("\n", "\n      ") for item in items[:10]]
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--polls", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    t0 = time.perf_counter()
    tally = run(args.posts, args.polls, args.seed)
    print("\n".join(report(tally, time.perf_counter() - t0)))
    return 0 if tally.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
