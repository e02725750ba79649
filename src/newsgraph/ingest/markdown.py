"""Markdown as scraped from the web: header lines, `[text](#)` links, escapes, emphasis."""

from __future__ import annotations

import re

from ..model import Article
from . import boilerplate, metadata

_ESCAPABLE = r"\\`*_{}\[\]()#+\-.!$|>~<\"'"
_ESCAPE = re.compile(rf"\\([{_ESCAPABLE}])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.S)
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-+*]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_HTML_TAG = re.compile(r"</?(?:br|span|div|p|em|strong|i|b|u|sup|sub)\b[^>]*>", re.I)

_BYLINE = re.compile(r"^(?:by|written by|author:?)\s+(?P<names>.{2,200})$", re.I)
_TAG_LINE = re.compile(r"^(?P<key>region|theme|tags?|topics?|categor(?:y|ies)|section|keywords?)\s*:\s*(?P<values>.+)$", re.I)
_DATELINE = re.compile(rf"^(?:(?P<publisher>[^,\n]{{2,60}}),\s*)?(?P<date>{metadata.DATE_IN_TEXT.pattern})\s*$")
_PUBLISHED_LINE = re.compile(r"^(?:published|posted|updated|date)\s*:?\s*(?P<date>.+)$", re.I)

# Private-use characters stand in for escaped markup while emphasis is stripped.
_HIDE_BASE = 0xE000


def _hide_escapes(s: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_HIDE_BASE + ord(m[1])), s)


def _show_escapes(s: str) -> str:
    return re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m[0]) - _HIDE_BASE), s)


def inline(s: str) -> str:
    """Markdown inline markup to plain text; escaped characters come back as themselves."""
    s = _hide_escapes(s)
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _AUTOLINK.sub(r"\1", s)
    s = _HTML_TAG.sub("", s)
    for _ in range(2):  # nested emphasis: ***x*** and *a **b** c*
        s = _STRONG.sub(r"\2", s)
        s = _EM_STAR.sub(r"\1", s)
        s = _EM_UNDER.sub(r"\1", s)
    return _show_escapes(s)


def _link_texts(s: str) -> list[str]:
    texts = [inline(t).strip() for t in _LINK.findall(_hide_escapes(s))]
    return texts or [v.strip() for v in inline(s).split(",") if v.strip()]


def _paragraphs(raw: str) -> list[str]:
    """Blocks separated by blank lines; soft-wrapped lines joined, hard breaks kept."""
    blocks = re.split(r"\n[ \t]*\n", raw.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            hard = line.endswith("  ") or line.endswith("\\")
            line = _QUOTE.sub("", line)
            h = _HEADING.match(line)
            line = h[2] if h else _LIST_ITEM.sub("", line)
            lines.append(line.strip() + ("\n" if hard or h else " "))
        text = "".join(lines).strip()
        if text:
            out.append(text)
    return out


def _split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def parse(raw: str, *, source_path: str | None = None) -> Article:
    """Parse one markdown article. Header lines before the body become metadata."""
    blocks = _paragraphs(raw)
    title = None
    authors: list[str] = []
    tags: list[str] = []
    publisher = None
    published = None
    header_done = False
    body_blocks: list[str] = []
    header_blocks: list[str] = []
    for raw_block in blocks:
        if header_done:
            body_blocks.append(raw_block)
            continue
        plain = inline(raw_block).strip()
        first_line = raw_block.split("\n", 1)[0]
        if title is None and raw.lstrip().startswith("#") and not header_blocks:
            title = inline(first_line).strip()
            header_blocks.append(raw_block)
            continue
        if m := _BYLINE.match(plain):
            authors += _split_names(m["names"])
            header_blocks.append(raw_block)
            continue
        if m := _TAG_LINE.match(plain):
            value_raw = raw_block.split(":", 1)[1]
            tags += _link_texts(value_raw)
            header_blocks.append(raw_block)
            continue
        if m := _DATELINE.match(plain):
            published = metadata.parse_date(m["date"])
            if m["publisher"]:
                publisher = m["publisher"].strip()
            header_blocks.append(raw_block)
            continue
        if (m := _PUBLISHED_LINE.match(plain)) and metadata.parse_date(m["date"]):
            published = metadata.parse_date(m["date"])
            header_blocks.append(raw_block)
            continue
        header_done = True
        body_blocks.append(raw_block)

    paragraphs = [inline(b).strip() for b in body_blocks]
    body, removed = boilerplate.split(paragraphs, authors)
    footer_name, footer_domain = metadata.publisher_from_footer(removed)
    return Article(
        text="\n\n".join(body),
        title=title,
        authors=authors,
        published=published,
        publisher=publisher or footer_name,
        domain=footer_domain,
        tags=tags,
        boilerplate=removed,
        source_path=source_path,
        input_format="markdown",
    )
