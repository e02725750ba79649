"""Stances carried by statements (issue 11, kind 9): what an actor says ought to become of an
initiative, what it says the initiative does, denials of it (invented sentences)."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes, takes_none


@pytest.mark.parametrize("text,holder,polarity", [
    # what one says the initiative ought to undergo: a response verb in the passive after must/should
    ("Germany said the truce must be respected by all parties.", "Germany", "support"),
    ("Spain said the agreement should be implemented without delay.", "Spain", "support"),
    ("Portugal said the agreement needs to be implemented in full.", "Portugal", "support"),
    ('"The ceasefire must not be violated," Egypt said.', "Egypt", "support"),
    ("Iran said the resolution should be rejected.", "Iran", "oppose"),
    # what becomes of it (stance_words.tsv, use fate)
    ("Ghana said the truce should hold.", "Ghana", "support"),
    ("Peru said the talks must continue.", "Peru", "support"),
    ("Cuba said the sanctions against Venezuela must be lifted.", "Cuba", "oppose"),
    ("Chile said the deal must go ahead.", "Chile", "support"),
    # asked for: "called for X to be done", "demanded that X be done"
    ("The United Nations called for the ceasefire to be extended.", "United Nations", "support"),
    ("Jordan demanded that the agreement be implemented.", "Jordan", "support"),
    # what one says the initiative does (a judging verb with the initiative as subject)
    ("Syria said the resolution violated its sovereignty.", "Syria", "oppose"),
    ("Oman said the agreement would strengthen stability in the region.", "Oman", "support"),
    # a two-word judgement
    ("Egypt proposed a truce on Monday. Qatar said the plan was the only way forward.", "Qatar", "support"),
    # the speaker the statements stage gives a pronoun
    ("Egypt proposed a truce on Monday. Jordan's foreign minister Ayman Safadi praised the effort. "
     "He said the plan was the only way forward.", "Safadi", "support"),
    # a leaning taken by "in"
    ("Egypt proposed a truce on Monday. Israel said it was not interested in the plan.", "Israel", "oppose"),
    ("Egypt proposed a truce on Monday. Hamas expressed interest in the plan.", "Hamas", "support"),
])
def test_stance_said_of_an_initiative(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder,polarity", [
    # a denial of the initiative the reports speak of, or of its taking place
    ("The health ministry denied that any talks with the militants had taken place. Sudan's army said so too.",
     "health ministry", "oppose"),
    ("Egypt proposed a truce on Monday. Hamas denied that the truce had been agreed.", "Hamas", "oppose"),
    ("Turkey dismissed reports of a deal with the Kurdish militants.", "Turkey", "oppose"),
])
def test_denials(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder", [
    # a report of what happened to it, or a prediction, is no stance
    ("Egypt proposed a truce. Germany said the truce was violated by the rebels.", "Germany"),
    ("Egypt proposed a truce. Germany said the truce would hold.", "Germany"),
    ("Egypt proposed a truce. Germany said the truce was holding.", "Germany"),
    ("Egypt proposed a truce. Germany said the truce had been extended.", "Germany"),
    # not said, or asked about
    ("Egypt proposed a truce. Germany did not say the truce must be respected.", "Germany"),
    # "any talks" nobody denies
    ("Germany said any talks would take months.", "Germany"),
])
def test_no_stance_from_reports_or_predictions(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # a policy whose owner imposes it, or whose target is named, is a particular one
    ("China condemned the sanctions imposed by Washington.", "China", "oppose"),
    ("China condemned the sanctions imposed by Washington.", "United States", "support"),
    ("The European Union backed the sanctions against Moscow.", "European Union", "support"),
])
def test_sanctions_owned_or_targeted(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder,polarity", [
    # phrasal verbs (stance_verbs.tsv: lemma and particle)
    ("Egypt proposed a truce on Monday. Hamas pulled out of the talks on Tuesday.", "Hamas", "oppose"),
    ("The two sides signed a deal in Doha. Iran walked away from the deal in 2018.", "Iran", "oppose"),
    ("Turkey ruled out talks with the Kurdish militants.", "Turkey", "oppose"),
    # a time phrase before the verb is no object of it
    ("Egypt proposed a truce on Monday. On Tuesday Israel rejected it.", "Israel", "oppose"),
    # an intent that is not there
    ("Egypt proposed a truce on Monday. Israel said it had no intention of accepting it.", "Israel", "oppose"),
    # "it" in what is asked of others, just after the initiative
    ("Egypt proposed a truce on Monday. Jordan urged all sides to respect it.", "Jordan", "support"),
    # "it" that a reported judgement describes
    ("Mediators proposed a truce. The army said it was open to the proposal but the rebels said it was a trap.",
     "rebels", "oppose"),
    ('Qatar brokered a deal on Monday. "This is a historic achievement," Oman said.', "Oman", "support"),
    # "in its interest"
    ("Qatar brokered a deal between the two sides. Iran said the agreement was in its interest.", "Iran", "support"),
    # the initiative ruled out
    ("Sudan said there would be no negotiations with the Rapid Support Forces.", "Sudan", "oppose"),
])
def test_stance_said_of_an_initiative_2(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder", [
    # "it" that names the speaker, or a judgement of doing something, is not the initiative
    ("Egypt proposed a truce. Germany said it was a mistake to wait.", "Germany"),
    ("Egypt proposed a truce. Germany said it was ready.", "Germany"),
    # there being no deal yet is a fact; no deal unless ... a condition
    ("Egypt proposed a truce. Germany said there was no deal yet.", "Germany"),
    ("Egypt proposed a truce. Germany said there would be no deal unless the hostages were freed.", "Germany"),
    # a particle that is no part of a stance verb
    ("Egypt proposed a truce. Germany backed down on Monday.", "Germany"),
])
def test_no_stance_2(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # a noun for one who takes a side, by apposition or as what the subject is
    ("Senator Bob Menendez, a critic of the deal, said Congress should vote.", "Menendez", "oppose"),
    ("Turkey is a key backer of the plan.", "Turkey", "support"),
    ("Egypt, a signatory to the agreement, hosted the talks.", "Egypt", "support"),
    # nouns of acceptance, withdrawal, doubt
    ("Egypt proposed a truce. Israel's acceptance of the truce came on Monday.", "Israel", "support"),
    ("The United States announced its withdrawal from the agreement.", "United States", "oppose"),
    ("Germany expressed scepticism about the plan.", "Germany", "oppose"),
    ("Russia voiced doubts about the agreement.", "Russia", "oppose"),
    # what one is disposed to do
    ("Iran signalled its readiness to join the talks.", "Iran", "support"),
    ("Kenya brokered a truce. Somalia announced its refusal to sign the truce.", "Somalia", "oppose"),
    # "make a deal", asked of another
    ("Iowa senator Chuck Grassley urged Trump to make a deal with China.", "Grassley", "support"),
    # hoping it holds; voting against it
    ('Mediators announced a truce. "We hope it holds," Jordan\'s King Abdullah said.', "Abdullah", "support"),
    ("The government's bill passed 60-40. Senator John Smith voted against it.", "Smith", "oppose"),
    # an offer of mediation is an initiative
    ("India rejected the mediation offer.", "India", "oppose"),
])
def test_stance_said_of_an_initiative_3(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder,polarity", [
    # announcing a withdrawal from it is no proposal of it
    ("The United States announced its withdrawal from the agreement.", "United States", "support"),
    # a criticism one receives is not one's own
    ("Egypt proposed a truce. Israel faced scepticism about the truce.", "Israel", "oppose"),
])
def test_no_such_stance_3(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert not any(s.polarity == polarity for s in found), show(found)


@pytest.mark.parametrize("text,holder", [
    # the verb's object is something else: the initiative is only the setting
    ("Qatar brokered a deal. Germany made money off the deal.", "Germany"),
    ("Qatar brokered a truce. Germany withdrew troops under the truce.", "Germany"),
    # "they" in a person's quotation is others, not the speaker
    ('"They want to make a deal much more than I do," President Joe Biden said.', "Biden"),
])
def test_no_stance_4(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # an action that is an initiative (initiatives.tsv, kind action), wanted or refused
    ("US President Donald Trump has been eager to withdraw, but his generals said the forces would remain.",
     "Trump", "support"),
    ("Egypt proposed a truce. Russia refused to withdraw its forces from Georgia.", "Russia", "oppose"),
    # withdrawing from an agreement is a response to the agreement
    ("Trump wants to withdraw from the agreement.", "Trump", "oppose"),
])
def test_intended_action(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert any(s.polarity == polarity for s in found), show(found)
    if "agreement" not in text:
        assert any(s.topic == "withdraw" for s in found), show(found)


def test_an_action_taken_is_no_topic(analyzer):
    assert analyze_text(analyzer, "The army withdrew from the town.").stances == []


@pytest.mark.parametrize("text,holder,polarity", [
    # more judging words (stance_words.tsv)
    ("Qatar hosted talks on Monday. Germany said the talks were productive.", "Germany", "support"),
    ("Egypt proposed a truce. Israel said the proposal was flawed.", "Israel", "oppose"),
    ("Egypt proposed a truce. Hamas said the plan was a stunt.", "Hamas", "oppose"),
    ("Qatar brokered a deal. Germany said the deal was necessary to end the war.", "Germany", "support"),
])
def test_more_judging_words(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_what_it_is_said_to_be_is_no_new_initiative(analyzer):
    """'It is a good deal': the predicate describes the truce; the topic keeps the truce's name."""
    analysis = analyze_text(analyzer, 'Egypt proposed a truce on Monday.\n\nHamas spokesman Hazem Qassem said the '
                                      'group accepted the truce. "It is a good deal for our people," he added.')
    assert {s.topic for s in analysis.stances} == {"truce"}, show(analysis.stances)


