"""The tests run this checkout's code, in process and in the processes they start (conftest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import SRC


def test_accord_is_imported_from_this_checkout():
    import accord

    assert Path(accord.__file__).resolve().is_relative_to(SRC.resolve()), accord.__file__


def test_started_processes_import_accord_from_this_checkout():
    # as test_cli, test_startup and test_embed_onnx start them: the environment inherited as is
    done = subprocess.run([sys.executable, "-c", "import accord; print(accord.__file__)"],
                          capture_output=True, text=True, check=True, timeout=120)
    assert Path(done.stdout.strip()).resolve().is_relative_to(SRC.resolve()), done.stdout
