"""Regressions of issue 20 found by fuzzing the store and the server (fuzz/served.py): hostile
articles posted to POST /api/articles and stored by `accord ingest`, a real SQLite store and
the real app through starlette's TestClient."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

TOKEN = "test-token-0123456789"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
BODY = ("The harbour authority said on Tuesday that the fire at the container terminal was put out "
        "after six hours. At least 12 people were injured, the county council said.")


@pytest.fixture()
def posting(tmp_path, encoder):
    from accord.serve.app import create_app
    from accord.store import Store

    store = Store(tmp_path / "posted.db", encoder=encoder)
    yield store, TestClient(create_app(lambda: store, shared=True, token=TOKEN), raise_server_exceptions=False)
    store.close()


def test_serve_ingest_deeply_nested_body_is_a_400(posting):
    # json.loads raised RecursionError out of the handler: a 500
    _, client = posting
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"):
        got = client.post("/api/articles", content=body, headers=HEADERS)
        assert got.status_code == 400 and "nested too deeply" in got.json()["detail"]


def test_serve_ingest_lone_surrogate_and_escapes_stored_safe_and_noted(posting):
    # a posted "\ud800" made writing the records fail (a 500); the store did not make strings
    # safe as `load` does, so escape sequences reached the stored text and every page of it
    store, client = posting
    body = json.dumps({"id": "p1", "title": "Fire \x1b]0;pwned\x07 at the port",
                       "text": "Fire \ud800 at the port. \x1b[2J" + BODY})
    got = client.post("/api/articles", content=body.encode(), headers=HEADERS)
    assert got.status_code == 201, got.text
    assert got.json()["result"]["added"] == 1
    article = store.article("p1")
    assert "\ufffd" in article["text"] and "\x1b" not in article["text"] and "\x1b" not in article["title"]
    assert any("surrogate" in note for note in article["removed"])
    story = client.get("/api/stories").json()["stories"][0]["id"]
    for page in (f"/api/stories/{story}", f"/stories/{story}"):
        text = client.get(page).text
        assert "\x1b" not in text and "\x07" not in text and "\ud800" not in text


def test_serve_ingest_rejection_says_which_article_and_why(posting):
    _, client = posting
    records = [{"id": "ok", "text": BODY}, {"id": "empty", "text": "Subscribe now"}]
    got = client.post("/api/articles", json=records, headers=HEADERS).json()
    assert got["received"] == 2 and got["result"]["added"] == 1 and got["result"]["rejected"] == 1
    assert [(r["article"], r["stage"]) for r in got["rejections"]] == [(1, "clean")]
    assert got["rejections"][0]["reason"]


def test_store_ingest_makes_strings_safe_as_load_does(tmp_path, encoder):
    from accord.store import Store

    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "w1", "outlet": "Wire\x1b[31m", "text": "\x1b]0;t\x07" + BODY}) + "\n")
    with Store(tmp_path / "s.db", encoder=encoder) as store:
        result = store.add([str(path)])
        assert result.added == ("w1",)
        article = store.article("w1")
    assert "\x1b" not in article["text"] and "\x1b" not in (article["outlet"] or "")
    assert any("control" in note for note in article["removed"])
