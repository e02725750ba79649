"""Stances, issue 11 (second round): the commerce sense of "deal", reports called groundless when the
parse breaks them up, "both sides" as the parties to the talks, and a feeling at an initiative's
outcome. All sentences are invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of


@pytest.mark.parametrize("text,holder", [
    # a bargain offered to shoppers
    ("The site lists the best deals on laptops. Apple welcomed the deal.", "Apple"),
    # a firm's purchase, a sum, a business contract
    ("Microsoft agreed a $2 billion deal to buy the startup. The European Commission welcomed the deal.",
     "Commission"),
    ("Microsoft agreed a $2 billion deal to buy the startup. The European Commission welcomed the deal.",
     "Microsoft"),
    ("Microsoft signed a deal to buy Activision. Google criticised the deal.", "Google"),
    ("Disney struck a licensing deal with Netflix. Apple criticised the deal.", "Apple"),
])
def test_a_deal_in_trade_is_no_topic(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found == [], show(found)


# guards: these passed before the rule, and must still
@pytest.mark.parametrize("text,holder,polarity", [
    # a state a party: an agreement, whatever it buys
    ("Poland signed a deal to buy tanks from South Korea. Germany criticised the deal.", "Germany", "oppose"),
    ("Russia and China signed a $400 billion gas deal. Iran welcomed the deal.", "Iran", "support"),
    # "the best deal for Britain" is the one it negotiates
    ("Britain wanted the best deal for its farmers. Britain welcomed the deal.", "Britain", "support"),
    ("Egypt brokered a deal between Israel and Hamas. Qatar welcomed the deal.", "Qatar", "support"),
    # "latest" is no bargain word, though a superlative
    ("Egypt hosted talks. The latest deals between Israel and Hamas collapsed. Jordan criticised the latest deals.",
     "Jordan", "oppose"),
])
def test_a_deal_between_states_stays(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert any(s.polarity == polarity for s in found), show(found)


@pytest.mark.parametrize("text,holder", [
    # the parser joins "deal groundless" into one noun, or hangs the judging word on "deal"
    ("Qatar hosted talks on a ceasefire. Pakistan called reports of a deal groundless.", "Pakistan"),
    ("Qatar hosted talks on a ceasefire. The foreign ministry called reports of a deal groundless.", "ministry"),
    ("Egypt hosted talks on a truce. Israel called reports of a deal baseless.", "Israel"),
    ("Qatar hosted talks on a ceasefire. Pakistan called reports of a deal false.", "Pakistan"),
    ("Qatar hosted talks on a ceasefire. Pakistan described reports of a deal as groundless.", "Pakistan"),
])
def test_reports_called_groundless_broken_up(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {"oppose"}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Qatar hosted talks on a ceasefire. Pakistan did not call reports of a deal groundless.", "Pakistan"),  # guard
    # before: "support", "called" read as proposing the deal
    ("Qatar hosted talks on a ceasefire. Pakistan called reports of a deal accurate.", "Pakistan"),
])
def test_reports_not_called_groundless(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found == [], show(found)  # and never "support" from "called" read as proposing


def test_calling_for_a_deal_still_proposes(analyzer):  # guard
    found = stances_of(analyze_text(analyzer, "Egypt hosted talks on a truce. Israel called for a deal."), "Israel")
    assert any(s.polarity == "support" for s in found), show(found)


@pytest.mark.parametrize("text,sides,others", [
    # "both sides" are the parties of the talks named before, not two people named together since
    ("Qatar mediated talks between the Taliban and the United States. The two hostages, John Smith and Mary "
     "Jones, were released on Monday. The Taliban said both sides had agreed to the prisoner exchange.",
     ("Taliban", "United States"), ("John Smith", "Mary Jones")),
    ("Israel and Hamas agreed a truce on Friday. Egypt and Qatar sent envoys to Cairo. Both sides later rejected "
     "the truce.", ("Israel", "Hamas"), ("Egypt",)),
])
def test_both_sides_are_the_parties(analyzer, text, sides, others):
    analysis = analyze_text(analyzer, text)
    for side in sides:
        assert stances_of(analysis, side), (side, show(analysis.stances))
    for other in others:
        assert stances_of(analysis, other) == [], (other, show(stances_of(analysis, other)))


@pytest.mark.parametrize("text,holder,polarity", [
    # the text ties the outcome to the initiative: a feeling at it is one at the initiative
    ("Qatar brokered a deal to release the hostages. Australia said it was pleased at the hostages' release.",
     "Australia", "support"),
    ("Qatar mediated a deal between Israel and Hamas to free hostages. Australia was pleased at the release of "
     "the hostages.", "Australia", "support"),
    ("Qatar brokered a ceasefire. Dozens of prisoners were freed as part of the ceasefire. Jordan welcomed the "
     "release of the prisoners.", "Jordan", "support"),
    ("Israel and Hamas agreed a truce. Fifty hostages were released under the truce. Britain welcomed the "
     "hostages' release.", "Britain", "support"),
    ("Israel and Hamas agreed a hostage deal. Britain condemned the release of the hostages.", "Britain", "oppose"),
    ("Two hostages were released in a prisoner swap on Tuesday. Britain said it was pleased at the hostages' "
     "release.", "Britain", "support"),
])
def test_a_feeling_at_the_outcome(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    # guards: no tie between the release and the initiative, or other people released
    ("Qatar brokered a ceasefire. Australia welcomed the release of the prisoners.", "Australia"),
    ("Israel and Hamas agreed a truce. Australia was pleased at the release of the hostages.", "Australia"),
    ("Qatar brokered a deal to release the hostages. Australia said it was pleased at the release of the "
     "prisoners.", "Australia"),
])
def test_a_release_not_tied_is_no_stance(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found == [], show(found)


def test_the_outcome_does_not_name_the_topic(analyzer):  # fails with the outcome rule and no naming fix
    analysis = analyze_text(analyzer, "Israel and Hamas agreed a truce. Fifty hostages were released under the "
                                      "truce. Britain welcomed the hostages' release.")
    assert {s.topic for s in analysis.stances} == {"truce"}, show(analysis.stances)


def test_the_ones_handed_over_are_no_side(analyzer):
    text = ("Egypt mediated a prisoner swap. John Smith and Mary Jones were handed over to the army. Both sides said "
            "they were hopeful the swap would hold.")
    analysis = analyze_text(analyzer, text)
    for person in ("John Smith", "Mary Jones"):
        assert stances_of(analysis, person) == [], show(stances_of(analysis, person))


@pytest.mark.parametrize("text,holder,polarity", [
    # in an article about shopping deals, a deal no state makes is one of them
    ("Stores began their Black Friday deals on Thursday. Nintendo announced a new deal on the Switch Lite.",
     "Nintendo", None),
    # guards: without the shopping sense, or with states as parties
    ("Nintendo announced a new deal on the Switch Lite.", "Nintendo", "support"),
    ("Stores began their Black Friday deals on Thursday. Israel and Hamas agreed a deal. Egypt welcomed the deal.",
     "Egypt", "support"),
])
def test_shopping_article(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert [s.polarity for s in found] == ([polarity] if polarity else []), show(found)


@pytest.mark.parametrize("text,sides", [
    # an exchange of captives nobody names as a pair: the two who hold or free them
    ("Two aid workers held by the Houthis were released in a prisoner swap. Hours earlier Saudi Arabia freed three "
     "Houthi fighters. Both sides welcomed the swap.", ("Houthis", "Saudi Arabia")),
    ("Two aid workers held by the Houthis were released in a prisoner swap. Hours earlier the Saudi government "
     "freed three Houthi fighters. Both sides said they were hopeful about the swap.", ("Houthis", "Saudi")),
])
def test_both_sides_of_an_exchange(analyzer, text, sides):
    analysis = analyze_text(analyzer, text)
    for side in sides:
        assert any(s.polarity == "support" for s in stances_of(analysis, side)), (side, show(analysis.stances))


def test_one_who_holds_is_no_pair(analyzer):  # guard
    analysis = analyze_text(analyzer, "Two aid workers held by the Houthis were released in a prisoner swap. "
                                      "Both sides welcomed the swap.")
    assert analysis.stances == [], show(analysis.stances)
