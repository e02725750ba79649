"""WARC (and ARC) files: each HTML response record becomes an Article.

A response that is not HTML (an image, a PDF, JSON) is reported by record number and URL, not
fatal. Requests, metadata, revisits and redirects carry no article and are passed over quietly.
The record's target URI is the article's URL when the page names none itself.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import logging
import zlib
from collections.abc import Iterator

from ..errors import InputError
from ..model import Article
from . import decode, metadata

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ARTICLE_RECORDS = ("response", "resource")
# warcio logs and prints its repairs of sloppy records; the user hears about records from us.
logging.getLogger("warcio").addHandler(logging.NullHandler())
logging.getLogger("warcio").propagate = False


def _head(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
                return gz.read(64)
        except (OSError, EOFError):
            return b""
    return data[:64]


def _quietly(it):
    """Records from warcio's iterator, with what it prints to stderr held back."""
    while True:
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                record = next(it)
            except StopIteration:
                return
        yield record


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def _to_text(name: str, payload: bytes, content_type: str) -> str:
    """The HTTP header's charset first, then the same detection as for files."""
    charset = _charset(content_type)
    if charset:
        try:
            return payload.decode("cp1252" if charset in ("iso-8859-1", "latin-1", "us-ascii") else charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode.to_text(name, payload)


def parse(raw) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from . import finish, html

    head = _head(raw.data).lstrip()
    if not head.startswith((b"WARC/", b"filedesc://")):
        yield InputError(raw.name, "not a valid WARC file (it does not start with a WARC/ record header)")
        return
    found = reported = 0
    number = 0
    try:
        stream = io.BytesIO(raw.data)
        if raw.data[:2] == b"\x1f\x8b":
            # Unpacked as one stream: a per-record gzip and a whole-file gzip read the same way.
            stream = gzip.GzipFile(fileobj=stream)
        records = ArchiveIterator(stream, arc2warc=head.startswith(b"filedesc://"))
        for record in _quietly(iter(records)):
            number += 1
            if record.rec_type not in _ARTICLE_RECORDS:
                continue
            where = f"{raw.name}#{number}"
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if status.startswith(("1", "3")) or status == "204":
                    continue  # redirects and the like: no page in them
                content_type = record.http_headers.get_header("Content-Type") or ""
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            mime = content_type.split(";")[0].strip().lower()
            if mime not in _HTML_TYPES:
                reported += 1
                yield InputError(where, f"record for {uri or 'an unnamed resource'} is {mime or 'of no stated type'}, not HTML; skipped")
                continue
            found += 1
            try:
                with contextlib.redirect_stderr(io.StringIO()):
                    payload = record.content_stream().read()
                if not payload.strip():
                    raise InputError(where, f"record for {uri} has an empty body")
                article = html.parse(_to_text(where, payload, content_type), source_path=where)
                if not article.url and uri:
                    article.url = uri
                    article.domain = metadata.domain_of(uri)
                article.input_format = "warc"
                yield finish(article, payload)
            except InputError as e:
                yield e
    except ArchiveLoadFailed as e:
        detail = " ".join(str(e).split())[:160] or "unreadable record"
        yield InputError(raw.name, f"not a valid WARC file ({detail})")
        return
    except (OSError, EOFError, ValueError, zlib.error) as e:
        yield InputError(raw.name, f"WARC file is truncated or corrupt after record {number} ({type(e).__name__})")
        return
    if not found and not reported:
        yield InputError(raw.name, "WARC file holds no HTML response records")
