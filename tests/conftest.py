"""Shared fixtures: paths to ../shared, the real encoder (loaded once per run), the seeds.

Stage-specific fixtures live in the test modules that use them.

The tests run this checkout's `src`, in this process and in the processes they start: the
virtualenv's editable install points at one checkout (/work/main), so pytest run in another
worktree without PYTHONPATH=src imported that checkout's accord in process while the
subprocesses given PYTHONPATH=ROOT/src ran this one. `test_bulk_equals_the_local_run` then
compared two programs (a worktree's ALIGN_ENCODE_PER_ARTICLE = 3 against main's 6: 62 facts in
the seeds' story in bulk, 60 in the "local" run) and every in-process test tested main.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
# before any test module imports accord; PYTHONPATH for the processes the tests start
sys.path.insert(0, str(SRC))
os.environ["PYTHONPATH"] = os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"the seeds are missing: expected ../shared/seeds beside the checkout ({SEEDS})"
    return paths


@pytest.fixture(scope="session")
def dev_records() -> list[dict]:
    with DEV.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def encoder():
    """The real sentence encoder, shared by every test of the run (its cache too)."""
    from accord.embed import Encoder

    return Encoder()


@pytest.fixture(scope="session")
def seed_articles(seed_paths):
    import accord

    loaded = accord.load([str(p) for p in seed_paths])
    assert not loaded.rejected, loaded.rejected
    return loaded.articles


@pytest.fixture(scope="session")
def seed_report(seed_articles, encoder):
    """The full analysis of the seeds as one story (computed once per run)."""
    import accord

    report = accord.analyze(seed_articles, one_story=True, encoder=encoder)
    assert len(report.stories) == 1
    return report


def story_context(encoder, *texts: str, published=()):
    """A compare StoryContext over articles a0, a1 ... holding `texts` (no facts), with the
    publication dates given in `published` ("YYYY-MM-DD", or None), for the compare tests."""
    import datetime as dt

    from accord.types import Article

    dates = list(published) + [None] * (len(texts) - len(published))
    articles = tuple(
        Article(id=f"a{i}", source=f"a{i}.txt", text=t, published=dt.date.fromisoformat(d) if d else None)
        for i, (t, d) in enumerate(zip(texts, dates))
    )
    return articles_context(articles, encoder)


def discrepancies_of(kind: str, encoder, *texts: str, published=()):
    """The discrepancies of `kind` compare raises between `texts` (articles a0, a1 ... dated by
    `published`, as story_context dates them)."""
    from accord.compare import compare_story

    ctx = story_context(encoder, *texts, published=published)
    return [d for d in compare_story(ctx.articles, ctx.sentences, (), encoder).discrepancies if d.kind == kind]


def claim_values(found) -> set[frozenset[str]]:
    """Each discrepancy's set of claimed values, to assert which values a test's texts dispute."""
    return {frozenset(c.value for c in d.claims) for d in found}


def articles_context(articles, encoder):
    """A compare StoryContext over `articles` (e.g. the seeds), segmented, with no facts."""
    from accord.compare.context import StoryContext
    from accord.segment import segment

    return StoryContext(tuple(articles), {a.id: segment(a) for a in articles}, (), encoder)


@pytest.fixture(scope="session")
def served_store(tmp_path_factory, encoder, seed_paths):
    """The store that accord serve's tests serve (built once per run, through the real pipeline):
    examples/port-fire, the seeds, and a story of hostile articles (script payloads in outlet,
    title, URL and text) ingested from a JSON Lines file like any other input."""
    import json

    from accord.store import Store

    tmp = tmp_path_factory.mktemp("served-store")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text("".join(json.dumps(r) + "\n" for r in hostile_records()), encoding="utf-8")
    store = Store(tmp / "accord.db", encoder=encoder)
    store.add([str(EXAMPLES / "port-fire")])
    store.add([str(p) for p in seed_paths])
    store.add([str(hostile)])
    yield store
    store.close()


@pytest.fixture(scope="session")
def served_report(served_store):
    """The stories of served_store as a JSON report (what `accord report --format json` writes)."""
    ids = [r["id"] for r in served_store.stories(limit=None)]
    return {"schema_version": 1, "stories": [served_store.story(i) for i in ids], "rejected": []}


HOSTILE_PAYLOAD = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">"


def hostile_records() -> list[dict]:
    """Two JSON articles of one story, disagreeing on a count, whose outlet, title, URL and text
    carry script payloads."""
    body = ("The council of Tarnow said on Monday that {n} bridges would close for repairs. {p} "
            "Inspectors found cracks in the supports of the river crossings, the council said. "
            "\"We will not take risks <b onmouseover=window.__pwned=3>with</b> safety,\" said mayor Anna Kello.")
    rows = [("<b onclick=window.__pwned=7>Evil Gazette</b>", "twelve"), ("Plain Post", "nine")]
    return [{"id": f"hostile-{i}", "text": body.format(p=HOSTILE_PAYLOAD, n=n), "outlet": outlet,
             "title": f"\"><script>window.__pwned=4</script> Tarnow closes {n} bridges",
             "url": "javascript:window.__pwned=6", "published": f"2026-03-0{2 + i}"}
            for i, (outlet, n) in enumerate(rows)]


# --------------------------------------------------------------------------- the store's back ends
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres():
    """The PostgreSQL server of this run: the one ACCORD_TEST_POSTGRES names (an admin URL), or a
    throw-away cluster started here (tests/pgserver.py) and stopped when the run ends, whatever
    its outcome. A server that cannot start fails the tests that need it: never a skip."""
    import atexit
    import os

    from pgserver import Cluster, External

    if os.environ.get("ACCORD_TEST_POSTGRES"):
        yield External(os.environ["ACCORD_TEST_POSTGRES"])
        return
    cluster = Cluster().start()
    atexit.register(cluster.stop)  # also when the run is interrupted
    try:
        yield cluster
    finally:
        cluster.stop()


class StoreFactory:
    """New empty stores on one back end: a SQLite file in a temp dir, or a fresh database."""

    def __init__(self, backend: str, tmp_path_factory, request) -> None:
        self.backend = backend
        self._tmp = tmp_path_factory
        self._request = request
        self._n = 0

    def new(self, name: str = "accord") -> str:
        self._n += 1
        if self.backend == "sqlite":
            return str(self._tmp.mktemp(name) / "accord.db")
        import re

        server = self._request.getfixturevalue("postgres")
        return server.new_database(re.sub(r"\W", "_", f"{name}_{self._n}_{id(self)}").lower()[:60])


@pytest.fixture(scope="module", params=BACKENDS)
def backend_module(request, tmp_path_factory) -> StoreFactory:
    """Module-scoped: each module fixture that takes it is built once per back end."""
    return StoreFactory(request.param, tmp_path_factory, request)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path_factory) -> StoreFactory:
    """Per test: the test runs once on SQLite and once on PostgreSQL."""
    return StoreFactory(request.param, tmp_path_factory, request)
