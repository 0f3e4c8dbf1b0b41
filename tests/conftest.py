"""Shared fixtures: paths to ../shared, the real encoder (loaded once per run), the seeds.

Stage-specific fixtures live in the test modules that use them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def articles_context(articles, encoder):
    """A compare StoryContext over `articles` (e.g. the seeds), segmented, with no facts."""
    from accord.compare.context import StoryContext
    from accord.segment import segment

    return StoryContext(tuple(articles), {a.id: segment(a) for a in articles}, (), encoder)
