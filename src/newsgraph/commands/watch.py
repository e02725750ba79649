"""`newsgraph watch SOURCES.yaml`: keep a corpus current from feeds and sitemaps; and the
fetching behind `newsgraph ingest URL...` and `newsgraph analyze URL...`."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from .corpus import DEFAULT_DB


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that may fetch (only when given a URL, or `watch`)."""
    g = p.add_argument_group("fetching (only for URL arguments and watch)")
    g.add_argument("--offline", action="store_true", help="refuse any network use (a URL argument is an error)")
    g.add_argument("--archive", metavar="DIR",
                   help="WARC folder keeping every fetched page (default: beside the corpus, "
                        "corpus.db -> corpus.warc/; for analyze: ./newsgraph.warc/)")
    g.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                   help="between two requests to one host (default 1; a longer robots.txt Crawl-delay wins)")
    g.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="per request (default 20)")


def register(sub) -> None:
    p = sub.add_parser("watch", help="keep a corpus current from RSS/Atom feeds and sitemaps",
                       description="Read SOURCES.yaml (feeds and sitemaps), fetch the articles not yet in the corpus, "
                                   "ingest them and print what was added. Polite: robots.txt, one request at a time "
                                   "per host with a delay, conditional requests. Every page is kept in a WARC file.")
    p.add_argument("sources", metavar="SOURCES.yaml",
                   help="list of sources: '- feed: URL', '- sitemap: URL' (name, limit optional)")
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    p.add_argument("--once", action="store_true", help="one pass over the sources, then exit (for cron)")
    p.add_argument("--interval", default="15m", metavar="TIME", help="between passes: 90s, 15m, 2h (default 15m)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only what was added")
    p.add_argument("--actors", type=Path, metavar="FILE",
                   help="YAML dictionary of actors that adds to or overrides the text")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table")
    add_fetch_options(p)
    p.set_defaults(handler=run_watch)


def interval(text: str) -> float:
    from ..errors import ConfigError

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"--interval {text!r}: give a time such as 90s, 15m or 2h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def fetcher(args: argparse.Namespace, archive_dir):
    from ..collect.archive import Archive
    from ..collect.fetch import Fetcher, Policy

    return Fetcher(Policy(timeout=args.timeout, delay=max(0.0, args.delay), offline=args.offline),
                   Archive(args.archive or archive_dir))


def fetch_session(args: argparse.Namespace) -> None:
    """`newsgraph analyze`: a URL among the paths is fetched with these options (nothing else is)."""
    from ..collect import session

    session.begin(fetcher(args, "newsgraph.warc"))


def run_watch(args: argparse.Namespace) -> int:
    from .. import corpus
    from ..collect import archive, watch
    from ..errors import InputError
    from ..pipeline import Analyzer, Options

    sources = watch.load_sources(args.sources)
    pause = interval(args.interval)
    if args.offline:
        raise InputError(args.sources, "watch fetches feeds and pages, and --offline refuses any network use")
    conn = corpus.connect(args.db)
    analyzer = Analyzer(Options(actors_file=args.actors, ratings_file=args.ratings))
    try:
        with fetcher(args, archive.beside(args.db)) as f:
            collector = watch.Collector(conn, f, analyzer.analyze, db=args.db)
            while True:
                for src in sources:
                    report = collector.source(src)
                    _print_report(report, args.quiet)
                if args.once:
                    return 0
                if not args.quiet:
                    print(f"newsgraph: next pass in {args.interval} (Ctrl-C stops)", file=sys.stderr, flush=True)
                time.sleep(pause)
                f.new_pass()
    finally:
        conn.close()


def _print_report(report, quiet: bool) -> None:
    for p in report.pages:
        if p.added:
            print(f"added\t{p.url}\t{p.title or ''}", flush=True)
        elif p.outcome in ("failed", "disallowed", "not-article") and not quiet:
            print(f"newsgraph: {p.outcome} {p.url}: {p.reason}", file=sys.stderr)
    if not quiet:
        print(f"newsgraph: {report.line()}", file=sys.stderr, flush=True)


def ingest_urls(conn, args: argparse.Namespace) -> int | None:
    """`newsgraph ingest URL...`: the URLs among `args.paths` (taken out of it) are fetched, kept,
    ingested and logged. Returns how many failed, or None when no URL was given."""
    from ..collect import archive, split_urls, watch
    from ..errors import InputError
    from ..pipeline import Analyzer, Options

    urls, args.paths = split_urls(list(args.paths))
    if not urls:
        return None
    if args.offline:
        raise InputError(urls[0], "is a URL, and --offline refuses any network use; give a file, or the kept WARC")
    analyzer = Analyzer(Options(actors_file=args.actors, ratings_file=args.ratings))
    failed = 0
    with fetcher(args, archive.beside(args.db)) as f:
        collector = watch.Collector(conn, f, analyzer.analyze, db=args.db)
        for url in urls:
            out = collector.page(url)
            if out.outcome in ("failed", "disallowed", "not-article"):
                failed += 1
            if not args.quiet:
                what = {"skipped": f"not fetched again: {out.reason}"}.get(out.outcome, out.reason or out.title or "")
                print(f"newsgraph: {out.outcome} {url}" + (f": {what}" if what else ""), file=sys.stderr)
    return failed
