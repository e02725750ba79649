"""Hostile inputs built at test time (nothing of this is committed): bombs, broken records."""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

STORY = ("The envoy said on Monday that the talks had stalled over the exchange of prisoners. "
         "Officials said the next round would start in the capital within a week.")
PAGE = ("<html><head><title>Talks stall</title></head><body><article><h1>Talks stall</h1>"
        f"<p>{STORY}</p><p>Negotiators from both sides met for six hours on Sunday.</p></article></body></html>").encode()


def gzip_member(parts: Iterable[bytes], level: int = 9) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, 31)
    out = [c.compress(p) for p in parts]
    out.append(c.flush())
    return b"".join(out)


def repeated(chunk: bytes, total: int) -> Iterator[bytes]:
    """`total` bytes of `chunk` repeated, produced in pieces (never held whole)."""
    n, rest = divmod(total, len(chunk))
    for _ in range(n):
        yield chunk
    yield chunk[:rest]


def warc_record(uri: str | None, body_len: int, body: Iterable[bytes], ctype: str = "text/html",
                content_length: int | str | None = None) -> list[bytes]:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode()
    length = content_length if content_length is not None else len(http) + body_len
    head = ("WARC/1.0\r\nWARC-Type: response\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
            + f"WARC-Record-ID: <urn:uuid:{os.urandom(8).hex()}>\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()
    return [head, http, *body, b"\r\n\r\n"]


def warc_gz(path: Path, records: list[list[bytes]]) -> Path:
    """A WARC with one gzip member per record, the way crawlers write them."""
    with open(path, "wb") as fh:
        for parts in records:
            fh.write(gzip_member(parts))
    return path


def good_records(n: int) -> list[list[bytes]]:
    return [warc_record(f"https://news.example/{i}", len(PAGE), [PAGE.replace(b"Talks stall", b"Talks stall %d" % i)])
            for i in range(n)]


def jsonl_gz_bomb(path: Path, line_bytes: int) -> Path:
    """One JSONL line of `line_bytes` (compressing about 1000:1), then a good record."""
    with open(path, "wb") as fh:
        fh.write(gzip_member([b'{"text": "', *repeated(b"a" * (1 << 20), line_bytes), b'"}\n',
                              json.dumps({"text": STORY, "id": "after-the-bomb"}).encode() + b"\n"]))
    return path


def gz_truncated(path: Path, data: bytes, keep: float) -> Path:
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def plain_gz(path: Path, data: bytes) -> Path:
    path.write_bytes(gzip.compress(data))
    return path
