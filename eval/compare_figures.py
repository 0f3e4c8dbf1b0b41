"""Quality of the number, date and place checks: precision and recall on annotated cases.

Cases (eval/data/compare_figures_cases.json, written for this purpose, fictional events): each is
a small story of two or three articles, annotated with the kind it tests and whether the
articles truly conflict ("conflict") or only look different ("compatible": bounds, hedges,
rounding, running tolls, weekdays resolved against different publication dates, neighbouring
compass directions, places that contain one another, different events of one story).

    recall    = conflict cases where a discrepancy of the expected kind is flagged / conflict cases
    precision = flagged discrepancies that are true / all flagged discrepancies

Every discrepancy of a figure kind (number, date, place) counts: one flagged in a compatible
case, or one of another kind in a conflict case, is a false alarm. The seeds (../shared/seeds,
read directly, no publication dates) are one more case: the arrival day that their articles
disagree on must be flagged as a date conflict, and nothing else may be.

    .venv/bin/python eval/compare_figures.py        # prints the figures and every miss
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CASES = HERE / "data" / "compare_figures_cases.json"
SEEDS = ROOT.parent / "shared" / "seeds"
KINDS = ("number", "date", "place")

_ENCODER = None


def _encoder():
    global _ENCODER
    if _ENCODER is None:
        from accord.embed import Encoder

        _ENCODER = Encoder()
    return _ENCODER


def context(articles, encoder):
    """A StoryContext over `articles` (segmented here; no aligned facts)."""
    from accord.compare.context import StoryContext
    from accord.segment import segment

    return StoryContext(tuple(articles), {a.id: segment(a) for a in articles}, (), encoder)


def discrepancies(ctx) -> list:
    from accord.compare.dates import date_discrepancies
    from accord.compare.numbers import number_discrepancies
    from accord.compare.places import place_discrepancies

    return [*number_discrepancies(ctx), *date_discrepancies(ctx), *place_discrepancies(ctx)]


def load_cases() -> list[dict]:
    from accord.types import Article

    cases = json.loads(CASES.read_text(encoding="utf-8"))
    for c in cases:
        c["built"] = tuple(
            Article(
                id=a["id"], source=a["id"], text=a["text"],
                published=dt.date.fromisoformat(a["published"]) if a["published"] else None,
            )
            for a in c["articles"]
        )
    return cases


def seed_case() -> dict | None:
    """The seeds as one case: articles as plain files, ids from file names, no dates."""
    from accord.types import Article

    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        return None
    built = tuple(Article(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8")) for p in paths)
    return {"id": "seeds", "kind": "date", "expect": "conflict", "built": built,
            "must_mention": "Qatar"}


def evaluate(verbose: bool = False) -> dict[str, float]:
    encoder = _encoder()
    cases = load_cases()
    seeds = seed_case()
    if seeds:
        cases.append(seeds)
    true_pos = false_pos = found = wanted = 0
    for c in cases:
        flagged = discrepancies(context(c["built"], encoder))
        hit = False
        for d in flagged:
            right_kind = c["expect"] == "conflict" and d.kind == c["kind"] and not hit
            if right_kind and c.get("must_mention"):
                right_kind = any(c["must_mention"] in cl.text for cl in d.claims)
            if right_kind:
                hit = True
                true_pos += 1
            else:
                false_pos += 1
                if verbose:
                    print(f"FALSE ALARM {c['id']}: {d.kind} {d.about!r}",
                          [(cl.value, cl.articles) for cl in d.claims])
        if c["expect"] == "conflict":
            wanted += 1
            found += hit
            if verbose and not hit:
                print(f"MISSED {c['id']}")
    return {
        "figures_precision": true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0,
        "figures_recall": found / wanted if wanted else 1.0,
    }


def figures() -> dict[str, float]:
    return evaluate(verbose=False)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    for name, value in evaluate(verbose=True).items():
        print(f"{name}\t{value:.3f}")
