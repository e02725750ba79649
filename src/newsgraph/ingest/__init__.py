"""From whatever the user has (files, directories, globs, stdin, .gz) to clean `Article`s.

`read_inputs()` yields an `Article` or an `InputError` per input (several per JSONL or WARC
file), so one bad file is reported by name and the rest of the batch still goes through.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from ..model import Article
from . import decode, language

MAX_BYTES = 20 * 1024 * 1024  # an article is never this big; a file this size is a mistake
BATCH_MAX_BYTES = 1024 * 1024 * 1024  # JSONL and WARC hold many articles, but are read into memory
BATCH_SUFFIXES = (".jsonl", ".ndjson", ".warc", ".arc")
_HIDDEN = (".", "_", "~")
KNOWN_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl",
                  ".ndjson", ".warc", ".arc")


@dataclass(frozen=True, slots=True)
class RawInput:
    """Bytes of one input as found, before any parsing."""

    name: str  # what the user will recognise: the path, or "-" for stdin
    data: bytes


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Paths, directories (recursively, sorted) and globs to file names; '-' stays '-'."""
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
                        yield os.path.join(root, f)
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


def load(name: str, max_bytes: int = MAX_BYTES) -> RawInput:
    """Read one input's bytes, unpacking .gz, refusing what is too big to be an article."""
    limit = max(max_bytes, BATCH_MAX_BYTES) if _is_batch(name) else max_bytes
    try:
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _too_big("stdin", len(data), max_bytes)
        else:
            size = os.path.getsize(name)
            if size > limit:
                raise _too_big(name, size, limit)
            with open(name, "rb") as fh:
                data = fh.read()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    if data[:2] == b"\x1f\x8b" and not name.lower().endswith((".warc.gz", ".arc.gz")):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                data = gz.read(limit + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(name, f"is not a valid gzip file ({e})") from None
        if len(data) > limit:
            raise _too_big(name, len(data), limit)
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
    """Articles from one input (JSONL and WARC hold several)."""
    if not raw.data.strip():
        yield InputError(raw.name, "file is empty")
        return
    fmt = sniff(raw)
    try:
        if fmt == "warc":
            from . import warc
            yield from warc.parse(raw)
            return
        if fmt in ("json", "jsonl"):
            from . import records
            yield from records.parse(raw, fmt)
            return
        text = decode.to_text(raw.name, raw.data)
        if fmt == "html":
            from . import html
            yield finish(html.parse(text, source_path=raw.name), raw.data)
        elif fmt == "markdown":
            from . import markdown
            yield finish(markdown.parse(text, source_path=raw.name), raw.data)
        else:
            from . import text as plain
            yield finish(plain.parse(text, source_path=raw.name), raw.data)
    except InputError as e:
        yield e
    except (RecursionError, MemoryError) as e:
        yield InputError(raw.name, f"too deeply nested or too large to read ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001 - a reader's bug must not end the batch; say so plainly
        yield InputError(raw.name, f"could not be read ({type(e).__name__}: {e}); this is a newsgraph bug, please report it")


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
        raw = load(name, max_bytes)
    except InputError as e:
        yield e
        return
    yield from parse(raw)


def read_inputs(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Every article in `paths`, or an InputError naming the input and the reason."""
    for name in expand(paths):
        yield from articles_from(name, max_bytes)