def test_the_group_in_what_a_body_said_is_the_body(analyzer):
    found = stances_of(analyze_text(analyzer, "Egypt proposed a truce. A Hamas official told Reuters the group "
                                            "accepted the truce."), "Hamas")
    assert any(s.polarity == "support" for s in found), show(found)


@pytest.mark.parametrize("text", [
    "Apple made a big deal about key stability in its design.",
    "Germany put a great deal of pressure on its partners.",
    "Ireland announced its plans on Monday. Officials said they would make the best decision they could.",
])
def test_no_deal_made(analyzer, text):
    analysis = analyze_text(analyzer, text)
    assert not any("make" in s.rule or "deal" in s.topic for s in analysis.stances), show(analysis.stances)


@pytest.mark.parametrize("text,holder,polarity", [
    # a person commits the body they head
    ("Saudi Arabia brokered a ceasefire. Army chief Abdel Fattah al-Burhan said the military would abide by "
     "the agreement.", "Burhan", "support"),
    # not a body they do not head
    ("Saudi Arabia brokered a ceasefire. Opposition leader Omar Digair said the government would reject "
     "the agreement.", "Digair", None),
    ("Egypt proposed a truce. The Islamist party said the truce was a foreign plot.", "Islamist", "oppose"),
])
def test_speaker_commits_the_body(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    if polarity is None:
        assert found == [], show(found)
    else:
        assert any(s.polarity == polarity for s in found), show(found)


def test_asking_that_sanctions_be_lifted_opposes_them(analyzer):
    found = stances_of(analyze_text(analyzer, "The Senate passed a bill imposing new sanctions on Russia. "
                                            "China urged Washington to lift the sanctions."), "China")
    assert any(s.polarity == "oppose" for s in found), show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    # a noun that passes the verb on to the initiative
    ("Qatar hosted talks between Israel and Hamas. Hamas said it was suspending its participation in the talks.",
     "Hamas", "oppose"),
    ("Qatar hosted talks. Israel suspended its participation in the talks.", "Israel", "oppose"),
])
def test_participation_in_it(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


@pytest.mark.parametrize("text,holder,polarity", [
    # more initiative nouns; an adjective joined to the head when that is a term
    ("Jordan has repeatedly called for a two-state solution.", "Jordan", "support"),
    ("The United Nations called for a political solution to the conflict.", "United Nations", "support"),
    ("Ethiopia and Eritrea signed a defence pact. Egypt said the pact threatened regional stability.",
     "Egypt", "oppose"),
    ("Russia said it would boycott the summit in Kyiv.", "Russia", "oppose"),
    ("The opposition boycotted the national dialogue. Kenya welcomed the dialogue.", "Kenya", "support"),
])
def test_more_initiatives(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_a_solution_alone_is_no_initiative(analyzer):
    assert analyze_text(analyzer, "Germany welcomed the technical solution found by engineers.").stances == []


@pytest.mark.parametrize("text,holder,polarity", [
    # a response to the end of an initiative is the opposite response to it
    ("Qatar hosted talks. Hamas welcomed the collapse of the talks.", "Hamas", "oppose"),
    ("Qatar brokered a truce. Germany condemned the violation of the truce.", "Germany", "support"),
])
def test_response_to_its_end(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert [s.polarity for s in found] == [polarity], show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Qatar hosted talks. Israel froze the talks on Monday.", "Israel", "oppose"),
    ("Egypt proposed a plan. The Arab League gave its blessing to the plan.", "Arab League", "support"),
    ("Egypt proposed a plan. Germany was sceptical of the plan.", "Germany", "oppose"),
    ("Egypt proposed a plan. Germany was receptive to the plan.", "Germany", "support"),
    ("Egypt proposed a plan. Germany was wary of the plan.", "Germany", "oppose"),
])
def test_more_responses_and_leanings(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)
