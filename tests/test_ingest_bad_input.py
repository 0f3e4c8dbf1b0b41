"""Bad input is read sensibly or rejected with its stage and a clear reason; the batch goes on.

Every case is a real file written into tmp_path, read in one batch with a good article after
it, so each test also shows that a bad input never ends the batch or raises.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import accord
from accord import settings
from accord.ingest import read_inputs
from accord.types import RawArticle, Rejection

GOOD = (
    "The ferry service to the outer islands will resume on Monday after a two-week suspension, "
    "the operator said on Friday.\n\nEngineers replaced a damaged propeller shaft on the larger of its two vessels."
)


@pytest.fixture
def good(tmp_path) -> Path:
    p = tmp_path / "zz_good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def batch(*paths):
    """Items of a batch; the last path is always the good article, which must come through."""
    out = list(read_inputs([str(p) for p in paths]))
    assert isinstance(out[-1], RawArticle) and out[-1].id == "zz_good", out
    return out[:-1]


def only_rejection(items, stage="ingest") -> Rejection:
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    assert items[0].stage == stage
    return items[0]


def test_ingest_empty_file_rejected(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    assert "empty" in only_rejection(batch(empty, good)).reason
    assert "whitespace" in only_rejection(batch(blank, good)).reason


def test_ingest_binary_file_rejected(tmp_path, good):
    img = tmp_path / "photo.txt"
    img.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    gz = tmp_path / "data.json.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00" + os.urandom(200))
    assert "binary" in only_rejection(batch(img, good)).reason
    assert "binary" in only_rejection(batch(gz, good)).reason


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_ingest_legacy_encodings_decoded(tmp_path, good, encoding):
    text = "Café owners in Zürich said the “new rules” would cost them 5,000 francs – or more."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("–", "-")
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))
    [raw] = batch(p, good)
    assert raw.body == text


def test_ingest_undecodable_bytes_read_not_rejected(tmp_path, good):
    # Stray bytes that are no UTF-8 inside otherwise plain English text.
    p = tmp_path / "mixed.txt"
    p.write_bytes(GOOD.encode() + b"\n\nThe fare is \x81\x8d 12 euros.")
    [raw] = batch(p, good)
    assert raw.body.startswith("The ferry service") and "12 euros" in raw.body


def test_ingest_utf16_with_bom_decoded(tmp_path, good):
    p = tmp_path / "wide.txt"
    p.write_bytes(GOOD.encode("utf-16"))
    [raw] = batch(p, good)
    assert raw.body == GOOD


def test_ingest_truncated_html_keeps_what_is_there(tmp_path, good):
    p = tmp_path / "cut.html"
    p.write_text(
        "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
        "<p>The ferry service to the outer islands will resume on Monday, the operator said.</p>"
        "<p>Engineers replaced a damaged propeller shaft on the larger ves",
        encoding="utf-8",
    )
    [raw] = batch(p, good)
    from accord.clean import clean_article

    art = clean_article(raw)
    assert "will resume on Monday" in art.text


def test_ingest_broken_json_lines_keep_good_lines(tmp_path, good):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "First good record about the ferry."}) + "\n"
        + '{"id": "b", "text": "cut off\n'
        + "\n"
        + json.dumps({"id": "c", "title": "no text here"}) + "\n"
        + "[1, 2]\n"
        + json.dumps({"id": "d", "body": "Second good record about the ferry."}) + "\n",
        encoding="utf-8",
    )
    got = batch(p, good)
    assert [g.id for g in got if isinstance(g, RawArticle)] == ["a", "d"]
    rejected = {r.source: r.reason for r in got if isinstance(r, Rejection)}
    assert set(rejected) == {f"{p}#line 2", f"{p}#line 4", f"{p}#line 5"}
    assert "not valid JSON" in rejected[f"{p}#line 2"]
    assert "no text" in rejected[f"{p}#line 4"]
    assert "expected a JSON object" in rejected[f"{p}#line 5"]


def test_ingest_broken_json_document_rejected(tmp_path, good):
    p = tmp_path / "broken.json"
    p.write_text('{"title": "x", "text": "unterminated', encoding="utf-8")
    assert "not valid JSON" in only_rejection(batch(p, good)).reason


def test_ingest_20mb_text_file_rejected_with_limit(tmp_path, good):
    p = tmp_path / "dump.txt"
    line = ("The committee met again today and discussed the harbour budget at some length. " * 12 + "\n")
    with p.open("w", encoding="utf-8") as fh:
        for _ in range(20_000_000 // len(line) + 1):
            fh.write(line)
    assert p.stat().st_size > 20_000_000
    reason = only_rejection(batch(p, good)).reason
    assert "MB limit for one article" in reason and "INGEST_MAX_ARTICLE_BYTES" in reason
    assert settings.INGEST_MAX_ARTICLE_BYTES < p.stat().st_size


def test_ingest_json_over_container_cap_names_that_cap(tmp_path, good, monkeypatch):
    monkeypatch.setattr(settings, "INGEST_MAX_CONTAINER_BYTES", 1_000)
    p = tmp_path / "many.json"
    p.write_text(json.dumps([{"text": GOOD}] * 10), encoding="utf-8")
    reason = only_rejection(batch(p, good)).reason
    assert "limit for a json file read whole" in reason and "INGEST_MAX_CONTAINER_BYTES" in reason
    assert "INGEST_MAX_ARTICLE_BYTES" not in reason


def test_ingest_missing_path_rejected(tmp_path, good):
    missing = tmp_path / "nope" / "missing.txt"
    assert "no such file" in only_rejection(batch(missing, good)).reason


def test_ingest_dangling_symlink_rejected(tmp_path, good):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert "no such file" in only_rejection(batch(link, good)).reason


def test_ingest_unreadable_file_rejected(tmp_path, good):
    # A path that cannot be read: /proc/self/mem opens but fails with EIO at offset 0, even for
    # root (chmod 000 does not stop root); where there is no /proc, a file of mode 000 does it
    # for any other user
    unreadable = Path("/proc/self/mem")
    if not unreadable.exists():
        unreadable = tmp_path / "locked.txt"
        unreadable.write_text("The harbour reopened on Monday after the storm.")
        unreadable.chmod(0)
    reason = only_rejection(batch(unreadable, good)).reason
    assert reason.startswith("cannot")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_ingest_permission_denied_rejected(tmp_path, good):
    p = tmp_path / "locked.txt"
    p.write_text(GOOD)
    p.chmod(0)
    assert "cannot open" in only_rejection(batch(p, good)).reason


def test_ingest_no_body_left_is_a_clean_rejection(tmp_path, good):
    p = tmp_path / "furniture.txt"
    p.write_text("Home > News > Local\nShare\nComments\nSign up for our newsletter\n© 2024 Example Media\n")
    loaded = accord.load([str(p), str(good)])
    assert [a.id for a in loaded.articles] == ["zz_good"]
    [rej] = loaded.rejected
    assert rej.stage == "clean" and "no body text" in rej.reason and rej.source == str(p)


def test_ingest_cli_reports_rejections_and_exit_status(tmp_path, good):
    from click.testing import CliRunner

    from accord.cli import main

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["cluster", str(empty), str(good), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert f"{empty}: empty file (rejected at ingest)" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    nothing = CliRunner().invoke(main, ["cluster", str(empty), "--format", "json"])
    assert nothing.exit_code == 2
