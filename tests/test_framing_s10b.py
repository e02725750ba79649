"""Framing signals, tenth round (signals10, session 10, issue 11): evaluative adjectives in the writer's own
voice, from the VADER sentiment lexicon (data/lexicons/evaluative.tsv, built by scripts/build_evaluative.py).
The class is from signals9's review of unseen opinion pages ("unacceptable violence", "disastrous policy",
"reckless"); every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from newsgraph.framing.evaluative import evaluative_words


def _evaluative(analyzer, text):
    return [(s.kind, s.text) for s in analyze_text(analyzer, text).signals if "framing:evaluative" in s.rule]


@pytest.mark.parametrize("text,word", [
    ("The council pushed through a disastrous housing plan last winter, and tenants paid for it.", "disastrous"),
    ("The new tariff is ruinous and the farmers of the valley will pay for it.", "ruinous"),
    ("Police answered the sit-in with unacceptable force on the bridge.", "unacceptable"),
    ("It was a cruel week for the governing coalition in the capital.", "cruel"),
    ("The minister's incompetent handling of the budget hides a deficit of four billion.", "incompetent"),
    ("I think the whole scheme is idiotic from start to finish.", "idiotic"),  # the writer's own belief
])
def test_evaluative_adjective_in_the_writers_voice(analyzer, text, word):
    assert ("loaded_language", word) in _evaluative(analyzer, text)


def test_a_milder_word_needs_company(analyzer):
    # "reckless" (valence -1.7) alone is flagged only where the article judges more than once
    one = "Lawmakers passed the bill after a short debate. Some parts of it look reckless to the farmers' groups."
    two = "The reckless tariff is the second disastrous decision of the year by the trade office."
    assert [w for _, w in _evaluative(analyzer, one)] == []
    assert {w for _, w in _evaluative(analyzer, two)} == {"reckless", "disastrous"}


@pytest.mark.parametrize("text", [
    'The opposition leader said the budget was "disastrous" for the poor.',  # a quotation
    "The opposition leader said the budget was disastrous for the poor.",  # a reported statement
    "Critics argue that the tariff is reckless and will hurt exporters.",  # a verb of saying reports it
    "Three people were killed in a violent attack on a market in the north, police said.",  # events, not judgements
    "Flood waters caused devastating damage to the dry-season crops in the delta.",  # a disaster's word
    "The currency fell to its lowest level in a decade against the dollar.",  # a superlative measures
    "Growth slowed to a weaker pace in the third quarter, the statistics office reported.",
    "The Brutal Truth tour of the band was cancelled on Monday.",  # a name
    "A super PAC backing the senator spent two million dollars on advertising.",
    "Aid agencies issued dire warnings about food stocks in the camps.",
    "Angry residents blocked the road to the mine for a second day.",  # a feeling that news reports
])
def test_no_evaluative_signal_for_reports_names_or_events(analyzer, text):
    assert _evaluative(analyzer, text) == []


def test_the_table_leaves_out_topic_words_of_conflict_news():
    words = evaluative_words()
    for w in ("killed", "violent", "terrorist", "war", "attack", "death", "bomb", "crisis", "victim", "violence",
              "dangerous", "angry", "illegal", "devastating", "tragic", "outraged"):
        assert w not in words
    for w in ("disastrous", "reckless", "unacceptable", "shameful", "dishonest"):
        assert w in words


def test_the_table_is_the_scripts_output():
    from pathlib import Path
    head = (Path(__file__).resolve().parent.parent / "src/newsgraph/data/lexicons/evaluative.tsv").read_text()[:400]
    assert "Copyright (c) 2016 C.J. Hutto" in head and "scripts/build_evaluative.py" in head
