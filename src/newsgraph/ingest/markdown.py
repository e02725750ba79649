"""Markdown as scraped from the web, read with markdown-it-py (CommonMark): header lines before
the body (title, byline, dateline, tag lines) become metadata; links keep their text, images and
HTML tags go, escapes and emphasis are resolved; every block (paragraph, heading, list item,
quote) is one paragraph of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article
from . import boilerplate, metadata

_BYLINE = re.compile(r"^(?:by|written by|author:?)\s+(?P<names>.{2,200})$", re.I)
_TAG_LINE = re.compile(r"^(?P<key>region|theme|tags?|topics?|categor(?:y|ies)|section|keywords?)\s*:\s*(?P<values>.+)$", re.I)
_DATELINE = re.compile(rf"^(?:(?P<publisher>[^,\n]{{2,60}}),\s*)?(?P<date>{metadata.DATE_IN_TEXT.pattern})\s*$")
_PUBLISHED_LINE = re.compile(r"^(?:published|posted|updated|date)\s*:?\s*(?P<date>.+)$", re.I)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the document as plain text: a paragraph, a heading, a list item's paragraph."""

    text: str
    links: tuple[str, ...] = ()  # the texts of its links, in order
    heading: bool = False


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # CommonMark, raw HTML recognised (so its tags can be dropped), no GFM tables: scraped pages
    # use pipes in running text.
    return MarkdownIt("commonmark", {"html": True})


def _plain(children) -> tuple[str, tuple[str, ...]]:
    """Inline tokens to plain text (markup, images and HTML tags dropped) and the link texts."""
    out: list[str] = []
    links: list[str] = []
    link: list[str] | None = None
    for t in children or []:
        piece = ""
        if t.type in ("text", "code_inline"):
            piece = t.content
        elif t.type == "softbreak":
            piece = " "
        elif t.type == "hardbreak":
            piece = "\n"
        elif t.type == "link_open":
            link = []
        elif t.type == "link_close" and link is not None:
            links.append("".join(link).strip())
            link = None
        out.append(piece)
        if link is not None:
            link.append(piece)
    return "".join(out), tuple(links)


def inline(s: str) -> str:
    """Markdown inline markup to plain text; escaped characters come back as themselves."""
    tokens = _parser().parseInline(s)
    return _plain(tokens[0].children if tokens else [])[0]


def _blocks(raw: str) -> list[Block]:
    """The document's blocks in order, as markdown-it parses them."""
    out: list[Block] = []
    tokens = _parser().parse(raw.replace("\r\n", "\n").replace("\r", "\n"))
    heading = False
    for t in tokens:
        if t.type == "heading_open":
            heading = True
        elif t.type == "heading_close":
            heading = False
        elif t.type == "inline":
            text, links = _plain(t.children)
            if text.strip():
                out.append(Block(text.strip(), links, heading))
        elif t.type in ("code_block", "fence", "html_block"):
            content = _TAG.sub(" ", t.content) if t.type == "html_block" else t.content
            text = " ".join(content.split())
            if text:
                out.append(Block(text))
    return out


def _split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def parse(raw: str, *, source_path: str | None = None) -> Article:
    """Parse one markdown article. Header lines before the body become metadata."""
    blocks = _blocks(raw)
    title = None
    authors: list[str] = []
    tags: list[str] = []
    publisher = None
    published = None
    body_blocks: list[Block] = []
    for i, block in enumerate(blocks):
        if body_blocks:
            body_blocks.append(block)
            continue
        plain = block.text
        if title is None and i == 0 and block.heading and raw.lstrip().startswith("#"):
            title = plain
        elif m := _BYLINE.match(plain):
            authors += _split_names(m["names"])
        elif m := _TAG_LINE.match(plain):
            tags += list(block.links) or [v.strip() for v in m["values"].split(",") if v.strip()]
        elif m := _DATELINE.match(plain):
            published = metadata.parse_date(m["date"])
            if m["publisher"]:
                publisher = m["publisher"].strip()
        elif (m := _PUBLISHED_LINE.match(plain)) and metadata.parse_date(m["date"]):
            published = metadata.parse_date(m["date"])
        else:
            body_blocks.append(block)

    body, removed = boilerplate.split([b.text for b in body_blocks], authors)
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
