"""Fetching against a real HTTP server on loopback: redirects, size, timeout, content type,
robots.txt, politeness, conditional requests, the WARC kept; feeds and sitemaps read."""

from __future__ import annotations

import gzip
import time

import pytest

from collect_site import HTML, XML, Site, article_html, rss, sitemap
from newsgraph.collect import feeds, is_url, split_urls
from newsgraph.collect.archive import Archive, beside
from newsgraph.collect.fetch import FEED_TYPES, FetchError, Fetcher, Policy
from newsgraph.collect.log import canonical

FAST = Policy(timeout=0.5, delay=0.0, max_bytes=64 * 1024)


@pytest.fixture
def site():
    with Site() as s:
        s.routes["/robots.txt"] = (200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow: /private/\n")
        yield s


def test_a_page_is_fetched_with_a_user_agent_naming_newsgraph(site):
    site.routes["/a"] = (200, HTML, article_html(1))
    with Fetcher(FAST) as f:
        r = f.get(site.url("/a"))
    assert r.status == 200 and b"Story 1" in r.body
    ua = [h for _, p, h in site.log if p == "/a"][0]["User-Agent"]
    assert ua.startswith("newsgraph/")


def test_three_redirects_are_followed_and_a_fourth_is_over_a_limit_of_three(site):
    site.routes["/r1"] = (301, [("Location", "/r2")], b"")
    site.routes["/r2"] = (302, [("Location", site.url("/r3"))], b"")
    site.routes["/r3"] = (307, [("Location", "/final")], b"")
    site.routes["/final"] = (200, HTML, article_html(2))
    with Fetcher(FAST) as f:
        r = f.get(site.url("/r1"))
    assert r.final_url == site.url("/final") and len(r.redirects) == 3
    with Fetcher(Policy(timeout=0.5, delay=0, max_redirects=2)) as f:
        with pytest.raises(FetchError, match="more than 2 redirects"):
            f.get(site.url("/r1"))


def test_a_redirect_loop_ends(site):
    site.routes["/loop"] = (302, [("Location", "/loop")], b"")
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="redirects"):
        f.get(site.url("/loop"))


@pytest.mark.parametrize("declared", [True, False])
def test_a_too_large_page_is_refused(site, declared):
    body = article_html(3, extra="<p>" + "word " * 40000 + "</p>")
    if declared:
        site.routes["/big"] = (200, HTML, body)
    else:  # no Content-Length: the limit is kept while reading
        site.routes["/big"] = (200, HTML + [("Connection", "close"), ("Content-Length", None)], body)
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="byte limit") as e:
        f.get(site.url("/big"))
    assert not e.value.retry


def test_a_page_that_times_out_fails_quickly_and_may_be_retried(site):
    def slow(_):
        time.sleep(2)
        return 200, HTML, article_html(4)

    site.routes["/slow"] = slow
    started = time.monotonic()
    with Fetcher(Policy(timeout=0.3, delay=0)) as f, pytest.raises(FetchError, match="timed out") as e:
        f.get(site.url("/slow"))
    assert time.monotonic() - started < 1.5
    assert e.value.retry


def test_content_type_is_checked(site):
    site.routes["/doc.pdf"] = (200, [("Content-Type", "application/pdf")], b"%PDF-1.4")
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="application/pdf, not text/html"):
        f.get(site.url("/doc.pdf"))


def test_server_errors_may_be_retried_and_not_found_may_not(site):
    site.routes["/err"] = (500, HTML, b"oops")
    with Fetcher(FAST) as f:
        with pytest.raises(FetchError) as e500:
            f.get(site.url("/err"))
        with pytest.raises(FetchError) as e404:
            f.get(site.url("/gone"))
    assert e500.value.retry and e500.value.status == 500
    assert not e404.value.retry and e404.value.status == 404


