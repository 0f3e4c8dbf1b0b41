"""spaCy loaded in a background thread while the first story is encoded (issue 18): the same
parse as a plain load, and a later run in worker processes waits for it before forking."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_compare_nlp_preload_gives_the_same_parse_as_a_plain_load():
    code = textwrap.dedent("""
        import sys
        from accord.compare import nlp
        if sys.argv[1] == "preload":
            nlp.preload()
            assert nlp._PRELOAD is not None
        doc = nlp.parse(["The harbour master, Ines Aldo, said two cranes collapsed in Rotterdam."])[0]
        nlp.settle()
        print([(e.text, e.label_) for e in doc.ents], [(t.text, t.dep_, t.head.i) for t in doc])
    """)
    runs = [subprocess.run([sys.executable, "-c", code, how], capture_output=True, text=True, timeout=300)
            for how in ("preload", "plain")]
    assert all(r.returncode == 0 for r in runs), [r.stderr[-2000:] for r in runs]
    assert runs[0].stdout == runs[1].stdout and "Rotterdam" in runs[0].stdout


def test_compare_nlp_preload_ends_before_a_run_in_workers_forks():
    code = textwrap.dedent("""
        from accord import workers
        from accord.compare import nlp
        nlp.preload()
        nlp.settle()
        assert not nlp._PRELOAD.is_alive() and nlp._NLP is not None
        nlp.preload()  # loaded already: nothing started again
        print("ok")
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]
