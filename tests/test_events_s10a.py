"""Event precision on real unseen pages, session 10 (events14): everyday uses of PLOVER verbs in
political reporting that the review of 23 unseen pages found three times or more (running for office,
press contact, a plan or a law that "allows", preventing an illness, recognising a thing, force words
with an idea as their object or unrest as their doer). Sentences are invented; each group has
near-miss guards where the same word still codes.
"""

from __future__ import annotations

import pytest

from conftest import dated_events as _events, events_at as _at, show_events as _show


# --- running for office: no request, sanction or retreat ----------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The veteran senator will not seek reelection next year, his office said.", "seek"),
    ("Governor Alvarez is seeking a second term in office.", "seeking"),
    ("After a poor showing in the polls, the congresswoman suspended her campaign on Friday.", "suspended"),
    ("The retired judge suspended his presidential campaign in January.", "suspended"),
    ("The former general pulled out of the presidential race last week.", "pulled"),
    ("The businessman withdrew his candidacy for mayor on Tuesday.", "withdrew"),
])
def test_running_for_office_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word, category", [
    ("Hanoi is seeking the extradition of the banker.", "seeking", "REQUEST"),
    ("The army withdrew from the town on Sunday.", "withdrew", "RETREAT"),
    ("The rebels pulled out of the border town on Sunday.", "pulled", "RETREAT"),
    ("The interior minister resigned on Monday.", "resigned", "RETREAT"),
    ("The government suspended the newspaper's license for a month.", "suspended", "SANCTION"),
])
def test_the_same_verbs_still_code(analyzer, text, word, category):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == [category], _show(events)


# --- press contact: no consultation, no refusal ------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The mayor's spokesman did not respond to the email containing the paper's questions.", "respond"),
    ("Aides to the governor did not respond to requests for comment on Friday.", "respond"),
    ("A spokesman for the ministry declined to be interviewed.", "declined"),
])
def test_press_contact_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word, category", [
    ("Iran responded to the European proposal on Monday.", "responded", "CONSULT"),
    ("The army responded to the attack with artillery fire.", "responded", "ASSAULT"),
    ("The opposition declined to join the unity government.", "declined", "REJECT"),
])
def test_answers_and_refusals_still_code(analyzer, text, word, category):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == [category], _show(events)


# --- what a plan or a law allows; preventing an illness; recognising a thing --------------------------------

@pytest.mark.parametrize("text, word", [
    ("The plan allows for 350 new homes to be built along the river.", "allows"),
    ("The new law allows police to detain suspects for ten days.", "allows"),
    ("Health workers gave out masks to prevent the spread of the virus.", "prevent"),
    ("The ministry will take steps to prevent illness among detainees.", "prevent"),
    ("The people of the county recognize it is a serious issue.", "recognize"),
    ("Grief is not something to hide but something to recognize.", "recognize"),
    ("The new report recognises four kinds of abuse.", "recognises"),
])
def test_provisions_illness_and_things_recognised_are_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word, category", [
    ("The government allowed aid convoys to enter the city.", "allowed", "CONCEDE"),
    ("Police prevented the protesters from reaching the square.", "prevented", "COERCE"),
    ("Turkey was the first country to recognize the new government in Kabul.", "recognize", "SUPPORT"),
])
def test_parties_allowing_preventing_recognising_still_code(analyzer, text, word, category):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == [category], _show(events)


# --- force words with an idea as their object, unrest or restrictions as their doer -------------------------

@pytest.mark.parametrize("text, word", [
    ("Perhaps these surveys are capturing something that the polls are not.", "capturing"),
    ("With the street protests exploding to new levels, the army is on alert.", "exploding"),
    ("The tourism sector has been badly hit by the lockdown restrictions.", "hit"),
])
def test_figurative_force_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word", [
    ("Rebel fighters captured the town after heavy fighting.", "captured"),
    ("A bomb exploded near the police station, killing four officers.", "exploded"),
    ("Protesters hit a police officer with a metal bar.", "hit"),
])
def test_physical_force_still_codes(analyzer, text, word):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == ["ASSAULT"], _show(events)


# --- an accusation or a request not made -----------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The two bankers were not charged, the prosecutor said on Monday.", "charged"),
    ("The envoy never urged Kyiv to open an investigation into the company.", "urged"),
    ("None of the hundreds of buyers were charged on Wednesday.", "charged"),
])
def test_an_accusation_or_request_not_made_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word, category", [
    ("Prosecutors charged the mayor with fraud on Monday.", "charged", "ACCUSE"),
    ("The envoy urged Kyiv to open an investigation into the company.", "urged", "REQUEST"),
    ("The opposition did not accept the proposal.", "accept", "REJECT"),
])
def test_acts_done_or_refused_still_code(analyzer, text, word, category):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == [category], _show(events)


def test_a_policy_not_supported_is_still_told(analyzer):
    # a stance against something ("does not support forced relocations") stays an event
    events = _events(analyzer, "The United States does not support forced relocations of refugees.")
    assert _at(events, "support"), _show(events)
