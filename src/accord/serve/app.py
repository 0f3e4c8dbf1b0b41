"""The FastAPI application: the JSON API of CONTRACT.md and the server-rendered pages.

API (JSON): GET /health, /api/stories, /api/stories/{id}, /api/search, /api/outlets,
/api/outlets/{name}, /api/discrepancies; POST /api/articles (ingest, only when a token is set);
the OpenAPI description at /openapi.json. Pages (HTML): / (story list), /stories/{id},
/disputed, /outlets, /outlets/{name}; static CSS and JS under /static/.

Every response carries strict security headers (accord.serve.security): a CSP allowing only
this site's own static script and style, no framing, no sniffing, no referrer. Stories come from
a *source*: the store (accord.store.Store) or a JSON report (accord.serve.reportfile.ReportFile);
each worker thread opens its own (SQLite connections are per thread).

What it does not do: authentication for reading (everything readable is public on the bound
address, 127.0.0.1 by default), sessions, or caching beyond the outlet list.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import __version__, settings
from accord.errors import AccordError
from accord.serve import pages
from accord.serve.security import SecurityHeaders, check_token, read_body

SORTS = ("newest", "sources", "disputed")
STATIC = {
    "report.css": (pages.REPORT_TEMPLATES / "report.css", "text/css; charset=utf-8"),
    "report.js": (pages.REPORT_TEMPLATES / "report.js", "text/javascript; charset=utf-8"),
    "serve.css": (pages.STATIC / "serve.css", "text/css; charset=utf-8"),
    "serve.js": (pages.STATIC / "serve.js", "text/javascript; charset=utf-8"),
}
ARTICLE_SCHEMA = {
    "oneOf": [{"$ref": "#/components/schemas/ArticleIn"},
              {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}, "maxItems": settings.SERVE_MAX_POST_ARTICLES}],
}
ARTICLE_IN = {
    "type": "object", "required": ["text"],
    "properties": {k: {"type": "string"} for k in ("text", "title", "url", "published", "outlet", "id")},
}


class Sources:
    """One opened story source per worker thread (a SQLite connection must stay in its thread)."""

    def __init__(self, opener: Callable[[], Any], shared: bool = False):
        self._opener, self._local, self._shared = opener, threading.local(), opener() if shared else None
        self._outlets: tuple[float, list] = (0.0, [])
        self._lock = threading.Lock()

    def get(self):
        if self._shared is not None:
            return self._shared
        src = getattr(self._local, "source", None)
        if src is None:
            src = self._local.source = self._opener()
        return src

    def outlets(self) -> list[dict]:
        """The outlet list, re-read at most every SERVE_OUTLETS_TTL seconds."""
        at, cached = self._outlets
        if time.monotonic() - at > settings.SERVE_OUTLETS_TTL:
            cached = self.get().outlets()
            with self._lock:
                self._outlets = (time.monotonic(), cached)
        return cached

    def forget_outlets(self) -> None:
        with self._lock:
            self._outlets = (0.0, [])


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path in ("/health", "/openapi.json", "/docs"))


def create_app(opener: Callable[[], Any], *, token: str | None = None, shared: bool = False,
               max_body: int = settings.SERVE_MAX_BODY_BYTES) -> FastAPI:
    """The app over the stories `opener()` opens (called once per worker thread, or once when
    `shared`). POST /api/articles is on only when `token` is set and the source can write."""
    app = FastAPI(title="accord", version=__version__, docs_url=None, redoc_url=None,
                  description="Stories, discrepancies, provenance and outlet track records from an accord store.")
    app.add_middleware(SecurityHeaders)
    src = Sources(opener, shared)
    app.state.sources = src

    def _error_page(request: Request, status: int, message: str) -> Response:
        if _wants_html(request):
            return HTMLResponse(pages.error(status, message), status_code=status)
        return JSONResponse({"detail": message}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        detail = str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no page at {request.url.path}"
        return _error_page(request, exc.status_code, detail)

    @app.exception_handler(AccordError)
    async def _store_failed(request: Request, exc: AccordError):
        # a locked, damaged or outdated store: one line that names it, never a traceback page
        return _error_page(request, 503, f"the store could not answer: {exc}")

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError):
        errs = exc.errors()
        text = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                         for e in errs[:5])
        if _wants_html(request):
            return HTMLResponse(pages.error(400, text), status_code=400)
        return JSONResponse({"detail": text, "errors": json.loads(json.dumps(errs, default=str))},
                            status_code=422)

    def _story(story_id: str) -> dict:
        try:
            return src.get().story(story_id)
        except KeyError:
            raise HTTPException(404, f"no story with id {story_id!r} in the store") from None

    def _list(sort, outlet, since, until, q, limit, offset) -> list[dict]:
        if since and until and since > until:
            raise HTTPException(400, f"since ({since}) is after until ({until})")
        return src.get().stories(sort=sort, outlet=outlet or None, since=since, until=until,
                                 query=(q or "").strip() or None, limit=limit, offset=offset)

    # ------------------------------------------------------------------------------ API
    @app.get("/health", tags=["api"], summary="Liveness: the server answers and the store opens")
    def health() -> dict:
        source = src.get()
        counts = source.counts() if hasattr(source, "counts") else {}
        return {"status": "ok", "version": __version__, **_jsonable(counts)}

    @app.get("/api/stories", tags=["api"], summary="Stored stories, newest first by default")
    def api_stories(sort: str = Query("newest", pattern="^(newest|sources|disputed)$"),
                    outlet: str | None = Query(None, max_length=300), since: dt.date | None = None,
                    until: dt.date | None = None, q: str | None = Query(None, max_length=500),
                    limit: int = Query(settings.SERVE_PAGE_SIZE, ge=1, le=settings.SERVE_MAX_LIMIT),
                    offset: int = Query(0, ge=0, le=1_000_000)) -> dict:
        return {"schema_version": 1, "stories": _jsonable(_list(sort, outlet, since, until, q, limit, offset))}

    @app.get("/api/stories/{story_id}", tags=["api"], summary="One story, as `accord show --format json`")
    def api_story(story_id: str) -> dict:
        return _story(story_id)

    @app.get("/api/search", tags=["api"], summary="Full-text search over stored stories")
    def api_search(q: str = Query(..., min_length=1, max_length=500),
                   limit: int = Query(settings.SERVE_PAGE_SIZE, ge=1, le=settings.SERVE_MAX_LIMIT)) -> dict:
        return {"query": q, "results": _jsonable(src.get().search(q, limit=limit))}

    @app.get("/api/outlets", tags=["api"], summary="Outlets in the store, with article counts")
    def api_outlets() -> dict:
        return {"outlets": _jsonable(src.outlets())}

    @app.get("/api/outlets/{name:path}", tags=["api"], summary="An outlet's track record")
    def api_outlet(name: str) -> dict:
        return pages.outlet_record(src.get(), name).as_dict()

    @app.get("/api/discrepancies", tags=["api"], summary="Every discrepancy across stories, newest first")
    def api_discrepancies(limit: int = Query(100, ge=1, le=settings.SERVE_MAX_LIMIT)) -> dict:
        return {"discrepancies": _jsonable(src.get().discrepancies(limit=limit))}

    @app.post("/api/articles", tags=["api"], status_code=201,
              summary="Ingest articles (JSON object or list); needs ACCORD_TOKEN as a bearer token",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": ARTICLE_SCHEMA}}}})
    async def api_ingest(request: Request) -> dict:
        check_token(request, token)
        records = _articles_in(await read_body(request, max_body))
        source = src.get()
        if not getattr(source, "writable", True) or not hasattr(source, "add"):
            raise HTTPException(405, "this server reads a report file; ingest needs a store (--db)")
        result = await run_in_threadpool(_ingest, src, records)
        src.forget_outlets()
        return result

    _orig_openapi = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = _orig_openapi()
            schema.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = ARTICLE_IN
        return app.openapi_schema

    app.openapi = openapi

    # ------------------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_list(sort: str = Query("newest", pattern="^(newest|sources|disputed)$"),
                  outlet: str | None = Query(None, max_length=300), since: dt.date | None = None,
                  until: dt.date | None = None, q: str | None = Query(None, max_length=500),
                  page: int = Query(1, ge=1, le=10_000)):
        size = settings.SERVE_PAGE_SIZE
        rows = _list(sort, outlet, since, until, q, size + 1, (page - 1) * size)
        hits = src.get().search(q, limit=settings.SERVE_SEARCH_HITS) if (q or "").strip() and page == 1 else []
        return pages.story_list(rows[:size], more=len(rows) > size, page=page, outlets=src.outlets(), hits=hits,
                                filters={"sort": sort, "outlet": outlet or "", "since": since or "",
                                         "until": until or "", "q": q or ""})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(story_id: str):
        return pages.story_page(_story(story_id))

    @app.get("/disputed", response_class=HTMLResponse, include_in_schema=False)
    def page_disputed(limit: int = Query(100, ge=1, le=settings.SERVE_MAX_LIMIT)):
        return pages.disputed(src.get(), src.get().discrepancies(limit=limit))

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def page_outlets():
        return pages.outlets(src.outlets())

    @app.get("/outlets/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def page_outlet(name: str):
        return pages.outlet_page(pages.outlet_record(src.get(), name))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name not in STATIC:
            raise HTTPException(404, f"no static file {name!r}")
        path, mime = STATIC[name]
        return Response(path.read_bytes(), media_type=mime, headers={"Cache-Control": "public, max-age=3600"})

    return app


def _jsonable(x: Any) -> Any:
    """Store rows may hold dates; the API writes them as ISO strings."""
    return json.loads(json.dumps(x, default=str))


def _articles_in(body: bytes) -> list[dict]:
    """The posted articles, checked: one object or a list of objects, each with a text."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"the body is not JSON: {exc}") from None
    except RecursionError:  # thousands of nested brackets (issue 20): a 400, not a 500
        raise HTTPException(400, "the body is not JSON we read: nested too deeply (thousands of levels)") from None
    records = data if isinstance(data, list) else [data]
    if not records:
        raise HTTPException(422, "no article in the body: send an object or a non-empty list of objects")
    if len(records) > settings.SERVE_MAX_POST_ARTICLES:
        raise HTTPException(413, f"{len(records)} articles in one post; at most "
                                 f"{settings.SERVE_MAX_POST_ARTICLES} (send the rest in further posts)")
    for i, r in enumerate(records):
        if not isinstance(r, dict):
            raise HTTPException(422, f"article {i}: expected an object, got {type(r).__name__}")
        text = r.get("text") or r.get("content") or r.get("body")
        if not isinstance(text, str) or not text.strip():
            raise HTTPException(422, f"article {i}: needs a non-empty 'text' (or 'content' or 'body') string")
        for k in ("title", "url", "published", "outlet", "id"):
            if r.get(k) is not None and not isinstance(r[k], str):
                raise HTTPException(422, f"article {i}: '{k}' must be a string")
    return records


