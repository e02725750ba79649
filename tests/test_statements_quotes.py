"""The quotation finder: curly, straight, unbalanced and run-on quotations; apostrophes are not quotes."""

from __future__ import annotations

import pytest

from newsgraph.statements import quotes


def _texts(text: str) -> list[list[str]]:
    return [[text[q.start:q.end] for q in chain] for chain in quotes.find(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', [['"we will win"']]),
    ("\u201cWe will win,\u201d he said.", [["\u201cWe will win,\u201d"]]),
    ("The leaders' proposal and Haftar's reply don't count.", []),
    ("\u2018Single\u2019 quotes are left alone.", []),
    # unbalanced: the quotation ends with its paragraph
    ('He said "we will win\n\nNext paragraph.', [['"we will win']]),
    # a quote running over paragraphs: the first paragraph leaves the mark open, the next reopens
    ("\u201cFirst part.\n\n\u201cSecond part,\u201d she said.", [["\u201cFirst part.", "\u201cSecond part,\u201d"]]),
    # two quotations side by side are one
    ('"One," "two," he said.', [['"One,"', '"two,"']]),
    # a closing mark typed as the opening one
    ("\u201dOops, wrong mark,\u201d she said.", [["\u201dOops, wrong mark,\u201d"]]),
    ('Stray " mark and ""doubled"" marks.', None),
    ("He said, ''We will win,'' and left.", [["''We will win,''"]]),
    ("The leaders'' proposal", None),
])
def test_quotes(text, expected):
    found = _texts(text)
    if expected is None:  # only: no exception, and every fragment lies in the text
        assert all(frag for chain in found for frag in chain)
    else:
        assert found == expected


def test_separate_quotes_are_separate_chains():
    text = '"A," he said.\n\nLater, "B," she said.'
    assert len(quotes.find(text)) == 2
