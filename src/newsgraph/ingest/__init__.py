"""From whatever the user has (files, directories, globs, stdin, .gz) to clean `Article`s.

`read_inputs()` yields an `Article` or an `InputError` per input (several per JSONL or WARC
file), so one bad file is reported by name and the rest of the batch still goes through.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import hashlib
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from ..errors import InputError
from ..model import Article
from . import decode, language

MAX_BYTES = 20 * 1024 * 1024  # an article is never this big; a file this size is a mistake
# JSONL and WARC hold many articles and are streamed record by record; what one file may unpack to
# is capped so a decompression bomb ends with a message, not with the machine's memory or hours.
BATCH_MAX_BYTES = 4 * 1024 * 1024 * 1024
BATCH_SUFFIXES = (".jsonl", ".ndjson", ".warc", ".arc")
_HIDDEN = (".", "_", "~")
_HEAD = 8192  # bytes read ahead to tell the format
KNOWN_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl",
                  ".ndjson", ".warc", ".arc")


@dataclass(frozen=True, slots=True)
class RawInput:
    """Bytes of one input as found, before any parsing."""

    name: str  # what the user will recognise: the path, or "-" for stdin
    data: bytes


def _not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    return ("a character device" if stat.S_ISCHR(mode) else "a block device" if stat.S_ISBLK(mode)
            else "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a directory" if stat.S_ISDIR(mode) else "not a regular file")


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Paths, directories (recursively, sorted) and globs to file names; '-' stays '-'.

    In a directory only regular files are read: a FIFO, socket or device there is reported and
    skipped (reading one could wait for ever or never end).
    """
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):  # a URL is fetched by articles_from
            yield p
        elif os.path.isdir(p):
            found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(_HIDDEN))
                for f in sorted(files):
                    if not f.startswith(_HIDDEN) and _suffix(f) in KNOWN_SUFFIXES:
                        found = True
                        path = os.path.join(root, f)
                        try:
                            what = _not_regular(os.stat(path).st_mode)
                        except OSError as e:
                            yield InputError(path, f"cannot be read ({e.strerror or e})")
                            continue
                        if what:
                            yield InputError(path, f"is {what}, not a regular file; skipped")
                        else:
                            yield path
            if not found:
                yield InputError(p, "directory holds no article files (.md .txt .html .json .jsonl .warc, or .gz of them)")
        elif os.path.exists(p):
            yield p
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield InputError(p, "pattern matches no file")
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield InputError(p, "no such file or directory")


def _suffix(name: str) -> str:
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def _is_batch(name: str) -> bool:
    """Formats that hold many articles, so may be far bigger than one article."""
    return _suffix(name) in BATCH_SUFFIXES


def _too_big(name: str, size: int, limit: int) -> InputError:
    what = "a batch file" if _is_batch(name) else "one article"
    return InputError(name, f"file is {size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB limit for {what}; "
                            "is it really an article? split it, or pass a JSONL/WARC batch")