def _ingest(src: Sources, records: list[dict]) -> dict:
    """Write the records to a JSON Lines file and add it to the store, as `accord ingest` would."""
    with tempfile.TemporaryDirectory(prefix="accord-post-") as tmp:
        path = Path(tmp) / "posted.jsonl"
        # ASCII escapes: a lone surrogate posted as "\\ud800" stays an escape for ingest to replace
        # and note (issue 20), where writing it as UTF-8 failed with a 500
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        result = src.get().add([str(path)])
    out = {"received": len(records), "result": _jsonable(_summary(result))}
    rejected = getattr(result, "rejected", None)
    if isinstance(rejected, tuple) and rejected:  # say which article was rejected and why
        out["rejections"] = [{"article": _posted_index(r.source), "stage": r.stage, "reason": r.reason}
                             for r in rejected]
    return out


def _posted_index(source: str) -> int | None:
    """The index in the posted list of the record a rejection names ('...posted.jsonl#line 3': 2)."""
    _, _, where = source.rpartition("#line ")
    return int(where) - 1 if where.isdigit() else None


def _summary(result: Any) -> Any:
    """What the store's add() returned, as JSON (a dict, a dataclass, or counts)."""
    if result is None or isinstance(result, (dict, list, int, str)):
        return result
    if hasattr(result, "__dataclass_fields__"):
        import dataclasses

        return {k: v if isinstance(v, (int, str, float, bool, type(None))) else
                (len(v) if hasattr(v, "__len__") else str(v))
                for k, v in dataclasses.asdict(result).items()}
    return str(result)
