"""The markdown report's quoting of evidence and content spans."""

from __future__ import annotations

from newsgraph.model import Span
from newsgraph.report.markdown import _q


def test_words_are_put_in_quotation_marks():
    assert _q(Span(0, 20, "Saudi Arabia welcomed")) == "“Saudi Arabia welcomed”"


def test_a_quotation_with_its_own_marks_is_not_quoted_twice():
    assert _q(Span(0, 12, '"We will go,"')) == '"We will go,"'
    assert _q(Span(0, 12, "“We will go”")) == "“We will go”"


def test_marks_at_one_end_only_are_words_like_any_other():
    assert _q(Span(0, 12, '"We will go, he said')) == '“"We will go, he said”'


def test_long_text_is_shortened_and_spaces_folded():
    t = _q(Span(0, 500, "a  b\t" * 100), limit=10)
    assert t.startswith("“a b") and t.endswith("…”")
