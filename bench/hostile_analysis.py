"""The analysis stages on long hostile tokens: is each stage linear in its input?

    .venv/bin/python bench/hostile_analysis.py [--sizes 20000 80000] [--shapes spaces dotted ...] [--where fields]

fuzz/regexes.py times every module-level pattern alone on 20,000-40,000-character strings and
flags some compare/ patterns (issue 20). Most of them only ever see one sentence, and segment
cuts sentences at SEGMENT_MAX_SENTENCE_CHARS, so a pattern that is quadratic on a whole token
may be harmless in place. This measures what matters: three articles of ordinary news
sentences, one of them holding a token of one adversarial shape (fuzz.regexes.adversarial), go
through `load` (ingest, clean) and `analyze` (every stage, the real encoder), at two token
lengths. Linear work grows about as the length (4x for 20k -> 80k); load or analyze growing
over BAD_RATIO times in CPU seconds (and by over SLACK_S) is printed BAD and the exit status is
1. The steepest stage is shown in wall seconds (~), which on a loaded machine are mostly waiting.

A timing, so it lives here and not in the test suite (shared machines make it noisy).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

from regexes import adversarial  # noqa: E402

BAD_RATIO = 8.0  # 4x is linear for 20k -> 80k; 16x quadratic
SLACK_S = 1.0  # timer noise on a shared machine
NEWS = [
    "The harbour authority said on Tuesday that the fire at the port was put out after six hours.",
    "At least 12 people were injured, according to the county council, and 3,400 were evacuated.",
    "\"We will rebuild,\" the mayor, Ana Ruiz, told reporters on Monday in the town hall.",
    "Police arrested a 34-year-old man in connection with the fire, the regional police said.",
    "The port's operator said its shares fell 4.5% in early trading after the blaze.",
]


def timed_run(shape: str, size: int, encoder, where: str = "body") -> dict[str, float]:
    """Stage seconds of load + analyze on three articles, the second holding a `size` token in
    its body (`where` "body") or as its title, outlet and byline (`where` "fields", a JSON record)."""
    from accord.pipeline import analyze, load

    token = adversarial(size)[shape]
    with tempfile.TemporaryDirectory(prefix="accord-hostile-") as tmp:
        for n in range(3):
            body = list(NEWS)
            if n == 1 and where == "body":
                body.insert(2, "Witnesses said " + token + " before the roof fell.")
            text = f"Port fire report {n}\n\n" + "\n\n".join(body)
            if n == 1 and where == "fields":
                record = {"id": "a1", "text": text, "title": token, "outlet": token, "author": token}
                Path(tmp, "a1.json").write_text(json.dumps(record), encoding="utf-8")
            else:
                Path(tmp, f"a{n}.txt").write_text(text, encoding="utf-8")
        t0 = time.process_time()
        loaded = load([tmp])
        seconds = {"load": time.process_time() - t0}
        t0 = time.process_time()
        report = analyze(loaded.articles, one_story=True, encoder=encoder)
        seconds["analyze"] = time.process_time() - t0
        seconds.update({f"~{k}": v for k, v in report.timings.items() if k not in seconds})
        seconds["_articles"] = len(loaded.articles)
        seconds["_chars"] = max((len(a.text) + len(a.title or "") + len(a.outlet or "") + len(a.byline or ""))
                                for a in loaded.articles)  # did the token stay?
    return seconds


def main() -> int:
    from accord.embed import Encoder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(20_000, 80_000))
    parser.add_argument("--shapes", nargs="*", default=sorted(adversarial(10)))
    parser.add_argument("--where", choices=("body", "fields"), default="body")
    args = parser.parse_args()
    encoder = Encoder()
    timed_run("word", 100, encoder)  # warm the encoder and spaCy
    small, large = args.sizes
    bad = 0
    for shape in args.shapes:
        a, b = timed_run(shape, small, encoder, args.where), timed_run(shape, large, encoder, args.where)
        worst = max((k for k in b if k.startswith("~")), key=lambda k: b[k] / max(a.get(k, 0), 0.05))
        flags = []
        for stage in ("load", "analyze"):
            s, l_ = a.get(stage, 0.0), b[stage]
            if l_ > BAD_RATIO * s + SLACK_S:
                flags.append(f"{stage} {s:.2f}->{l_:.2f}")
        bad += bool(flags)
        print(f"{'BAD' if flags else 'ok '} {args.where} {shape!r:12} longest text {a['_chars']:,}/{b['_chars']:,}  "
              f"load {a['load']:.2f}->{b['load']:.2f} s  analyze {a['analyze']:.2f}->{b['analyze']:.2f} s  "
              f"steepest {worst} {a.get(worst, 0):.2f}->{b[worst]:.2f}" + (f"  [{'; '.join(flags)}]" if flags else ""),
              flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
