"""Safe output for every command that writes a file (`analyze -o`, `export -o`).

The promise: output never touches an input, a device, a FIFO or what a symbolic link points
at; a file is written to a temporary file in the same folder and renamed into place only when
it is complete, so a full disk, a crash or Ctrl-C leaves the old file (or none), never a
truncated one. `-` means standard output. Every refusal is an `OutputError` naming the path and
the cause (exit 1).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from .errors import OutputError

STDOUT = "-"


def _cause(e: OSError) -> str:
    """What an OSError means for the user, in words."""
    code = e.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return "the disk is full; free some space and run again"
    if code == errno.EROFS:
        return "the folder is on a read-only file system"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied; check the folder's permissions"
    if code == errno.ENOENT:
        return "its folder does not exist; create it first"
    if code == errno.ENOTDIR:
        return "a part of the path is not a folder"
    if code == errno.EISDIR:
        return "is a directory"
    if code == errno.ENAMETOOLONG:
        return "the name is too long"
    return e.strerror or str(e)


def identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    """(device, inode) of the inputs that exist, to recognise them under any other name."""
    out = set()
    for p in paths:
        if not isinstance(p, str) or p == STDOUT:
            continue
        with contextlib.suppress(OSError):
            st = os.stat(p)
            out.add((st.st_dev, st.st_ino))
    return out


def check(path: str, inputs: set[tuple[int, int]] = frozenset(), *, directory_ok: bool = False) -> None:
    """Refuse an output path that would destroy something: an input, a device, a FIFO, a link.

    A path that does not exist yet is fine when its folder exists (the folder is checked when
    the file is written). `directory_ok`: an existing directory is the caller's output folder.
    """
    if path == STDOUT:
        return
    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise OutputError(f"{path}: cannot write: its folder {folder} does not exist; create it first") from None
        return
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {_cause(e)}") from None
    if stat.S_ISLNK(lst.st_mode):
        target = os.path.realpath(path)
        raise OutputError(f"{path}: is a symbolic link (to {target}); newsgraph does not write through links: "
                          "give the real path, or remove the link")
    mode = lst.st_mode
    if stat.S_ISDIR(mode):
        if directory_ok:
            return
        raise OutputError(f"{path}: is a directory; give a file name (or end it with / to write one file per input)")
    if not stat.S_ISREG(mode):
        kind = ("a character device" if stat.S_ISCHR(mode) else "a block device" if stat.S_ISBLK(mode)
                else "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "not a regular file")
        raise OutputError(f"{path}: is {kind}; newsgraph writes only regular files (use -o - for standard output)")
    if (lst.st_dev, lst.st_ino) in inputs:
        raise OutputError(f"{path}: is one of the inputs; writing there would destroy it: give another output name")


@contextlib.contextmanager
def atomic(path: str, mode: str = "w", inputs: set[tuple[int, int]] = frozenset()) -> Iterator[IO]:
    """A file object whose content replaces `path` only when the block ends without error.

    `-` yields standard output (text or binary by `mode`). On any error the temporary file is
    removed and the old `path` is untouched; an OSError becomes an OutputError naming the path.
    """
    if path == STDOUT:
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        (sys.stdout.buffer if "b" in mode else sys.stdout).flush()
        return
    check(path, inputs)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {_cause(e)}") from None
    try:
        with contextlib.ExitStack() as stack:
            fh = stack.enter_context(os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})))
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _permissions(tmp, path)
        check(path, inputs)  # nothing became a link, a device or an input while we wrote
        os.replace(tmp, path)
    except OSError as e:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write: {_cause(e)}; nothing was written") from None
    except BaseException:
        _remove(tmp)
        raise


@contextlib.contextmanager
def atomic_path(path: str, inputs: set[tuple[int, int]] = frozenset()) -> Iterator[str]:
    """A temporary path for a writer that wants a file name (Parquet, exports): renamed to `path`
    when the block ends without error, or copied to standard output when `path` is `-`."""
    if path == STDOUT:
        with tempfile.TemporaryDirectory(prefix="newsgraph-") as d:
            tmp = os.path.join(d, "output")
            yield tmp
            with open(tmp, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return
    check(path, inputs)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
        os.close(fd)
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {_cause(e)}") from None
    try:
        yield tmp
        _permissions(tmp, path)
        check(path, inputs)
        os.replace(tmp, path)
    except OSError as e:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write: {_cause(e)}; nothing was written") from None
    except BaseException:
        _remove(tmp)
        raise


def make_folder(path: str) -> None:
    """Create an output folder (and its parents); refuse what exists and is not a folder."""
    if os.path.lexists(path) and not os.path.isdir(path):
        check(path)  # says what it is
        raise OutputError(f"{path}: exists and is not a directory; give a directory for several outputs")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{path}: cannot create the output folder: {_cause(e)}") from None


def _permissions(tmp: str, path: str) -> None:
    """mkstemp makes 0600 files; keep the old file's mode, or use the umask's default."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
