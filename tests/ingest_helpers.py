"""Helpers for the ingestion tests: inputs built in the test, so no binary fixtures are stored."""

from __future__ import annotations

import io
from pathlib import Path


def make_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> Path:
    """A WARC (gzipped when the name ends in .gz) with a warcinfo record, then one response
    record per (uri, content type, body, HTTP status)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsgraph tests"}))
        for uri, ctype, body, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return path
