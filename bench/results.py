"""Turn the bench's figures into bench/RESULTS.md (also printed) and bench/results.json.

Every goal is compared here, in one table at the top: met, or the gap in numbers. The cause of a
gap is for the reader of the per-stage table (which stage, how much of it is the encoder).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from stages import STAGES


def _f(x, digits: int = 2) -> str:
    if isinstance(x, str):
        return x
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.{digits}f}"


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_f(c) if not isinstance(c, str) else c for c in row) + " |" for row in rows]
    return lines + [""]


def _err(part) -> str | None:
    return part.get("error") if isinstance(part, dict) else "not run"


def _goal(name: str, value, goal: float, higher: bool) -> list:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return [name, "n/a", ("≥ " if higher else "≤ ") + _f(goal, 1), "not measured"]
    met = value >= goal if higher else value <= goal
    gap = "met" if met else f"missed by {abs(value - goal):,.2f} ({value / goal:.2f}x the goal)"
    return [name, _f(value), ("≥ " if higher else "≤ ") + _f(goal, 1), gap]


def _growth(tp: dict, sizes, phase: str):
    """Time at the largest size over time at the smallest, from the rates (articles/s).

    For a complete run this is the ratio of the wall times; for a `report` run stopped by the
    time budget, the time the whole collection would take at the measured rate.
    """
    small, large = sizes[0], sizes[-1]
    try:
        return (large / tp[large][phase]["rate"]) / (small / tp[small][phase]["rate"])
    except (KeyError, TypeError, ZeroDivisionError):
        return None


def _goals(r: dict) -> list[str]:
    g, rows = r["goals"], []
    st = r.get("stages", {})
    for key, name in (("seeds", "seeds"), ("largest", "largest dev story")):
        part = st.get(key, {})
        rows.append(_goal(f"whole / encoder-only, {name}", part.get("ratio"), g["ratio"], False))
    tp = r.get("throughput", {})
    sizes = r["cfg"]["sizes"]
    for n in sizes:
        part = tp.get(n, {}) if isinstance(tp, dict) else {}
        rows.append(_goal(f"`report` articles/s at {n:,}", part.get("report", {}).get("rate"),
                          g["report_rate"], True))
    for n in sizes:
        part = tp.get(n, {}) if isinstance(tp, dict) else {}
        rows.append(_goal(f"`cluster` articles/s at {n:,}", part.get("cluster", {}).get("rate"),
                          g["cluster_rate"], True))
    for phase in ("report", "cluster"):
        partial = any(isinstance(tp.get(n), dict) and tp[n].get(phase, {}).get("partial")
                      for n in (sizes[0], sizes[-1])) if isinstance(tp, dict) else False
        note = " (from the rates of partial runs: indicative)" if partial else ""
        rows.append(_goal(f"`{phase}` time growth {sizes[-1]:,} vs {sizes[0]:,}{note}",
                          _growth(tp, sizes, phase) if isinstance(tp, dict) else None, g["growth"], False))
    return ["## Goals", ""] + _table(["figure", "measured", "goal", "verdict"], rows)


def _stages(r: dict) -> list[str]:
    st = r.get("stages")
    out = ["## 1. Per-stage seconds of `report`", ""]
    if not st or _err(st):
        return out + [f"Not measured: {_err(st)}", ""]
    s, d = st["seeds"], st["largest"]
    out += [f"Seeds: `accord report` on ../shared/seeds (clustering on). Largest dev story: "
            f"gold story `{d.get('label')}` as one story (`--one-story`). Medians of "
            f"{s.get('repeats')} runs; a fresh encoder and cleared spaCy cache each run; models "
            "loaded beforehand (not counted); spaCy parses in its own process, as `accord report` "
            "runs it (accord.compare.nlp), so the CPU rows count both processes.", ""]
    rows = []
    names = list(STAGES) + [k for k in s.get("timings", {}) if k not in STAGES and k != "render"] + ["render"]
    for k in names:
        rows.append([k, s.get("timings", {}).get(k), d.get("timings", {}).get(k)])
    for part in (s, d):
        part["_other"] = part.get("whole", 0) - sum(part.get("timings", {}).values())
    rows += [["other (glue, not in any stage)", s["_other"], d["_other"]],
             ["**whole** (load + analyse + render JSON)", s.get("whole"), d.get("whole")],
             ["of which inside the encoder", s.get("encode"), d.get("encode")],
             ["**encoder-only**, every sentence once, as Encoder runs it", s.get("encoder_only"), d.get("encoder_only")],
             ["**whole / encoder-only** (goal ≤ 1.5)", s.get("ratio"), d.get("ratio")],
             ["whole, CPU s (with the parse process)", s.get("whole_cpu"), d.get("whole_cpu")],
             ["encoder-only, CPU s", s.get("encoder_only_cpu"), d.get("encoder_only_cpu")],
             ["articles", s.get("articles"), d.get("articles")],
             ["stories found", s.get("stories"), d.get("stories")],
             ["words", s.get("words"), d.get("words")],
             ["sentences (distinct)", f"{s.get('sentences')} ({s.get('distinct_sentences')})",
              f"{d.get('sentences')} ({d.get('distinct_sentences')})"],
             ["texts the pipeline encoded", s.get("encoded_by_pipeline"), d.get("encoded_by_pipeline")]]
    for fmt in ("md", "terminal", "html"):
        rows.append([f"render {fmt} (not in whole)", s.get("renders", {}).get(fmt), d.get("renders", {}).get(fmt)])
    for row in rows:
        row[1:] = [_f(v, 3) if isinstance(v, float) else ("n/a" if v is None else str(v)) for v in row[1:]]
    return out + _table(["stage", "seeds (s)", "largest dev story (s)"], rows)


def _throughput(r: dict) -> list[str]:
    tp = r.get("throughput")
    out = ["## 2. Throughput", ""]
    if not tp or "error" in tp:
        return out + [f"Not measured: {_err(tp)}", ""]
    out += ["Each size in a fresh process. `cluster` = read+clean, group, render JSON (median of "
            f"{r['cfg']['repeats']} runs); `report` = read+clean, analyse, render JSON (one run). "
            "Model loading (torch, encoder, spaCy) is excluded and shown apart. Peak memory is "
            "the peak resident set of each phase, models included; in brackets, above the "
            "resident set once the models were loaded.", ""]
    rows = []
    for n, part in tp.items():
        if "error" in part:
            rows.append([f"{int(n):,}", part["error"], "", "", "", "", "", ""])
            continue
        c, rep = part["cluster"], part.get("report", {})
        rate = _f(rep["rate"]) if rep else part.get("report_error", "n/a")
        if rep.get("partial"):
            rate += f" (partial: {rep['articles']:,} of {rep['of']:,} articles in the time budget)"
        if rep.get("stopped"):
            rate += f"; {rep['stopped']}"
        base = part["peak_mb_models"]
        rows.append([f"{int(n):,}", c["rate"], c["load"], c["group"], c["group_rate"], c["stories"],
                     f"{c['peak_mb']:,.0f} (+{c['peak_mb'] - base:,.0f})", rate,
                     f"{rep['stories']:,} of {rep['of_stories']:,}" if rep else "n/a",
                     f"{rep['peak_mb']:,.0f} (+{rep['peak_mb'] - base:,.0f})" if rep else "n/a"])
    out += _table(["articles", "cluster art/s", "read+clean s", "group s", "group-only art/s",
                   "stories", "cluster peak MB (+ over models)", "report art/s", "stories analysed",
                   "report peak MB (+ over models)"], rows)
    stage_rows = []
    for n, part in tp.items():
        rep = part.get("report") if isinstance(part, dict) else None
        if rep:
            t = rep["timings"]
            stage_rows.append([f"{int(n):,}"] + [t.get(k, 0.0) for k in list(STAGES) + ["render"]]
                              + [rep["encode"], rep["encoded"]])
    if stage_rows:
        out += ["`report` seconds per stage at each size:", ""]
        out += _table(["articles"] + list(STAGES) + ["render", "in encoder", "texts encoded"], stage_rows)
    first = next((p for p in tp.values() if isinstance(p, dict) and "startup" in p), None)
    if first:
        models = ", ".join(f"{k} {v:.1f} s" for k, v in first["models"].items())
        out += [f"Start-up (imports and model loading, excluded above): {first['startup']:.1f} s "
                f"({models}); resident after loading: {first['peak_mb_models']:.0f} MB (peak while "
                f"loading: {first.get('peak_mb_loading', float('nan')):.0f} MB).", ""]
    return out


def _peers(r: dict) -> list[str]:
    p = r.get("peers")
    out = ["## 3. Peers, same run, same input", ""]
    if not p:
        return out + ["Not run.", ""]
    c = p.get("clustering", {})
    if p.get("rejected"):
        out += [f"accord's cleaner rejected {len(p['rejected'])} dev document(s), left out of "
                f"both sides: {'; '.join(p['rejected'][:3])}.", ""]
    out += ["**Clustering** (ECB+ dev, gold = `cluster_label`): TF-IDF centroid clustering with "
            "Event Registry's settings (cosine ≥ 0.4 to the centroid, 4-day expiry; the dev data "
            "has no dates, so expiry never triggers).", ""]
    if _err(c):
        out += [f"Not measured: {_err(c)}", ""]
    else:
        out += _table(["system", "seconds", "stories", "BCubed P", "BCubed R", "BCubed F1"],
                      [[name, c[k]["seconds"], c[k]["stories"], c[k]["precision"], c[k]["recall"], c[k]["f1"]]
                       for k, name in (("accord", "accord `group`"), ("peer", "TF-IDF centroid 0.4"))])
        out += [f"{c['articles']} articles; time ratio accord / peer: {_f(c['time_ratio'])}.", ""]
    d = p.get("duplicates", {})
    out += ["**Near-duplicates**: datasketch MinHash-LSH (word 3-grams, 128 permutations, "
            "threshold 0.8) against accord, on dev data plus near copies (one word dropped per "
            "sentence; known pairs: a document and its copies).", ""]
    if _err(d):
        out += [f"Not measured: {_err(d)}", ""]
    else:
        out += _table(["system", "seconds", "pairs", "known pairs found", "recall of known", "other pairs"],
                      [[name, d[k]["seconds"], d[k]["pairs"], d[k]["known_found"], d[k]["recall_known"],
                        d[k]["other_pairs"]] for k, name in (("accord", "accord"), ("peer", "MinHash-LSH"))])
        out += [f"{d['articles']} articles, {d['known_pairs']} known pairs; accord timed as "
                f"{d['accord_timed']}; time ratio accord / peer: {_f(d['time_ratio'])}.", ""]
    s = p.get("summaries", {})
    out += ["**Summaries**: LexRank (sumy 0.13.0, accord's sentence splitter as its tokenizer) on "
            "each gold dev story against accord's one-story analysis of it.", ""]
    if _err(s):
        out += [f"Not measured: {_err(s)}", ""]
    else:
        out += _table(["system", "seconds (all stories)", "mean summary words"],
                      [["accord, whole analysis", s["accord"]["seconds"], s["accord"]["mean_words"]],
                       ["accord, summarize stage only", s["accord"]["summarize_seconds"], ""],
                       ["LexRank", s["peer"]["seconds"], s["peer"]["mean_words"]]])
        out += [f"{s['stories']} of {s['of_stories']} stories (in file order, as many as "
                f"fit the time budget), {s['articles']} articles, {s['summary_words']}-word "
                f"budget; time ratio accord whole / LexRank: {_f(s['time_ratio'])}; accord's "
                f"summarize stage / LexRank: {_f(s['summarize_ratio'])}. accord's analysis also "
                "yields facts, discrepancies, quotes and provenance; LexRank yields only the summary.", ""]
    return out


def _cluster_bench(r: dict) -> list[str]:
    cb = r.get("cluster_bench")
    out = ["## 4. The clustering stage's own benchmark (bench/bench_cluster.py)", ""]
    if cb is None:
        return out + ["Not run.", ""]
    if isinstance(cb, dict) and set(cb) == {"error"}:
        return out + [f"Not measured: {cb['error']}", ""]
    if isinstance(cb, str):
        return out + [cb, ""]
    if not isinstance(cb, dict):
        return out + ["```", json.dumps(cb, indent=1, default=str)[:4000], "```", ""]
    for key, value in cb.items():  # lists of records as tables, the rest as a list
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            header = list(dict.fromkeys(k for v in value for k in v))
            out += _table(header, [[v.get(k, "") for k in header] for v in value])
    out += [f"- {k}: {_f(v) if isinstance(v, (int, float)) else v}" for k, v in cb.items()
            if not (isinstance(v, list) and v and all(isinstance(x, dict) for x in v))]
    return out + [""]


def _method() -> list[str]:
    return ["## How the inputs were made", "",
            "- Sizes beyond the 535 dev documents are filled with *perturbed replicas* "
            "(`<doc_id>-r<k>`, bench/workload.py): every 7th word is dropped (from a seeded "
            "offset), and at least one word from every sentence, so no sentence repeats the "
            "original's text (the encoder's per-text cache cannot serve it) and a replica "
            "shares only ~0.4 of its word 3-shingles with its original: a new article on the "
            "same story, which takes the full story decision rather than the cheap "
            "near-duplicate path (as in bench/bench_cluster.py). A replica keeps its original's "
            "gold story, so 2,000 articles means stories about four times as large, not four "
            "times as many: this is harder on within-story scaling than a live feed.",
            "- The near-duplicate comparison uses *near copies* instead: one word dropped per "
            "sentence, so each replica is an edited copy of its original (the known pairs).",
            "- Articles are read with `accord.load` from JSON Lines (`id`, `title`, `text`) "
            "written to a temporary directory, as `accord report file.jsonl` reads them.",
            "- Medians over repeated runs where a run is short; `report` at each size and the "
            "per-story summary loop run once to stay within 10 minutes; every ratio is taken "
            "within one run.", ""]


def write_results(r: dict, path: Path) -> str:
    # the raw figures first, so a formatting bug never loses a 10-minute run
    path.with_name("results.json").write_text(json.dumps(r, indent=1, default=str), encoding="utf-8")
    m = r["machine"]
    lines = ["# accord benchmark results", "",
             f"Written by `.venv/bin/python bench/run.py{' --quick' if r['mode'] == 'quick' else ''}` "
             f"({r['mode']} run, {r['seconds']:.0f} s). Rerun it to refresh this file.", "",
             "## Machine", ""]
    lines += [f"- {k}: {v}" for k, v in m.items()] + [""]
    if r["mode"] == "quick":
        lines += ["**Quick run**: small sizes and one repeat, to check the harness; the goals "
                  "are stated for the full sizes.", ""]
    try:
        busy = float(m.get("load average at start (1/5/15 min)", "0").split()[0])
    except ValueError:
        busy = 0.0
    cores = os.cpu_count() or 1
    if busy > cores:
        lines += [f"**A busy machine**: the load average at the start ({busy:.1f}) was above the "
                  f"{cores} cores, so every time below is slower than on a quiet machine (the "
                  "encoder-only time shows by how much); ratios measured within one run hold "
                  "better than absolute rates.", ""]
    lines += _goals(r) + _stages(r) + _throughput(r) + _peers(r) + _cluster_bench(r) + _method()
    text = "\n".join(lines)
    kept = _other_sections(path, {line for line in lines if line.startswith("## ")})
    path.write_text(text + ("\n\n" + kept if kept else ""), encoding="utf-8")
    return text


def _other_sections(path: Path, written: set[str]) -> str:
    """The sections of the file at `path` that this run does not write (the store's, issue
    notes written by hand), from the first such heading to the end, so a rerun keeps them."""
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(old):
        if line.startswith("## ") and line not in written and line not in _GENERATED:
            return "\n".join(old[i:]).rstrip() + "\n"
    return ""


# headings this module writes in some runs and not in others (parts skipped with --skip)
_GENERATED = {"## Machine", "## Goals", "## 1. Per-stage seconds of `report`", "## 2. Throughput",
              "## 3. Peers, same run, same input",
              "## 4. The clustering stage's own benchmark (bench/bench_cluster.py)",
              "## How the inputs were made"}
