"""A per-user cache of tables that are slow to build on every start and never change for one
installed version: py3langid's decompressed model (0.4 CPU-s of LZMA) and the actors stage's folded
city table (33,000 names). Built on first use, then read back in a few milliseconds.

Where: $NEWSGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph; an empty
NEWSGRAPH_CACHE_DIR turns the cache off. Every entry is named by a key over what it was built from
(package versions, source files), so a new version builds a new entry. Nothing here may fail an
analysis: a read-only or full disk, a missing home, a damaged or foreign entry, each means "build it
in memory as without a cache". Entries are written to a temporary name and renamed into place, so a
reader never sees half an entry.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

VERSION = "1"  # of the entry layouts below


def directory() -> Path | None:
    """The cache directory (not created here), or None when turned off."""
    env = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base.startswith("~"):  # no home to expand
        return None
    return Path(base) / "newsgraph"


def key(*parts: object) -> str:
    """A short digest of what an entry is built from."""
    h = hashlib.sha256(VERSION.encode())
    for p in parts:
        h.update(b"\0")
        h.update(p if isinstance(p, bytes) else str(p).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:20]


def file_stamp(path: Path) -> str:
    """Size and modification time of a file a table is built from."""
    st = path.stat()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def load_value(name: str, k: str, check: Callable[[object], bool]):
    """The marshalled value stored as `name` under key `k`, or None (absent, damaged, or `check` fails)."""
    d = directory()
    if d is None:
        return None
    try:
        raw = (d / f"{name}-{k}.marshal").read_bytes()
        # Tens of thousands of new lists and tuples would set off the cyclic collector again and
        # again over the whole heap (spaCy's included): 0.07 s for the city table, 0.01 s without.
        enabled = gc.isenabled()
        gc.disable()
        try:
            value = marshal.loads(raw)
        finally:
            if enabled:
                gc.enable()
        return value if check(value) else None
    except Exception:  # noqa: BLE001 - unreadable, damaged, or of another shape: built again
        return None


def store_value(name: str, k: str, value) -> None:
    """Store `value` (built-in types only) as `name` under key `k`; quietly nothing on any failure."""
    _publish(name, k, ".marshal", lambda path: path.write_bytes(marshal.dumps(value)))


def entry(name: str, k: str) -> Path | None:
    """The directory entry `name` under key `k` when it exists."""
    d = directory()
    if d is None:
        return None
    p = d / f"{name}-{k}"
    return p if p.is_dir() else None


def store_dir(name: str, k: str, write: Callable[[Path], None]) -> None:
    """Fill a new directory with `write(path)` and publish it as entry `name` under key `k`."""
    _publish(name, k, "", lambda path: (path.mkdir(), write(path)))


def _publish(name: str, k: str, suffix: str, write: Callable[[Path], object]) -> None:
    d = directory()
    if d is None:
        return
    tmp = None
    try:
        d.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=d))
        part = tmp / "entry"
        write(part)
        os.replace(part, d / f"{name}-{k}{suffix}")  # atomic; another process may have won: fine
    except (OSError, ValueError):  # read-only, full, no permission, a name clash: no cache this time
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
