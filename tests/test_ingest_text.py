"""Markdown and plain-text readers, format sniffing, and how paths expand (dirs, globs, .gz)."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import RawInput, expand, read_inputs, sniff
from newsgraph.ingest import markdown, text
from newsgraph.model import Article

MD = """# Port workers vote to strike

By [Ana Lopes](#) and [Rui Costa](#)

Harbour News, March 3, 2023

Region: [Europe](#), Theme: [Labour](#)

Dock workers at the port voted on Monday to strike for **three days** next week, the union said, after talks on pay broke down.

"We have no choice," said union leader [Marta Silva](#), who asked members to \\*stay calm\\* and pay \\$5 to the strike fund.

Please click the share buttons above or below.

Copyright © Harbour News, 2023
"""


@pytest.fixture(scope="module")
def md_article() -> Article:
    return markdown.parse(MD, source_path="strike.md")


@pytest.mark.parametrize("field, expected", [
    ("title", "Port workers vote to strike"),
    ("authors", ["Ana Lopes", "Rui Costa"]),
    ("publisher", "Harbour News"),
    ("tags", ["Europe", "Labour"]),
])
def test_markdown_header_lines(md_article, field, expected):
    assert getattr(md_article, field) == expected


def test_markdown_inline_markup_and_escapes(md_article):
    assert "strike for three days next week" in md_article.text
    assert '"We have no choice," said union leader Marta Silva, who asked members to *stay calm* and pay $5' in md_article.text
    assert "](#)" not in md_article.text and "**" not in md_article.text


def test_markdown_boilerplate(md_article):
    assert md_article.boilerplate == ["Please click the share buttons above or below.", "Copyright © Harbour News, 2023"]
    assert md_article.published.isoformat() == "2023-03-03"


@pytest.mark.parametrize("raw, title", [
    ("Storm closes schools\n\nAll schools were closed on Friday as the storm hit the coast.\n", "Storm closes schools"),
    ("Will the bridge reopen?\n\nEngineers said on Friday that the bridge could reopen next month.\n", "Will the bridge reopen?"),
    # a first line that is a sentence of the body is not a title
    ("All schools were closed on Friday as the storm hit the coast.\n\nParents were told by text message.\n", None),
])
def test_text_title(raw, title):
    assert text.parse(raw, source_path="t.txt").title == title


@pytest.mark.parametrize("name, data, fmt", [
    ("a.md", b"anything", "markdown"),
    ("a.HTM", b"anything", "html"),
    ("a.ndjson.gz", b"{}", "jsonl"),
    ("-", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("-", b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    ("-", b'[{"text": "x"}]', "json"),
    ("-", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
    ("-", b"# A heading\n\nBody text.", "markdown"),
    ("-", b"Just some words on a line.\n\nAnd more.", "text"),
])
def test_sniff(name, data, fmt):
    assert sniff(RawInput(name, data)) == fmt


def test_directories_and_globs(tmp_path):
    (tmp_path / "a.md").write_text("# A\n\nOne sentence of body text here for the test.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt.gz").write_bytes(gzip.compress(b"B title\n\nAnother body sentence for the test.\n"))
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.md").write_text("# hidden\n\ntext\n")
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "a.md"), str(tmp_path / "sub" / "b.txt.gz")]
    assert list(expand([str(tmp_path / "*.md")])) == [str(tmp_path / "a.md")]
    errors = [str(e) for e in expand([str(tmp_path / "*.xml")]) if isinstance(e, InputError)]
    assert errors == [f"{tmp_path / '*.xml'}: pattern matches no file"]
    titles = [a.title for a in read_inputs([str(tmp_path)])]
    assert titles == ["A", "B title"]


def test_text_lines_after_a_headline_are_paragraphs():
    # a page copied one paragraph a line under a headline and a blank line: each line is a paragraph
    # (a headline ending in a full stop is not lifted into the title, and did keep the lines joined)
    body = ("Harbor workers voted on Monday to strike for three days next week after talks on pay broke down.\n"
            "\u201cWe have no choice,\u201d said union leader Marta Silva. \u201cThe port has refused every offer.\u201d\n"
            "The port authority said it would meet the union again on Friday.")
    art = text.parse("Port Workers Vote To Strike.\n\n" + body + "\n", source_path="t.txt")
    assert art.text.split("\n\n")[1:] == body.split("\n")
    # one paragraph wrapped at a fixed width stays one paragraph
    wrapped = ("Harbor workers voted on Monday to strike for three days\nnext week after talks on pay broke "
               "down, the union said.\n")
    art = text.parse("Port workers vote to strike\n\n" + wrapped + "\nThe port said nothing.\n", source_path="t.txt")
    assert art.text.split("\n\n")[0] == wrapped.replace("\n", " ").strip()
