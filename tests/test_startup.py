"""accord.startup (issue 18): what the `accord` command's own process skips importing."""

from __future__ import annotations

import json
import subprocess
import sys


def test_startup_scipy_loads_without_numpy_extras_in_the_command_process():
    # in a fresh process claimed as the command's: SciPy's sparse matrices load and work without
    # numpy.f2py and numpy.testing, which load for real when something asks for them later
    code = """
import json, sys
from accord.startup import claim_process, without_numpy_extras
claim_process()
with without_numpy_extras():
    from scipy import sparse
skipped = [m for m in ("numpy.f2py", "numpy.testing", "unittest") if m in sys.modules]
m = sparse.csr_matrix(([1.0, 2.0], ([0, 1], [1, 0])), shape=(2, 2))
product = (m @ m.T).toarray().tolist()
import numpy
import numpy.testing
numpy.testing.assert_array_equal(numpy.zeros(2), numpy.zeros(2))
print(json.dumps({"skipped": skipped, "product": product, "real": hasattr(numpy.testing, "assert_allclose")}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result == {"skipped": [], "product": [[1.0, 0.0], [0.0, 4.0]], "real": True}


def test_startup_library_process_imports_scipy_as_usual():
    # a program that imports accord as a library is left alone
    code = """
import sys
from accord.startup import without_numpy_extras
with without_numpy_extras():
    from scipy import sparse
print("numpy.testing" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
