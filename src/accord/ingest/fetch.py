"""--fetch: http(s) URLs to bytes, safely.

Guards against server-side request forgery, after OWASP's SSRF prevention cheat sheet: only
http and https; the host is resolved and every address it resolves to must be a public unicast
address (no loopback, private, link-local, reserved, multicast or unspecified addresses, also
inside IPv4-mapped IPv6); redirects are followed by hand so each hop is checked the same way;
connect and read timeouts; the body is streamed and cut at a size cap.

Limitation: the address is checked at resolution, and httpx resolves again when it connects,
so a DNS server that answers differently within that instant (DNS rebinding) is not stopped.

`ALLOW_PRIVATE` relaxes the address check, for tests that serve pages from 127.0.0.1 and for a
feed server on the user's own network. It is off unless the environment sets
ACCORD_FETCH_ALLOW_PRIVATE=1 (read once, at import); no command-line option turns it on.

`fetch(url, headers=...)` also makes conditional requests (If-None-Match, If-Modified-Since):
a 304 answer comes back as `Fetched(not_modified=True)` with no body (accord watch).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from accord import settings
from accord.errors import FetchError

ALLOW_PRIVATE = os.environ.get("ACCORD_FETCH_ALLOW_PRIVATE", "") == "1"
_USER_AGENT = "accord/0.1 (+news corroboration; fetches only what the user names)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    not_modified: bool = False  # a conditional request answered 304: `data` is empty
    etag: str | None = None
    last_modified: str | None = None


def check_url(url: str, *, allow_private: bool | None = None) -> None:
    """Raise FetchError unless `url` is http(s) to a host with only public addresses."""
    allow = ALLOW_PRIVATE if allow_private is None else allow_private
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError(url, "URL has an invalid port") from None
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"host {host!r} could not be resolved ({exc})") from None
    if allow:
        return
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        why = refused_reason(address)
        if why:
            raise FetchError(url, f"refused: {host} resolves to {why} address {address}")


def refused_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a fetch to `address` is refused ("loopback", "private" ...), or None when public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for name in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(address, f"is_{name}"):
            return name.replace("_", "-")
    if not address.is_global:
        return "non-public"
    return None


def fetch(url: str, *, allow_private: bool | None = None, headers: dict[str, str] | None = None) -> Fetched:
    """GET `url`, following at most FETCH_MAX_REDIRECTS redirects, each hop checked. `headers`
    are sent with every hop (conditional requests)."""
    import httpx

    timeout = httpx.Timeout(
        connect=settings.FETCH_CONNECT_TIMEOUT, read=settings.FETCH_READ_TIMEOUT,
        write=settings.FETCH_READ_TIMEOUT, pool=settings.FETCH_CONNECT_TIMEOUT,
    )
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": _USER_AGENT}) as client:
        for _ in range(settings.FETCH_MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current, headers=headers) as response:
                    validators = {"etag": response.headers.get("etag"),
                                  "last_modified": response.headers.get("last-modified")}
                    if response.status_code == 304:  # before is_redirect, which counts 304 in
                        return Fetched(str(response.url), b"", response.headers.get("content-type", ""),
                                       not_modified=True, **validators)
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                    data = _read_capped(response, url)
                    return Fetched(str(response.url), data, response.headers.get("content-type", ""),
                                   **validators)
            except httpx.TimeoutException:
                raise FetchError(url, "timed out") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
    raise FetchError(url, f"more than {settings.FETCH_MAX_REDIRECTS} redirects")


def _read_capped(response, url: str) -> bytes:
    cap = settings.FETCH_MAX_BYTES
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError(url, f"body of {int(declared):,} bytes is over the {cap:,} byte cap")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise FetchError(url, f"body is over the {cap:,} byte cap")
        chunks.append(chunk)
    return b"".join(chunks)
