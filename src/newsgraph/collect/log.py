"""The corpus's `fetch_log`: every URL asked for, what came of it, and when to try it again.

A page is fetched once: a URL already stored (by itself, or as the canonical URL another one
redirected to) is not fetched again. A failure that may pass (a timeout, a 5xx, an unreadable
robots.txt) is retried on a later run after a back-off that doubles with each failure in a row:
`BACKOFF` seconds, then 2x, 4x ... up to `MAX_BACKOFF`. A failure that will not pass (404, not
HTML, too large, disallowed by robots.txt) waits `MAX_BACKOFF` before one more try.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..corpus.store import transaction

BACKOFF = 15 * 60.0
MAX_BACKOFF = 7 * 24 * 3600.0
DONE = ("stored", "duplicate")
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def canonical(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, no fragment, no
    tracking parameters (utm_*, fbclid ...), '/' for an empty path."""
    p = urlsplit(url.strip())
    host = (p.hostname or "").lower()
    if p.port and not ((p.scheme == "http" and p.port == 80) or (p.scheme == "https" and p.port == 443)):
        host = f"{host}:{p.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((p.scheme.lower(), host, p.path or "/", query, ""))


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def stamp(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    kind: str
    outcome: str
    reason: str | None
    etag: str | None
    last_modified: str | None
    attempts: int
    next_try: str | None
    content_hash: str | None


def entry(conn: sqlite3.Connection, url: str) -> Entry | None:
    row = conn.execute("SELECT url, kind, outcome, reason, etag, last_modified, attempts, next_try, content_hash "
                       "FROM fetch_log WHERE url = ?", (canonical(url),)).fetchone()
    return Entry(*row) if row else None


def skip_reason(conn: sqlite3.Connection, url: str, at: dt.datetime) -> str | None:
    """Why `url` is not fetched now, or None when it is due."""
    c = canonical(url)
    done = conn.execute("SELECT outcome FROM fetch_log WHERE (url = ? OR canonical = ?) AND outcome IN (?, ?) LIMIT 1",
                        (c, c, *DONE)).fetchone()
    if done:
        return "already fetched"
    e = entry(conn, url)
    if e and e.next_try and e.next_try > stamp(at):
        return f"{e.outcome} ({e.reason}); next try after {e.next_try}"
    return None


def backoff(attempts: int, base: float = BACKOFF, retry: bool = True) -> float:
    if not retry:
        return MAX_BACKOFF
    return min(MAX_BACKOFF, base * 2 ** max(0, attempts - 1))


def record(conn: sqlite3.Connection, url: str, *, kind: str, outcome: str, at: dt.datetime, via: str | None = None,
           final: str | None = None, status: int | None = None, content_hash: str | None = None,
           reason: str | None = None, etag: str | None = None, last_modified: str | None = None,
           retry: bool = True, base: float = BACKOFF, db="corpus") -> None:
    """Write what came of fetching `url` (one short transaction)."""
    c = canonical(url)
    failed = outcome in ("failed", "disallowed")
    with transaction(conn, db):
        row = conn.execute("SELECT attempts FROM fetch_log WHERE url = ?", (c,)).fetchone()
        attempts = (row[0] if row else 0) + 1 if failed else 0
        next_try = stamp(at + dt.timedelta(seconds=backoff(attempts, base, retry))) if failed else None
        conn.execute(
            """INSERT INTO fetch_log(url, kind, via, canonical, status, content_hash, outcome, reason, etag,
                                     last_modified, attempts, first_seen, fetched_at, next_try)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(url) DO UPDATE SET
                 kind = excluded.kind, via = COALESCE(fetch_log.via, excluded.via),
                 canonical = COALESCE(excluded.canonical, fetch_log.canonical),
                 status = excluded.status, content_hash = COALESCE(excluded.content_hash, fetch_log.content_hash),
                 outcome = excluded.outcome, reason = excluded.reason,
                 etag = CASE WHEN excluded.outcome = 'listed' THEN excluded.etag
                             ELSE COALESCE(excluded.etag, fetch_log.etag) END,
                 last_modified = CASE WHEN excluded.outcome = 'listed' THEN excluded.last_modified
                                      ELSE COALESCE(excluded.last_modified, fetch_log.last_modified) END,
                 attempts = excluded.attempts, fetched_at = excluded.fetched_at, next_try = excluded.next_try""",
            (c, kind, via, canonical(final) if final else None, status, content_hash, outcome, reason, etag,
             last_modified, attempts, stamp(at), stamp(at), next_try))
