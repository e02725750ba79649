"""HTML, JSON/JSONL and WARC readers: body, metadata and boilerplate of small articles of our own."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import RawInput, parse, read_inputs
from newsgraph.ingest import html as html_reader
from newsgraph.model import Article

from ingest_helpers import make_warc

DATA = Path(__file__).parent / "data" / "ingest"
PAGE = DATA / "harbour-strike.html"


def _only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


@pytest.fixture(scope="module")
def page_article() -> Article:
    a = _only(read_inputs([str(PAGE)]))
    assert isinstance(a, Article), a
    return a


@pytest.mark.parametrize("field, expected", [
    ("title", "Dock workers in Port Elmsford end three-week strike"),
    ("authors", ["Maria Okafor"]),
    ("publisher", "The Coastal Ledger"),
    ("url", "https://www.coastal-ledger.example/news/2024/03/14/port-elmsford-strike-ends"),
    ("domain", "coastal-ledger.example"),
    ("language", "en"),
    ("tags", ["labour", "ports", "Elmsford"]),
    ("input_format", "html"),
])
def test_html_metadata(page_article, field, expected):
    assert getattr(page_article, field) == expected


def test_html_published(page_article):
    assert page_article.published.isoformat() == "2024-03-14"


@pytest.mark.parametrize("in_body", [
    "voted on Wednesday to end a three-week strike",
    "union secretary Daniel Reyes told reporters",
    "return to talks in the autumn on pensions",
])
def test_html_body_keeps_article(page_article, in_body):
    assert in_body in page_article.text


@pytest.mark.parametrize("removed", [
    "Please click the share buttons above to forward this article to your friends.",
    "Copyright © 2024 The Coastal Ledger. All rights reserved.",
    "World news",
])
def test_html_boilerplate_goes_to_boilerplate_not_body(page_article, removed):
    assert removed not in page_article.text
    assert removed in page_article.boilerplate


def test_headline_is_not_body(page_article):
    assert not page_article.text.startswith("Dock workers in Port Elmsford end")


@pytest.mark.parametrize("title, site, domain, expected", [
    ("Losing face: masks stolen from Kobe hospital | The Japan Times", "The Japan Times", "japantimes.co.jp",
     "Losing face: masks stolen from Kobe hospital"),
    ("Yellow Vests and I — Pamela Anderson", "Pamela Anderson Foundation", None, "Yellow Vests and I"),
    ("NYTimes | Republicans are following Trump", "NYTimes", "nytimes.com", "Republicans are following Trump"),
    # a separator inside the headline itself stays
    ("Chapter 1: Prologue - Murdered - Melas", "Royal Road", "royalroad.com", "Chapter 1: Prologue - Murdered - Melas"),
    ("Ceasefire talks resume in Geneva", "Example News", "example.org", "Ceasefire talks resume in Geneva"),
])
def test_clean_title_drops_site_name(title, site, domain, expected):
    assert html_reader.clean_title(title, site, domain) == expected


@pytest.mark.parametrize("raw, site, expected", [
    ("Adam Aaronson PhillyVoice Staff", "PhillyVoice", ["Adam Aaronson"]),
    ("Jo Bloggs, The Times", "The Times", ["Jo Bloggs"]),
    ("Jane Doe, Staff Writer", None, ["Jane Doe"]),
    ("Mark Staff", None, ["Mark Staff"]),  # a surname, not a label
])
def test_clean_authors_with_site(raw, site, expected):
    assert html_reader.clean_authors(raw, site) == expected


@pytest.mark.parametrize("raw, expected", [
    ("View all posts by Daniel Lemire", ["Daniel Lemire"]),
    ("Grant Tinsley; PhD", ["Grant Tinsley"]),
    ("Glen Owen; Brendan Carlin", ["Glen Owen", "Brendan Carlin"]),
    ("By Maria Okafor", ["Maria Okafor"]),
    ("No Author", []),
    ("Byron Smith", ["Byron Smith"]),  # "By" only as a separate word
    (None, []),
])
def test_clean_authors(raw, expected):
    assert html_reader.clean_authors(raw) == expected


@pytest.mark.parametrize("page", [
    "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input name='u'></form></body></html>",
    "<html><body><ul><li><a href='/a'>World</a></li><li><a href='/b'>Sport</a></li></ul></body></html>",
    "<html><body></body></html>",
])
def test_html_without_article_is_an_input_error(page):
    with pytest.raises(InputError, match="HTML holds no article"):
        html_reader.parse(page, source_path="page.html")


def test_html_reader_does_not_special_case_its_fixture():
    # The same page under another name and site: the same rules give the same kind of result.
    page = PAGE.read_text(encoding="utf-8").replace("Coastal Ledger", "Northern Star").replace("coastal-ledger", "northern-star")
    a = html_reader.parse(page, source_path="other.html")
    assert a.publisher == "The Northern Star"
    assert a.title == "Dock workers in Port Elmsford end three-week strike"


FOOTER = ("Please click the share buttons below.", "Copyright © Valley Voice, 2024",
          "The original source of this article is Valley Voice.")
STORY = ("All schools in the valley were closed on Friday as the storm brought down power lines "
         "across the region and blocked the main roads into town for most of the day.")


def test_publisher_from_footer_in_text(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text("Storm closes schools\n\n" + STORY + "\n\n" + "\n\n".join(FOOTER) + "\n")
    a = _only(read_inputs([str(path)]))
    assert (a.title, a.publisher) == ("Storm closes schools", "Valley Voice")
    assert list(FOOTER) == a.boilerplate and "Valley Voice" not in a.text


def test_publisher_from_footer_in_html_without_site_metadata(tmp_path):
    page = ("<html><head><title>Storm closes schools</title></head><body><article><p>" + STORY + "</p><p>" + STORY
            + "</p></article><footer>" + "".join(f"<p>{f}</p>" for f in FOOTER) + "</footer></body></html>")
    a = html_reader.parse(page, source_path="storm.html")
    assert a.publisher == "Valley Voice"
    assert "The original source of this article is Valley Voice." in a.boilerplate


@pytest.mark.parametrize("text, publisher", [
    ("Copyright © Valley Voice, 2024", "Valley Voice"),
    ("The original source of this article is Global Research.", "Global Research"),
    ("Share this story with your friends.", None),
])
def test_publisher_footer_lines(text, publisher):
    from newsgraph.ingest.metadata import publisher_from_footer

    assert publisher_from_footer([text])[0] == publisher


# -- JSON and JSONL --------------------------------------------------------------------------

def test_jsonl_one_article_per_line_and_bad_line_reported():
    items = list(read_inputs([str(DATA / "wire.jsonl")]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.source_path for a in articles] == [f"{DATA / 'wire.jsonl'}#1", f"{DATA / 'wire.jsonl'}#3"]
    assert [str(e) for e in errors] == [
        f"{DATA / 'wire.jsonl'} line 2: not valid JSON (Expecting ',' delimiter, column 69); the other lines are read",
        f"{DATA / 'wire.jsonl'}#4: record has no `text` or `html` field with article text",
    ]


def test_jsonl_text_record_fields():
    a = next(i for i in read_inputs([str(DATA / "wire.jsonl")]) if isinstance(i, Article))
    assert a.title == "Council approves new bus lanes on Riverside Road"
    assert a.authors == ["Tom Bell"]
    assert a.published.isoformat() == "2024-05-06"
    assert (a.publisher, a.domain) == ("Example Daily", "news.example.org")
    assert a.input_format == "json"
    assert "Please click the share buttons to forward this story." in a.boilerplate
    assert "share buttons" not in a.text


def test_jsonl_html_record_uses_record_fields_and_aliases():
    a = [i for i in read_inputs([str(DATA / "wire.jsonl")]) if isinstance(i, Article)][1]
    assert a.title == "Flood defences finished ahead of winter"
    assert a.authors == ["Lena Fischer", "Omar Haddad"]  # `author` alias, "A; B"
    assert a.publisher == "Harbour Gazette"  # `source` alias
    assert "flood wall along the lower harbour" in a.text


def _raw(name: str, obj) -> RawInput:
    return RawInput(name, (obj if isinstance(obj, str) else json.dumps(obj)).encode("utf-8"))


BODY = "The river rose two metres overnight and the town council opened three shelters for families from the lower streets."


@pytest.mark.parametrize("name, content, expected", [
    ("one.json", {"title": "Flood", "text": BODY}, ["one.json"]),
    ("list.json", [{"text": BODY}, {"text": BODY + " Again."}], ["list.json#1", "list.json#2"]),
    ("lines.json", json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY}) + "\n", ["lines.json#1", "lines.json#2"]),
    ("a.ndjson", json.dumps({"body": BODY, "date": "March 3, 2021"}) + "\n", ["a.ndjson#1"]),
])
def test_json_shapes(name, content, expected):
    items = list(parse(_raw(name, content)))
    assert [i.source_path for i in items if isinstance(i, Article)] == expected


@pytest.mark.parametrize("name, content, reason", [
    ("broken.json", '{"text": "unterminated', "not valid JSON"),
    ("empty-list.json", [], "JSON list is empty"),
    ("number.json", [3], "record is a JSON int"),
    ("nobody.json", {"title": "Only a title"}, "no `text` or `html`"),
])
def test_bad_json_is_reported(name, content, reason):
    item = _only(parse(_raw(name, content)))
    assert isinstance(item, InputError) and reason in str(item) and str(item).startswith(name)


def test_record_date_aliases_and_tags():
    a = _only(parse(_raw("t.json", {"text": BODY, "published_at": "2021-03-03T10:00:00Z",
                                     "keywords": "floods, weather", "publisher": {"name": "Daily Example"}})))
    assert a.published.isoformat() == "2021-03-03"
    assert a.tags == ["floods", "weather"]
    assert a.publisher == "Daily Example"


# -- WARC ------------------------------------------------------------------------------------

def test_warc_html_records_become_articles_others_are_reported(tmp_path):
    path = make_warc(tmp_path / "crawl.warc.gz", [
        ("https://www.coastal-ledger.example/strike", "text/html; charset=utf-8", PAGE.read_bytes(), "200 OK"),
        ("https://www.coastal-ledger.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), "200 OK"),
        ("https://www.coastal-ledger.example/old", "text/html", b"", "301 Moved Permanently"),
    ])
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(articles) == 1 and articles[0].input_format == "warc"
    assert articles[0].source_path == f"{path}#2"
    assert articles[0].title == "Dock workers in Port Elmsford end three-week strike"
    assert errors == [f"{path}#3: record for https://www.coastal-ledger.example/logo.png is image/png, not HTML; skipped"]


def test_warc_url_from_record_when_page_names_none(tmp_path):
    page = b"<html><body><article><p>" + BODY.encode() * 3 + b"</p></article></body></html>"
    path = make_warc(tmp_path / "bare.warc", [("https://news.example.net/floods/1", "text/html", page, "200 OK")])
    a = _only(read_inputs([str(path)]))
    assert (a.url, a.domain) == ("https://news.example.net/floods/1", "news.example.net")


def test_warc_gzipped_as_one_file_is_read(tmp_path):
    plain = make_warc(tmp_path / "plain.warc", [
        ("https://a.example/1", "text/html", PAGE.read_bytes(), "200 OK"),
        ("https://a.example/2", "text/html", PAGE.read_bytes().replace(b"Dock workers", b"Ship crews"), "200 OK"),
    ])
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    titles = [a.title for a in read_inputs([str(whole)])]
    assert titles == ["Dock workers in Port Elmsford end three-week strike", "Ship crews in Port Elmsford end three-week strike"]


def test_truncated_warc_keeps_what_was_read(tmp_path):
    plain = make_warc(tmp_path / "full.warc", [
        ("https://a.example/1", "text/html", PAGE.read_bytes(), "200 OK"),
        ("https://a.example/2", "text/html", PAGE.read_bytes(), "200 OK"),
    ])
    cut = tmp_path / "cut.warc"
    data = plain.read_bytes()
    cut.write_bytes(data[: len(data) - 2000])
    items = list(read_inputs([str(cut)]))
    assert isinstance(items[0], Article)
    assert all("\n" not in str(i) for i in items if isinstance(i, InputError))


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive at all\n" * 5)
    item = _only(read_inputs([str(path)]))
    assert isinstance(item, InputError) and "not a valid WARC file" in str(item)


# -- encodings and compression ---------------------------------------------------------------

TEXT = "Café owners protest new tax\n\nThe owners of the cafés on the main square said on Monday that the new tax would force them to close. “We cannot pay this,” one owner said.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-8-sig"])
def test_encodings_are_read(tmp_path, encoding):
    path = tmp_path / "cafe.txt"
    path.write_bytes(TEXT.encode(encoding))
    a = _only(read_inputs([str(path)]))
    assert a.title == "Café owners protest new tax"
    assert "“We cannot pay this,” one owner said." in a.text


def test_latin1_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(TEXT.replace("“", '"').replace("”", '"').encode("latin-1"))
    a = _only(read_inputs([str(path)]))
    assert "cafés on the main square" in a.text


def test_html_declared_charset_wins(tmp_path):
    page = PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"').replace("Port Elmsford voted", "Port Elmsford’s crews voted")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    a = _only(read_inputs([str(path)]))
    assert "Port Elmsford’s crews voted" in a.text


def test_gzipped_html(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.read_bytes()))
    a = _only(read_inputs([str(path)]))
    assert a.input_format == "html" and "three-week strike" in a.text
