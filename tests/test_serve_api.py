"""accord serve's JSON API and its walls, in process (starlette's TestClient over the real app).

The stories come from the real pipeline (conftest.served_report: examples/port-fire, the seeds
and a hostile story), served from a JSON report file; the store-backed runs are in
test_serve_store.py.
"""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from accord.serve import app_for
from accord.serve.security import CSP

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def report_path(served_report, tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "report.json"
    path.write_text(json.dumps(served_report), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def client(report_path):
    return TestClient(app_for(report=report_path))


@pytest.fixture(scope="module")
def client_with_token(report_path):
    return TestClient(app_for(report=report_path, token=TOKEN))


def test_serve_health_and_openapi(client):
    assert client.get("/health").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    for path in ("/health", "/api/stories", "/api/stories/{story_id}", "/api/search", "/api/outlets",
                 "/api/discrepancies", "/api/articles"):
        assert path in spec["paths"], path


def test_serve_api_story_is_the_report_story(client, served_report):
    for story in served_report["stories"]:
        got = client.get(f"/api/stories/{story['id']}")
        assert got.status_code == 200
        assert got.json() == story


def test_serve_api_stories_sorts_and_filters(client, served_report):
    rows = client.get("/api/stories").json()["stories"]
    assert {r["id"] for r in rows} == {s["id"] for s in served_report["stories"]}
    newest = [r["published_last"] or "" for r in rows]
    assert newest == sorted(newest, reverse=True)
    disputed = client.get("/api/stories", params={"sort": "disputed"}).json()["stories"]
    assert [r["discrepancies"] for r in disputed] == sorted((r["discrepancies"] for r in rows), reverse=True)
    by_outlet = client.get("/api/stories", params={"outlet": "Harbour Daily"}).json()["stories"]
    assert by_outlet and all("Harbour Daily" in r["outlets"] for r in by_outlet)
    fire = next(r for r in rows if "Harbour Daily" in r["outlets"])
    inside = client.get("/api/stories", params={"since": fire["published_first"], "until": fire["published_first"]})
    assert fire["id"] in {r["id"] for r in inside.json()["stories"]}
    after = client.get("/api/stories", params={"since": "2099-01-01"}).json()["stories"]
    assert after == []


def test_serve_api_search_finds_words_of_the_text(client):
    hits = client.get("/api/search", params={"q": "Castellmar warehouse"}).json()["results"]
    fire = client.get("/api/stories", params={"outlet": "Harbour Daily"}).json()["stories"][0]["id"]
    assert hits and {h["story_id"] for h in hits} == {fire}
    page = client.get("/", params={"q": "Castellmar warehouse"}).text
    assert f'href="/stories/{fire}"' in page and "Articles matching" in page
    assert client.get("/api/search", params={"q": "zzzqqq-no-such-word"}).json()["results"] == []


@pytest.mark.parametrize("url, status, says", [
    ("/api/stories/no-such-story", 404, "no story with id 'no-such-story'"),
    ("/api/stories?sort=best", 422, "sort"),
    ("/api/stories?since=yesterday", 422, "since"),
    ("/api/stories?since=2026-02-02&until=2026-01-01", 400, "after until"),
    ("/api/stories?limit=0", 422, "limit"),
    ("/api/search", 422, "q"),
    ("/api/outlets/No%20Such%20Outlet", 404, "no outlet named 'No Such Outlet'"),
])
def test_serve_api_bad_requests_get_a_clear_4xx(client, url, status, says):
    got = client.get(url)
    assert got.status_code == status
    assert says in got.json()["detail"]


def test_serve_every_response_carries_the_security_headers(client):
    for url in ("/", "/health", "/api/stories", "/static/serve.js", "/api/stories/nope", "/nope"):
        h = client.get(url).headers
        assert h["content-security-policy"] == CSP, url
        assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_serve_outlet_record_counts_its_evidence(client, served_report):
    fire = next(s for s in served_report["stories"] if any(a.get("outlet") == "Daily Digest" for a in s["articles"]))
    rec = client.get("/api/outlets/Daily Digest").json()
    mine = {a["id"] for a in fire["articles"] if a["outlet"] == "Daily Digest"}
    spun = [p for p in fire["provenance"] if p["derived"] in mine and p["kind"] == "spun"]
    assert rec["articles"] == len(mine) and len(rec["spun"]) == len(spun)
    assert all(x["story"] == fire["id"] for x in rec["spun"])


def test_serve_ingest_is_off_without_a_token(client):
    got = client.post("/api/articles", json={"text": "A town council met on Monday."})
    assert got.status_code == 403 and "ACCORD_TOKEN" in got.json()["detail"]


@pytest.mark.parametrize("headers, body, status, says", [
    ({}, b'{"text": "x"}', 401, "missing token"),
    ({"Authorization": "Bearer wrong"}, b'{"text": "x"}', 401, "wrong token"),
    ({"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}, b"hello", 415, "application/json"),
    ({"Authorization": f"Bearer {TOKEN}"}, b"{not json", 400, "not JSON"),
    ({"Authorization": f"Bearer {TOKEN}"}, b"[]", 422, "no article"),
    ({"Authorization": f"Bearer {TOKEN}"}, b'{"title": "no text"}', 422, "needs a non-empty 'text'"),
    ({"Authorization": f"Bearer {TOKEN}"}, b'[{"text": "ok"}, 3]', 422, "article 1: expected an object"),
    ({"Authorization": f"Bearer {TOKEN}"}, b'{"text": "a report file cannot take it"}', 405, "needs a store"),
    ({"Authorization": f"Bearer {TOKEN}"}, json.dumps([{"text": "one of many"}] * 1001).encode(), 413,
     "1001 articles in one post; at most 1000"),
])
def test_serve_ingest_rejects_bad_posts_clearly(client_with_token, headers, body, status, says):
    headers = {"Content-Type": "application/json", **headers}
    got = client_with_token.post("/api/articles", content=body, headers=headers)
    assert got.status_code == status, got.text
    assert says in got.json()["detail"]


def test_serve_ingest_body_over_the_limit_is_413(report_path):
    small = TestClient(_capped_app(report_path, 1000))
    big = json.dumps({"text": "word " * 1000}).encode()
    got = small.post("/api/articles", content=big,
                     headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert got.status_code == 413 and "1000-byte limit" in got.json()["detail"]


def _capped_app(report_path, limit: int):
    from accord.serve.app import create_app
    from accord.serve.reportfile import ReportFile

    loaded = ReportFile(report_path)
    return create_app(lambda: loaded, token=TOKEN, shared=True, max_body=limit)


def test_serve_ingest_with_the_token_adds_to_the_store(backend, encoder):
    from accord.serve.app import create_app
    from accord.store import Store

    store = Store(backend.new("posted"), encoder=encoder)
    client = TestClient(create_app(lambda: store, shared=True, token=TOKEN))
    article = {"id": "posted-1", "outlet": "Valley Times", "published": "2026-04-07",
               "title": "Ferry service resumes on the lake",
               "text": "The lake ferry resumed service on Tuesday after a three-week pause for engine repairs, "
                       "the operator said. Four crossings a day will run until the end of May."}
    headers = {"Authorization": f"Bearer {TOKEN}"}
    got = client.post("/api/articles", json=article, headers=headers)
    assert got.status_code == 201, got.text
    assert got.json()["received"] == 1 and got.json()["result"]["added"] == 1
    rows = client.get("/api/stories").json()["stories"]
    assert [r["outlets"] for r in rows] == [["Valley Times"]]
    again = client.post("/api/articles", json=article, headers=headers).json()
    assert again["result"]["added"] == 0 and again["result"]["present"] == 1  # ingesting twice changes nothing
    assert "Valley Times" in client.get(f"/stories/{rows[0]['id']}").text
    store.close()


def test_serve_command_starts_on_a_fresh_store(tmp_path, backend):
    """`accord serve --db NEW` in its own process: creates the store (a SQLite file, or the
    tables in an empty PostgreSQL database) and answers."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "fresh.db" if backend.backend == "sqlite" else backend.new("fresh")
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        for _ in range(600):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        else:
            pytest.fail("accord serve did not answer in 60 s")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            assert "No stories in the store yet" in r.read().decode()
        if backend.backend == "sqlite":
            assert db.exists()
        else:
            from test_store import _rows

            from accord.store.schema import SCHEMA_VERSION

            assert _rows(db, "SELECT max(version) FROM schema_version") == [(SCHEMA_VERSION,)]
    finally:
        proc.terminate()
        proc.wait(10)
    if backend.backend != "sqlite":
        return
    bad = subprocess.run([sys.executable, "-m", "accord.cli", "serve", "--port", "70000"], capture_output=True,
                         text=True, env=os.environ.copy())
    assert bad.returncode == 2 and "70000" in bad.stderr


def test_serve_broken_store_is_a_503_that_names_it(backend):
    import sqlalchemy as sa

    from accord.serve.app import create_app
    from accord.store import Store
    from accord.store.schema import url_for

    db = backend.new("broken")
    store = Store(db)
    engine = sa.create_engine(url_for(db))
    with engine.begin() as conn:  # damaged behind the server's back
        conn.exec_driver_sql("ALTER TABLE stories RENAME TO stories_gone")
    engine.dispose()
    client = TestClient(create_app(lambda: store, shared=True))
    got = client.get("/api/stories")
    assert got.status_code == 503 and store.db in got.json()["detail"] and "stories" in got.json()["detail"]
    page = client.get("/")
    assert page.status_code == 503 and "the store could not answer" in page.text
    store.close()
