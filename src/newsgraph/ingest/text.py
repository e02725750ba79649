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


_SENTENCE_END = tuple(".!?\"\u201d\u2019')]")
_WRAP = 80  # text wrapped at a fixed width has lines of at most 72 to 80 characters


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.split("\n") if line.strip()]


def _joined(block: str) -> str:
    return re.sub(r"[ \t]*\n[ \t]*", " ", block).strip()


def _lines_are_paragraphs(block: str) -> bool:
    """A block of lines that are whole paragraphs (a page copied one paragraph a line), not one
    paragraph wrapped at a fixed width: every line but the last ends a sentence and some line is
    longer than any wrapped line."""
    lines = _lines(block)
    return len(lines) > 1 and all(line.endswith(_SENTENCE_END) for line in lines[:-1]) \
        and max(len(line) for line in lines) > _WRAP


def parse(raw: str, *, source_path: str | None = None) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    stripped = raw.strip("\n")
    first, _, rest = stripped.partition("\n")
    title = None
    if _looks_like_title(first, rest) and (rest.startswith("\n") or len(first.split()) <= 15):
        title = first.strip()
        stripped = rest
    blocks = [b for b in re.split(r"\n\s*\n", stripped) if b.strip()]
    if len(blocks) == 1 and "\n" in stripped:  # one line per paragraph, no blank lines
        paragraphs = [line.strip() for line in stripped.split("\n") if line.strip()]
    else:
        # a headline set off by a blank line, then one line per paragraph: the lines are paragraphs
        # (a first block that is not lifted into the title, a headline over two lines, is joined as before)
        body_from = 0 if title is not None else 1
        paragraphs = [p for k, b in enumerate(blocks)
                      for p in (_lines(b) if k >= body_from and _lines_are_paragraphs(b) else [_joined(b)])]
    paragraphs = [p for p in paragraphs if p]
    body, removed = boilerplate.split(paragraphs, [])
    publisher, domain = metadata.publisher_from_footer(removed)
    return Article(text="\n\n".join(body), title=title, boilerplate=removed, publisher=publisher,
                   domain=domain, source_path=source_path, input_format="text")
