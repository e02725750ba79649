"""Event participants, session 9 (events11; issue 11): classes read from ConfliBERT's train split and
the PLOVER GSR tuning part (events/participants.py, roles.py). Each rule is checked on invented
sentences through the words that name each side (`source_text` / `target_text`, what the
conflibert suite scores) and, where the side is a known actor, through its actor."""

from __future__ import annotations

import pytest

from conftest import first_event as _first, span_words as _words


# the one who asked: the owner of a demand, request, offer or pressure that a refusal, a concession
# or an acceptance answers, named by its possessor or its by/from/of phrase
@pytest.mark.parametrize("text, category, target, not_target", [
    ("The mayor accepted the demands by nurses for better pay.", "CONCEDE", "nurses", "the demands"),
    ("The governor conceded to the demands of the dock workers on Friday.", "CONCEDE",
     "the dock workers", "the demands"),
    ("The junta rejected demands from the student union.", "REJECT", "the student union", "demands"),
    ("The minister of health declined to resign despite mounting pressure by the Senate.", "REJECT",
     "the senate", None),
    ("The coach of the national team refused to resign under pressure from fans of the club.", "REJECT",
     "fans", None),
])
def test_the_one_who_asked_is_the_target(analyzer, text, category, target, not_target):
    _, ev = _first(analyzer, text)
    assert ev.type == category, ev.rule
    words = _words(ev.target_text)
    assert target in words, (words, ev.rule)
    if not_target:
        assert not_target != words


def test_an_offer_of_a_thing_names_no_asker(analyzer):
    # "an offer of a ceasefire": what is offered, not who offered it; the compound names the offerer
    # (a guard on the rule's reach: it failed with the first version of `asker`, which read any "of")
    analysis, ev = _first(analyzer, "The rebels rejected a Malian government offer of a truce.")
    assert ev.type == "REJECT"
    assert "truce" not in _words(ev.target_text), ev.target_text


# whom a thing is handed back or over to, when the parser hangs the to-phrase inside a long object,
# and never the thing handed over
@pytest.mark.parametrize("text, target, not_target", [
    ("Police returned a bronze statue decorated with the face of Alexander the Great to Greek authorities.",
     "greek authorities", "alexander"),
    ("The FBI returned a medieval Armenian manuscript to its owners last week.", "its owners", "manuscript"),
])
def test_the_recipient_is_the_target_not_the_thing_handed(analyzer, text, target, not_target):
    _, ev = _first(analyzer, text)
    assert ev.type == "RETREAT", ev.rule
    words = _words(ev.target_text)
    assert target in words, (words, ev.rule)
    assert not_target not in words, (words, ev.rule)


# a measure or posture (ceasefire, curfew, state of siege, alert) with no party named is aimed at the
# ground it holds in, not at itself
@pytest.mark.parametrize("text, category, target", [
    ("The governor declared a state of siege in the village and sent in police.", "COERCE", "the village"),
    ("Two rival militias have announced an immediate ceasefire in all southern provinces.", "RETREAT",
     "all southern provinces"),
    ("Hundreds of Dutch soldiers remained on alert in the border region on Sunday.", "MOBILIZE", "the border region"),
])
def test_a_measure_is_aimed_at_its_ground(analyzer, text, category, target):
    _, ev = _first(analyzer, text)
    assert ev.type == category, ev.rule
    assert target in _words(ev.target_text), (ev.target_text, ev.rule)


def test_a_measure_in_a_year_has_no_ground(analyzer):
    # a time is no ground: "in 2019" names when, and the measure keeps no target words of a time
    _, ev = _first(analyzer, "The army imposed a curfew in 2019.")
    assert "2019" not in _words(ev.target_text)


# what a protest opposes, named around the protest: "in protest against X" (and X's doer when X is a
# deed or a measure someone imposed), ", protesting X"
@pytest.mark.parametrize("text, target", [
    ("A retired teacher has started a hunger strike, protesting the city's pension reform.", "pension reform"),
    ("A jailed blogger has begun a hunger strike, protesting the prison's visiting rules.", "visiting rules"),
])
def test_a_protest_is_aimed_at_what_it_opposes(analyzer, text, target):
    _, ev = _first(analyzer, text)
    assert ev.type == "PROTEST", ev.rule
    assert target in _words(ev.target_text), (ev.target_text, ev.rule)


# a strike or protest ended after a deal is ended toward the party of the deal, not toward itself
@pytest.mark.parametrize("text, target", [
    ("Chilean dock workers called off their strike after the agreement with the Chilean government.",
     "chilean government"),
    ("Kenyan nurses called off their strike after reaching a deal with the county governors.",
     "the county governors"),
])
def test_a_strike_is_ended_toward_the_party_of_the_deal(analyzer, text, target):
    _, ev = _first(analyzer, text)
    assert ev.type == "CONCEDE", ev.rule
    assert target in _words(ev.target_text), (ev.target_text, ev.rule)
