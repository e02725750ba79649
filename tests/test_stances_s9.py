"""Stances, issue 11 (session 9, stances8), from an output-only review of 28 unseen news pages: a field of
policy ("foreign policy", "Chinese trade policy", "our trade policy") is no initiative anyone holds a stance
on. All sentences are invented. Cases marked "guard" already passed before the rule beside them; the others
failed without it."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes, takes_none


def _topics(analyzer, text):
    return [s.topic for s in analyze_text(analyzer, text).stances]


# -- a field of policy is not an initiative ---------------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Senator Ruth Okafor praised Brazil's foreign policy during a visit to Lisbon.", "Okafor"),
    ("Analysts said Peru's Chilean policy had changed little. Minister Ana Soto defended Peru's Chilean policy.", "Soto"),
    ("Governor Ann Reyes criticised Norway's energy policy in a speech on Friday.", "Reyes"),
    ("Governor Ann Reyes criticised Norway's energy policy in a speech on Friday.", "Norway"),
    ("Kenya said it would keep its trade policy and welcomed questions on it.", "Kenya"),
    ("Vietnam's trade policy was praised by Thailand.", "Thailand"),
    ("Peru condemned Chile's economic policies.", "Peru"),
    ("Lena Holt, Obama's point man for Ukrainian policy, offered Kyiv a loan.", "Holt"),
])
def test_a_field_of_policy_holds_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text", [
    "When Obama offered Moscow a reset, Biden became point man for Ukrainian policy.",
    "Chile's foreign policy was criticised by Peru.",
])
def test_no_topic_for_a_field_of_policy(analyzer, text):
    assert not [t for t in _topics(analyzer, text) if "polic" in t.lower()], _topics(analyzer, text)


# guards: a policy that says what it does, or one named with a place it is about, stays an initiative
@pytest.mark.parametrize("text,holder,polarity", [
    ("Peru criticised Chile's policy on fishing quotas.", "Peru", "oppose"),
    ("Greece criticised Erdogan's Syria policy.", "Greece", "oppose"),
    ("Oxfam condemned the government's new policy of closing the border.", "Oxfam", "oppose"),
])
def test_a_policy_that_says_what_it_does_stays(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


# the measure a field of policy used to swallow stands on its own: "our trade policy" no longer takes the
# government's opposition to the amendments
def test_the_measure_beside_a_field_keeps_its_own_topic(analyzer):
    text = ("Ministers are telling MPs not to back the amendments to the Farming Bill. A spokesman said: "
            "'Farming sits at the heart of our trade policy.'")
    found = analyze_text(analyzer, text).stances
    assert not [s for s in found if "trade policy" in s.topic], show(found)
    takes(analyzer, text, "Ministers", "oppose")  # guard: what they are telling MPs stays a stance


# -- what one says another has to do is the speaker's demand, not the other's stance ------------------------------
# ("said China is going to have to make a deal": the existing `:ought` rule read only must / should)
@pytest.mark.parametrize("text", [
    "Brazil said Peru will have to accept the deal.",
    "Brazil said Peru is going to have to sign a deal that suits us.",
    "Brazil said Peru has to accept the truce.",
    "Brazil said Peru needs to sign the agreement.",
    "Brazil said Peru would have to make a deal.",
])
def test_what_another_has_to_do_is_the_speakers_demand(analyzer, text):
    takes(analyzer, text, "Brazil", "support")
    takes_none(analyzer, text, "Peru")


@pytest.mark.parametrize("text,holder,polarity", [
    ("Brazil said Peru must accept the truce.", "Brazil", "support"),  # guard: the rule it extends
    ("Brazil said Peru had accepted the deal.", "Peru", "support"),  # guard: a report of Peru's response is Peru's
    ("Brazil said it will have to accept the deal.", "Brazil", "support"),  # guard: its own obligation
])
def test_guards_of_the_demand(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


# -- people of a city or region hold no stance for it (the country rule of the fifth round, for any place) ---------
@pytest.mark.parametrize("text,place", [
    ("Protesters in Lima rejected the new law.", "Lima"),
    ("Thousands of demonstrators in Basra rejected the deal.", "Basra"),
    ("Teachers in Ohio rejected the pay deal.", "Ohio"),
    ("Residents of Mosul welcomed the truce.", "Mosul"),
])
def test_people_of_a_place_are_not_the_place(analyzer, text, place):
    takes_none(analyzer, text, place)


def test_a_place_named_as_the_doer_still_holds(analyzer):
    # guard: a country that itself rejects keeps its stance
    takes(analyzer, "Peru rejected the new law.", "Peru", "oppose")


# -- people of a country speaking are not its state, on the judgement path too ("Israeli settlers said it was
# illegal": the statements stage counts the speaker as the country) -------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("Danish settlers said the plan was illegal.", "Denmark"),
    ("Kenyan protesters said the new law was a disgrace.", "Kenya"),
])
def test_people_of_a_country_judging_are_not_the_state(analyzer, text, country):
    # the people may hold it as a group of their own ("Kenyan protesters"), never the state itself
    an = analyze_text(analyzer, text)
    names = {a.id: a.name for a in an.actors}
    assert [s for s in an.stances if names.get(s.holder) == country] == []


@pytest.mark.parametrize("text", [
    "Kenya said the new law was a disgrace.",  # guard: the state itself
    "Kenyan officials said the new law was a disgrace.",  # guard: its officials speak for it
])
def test_the_state_judging_keeps_its_stance(analyzer, text):
    takes(analyzer, text, "Kenya", "oppose")
