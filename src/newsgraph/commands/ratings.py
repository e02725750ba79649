"""`newsgraph ratings DOMAIN_OR_NAME`: an outlet's rating and its basis (source, year, figure)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..source import load_ratings


def register(sub) -> None:
    p = sub.add_parser("ratings", help="show an outlet's reliability rating and what it rests on",
                       description="Look an outlet up in the ratings table (host, then parent and registered "
                                   "domain; a name through the known names and aliases) and print its rating, "
                                   "score and basis: the source, the year and the figure. Exit 1 when one is "
                                   "not rated.")
    p.add_argument("queries", nargs="+", metavar="DOMAIN_OR_NAME",
                   help="a domain or URL (uk.reuters.com) or an outlet's name (\"Thomson Reuters\")")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    table = load_ratings(args.ratings)
    missing = 0
    for q in args.queries:
        m = table.find(q)
        if m is None:
            missing += 1
            unknown = {"query": q, "domain": None, "label": "unknown", "score": None, "found_by": None,
                       "basis": "not in the ratings table: unknown, not guessed (add it with --ratings FILE)"}
            print(json.dumps(unknown) if args.json else f"{q}: unknown (not in the ratings table; not guessed, "
                                                         "add it with --ratings FILE)")
            continue
        rel = m.reliability()
        if args.json:
            print(json.dumps({"query": q, "domain": m.rating.domain, "label": rel.label, "score": rel.score,
                              "found_by": m.how, "source": m.rating.rater, "year": m.rating.rated,
                              "basis": rel.basis}, ensure_ascii=False))
            continue
        print(f"{q}: {rel.label}")
        print(f"  domain    {m.rating.domain or '-'} (found by {m.how})")
        if rel.score is not None:
            print(f"  score     {rel.score:g} (0 lowest to 1 highest quality)")
        print(f"  source    {m.rating.rater or 'unnamed rater'}, {m.rating.rated or 'year not given'}"
              + (f", {m.rating.citation}" if m.rating.citation else "")
              + ("" if m.rating.origin == "shipped" else f" (from {m.rating.origin})"))
        print(f"  basis     {rel.basis}")
    return 1 if missing else 0
