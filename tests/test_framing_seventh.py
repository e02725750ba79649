"""Framing signals, seventh round (issue 11): classes found on unseen pages, tested on invented sentences."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _signals(analyzer, text):
    return [(s.kind, s.text) for s in analyze_text(analyzer, text).signals]


# One claim the statements stage reads twice ("sources told X" as an unattributed cue and "sources" as a
# vague speaker) is one vague_attribution signal, not also an unattributed_claim over the same words.
@pytest.mark.parametrize("text,part", [
    ("Wheat prices rose after sources told the agency that Canada would cut its exports.", "sources told"),
    ("The mayor quit on Friday, according to sources who know the family.", "according to sources"),
])
def test_claim_read_twice_is_one_vague_signal(analyzer, text, part):
    signals = _signals(analyzer, text)
    vague = [t for k, t in signals if k == "vague_attribution" and part in t]
    assert vague, signals
    assert not [t for k, t in signals if k == "unattributed_claim" and part in t], signals


# A guess at what unnamed people may think or say cites nobody.
@pytest.mark.parametrize("text", [
    "People will begin to think the mayor must be hiding something.",
    "The delay helps me understand why people might question the results.",
    "Some people might think that the protesters are fighting against good policies.",
])
def test_guess_at_what_people_think_is_not_vague(analyzer, text):
    signals = _signals(analyzer, text)
    assert not [t for k, t in signals if k == "vague_attribution"], signals


@pytest.mark.parametrize("text,part", [  # guard: a vague source that does speak stays
    ("Some residents said the water was unsafe to drink.", "Some residents said"),
    ("Officials said the bridge would reopen in May.", "Officials said"),
    ("Critics will say the plan costs too much.", "Critics will say"),
])
def test_vague_sources_that_speak_stay(analyzer, text, part):
    signals = _signals(analyzer, text)
    assert [t for k, t in signals if k == "vague_attribution" and part in t], signals
