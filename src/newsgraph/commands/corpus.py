"""`newsgraph ingest`, `newsgraph query` and `newsgraph export`: the corpus commands."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import astuple
from pathlib import Path

from . import _progress

DEFAULT_DB = "corpus.db"
EXPORT_TABLES = ("events", "event_actors", "actors", "articles", "statements", "stances", "signals", "contradictions",
                 "polecat", "network")
QUERIES = ("stats", "actors", "events", "statements", "stances", "network", "timeline", "search",
           "contradictions", "review", "failures", "articles", "fetches")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them in a corpus database",
                       description="Analyse articles and add them to a SQLite corpus: exact copies are skipped, "
                                   "near-copies linked to their original, events merged across articles. "
                                   "Rerunning after a crash or Ctrl-C continues; nothing is stored twice.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article file, directory, glob, or an http(s) URL to fetch (none: only create or upgrade the database)")
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    p.add_argument("--retry-failed", action="store_true",
                   help="also read again every input listed in the database's failures (newsgraph query failures)")
    p.add_argument("--batch-size", type=int, default=50, metavar="N", help="articles per write transaction (default 50)")
    from .watch import add_fetch_options
    add_fetch_options(p)  # for URL arguments
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument("--actors", type=Path, metavar="FILE", help="YAML dictionary of actors that adds to or overrides the text")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table")
    from .. import limits, parallel

    p.add_argument("--time-limit", type=limits.seconds_arg, default=limits.DEFAULT_SECONDS, metavar="SECONDS",
                   help="per-article budget: an analysis running longer is recorded as a failure (too slow); 0 for none")
    parallel.add_options(p)
    p.set_defaults(handler=run_ingest)

    q = sub.add_parser("query", help="ask a corpus database: actors, events, statements, stances, network, timeline, search",
                       description="Query a corpus. Output is an aligned table on a terminal, TSV otherwise, or --json lines.")
    q.add_argument("what", choices=QUERIES, help="what to list")
    q.add_argument("text", nargs="?", help="for search: an FTS5 expression, e.g. '\"rocket attack\" AND Syria'")
    q.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    q.add_argument("--actor", help="events/timeline/network: involving this actor; actors: matching this name")
    q.add_argument("--speaker", help="statements: by this speaker")
    q.add_argument("--holder", help="stances: held by this actor")
    q.add_argument("--topic", help="stances: on this topic or initiative (part of its name)")
    q.add_argument("--type", help="events: PLOVER type, e.g. ASSAULT")
    q.add_argument("--kind", help="actors: person, organization, country, location, facility, group")
    q.add_argument("--since", metavar="YYYY-MM-DD",
                   help="events/timeline: on or after this date; articles, fetches: ingested or fetched since")
    q.add_argument("--until", metavar="YYYY-MM-DD", help="events/timeline: on or before this date; articles: ingested until")
    q.add_argument("--place", help="events: where (part of the place name)")
    q.add_argument("--outlet", help="events: reported by this outlet (part of its domain or name)")
    q.add_argument("--min-corroboration", type=int, default=0, metavar="N", help="events: reported by at least N independent outlets")
    q.add_argument("--min-weight", type=int, default=1, metavar="N", help="network: edges of at least N events")
    q.add_argument("--limit", type=_row_limit, default=100, metavar="N", help="at most N rows (default 100)")
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    q.set_defaults(handler=run_query)

    e = sub.add_parser("export", help="export a corpus table as CSV, JSONL or Parquet, or the actor network as GraphML or GEXF",
                       description="Export a corpus table (typed columns, ids that join across tables; docs/corpus.md) "
                                   "or the actor network for Gephi/networkx (--table network, .graphml or .gexf).")
    e.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB})")
    e.add_argument("--format", "-f", choices=("csv", "jsonl", "parquet", "graphml", "gexf"), default=None,
                   help="default: from the output file's suffix")
    e.add_argument("--table", "-t", choices=EXPORT_TABLES, default="events",
                   help="what to export (default events; polecat: events in the POLECAT/NGEC layout)")
    e.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="file to write (- for standard output); it appears only when complete, never over the database, a device or a link")
    e.set_defaults(handler=run_export)


def _row_limit(value: str) -> int:
    """--limit N: a count of rows; anything past what SQLite counts means "all"."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: give 0 or more rows")
    return min(n, 2**62)


def run_ingest(args: argparse.Namespace) -> int:
    from .. import corpus, parallel
    from ..pipeline import Options

    conn = corpus.connect(args.db)
    from .watch import ingest_urls
    url_failed = ingest_urls(conn, args)  # URLs among the paths: fetched, kept, logged; None when there are none
    if url_failed is not None and not args.paths:
        conn.close()
        return 1 if url_failed else 0
    if args.retry_failed:
        args.paths = list(args.paths) + _failed_inputs(conn)
    if not args.paths:
        conn.close()
        if not args.quiet:
            print(f"newsgraph: {args.db} is ready (schema up to date)", file=sys.stderr)
        return 0
    # the runner analyses (here, in worker processes or on Dask); this process alone writes the corpus
    options = Options(actors_file=args.actors, ratings_file=args.ratings, time_limit=args.time_limit)
    from .analyze import check_user_files
    check_user_files(options)  # a bad --actors/--ratings is one message before any work
    runner = parallel.make_runner(args.workers, args.cluster, options)
    with runner, _progress.progress("ingesting", quiet=args.quiet) as bar:
        summary = parallel.ingest(conn, corpus.items_from_paths(args.paths), runner, db=args.db,
                                  batch_size=max(1, args.batch_size), tick=bar.update)
    conn.close()
    if not args.quiet:
        print(f"newsgraph: {args.db}: {summary.line()}", file=sys.stderr)
        for f in summary.failed:
            print(f"  failed {f.source}: {f.reason}", file=sys.stderr)
        if summary.failed:
            print("  (listed in the database: `newsgraph query failures`; rerun the same command to retry them)", file=sys.stderr)
    return 1 if summary.failed or url_failed else 0


