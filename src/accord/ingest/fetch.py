"""--fetch: http(s) URLs to bytes, safely.

Guards against server-side request forgery, after OWASP's SSRF prevention cheat sheet: only
http and https; the host is resolved and every address it resolves to must be a public unicast
address (no loopback, private, link-local, reserved, multicast or unspecified addresses, also
inside IPv4-mapped IPv6); redirects are followed by hand so each hop is checked the same way;
connect and read timeouts; the body is streamed and cut at a size cap.

The connection is pinned to the address the guard checked: the request goes to that IP, with
the host name in the Host header and TLS's SNI and certificate check, so a DNS server that
answers differently the second time (DNS rebinding) is not asked again. IPv6 forms that embed
an IPv4 address (IPv4-mapped and -compatible, 6to4 2002::/16, NAT64 64:ff9b::/96 and
64:ff9b:1::/48, Teredo 2001::/32) are judged by the IPv4 address inside. The guard runs before
any client is built (an IP literal is checked without DNS), so a list of 100,000 refused URLs
costs seconds. Each URL has a total deadline (settings.FETCH_TOTAL_SECONDS) over its redirects
and body, so a server dripping bytes under the read timeout cannot hold it.

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
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

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


def check_url(url: str, *, allow_private: bool | None = None) -> str:
    """The address to connect to for `url`; FetchError unless `url` is http(s) to a host whose
    every address is public."""
    allow = ALLOW_PRIVATE if allow_private is None else allow_private
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if not host:
        raise FetchError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError(url, "URL has an invalid port") from None
    literal = _ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError, ValueError) as exc:
            raise FetchError(url, f"host {host!r} could not be resolved ({exc})") from None
        addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    if not addresses:
        raise FetchError(url, f"host {host!r} could not be resolved")
    if not allow:
        for address in addresses:
            why = refused_reason(address)
            if why:
                raise FetchError(url, f"refused: {host} resolves to {why} address {address}")
    return str(addresses[0])


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """`host` as an address when it is one, in any spelling the resolver accepts (127.1,
    0x7f.0.0.1, 2130706433), without asking DNS."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if not host or not all(c in "0123456789abcdefxABCDEFX." for c in host):
        return None
    try:  # inet_aton's legacy forms, which getaddrinfo (and so the connection) accepts
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, NAT64, Teredo)."""
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address.teredo:
        return address.teredo[1]
    value = int(address)
    if value >> 32 == 0x0064_FF9B << 64 or address in _NAT64_LOCAL:  # 64:ff9b::/96, 64:ff9b:1::/48
        return ipaddress.IPv4Address(value & 0xFFFF_FFFF)
    if value >> 32 == 0 and value > 1:  # IPv4-compatible ::a.b.c.d (deprecated, still routed by some)
        return ipaddress.IPv4Address(value)
    return None


_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def refused_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a fetch to `address` is refused ("loopback", "private" ...), or None when public."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            why = refused_reason(inner)
            return f"{why} (inside {address})" if why else None
    for name in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(address, f"is_{name}"):
            return name.replace("_", "-")
    if not address.is_global:
        return "non-public"
    return None


def fetch(url: str, *, allow_private: bool | None = None, headers: dict[str, str] | None = None) -> Fetched:
    """GET `url`, following at most FETCH_MAX_REDIRECTS redirects, each hop checked and its
    connection pinned to the checked address, all within FETCH_TOTAL_SECONDS. `headers` are
    sent with every hop (conditional requests)."""
    address = check_url(url, allow_private=allow_private)  # before any client work
    asked = dict(headers or {})
    import httpx

    deadline = time.monotonic() + settings.FETCH_TOTAL_SECONDS
    timeout = httpx.Timeout(
        connect=settings.FETCH_CONNECT_TIMEOUT, read=settings.FETCH_READ_TIMEOUT,
        write=settings.FETCH_READ_TIMEOUT, pool=settings.FETCH_CONNECT_TIMEOUT,
    )
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": _USER_AGENT}) as client:
        for _ in range(settings.FETCH_MAX_REDIRECTS + 1):
            if current is not url:
                address = check_url(current, allow_private=allow_private)
            pinned, headers, extensions = _pinned(current, address)
            try:
                with client.stream("GET", pinned, headers={**asked, **headers}, extensions=extensions) as response:
                    validators = {"etag": response.headers.get("etag"),
                                  "last_modified": response.headers.get("last-modified")}
                    if response.status_code == 304:  # before is_redirect, which counts 304 in
                        return Fetched(current, b"", response.headers.get("content-type", ""),
                                       not_modified=True, **validators)
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                    data = _read_capped(response, url, deadline)
                    return Fetched(current, data, response.headers.get("content-type", ""), **validators)
            except httpx.TimeoutException:
                raise FetchError(url, "timed out") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
            finally:
                if time.monotonic() > deadline:
                    raise FetchError(url, f"took over {settings.FETCH_TOTAL_SECONDS:g} s "
                                          "(settings.FETCH_TOTAL_SECONDS)")
    raise FetchError(url, f"more than {settings.FETCH_MAX_REDIRECTS} redirects")


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """`url` with its host replaced by the checked `address`; the Host header and the TLS
    server name keep the host name (the certificate is checked against it)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    ip = f"[{address}]" if ":" in address else address
    netloc = ip + (f":{parts.port}" if parts.port else "")
    header_host = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": host} if parts.scheme.lower() == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": header_host}, extensions


def _read_capped(response, url: str, deadline: float = float("inf")) -> bytes:
    cap = settings.FETCH_MAX_BYTES
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError(url, f"body of {int(declared):,} bytes is over the {cap:,} byte cap")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise FetchError(url, f"body is over the {cap:,} byte cap")
        if time.monotonic() > deadline:
            raise FetchError(url, f"took over {settings.FETCH_TOTAL_SECONDS:g} s "
                                  "(settings.FETCH_TOTAL_SECONDS)")
        chunks.append(chunk)
    return b"".join(chunks)
