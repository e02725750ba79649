"""One polite GET: robots.txt, a turn per host, bounded redirects, a timeout, a size limit,
the content type checked, conditional requests (ETag / Last-Modified), every response archived.

    FetchError (an InputError: the URL is named and the batch goes on)
        .retry       True for what may work later: a timeout, no connection, 5xx, 429
        .disallowed  True when robots.txt forbids the URL
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError
from .archive import Archive, response_record
from .polite import HostGate
from .robots import Robots

USER_AGENT = f"newsgraph/{__version__} (news analysis; fetches only the URLs and feeds its user lists)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/x-gzip", "application/gzip", "text/plain", "application/octet-stream") + HTML_TYPES
_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUS = (408, 425, 429, 500, 502, 503, 504)


@dataclass(frozen=True, slots=True)
class Policy:
    """How to fetch. The defaults are polite for a public site; tests shorten them."""

    timeout: float = 20.0  # seconds to connect and between bytes; the whole answer gets 3x this
    max_bytes: int = 5 * 1024 * 1024  # a news page is far smaller; a bigger answer is refused
    max_redirects: int = 5
    delay: float = 1.0  # seconds between two requests to one host (a longer Crawl-delay wins)
    user_agent: str = USER_AGENT
    robots: bool = True
    offline: bool = False  # refuse any network use


class FetchError(InputError):
    def __init__(self, url: str, reason: str, *, status: int | None = None, retry: bool = False,
                 disallowed: bool = False) -> None:
        super().__init__(url, reason)
        self.status = status
        self.retry = retry
        self.disallowed = disallowed


@dataclass(slots=True)
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    record: bytes | None = None  # the archived WARC response record (gzipped), for pages
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """A client for one run. Use as a context manager; `get()` may be called from several threads
    (the archive and the robots.txt cache are locked; each host still gets one request at a time)."""

    def __init__(self, policy: Policy = Policy(), archive: Archive | None = None, *, transport=None) -> None:
        self.policy = policy
        self.archive = archive
        self.gate = HostGate(policy.delay)
        self.robots = Robots(self._robots_txt, policy.user_agent)
        self._transport = transport
        self._client = None

    @property
    def client(self):
        if self.policy.offline:
            raise InputError("network", "refusing to fetch: --offline was given")
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=httpx.Timeout(self.policy.timeout), follow_redirects=False,
                                        headers={"User-Agent": self.policy.user_agent}, transport=self._transport)
        return self._client

    def new_pass(self) -> None:
        """Forget robots.txt (read again on the next request to each host): a long watch follows changes."""
        self.robots = Robots(self._robots_txt, self.policy.user_agent)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.archive is not None:
            self.archive.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the public call --------------------------------------------------------------------
    def get(self, url: str, *, kind: str = "page", accept: tuple[str, ...] = HTML_TYPES,
            etag: str | None = None, last_modified: str | None = None, max_bytes: int | None = None) -> Response:
        """Fetch `url`; raise FetchError for anything but a usable answer (or a 304)."""
        if self.policy.offline:
            raise FetchError(url, "refusing to fetch: --offline was given")
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        status, reason, headers, body, final, hops = self._follow(url, kind, conditional, accept, max_bytes)
        ctype = _header(headers, "content-type")
        resp = Response(url, final, status, ctype, body, _header(headers, "etag") or None,
                        _header(headers, "last-modified") or None, redirects=hops)
        if status == 304:
            self._keep("crawl", final, conditional, status, reason, headers, b"")
            return resp
        if status >= 300:
            self._keep("crawl", final, conditional, status, reason, headers, body)
            raise FetchError(url, f"the server answered {status} {reason}".rstrip(), status=status,
                             retry=status in _RETRY_STATUS or status >= 500)
        which = "pages" if kind == "page" else "crawl"
        resp.record = self._keep(which, final, conditional, status, reason, headers, body)
        if kind == "page" and resp.record is None:
            resp.record = response_record(final, status, reason, headers, body)
        return resp

    # -- the steps --------------------------------------------------------------------------
    def _follow(self, url: str, kind: str, extra: dict[str, str], accept: tuple[str, ...] | None,
                max_bytes: int | None = None):
        hops: list[str] = []
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if self.policy.robots and kind != "robots" and not self.robots.allowed(current):
                site = urlsplit(current)
                why = self.robots.why.get(f"{site.scheme}://{site.netloc}", "robots.txt disallows it")
                raise FetchError(url, f"not fetched: {why}" + (f" (redirected to {current})" if hops else ""),
                                 disallowed=True, retry="could not" in why or "answered 5" in why)
            limit = max_bytes or self.policy.max_bytes
            status, reason, headers, body = self._one(url, current, kind, extra, accept, limit)
            location = _header(headers, "location")
            if status in _REDIRECTS and location:
                if kind == "page":
                    self._keep("pages", current, extra, status, reason, headers, b"")
                hops.append(current)
                current = urljoin(current, location)
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirected to a non-web address {current!r}")
                continue
            return status, reason, headers, body, current, hops
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects (last: {current})", status=status)

    def _one(self, asked: str, url: str, kind: str, extra: dict[str, str], accept, limit: int):
        import httpx

        host = urlsplit(url).netloc.lower()
        if kind != "robots" and self.policy.robots:
            delay = self.robots.crawl_delay(url)
            if delay and delay > self.gate.delay_for(host):
                self.gate.set_delay(host, delay)
        deadline = time.monotonic() + 3 * self.policy.timeout
        with self.gate.turn(host):
            try:
                with self.client.stream("GET", url, headers=extra) as r:
                    headers = list(r.headers.multi_items())
                    status, reason = r.status_code, r.reason_phrase
                    if status in _REDIRECTS or status == 304:
                        return status, reason, headers, b""
                    ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
                    if 200 <= status < 300 and accept and ctype not in accept:
                        raise FetchError(asked, f"is {ctype or 'of no stated type'}, not {' or '.join(accept[:2])}")
                    length = r.headers.get("content-length", "")
                    if length.isdigit() and int(length) > limit:
                        raise FetchError(asked, f"is {int(length)} bytes, over the {limit} byte limit")
                    chunks, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise FetchError(asked, f"is over the {limit} byte limit")
                        if time.monotonic() > deadline:
                            raise FetchError(asked, f"took over {3 * self.policy.timeout:g}s to arrive", retry=True)
                        chunks.append(chunk)
                    return status, reason, headers, b"".join(chunks)
            except httpx.TimeoutException:
                raise FetchError(asked, f"timed out after {self.policy.timeout:g}s", retry=True) from None
            except httpx.TransportError as e:
                raise FetchError(asked, f"cannot be reached ({type(e).__name__}: {e})", retry=True) from None
            except httpx.InvalidURL as e:
                raise FetchError(asked, f"is not a valid URL ({e})") from None

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        status, reason, headers, body, final, _ = self._follow(url, "robots", {}, None)
        self._keep("crawl", final, {}, status, reason, headers, body)
        return status, body

    def _keep(self, which, url, extra, status, reason, headers, body) -> bytes | None:
        if self.archive is None:
            return None
        request = {"User-Agent": self.policy.user_agent, **extra}
        return self.archive.keep(which, url, request, status, reason, headers, body)


def _header(headers: list[tuple[str, str]], name: str) -> str:
    for k, v in headers:
        if k.lower() == name:
            return v
    return ""