def _failed_inputs(conn) -> list[str]:
    """Files behind the recorded failures ("file.jsonl#3" is read again as "file.jsonl")."""
    import os

    from ..corpus import queries

    names = {f.source.split("#", 1)[0] for f in queries.failures(conn)}
    return sorted(n for n in names if os.path.exists(n))


def run_query(args: argparse.Namespace) -> int:
    from .. import corpus
    from ..corpus import queries as Q
    from ..errors import StoreError

    conn = corpus.connect(args.db, create=False, readonly=True)
    w = args.what
    if w == "stats":
        rows = [Q.stats(conn)]
    elif w == "actors":
        rows = Q.actors(conn, name=args.actor, kind=args.kind, limit=args.limit)
    elif w == "events":
        rows = Q.events(conn, actor=args.actor, type=args.type, since=args.since, until=args.until, place=args.place,
                        outlet=args.outlet, min_corroboration=args.min_corroboration, limit=args.limit)
    elif w == "statements":
        rows = Q.statements(conn, speaker=args.speaker or args.actor, limit=args.limit)
    elif w == "stances":
        rows = Q.stances(conn, topic=args.topic or args.text, holder=args.holder, limit=args.limit)
    elif w == "network":
        rows = Q.network(conn, actor=args.actor, min_weight=args.min_weight, limit=args.limit)
    elif w == "timeline":
        rows = Q.timeline(conn, actor=args.actor, since=args.since, until=args.until, limit=args.limit)
    elif w == "search":
        if not args.text:
            raise StoreError("search needs a text: newsgraph query search 'ceasefire AND Gaza' --db FILE")
        rows = Q.search(conn, args.text, limit=args.limit)
    elif w == "contradictions":
        rows = Q.contradictions(conn, limit=args.limit)
    elif w == "articles":
        rows = Q.articles(conn, since=args.since, until=args.until, outlet=args.outlet, limit=args.limit)
    elif w == "fetches":
        rows = Q.fetches(conn, since=args.since, outcome=args.text, limit=args.limit)
    elif w == "review":
        rows = Q.review(conn, limit=args.limit)
    else:
        rows = Q.failures(conn)
    conn.close()
    _print(rows, args.json)
    return 0


def _print(rows: list, as_json: bool) -> None:
    if not rows:
        print("(no rows)", file=sys.stderr)
        return
    from ..corpus.queries import columns

    names = columns(type(rows[0]))
    if as_json:
        for r in rows:
            print(json.dumps(dict(zip(names, astuple(r))), ensure_ascii=False))
        return
    values = [["" if v is None else str(v).replace("\n", " ") for v in astuple(r)] for r in rows]
    if not sys.stdout.isatty():
        w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(values)
        return
    _rich_table(names, values)


def _rich_table(names: list[str], values: list[list[str]]) -> None:
    """An aligned table for a terminal (rich): every column keeps its header and short values; long
    text (evidence, URLs) is cut with an ellipsis to fit the terminal; numbers are right-aligned."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    term = Console(file=sys.stdout).width
    widths = [min(60, max([len(n), *(len(v[i]) for v in values)])) for i, n in enumerate(names)]
    floors = [min(w, max(len(n), 12)) for w, n in zip(widths, names)]  # never narrower than this
    room = term - 3 * len(names)  # padding and the column rule
    while sum(widths) > room:  # narrow the widest column that may still shrink, one step at a time
        i = max((i for i in range(len(widths)) if widths[i] > floors[i]), key=lambda i: widths[i], default=None)
        if i is None:
            break
        widths[i] -= 1
    # wider lines than the terminal beat hidden columns
    console = Console(file=sys.stdout, highlight=False, width=max(term, sum(widths) + 3 * len(names)))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for i, name in enumerate(names):
        numeric = all(v[i].lstrip("-").isdigit() for v in values if v[i])
        table.add_column(name, justify="right" if numeric else "left", width=widths[i], overflow="ellipsis",
                         no_wrap=True)
    for row in values:
        table.add_row(*row)
    console.print(table)


def run_export(args: argparse.Namespace) -> int:
    from .. import corpus, output
    from ..errors import StoreError

    if args.output == output.STDOUT and not args.format:
        raise StoreError("-o - writes to standard output: say which format with --format csv|jsonl|parquet|graphml|gexf")
    fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
    if fmt not in ("csv", "jsonl", "parquet", "graphml", "gexf"):
        raise StoreError(f"cannot tell the format from {args.output!r}; pass --format csv|jsonl|parquet|graphml|gexf")
    inputs = output.identities([args.db, args.db + "-wal", args.db + "-shm"])
    output.check(args.output, inputs)  # never onto the database, a device, a FIFO or a link
    conn = corpus.connect(args.db, create=False, readonly=True)
    try:
        with output.atomic_path(args.output, inputs) as tmp:
            n = corpus.export.export(conn, args.table, fmt, tmp)
    finally:
        conn.close()
    where = "standard output" if args.output == output.STDOUT else args.output
    print(f"newsgraph: wrote {n} {args.table} to {where}", file=sys.stderr)
    return 0
