"""The metadata suite's publisher gold from MBFC outlet names (evaluation/suites/metadata.py):
which outlet a page URL belongs to, and when a publisher name equals MBFC's name. Outlet rows
here are invented; the suite reads News-Media-Reliability's corpus.tsv files."""

from __future__ import annotations

import pytest

from evaluation.suites import metadata

OUTLETS = [("rt.com", "/news", "rt-news"), ("rt.com", "", "rt"), ("valleygazette.com", "", "valley-gazette"),
           ("valleygazette.com", "", "the-valley-gazette-2")]


@pytest.mark.parametrize("url, names", [
    ("https://www.rt.com/news/123-story/", {"rt-news"}),  # the longest matching path wins
    ("https://rt.com/newsroom/x", {"rt"}),  # a path matches whole segments only
    ("https://valleygazette.com/2024/a", {"valley-gazette", "the-valley-gazette-2"}),  # listed twice: either
    ("https://news.valleygazette.com/a", set()),  # another host, even under the same domain
    ("https://example.org/a", set()),
])
def test_mbfc_names_of_a_page(url, names):
    assert metadata.mbfc_names(url, OUTLETS) == names


@pytest.mark.parametrize("names, publisher, right", [
    ({"valley-gazette"}, "The Valley Gazette", True),  # a leading "the" does not count
    ({"the-valley-gazette-2"}, "Valley Gazette", True),  # nor MBFC's numbered duplicates
    ({"space-com"}, "Space.com", True),
    ({"valley-gazette"}, "ValleyGazette", False),
    ({"valley-gazette"}, "VG", False),
    ({"valley-gazette"}, None, False),
])
def test_publisher_against_mbfc_names(names, publisher, right):
    assert metadata.mbfc_right(names, publisher) is right
