"""Per-stage seconds of `report` on one collection, and the whole against the encoder alone.

The whole is what `accord report` does after start-up: read and clean the inputs
(`accord.load`), analyse them (`accord.analyze`, whose `Report.timings` holds the seconds of
ingest, clean, cluster, segment, provenance, align, compare and summarize) and render JSON
(`accord.render`, timed here). Model loading is excluded: a live feed loads the models once.

The irreducible cost is encoding every sentence of those articles once with a fresh
`accord.embed.Encoder` (as it runs: one text per ONNX Runtime run, on every core), the model already loaded: the goal is whole <= 1.5x that.
"encode" in the table is the part of the stages spent inside the encoder (already counted in
the stage that asked for it), measured by wrapping accord's own encoder.

Process-wide caches (spaCy parses by text) are cleared before each repeat, so every repeat pays
the full cost; a fresh encoder per repeat does the same for sentence vectors.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from workload import median, timed_encoder

STAGES = ("ingest", "clean", "cluster", "segment", "provenance", "align", "compare", "summarize")
FORMATS = ("json", "md", "terminal", "html")


def clear_caches() -> None:
    """Forget what an earlier repeat parsed and read, so repeats are comparable."""
    try:
        from accord.compare import clock, nlp, quantities, spans, temporal
    except ImportError:
        return
    cache = getattr(nlp, "_CACHE", None)
    if isinstance(cache, dict):
        cache.clear()
    # each sentence's quantities, dates, times and lengths, read once per process (issue 18)
    for reader in (getattr(quantities, "_read_quantities", None), getattr(temporal, "_read_dates", None),
                   getattr(clock, "_read_times", None), getattr(spans, "_read_lengths", None)):
        if reader is not None:
            reader.cache_clear()


def _render_all(report) -> dict[str, float | str]:
    import accord

    out: dict[str, float | str] = {}
    for fmt in FORMATS:
        t0 = time.perf_counter()
        try:
            accord.render(report, fmt)
        except Exception as exc:  # a renderer not landed yet: say so, keep measuring
            out[fmt] = f"{type(exc).__name__}: {exc}"[:120]
            continue
        out[fmt] = time.perf_counter() - t0
    return out


def one_run(paths: Sequence[str], *, one_story: bool) -> dict:
    """Every figure of one `report` run on `paths`, and the encoder-only time of its sentences."""
    import accord
    from accord.embed import Encoder
    from accord.segment import segment

    clear_caches()
    encoder = timed_encoder()
    cpu0 = _cpu()
    t0 = time.perf_counter()
    loaded = accord.load(list(paths))
    report = accord.analyze(
        loaded.articles, one_story=one_story, encoder=encoder, timings=loaded.timings
    )
    t_render = time.perf_counter()
    accord.render(report, "json")
    end = time.perf_counter()
    whole_cpu = _cpu() - cpu0
    whole = end - t0
    timings = dict(report.timings)
    timings["render"] = end - t_render
    renders = _render_all(report)

    sentences = [s.text for a in loaded.articles for s in segment(a)]
    fresh = Encoder()
    cpu0 = _cpu()
    t0 = time.perf_counter()
    fresh.encode(sentences)
    encoder_only = time.perf_counter() - t0
    encoder_only_cpu = _cpu() - cpu0
    return {
        "articles": len(loaded.articles),
        "rejected": len(loaded.rejected),
        "stories": len(report.stories),
        "words": sum(len(a.text.split()) for a in loaded.articles),
        "sentences": len(sentences),
        "distinct_sentences": len(set(sentences)),
        "encoded_by_pipeline": encoder.encoded,
        "timings": timings,
        "encode": encoder.seconds,
        "renders": renders,
        "whole": whole,
        "encoder_only": encoder_only,
        "ratio": whole / encoder_only if encoder_only > 0 else float("nan"),
        "whole_cpu": whole_cpu,
        "encoder_only_cpu": encoder_only_cpu,
    }


def _cpu() -> float:
    """CPU seconds of this process and of its parse process, if one runs (accord.compare.nlp)."""
    import os

    total = time.process_time()
    try:
        from accord.compare import nlp
    except ImportError:
        return total
    helper = getattr(nlp, "_HELPER", None)
    if helper is not None:
        try:
            fields = open(f"/proc/{helper.process.pid}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def measure(paths: Sequence[str], *, one_story: bool, repeats: int, seconds: float | None = None) -> dict:
    """Medians over `repeats` runs (fewer when they pass `seconds`); ratios taken within each run."""
    started = time.perf_counter()
    runs = []
    while len(runs) < repeats and not (runs and seconds and time.perf_counter() - started > seconds):
        runs.append(one_run(paths, one_story=one_story))
    last = runs[-1]
    stage_names = list(STAGES) + [k for k in last["timings"] if k not in STAGES]
    timings = {k: median([r["timings"].get(k, 0.0) for r in runs]) for k in stage_names}
    renders = {}
    for fmt in FORMATS:
        values = [r["renders"][fmt] for r in runs]
        renders[fmt] = median(values) if all(isinstance(v, float) for v in values) else last["renders"][fmt]
    return {
        **{k: last[k] for k in ("articles", "rejected", "stories", "words", "sentences",
                                "distinct_sentences", "encoded_by_pipeline")},
        "repeats": len(runs),
        "timings": timings,
        "encode": median([r["encode"] for r in runs]),
        "renders": renders,
        "whole": median([r["whole"] for r in runs]),
        "encoder_only": median([r["encoder_only"] for r in runs]),
        "ratio": median([r["ratio"] for r in runs]),
        "whole_cpu": median([r["whole_cpu"] for r in runs]),
        "encoder_only_cpu": median([r["encoder_only_cpu"] for r in runs]),
        "ratios": [r["ratio"] for r in runs],
    }
