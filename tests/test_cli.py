"""The `accord` command as users' scripts call it: CONTRACT.md's commands, formats, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord import __version__
from accord.cli import main

from conftest import EXAMPLES, SEEDS

ACCORD = str(Path(sys.executable).with_name("accord"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([ACCORD, *args], input=stdin, capture_output=True, env=env, timeout=600)


def test_cli_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("command", ["report", "cluster"])
def test_cli_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"accord {command} " in result.output


def test_cli_cluster_json_exit_0(tmp_path):
    out = tmp_path / "stories.json"
    proc = run("cluster", str(SEEDS), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1
    ids = sorted(a["id"] for s in data["stories"] for a in s["articles"])
    assert ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert data["rejected"] == []


def test_cli_report_json_on_examples(tmp_path):
    out = tmp_path / "report.json"
    proc = run("report", str(EXAMPLES / "port-fire"), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1
    articles = {a["id"]: a for s in data["stories"] for a in s["articles"]}
    # one article per file: the id is the file name without its extension; JSONL keeps its id
    assert set(articles) == {
        "harbour-daily", "coastline-news", "the-bulletin", "northern-observer", "daily-digest-castellmar"
    }
    for story in data["stories"]:
        for key in ("facts", "summary", "exclusive", "discrepancies", "quotes", "entities",
                    "provenance", "timeline"):
            assert isinstance(story[key], list), key


def test_cli_some_inputs_rejected_exit_1(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Storm closes bridge\n\nA storm closed the harbour bridge on Monday, police said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    # `cluster` shares report's exit status and rejection lines and skips the models' start-up
    proc = run("cluster", str(good), str(empty), "--format", "json")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "empty.txt" in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1
    data = json.loads(proc.stdout)
    assert [r["source"] for r in data["rejected"]] == [str(empty)]
    assert [a["id"] for s in data["stories"] for a in s["articles"]] == ["good"]


def test_cli_nothing_usable_exit_2(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    proc = run("report", str(binary), "--format", "json")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "image.png" in err and "Traceback" not in err


def test_cli_missing_path_is_one_line_not_a_traceback(tmp_path):
    proc = run("cluster", str(tmp_path / "nope.txt"), "--format", "json")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "nope.txt" in err and "Traceback" not in err


def test_cli_wrong_usage_exit_2():
    assert run("report").returncode == 2  # no PATH
    assert run("report", str(SEEDS), "--format", "pdf").returncode == 2
    assert run("report", str(SEEDS), "--summary-words", "0").returncode == 2


def test_cli_stdin(tmp_path):
    line = json.dumps({"id": "s1", "title": "Bridge closed", "text": "A storm closed the harbour bridge on Monday, police said."})
    proc = run("cluster", "-", "--format", "json", stdin=(line + "\n").encode())
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert [a["id"] for s in data["stories"] for a in s["articles"]] == ["s1"]
