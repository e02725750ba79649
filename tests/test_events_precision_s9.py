"""Event precision on real unseen pages, session 9 (events12): classes of wrong events read from a
review of 23 pages' output (hypotheticals and open questions, questions read as requests, warnings
that only say how things are, refusals, objects named by a relative clause). Sentences are invented;
each group has near-miss guards where the same word still codes.
"""

from __future__ import annotations

import pytest

from conftest import dated_events as _events, events_at as _at, show_events as _show


# --- conditions and open questions: nothing told as done ------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The deal could grow much larger if the governor agrees to the union's demands.", "agrees"),
    ("If convicted, the former mayor faces ten years in prison.", "convicted"),
    ("Analysts wonder whether the cabinet will send more aid to the region.", "send"),
    ("Nobody knows whether the army will withdraw its tanks from the valley.", "withdraw"),
    ("The farmers are waiting to hear whether the ministry will release the subsidies.", "release"),
    ("Should the junta not free the prisoners, the talks will end.", "free"),
])
def test_an_act_in_a_condition_or_an_open_question_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, kind", [
    ("Israel threatened to ban the march if the group fielded candidates.", "THREATEN"),
    ("Norway is willing to send equipment to help defend Kuwait if it is attacked.", "AGREE"),
    ("The rebels agreed to withdraw from the town, the mediators said.", "AGREE"),
])
def test_an_act_with_a_condition_under_it_still_codes(analyzer, text, kind):
    events = _events(analyzer, text)
    assert events and events[0].type == kind, _show(events)


# --- what is feared, hoped, liked or thought likely has not happened -------------------------------

@pytest.mark.parametrize("text, word", [
    ("The activist fled abroad for fear of being arrested by the police.", "arrested"),
    ("The envoy stayed in the capital in the hope of meeting the rebel leaders.", "meeting"),
    ("Several advisers would like to see Beijing agree to larger purchases.", "agree"),
    ("The premier would like to ban all fireworks by 2030.", "ban"),
    ("The president is likely to deploy soldiers to the capital this week.", "deploy"),
    ("The ministry is wary of offering concessions to the strikers.", "concessions"),
])
def test_a_wish_a_fear_or_a_likelihood_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text", [
    "The cabinet will decide whether to impose sanctions on the two firms.",
    "The government is considering the possibility of sending experts to the commission.",
])
def test_weighing_ones_own_act_still_codes_it(analyzer, text):
    events = _events(analyzer, text)
    assert events, _show(events)


def test_an_own_plan_still_is_an_intent(analyzer):
    events = _events(analyzer, "The government expects to sign the trade pact with Chile next week.")
    assert any(e.type == "AGREE" for e in events), _show(events)


# --- questions are no requests ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“And who signed the order?” the senator asked.",
    "A journalist asked the minister, “What will you do about the strikes?”",
    "“I would ask what the benefit of this agreement is,” the economist said.",
])
def test_a_question_is_no_request(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type == "REQUEST"], _show(events)


@pytest.mark.parametrize("text", [
    "Would the general have ordered the raid without approval from the cabinet?",
    "Did the army attack the village on Sunday?",
])
def test_a_yes_no_question_tells_no_event(analyzer, text):
    events = _events(analyzer, text)
    assert not events, _show(events)


@pytest.mark.parametrize("text", [
    "Kenya asked Uganda for help with the refugees.",
    "The mayor asked residents to stay indoors.",
    "The families asked that the prisoners be freed.",
])
def test_asking_for_something_still_requests(analyzer, text):
    events = _events(analyzer, text)
    assert events and events[0].type == "REQUEST", _show(events)


# --- a warning that something is so is a view, not a threat ----------------------------------------

@pytest.mark.parametrize("text", [
    "The union warned that there is absolutely no room for compromise.",
    "The doctors warned that the camps are not the only places at risk.",
])
def test_a_warning_about_how_things_are_is_no_threat(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type == "THREATEN"], _show(events)


@pytest.mark.parametrize("text", [
    "The army warned that there will be consequences.",
    "Police warned residents to leave the area before dawn.",
])
def test_a_warning_of_what_will_be_done_still_threatens(analyzer, text):
    events = _events(analyzer, text)
    assert events and events[0].type == "THREATEN", _show(events)


# --- the object named by a relative clause -----------------------------------------------------------

def test_papers_provided_in_a_relative_clause_are_no_aid(analyzer):
    events = _events(analyzer, "The committee read the documentation the ambassador had provided.")
    assert not [e for e in events if e.type == "AID"], _show(events)


def test_aid_provided_in_a_relative_clause_still_is_aid(analyzer):
    events = _events(analyzer, "Most of the medicine the Red Cross provided went to the camps.")
    assert any(e.type == "AID" for e in events), _show(events)


# --- an offer not accepted, an act chosen against: refusals ----------------------------------------

@pytest.mark.parametrize("text", [
    "The border agency did not accept the offer of free vaccines.",
    "The ministry chose not to provide the vaccinations.",
])
def test_an_offer_not_accepted_is_rejected(analyzer, text):
    events = _events(analyzer, text)
    assert events and events[0].type == "REJECT", _show(events)


def test_choosing_to_act_passes_the_act_on(analyzer):
    events = _events(analyzer, "The government chose to send troops to the border.")
    assert events and events[0].type == "MOBILIZE", _show(events)


# --- what would have been, or may be done to someone by nobody named -----------------------------

@pytest.mark.parametrize("text", [
    "The inquiry would have targeted the minister's son.",
    "Several officials might be indicted next year.",
    "The army could yet be called in to clear the streets.",
    "Anyone who lies to the tracers can be fined 1,000 pounds.",
])
def test_what_would_have_been_or_may_be_done_is_no_event(analyzer, text):
    events = _events(analyzer, text)
    assert not events, _show(events)


@pytest.mark.parametrize("text, kind", [
    ("The two men could be indicted by the grand jury.", "ACCUSE"),
    ("The rebels could attack the town at any moment.", "ASSAULT"),
    ("The police may have arrested the wrong man.", "COERCE"),
])
def test_a_possible_act_with_its_doer_named_still_codes(analyzer, text, kind):
    events = _events(analyzer, text)
    assert events and events[0].type == kind, _show(events)
