"""Collection end to end with the real pipeline, against a loopback site: a feed of ten articles,
a sitemap, a feed that changes between two `--once` runs, one article at two URLs, a page that
fails then works, a killed `watch`, and the kept WARC rebuilding the corpus offline."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from collect_site import HTML, XML, Site, article_html, rss, sitemap
from newsgraph.cli import main
from newsgraph.collect.fetch import Fetcher, Policy
from newsgraph.collect.watch import Collector, Source, load_sources

FAST = ["--delay", "0", "--timeout", "2"]
ROBOTS = (200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow: /private/\n")


def rows(db, sql):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return c.execute(sql).fetchall()
    finally:
        c.close()


@pytest.fixture
def site():
    with Site() as s:
        s.routes["/robots.txt"] = ROBOTS
        for i in range(14):
            s.routes[f"/news/{i}"] = (200, HTML, article_html(i))
        s.routes["/feed.xml"] = (200, XML, rss(s.base, [f"/news/{i}" for i in range(10)]))
        yield s


def sources(tmp_path, text) -> str:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_feed_of_ten_then_only_the_new_articles(site, tmp_path, capsys):
    db = str(tmp_path / "c.db")
    src = sources(tmp_path, f"sources:\n  - name: Example\n    feed: {site.url('/feed.xml')}\n")
    assert main(["watch", src, "--db", db, "--once", *FAST]) == 0
    out = capsys.readouterr()
    assert out.out.count("added\t") == 10
    assert "Example: 10 listed, 10 added" in out.err
    assert rows(db, "SELECT COUNT(*) FROM articles")[0][0] == 10
    assert main(["query", "articles", "--db", db, "--json", "--limit", "3"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 3 and all(a["via"] == site.url("/feed.xml") and a["ingested_at"] for a in listed)

    site.routes["/feed.xml"] = (200, XML, rss(site.base, [f"/news/{i}" for i in range(12)]))
    assert main(["watch", src, "--db", db, "--once", *FAST]) == 0
    added = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines() if line.startswith("added")]
    assert added == [site.url("/news/10"), site.url("/news/11")]
    assert rows(db, "SELECT COUNT(*) FROM articles")[0][0] == 12
    assert all(site.hits(f"/news/{i}") == 1 for i in range(12))  # every page fetched once


def test_an_unchanged_feed_costs_one_conditional_request(site, tmp_path, capsys):
    def feed(req):
        if req.headers.get("If-None-Match") == '"1"':
            return 304, [("ETag", '"1"')], b""
        return 200, XML + [("ETag", '"1"')], rss(site.base, ["/news/0", "/news/1"])

    site.routes["/feed.xml"] = feed
    db = str(tmp_path / "c.db")
    src = sources(tmp_path, f"- {site.url('/feed.xml')}\n")
    assert main(["watch", src, "--db", db, "--once", *FAST]) == 0
    assert main(["watch", src, "--db", db, "--once", *FAST]) == 0
    assert "unchanged since the last run" in capsys.readouterr().err
    assert site.hits("/feed.xml") == 2 and site.hits("/news/0") == 1


def test_watch_without_once_passes_again_after_the_interval(site, tmp_path, monkeypatch, capsys):
    from newsgraph.commands import watch as command

    site.routes["/feed.xml"] = (200, XML, rss(site.base, ["/news/0"]))
    naps = []

    def sleep(seconds):
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt  # Ctrl-C during the second wait

    monkeypatch.setattr(command.time, "sleep", sleep)
    db = str(tmp_path / "c.db")
    assert main(["watch", sources(tmp_path, f"- {site.url('/feed.xml')}\n"), "--db", db, "--interval", "2m", *FAST]) == 130
    assert naps == [120, 120]
    assert site.hits("/feed.xml") == 2 and site.hits("/news/0") == 1
    assert site.hits("/robots.txt") == 2  # read again each pass
    assert capsys.readouterr().out.count("added\t") == 1


def test_a_front_page_leads_to_its_feed(site, tmp_path, capsys):
    site.routes["/"] = (200, HTML, b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
                                   b'href="/feed.xml"></head><body><p>Front page</p></body></html>')
    db = str(tmp_path / "c.db")
    assert main(["watch", sources(tmp_path, f"- url: {site.url('/')}\n  limit: 2\n"), "--db", db, "--once", *FAST]) == 0
    assert capsys.readouterr().out.count("added\t") == 2  # the limit: the other eight wait for the next run
    assert site.hits("/feed.xml") == 1 and site.hits("/news/2") == 0


def test_a_sitemap_robots_txt_and_one_article_at_two_urls(site, tmp_path, analyzer):
    site.routes["/mirror/0"] = (200, HTML, article_html(0))  # the same story under another address
    site.routes["/private/9"] = (200, HTML, article_html(9))
    site.routes["/sitemap.xml"] = (200, [("Content-Type", "application/xml")],
                                   sitemap(site.base, ["/news/0", "/mirror/0", "/news/1?utm_source=x", "/news/1",
                                                       "/private/9"]))
    from newsgraph import corpus

    conn = corpus.connect(tmp_path / "c.db")
    with Fetcher(Policy(timeout=2, delay=0)) as f:
        report = Collector(conn, f, analyzer.analyze).source(Source(site.url("/sitemap.xml"), kind="sitemap"))
    got = {p.url.replace(site.base, ""): p.outcome for p in report.pages}
    assert got == {"/news/0": "stored", "/mirror/0": "duplicate", "/news/1?utm_source=x": "stored",
                   "/news/1": "skipped", "/private/9": "disallowed"}
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
    assert site.hits("/private/9") == 0 and site.hits("/news/1") == 0
    log = dict(conn.execute("SELECT url, outcome FROM fetch_log WHERE kind = 'page'").fetchall())
    assert log[site.url("/mirror/0")] == "duplicate" and log[site.url("/private/9")] == "disallowed"
    conn.close()


def test_a_sitemap_index_and_a_limit_that_leaves_the_rest_for_the_next_run(site, tmp_path, analyzer):
    def index(req):
        if req.headers.get("If-None-Match") == '"i1"':
            return 304, [("ETag", '"i1"')], b""
        body = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + f"<sitemap><loc>{site.url('/s1.xml')}</loc></sitemap>".encode() + b"</sitemapindex>")
        return 200, [("Content-Type", "application/xml"), ("ETag", '"i1"')], body

    site.routes["/index.xml"] = index
    site.routes["/s1.xml"] = (200, [("Content-Type", "application/xml")], sitemap(site.base, ["/news/0", "/news/1",
                                                                                              "/news/2"]))
    from newsgraph import corpus

    conn = corpus.connect(tmp_path / "c.db")
    src = Source(site.url("/index.xml"), limit=2)
    with Fetcher(Policy(timeout=2, delay=0)) as f:
        first = Collector(conn, f, analyzer.analyze).source(src)
        second = Collector(conn, f, analyzer.analyze).source(src)
        third = Collector(conn, f, analyzer.analyze).source(src)
    assert (first.listed, len(first.added), first.deferred) == (3, 2, 1)
    # the index's ETag was not kept while pages were left over: the second run reads it in full
    assert not second.unchanged and [p.url for p in second.added] == [site.url("/news/2")]
    assert third.unchanged  # now it was kept: 304, nothing more fetched
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    conn.close()


def test_a_failure_is_retried_after_a_back_off(site, tmp_path, analyzer):
    calls = []

    def flaky(_):
        calls.append(1)
        return (500, HTML, b"busy") if len(calls) == 1 else (200, HTML, article_html(3))

    site.routes["/flaky"] = flaky
    from newsgraph import corpus

    conn = corpus.connect(tmp_path / "c.db")
    clock = [dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.timezone.utc)]
    with Fetcher(Policy(timeout=2, delay=0)) as f:
        c = Collector(conn, f, analyzer.analyze, backoff=600, clock=lambda: clock[0])
        assert c.page(site.url("/flaky")).outcome == "failed"
        assert tuple(conn.execute("SELECT status, attempts, next_try FROM fetch_log").fetchone()) == (
            500, 1, "2026-12-05T12:10:00+00:00")
        assert c.page(site.url("/flaky")).outcome == "skipped"  # too soon: not asked again
        assert len(calls) == 1
        clock[0] += dt.timedelta(minutes=11)
        assert c.page(site.url("/flaky")).outcome == "stored"
    assert tuple(conn.execute("SELECT outcome, attempts, next_try FROM fetch_log").fetchone()) == ("stored", 0, None)
    conn.close()


def test_ingest_and_analyze_a_url_and_offline_refuses(site, tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["ingest", site.url("/news/5"), "--db", db, *FAST]) == 0
    assert rows(db, "SELECT url, input_format FROM articles") == [(site.url("/news/5"), "html")]
    assert list((tmp_path / "c.warc").glob("pages-*.warc.gz"))
    capsys.readouterr()
    assert main(["query", "articles", "--db", db, "--since", dt.date.today().isoformat(), "--json"]) == 0
    assert site.url("/news/5") in capsys.readouterr().out
    assert main(["query", "articles", "--db", db, "--since", "2999-01-01"]) == 0
    assert "(no rows)" in capsys.readouterr().err
    assert main(["ingest", site.url("/nothing-here"), "--db", db, *FAST]) == 1
    capsys.readouterr()
    assert main(["query", "fetches", "failed", "--db", db, "--json"]) == 0
    failed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(f["url"], f["status"], f["attempts"]) for f in failed] == [(site.url("/nothing-here"), 404, 1)]

    out = tmp_path / "a.json"
    assert main(["analyze", site.url("/news/6"), "-o", str(out), "--archive", str(tmp_path / "a.warc"), *FAST]) == 0
    assert "Story 6" in out.read_text(encoding="utf-8")

    before = len(site.log)
    assert main(["ingest", site.url("/news/7"), "--db", db, "--offline"]) == 1
    assert main(["analyze", site.url("/news/7"), "--offline"]) == 1
    assert main(["watch", sources(tmp_path, f"- {site.url('/feed.xml')}\n"), "--db", db, "--offline"]) == 1
    assert "--offline" in capsys.readouterr().err
    assert len(site.log) == before


def test_nothing_fetches_without_a_url(tmp_path, monkeypatch):
    import httpx

    def refuse(*a, **k):
        raise AssertionError("network used")

    monkeypatch.setattr(httpx.Client, "send", refuse)
    (tmp_path / "a.md").write_text("# Title\n\n" + article_html(1).decode(), encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.md"), "--db", str(tmp_path / "c.db"), "-q"]) == 0
    assert not (tmp_path / "c.warc").exists()


def test_intervals():
    from newsgraph.commands.watch import interval
    from newsgraph.errors import ConfigError

    assert [interval(t) for t in ("90s", "15m", "2h", "1d", "30")] == [90, 900, 7200, 86400, 30]
    for bad in ("", "0m", "15 minutes", "-1h"):
        with pytest.raises(ConfigError):
            interval(bad)


def test_sources_file_errors_are_plain(tmp_path):
    from newsgraph.errors import ConfigError

    cases = [("- feed: ftp://x/feed\n", "not an http"),
             ("- {feed: 'http://x/a', sitemap: 'http://x/b'}\n", "exactly one"),
             ("- feed: http://x/a\n  limt: 3\n", "unknown key"), ("{}\n", "expected a list"), ("[\n", "not valid YAML")]
    for text, msg in cases:
        with pytest.raises(ConfigError, match=msg):
            load_sources(sources(tmp_path, text))
    got = load_sources(sources(tmp_path, "- http://x/feed\n- sitemap: http://x/s.xml\n  limit: 5\n  name: X\n"))
    assert got == [Source("http://x/feed"), Source("http://x/s.xml", "X", "sitemap", 5)]


def test_killing_watch_loses_and_duplicates_nothing_and_the_warc_rebuilds_the_corpus(site, tmp_path):
    def slow_page(n):
        def page(_):
            time.sleep(0.3)
            return 200, HTML, article_html(n)
        return page

    for i in range(10):
        site.routes[f"/news/{i}"] = slow_page(i)
    db = tmp_path / "c.db"
    src = sources(tmp_path, f"- feed: {site.url('/feed.xml')}\n")
    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), str(repo)])}
    cmd = [sys.executable, "-m", "newsgraph", "watch", src, "--db", str(db), "--once", *FAST]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if db.exists() and rows(db, "SELECT COUNT(*) FROM articles")[0][0] >= 3:
                    break
            except sqlite3.OperationalError:  # the tables are being created
                pass
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    stored = rows(db, "SELECT COUNT(*) FROM articles")[0][0]
    assert 3 <= stored < 10, "killed mid-run"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT url) FROM articles") == [(10, 10)]
    assert rows(db, "SELECT COUNT(*) FROM fetch_log WHERE kind = 'page' AND outcome = 'stored'") == [(10,)]
    # pages fetched twice at most (one the kill interrupted), and only those
    assert sum(site.hits(f"/news/{i}") for i in range(10)) <= 11

    # the kept pages rebuild the same corpus without the network
    offline = tmp_path / "offline.db"
    rc = main(["ingest", str(tmp_path / "c.warc"), "--db", str(offline), "--offline", "-q"])
    # 1 only when the kill cut a WARC record short (its page was fetched again by the rerun)
    assert rc == 0 or rows(offline, "SELECT reason FROM failures")[0][0].startswith("WARC file is truncated")
    q = "SELECT content_hash, title, url FROM articles ORDER BY content_hash"
    assert rows(offline, q) == rows(db, q)
