"""Every response fetched is kept in a WARC file (warcio), so analysis can be repeated offline.

An archive is a folder beside the corpus (`corpus.db` -> `corpus.warc/`) holding one pair of
files per run, each record gzipped on its own, appended and synced to disk as soon as it is
written, the file closed again (a killed run loses at most the record being written):

    pages-<time>-<pid>.warc.gz    article pages: the request, the response, and redirect hops
    _crawl-<time>-<pid>.warc.gz   everything else: robots.txt, feeds, sitemaps, error responses

`newsgraph ingest corpus.warc/` reads the pages files and passes over the `_crawl` ones (names
starting with `_` are not inputs), so it rebuilds the corpus from the pages alone.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from pathlib import Path

from .. import __version__

_DROP = {"content-encoding", "transfer-encoding", "content-length"}  # the body is kept decoded


def beside(db: str | os.PathLike) -> Path:
    """The archive folder of a corpus: corpus.db -> corpus.warc/."""
    p = Path(db)
    return p.with_name((p.stem if p.suffix else p.name) + ".warc")


class Archive:
    """Appends WARC records to this run's two files in `folder` (created on the first write)."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
        self._names = {"pages": f"pages-{stamp}-{os.getpid()}.warc.gz",
                       "crawl": f"_crawl-{stamp}-{os.getpid()}.warc.gz"}
        self._lock = threading.Lock()

    def path(self, which: str = "pages") -> Path:
        return self.folder / self._names[which]

    def keep(self, which: str, url: str, request_headers: dict[str, str], status: int, reason: str,
             headers: list[tuple[str, str]], body: bytes) -> bytes:
        """Write a request and its response; return the response record (gzipped WARC bytes)."""
        response = response_record(url, status, reason, headers, body)
        request = _records([("request", (url, request_headers))], "")
        path = self.path(which)
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            info = b"" if path.exists() else _records([("warcinfo", None)], self._names[which])
            with open(path, "ab") as fh:
                fh.write(info + request + response)
                fh.flush()
                os.fsync(fh.fileno())
        return response

    def close(self) -> None:
        """Nothing to do: each record is written and its file closed at once."""

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def response_record(url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    """One WARC response record, gzipped: what the archive keeps and what is read back."""
    return _records([("response", (url, status, reason, headers, body))], "")


def _records(items, filename: str) -> bytes:
    from urllib.parse import urlsplit

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for kind, data in items:
        if kind == "warcinfo":
            writer.write_record(writer.create_warcinfo_record(filename, {
                "software": f"newsgraph/{__version__}", "format": "WARC File Format 1.1",
                "description": "pages fetched by newsgraph, for offline, repeatable analysis"}))
        elif kind == "request":
            url, req_headers = data
            parts = urlsplit(url)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            head = StatusAndHeaders(f"GET {target} HTTP/1.1", [("Host", parts.netloc), *req_headers.items()],
                                    is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=head))
        else:
            url, status, reason, headers, body = data
            kept = [(k, v) for k, v in headers if k.lower() not in _DROP] + [("Content-Length", str(len(body)))]
            head = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=head))
    return out.getvalue()
