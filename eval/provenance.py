"""Provenance quality: reuse edges with the right kind and direction, and no edge between
independent reports.

Three kinds of annotated collections:
- written cases (own writing, fictional events): the fire story of tests/provenance_cases.py
  and a bridge story written only for this script, each with an original and its credited,
  uncredited, spun, duplicate and partial copies plus an independent report; also run without
  dates and outlets, where direction must come from credits and containment;
- the seeds: 002 and 001 share BBC text (shared or copy), 000 spins it, 003 and 004 are
  independent of everything;
- ECB+ dev (real reports by different outlets of one event): pairs of one event that share no
  verbatim sentence are independent (whatever they say alike); into a few events, copies of one
  of their documents are injected (credited, partial, duplicate with boilerplate) with a later
  date, whose edges must come out with the right kind and direction.

figures():
- provenance_accuracy: share of annotated reuse pairs found with the right kind and direction
  (direction is not scored for `shared`, whose order carries no meaning);
- provenance_independent_precision: share of independent pairs left without an edge.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from provenance_cases import fire_story  # noqa: E402

from accord.provenance import detect_provenance  # noqa: E402
from accord.segment import segment  # noqa: E402
from accord.types import Article  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
ECB = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"
ECB_EVENTS = 6  # events injected with copies (the first ones in a fixed order): keeps it < 2 min

BRIDGE = """The Kilbarron swing bridge will close to all traffic for three weeks from Monday while engineers replace its worn gearing, the county council said.

Drivers heading to the industrial estate on the east bank will be sent on a nine-mile diversion through Ashford and the ring road, adding up to twenty minutes at busy times.

A free shuttle bus will run every fifteen minutes between the two ends of the bridge, and a temporary footbridge will stay open for pedestrians and cyclists.

The council's head of transport, Niall Brogan, said the repairs could not wait any longer. "If we do not fix the gearing now, the bridge could jam in the open position," he said.

Businesses on the estate have asked the council to keep freight moving at night, but the request was turned down on safety grounds.

The bridge, built in 1936, carries about 14,000 vehicles on a typical weekday."""

BRIDGE_SPUN = """The Kilbarron swing overpass will shut to all vehicles for three weeks beginning Monday while specialists substitute its exhausted cogwork, the region chamber stated.

Motorists bound for the manufacturing zone on the eastern shore will be directed on a nine-mile detour by means of Ashford and the circle highway, including up to twenty minutes at hectic periods.

A complimentary transport coach will operate each fifteen minutes among the two finishes of the overpass, and an interim walkway will remain accessible for walkers and riders.

The chamber's chief of transportation, Niall Brogan, stated the fixes couldn't delay any more. "If we do not fix the gearing now, the bridge could jam in the open position," he said.

Enterprises on the zone have requested the chamber to maintain cargo traveling at evening, however the appeal was declined on security premises.

The overpass, constructed in 1936, transports roughly 14,000 automobiles on a normal weekday."""

BRIDGE_INDEPENDENT = """Anyone who crosses the river at Kilbarron by car will have to find another way for most of this month: the old swing bridge shuts on Monday for repairs to its machinery.

Council engineers say the gear that turns the span has worn badly. Niall Brogan, in charge of transport at the county, warned that the bridge could get stuck open if nothing was done. "If we do not fix the gearing now, the bridge could jam in the open position," he said.

Traffic for the east bank estate goes through Ashford instead, a detour of nine miles. Walkers and cyclists keep a temporary footbridge, and a shuttle bus will link the two banks.

Firms on the estate had hoped for night-time lorry access, which the council refused.

