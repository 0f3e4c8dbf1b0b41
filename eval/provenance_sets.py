"""Provenance and entity merging on our own multi-outlet collections (eval/data/provenance_sets).

Each collection is a folder of raw article pages (outlet line, menus, headline, date, byline,
body, footer), written for this purpose about fictional events, as independent outlets, wire
reprints and machine spinners word things: a wire original; credited reprints with their own
lede; uncredited partial copies; spins (word-for-word synonym swaps with odd collocations,
names bent through a thesaurus, paragraphs swapped or merged, no credit, sometimes no date);
two outlets reprinting one outside wire text; independent reports that share quotes and
figures; namesakes, initials, transliterations. `truth.json` per folder lists the reuse edges
(source, derived, kind), the independent pairs, the name groups to merge and the distinct
names that must stay apart. `dev/` is worked on; `heldout/` is scored only to check.

The articles go through accord.load (cleaning, credits), the segmenter, provenance and the
entity index of compare, as in `accord report`; the scoring follows ../shared/data/newsdev's:
a copy and a duplicate stand for each other; a shared edge carries no direction.

figures():
- sets_provenance_accuracy / heldout_sets_provenance_accuracy: share of reuse edges found with
  kind and direction;
- sets_credit_accuracy / heldout_...: share of reuse edges (with `credited` in the truth) found
  right and said credited or not as the truth says;
- sets_independent_precision / heldout_...: share of independent pairs left unlinked;
- sets_entity_merge_recall / heldout_...: share of name groups found in one entity;
- sets_entity_distinct_precision / heldout_...: share of distinct pairs kept apart.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT / "eval" / "data" / "provenance_sets"


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]", " ", s)).strip()


def _analyse(folder: Path, encoder):
    import accord
    from accord.compare.context import StoryContext
    from accord.compare.entities import find_entities
    from accord.provenance import detect_provenance
    from accord.segment import segment

    loaded = accord.load([str(p) for p in sorted(folder.glob("*.txt"))])
    if loaded.rejected:
        raise RuntimeError(f"{folder.name}: rejected {loaded.rejected}")
    arts = tuple(loaded.articles)
    sents = {a.id: segment(a) for a in arts}
    edges = detect_provenance(arts, sents, encoder)
    index = find_entities(StoryContext(arts, sents, (), encoder, tuple(edges)))
    return edges, index.entities


def score(part: str, encoder=None, verbose: bool = False) -> dict[str, float]:
    from accord.embed import Encoder

    encoder = encoder or Encoder()
    n = dict(credit_right=0, credits=0, right=0, edges=0, clean=0, indep=0, merged=0, groups=0, apart=0, distinct=0)
    for folder in sorted(p for p in (DATA / part).iterdir() if p.is_dir()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        edges, entities = _analyse(folder, encoder)

        def linked(a: str, b: str) -> list:
            return [e for e in edges if {e.source, e.derived} == {a, b}]

        for t in truth["provenance"]:
            n["edges"] += 1
            kinds = {"copy": {"copy", "duplicate"}, "duplicate": {"duplicate", "copy"}}.get(t["kind"], {t["kind"]})
            good = [
                e for e in linked(t["source"], t["derived"])
                if e.kind in kinds and ("shared" == t["kind"] or "duplicate" in (t["kind"], e.kind)
                                        or (e.source, e.derived) == (t["source"], t["derived"]))
            ]
            n["right"] += bool(good)
            if "credited" in t:
                n["credits"] += 1
                n["credit_right"] += bool(good) and good[0].credited == t["credited"]
                if verbose and good and good[0].credited != t["credited"]:
                    print(f"  credit wrong {folder.name}: {t['source']} -> {t['derived']}: {good[0].credited}")
            if verbose and not good:
                got = [(e.source, e.derived, e.kind) for e in linked(t["source"], t["derived"])]
                print(f"  miss {folder.name}: {t['source']} -> {t['derived']} {t['kind']}: got {got}")
        for a, b in truth["independent_pairs"]:
            n["indep"] += 1
            n["clean"] += not linked(a, b)
            if verbose and linked(a, b):
                print(f"  false edge {folder.name}: {a} ~ {b}")
        forms = [{_norm(x) for x in (e.name, *e.variants)} for e in entities]
        for group in truth["merge"]:
            n["groups"] += 1
            want = {_norm(x) for x in group}
            ok = any(want <= f for f in forms)
            n["merged"] += ok
            if verbose and not ok:
                print(f"  not merged {folder.name}: {group}")
        for pair in truth["distinct"]:
            n["distinct"] += 1
            both = {_norm(x) for x in pair}
            wrong = any(both <= f for f in forms)
            n["apart"] += not wrong
            if verbose and wrong:
                print(f"  wrongly merged {folder.name}: {pair}")
    prefix = "" if part == "dev" else f"{part}_"
    if verbose:
        print(f"  {part}: {n}")
    return {
        f"{prefix}sets_provenance_accuracy": round(n["right"] / max(1, n["edges"]), 4),
        f"{prefix}sets_credit_accuracy": round(n["credit_right"] / max(1, n["credits"]), 4),
        f"{prefix}sets_independent_precision": round(n["clean"] / max(1, n["indep"]), 4),
        f"{prefix}sets_entity_merge_recall": round(n["merged"] / max(1, n["groups"]), 4),
        f"{prefix}sets_entity_distinct_precision": round(n["apart"] / max(1, n["distinct"]), 4),
    }


def figures() -> dict[str, float]:
    from accord.embed import Encoder

    encoder = Encoder()
    return {**score("dev", encoder), **score("heldout", encoder)}


if __name__ == "__main__":
    parts = [a for a in sys.argv[1:] if not a.startswith("-")] or ["dev", "heldout"]
    from accord.embed import Encoder

    enc = Encoder()
    for part in parts:
        for k, v in score(part, enc, verbose="-v" in sys.argv).items():
            print(f"{k}: {v}")
