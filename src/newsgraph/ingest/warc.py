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
_TRAILING_SLACK = 16  # blank lines after the last record are not a truncation
# warcio logs and prints its repairs of sloppy records; the user hears about records from us.
logging.getLogger("warcio").addHandler(logging.NullHandler())
logging.getLogger("warcio").propagate = False


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
    """Articles from a WARC held in memory."""
    from . import Stream

    yield from read(raw.name, Stream(io.BytesIO(raw.data), max(len(raw.data), 1)))


def read(name: str, stream) -> Iterator[Article | InputError]:
    """Articles from a WARC stream, one record at a time: memory holds one record's payload
    (at most the article limit), a damaged or truncated file keeps the records before the damage."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from . import BATCH_MAX_BYTES, MAX_BYTES, Stream, finish, html

    buffered = io.BufferedReader(stream, buffer_size=1 << 16)
    magic = buffered.peek(2)[:2]
    outer = stream
    if magic == b"\x1f\x8b":
        # Unpacked as one stream: a per-record gzip and a whole-file gzip read the same way.
        outer = Stream(gzip.GzipFile(fileobj=buffered), BATCH_MAX_BYTES)
        buffered = io.BufferedReader(outer, buffer_size=1 << 16)
    head = buffered.peek(64)[:64].lstrip()
    if not head.startswith((b"WARC/", b"filedesc://")):
        if outer.damage:
            yield InputError(name, f"not a valid WARC file: it {outer.damage}")
        else:
            yield InputError(name, "not a valid WARC file (it does not start with a WARC/ record header)")
        return
    found = reported = read_ok = 0
    number = 0
    failure: str | None = None
    try:
        records = ArchiveIterator(buffered, arc2warc=head.startswith(b"filedesc://"))
        for record in _quietly(iter(records)):
            number += 1
            if record.rec_type not in _ARTICLE_RECORDS:
                continue
            where = f"{name}#{number}"
            uri = (record.rec_headers.get_header("WARC-Target-URI") or "")[:2000]
            try:
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode() or ""
                    if status.startswith(("1", "3")) or status == "204":
                        continue  # redirects and the like: no page in them
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                mime = content_type.split(";")[0].strip().lower()[:100]
                if mime not in _HTML_TYPES:
                    reported += 1
                    yield InputError(where, f"record for {uri or 'an unnamed resource'} is {mime or 'of no stated type'}, not HTML; skipped")
                    continue
                found += 1
                with contextlib.redirect_stderr(io.StringIO()):
                    payload = record.content_stream().read(MAX_BYTES + 1)
                if len(payload) > MAX_BYTES:
                    raise InputError(where, f"record for {uri or 'an unnamed resource'} is over the "
                                            f"{MAX_BYTES // 2**20} MB limit for one article; skipped")
                if not payload.strip():
                    raise InputError(where, f"record for {uri or 'an unnamed resource'} has an empty body")
                article = html.parse(_to_text(where, payload, content_type), source_path=where, url=uri or None)
                if not article.url and uri:
                    article.url = uri
                    article.domain = metadata.domain_of(uri)
                article.input_format = "warc"
                yield finish(article, payload)
                read_ok += 1
            except InputError as e:
                yield e
            except (RecursionError, MemoryError) as e:
                yield InputError(where, f"record too deeply nested or too large to read ({type(e).__name__}); skipped")
    except ArchiveLoadFailed as e:
        detail = " ".join(str(e).split())[:160] or "unreadable record"
        failure = f"not a valid WARC file after record {number} ({detail})" if number else f"not a valid WARC file ({detail})"
    except (OSError, EOFError, ValueError, OverflowError, zlib.error) as e:
        failure = f"WARC file is truncated or corrupt after record {number} ({type(e).__name__})"
    except Exception as e:  # noqa: BLE001 - warcio fails on some malformed headers (e.g. a response without URI)
        detail = " ".join(str(e).split())[:120]
        failure = (f"record {number + 1} is malformed (a header warcio cannot read: {type(e).__name__}: {detail}); "
                   f"the {read_ok} article{'s' if read_ok != 1 else ''} before it {'were' if read_ok != 1 else 'was'} read")
    else:
        # warcio ends quietly on a record cut short in its header: bytes left after the last
        # record it read mean the file was truncated there.
        left = outer.count - getattr(records, "offset", outer.count)
        if left > _TRAILING_SLACK and not (outer.over or outer.damage) and not head.startswith(b"filedesc://"):
            failure = (f"WARC file is truncated: the last {left:,} bytes are an incomplete record; the {read_ok} "
                       f"article{'s' if read_ok != 1 else ''} before it {'were' if read_ok != 1 else 'was'} read")
    for s in (outer, stream):
        if s.over:
            failure = (f"unpacks to more than {s.cap / 2**20:,.0f} MB; the records after record {number} were not "
                       "read (a decompression bomb, or split the file)")
            break
        if s.damage:
            failure = (f"WARC file {s.damage}; the {read_ok} article{'s' if read_ok != 1 else ''} before the damage "
                       f"{'were' if read_ok != 1 else 'was'} read")
            break
    if failure:
        yield InputError(name, failure)
    elif not found and not reported:
        yield InputError(name, "WARC file holds no HTML response records")
