"""The ONNX encoder's cost per text by batch size, on one thread (as in accord.workers).

    .venv/bin/python bench/encoder_batch.py [--texts 400]

Dev sentences (ECB+ dev documents cut at sentence ends), distinct, longest first as
`Encoder.encode` orders them; each batch size twice. Prints milliseconds of CPU per text; the
smallest picks `_OnnxModel.batch_size` (accord.embed.encoder).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("ACCORD_ENCODER_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import workload  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400)
    args = parser.parse_args()
    from accord.embed.encoder import load_model

    texts: list[str] = []
    for record in workload.dev_records():
        texts += [s.strip() for s in re.split(r"(?<=[.!?])\s+", workload.document_text(record)) if len(s.strip()) > 20]
        if len(set(texts)) >= args.texts:
            break
    texts = sorted(list(dict.fromkeys(texts))[: args.texts], key=len, reverse=True)
    model = load_model()
    model.encode(texts[:8], 8)  # warm
    print(f"{len(texts)} texts, {sum(map(len, texts)) / len(texts):.0f} characters on average, model {model.name}")
    for size in (1, 4, 8, 16, 32, 64):
        runs = []
        for _ in range(2):
            t0 = time.process_time()
            model.encode(texts, size)
            runs.append((time.process_time() - t0) / len(texts) * 1000)
        print(f"batch {size:3d}: {min(runs):5.1f} ms of CPU per text (runs: {', '.join(f'{r:.1f}' for r in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
