"""Stances, issue 11 (sixth round), from an output-only review of unseen news pages: asking others to end
an initiative, "its" in what one is asked to do, a subject the parser hangs on the clause before, and
more words. All sentences are invented. Cases marked "guard" already passed before the rule beside them;
the others failed without it."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes_none


def _polarities(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    return {s.polarity for s in found}, show(found)


# -- asking others to end it: "called on X to withdraw the resolution" opposes it ----------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Kenya called on the council to withdraw the resolution.", "Kenya", "oppose"),
    ("Peru called on Britain to scrap the deal.", "Peru", "oppose"),
    ("Canada asked Washington to rethink the sanctions.", "Canada", "oppose"),
    ("Oxfam urged the ministry to reconsider its decision to close the clinic.", "Oxfam", "oppose"),
    ("Egypt called on Israel to reject the plan.", "Egypt", "oppose"),
    # guards: asking others to keep to it, or not to turn it down, supports it
    ("The United Nations called on all sides to abide by the ceasefire.", "United Nations", "support"),
    ("Norway called on Hamas to accept the proposal.", "Norway", "support"),
    ("Norway called on Israel not to reject the plan.", "Norway", "support"),
    ("Chile called for a truce in the north.", "Chile", "support"),
])
def test_asking_for_its_end(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Peru called on Britain to scrap the deal.", "Britain"),  # guard: the one asked holds nothing
    # guard: "its" is the ministry asked (Oxfam's own "mixed" was the failure, above)
    ("Oxfam urged the ministry to reconsider its decision to close the clinic.", "ministry"),
])
def test_the_one_asked_holds_nothing(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- "There was no comment from X but Y welcomed it": the parser leaves the verb without its subject --------
@pytest.mark.parametrize("text,holder,polarity", [
    ("There was no immediate comment from Jones but Oxfam welcomed the Danish move.", "Oxfam", "support"),
    ("There was no reaction from the palace but Unicef condemned the plan.", "Unicef", "oppose"),  # guard
])
def test_subject_hung_on_the_clause_before(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert polarity in pols, found


# -- more words -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Governor Ann Reyes touted the plan as a step toward fairer pay.", "Reyes", "support"),
    ("The senator touted the agreement at a rally.", "senator", "support"),
    ("Poland signalled openness to the talks.", "Poland", "support"),
])
def test_more_words(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_openness_needs_an_initiative(analyzer):  # guard
    takes_none(analyzer, "Poland signalled openness to new ideas.", "Poland")


# -- answering what others ask for: "dismissed calls for a ceasefire" answers the ceasefire -----------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Moscow dismissed Western calls for a ceasefire.", "Russia", "oppose"),
    ("Israel rejected international calls for a truce in Gaza.", "Israel", "oppose"),
    ("Spain backed calls for a ceasefire.", "Spain", "support"),
])
def test_answering_calls_for_it(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_calls_for_something_else(analyzer):  # guard
    takes_none(analyzer, "Peru rejected calls for the minister's resignation.", "Peru")


# -- leaving, reviving, rescuing it ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Hamas walked out of the peace talks on Tuesday.", "Hamas", "oppose"),
    ("Turkey welcomed efforts to revive the talks.", "Turkey", "support"),
    ("Norway tried to rescue the agreement.", "Norway", "support"),
    ("Qatar said the plan would destroy the economy.", "Qatar", "oppose"),
])
def test_leaving_reviving_rescuing(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


# -- one initiative acting on another: what is said of the subject is not said of the object ------------------
def test_initiative_acting_on_another(analyzer):
    found = stances_of(analyze_text(
        analyzer, "Jordan's King Abdullah warned that the annexation plan would destroy the peace process."), "Abdullah")
    assert [(s.topic, s.polarity) for s in found] == [("annexation plan", "oppose")], show(found)


# -- a time after the verb is no object of it: "Israel accepted it on Monday" ------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt proposed a truce. Israel accepted it on Monday.", "Israel", "support"),
    ("Egypt proposed a truce. Israel agreed to it late on Sunday.", "Israel", "support"),
    ("Egypt proposed a truce on Sunday. Israel rejected it.", "Israel", "oppose"),  # guard
])
def test_time_after_the_verb(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


# -- what others ask is not the initiative: "if X agrees to Beijing's demands" -----------------------------------
def test_agreeing_to_demands_is_not_to_the_deal(analyzer):
    takes_none(analyzer, "The trade deal may grow if President Ruto agrees to Beijing's demands to cut tariffs, "
                         "people familiar with the talks say.", "Ruto")


def test_agreeing_to_a_request_for_it(analyzer):  # guard
    pols, found = _polarities(analyzer, "Hamas agreed to Egypt's request for a truce.", "Hamas")
    assert pols == {"support"}, found


# -- people of a place are not its state: "small investors in Hong Kong welcomed the deal" -----------------------
@pytest.mark.parametrize("text,place", [
    ("Small investors in Singapore have welcomed the deal.", "Singapore"),
    ("Residents of Kenya welcomed the truce.", "Kenya"),
    ("Traders in Nigeria criticised the new tariff plan.", "Nigeria"),
])
def test_people_of_a_place(analyzer, text, place):
    takes_none(analyzer, text, place)


def test_the_state_itself(analyzer):  # guard
    pols, found = _polarities(analyzer, "The government of Nigeria criticised the new tariff plan.", "Nigeria")
    assert pols == {"oppose"}, found


# -- a decision or move that says what it does is one measure, whoever took it -------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Japan criticised the decision to expand the settlements.", "Japan", "oppose"),
    ("Oxfam welcomed the decision to lift the blockade on Gaza.", "Oxfam", "support"),
    ("Egypt said the decision to close the crossing was illegal.", "Egypt", "oppose"),
])
def test_decision_spelled_out(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("She made the decision to buy a house.", "She"),  # guard
    ("The decision to leave was hard, Kenya said.", "Kenya"),  # guard: nothing it does is said
    ("Kenya welcomed a decision to act.", "Kenya"),  # guard: no "the", nothing spelled out
])
def test_decision_not_spelled_out(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- "the exchange" after a prisoner swap is the swap --------------------------------------------------------------
def test_the_exchange_is_the_swap(analyzer):
    pols, found = _polarities(analyzer, "Two hostages were released on Tuesday in a prisoner swap for three "
                                        "insurgents. Canada welcomed the exchange.", "Canada")
    assert pols == {"support"}, found


def test_another_exchange_is_not_the_swap(analyzer):  # guard
    takes_none(analyzer, "Two hostages were released in a prisoner swap. Canada welcomed the exchange of fire.",
               "Canada")


# -- protests and campaigns against or for it; laws named as one; striking down, pushing ahead --------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Amnesty International staged a protest against the new law.", "Amnesty", "oppose"),
    ("Amnesty International filed a lawsuit against the sanctions.", "Amnesty", "oppose"),  # guard
    ("President Ana Silva signed the new law on Monday.", "Ana Silva", "support"),
    ("The Supreme Court struck down the new law.", "Supreme Court", "oppose"),
    ("Mayor Rita Moss said she would push ahead with the plan despite the protests.", "Rita Moss", "support"),
    ("Ghana said it would go ahead with the referendum.", "Ghana", "support"),
    ("Premier Li Wei said the reforms were necessary.", "Li Wei", "support"),
])
def test_protests_laws_pushing_ahead(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("The new law sparked protests against the government.", "law"),  # guard
    ("Kenya said the move violated international law.", "Kenya"),  # guard: no law of its own
    ("Egypt proposed a truce. Kenya said the law must be respected.", "Kenya"),  # guard: "the law" as such
    ("Senator Ann Reyes said the talks would go ahead.", "Reyes"),  # guard: a report of their course
])
def test_no_law_or_course(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- a declaration named as one ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The foreign ministry of Sudan said on Monday that it welcomed the Jeddah declaration.", "Sudan", "support"),
    ("Russia rejected the Doha Declaration.", "Russia", "oppose"),
    ("Kenya and Somalia signed a joint declaration on border security.", "Kenya", "support"),
])
def test_declaration_named_as_one(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Kenya welcomed the declaration of a state of emergency.", "Kenya"),  # guard
    ("Ghana condemned the declaration of war.", "Ghana"),  # guard
])
def test_declaration_of_something_else(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- "the plan announced in May": who announced it is not said, so nobody proposes it here --------------------
def test_announced_with_no_one_named(analyzer):
    found = stances_of(analyze_text(analyzer, "Kenya welcomed the plan announced in May."), "Kenya")
    assert [s.polarity for s in found] == ["support"] and "stance:proposer" not in found[0].rule, show(found)


def test_announced_by_someone(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Kenya welcomed the plan announced by Egypt."), "Egypt")
    assert [s.polarity for s in found] == ["support"], show(found)


def test_law_as_such_is_no_measure(analyzer):
    takes_none(analyzer, "PII, as described in US privacy law and information security, is information that can be "
                         "used to identify a person. Our privacy policy explains it.", "US")


# -- undoing it: reverse, overturn, rescind, revoke, repeal, annul, cancel; disagreeing with it --------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The US announced a new policy on settlements. China urged Washington to reverse the decision.", "China",
     "oppose"),
    ("The US announced a new policy on settlements. Britain said it disagreed with the decision.", "Britain",
     "oppose"),
    ("Parliament voted to repeal the new law.", "Parliament", "oppose"),
    ("Ghana revoked the agreement with Togo.", "Ghana", "oppose"),
])
def test_undoing_and_disagreeing(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Kenya disagreed with the critics.", "Kenya"),  # guard
    ("The bank reversed its losses.", "bank"),  # guard
])
def test_undoing_something_else(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- "the presidency" after "President X" is X's office (kind 9: an office that says reports of talks are untrue) --
def test_presidency_after_a_president(analyzer):
    pols, found = _polarities(analyzer, "President Ruto met envoys on Monday. The presidency said reports of talks "
                                        "with al-Shabaab were false.", "Ruto")
    assert pols == {"oppose"}, found


def test_presidency_with_no_president_named(analyzer):  # guard
    found = [s for s in analyze_text(analyzer, "Envoys met on Monday. The presidency said reports of talks with "
                                               "al-Shabaab were false.").stances]
    assert found == [], show(found)


# -- warning of its consequences opposes it -------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("The US announced a new policy on settlements. Qatar warned of the consequences of the decision.", "Qatar"),
    ("Kenya warned of the dangers of the plan.", "Kenya"),
    ("Kenya warned about the risks of the new law.", "Kenya"),
])
def test_warning_of_its_consequences(analyzer, text, holder):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {"oppose"}, found


def test_speaking_of_its_benefits(analyzer):  # guard
    takes_none(analyzer, "Kenya spoke of the benefits of the plan.", "Kenya")