def test_robots_txt_is_obeyed(site):
    site.routes["/private/x"] = (200, HTML, article_html(5))
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="robots.txt disallows") as e:
        f.get(site.url("/private/x"))
    assert e.value.disallowed
    assert site.hits("/private/x") == 0 and site.hits("/robots.txt") == 1


def test_a_redirect_into_a_disallowed_path_is_not_followed(site):
    site.routes["/open"] = (302, [("Location", "/private/y")], b"")
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="robots"):
        f.get(site.url("/open"))
    assert site.hits("/private/y") == 0


def test_an_unreadable_robots_txt_disallows_the_site_for_now(site):
    site.routes["/robots.txt"] = (503, HTML, b"down")
    site.routes["/a"] = (200, HTML, article_html(1))
    with Fetcher(FAST) as f, pytest.raises(FetchError, match="robots.txt answered 503") as e:
        f.get(site.url("/a"))
    assert e.value.retry and site.hits("/a") == 0


def test_one_request_at_a_time_per_host_with_a_delay(site):
    for i in range(3):
        site.routes[f"/p{i}"] = (200, HTML, article_html(i))
    with Fetcher(Policy(timeout=1, delay=0.25)) as f:
        for i in range(3):
            f.get(site.url(f"/p{i}"))
    times = [t for t, p, _ in site.log]  # robots.txt, p0, p1, p2
    assert len(times) == 4
    assert all(b - a >= 0.24 for a, b in zip(times, times[1:]))


def test_a_longer_crawl_delay_wins(site):
    site.routes["/robots.txt"] = (200, [("Content-Type", "text/plain")], b"User-agent: *\nCrawl-delay: 1\n")
    site.routes["/a"] = (200, HTML, article_html(1))
    site.routes["/b"] = (200, HTML, article_html(2))
    with Fetcher(FAST) as f:
        f.get(site.url("/a"))
        f.get(site.url("/b"))
    t = {p: when for when, p, _ in site.log}
    assert t["/b"] - t["/a"] >= 0.95  # robots.txt delays are whole seconds


def test_conditional_requests_use_the_etag_and_last_modified(site):
    def feed(req):
        if req.headers.get("If-None-Match") == '"v1"':
            return 304, [("ETag", '"v1"')], b""
        return 200, XML + [("ETag", '"v1"'), ("Last-Modified", "Sat, 05 Dec 2026 10:00:00 GMT")], rss(site.base, ["/a"])

    site.routes["/feed"] = feed
    with Fetcher(FAST) as f:
        first = f.get(site.url("/feed"), kind="feed", accept=FEED_TYPES)
        again = f.get(site.url("/feed"), kind="feed", accept=FEED_TYPES, etag=first.etag,
                      last_modified=first.last_modified)
    assert first.status == 200 and first.etag == '"v1"'
    assert again.not_modified and again.body == b""
    sent = [h for _, p, h in site.log if p == "/feed"][1]
    assert sent["If-Modified-Since"] == "Sat, 05 Dec 2026 10:00:00 GMT"


def test_offline_refuses_any_network_use(site):
    with Fetcher(Policy(offline=True)) as f, pytest.raises(FetchError, match="--offline"):
        f.get(site.url("/a"))
    assert site.log == []


def test_every_response_is_archived_pages_apart_from_the_rest(site, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    site.routes["/r"] = (301, [("Location", "/a")], b"")
    site.routes["/a"] = (200, HTML, article_html(1))
    site.routes["/feed"] = (200, XML, rss(site.base, ["/a"]))
    with Fetcher(FAST, Archive(tmp_path / "c.warc")) as f:
        f.get(site.url("/r"))
        f.get(site.url("/feed"), kind="feed", accept=FEED_TYPES)
        with pytest.raises(FetchError):
            f.get(site.url("/missing"))
        pages, crawl = f.archive.path("pages"), f.archive.path("crawl")

    def records(path):
        with open(path, "rb") as fh:
            return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                     r.http_headers.get_statuscode() if r.http_headers else None) for r in ArchiveIterator(fh)]

    assert [r for r in records(pages) if r[0] == "response"] == [
        ("response", site.url("/r"), "301"), ("response", site.url("/a"), "200")]
    assert {(u.rsplit("/", 1)[1], s) for t, u, s in records(crawl) if t == "response"} == {
        ("robots.txt", "200"), ("feed", "200"), ("missing", "404")}
    assert crawl.name.startswith("_")  # not an input of `newsgraph ingest DIR`


