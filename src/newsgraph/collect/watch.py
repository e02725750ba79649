"""Sources -> new article URLs -> fetched once each -> ingested, with what happened logged.

A run is safe to kill at any moment and run again: a page is committed to the corpus before its
`fetch_log` row says so, and a feed's ETag is saved only after every article it lists has been
dealt with, so the next run fetches the feed again and picks up where the killed run stopped.
The content hash of the corpus stores a page fetched twice (or found at two URLs) only once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError
from ..model import Analysis, Article
from . import feeds, log
from .fetch import FEED_TYPES, FetchError, Fetcher, Response

MAX_SITEMAPS = 50  # nested sitemaps read from one sitemap index per run
MAX_LISTING_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit for one file


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    name: str | None = None
    kind: str | None = None  # feed | sitemap; None: told by what the URL returns
    limit: int = 100  # pages fetched from it per run at most (the rest wait for the next run)

    @property
    def label(self) -> str:
        return self.name or self.url


def load_sources(path: str | os.PathLike) -> list[Source]:
    """Read SOURCES.yaml: a list (or `sources:` list) of URLs or mappings with `feed`, `sitemap`
    or `url`, and optionally `name` and `limit`."""
    import yaml

    from . import is_url

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read ({e.strerror or e})") from None
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML ({' '.join(str(e).split())})") from None
    if isinstance(data, dict):
        data = data.get("sources")
    if not isinstance(data, list) or not data:
        raise ConfigError(f"{path}: expected a list of sources (feed or sitemap URLs), e.g.\n"
                          "sources:\n  - feed: https://example.org/rss.xml\n"
                          "  - sitemap: https://example.org/sitemap.xml")
    out = []
    for n, item in enumerate(data, 1):
        where = f"{path}: source {n}"
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a URL or a mapping with feed, sitemap or url")
        unknown = set(item) - {"feed", "sitemap", "url", "name", "limit"}
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                              "(known: feed, sitemap, url, name, limit)")
        kinds = [k for k in ("feed", "sitemap", "url") if k in item]
        if len(kinds) != 1:
            raise ConfigError(f"{where}: give exactly one of feed, sitemap or url")
        url = item[kinds[0]]
        if not isinstance(url, str) or not is_url(url):
            raise ConfigError(f"{where}: {url!r} is not an http(s) URL")
        limit = item.get("limit", 100)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ConfigError(f"{where}: limit must be a positive whole number")
        name = item.get("name")
        out.append(Source(url, str(name) if name is not None else None,
                          None if kinds[0] == "url" else kinds[0], limit))
    return out


@dataclass(slots=True)
class Outcome:
    """What came of one page."""

    url: str
    outcome: str  # stored | near-copy | duplicate | skipped | failed | disallowed | not-article
    title: str | None = None
    reason: str | None = None

    @property
    def added(self) -> bool:
        return self.outcome in ("stored", "near-copy")


@dataclass(slots=True)
class Report:
    """What came of one source in one run."""

    source: Source
    pages: list[Outcome] = field(default_factory=list)
    unchanged: bool = False  # the feed answered 304 Not Modified
    error: str | None = None  # the feed or sitemap itself failed
    listed: int = 0
    deferred: int = 0  # over the source's limit, left for the next run

    @property
    def added(self) -> list[Outcome]:
        return [p for p in self.pages if p.added]

    def line(self) -> str:
        if self.error:
            return f"{self.source.label}: failed: {self.error}"
        if self.unchanged:
            return f"{self.source.label}: unchanged since the last run"
        count = lambda *kinds: sum(p.outcome in kinds for p in self.pages)  # noqa: E731
        parts = [f"{len(self.added)} added", f"{count('skipped')} already fetched or waiting",
                 f"{count('duplicate')} duplicate", f"{count('failed', 'disallowed', 'not-article')} failed"]
        if self.deferred:
            parts.append(f"{self.deferred} left for the next run (limit {self.source.limit})")
        return f"{self.source.label}: {self.listed} listed, " + ", ".join(parts)


def article_from(resp: Response) -> Article | InputError:
    """The article in a fetched page, read from its archived WARC record: exactly what
    `newsgraph ingest` of the archive reads later, offline."""
    from ..ingest import RawInput
    from ..ingest import warc as warc_reader

    item = next(warc_reader.parse(RawInput(resp.url, resp.record or b"")), None)
    if item is None:
        return InputError(resp.url, "no page in the response")
    if isinstance(item, InputError):
        return InputError(resp.url, item.reason)
    item.source_path = resp.url
    item.input_format = "html"  # fetched HTML, read as any HTML page
    return item


class Collector:
    """Fetches pages and sources into an open corpus."""

    def __init__(self, conn: sqlite3.Connection, fetcher: Fetcher, analyze: Callable[[Article], Analysis], *,
                 db: str | os.PathLike = "corpus", backoff: float = log.BACKOFF,
                 clock: Callable[[], dt.datetime] = log.now) -> None:
        self.conn, self.fetcher, self.analyze = conn, fetcher, analyze
        self.db, self.backoff, self.clock = db, backoff, clock

    def page(self, url: str, *, via: str | None = None) -> Outcome:
        from .. import corpus
        from ..corpus import dedup

        at = self.clock()
        why = log.skip_reason(self.conn, url, at)
        if why:
            return Outcome(url, "skipped", reason=why)
        try:
            resp = self.fetcher.get(url)
        except FetchError as e:
            outcome = "disallowed" if e.disallowed else "failed"
            self._log(url, "page", outcome, at, via=via, status=e.status, reason=e.reason, retry=e.retry)
            return Outcome(url, outcome, reason=e.reason)
        item = article_from(resp)
        if isinstance(item, InputError):
            self._log(url, "page", "not-article", at, via=via, final=resp.final_url, status=resp.status,
                      reason=item.reason, retry=False)
            return Outcome(url, "not-article", reason=item.reason)
        chash = dedup.content_hash(item.text)
        summary = corpus.ingest(self.conn, [item], self.analyze, db=self.db, batch_size=1)
        final = item.url if item.url and item.url.startswith(("http://", "https://")) else resp.final_url
        if summary.failed:
            reason = summary.failed[0].reason
            self._log(url, "page", "failed", at, via=via, final=final, status=resp.status, content_hash=chash,
                      reason=f"analysis failed: {reason}", retry=False)
            return Outcome(url, "failed", item.title, reason)
        if summary.duplicate:
            row = self.conn.execute("SELECT source_path FROM articles WHERE content_hash = ?", (chash,)).fetchone()
            # stored by a run killed before it logged the page: it is this URL's own article
            outcome = "stored" if row and row[0] == url else "duplicate"
        else:
            outcome = "near-copy" if summary.near_duplicate else "stored"
        self._log(url, "page", "duplicate" if outcome == "duplicate" else "stored", at, via=via, final=final,
                  status=resp.status, content_hash=chash, etag=resp.etag, last_modified=resp.last_modified)
        return Outcome(url, outcome, item.title, None if outcome != "duplicate" else "same text already in the corpus")

    def source(self, src: Source) -> Report:
        report = Report(src)
        at = self.clock()
        prior = log.entry(self.conn, src.url)
        if prior and prior.next_try and prior.next_try > log.stamp(at):
            report.error = f"{prior.reason}; next try after {prior.next_try}"
            return report
        try:
            resp, listing = self._listing(src.url, prior, src.kind or "feed")
        except (FetchError, InputError) as e:
            retry = e.retry if isinstance(e, FetchError) else False
            self._log(src.url, src.kind or "feed", "failed", at, status=getattr(e, "status", None), reason=e.reason,
                      retry=retry)
            report.error = e.reason
            return report
        if resp.not_modified:
            report.unchanged = True
            self._log(src.url, prior.kind if prior else (src.kind or "feed"), "unchanged", at, status=304)
            return report
        cacheable = True  # the ETag saved is the source URL's own
        if listing.feeds:  # a web page: read the first feed it names
            cacheable = False
            try:
                resp, listing = self._listing(listing.feeds[0], None, "feed")
            except (FetchError, InputError) as e:
                retry = e.retry if isinstance(e, FetchError) else False
                self._log(src.url, "page", "failed", at, reason=e.reason, retry=retry)
                report.error = e.reason
                return report
        urls = list(listing.articles)
        for nested in listing.sitemaps[:MAX_SITEMAPS]:
            try:
                _, inner = self._listing(nested, None, "sitemap")
                urls.extend(u for u in inner.articles if u not in urls)
            except (FetchError, InputError) as e:
                report.error = f"{nested}: {e.reason}"  # the rest of the index still goes through
        report.listed = len(urls)
        fetched = 0
        for url in urls:
            if fetched >= src.limit:
                report.deferred += 1
                continue
            out = self.page(url, via=src.url)
            if out.outcome != "skipped":
                fetched += 1
            report.pages.append(out)
        # Saved last: a run killed before this line fetches the feed again next time.
        keep = cacheable and not report.deferred  # else the next run must read the listing in full
        self._log(src.url, "page" if not cacheable else listing.kind, "listed", at, status=resp.status,
                  content_hash=hashlib.sha256(resp.body).hexdigest(),
                  etag=resp.etag if keep else None, last_modified=resp.last_modified if keep else None)
        return report

    def _listing(self, url: str, prior: log.Entry | None, kind: str) -> tuple[Response, feeds.Listing]:
        resp = self.fetcher.get(url, kind=kind, accept=FEED_TYPES, max_bytes=MAX_LISTING_BYTES,
                                etag=prior.etag if prior else None,
                                last_modified=prior.last_modified if prior else None)
        if resp.not_modified:
            return resp, feeds.Listing(kind)
        return resp, feeds.links(resp.body, resp.final_url)

    def _log(self, url, kind, outcome, at, **kw) -> None:
        log.record(self.conn, url, kind=kind, outcome=outcome, at=at, base=self.backoff, db=self.db, **kw)


def fetched_articles(fetcher: Fetcher, urls: list[str]) -> Iterator[Article | InputError]:
    """Each URL's article, or an InputError naming it (for `newsgraph analyze URL`, no corpus)."""
    for url in urls:
        try:
            yield article_from(fetcher.get(url))
        except FetchError as e:
            yield e
