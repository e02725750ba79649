"""Ingesting articles into the corpus: stream, analyse, write in batches, summarise.

Articles are analysed outside any transaction and written in batches (one short write
transaction each), so memory stays flat and readers are never blocked for long. The content
hash makes a rerun idempotent: what a killed run committed is skipped, what it had not committed
is done again, and every article ends up stored exactly once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from .. import ingest as readers
from ..errors import InputError, NewsgraphError
from ..model import Analysis, Article
from . import dedup
from .store import explain, patiently, transaction
from .write import store

BATCH_SIZE = 50
BATCH_SECONDS = 10.0  # a slow analysis still commits this often, so an interrupted run loses little
# SQLite's page cache for the writer, KiB (its default is 2,000 KiB). The index pages every article
# touches (near-copy bands, actors, events) are spread over the whole file: with the default cache
# each is read again from the operating system, and a write costs more the bigger the corpus. A
# fixed size: memory stays flat however large the corpus grows.
CACHE_KIB = int(os.environ.get("NEWSGRAPH_CACHE_KIB", 64 * 1024))
# WAL pages before SQLite copies them into the database (its default is 1,000, 4 MB): an index page
# written by several batches in a row is copied once, not once per batch.
CHECKPOINT_PAGES = int(os.environ.get("NEWSGRAPH_CHECKPOINT_PAGES", 10_000))


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str


@dataclass(slots=True)
class Summary:
    new: int = 0
    duplicate: int = 0  # same text already in the corpus (or earlier in this run)
    near_duplicate: int = 0  # stored, linked to its original, not counted as a source
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.new + self.duplicate + self.near_duplicate + len(self.failed)

    def line(self) -> str:
        return (f"{self.new} new, {self.duplicate} duplicate, {self.near_duplicate} near-duplicate, "
                f"{len(self.failed)} failed in {self.seconds:.1f}s")


@dataclass(slots=True)
class _Pending:
    analysis: Analysis
    chash: str
    sig: np.ndarray


def items_from_paths(paths: Iterable[str]) -> Iterable[Article | InputError]:
    """Every article under `paths` (files, directories, globs), or an InputError per bad input."""
    return readers.read_inputs(paths)


def ingest(conn: sqlite3.Connection, items: Iterable[Article | InputError], analyze: Callable[[Article], Analysis],
           *, db: str | os.PathLike = "corpus", batch_size: int = BATCH_SIZE, batch_seconds: float = BATCH_SECONDS,
           tick: Callable[[], None] | None = None, lock_patience_s: float | None = None) -> Summary:
    """Analyse and store `items`; failures are recorded in the `failures` table and the summary.

    A batch that finds the database locked by another writer is tried again for `lock_patience_s`
    (store.LOCK_PATIENCE_S by default). Raises StoreError when the database cannot be written
    (still locked, disk full): the batch being written is rolled back whole, earlier batches stay,
    and rerunning continues where it stopped.
    """
    summary = Summary()
    started = time.perf_counter()
    pending: list[_Pending] = []
    failed: list[Failure] = []
    hashes: set[str] = set()  # of the pending batch, to catch a copy within it
    last_flush = time.monotonic()
    cache = _set_cache(conn, db)
    try:
        for item in items:
            if isinstance(item, InputError):
                failed.append(Failure(item.source, item.reason))
            else:
                _one(conn, item, analyze, pending, failed, hashes, summary, db)
            if tick:
                tick()
            if len(pending) + len(failed) >= batch_size or time.monotonic() - last_flush >= batch_seconds:
                _flush(conn, pending, failed, summary, db, lock_patience_s)
                hashes.clear()
                last_flush = time.monotonic()
        _flush(conn, pending, failed, summary, db, lock_patience_s)
    except KeyboardInterrupt:
        _flush(conn, pending, failed, summary, db, lock_patience_s)  # keep what is analysed: Ctrl-C loses nothing
        raise
    finally:
        _reset_cache(conn, cache)
    summary.seconds = time.perf_counter() - started
    return summary


def _set_cache(conn: sqlite3.Connection, db) -> tuple[int, int]:
    """The connection's page cache and WAL checkpoint for the ingest (CACHE_KIB, CHECKPOINT_PAGES);
    returns what they were."""
    try:
        before = (conn.execute("PRAGMA cache_size").fetchone()[0], conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        if CACHE_KIB > 0:
            conn.execute(f"PRAGMA cache_size = -{int(CACHE_KIB)}")
        if CHECKPOINT_PAGES > 0:
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(CHECKPOINT_PAGES)}")
        return before
    except sqlite3.Error as e:
        raise explain(db, e) from None


def _reset_cache(conn: sqlite3.Connection, before: tuple[int, int]) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.execute(f"PRAGMA cache_size = {int(before[0])}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(before[1])}")


def _one(conn, article: Article, analyze, pending: list[_Pending], failed: list[Failure], hashes: set[str],
         summary: Summary, db) -> None:
    source = article.source_path or article.id or "article"
    chash = dedup.content_hash(article.text)
    try:
        known = conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (chash,)).fetchone()
    except sqlite3.Error as e:
        raise explain(db, e) from None
    if known or chash in hashes:
        summary.duplicate += 1
        return
    try:
        analysis = analyze(article)
    except NewsgraphError as e:
        failed.append(Failure(source, str(e)))
        return
    except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
        where = traceback.extract_tb(e.__traceback__)[-1]
        failed.append(Failure(source, f"internal error {type(e).__name__}: {e} "
                                      f"(at {os.path.basename(where.filename)}:{where.lineno})"))
        return
    hashes.add(chash)
    pending.append(_Pending(analysis, chash, dedup.signature(article.text)))


def _flush(conn, pending: list[_Pending], failed: list[Failure], summary: Summary, db,
           lock_patience_s: float | None) -> None:
    if not pending and not failed:
        return
    new, near, dup, stored_failures = patiently(lambda: _write(conn, pending, failed, db), patience_s=lock_patience_s)
    summary.new += new
    summary.near_duplicate += near
    summary.duplicate += dup
    summary.failed.extend(failed + stored_failures)
    pending.clear()
    failed.clear()


def _write(conn, pending: list[_Pending], failed: list[Failure], db) -> tuple[int, int, int, list[Failure]]:
    """One batch in one transaction: (new, near-duplicate, duplicate, failures of the store)."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    new = near = dup = 0
    stored_failures: list[Failure] = []
    with transaction(conn, db):
        for p in pending:
            # Another process (a second ingest into the same corpus) may have stored this text
            # since we looked: it is a duplicate, not a failure. Under the write lock this is exact.
            if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (p.chash,)).fetchone():
                dup += 1
                conn.execute("DELETE FROM failures WHERE source = ?", (_source(p.analysis),))
                continue
            conn.execute("SAVEPOINT article")
            try:
                copy_of = dedup.find_near_copy(conn, p.analysis.article.text, p.sig)
                store(conn, p.analysis, p.chash, p.sig, copy_of)
                conn.execute("DELETE FROM failures WHERE source = ?", (_source(p.analysis),))
                conn.execute("RELEASE article")
            except Exception as e:  # noqa: BLE001 - sorted below: only this article's records are at fault
                if isinstance(e, sqlite3.Error) and not isinstance(e, sqlite3.IntegrityError):
                    raise  # locked, disk full, damaged: the whole batch is rolled back by `transaction`
                # a record the store cannot take (an odd analysis, a bug): skip this article only
                conn.execute("ROLLBACK TO article")
                conn.execute("RELEASE article")
                stored_failures.append(Failure(_source(p.analysis), f"could not be stored: {type(e).__name__}: {e}"))
                continue
            if copy_of:
                near += 1
            else:
                new += 1
        for f in failed + stored_failures:
            conn.execute("INSERT OR REPLACE INTO failures(source, reason, at) VALUES (?, ?, ?)", (f.source, f.reason, now))
    return new, near, dup, stored_failures


def _source(analysis: Analysis) -> str:
    return analysis.article.source_path or analysis.article.id or "article"
