"""Renderers of an Analysis: JSON (the format), a markdown/terminal report, standalone HTML."""

from __future__ import annotations

import json

from ..model import Analysis
from . import html, markdown

FORMATS = ("json", "jsonl", "md", "html")
SUFFIX = {"json": ".json", "jsonl": ".jsonl", "md": ".md", "html": ".html"}


def render(analysis: Analysis, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return json.dumps(analysis.to_json(), ensure_ascii=False) + "\n"
    if fmt == "md":
        return markdown.render(analysis)
    if fmt == "html":
        return html.render(analysis)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
