"""Event precision on real unseen pages, session 9 (events13): everyday uses of PLOVER verbs and
statements coded as events, the two largest classes events12's review left (routine meetings and
calls with no party named; "agree" sharing a view). Sentences are invented; each group has
near-miss guards where the same word still codes.
"""

from __future__ import annotations

import pytest

from conftest import dated_events as _events, events_at as _at, show_events as _show


# --- routine meetings and calls: no party named, no diplomacy --------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Councillors gather for committee meetings every Tuesday morning.", "gather"),
    ("Twelve contestants meet on the quiz stage once again.", "meet"),
    ("Most meetings were set up on two booking websites, the clerk said.", "meetings"),
    ("It was a neighbour who saw the smoke and called 911.", "called"),
])
def test_a_routine_meeting_or_call_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


@pytest.mark.parametrize("text, word", [
    ("Chancellor Scholz met President Macron in Paris on Monday.", "met"),
    ("The foreign minister called his Turkish counterpart on Friday.", "called"),
    ("Delegations from Armenia and Azerbaijan gathered in Geneva for talks.", "gathered"),
    ("The mayor met with aides on the stage after the debate.", "met"),
    ("A trade delegation arrived in Hanoi on Monday.", "arrived"),
    ("Officials gathered in Brussels for talks on Monday.", "gathered"),
])
def test_a_meeting_with_a_party_still_codes(analyzer, text, word):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == ["CONSULT"], _show(events)


# --- "agree" sharing a view: a statement, not an agreement ------------------------------------------

@pytest.mark.parametrize("text", [
    "Many farmers agree that the tariffs have hurt their exports badly.",
    "The union agreed that the old contract was unfair to night workers.",
    "We welcome and agree with the tribunal's ruling on the pension case.",
    "Most economists agree with the central bank's assessment of the risks.",
])
def test_agreeing_with_a_view_is_no_event(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type == "AGREE"], _show(events)


@pytest.mark.parametrize("text", [
    "The two governments agreed that their navies should hold joint patrols.",
    "Kenya and Somalia agreed to reopen the border crossing.",
    "The rebels agreed with the army on a three-day truce.",
    "The ministers agreed that talks will resume in March.",
])
def test_agreeing_on_what_will_be_done_still_codes(analyzer, text):
    events = _events(analyzer, text)
    assert [e for e in events if e.type == "AGREE"], _show(events)


# --- a cause as the doer of an aiding, asking or yielding verb: nobody acts --------------------------

@pytest.mark.parametrize("text, word", [
    ("The anxiety of the long siege contributed to his illness.", "contributed"),
    ("The pressure of the campaign helped the senator win the vote.", "helped"),
])
def test_a_cause_as_doer_of_an_everyday_verb_is_no_event(analyzer, text, word):
    events = _events(analyzer, text)
    assert not _at(events, word), _show(events)


def test_what_a_cause_asks_for_is_not_done_either(analyzer):
    # "require" is no REQUEST here, and the cutting back it asks for is not told as done
    events = _events(analyzer, "High prices require families to cut back on meat.")
    assert not events, _show(events)


@pytest.mark.parametrize("text, word, category", [
    ("Pressure from the street forced the junta to release the prisoners.", "release", "CONCEDE"),
    ("Japan contributed 200 million dollars to the relief fund.", "contributed", "AID"),
    ("The army helped the villagers rebuild the bridge.", "helped", "AID"),
])
def test_an_actor_or_a_caused_release_still_codes(analyzer, text, word, category):
    events = _events(analyzer, text)
    assert [e.type for e in _at(events, word)] == [category], _show(events)


# --- "warn" advising against a course: a statement, no threat ----------------------------------------

@pytest.mark.parametrize("text", [
    "The former governor made headlines by warning lawmakers against raising the fuel tax.",
    "Now what the nurses feared and often warned about has happened at the clinic.",
])
def test_a_warning_against_a_course_is_no_threat(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type == "THREATEN"], _show(events)


@pytest.mark.parametrize("text", [
    "The army warned of retaliation if the raids continued.",
    "The navy warned the fishing boats to leave the strait.",
])
def test_a_warning_of_force_still_threatens(analyzer, text):
    events = _events(analyzer, text)
    assert [e for e in events if e.type == "THREATEN"], _show(events)