class Stream(io.RawIOBase):
    """The bytes of one input after decompression, never more than `cap` of them.

    Past the cap the stream ends and `over` is set; a truncated or corrupt gzip ends it too,
    with `damage` saying why, so what was read before the damage is still used.
    """

    def __init__(self, fh: IO[bytes], cap: int, closer: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.fh, self.cap, self.count = fh, cap, 0
        self.over = False
        self.damage: str | None = None
        self._pending = b""
        self._closer = closer
        self._read = getattr(fh, "read1", None) or fh.read

    def readable(self) -> bool:
        return True

    def unread(self, data: bytes) -> None:
        self._pending = data + self._pending
        self.count -= len(data)

    def readinto(self, b) -> int:
        if self._pending:
            n = min(len(b), len(self._pending))
            b[:n] = self._pending[:n]
            self._pending = self._pending[n:]
            self.count += n
            return n
        if self.over or self.damage:
            return 0
        want = min(len(b), self.cap - self.count)
        try:
            if want <= 0:
                if self.fh.read(1):
                    self.over = True
                return 0
            data = self._read(want)  # read1: what one step unpacks, so data before damage is kept
        except (EOFError, zlib.error, OSError) as e:
            self.damage = (f"is truncated or corrupt after {self.count:,} bytes "
                           f"({' '.join(str(e).split())[:120] or type(e).__name__})")
            return 0
        n = len(data)
        b[:n] = data
        self.count += n
        return n

    def close(self) -> None:
        if self._closer and not self.closed:
            with contextlib.suppress(OSError):
                self._closer()
        super().close()


def open_input(name: str, cap: int | None = None) -> Stream:
    """A bounded, decompressed byte stream of one input (a file, or stdin for "-").

    A regular file or a pipe is read; a device or a directory is refused. A .gz file is unpacked
    as it is read (except .warc.gz, whose records the WARC reader unpacks).
    """
    try:
        if name == "-":
            fh, closer = sys.stdin.buffer, None
        else:
            mode = os.stat(name).st_mode
            what = _not_regular(mode)
            if what and not stat.S_ISFIFO(mode):
                raise InputError(name, f"is {what}, not a file")
            fh = open(name, "rb")  # noqa: SIM115 - closed by the Stream
            closer = fh.close
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    limit = cap if cap is not None else (BATCH_MAX_BYTES if _is_batch(name) else MAX_BYTES)
    magic = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
    if magic == b"\x1f\x8b" and not (name.lower().endswith((".warc.gz", ".arc.gz"))):
        gz = gzip.GzipFile(fileobj=fh)
        stream = Stream(gz, limit, closer)
    else:
        stream = Stream(fh, limit if magic != b"\x1f\x8b" else BATCH_MAX_BYTES, closer)
    return stream


def load(name: str, max_bytes: int = MAX_BYTES) -> RawInput:
    """Read one input's bytes, unpacking .gz, refusing what is too big to be an article."""
    limit = max(max_bytes, BATCH_MAX_BYTES) if _is_batch(name) else max_bytes
    with open_input(name, limit) as stream:
        data = stream.read()
        if stream.over:
            raise _too_big("stdin" if name == "-" else name, stream.count + 1, limit)
        if stream.damage and name.lower().endswith(".gz"):
            raise InputError(name, f"is not a valid gzip file ({stream.damage})")
        if stream.damage and not data:
            raise InputError(name, f"cannot be read ({stream.damage})")
    return RawInput(name, data)


def sniff(raw: RawInput) -> str:
    """The input's format: from its name, else from its first bytes."""
    suffix = _suffix(raw.name) if raw.name != "-" else ""
    by_suffix = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
                 ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json",
                 ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".arc": "warc"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    head = raw.data[:4096].lstrip()
    if head.startswith(b"WARC/") or raw.data[:2] == b"\x1f\x8b":
        return "warc"
    low = head.lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in low or b"<p>" in low:
        return "html"
    if head.startswith(b"{") or head.startswith(b"["):
        first_line = head.split(b"\n", 1)[0].strip()
        return "jsonl" if first_line.endswith(b"}") and head.count(b"\n{") > 0 else "json"
    if head.startswith(b"#") or b"](" in head:
        return "markdown"
    return "text"


def parse(raw: RawInput) -> Iterator[Article | InputError]:
    """Articles from one input held in memory (JSONL and WARC hold several)."""
    stream = Stream(io.BytesIO(raw.data), max(len(raw.data), 1))
    yield from _parse_stream(raw.name, stream, raw.data[:_HEAD])


def _parse_stream(name: str, stream: Stream, head: bytes) -> Iterator[Article | InputError]:
    """Articles from one open input: JSONL and WARC record by record, anything else whole."""
    if not head.strip():
        yield InputError(name, "file is empty")
        return
    fmt = sniff(RawInput(name, head))
    try:
        if fmt == "warc":
            from . import warc
            yield from warc.read(name, stream)
            return
        if fmt == "jsonl":
            from . import records
            yield from records.read_lines(name, stream)
            return
        data = stream.read()
        if stream.over:
            yield _too_big(name, stream.count + 1, MAX_BYTES)
            return
        if stream.damage and name.lower().endswith(".gz"):
            yield InputError(name, f"is not a valid gzip file ({stream.damage})")
            return
        if fmt == "json":
            from . import records
            yield from records.parse(RawInput(name, data), fmt)
            return
        text, note = decode.decode(name, data)
        if fmt == "html":
            from . import html
            article = html.parse(text, source_path=name)
        elif fmt == "markdown":
            from . import markdown
            article = markdown.parse(text, source_path=name)
        else:
            from . import text as plain
            article = plain.parse(text, source_path=name)
        if note:
            article.notes.append(note)
        yield finish(article, data)
    except InputError as e:
        yield e
    except (RecursionError, MemoryError) as e:
        yield InputError(name, f"too deeply nested or too large to read ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001 - a reader's bug must not end the batch; say so plainly
        yield InputError(name, f"could not be read ({type(e).__name__}: {e}); this is a newsgraph bug, please report it")


def finish(article: Article, source: bytes | None = None) -> Article:
    """Checks and fields every reader needs: a body, an id, the domain, the language."""
    name = article.source_path or "input"
    if not article.text.strip():
        raise InputError(name, "no article text found (only boilerplate or markup)")
    if not article.id:
        article.id = hashlib.sha256(source or article.text.encode("utf-8")).hexdigest()[:16]
    if article.url and not article.domain:
        from .metadata import domain_of
        article.domain = domain_of(article.url)
    if not article.language:
        article.language = language.detect(article.text)
    return article


def articles_from(name: str | InputError, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """The articles of one expanded input name (an InputError from `expand` passes through)."""
    if isinstance(name, InputError):
        yield name
        return
    if name.startswith(("http://", "https://")):
        from ..collect.session import fetched  # the command's fetcher: polite, kept in a WARC, or refused
        yield from fetched(name)
        return
    try:
        stream = open_input(name, None if _is_batch(name) or max_bytes == MAX_BYTES else max_bytes)
    except InputError as e:
        yield e
        return
    with stream:
        head = stream.read(_HEAD)
        if stream.damage and not head:
            yield InputError(name, f"is not a valid gzip file ({stream.damage})" if name.lower().endswith(".gz")
                             else f"cannot be read ({stream.damage})")
            return
        stream.unread(head)
        yield from _parse_stream(name, stream, head)


def read_inputs(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Every article in `paths`, or an InputError naming the input and the reason."""
    for name in expand(paths):
        yield from articles_from(name, max_bytes)
