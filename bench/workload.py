"""The inputs every benchmark runs on, built the same way each time, and small shared helpers.

- The seeds (../shared/seeds, five outlets' copies of one event) and the ECB+ dev data
  (../shared/data/ecbplus-dev, 535 documents, 46 gold stories).
- Scaled collections of N articles for the throughput runs: the dev documents in file order,
  then *perturbed replicas* (see `scaled_records`) until N is reached.
- `TimedEncoder`: accord's own encoder, counting the seconds spent inside `encode`, so the
  per-stage table can say how much of each stage is the model.
- `bcubed`: BCubed precision/recall/F1 (Bagga and Baldwin 1998; Amigo et al. 2009).

Nothing here changes accord: articles are read with `accord.load` from JSON Lines written to a
temporary directory, exactly as a user's `accord report articles.jsonl` would read them.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data" / "ecbplus-dev" / "ecbplus_dev.jsonl"

# A sentence end, roughly: terminal punctuation (ECB+ sometimes detaches it with a space), then
# a space and a capital or an opening quote. Good enough to touch every sentence once.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?=\s+[\"“'‘(]?[A-Z])")


def seed_paths() -> list[str]:
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if not paths:
        raise SystemExit(f"bench: the seeds are missing: expected them in {SEEDS}")
    return paths


def dev_records() -> list[dict]:
    if not DEV.exists():
        raise SystemExit(f"bench: the dev data is missing: expected {DEV}")
    with DEV.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_stories(records: Iterable[dict]) -> dict[str, list[dict]]:
    """Records grouped by gold story (`cluster_label`), in file order."""
    out: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        out[r["cluster_label"]].append(r)
    return dict(out)


def largest_story(records: Sequence[dict]) -> tuple[str, list[dict]]:
    stories = gold_stories(records)
    label = max(stories, key=lambda k: (len(stories[k]), k))
    return label, stories[label]


def _perturb(text: str, rng: random.Random, every: int | None) -> str:
    """Drop words: every `every`-th word (from a random offset; never a sentence's first or last,
    so sentence ends stay), and at least one word from every sentence of four or more words;
    `every=None` drops only that one.

    Every sentence of the replica then differs from the original's, so the encoder's per-text
    cache cannot serve it for free. With `every=7`, a replica shares ~0.4 of its word 3-shingles
    with its original (as in bench/bench_cluster.py): a new article on the same story that goes
    through the full story decision, not the cheap near-duplicate path. With `every=None` it
    stays a near-copy (an edited syndicated copy), for the near-duplicate comparison.
    """
    offset = rng.randrange(every) if every else 0
    counter = 0
    pieces = []
    start = 0
    for m in list(_SENTENCE_END.finditer(text)) + [None]:
        end = m.end() if m else len(text)
        words = text[start:end].split(" ")
        drop = set()
        for i, w in enumerate(words):
            if w:
                counter += 1
                if every and 0 < i < len(words) - 1 and (counter + offset) % every == 0:
                    drop.add(i)
        candidates = [i for i, w in enumerate(words) if i > 0 and w.isalpha()]
        if len(words) >= 4 and candidates and not drop:
            drop.add(rng.choice(candidates))
        pieces.append(" ".join(w for i, w in enumerate(words) if i not in drop))
        start = end
    return "".join(pieces)


def scaled_records(records: Sequence[dict], n: int, *, near_copies: bool = False) -> list[dict]:
    """`n` articles: the dev records in order, then perturbed replicas `<doc_id>-r<k>`.

    Replicas drop every 7th word (new articles on the same story), or with `near_copies` one
    word per sentence (near-duplicates). A replica keeps its original's gold story, so larger
    collections have larger stories, not more of them: this is harder on within-story scaling
    than a live feed, where more articles mostly means more stories.
    """
    every = None if near_copies else 7
    out = []
    k = 0
    while len(out) < n:
        for r in records:
            if len(out) == n:
                break
            if k == 0:
                out.append(dict(r))
                continue
            rng = random.Random(f"{r['doc_id']}-r{k}")
            out.append(
                {
                    **r,
                    "doc_id": f"{r['doc_id']}-r{k}",
                    "title": _perturb(r["title"], rng, every),
                    "text": _perturb(r["text"], rng, every),
                }
            )
        k += 1
    return out


def document_text(record: dict) -> str:
    """The whole document: ECB+ keeps its first sentence apart as `title` (40 texts are empty)."""
    return f"{record['title']}\n\n{record['text']}".strip()


def write_jsonl(records: Iterable[dict], path: Path) -> Path:
    """The records as JSON Lines in the contract's article fields (`id`, `title`, `text`)."""
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["doc_id"], "title": r["title"], "text": document_text(r)}) + "\n")
    return path


def load_articles(paths: Sequence[str]):
    """`accord.load` on `paths`. Rejections (a dev document with no body once cleaned) are kept
    in `loaded.rejected`; callers score only the articles that were read."""
    import accord

    return accord.load(list(paths))


def warm_models(parse_process: bool = False) -> dict[str, float]:
    """Load the sentence encoder and spaCy once, and say how long each took (excluded from speed).
    With `parse_process`, spaCy is loaded in a parse process, as `accord report` runs it
    (accord.compare.nlp.start_helper, forked before the encoder loads), not in this process."""
    out = {}
    helper = False
    if parse_process:
        try:
            from accord.compare import nlp
        except ImportError:
            nlp = None
        helper = bool(nlp is not None and getattr(nlp, "start_helper", None) and nlp.start_helper())
    t0 = time.perf_counter()
    from accord.embed import Encoder, load_model

    load_model()
    Encoder().encode(["A first sentence warms the model up."])
    out["encoder"] = time.perf_counter() - t0
    try:
        from accord.compare.nlp import load_spacy
    except ImportError:
        return out
    t0 = time.perf_counter()
    if helper:  # a first parse returns once the parse process has loaded spaCy
        nlp.parse(["A first sentence warms the parser up."])
    else:
        load_spacy()
    out["spacy"] = time.perf_counter() - t0
    return out


def timed_encoder():
    """An `accord.embed.Encoder` that also sums the seconds spent in `encode`."""
    from accord.embed import Encoder

    class TimedEncoder(Encoder):
        seconds = 0.0

        def __bool__(self) -> bool:
            # Encoder defines __len__, so an empty one is falsy, and `encoder or Encoder()`
            # (pipeline.analyze) would silently swap this one for a fresh one.
            return True

        def encode(self, texts):
            t0 = time.perf_counter()
            try:
                return super().encode(texts)
            finally:
                self.seconds += time.perf_counter() - t0

    return TimedEncoder()


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """`accord.cluster.metrics.bcubed` as a dict: precision, recall and f1."""
    from accord.cluster.metrics import bcubed as score

    p, r, f = score(predicted, gold)
    return {"precision": p, "recall": r, "f1": f}


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")

