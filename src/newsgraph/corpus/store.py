"""Opening the corpus database: WAL, migrations, and SQLite's errors turned into StoreErrors.

A corpus is one SQLite file the user owns. WAL lets queries read while an ingest writes; a busy
timeout lets a second writer wait for the first one's write, and `patiently` tries a whole write
again, with pauses, for as long as LOCK_PATIENCE_S before the user is told the file is locked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from ..errors import StoreBusyError, StoreError
from .schema import LATEST, MIGRATIONS

BUSY_TIMEOUT_MS = 30_000  # a second writer waits for the first one's batch, not fails
# How long a write (a batch, a migration) is tried again while another process holds the lock.
# SQLite's busy handler alone is not enough: it polls on a fixed schedule, so a writer that commits
# batch after batch can take the lock again before the waiting one looks, and CI saw a second
# ingest give up. Each try is one whole transaction, rolled back whole when it fails.
LOCK_PATIENCE_S = float(os.environ.get("NEWSGRAPH_LOCK_PATIENCE_S", 600))

T = TypeVar("T")


def explain(db: str | os.PathLike, e: sqlite3.Error) -> StoreError:
    """A StoreError that says what the SQLite error means for the user and what to do."""
    msg = str(e).lower()
    name = str(db)
    if "locked" in msg or "busy" in msg:
        return StoreBusyError(f"{name}: the database is locked by another newsgraph process or program; "
                              "wait for it to finish (or close it) and run again")
    if "disk is full" in msg or "database or disk is full" in msg:
        return StoreError(f"{name}: the disk is full; nothing of the unfinished batch was kept and the "
                          "database is intact: free some space and run the same command again to continue")
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return StoreError(f"{name}: the file is not a newsgraph corpus or is damaged ({e}); "
                          "check the path, or restore it from a copy (`sqlite3 FILE .recover` may save its rows)")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{name}: the database cannot be written (read-only file or folder); "
                          "check its permissions or copy it somewhere writable")
    if "unable to open" in msg:
        return StoreError(f"{name}: the database cannot be opened; check that its folder exists and is writable")
    return StoreError(f"{name}: database error: {e}")


def connect(db: str | os.PathLike, *, create: bool = True, readonly: bool = False,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS, lock_patience_s: float | None = None) -> sqlite3.Connection:
    """An open, migrated connection to the corpus at `db`; `lock_patience_s` as in `patiently`."""
    path = Path(db)
    if not create and not path.exists():
        raise StoreError(f"{path}: no such corpus; create it with `newsgraph ingest PATH... --db {path}`")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory; give the path of a database file, e.g. {path / 'corpus.db'}")
    # switching a new file to WAL and migrating write: another process may hold the lock meanwhile
    return patiently(lambda: _open(path, readonly, busy_timeout_ms), patience_s=lock_patience_s)


def _open(path: Path, readonly: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    conn = None
    try:
        conn = sqlite3.connect(file_uri(path, "ro" if readonly else "rwc"), uri=True,
                               timeout=busy_timeout_ms / 1000, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # reads the header: fails on a non-database
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        if version > LATEST:
            raise StoreError(f"{path}: made by a newer newsgraph (schema {version}, this one knows {LATEST}); "
                             "upgrade newsgraph to use it")
        if version < LATEST:
            if readonly:
                raise StoreError(f"{path}: schema {version} is older than {LATEST}; open it once with "
                                 "`newsgraph ingest` (no paths needed) to upgrade it")
            _migrate(conn, version)
    except BaseException as e:
        if conn is not None:
            conn.close()
        if isinstance(e, sqlite3.Error):
            raise explain(path, e) from None
        raise
    return conn


def patiently(write: Callable[[], T], *, patience_s: float | None = None) -> T:
    """`write()`, tried again while it fails with StoreBusyError, for `patience_s` seconds in all
    (LOCK_PATIENCE_S by default). `write` must leave nothing behind when it fails (one transaction,
    rolled back whole), so a later try starts clean. Pauses grow to two seconds and are jittered,
    so two waiting writers do not retry in step."""
    patience = LOCK_PATIENCE_S if patience_s is None else patience_s
    deadline = time.monotonic() + patience
    pause = 0.05
    while True:
        try:
            return write()
        except StoreBusyError as e:
            left = deadline - time.monotonic()
            if left <= 0:
                if patience > 0:
                    raise StoreBusyError(f"{e} (waited {patience:.0f} s)") from None
                raise
            time.sleep(min(left, pause * (0.5 + random.random())))
            pause = min(pause * 2, 2.0)


def file_uri(path: str | os.PathLike, mode: str) -> str:
    """An SQLite `file:` URI for `path` taken as a file name, never as a URI: '%', '?' and '#'
    in the name are quoted, so 'x%41.db' is that file and 'my#corpus.db' never opens 'my'."""
    absolute = os.path.abspath(os.fspath(path))
    return f"file:{urllib.parse.quote(absolute, safe='/')}?mode={mode}"


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Apply the missing migrations, safe when several processes open a new corpus at once: the
    write lock is taken first (BEGIN IMMEDIATE, waiting out the busy timeout) and the version read
    again under it, so only one process creates the tables and the others find them made."""
    for m in MIGRATIONS:
        if m.version <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")  # inside: an interrupt just after it still rolls back
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if m.version <= version:  # another process applied it while we waited for the lock
                conn.execute("COMMIT")
                continue
            if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError("the file is an SQLite database but not a newsgraph corpus (it has other tables); "
                                 "give a new file name for the corpus")
            # statement by statement: executescript would commit first and drop the lock
            for statement in _statements(m.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (m.version, m.description, _now()))
            conn.execute(f"PRAGMA user_version = {int(m.version)}")
            conn.execute("COMMIT")
            version = m.version
        except BaseException:
            _rollback(conn)
            raise


def _statements(sql: str) -> Iterator[str]:
    """The statements of a migration script, split where SQLite says a statement is complete
    (a semicolon inside a string or a trigger body does not end one)."""
    buf = ""
    for piece in sql.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \t\n;"):
                yield buf.strip()
            buf = ""
    if buf.strip(" \t\n;"):
        yield buf.strip()


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, db: str | os.PathLike = "corpus") -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back whole on any error. A Ctrl-C raised as BEGIN returns
    rolls back too: left open, the interrupted ingest's own last writes can fail with "cannot start a
    transaction within a transaction" (seen once in CI: exit 1 instead of 130)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as e:
        raise explain(db, e) from None  # no transaction began: nothing of an outer one is rolled back
    except BaseException:
        _rollback(conn)  # interrupted as BEGIN returned
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as e:
        _rollback(conn)
        raise explain(db, e) from None
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
