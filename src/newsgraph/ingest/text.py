"""Plain text: the first line is the title when it looks like one."""

from __future__ import annotations

import re

from ..model import Article
from . import boilerplate, metadata


def _looks_like_title(line: str, rest: str) -> bool:
    line = line.strip()
    return (
        bool(line)
        and len(line) <= 200
        and not re.search(r"[.!?,;:]$", line) or bool(re.search(r"\?$", line)) and len(line) <= 200
    ) and bool(rest.strip()) and len(line.split()) <= 30


def parse(raw: str, *, source_path: str | None = None) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    stripped = raw.strip("\n")
    first, _, rest = stripped.partition("\n")
    title = None
    if _looks_like_title(first, rest) and (rest.startswith("\n") or len(first.split()) <= 15):
        title = first.strip()
        stripped = rest
    paragraphs = [re.sub(r"[ \t]*\n[ \t]*", " ", p).strip() for p in re.split(r"\n\s*\n", stripped)]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) == 1 and "\n" in stripped:  # one line per paragraph, no blank lines
        paragraphs = [line.strip() for line in stripped.split("\n") if line.strip()]
    body, removed = boilerplate.split(paragraphs, [])
    publisher, domain = metadata.publisher_from_footer(removed)
    return Article(text="\n\n".join(body), title=title, boilerplate=removed, publisher=publisher,
                   domain=domain, source_path=source_path, input_format="text")
