"""Framing signals, eighth round (signals8, session 9): classes from a review of 19 unseen pages
(/work/notes/reports/signals8-review.txt), tested on invented sentences."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _signals(analyzer, text):
    return [(s.kind, s.text) for s in analyze_text(analyzer, text).signals]


def _of_kind(signals, *kinds):
    return [t for k, t in signals if k in kinds]


# Words of contempt for a process or an opponent, in an opinion writer's own voice.
@pytest.mark.parametrize("text,word", [
    ("The senator's inquiry has become a circus that nobody in the capital takes seriously.", "circus"),
    ("Voters have seen through the governor's machinations over the budget.", "machinations"),
    ("The so-called reform was a ruse to hand the ports to his friends.", "ruse"),
    ("The council's endless psychodrama has paralysed the town for a year.", "psychodrama"),
    ("The minister answered his critics with a torrent of vituperation.", "vituperation"),
    ("The opposition has grown ever more shrill as the vote approaches.", "shrill"),
    ("It was a dishonest campaign from the first day to the last.", "dishonest"),
    ("The mayor called the ruling a disgrace to the city.", "disgrace"),
    ("He blames the deep state for every setback of his first term.", "deep state"),
])
def test_opinion_words_are_loaded(analyzer, text, word):
    signals = _signals(analyzer, text)
    assert [t for t in _of_kind(signals, "loaded_language", "name_calling") if word in t.lower()], signals


@pytest.mark.parametrize("text", [  # guards: the literal circus, the wires' "in disgrace"
    "The circus performers arrived in the town with three tents and a troupe of acrobats.",
    "The police chief resigned in disgrace after the audit of the force's accounts.",
])
def test_neutral_senses_are_not_loaded(analyzer, text):
    signals = _signals(analyzer, text)
    assert not _of_kind(signals, "loaded_language", "name_calling"), signals


# Certainty in the writer's voice.
@pytest.mark.parametrize("text,part", [
    ("It is no wonder that farmers feel betrayed by the new tax.", "no wonder"),
    ("Residents were rightly angered by the closure of the clinic.", "rightly"),
    ("The budget passed on Friday. Certainly, the governor will claim it as a victory.", "Certainly"),
])
def test_certainty_in_the_writers_voice(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for t in _of_kind(signals, "certainty_marker") if part.lower() in t.lower()], signals


@pytest.mark.parametrize("text", [  # guards
    "Engineers wanted to be sure that the bridge could carry the new trains.",
    "To be sure, the council has made mistakes in the past.",  # a concession in news analysis (PolNeAR train)
    "Rightly or wrongly, the board decided to close the plant.",
    "The company had hoped the pill would be a wonder drug for the elderly.",
])
def test_no_certainty_marker(analyzer, text):
    signals = _signals(analyzer, text)
    assert not _of_kind(signals, "certainty_marker"), signals


# Calls in the outlet's voice.
@pytest.mark.parametrize("text", [
    "After ten years of broken promises, it is time for the council to resign.",
    "It's time to pack up the inquiry and go home.",
    "Let's hope the new mayor keeps her word on the bus fares.",
    "Let us not forget who voted for the cuts.",
    "Western governments have a duty to remind the junta that the world is watching.",
])
def test_calls_in_the_outlets_voice(analyzer, text):
    signals = _signals(analyzer, text)
    assert _of_kind(signals, "call_to_action"), signals


@pytest.mark.parametrize("text", [  # guards: a moment, not a call; a report of what was
    "When it is time to vote, the members meet in the old hall.",
    "By the time it was over, the square was empty.",
    "The port had a duty officer on watch all night.",
    "Supporters of the governor are saying it is time to unite behind her.",  # a reported call is a statement
])
def test_no_call(analyzer, text):
    signals = _signals(analyzer, text)
    assert not _of_kind(signals, "call_to_action"), signals


# The writer judging the fact they report, opening a sentence (WP editorializing).
@pytest.mark.parametrize("text,part", [
    ("The council approved the budget. Unfortunately, the cuts fall on the poorest wards.", "Unfortunately"),
    ("Ironically, the minister who wrote the rule was the first to break it.", "Ironically"),
    ("The clinic closed in May. Sadly, nobody asked the nurses.", "Sadly"),
])
def test_editorializing_openers(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for t in _of_kind(signals, "loaded_language") if part in t], signals


def test_editorializing_word_inside_a_sentence_is_not_flagged(analyzer):  # guard
    signals = _signals(analyzer, "The old teacher, who died in March, will be sadly missed by the village.")
    assert not _of_kind(signals, "loaded_language"), signals
