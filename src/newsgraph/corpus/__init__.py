"""The corpus: a SQLite file of analysed articles, deduplicated, with actors and events merged
across articles, queries and exports.

    connect(db)                     open (and create or migrate) a corpus
    ingest(conn, items, analyze)    analyse and store articles in batches -> Summary
    items_from_paths(paths)         articles under files, directories and globs
    queries.*                       actors, events, statements, stances, network, timeline, search
    export.export(conn, table, fmt, path)
"""

from __future__ import annotations

from . import export, queries
from .ingest import Failure, Summary, ingest, items_from_paths
from .store import connect, transaction

__all__ = ["Failure", "Summary", "connect", "export", "ingest", "items_from_paths", "queries", "transaction"]
