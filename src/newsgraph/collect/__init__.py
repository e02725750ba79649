"""Collection: articles from URLs, RSS/Atom feeds and sitemaps, kept current in a corpus.

Network access is for collection only. Nothing here runs unless the user gives a URL or runs
`newsgraph watch`; every page fetched is kept in a WARC file beside the corpus, so analysis stays
offline and a run can be repeated without the network (`newsgraph ingest corpus.warc/`).

    fetch.py     one polite GET: timeouts, size limit, bounded redirects, content type, ETag
    polite.py    one request at a time per host, with a delay between them
    robots.py    robots.txt, read once per host (urllib.robotparser)
    archive.py   every response kept in a WARC (warcio)
    feeds.py     article URLs from an RSS/Atom feed (feedparser) or a sitemap
    log.py       the corpus's fetch_log: what was fetched, when, with what result; back-off
    watch.py     sources (YAML) -> new article URLs -> fetched -> ingested
    session.py   the running command's fetcher, for a URL met among input paths
"""

from __future__ import annotations

from urllib.parse import urlsplit


def is_url(text: str) -> bool:
    """An http(s) URL given where a path may be (a file name never starts with a scheme)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def split_urls(args: list[str]) -> tuple[list[str], list[str]]:
    """(URLs, everything else), each in the order given."""
    return [a for a in args if is_url(a)], [a for a in args if not is_url(a)]
