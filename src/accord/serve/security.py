"""The server's walls: security headers on every response, the ingest token, the body cap.

Article text is hostile input from the open web. The templates escape everything (jinja2
autoescape); as a second wall, every response carries a Content-Security-Policy that allows
only this site's own static script and style files: no inline script, no inline event handler,
no inline style, nothing fetched from elsewhere, no framing, forms only to this site. So even a
bug in escaping could not run injected code.

Ingest (POST /api/articles) is off unless a token is configured; the token is compared in
constant time; the body is read in pieces and refused past the cap, whatever Content-Length
claims. What it does not do: rate limiting or TLS (put a reverse proxy in front for those).
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task, unlike BaseHTTPMiddleware): adds HEADERS."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in have]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(request: Request, token: str | None) -> None:
    """403 when ingest is off (no token configured), 401 when the bearer token is missing or wrong."""
    if not token:
        raise HTTPException(403, "ingest over HTTP is off: start the server with ACCORD_TOKEN set")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value:
        raise HTTPException(401, "missing token: send 'Authorization: Bearer <ACCORD_TOKEN>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "wrong token", headers={"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past `limit` bytes and 415 unless it is JSON."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise HTTPException(415, f"send the articles as application/json (got {ctype or 'no content type'})")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body of {declared} bytes is over the {limit}-byte limit")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over the {limit}-byte limit")
        parts.append(chunk)
    if not size:
        raise HTTPException(400, "empty body: send a JSON article object or a list of them")
    return b"".join(parts)
