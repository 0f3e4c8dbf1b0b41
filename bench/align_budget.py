"""How many sentences align encodes per story at each `ALIGN_ENCODE_PER_ARTICLE` (issue 18).

    .venv/bin/python bench/align_budget.py --articles 500 --budgets 6 5 4 3 2

A count, not a timing, so a loaded machine does not blur it: on N scaled dev articles
(workload.scaled_records, as report_cli.py runs them), each story is grouped, settled,
segmented and put through provenance as `report` does it (provenance's encodings are real:
align treats what the story already asked for as free), then align's `_to_encode` is asked
which sentences it would encode under each budget. Align's own sentences are never encoded
here, so one run prices every budget; each encoding costs ~14 ms of CPU (bench/RESULTS.md,
speed14). What a smaller budget does to the output is for eval/ to say (speed15: it lost a
true ECB+ flag at 5, 4 and 3).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import workload  # noqa: E402


def count(n: int, budgets: list[int]) -> dict[int, int]:
    from accord import settings
    from accord.align import facts as F
    from accord.embed import Encoder
    from accord.pipeline import _settled, group
    from accord.provenance import detect_provenance
    from accord.segment import segment

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scaled.jsonl"
        workload.write_jsonl(workload.scaled_records(workload.dev_records(), n), path)
        articles = list(workload.load_articles([str(path)]).articles)
    by_id = {a.id: a for a in articles}
    encoder, kept = Encoder(), settings.ALIGN_ENCODE_PER_ARTICLE
    picks = {b: 0 for b in budgets}
    try:
        for story in group(articles, one_story=False):
            story, members = _settled(story, [by_id[i] for i in story.articles])
            seen = encoder.for_story()
            sentences = {a.id: segment(a) for a in members}
            detect_provenance(members, sentences, seen)
            units = [s for a in members for s in sentences.get(a.id, ()) if F._is_statement(s)]
            if len({s.article for s in units}) < 2:
                continue
            names = F.proper_words([s.text for s in units])
            lex = F._lexical_matrix([F.signals(s.text, names) for s in units])
            art = np.array([s.article for s in units])
            grey = (art[:, None] != art[None, :]) & (lex >= settings.ALIGN_LEXICAL_CANDIDATE) \
                & (lex < settings.ALIGN_LEXICAL_SURE)
            if not grey.any():
                continue
            for b in budgets:
                settings.ALIGN_ENCODE_PER_ARTICLE = b
                picks[b] += len(F._to_encode(units, lex, grey, seen))
    finally:
        settings.ALIGN_ENCODE_PER_ARTICLE = kept
    return picks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--budgets", type=int, nargs="+", default=[6, 5, 4, 3, 2])
    args = parser.parse_args()
    for b, n in count(args.articles, args.budgets).items():
        print(f"ALIGN_ENCODE_PER_ARTICLE={b}: align encodes {n:,} sentences on {args.articles:,} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
