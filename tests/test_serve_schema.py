"""A property-based run against accord serve's own /openapi.json (schemathesis over hypothesis):
every operation, with generated valid and invalid parameters and bodies, answers without a
server error (no 5xx), and every JSON error says why in `detail`.

Two apps: the real store of conftest.served_store (every GET; POST without the token gets its
401), and the same stories from a report file with the token configured and sent, so generated
bodies reach parsing and validation (a valid one ends at 405: a report file cannot ingest, and
the test store is not filled with generated text). The store's run is repeated over a store on
PostgreSQL (conftest.postgres).
"""

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from accord.serve.app import create_app
from accord.serve.reportfile import ReportFile

TOKEN = "schema-token-42"
# Per operation and mode (valid, then invalid data). schemathesis's pytest plugin does not run
# under pytest 9 here, so its strategies are driven by hypothesis directly.
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def run(schema, headers=None) -> dict[str, dict[int, int]]:
    """Every operation of `schema`, valid and invalid cases; the status codes seen per operation."""
    seen: dict[str, dict[int, int]] = {}
    for result in schema.get_all_operations():
        op = result.ok()
        codes = seen.setdefault(f"{op.method.upper()} {op.path}", {})
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @given(case=op.as_strategy(generation_mode=mode))
            @SETTINGS
            def check(case):
                response = case.call(headers=headers)
                codes[response.status_code] = codes.get(response.status_code, 0) + 1
                _no_server_error(response)

            try:
                check()
            except Unsatisfiable:  # no invalid input exists (no parameters, or any string goes)
                pass
    return seen


def _no_server_error(response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    ctype = response.headers.get("content-type") or [""]
    if response.status_code >= 400 and ctype[0].startswith("application/json"):
        assert response.json().get("detail"), response.text[:300]


def test_serve_schema_store_api_never_fails(served_store):
    app = create_app(lambda: served_store, shared=True, token=TOKEN)
    seen = run(schemathesis.openapi.from_asgi("/openapi.json", app))
    assert seen["GET /api/stories"].get(200) and seen["GET /api/stories"].get(422)
    assert set(seen["POST /api/articles"]) <= {400, 401, 413, 415, 422}  # no token sent: never ingests


def test_serve_schema_ingest_bodies_never_fail(served_report, tmp_path):
    path = tmp_path / "report.json"
    path.write_text(json.dumps(served_report), encoding="utf-8")
    loaded = ReportFile(path)
    app = create_app(lambda: loaded, shared=True, token=TOKEN)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method="POST")
    seen = run(schema, headers={"Authorization": f"Bearer {TOKEN}"})
    assert seen["POST /api/articles"].get(405) and seen["POST /api/articles"].get(422)


def test_serve_schema_store_api_never_fails_on_postgresql(postgres, encoder):
    """The same run over a store on PostgreSQL (tests/data/store's two events, analysed)."""
    from accord.store import Store

    from conftest import ROOT

    data = ROOT / "tests" / "data" / "store"
    with Store(postgres.new_database("schema_api"), encoder=encoder) as store:
        store.add([str(data / "bridge.jsonl"), str(data / "recount.jsonl")])
        assert store.backend == "postgresql" and len(store.stories()) == 2
        app = create_app(lambda: store, shared=True, token=TOKEN)
        seen = run(schemathesis.openapi.from_asgi("/openapi.json", app))
    assert seen["GET /api/stories"].get(200) and seen["GET /api/stories"].get(422)
    assert seen["GET /api/search"].get(200)
    assert set(seen["POST /api/articles"]) <= {400, 401, 413, 415, 422}
