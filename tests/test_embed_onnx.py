"""The ONNX encoder (issue 18): the same vectors as torch fp32, an export that is reproducible and
made again when damaged, and `accord report` without torch on its run-time path."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from accord.embed import graph, onnx_model
from accord.embed.check import SENTENCES, cosines
from accord.embed.encoder import model_path

ROOT = Path(__file__).resolve().parent.parent


def test_embed_onnx_matches_torch_reference_in_fresh_processes():
    # each precision is encoded in its own new process and compared with torch fp32's vectors
    done = subprocess.run([sys.executable, "-m", "accord.embed.check"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("onnx-fp32 vs stored torch fp32") and "ok" in line for line in lines)
    assert any(line.startswith("onnx-int8 vs stored torch fp32") and "ok" in line for line in lines)


def test_embed_encoder_gives_unit_vectors_in_order_and_caches(tmp_path):
    from accord.embed import Encoder

    enc = Encoder(batch_size=3)
    texts = SENTENCES[:7] + [SENTENCES[0]]
    vectors = enc.encode(texts)
    assert vectors.shape == (8, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[7])
    assert enc.encoded == 7  # the repeated text went through the model once
    reference = np.load(Path(graph.__file__).with_name("reference.npz"))["vectors"][:7]
    assert cosines(vectors[:7], reference).min() > 0.9999  # batches of 3 change nothing
    assert enc.encode([]).shape == (0, 384)


def test_embed_export_is_reproducible():
    folder = Path(model_path())
    first = graph.build(folder).SerializeToString()
    second = graph.build(folder).SerializeToString()
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(second).hexdigest()


@pytest.mark.parametrize("damaged", ["graph", "weights"])
def test_embed_damaged_cached_export_is_made_again(tmp_path, monkeypatch, capsys, damaged):
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    folder = Path(model_path())
    path = onnx_model.ensure(folder, "fp32")
    assert isinstance(path, Path) and path.parent == tmp_path
    assert "making the ONNX sentence encoder" in capsys.readouterr().err
    target = path if damaged == "graph" else onnx_model.weights_file(path)
    good = target.read_bytes()
    assert onnx_model.ensure(folder, "fp32") == path  # verified, not made again
    assert capsys.readouterr().err == ""
    with open(target, "r+b") as fh:  # a flipped byte, as a failing disk would leave it
        fh.seek(len(good) // 2)
        fh.write(bytes([good[len(good) // 2] ^ 0xFF]))
    os.utime(target, ns=(1, 1))
    assert onnx_model.ensure(folder, "fp32") == path
    assert "making the ONNX sentence encoder" in capsys.readouterr().err
    assert target.read_bytes() == good


def test_embed_cached_export_keeps_its_weights_apart_and_aligned(tmp_path, monkeypatch):
    # issue 18: ONNX Runtime maps tensors kept in an external file at aligned offsets instead
    # of copying them out of the model (0.25 -> 0.065 s of CPU to open a session); the session
    # on the two files gives the bits of the self-contained model
    import onnx

    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    folder = Path(model_path())
    path = onnx_model.ensure(folder, "fp32", announce=False)
    graph = onnx.load(str(path), load_external_data=False)
    external = [t for t in graph.graph.initializer if t.data_location == onnx.TensorProto.EXTERNAL]
    assert len(external) > 30 and path.stat().st_size < 100_000
    offsets = [int(e.value) for t in external for e in t.external_data if e.key == "offset"]
    assert len(offsets) == len(external) and all(o % (1 << 16) == 0 for o in offsets)
    whole = onnx_model.export(folder, "fp32")
    split_session, whole_session = onnx_model.session(path, 1), onnx_model.session(whole, 1)
    tok = onnx_model.tokenizer(folder)
    for text in SENTENCES[:4]:
        e = tok.encode(text)
        feed = {"input_ids": np.array([e.ids], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask], dtype=np.int64)}
        assert np.array_equal(split_session.run(None, feed)[0], whole_session.run(None, feed)[0])


def test_embed_unwritable_cache_builds_in_memory(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(blocker / "accord"))
    made = onnx_model.ensure(Path(model_path()), "fp32")
    assert isinstance(made, bytes) and len(made) > 80_000_000
    assert "cannot write" in capsys.readouterr().err
    session = onnx_model.session(made, 1)
    assert [o.name for o in session.get_outputs()] == ["embeddings"]


def test_embed_unknown_backend_or_precision_is_named():
    from accord.errors import AccordError

    env = {**os.environ, "ACCORD_ENCODER": "gpu"}
    done = subprocess.run([sys.executable, "-c", "from accord.embed import Encoder; Encoder().encode(['x'])"],
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "ACCORD_ENCODER='gpu'" in done.stderr
    with pytest.raises(ValueError, match="precision must be one of fp32, int8, got 'fp16'"):
        onnx_model.model_file(Path(model_path()), "fp16")
    assert issubclass(AccordError, Exception)


def test_embed_report_runs_without_torch_or_sentence_transformers(seed_paths, tmp_path):
    # the CLI in a fresh process: which modules did `accord report` load?
    code = ("import sys, json; from accord.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
            "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules)\n"
            "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)")
    out = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-c", code, "report", *map(str, seed_paths),
                           "--format", "json", "-o", str(out)], capture_output=True, text=True,
                          check=False, env={k: v for k, v in os.environ.items() if k != "ACCORD_ENCODER"})
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result == {"code": 0, "heavy": []}, done.stderr
    assert json.loads(out.read_text())["stories"]


def test_embed_vector_independent_of_other_texts_and_threads():
    # a text's vector is a function of the text alone: encoded alone, among longer and shorter
    # texts, after others on a warm encoder, and in a process running one text at a time, its
    # bits are the same (batched, the neighbours' shapes moved them by ~2e-8, which flipped a
    # near tie in one summary of 1,000 dev articles between two runs of `report`)
    from accord.embed import Encoder

    text = "The ferry's owner said the vessel had passed its last safety inspection in March."
    longer = ("Rescuers worked through the night in heavy rain, pulling survivors from the water "
              "and ferrying the injured to two hospitals on the mainland, officials said on Sunday.")
    alone = Encoder().encode([text])[0]
    warm = Encoder()
    warm.encode([longer, "Nine were rescued."])
    among = warm.encode([longer + " Later reports differed.", text, "Four died."])[1]
    assert np.array_equal(alone, among)
    code = ("import json, sys; from accord.embed import Encoder; "
            "json.dump(Encoder().encode([sys.argv[1]])[0].tolist(), sys.stdout)")
    done = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True,
                          env={**os.environ, "ACCORD_ENCODER_THREADS": "1"})
    assert np.array_equal(np.asarray(json.loads(done.stdout), dtype=np.float32), alone)
