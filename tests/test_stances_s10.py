"""Stances, issue 11 (session 10, stances9), from a review of 21 unseen political pages whose stances were
written down by hand before the engine ran: inquiries are initiatives, pleading with others is asking them,
a decision's or move's infinitive is what it does, and a topic is named in a reader's words. All sentences
are invented. Cases marked "guard" already passed before the rule beside them; the others failed without it."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes


def _topics(analyzer, text):
    return [s.topic for s in analyze_text(analyzer, text).stances]


# -- inquiries (investigation, inquiry, probe) are initiatives one holds a stance on ------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Officials said Norway had dropped an investigation into the allegation against Mr Lund.", "Norway", "oppose"),
    ("Amnesty International called for an independent inquiry into the killings.", "Amnesty", "support"),
    ("Kenya rejected the inquiry on Monday.", "Kenya", "oppose"),
    ("Minister Ola Berg opposed the investigation into the minister.", "Berg", "oppose"),
    ("Peru welcomed the probe into the shooting.", "Peru", "support"),
])
def test_an_inquiry_is_an_initiative(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_an_inquiry_names_the_topic(analyzer):
    assert any("inquiry" in t for t in _topics(analyzer, "Kenya rejected the inquiry on Monday.")), \
        _topics(analyzer, "Kenya rejected the inquiry on Monday.")


# -- pleading with, begging, imploring others is asking them: the asker holds the stance -------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Oxfam pleaded with Kenya to reconsider its decision to close the clinic.", "Oxfam", "oppose"),
    ("Oxfam begged Kenya to reconsider its decision to close the clinic.", "Oxfam", "oppose"),
    ("Oxfam implored Kenya to withdraw the new law.", "Oxfam", "oppose"),  # guard
    ("Oxfam pleaded with Kenya to sign the treaty.", "Oxfam", "support"),  # guard
])
def test_pleading_is_asking(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and all(s.polarity == polarity for s in found), show(found)


# -- what a decision or move does is no response of the one who welcomes it ------------------------------------
@pytest.mark.parametrize("text", [
    "The Kenyan government welcomed the Swedish move to scrap the sanctions.",
    "The Kenyan government welcomed the Swedish move to drop the investigation.",  # guard: "drop" is new
])
def test_welcoming_a_move_to_end_is_support_of_the_move(analyzer, text):
    found = stances_of(analyze_text(analyzer, text), "Kenya")
    assert [s.polarity for s in found] == ["support"], show(found)


# -- the topic is named in a reader's words ---------------------------------------------------------------------
def test_a_possessive_pronoun_gives_way_to_the_owner(analyzer):
    text = "Governor Ann Reyes hammered Governor Bo Lind on his plan for work requirements."
    assert "Bo Lind's plan" in _topics(analyzer, text), _topics(analyzer, text)


def test_a_decision_keeps_what_it_does(analyzer):
    text = "Norway criticised Kenya's decision to close the border."
    assert "Kenya's decision to close the border" in _topics(analyzer, text), _topics(analyzer, text)


def test_the_one_asked_keeps_its_pronoun(analyzer):  # guard
    # "its" in what Kenya is asked to do is Kenya's, never the asker's
    text = "Oxfam begged Kenya to reconsider its decision to close the clinic."
    assert not any("Oxfam" in t for t in _topics(analyzer, text)), _topics(analyzer, text)


def test_no_quotation_mark_opens_a_topic(analyzer):  # guard (the page's parse put the mark in the span)
    text = '"The people here are not buying" impeachment, Senator Ann Reyes said. Ann Reyes criticised impeachment.'
    assert not any(t[:1] in "\u201d\"'" for t in _topics(analyzer, text)), _topics(analyzer, text)


def test_the_one_judged_owns_the_plan(analyzer):
    # the resolver gives "his" the subject; the one judged for the plan is its owner
    text = "Governor Ann Reyes promised to protect the clinics and hammered Bo Lind on his plan for work requirements."
    topics = _topics(analyzer, text)
    assert not any("Reyes" in t for t in topics), topics


def test_a_decision_is_named_by_its_verb_and_object_only(analyzer):
    text = "Oxfam criticised Kenya's decision to not open the clinics for migrants despite the deaths of three children."
    assert "Kenya's decision to not open the clinics" in _topics(analyzer, text), _topics(analyzer, text)


def test_plural_investigations_are_no_topic(analyzer):
    text = "Norway offered aid to Peru in exchange for Peru's ceasing investigations of corruption."
    assert not any("investigation" in t for t in _topics(analyzer, text)), _topics(analyzer, text)
