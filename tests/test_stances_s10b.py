"""Stances, issue 11 (session 10, stances11), from the 21 unseen political pages whose stances were written
down by hand (stances9): legislation a named actor acts on counts with an indefinite article, offers and
requests that someone answers are initiatives, nominal undoings ("backtracking on") are stances, and a
decision by prosecutors is not the investigation it ends. All sentences are invented. Cases marked "guard"
already passed before the rule beside them; the others failed without it."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes, takes_none


# -- legislation acted on by a named actor, with "a" / "an" ----------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Norwegian voters approved an amendment to the constitution.", "voters", "support"),
    ("Texas lawmakers voted for an amendment that would cap property taxes.", "lawmakers", "support"),
    ("Chilean senators voted against a bill on pensions last week.", "senators", "oppose"),
    ("The Kenyan parliament rejected a motion to suspend the budget debate.", "parliament", "oppose"),
    ("Kenyan senators introduced an amendment to the electoral law on Tuesday.", "senators", "support"),  # guard
])
def test_legislation_acted_on_is_an_initiative(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_an_amendment_nobody_acts_on_is_no_topic(analyzer):  # guard
    assert analyze_text(analyzer, "An amendment to the constitution was discussed on the radio in Oslo.").stances == []


# -- offers and requests that someone answers ----------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The Kenyan government did not accept the offer from the volunteer nurses.", "Kenya", "oppose"),
    ("Norway rejected the request from Sweden.", "Norway", "oppose"),
    ("The Nigerian Senate approved the extradition request from Ghana.", "Senate", "support"),
])
def test_an_answered_offer_or_request_is_an_initiative(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_the_offer_after_a_proposal_is_the_proposal(analyzer):
    text = "Turkey proposed talks between Azerbaijan and Armenia. Armenia accepted the offer on Monday."
    found = stances_of(analyze_text(analyzer, text), "Armenia")
    assert [(s.topic, s.polarity) for s in found] == [("talks", "support")], show(found)


def test_an_offer_of_talks_is_the_talks(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Kim Jong Un rejected Seoul's offer of talks."), "Kim")
    assert [(s.topic, s.polarity) for s in found] == [("talks", "oppose")], show(found)


def test_an_offer_to_buy_is_no_topic(analyzer):  # guard
    assert analyze_text(analyzer, "Chile made an offer to buy the copper mine.").stances == []


def test_a_request_for_comment_is_no_topic(analyzer):  # guard: nobody answers it here
    assert analyze_text(analyzer, "Peru did not respond to a request for comment.").stances == []


# -- nominal undoings ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Ghana's backtracking on the mining law angered the miners.", "Ghana"),
    ("Kenya's backtracking on the ceasefire angered the rebels.", "Kenya"),
    ("Peru's cancellation of the talks with the rebels drew criticism.", "Peru"),
])
def test_a_nominal_undoing_opposes(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and all(s.polarity == "oppose" for s in found), show(found)


# -- a decision by prosecutors is not the investigation it ends ----------------------------------------------------
def test_a_decision_by_prosecutors_is_not_the_investigation(analyzer):
    text = ("The Norwegian investigation was shelved in 2017. Norwegian prosecutors said on Monday they had "
            "closed the case. The decision by Norwegian prosecutors today ends the matter.")
    found = stances_of(analyze_text(analyzer, text), "prosecutors")
    assert not any("investigation" in s.topic and s.polarity == "support" for s in found), show(found)


def test_the_probe_is_the_investigation(analyzer):  # guard: two words for one inquiry stay one topic
    text = "Kenya opened an investigation into the killings. Uganda criticised the probe."
    topics = {s.topic for s in analyze_text(analyzer, text).stances}
    assert len(topics) == 1, topics


# -- what groups protest or rally for or against, when it is a demand or grievance word ------------------------
@pytest.mark.parametrize("text,holder,polarity,word", [
    ("Nurses rallied for better pay outside the parliament in Nairobi.", "nurses", "support", "pay"),
    ("Kenyan nurses marched for better pay on Monday.", "nurses", "support", "pay"),
    ("Teachers called for more school funding.", "teachers", "support", "funding"),
    ("Opposition senators protested against the outcome of the election in Lagos.", "senators", "oppose", "outcome"),
    ("The senators led a march to the commission to protest against the outcome of the vote.", "senators", "oppose",
     "outcome"),
    ("Kenyan nurses protested longer detention periods for asylum seekers.", "nurses", "oppose", "periods"),
])
def test_a_protest_demand_is_a_topic(analyzer, text, holder, polarity, word):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert any(s.polarity == polarity and word in s.topic for s in found), show(found)


@pytest.mark.parametrize("text", [
    "Nurses rallied for hours outside the parliament.",
    "The nurses were paid for their overtime in Nairobi.",
])
def test_no_demand_without_a_demand_word(analyzer, text):  # guard
    assert analyze_text(analyzer, text).stances == [], [(s.topic, s.polarity) for s in analyze_text(analyzer, text).stances]
