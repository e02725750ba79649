"""Article URLs from a feed (RSS or Atom, read by feedparser) or a sitemap (urlset or index).

`links(body, url)` tells the two apart by the XML root: `<urlset>` and `<sitemapindex>` are
sitemaps, anything else goes to feedparser. An HTML page (a site's front page given as a source)
names its feeds in `<link rel="alternate" type="application/rss+xml" href=...>`: they are
returned in `Listing.feeds` for the caller to read (feed discovery). A sitemap index lists further sitemaps; the caller
fetches them (`Listing.sitemaps`). A gzipped sitemap (`sitemap.xml.gz`) is unpacked, bounded.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..errors import InputError

_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(urlset|sitemapindex|rss|feed|RDF)\b")


@dataclass(slots=True)
class Listing:
    kind: str  # feed | sitemap
    articles: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # from a sitemap index
    feeds: list[str] = field(default_factory=list)  # named by an HTML page
    title: str | None = None


def links(body: bytes, url: str, *, max_bytes: int = 50 * 1024 * 1024) -> Listing:
    """The article URLs a feed or sitemap lists, absolute, in its order, each once."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
                body = gz.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(url, f"is not a valid gzip file ({e})") from None
        if len(body) > max_bytes:
            raise InputError(url, f"unpacks to over {max_bytes} bytes")
    m = _ROOT.search(body[:4096])
    if m and m.group(1) in (b"urlset", b"sitemapindex"):
        return _sitemap(body, url)
    if not m and re.search(rb"<html|<!doctype html", body[:4096], re.I):
        found = _discover(body.decode("utf-8", "replace"), url)
        if not found:
            raise InputError(url, "is a web page that names no RSS/Atom feed; give the feed or sitemap URL")
        return Listing("page", feeds=found)
    return _feed(body, url)


_FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def _discover(page: str, url: str) -> list[str]:
    """Feeds a page names with <link rel="alternate" type="application/rss+xml" href="...">."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            a = {k.lower(): (v or "") for k, v in attrs}
            if (tag == "link" and "alternate" in a.get("rel", "").lower().split()
                    and a.get("type", "").lower().strip() in _FEED_LINK_TYPES and a.get("href")):
                found.append(urljoin(url, a["href"].strip()))

    Links().feed(page)
    return _unique(found)


def _unique(urls) -> list[str]:
    seen: set[str] = set()
    out = []
    for u in urls:
        if u and u not in seen and urlsplit(u).scheme in ("http", "https"):
            seen.add(u)
            out.append(u)
    return out


def _feed(body: bytes, url: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.entries and parsed.get("bozo"):
        raise InputError(url, f"is not an RSS/Atom feed or a sitemap ({parsed.get('bozo_exception')})")
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            link = next((ln.get("href") for ln in entry.get("links", [])
                         if ln.get("rel", "alternate") == "alternate"), None)
        if link:
            found.append(urljoin(url, link.strip()))
    return Listing("feed", _unique(found), title=parsed.feed.get("title"))


def _sitemap(body: bytes, url: str) -> Listing:
    import xml.etree.ElementTree as ET

    try:
        # expat refuses entity expansion bombs (Python >= 3.7.1 with expat >= 2.4.1); no external entities
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise InputError(url, f"is not a valid sitemap ({e})") from None
    tag = root.tag.rsplit("}", 1)[-1]
    locs = [urljoin(url, (el.text or "").strip()) for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc"]
    if tag == "sitemapindex":
        return Listing("sitemap", sitemaps=_unique(locs))
    return Listing("sitemap", articles=_unique(locs))
