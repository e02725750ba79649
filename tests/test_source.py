"""Source: the outlet from URL, metadata or footer, and its rating from the shipped or user table."""

from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError
from newsgraph.model import Article
from newsgraph.source import identify, load_ratings
from newsgraph.source.ratings import ANALYSIS_LABELS, shipped


@pytest.fixture(scope="module")
def table():
    return load_ratings(None)


@pytest.mark.parametrize("article,domain,labels", [
    (Article(text="x", url="https://www.rt.com/news/123-story/"), "rt.com", ("low", "very low")),
    (Article(text="x", url="https://edition.cnn.com/2020/01/13/world/a.html"), "edition.cnn.com", ("high", "mixed")),
    (Article(text="x", url="https://www.reuters.com/world/a"), "reuters.com", ("high",)),
    (Article(text="x", publisher="Global Research"), None, ("low", "very low")),
    (Article(text="x", boilerplate=["The original source of this article is Global Research"]), None, ("low", "very low")),
    (Article(text="x", boilerplate=["For media inquiries: publications@globalresearch.ca"]),
     "globalresearch.ca", ("low", "very low")),
    (Article(text="x", url="https://www.infowars.com/posts/a"), "infowars.com", ("low", "very low")),
])
def test_identify_and_rate(table, article, domain, labels):
    src = identify(article, table)
    assert src.reliability.label in labels
    # every rating shown names its source and year, and keeps its number
    assert src.reliability.basis and "Lin et al." in src.reliability.basis and "2023" in src.reliability.basis
    assert src.reliability.score is not None and 0 <= src.reliability.score <= 1
    if domain:
        assert src.domain == domain
    assert src.rule


@pytest.mark.parametrize("article", [
    Article(text="x", url="https://www.example-local-news.org/a"),
    Article(text="x", publisher="The Springfield Shopper"),
    Article(text="x", publisher="Some Blog", boilerplate=["Originally published at www.rt.com"]),
    Article(text="x"),
])
def test_unknown_outlets_are_unknown(table, article):
    src = identify(article, table)
    assert src.reliability.label == "unknown"
    assert src.reliability.factual is None


def test_user_file_in_reliability_corpus_shape(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("source_url\tsource_url_normalized\tref\tfact\tbias\n"
                 "http://www.example-local-news.org/\texample-local-news.org\t"
                 "http://mediabiasfactcheck.com/x/\tmixed\tleft\n"
                 "https://www.rt.com/\trt.com\thttp://mediabiasfactcheck.com/rt/\thigh\tcenter\n", encoding="utf-8")
    t = load_ratings(f)
    src = identify(Article(text="x", url="https://example-local-news.org/story"), t)
    assert src.reliability.label == "mixed" and "mine.tsv" in src.reliability.basis
    # the user's row wins over the shipped one
    assert identify(Article(text="x", url="https://rt.com/a"), t).reliability.label == "high"


def test_user_file_in_own_shape(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("domain,name,aliases,factual,bias,category,rater,rated\n"
                 "springfieldshopper.com,The Springfield Shopper,Shopper,low,right,,Our desk,2024\n", encoding="utf-8")
    src = identify(Article(text="x", publisher="Shopper"), load_ratings(f))
    assert src.reliability.label == "low" and "Our desk, 2024" in src.reliability.basis
    assert src.reliability.score is None


@pytest.mark.parametrize("content", [
    "outlet,score\nx.com,3\n",
    "domain,name,aliases,factual,bias,category,rater,rated\nx.com,X,,pretty good,,,me,2024\n",
])
def test_bad_user_file_says_what_to_fix(tmp_path, content):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.csv"):
        load_ratings(f)


def test_missing_user_file(tmp_path):
    with pytest.raises(ConfigError, match="--ratings"):
        load_ratings(tmp_path / "nope.csv")


def test_shipped_rows_say_who_rated_and_when():
    rows = shipped()
    assert len(rows) >= 10_000
    for r in rows:
        assert r.domain and r.rater and r.rated and r.figure and r.citation, r
        assert r.label in ANALYSIS_LABELS
        assert r.score is not None and 0 <= r.score <= 1, r


def test_seed_source(shared, seed_analysis):
    assert seed_analysis.source.name == "Global Research"
    assert seed_analysis.source.reliability.label in ("low", "very low")
