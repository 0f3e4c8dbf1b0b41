"""Every JSON accord writes validates against src/accord/report/schema.json (draft 2020-12):
the seeds' report, a report with rejections, `accord cluster` output, and hand-built reports
that fill every section. Mention spans, which a schema cannot express, are checked too."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from test_report_sample import hostile_report, sample_report

import accord
from accord.cli import main
from accord.report.json_format import report_dict

SCHEMA = json.loads((Path(accord.__file__).parent / "report" / "schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA)


def assert_valid(validator, data: dict) -> None:
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message[:200]}" for e in errors[:5])


def assert_spans_resolve(data: dict) -> None:
    """mention.text == articles[article].text[start:end], and cited ids belong to the story."""
    for story in data["stories"]:
        texts = {a["id"]: a["text"] for a in story["articles"]}
        mentions = [m for f in story["facts"] for m in f["mentions"]]
        mentions += [m for d in story["discrepancies"] for c in d["claims"] for m in c["mentions"]]
        mentions += [m for q in story["quotes"] for m in q["mentions"]]
        mentions += [m for q in story["quotes"] for v in q["variants"] for m in v["mentions"]]
        mentions += [m for t in story["timeline"] for m in t["mentions"] if "start" in m]
        for m in mentions:
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"], m
        cited = {a for f in story["facts"] for a in f["articles"]}
        cited |= {a for s in story["summary"] for a in s["articles"]}
        cited |= {x for p in story["provenance"] for x in (p["source"], p["derived"])}
        assert cited <= set(texts)


def test_report_schema_seeds_report_validates(validator, seed_report):
    data = json.loads(accord.render(seed_report, "json"))
    assert_valid(validator, data)
    assert_spans_resolve(data)


@pytest.mark.parametrize("build", [sample_report, hostile_report], ids=["sample", "hostile"])
def test_report_schema_every_section_validates(validator, build):
    data = report_dict(build())
    assert all(data["stories"][0][k] for k in ("facts", "summary", "discrepancies", "quotes", "provenance"))
    assert_valid(validator, data)
    assert_spans_resolve(data)


def test_report_schema_report_with_rejections_validates(validator, seed_paths, encoder, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    loaded = accord.load([str(seed_paths[0]), str(tmp_path / "empty.txt"), str(tmp_path / "binary.bin")])
    assert loaded.articles and len(loaded.rejected) >= 1
    report = accord.analyze(loaded.articles, one_story=True, rejected=loaded.rejected, encoder=encoder)
    data = json.loads(accord.render(report, "json"))
    assert data["rejected"]
    assert_valid(validator, data)


def test_report_schema_cluster_output_validates(validator, seed_paths, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "clusters.json"
    result = CliRunner().invoke(main, ["cluster", *map(str, seed_paths), str(tmp_path / "empty.txt"),
                                       "--format", "json", "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["stories"] and data["rejected"]
    assert_valid(validator, data)


def test_report_schema_rejects_what_breaks_the_contract(validator):
    good = report_dict(sample_report())
    bad_kind = json.loads(json.dumps(good))
    bad_kind["stories"][0]["discrepancies"][0]["kind"] = "vibes"
    no_text = json.loads(json.dumps(good))
    del no_text["stories"][0]["articles"][0]["text"]
    bad_date = json.loads(json.dumps(good))
    bad_date["stories"][0]["articles"][0]["published"] = "5 March 2024"
    renamed = json.loads(json.dumps(good))
    renamed["stories"][0]["provenence"] = renamed["stories"][0].pop("provenance")
    for doc in (bad_kind, no_text, bad_date, renamed, {**good, "schema_version": 2}):
        assert not validator.is_valid(doc)