Around 14,000 vehicles use the 1936 crossing on an ordinary weekday."""


def _art(aid, text, outlet=None, published=None) -> Article:
    return Article(id=aid, source=aid, text=text, outlet=outlet, published=published)


def bridge_story() -> list[Article]:
    paras = BRIDGE.split("\n\n")
    d0 = dt.date(2025, 6, 2)
    later = d0 + dt.timedelta(days=1)
    credited = "KILBARRON (Lakeside Tribune) - " + BRIDGE + "\n\nRoad users can find the diversion map on the council website."
    uncredited = BRIDGE + "\n\nWe will update this page when the bridge reopens to traffic in three weeks."
    duplicate = "Latest | Transport\n\n" + BRIDGE + "\n\nRead more: county news\nFollow us for updates"
    partial = (
        "Traders in Kilbarron fear a hard month ahead. Several shops near the bridge say most of their customers "
        "come from the east bank and will not make the long trip around.\n\n" + "\n\n".join(paras[1:3]) +
        "\n\nThe chamber of commerce plans to hand out leaflets at the shuttle stops to remind people the shops are open."
        "\n\nIts chair, Orla Devane, said members would offer discounts for the length of the closure."
    )
    return [
        _art("b-original", BRIDGE, "Lakeside Tribune", d0),
        _art("b-credited", credited, "River Courier", later),
        _art("b-uncredited", uncredited, "Town Crier Online", later),
        _art("b-spun", BRIDGE_SPUN, "Daily Buzz Feed Hub", later + dt.timedelta(days=1)),
        _art("b-duplicate", duplicate, "Lakeside Tribune Weekly", later),
        _art("b-independent", BRIDGE_INDEPENDENT, "County Echo", d0),
        _art("b-partial", partial, "Kilbarron Voice", later + dt.timedelta(days=2)),
    ]


def _written_truth(prefix: str) -> tuple[list, list]:
    """(reuse pairs (source, derived, kind), independent pairs) of a written story."""
    o = f"{prefix}original"
    reuse = [
        (o, f"{prefix}credited", "copy"),
        (o, f"{prefix}uncredited", "copy"),
        (o, f"{prefix}spun", "spun"),
        (o, f"{prefix}duplicate", "duplicate"),
        (o, f"{prefix}partial", "copy"),
    ]
    names = ["original", "credited", "uncredited", "spun", "duplicate", "partial"]
    independent = [(f"{prefix}independent", f"{prefix}{n}") for n in names]
    return reuse, independent


def collections_() -> list[tuple[str, list[Article], list, list, bool]]:
    """(name, articles, reuse pairs, independent pairs, score direction)."""
    out = []
    fire = fire_story()
    fire_reuse, fire_indep = _written_truth("")
    bridge = bridge_story()
    bridge_reuse, bridge_indep = _written_truth("b-")
    out.append(("fire", fire, fire_reuse, fire_indep, True))
    out.append(("bridge", bridge, bridge_reuse, bridge_indep, True))
    # without dates: direction from credits and containment (duplicates have none to find)
    for name, arts, reuse, indep in (("fire", fire, fire_reuse, fire_indep), ("bridge", bridge, bridge_reuse, bridge_indep)):
        undated = [replace(a, published=None) for a in arts]
        out.append((f"{name}-undated", undated, reuse, indep, True))
    seeds = _load_seeds()
    if seeds:
        ids = {p.id[:3]: p.id for p in seeds}
        reuse = [(ids["002"], ids["001"], "shared"), (ids["002"], ids["000"], "spun"), (ids["001"], ids["000"], "spun")]
        indep = [(ids[a], ids[b]) for a in ("003", "004") for b in ids if b != a]
        out.append(("seeds", seeds, reuse, indep, False))
    out.extend(_ecb_collections())
    return out


def _load_seeds() -> list[Article]:
    """The seeds as the pipeline sees them (cleaned, credits found), or raw if loading fails."""
    paths = sorted(SEEDS.glob("*.txt"))
    try:
        import accord

        loaded = accord.load([str(p) for p in paths])
        if len(loaded.articles) == len(paths):
            return list(loaded.articles)
    except Exception as exc:  # the loader is another stage: measure provenance regardless
        print(f"seeds: accord.load failed ({exc}); using the raw files", file=sys.stderr)
    return [_art(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def _shingles(text: str) -> set:
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _ecb_collections() -> list:
    if not ECB.exists():
        return []
    recs = [json.loads(line) for line in ECB.open(encoding="utf-8") if line.strip()]
    events = collections.defaultdict(list)
    for r in recs:
        events[r["cluster_label"]].append(r)
    others = [r for r in recs]
    out = []
    chosen = sorted((k for k, v in events.items() if 4 <= len(v) <= 12), key=lambda k: (len(events[k]), k))
    for n, label in enumerate(chosen[:ECB_EVENTS]):
        rs = events[label]
        d0 = dt.date(2020, 1, 1)
        arts = [_art(r["doc_id"], r["title"] + "\n\n" + r["text"], f"Outlet {i}", d0) for i, r in enumerate(rs)]
        sh = {a.id: _shingles(a.text) for a in arts}
        indep = [(a, b) for a, b in combinations(sorted(sh), 2) if len(sh[a] & sh[b]) < 2]
        # inject copies of the longest document, published a day later
        orig = max(arts, key=lambda a: len(a.text))
        orig = replace(orig, outlet="Lakeside Tribune")
        arts = [orig if a.id == orig.id else a for a in arts]
        sents = [s.text for s in segment(orig)]
        filler = others[(n * 37) % len(others)]  # an unrelated document to carry the partial copy
        while filler["topic"] == rs[0]["topic"]:
            filler = others[(others.index(filler) + 1) % len(others)]
        half = max(3, len(sents) // 2)
        later = d0 + dt.timedelta(days=1)
        injected = [
            _art(f"{label}-credited", orig.text + "\n\nThis report was first published by the Lakeside Tribune.", "Other Paper", later),
            _art(f"{label}-partial", filler["title"] + "\n\n" + filler["text"] + "\n\n" + " ".join(sents[:half]), "Third Paper", later),
            _art(f"{label}-duplicate", "Home > World\n\n" + orig.text + "\n\nShare on social media\nMore stories", "Lakeside Tribune Online", later),
        ]
        reuse = [(orig.id, injected[0].id, "copy"), (orig.id, injected[1].id, "copy"), (orig.id, injected[2].id, "duplicate")]
        out.append((f"ecb-{label}", arts + injected, reuse, indep, True))
    return out


def evaluate(encoder=None, verbose: bool = False) -> dict[str, float]:
    from accord.embed import Encoder

    encoder = encoder or Encoder()
    right = total = clean = indep_total = 0
    for name, arts, reuse, indep, directed in collections_():
        edges = detect_provenance(arts, {a.id: segment(a) for a in arts}, encoder)
        pairs = {frozenset((e.source, e.derived)): e for e in edges}
        # a copy of one of two duplicates is a copy of the other: either may be named the source
        twins = {src: {src} | {d for s2, d, k in reuse if s2 == src and k == "duplicate"} for src, _, _ in reuse}
        for src, der, kind in reuse:
            total += 1
            e = next((pairs[frozenset((s, der))] for s in sorted(twins[src]) if frozenset((s, der)) in pairs), None)
            ok = e is not None and _kind_ok(e.kind, kind) and (
                not directed
                or kind == "shared"
                or e.kind == "shared"
                or (e.source in twins[src] and e.derived == der)
                or (kind == "duplicate" and name.endswith("undated"))  # no order to find
            )
            right += ok
            if verbose and not ok:
                print(f"  miss {name}: {src} -> {der} {kind}: got {e and (e.source, e.derived, e.kind)}")
        for a, b in indep:
            indep_total += 1
            e = pairs.get(frozenset((a, b)))
            clean += e is None
            if verbose and e is not None:
                print(f"  false edge {name}: {a} - {b}: {e.kind} {e.score}")
    if verbose:
        print(f"  {total} annotated reuse pairs, {indep_total} independent pairs")
    return {
        "provenance_accuracy": round(right / max(1, total), 4),
        "provenance_independent_precision": round(clean / max(1, indep_total), 4),
    }


def _kind_ok(got: str, want: str) -> bool:
    # the seeds' 001-002 pair reuses BBC text: shared, or a copy when no credit says the origin
    return got == want or {got, want} == {"shared", "copy"} and want == "shared"


def figures() -> dict[str, float]:
    return evaluate()


if __name__ == "__main__":
    for k, v in evaluate(verbose="-v" in sys.argv).items():
        print(f"{k}: {v}")
