"""Check the ONNX encoder against torch fp32 (sentence-transformers), in fresh processes.

    python -m accord.embed.check              # each ONNX precision against the stored reference
    python -m accord.embed.check --torch      # ... and against torch itself, run in a fresh process
    python -m accord.embed.check --write      # store torch's vectors as the reference (needs torch)

The reference (reference.npz beside this file) holds torch fp32's vectors of SENTENCES, written
by `--write` with sentence-transformers 6.2.0 / torch 2.13.0 on the package's weights; so the
check runs where torch is not installed. Each precision is encoded in its own fresh process
(`ACCORD_ENCODER=onnx-<precision>`), so nothing cached in this one can stand in for it. Prints
one line per precision, the lowest and mean cosine to the reference, and exits 1 when fp32's
lowest cosine is under FP32_MIN or int8's under INT8_MIN.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

REFERENCE = Path(__file__).with_name("reference.npz")
FP32_MIN = 0.9999  # measured 0.99999 and above: float32 rounding, nothing more
INT8_MIN = 0.97  # dynamic quantisation moves a cosine by up to ~0.02 on news sentences

# Written for this check: short and long, numbers, names, quotes, accents, a line past the
# encoder's 256-token limit (truncation must match), and an empty text.
SENTENCES = [
    "The harbour authority said the fire on the container ship was put out before dawn.",
    "Firefighters spent six hours on the blaze, which began in a refrigerated unit.",
    "\"We had no warning,\" a dock worker told reporters on Tuesday.",
    "Shares in the shipping group fell 4.2% in early trading in Copenhagen.",
    "Nobody was hurt.",
    "Le maire de Nantes a annoncé une enquête sur l'incendie du quai 7.",
    "The ministry put the damage at between $12m and $15m, a figure the insurer disputed.",
    "Police arrested a 34-year-old man in connection with the theft of copper cable.",
    "Zoë Nørgaard, the port's chief engineer, said the crane would be back in service by June.",
    "Heavy rain is forecast for the north-west over the weekend.",
    " ".join(["The committee met again to discuss the budget and the delays on the new line"] * 25),
    "",
]


def encode_in_fresh_process(backend: str) -> np.ndarray:
    """SENTENCES encoded by `backend` (ACCORD_ENCODER) in a new Python process."""
    code = ("import json, sys; from accord.embed import Encoder; "
            "v = Encoder().encode(json.load(sys.stdin)); json.dump(v.tolist(), sys.stdout)")
    env = {**os.environ, "ACCORD_ENCODER": backend}
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(SENTENCES), env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"check: {backend} failed: {done.stderr.strip().splitlines()[-1:]}")
    return np.asarray(json.loads(done.stdout), dtype=np.float32)


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the ONNX encoder against torch fp32.")
    parser.add_argument("--write", action="store_true", help="store torch's vectors as the reference")
    parser.add_argument("--torch", action="store_true", help="also compare with torch, run now")
    args = parser.parse_args(argv)
    if args.write:
        np.savez_compressed(REFERENCE, vectors=encode_in_fresh_process("torch"),
                            sentences=np.array(SENTENCES))
        print(f"wrote {REFERENCE}")
        return 0
    stored = np.load(REFERENCE)
    if list(stored["sentences"]) != SENTENCES:
        raise SystemExit(f"check: {REFERENCE} was written for other sentences; run --write")
    references = {"stored torch fp32": stored["vectors"]}
    if args.torch:
        references["torch fp32, fresh process"] = encode_in_fresh_process("torch")
    failed = False
    for precision, floor in (("fp32", FP32_MIN), ("int8", INT8_MIN)):
        vectors = encode_in_fresh_process(f"onnx-{precision}")
        for name, ref in references.items():
            c = cosines(vectors, ref)
            ok = c.min() >= floor
            failed |= not ok
            print(f"onnx-{precision} vs {name}: lowest cosine {c.min():.6f}, mean {c.mean():.6f} "
                  f"(floor {floor}) {'ok' if ok else 'FAILED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
