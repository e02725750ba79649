"""robots.txt, read once per host per run with urllib.robotparser.

As urllib's own reader does: a 401 or 403 for robots.txt disallows the whole site, another 4xx
(no robots.txt) allows it. A server error or no answer disallows it for this run (RFC 9309: an
unreachable robots.txt means a complete disallow); the pages are retried on a later run.
A `Crawl-delay` longer than newsgraph's own delay is honoured.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser


class Robots:
    def __init__(self, get: Callable[[str], tuple[int, bytes]], agent: str) -> None:
        """`get(url)` returns (status, body), raising on a network failure."""
        self._get = get
        self.agent = agent
        self._parsers: dict[str, RobotFileParser] = {}
        self.why: dict[str, str] = {}  # host -> why it is disallowed whole, when it is
        self._lock = threading.Lock()

    def parser(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        with self._lock:  # one read per site, even from several threads
            rp = self._parsers.get(site)
            if rp is None:
                rp = self._parsers[site] = self._read(site)
        return rp

    def _read(self, site: str) -> RobotFileParser:
        rp = RobotFileParser(site + "/robots.txt")
        try:
            status, body = self._get(site + "/robots.txt")
        except Exception as e:  # noqa: BLE001 - any failure to read it: disallowed for this run
            rp.disallow_all = True
            self.why[site] = f"robots.txt could not be read ({e})"
            return rp
        if status in (401, 403):
            rp.disallow_all = True
            self.why[site] = f"robots.txt answered {status}"
        elif 400 <= status < 500:
            rp.allow_all = True
        elif status >= 300:  # 5xx, or redirects beyond the limit
            rp.disallow_all = True
            self.why[site] = f"robots.txt answered {status}"
        else:
            rp.parse(body.decode("utf-8", "replace").splitlines())
        return rp

    def allowed(self, url: str) -> bool:
        return self.parser(url).can_fetch(self.agent, url)

    def crawl_delay(self, url: str) -> float | None:
        delay = self.parser(url).crawl_delay(self.agent)
        return float(delay) if delay is not None else None