def test_a_url_among_inputs_is_fetched_only_in_a_session(site, tmp_path):
    from newsgraph.collect import session
    from newsgraph.errors import InputError
    from newsgraph.ingest import read_inputs
    from newsgraph.model import Article

    site.routes["/a"] = (200, HTML, article_html(1))
    session.begin(None)
    [refused] = list(read_inputs([site.url("/a")]))
    assert isinstance(refused, InputError) and "nothing here was asked to fetch" in refused.reason
    assert site.log == []
    session.begin(Fetcher(FAST, Archive(tmp_path / "w")))
    try:
        [article] = list(read_inputs([site.url("/a")]))
    finally:
        session.begin(None)
    assert isinstance(article, Article) and article.title.startswith("Story 1")
    assert article.source_path == article.url == site.url("/a")
    assert list((tmp_path / "w").glob("pages-*.warc.gz"))


def test_the_archive_lies_beside_the_corpus(tmp_path):
    assert beside(tmp_path / "corpus.db") == tmp_path / "corpus.warc"
    assert beside("news") .name == "news.warc"


def test_feed_links_rss_and_atom():
    base = "http://example.test"
    assert feeds.links(rss(base, ["/a", "/b", "/a"]), base + "/rss").articles == [base + "/a", base + "/b"]
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            b'<entry><title>x</title><link rel="alternate" href="/news/1"/><id>1</id></entry></feed>')
    got = feeds.links(atom, base + "/atom.xml")
    assert got.kind == "feed" and got.articles == [base + "/news/1"]


def test_sitemaps_plain_gzipped_and_index():
    base = "http://example.test"
    plain = feeds.links(sitemap(base, ["/x", "/y"]), base + "/sitemap.xml")
    assert plain.kind == "sitemap" and plain.articles == [base + "/x", base + "/y"]
    assert feeds.links(gzip.compress(sitemap(base, ["/z"])), base + "/s.xml.gz").articles == [base + "/z"]
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>http://example.test/s1.xml</loc></sitemap></sitemapindex>")
    got = feeds.links(index, base + "/index.xml")
    assert got.sitemaps == [base + "/s1.xml"] and got.articles == []


def test_feeds_named_by_a_web_page_are_found():
    page = (b'<!doctype html><html><head><link rel="stylesheet" href="/s.css">'
            b'<link rel="alternate" type="application/rss+xml" title="News" href="/rss.xml">'
            b'<link rel="alternate" type="application/atom+xml" href="https://example.test/atom">'
            b"</head><body></body></html>")
    got = feeds.links(page, "https://example.test/front")
    assert got.kind == "page" and got.feeds == ["https://example.test/rss.xml", "https://example.test/atom"]


def test_not_a_feed_is_an_input_error():
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match="names no RSS/Atom feed"):
        feeds.links(b"<html><body><p>hello</p></body></html>", "http://example.test/")
    with pytest.raises(InputError, match="not an RSS/Atom feed or a sitemap"):
        feeds.links(b"just some words", "http://example.test/x")


def test_urls_and_canonical_urls():
    assert is_url("https://example.org/a") and not is_url("story.html") and not is_url("C:/x.html")
    assert split_urls(["a.md", "http://x.test/1"]) == (["http://x.test/1"], ["a.md"])
    assert canonical("HTTP://Example.ORG:80/a?utm_source=rss&id=3#top") == "http://example.org/a?id=3"
    assert canonical("https://example.org") == "https://example.org/"
    assert canonical("https://example.org:8443/a") == "https://example.org:8443/a"
