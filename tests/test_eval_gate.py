"""eval/gate.py: passes on honest figures, fails on a degraded build, a missing figure or a crash.

The gate runs as CI runs it, in a subprocess (`python eval/gate.py ...`), pointed at eval
scripts and floors written to a temp dir. The degraded build is real: the same eval script run
with a clustering threshold overridden to an absurd value through `--set`.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GATE = ROOT / "eval" / "gate.py"


def _gate(tmp_path: Path, evals: dict[str, str], floors: str, *args: str) -> subprocess.CompletedProcess:
    directory = tmp_path / "evals"
    directory.mkdir(exist_ok=True)
    for name, source in evals.items():
        (directory / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    floors_path = tmp_path / "floors.toml"
    floors_path.write_text(textwrap.dedent(floors), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(GATE), "--evals", str(directory), "--floors", str(floors_path), *args],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )


# An eval script over the real clustering stage: two stories of three articles each, written for
# this test, scored with BCubed F1 (each article's story shared with its true story-mates).
CLUSTER_EVAL = '''
    import accord
    from accord.types import Article

    STORIES = {
        "bridge": [
            "Bridge collapse in Marlow Falls. The old Kestrel Bridge over the Tamsin River in Marlow Falls collapsed on Tuesday morning, sending two lorries into the water. Mayor Ilse Brandvold said rescue divers pulled four people from the river.",
            "Kestrel Bridge falls into the Tamsin. Divers rescued four people after the Kestrel Bridge in Marlow Falls gave way, Mayor Ilse Brandvold told reporters. Two lorries were on the span when the Marlow Falls bridge collapsed into the Tamsin River.",
            "Marlow Falls mayor orders inquiry into bridge collapse. Ilse Brandvold, mayor of Marlow Falls, ordered an inquiry into why the Kestrel Bridge collapsed. Four people were rescued from the Tamsin River, and the two lorries are still in the water.",
        ],
        "chess": [
            "Okonkwo-Varga wins Halden chess open. Grandmaster Teodora Okonkwo-Varga won the Halden Open chess tournament on Sunday with a final-round victory over Piet Lindqvist, finishing on eight points from nine games.",
            "Teodora Okonkwo-Varga takes Halden title. The Halden Open ended with Okonkwo-Varga beating Piet Lindqvist in the last round. The grandmaster scored eight points from nine games to win the chess tournament.",
            "Lindqvist loses Halden decider. Piet Lindqvist lost the final game of the Halden Open chess tournament to grandmaster Teodora Okonkwo-Varga, who finished with eight points out of nine.",
        ],
    }


    def figures():
        articles, gold = [], {}
        for story, texts in STORIES.items():
            for n, text in enumerate(texts):
                title, _, body = text.partition(". ")
                article = Article(id=f"{story}-{n}", source=f"{story}-{n}", text=body, title=title)
                articles.append(article)
                gold[article.id] = story
        found = {a: s.id for s in accord.group(articles) for a in s.articles}
        precision = recall = 0.0
        for a in gold:
            same_found = {b for b in gold if found[b] == found[a]}
            same_gold = {b for b in gold if gold[b] == gold[a]}
            precision += len(same_found & same_gold) / len(same_found)
            recall += len(same_found & same_gold) / len(same_gold)
        precision, recall = precision / len(gold), recall / len(gold)
        return {"bcubed_f1": 2 * precision * recall / (precision + recall)}
'''
CLUSTER_FLOORS = """
    [toycluster.bcubed_f1]
    floor = 0.9
    set = "2026-11-22"
    from = 1.0
"""


def test_eval_gate_passes_honest_clustering_and_fails_degraded_build(tmp_path):
    honest = _gate(tmp_path, {"toycluster": CLUSTER_EVAL}, CLUSTER_FLOORS)
    assert honest.returncode == 0, honest.stdout + honest.stderr
    assert "gate: passed" in honest.stdout
    # every article its own story: a threshold only a verbatim copy reaches
    degraded = _gate(tmp_path, {"toycluster": CLUSTER_EVAL}, CLUSTER_FLOORS,
                     "--set", "CLUSTER_THRESHOLD=0.99")
    assert degraded.returncode == 1, degraded.stdout + degraded.stderr
    assert "BELOW FLOOR" in degraded.stdout
    assert "CLUSTER_THRESHOLD=0.99" in degraded.stdout


FLOOR_08 = """
    [toy.f1]
    floor = 0.8
    set = "2026-11-22"
    from = 0.85
"""


@pytest.mark.parametrize(
    ("source", "status", "shown"),
    [
        ("def figures():\n    return {'f1': 0.84, 'extra': 0.1}\n", 0, "gate: passed"),
        ("def figures():\n    return {'f1': 0.61}\n", 1, "BELOW FLOOR"),
        ("def figures():\n    return {'recall': 0.99}\n", 1, "MISSING"),
        ("def figures():\n    raise RuntimeError('gold file unreadable')\n", 1, "gold file unreadable"),
        ("def figures():\n    return {'f1': float('nan')}\n", 1, "not a number"),
        ("import no_such_module_here\n", 1, "ModuleNotFoundError"),
    ],
    ids=["honest", "below-floor", "missing-figure", "crash", "nan", "import-error"],
)
def test_eval_gate_verdicts(tmp_path, source, status, shown):
    done = _gate(tmp_path, {"toy": source}, FLOOR_08)
    assert done.returncode == status, done.stdout + done.stderr
    assert shown in done.stdout


def test_eval_gate_fails_when_floored_script_is_gone(tmp_path):
    done = _gate(tmp_path, {"other": "def figures():\n    return {'x': 1.0}\n"}, FLOOR_08)
    assert done.returncode == 1
    assert "toy.f1" in done.stdout and "MISSING" in done.stdout


@pytest.mark.parametrize(
    ("floors", "message"),
    [
        ('[toy.f1]\nfloor = 0.8\nfrom = 0.85\n', "needs exactly floor, set and from"),
        ('[toy.f1]\nfloor = 0.9\nset = "2026-11-22"\nfrom = 0.85\n', "above the figure"),
        ('[toy.f1]\nfloor = 0.8\nset = "last week"\nfrom = 0.85\n', "YYYY-MM-DD"),
        ("", "pins no floor"),
    ],
    ids=["no-date", "floor-above-figure", "bad-date", "empty"],
)
def test_eval_gate_rejects_malformed_floors(tmp_path, floors, message):
    done = _gate(tmp_path, {"toy": "def figures():\n    return {'f1': 0.9}\n"}, floors)
    assert done.returncode == 2
    assert message in done.stderr


def test_eval_gate_committed_floors_are_well_formed_and_name_real_scripts():
    sys.path.insert(0, str(GATE.parent))
    try:
        from gate import FLOORS, load_floors
    finally:
        sys.path.pop(0)
    floors = load_floors(FLOORS)
    scripts = {p.stem for p in GATE.parent.glob("*.py")}
    assert {script for script, _ in floors} <= scripts, "a floor names an eval script that does not exist"
    assert tomllib.loads(FLOORS.read_text(encoding="utf-8"))
