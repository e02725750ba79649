"""Stances, issue 11 (third round): responses to the acts that bring an initiative about ("welcomed the
signing of the deal"), hopes the small model mislemmatises ("hoped" read as "hop"), and other general
classes of support and opposition. All sentences are invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of


def _has(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert any(s.polarity == polarity for s in found), show(found)


def _none(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found == [], show(found)


# -- an act that brings the initiative about passes the response on -------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Japan welcomed the announcement of the ceasefire.", "Japan", "support"),
    ("Canada welcomed the signing of the peace agreement.", "Canada", "support"),
    ("Germany welcomed the resumption of the talks on Monday.", "Germany", "support"),
    ("China condemned the extension of the sanctions against Iran.", "China", "oppose"),
    ("Ghana praised the adoption of the resolution.", "Ghana", "support"),
])
def test_response_to_the_act_of_an_initiative(analyzer, text, holder, polarity):
    _has(analyzer, text, holder, polarity)


def test_an_announcement_of_something_else_is_no_topic(analyzer):  # guard
    _none(analyzer, "Norway welcomed the announcement by the army.", "Norway")


# -- "hoped": the small model's lemma is "hop" -------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Iraq hoped the ceasefire would hold.", "Iraq"),
    ("Iraq said it hoped the ceasefire would hold.", "Iraq"),
    ("Mediators agreed a truce on Monday. Kenya said it hoped the truce would last.", "Kenya"),
])
def test_hoped_the_initiative_holds(analyzer, text, holder):
    _has(analyzer, text, holder, "support")


def test_hoped_it_would_not_last_is_no_support(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Iraq said it hoped the ceasefire would not last."), "Iraq")
    assert not any(s.polarity == "support" for s in found), show(found)


# -- said not to change what stands against it ------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("The European Union said the US decision would not change the fact that the settlements were illegal.",
     "European Union"),
    ("Egypt proposed a plan. Germany said the plan did not alter the status of the city.", "Germany"),
    ("Egypt proposed a plan. Chile and Peru stressed the plan would not change the reality on the ground.", "Peru"),
])
def test_said_to_change_nothing(analyzer, text, holder):
    _has(analyzer, text, holder, "oppose")


@pytest.mark.parametrize("text,holder", [
    ("Egypt proposed a plan. Germany said the plan would change the status of the city.", "Germany"),
    ("Egypt proposed a plan. Germany did not say the plan would not change the status of the city.", "Germany"),
])
def test_changing_something_says_nothing(analyzer, text, holder):  # guards
    found = stances_of(analyze_text(analyzer, text), holder)
    assert not any(s.polarity == "oppose" for s in found), show(found)


# -- a response denied of oneself is turned ---------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Pakistan denied that it had agreed to the plan.", "Pakistan", "oppose"),
    ("Egypt proposed a truce. Israel denied that it had accepted the truce.", "Israel", "oppose"),
    ("Egypt proposed a truce. Hamas denied that it had rejected the truce.", "Hamas", "support"),
    ("Egypt proposed a truce. Hamas denied reports that it had rejected the truce.", "Hamas", "support"),
])
def test_denied_response(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_denied_of_another_is_not_their_stance(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Egypt proposed a truce. Hamas denied reports that Israel had "
                                              "accepted the truce."), "Israel")
    assert not any(s.polarity == "oppose" for s in found), show(found)


def test_not_denied_keeps_the_response(analyzer):  # guard
    _has(analyzer, "Egypt proposed a truce. Israel did not deny that it had accepted the truce.", "Israel", "support")


# -- words and phrases (data/lexicons) ---------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Russia said the talks were pointless.", "Russia", "oppose"),
    ("Jordan said the resolution was null and void.", "Jordan", "oppose"),
    ("Syria said the talks in Geneva were a waste of time.", "Syria", "oppose"),
    ("Mali said the peace deal was no longer valid.", "Mali", "oppose"),
    ("Mali said the peace deal was still valid.", "Mali", "support"),
    ("Mali said the peace deal was no longer acceptable.", "Mali", "oppose"),
    ("Iran said it saw no point in the talks.", "Iran", "oppose"),
    ("Austria said it was against the plan.", "Austria", "oppose"),
    ("Belarus said it would stay away from the negotiations.", "Belarus", "oppose"),
    ("Iran said it would not attend the peace conference in Geneva.", "Iran", "oppose"),
    ("Iran refused to negotiate with the rebels.", "Iran", "oppose"),
    ("Kenya said it was ready to negotiate with the rebels.", "Kenya", "support"),
])
def test_words_of_support_and_opposition(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Austria said it was not against the plan.", "Austria"),
    ("Iran said it saw a point in the talks.", "Iran"),
])
def test_not_against_is_no_opposition(analyzer, text, holder):  # guards
    found = stances_of(analyze_text(analyzer, text), holder)
    assert not any(s.polarity == "oppose" for s in found), show(found)


# -- taking part, or not, just after the initiative was named ----------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Turkey proposed talks between Azerbaijan and Armenia. Azerbaijan said on Monday it would take part.",
     "Azerbaijan", "support"),
    ("Turkey proposed talks between Azerbaijan and Armenia. Armenia said it would not take part.", "Armenia", "oppose"),
    ("Turkey proposed talks between Azerbaijan and Armenia. Armenia declined the invitation.", "Armenia", "oppose"),
    ("Turkey proposed talks between Azerbaijan and Armenia. Armenia accepted the invitation.", "Armenia", "support"),
    ("Egypt invited Israel and Hamas to talks in Cairo. Hamas accepted the invitation.", "Hamas", "support"),
    ("Qatar proposed a peace conference. Chad refused to participate.", "Chad", "oppose"),
])
def test_taking_part_after_the_initiative(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    # an invitation named with what it is to is no word for the initiative
    ("Turkey proposed talks between Azerbaijan and Armenia. Armenia declined an invitation to a football match.",
     "Armenia"),
    # three sentences on, a bare "declined" is about something else
    ("Turkey proposed talks between Azerbaijan and Armenia. The weather was cold. Ships waited. Fuel ran low. "
     "Armenia declined.", "Armenia"),
])
def test_taking_part_elsewhere_says_nothing(analyzer, text, holder):  # guards
    _none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder", [
    # a fact, not a refusal
    ("Qatar hosted talks between the two sides. Chad has not taken part in these negotiations.", "Chad"),
    ("Egypt proposed a truce. Israel declined to say when it would reply.", "Israel"),
    ("Qatar hosted talks on trade. Japan's Nikkei 225 declined 0.3% on Monday.", "Japan"),
])
def test_not_taking_part_as_a_fact_or_a_fall(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert not any(s.polarity == "oppose" for s in found), show(found)


# -- sending a delegation; "amounted to" -------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Sudan said on Monday it would not send a delegation to the talks in Jeddah.", "Sudan", "oppose"),
    ("Sudan said it would send a delegation to the talks in Jeddah.", "Sudan", "support"),
    ("Iran said the sanctions amounted to economic terrorism.", "Iran", "oppose"),
    ("China said the sanctions were counterproductive.", "China", "oppose"),
])
def test_delegations_and_what_it_amounts_to(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Sudan did not send a delegation to the talks in Jeddah.", "Sudan"),  # a fact
    ("The United States sent troops to the region under the agreement.", "United States"),
])
def test_sending_something_else_says_nothing(analyzer, text, holder):  # guards
    _none(analyzer, text, holder)


# -- private, legal and business contracts are no initiative ----------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Prosecutors said John Smith chose not to accept a plea agreement offered by the court.", "Smith"),
    ("Disney signed a licensing agreement with Netflix. Apple criticised the agreement.", "Apple"),
    ("Netflix signed a non-disclosure agreement with the studio. Apple criticised the agreement.", "Apple"),
])
def test_a_contract_is_no_initiative(analyzer, text, holder):
    _none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Poland and Germany signed a licensing agreement. Russia criticised the agreement.", "Russia", "oppose"),
    ("Egypt brokered a peace settlement agreement. Russia criticised the agreement.", "Russia", "oppose"),
])
def test_a_contract_between_states_stays(analyzer, text, holder, polarity):  # guards
    _has(analyzer, text, holder, polarity)


# -- a response that ends; more words -------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Iran said it would stop complying with the nuclear deal.", "Iran", "oppose"),
    ("Iran said it would no longer abide by the nuclear deal.", "Iran", "oppose"),
    ("Iran said it would not stop complying with the nuclear deal.", "Iran", "support"),  # guard
    ("Germany lashed out at the US decision.", "Germany", "oppose"),
    ("India has been critical of the deal.", "India", "oppose"),
    ("Washington reimposed sanctions on Tehran.", "United States", "support"),
])
def test_responses_that_end_and_more_words(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_critical_to_is_no_stance(analyzer):  # guard
    _none(analyzer, "Egypt is critical to the success of the talks.", "Egypt")


# -- where it leads ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Turkey said the deal had paved the way for peace.", "Turkey", "support"),
    ("The agreement paves the way for elections, the United Nations envoy said.", "United Nations", "support"),
    ("Turkey said the deal would pave the way for war.", "Turkey", "oppose"),
    ("Turkey said the plan paved the way for the annexation of the West Bank.", "Turkey", "oppose"),
])
def test_where_the_initiative_leads(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


# -- measures named by their target; words for the initiative just named -----------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The EU adopted new sanctions against Iran. Tehran condemned the measures.", "Iran", "oppose"),
    ("The EU adopted new sanctions against Iran. Tehran condemned the move.", "Iran", "oppose"),
    ("Washington announced sanctions on Russian banks. Moscow said the measures were illegal.", "Russia", "oppose"),
    ("Mediators announced a truce on Friday. Ethiopia's government welcomed the announcement.", "Ethiopia", "support"),
])
def test_measures_and_announcements(analyzer, text, holder, polarity):
    _has(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder", [
    ("Firms want new sanctions. Germany condemned the measures taken by the banks.", "Germany"),
    ("Mediators announced a truce on Friday. The weather was cold. Ships waited. Fuel ran low. "
     "Kenya welcomed the announcement.", "Kenya"),
])
def test_measures_in_general_or_far_away(analyzer, text, holder):  # guards
    _none(analyzer, text, holder)


# -- calls on others to keep to it -------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    # what the speaker says others must do is the speaker's stance
    ("Japan said all parties must abide by the truce.", "Japan", "support"),
    ("Japan said Israel must accept the plan.", "Japan", "support"),
    ("Japan said Israel must not accept the plan.", "Japan", "oppose"),
    # against attempts on it
    ("Japan warned against any attempt to undermine the agreement.", "Japan", "support"),
    ("Japan condemned attempts to sabotage the peace talks.", "Japan", "support"),
    # nouns
    ("Japan called for adherence to the agreement.", "Japan", "support"),
    ("Japan insisted on the full implementation of the deal.", "Japan", "support"),
    ("Japan stressed the importance of the agreement.", "Japan", "support"),
    ("Japan welcomed progress in the talks.", "Japan", "support"),
])
def test_calls_to_keep_to_it(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_what_others_must_do_is_not_their_stance(analyzer):
    found = stances_of(analyze_text(analyzer, "Japan said Israel must accept the plan."), "Israel")
    assert found == [], show(found)


def test_importance_to_is_no_stance(analyzer):  # guard
    _none(analyzer, "The port is of importance to the talks, Japan said.", "Japan")


# -- "It" opening a sentence: the body or state before -----------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Mediators announced a truce on Friday. The Ethiopian government met envoys. It urged the rebels to "
     "respect the truce.", "Ethiopia"),
    ("Mediators announced a truce on Friday. The African Union met in Addis Ababa. It also said the truce "
     "must hold.", "African Union"),
])
def test_it_is_the_body_named_before(analyzer, text, holder):  # guards (grammar.resolve does it)
    _has(analyzer, text, holder, "support")


@pytest.mark.parametrize("text,holder", [
    # a person before is no "it"
    ("Mediators announced a truce on Friday. President Abiy Ahmed met envoys. It urged the rebels to respect "
     "the truce.", "Abiy"),
    # an expletive "it"
    ("Mediators announced a truce on Friday. The Ethiopian government met envoys. It is clear that the "
     "rebels rejected the truce.", "Ethiopia"),
])
def test_it_is_no_person_nor_expletive(analyzer, text, holder):  # guards
    _none(analyzer, text, holder)


# -- what is needful; keeping it ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Japan said it was crucial that the talks continue.", "Japan", "support"),
    ("Japan said it was essential that the truce hold.", "Japan", "support"),
    ("Japan said it was crucial that the talks end.", "Japan", "oppose"),
    ("Japan said the truce needed to be consolidated.", "Japan", "support"),
    ("Japan said all parties should commit to the talks.", "Japan", "support"),
    ("Japan vowed to salvage the agreement.", "Japan", "support"),  # guard (the events stage codes it)
])
def test_needful_and_kept(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_not_needful_is_no_support(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Japan said it was not important that the talks continue."), "Japan")
    assert not any(s.polarity == "support" for s in found), show(found)


# -- denials of reports (issue 11, kind 8) -----------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    # reports say it happened; the one they speak of denies them
    ("Reports said Israel and Hamas had agreed a truce. Hamas denied the reports.", "Hamas", "oppose"),
    ("Reports said Israel and Hamas had agreed a truce. Israel denied the report.", "Israel", "oppose"),
    ("Media reported that Sudan had joined the talks. Sudan's foreign ministry said the reports were baseless.",
     "Sudan", "oppose"),
    # reports that it had responded, dismissed; a denial of "any agreement"
    ("Sudan's foreign ministry dismissed reports that it had agreed to a ceasefire.", "Sudan", "oppose"),
    ("Sudan denied it had signed any agreement with the rebels.", "Sudan", "oppose"),
])
def test_denied_reports(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_denied_by_one_keeps_the_other(analyzer):  # guard
    _has(analyzer, "Reports said Israel and Hamas had agreed a truce. Hamas denied the reports.", "Israel",
         "support")


def test_reports_of_something_else_denied(analyzer):  # guard
    _has(analyzer, "Reports said Israel and Hamas had agreed a truce. Hamas denied reports of casualties.",
         "Hamas", "support")


# -- "among those who" ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt was among the countries that rejected the plan.", "Egypt", "oppose"),
    ("Jordan is among those who back the truce.", "Jordan", "support"),
])
def test_among_those_who(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


def test_among_something_else(analyzer):  # guard
    _none(analyzer, "Egypt was among the countries where people rejected the plan in a poll.", "Egypt")


# -- what is said *of* the initiative ----------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ('"It is a historic day for peace," Colombian president Gustavo Petro said of the agreement.', "Petro", "support"),
    ('"This is a mistake," Germany said of the plan.', "Germany", "oppose"),
    ("Germany said of the plan that it was a mistake.", "Germany", "oppose"),
])
def test_said_of_the_initiative(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ('"It rained all day," Germany said of the talks.', "Germany"),
    ('"This is not a mistake," Germany said of the plan.', "Germany"),
])
def test_said_of_without_judgement(analyzer, text, holder):  # guards
    found = stances_of(analyze_text(analyzer, text), holder)
    assert not any(s.polarity in ("support", "oppose") for s in found), show(found)
