"""Stances, issue 11 (seventh round), from a review of unseen news pages on politics and trade: measures the
lexicon lacked (tariffs, bans, curfews, rezonings, impeachment), balking, refusing to end an initiative,
demands to end one, and a country named in front of "policy". All sentences are invented. Cases marked
"guard" already passed before the rule beside them; the others failed without it."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes_none


def _polarities(analyzer, text, holder):
    found = stances_of(analyze_text(analyzer, text), holder)
    return {s.polarity for s in found}, show(found)


# -- measures: tariffs, bans, curfews, rezonings, impeachment -------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The Boston City Council approved the rezoning last year.", "Boston City Council", "support"),
    ("Councilwoman Ana Diaz opposed the rezoning.", "Diaz", "oppose"),
    ("Governor Kristi Noem defended the ban.", "Noem", "support"),
    ("Human Rights Watch condemned the ban on rallies.", "Human Rights Watch", "oppose"),
    ("Amnesty International criticised the curfew.", "Amnesty", "oppose"),
    ("Italy rolled back the tariffs.", "Italy", "oppose"),
    ("Trump slammed the impeachment hearings as a disgrace.", "Trump", "oppose"),
    ("Pelosi backed the impeachment inquiry.", "Pelosi", "support"),
    ("Pelosi opposed impeachment.", "Pelosi", "oppose"),
    ("The Ohio Senate passed the bill in May.", "Ohio Senate", "support"),  # guard
])
def test_measures(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    # the one impeached owns no impeachment
    ("Trump's impeachment trial began on Monday.", "Trump"),  # guard
    ("The Senate will hold Trump's impeachment trial.", "Trump"),  # guard
    # tariffs with no owner, nobody's stance
    ("Tariffs on televisions hurt consumers, economists say.", "economists"),  # guard
])
def test_measures_hold_nothing(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- balking at an initiative opposes it ------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("China is balking at the proposal.", "China", "oppose"),
    ("China balked at the proposal.", "China", "oppose"),
])
def test_balk(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_balking_at_something_else(analyzer):
    takes_none(analyzer, "China balked at committing to the purchases.", "China")  # guard


# -- refusing to end an initiative keeps it: support ------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Russia refused to lift the sanctions.", "Russia", "support"),
    ("Trump refused to roll back the tariffs.", "Trump", "support"),
    ("The Kremlin refused to scrap the deal.", "Kremlin", "support"),
    ("The EU did not lift the sanctions.", "EU", "support"),
    ("Trump's reluctance to roll back the tariffs worried investors.", "Trump", "support"),
    # guards: refusing to take part in it still opposes it
    ("Germany refused to join the sanctions.", "Germany", "oppose"),
    ("Hamas refused to accept the truce.", "Hamas", "oppose"),
    ("Russia declined to join the talks.", "Russia", "oppose"),
    ("Egypt lifted the embargo.", "Egypt", "oppose"),
])
def test_refusing_to_end_it(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


# -- asking for an initiative's end: "its demands to scrap the deal", "urged X to eliminate the tariffs" --------
@pytest.mark.parametrize("text,holder,polarity", [
    ("China urged Trump to eliminate the tariffs.", "China", "oppose"),
    ("Brazil's demands to scrap the deal were ignored.", "Brazil", "oppose"),
    ("Brazil's demand to join the talks was rejected.", "Brazil", "support"),
])
def test_asking_for_its_end(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert polarity in pols, found


# -- a place in front of "policy" says what it is about as often as whose it is ---------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Senator Mills spoke about Kenya policy at the hearing.", "Kenya"),
    ("Officials familiar with Iranian oil policy said the talks had stalled.", "Iran"),
    ("Breaking with decades of Canadian policy, the minister raised duties.", "Canada"),
])
def test_place_policy_names_no_owner(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder", [
    ("Egypt's plan was welcomed by Jordan.", "Egypt"),  # guard
    ("The French plan won praise in Brussels.", "France"),  # guard
    ("Egypt's policy on the border was welcomed by Jordan.", "Egypt"),  # guard: a possessor owns it
])
def test_owned_plans_keep_their_owner(analyzer, text, holder):
    pols, found = _polarities(analyzer, text, holder)
    assert "support" in pols, found


# -- an answer with no object just after an initiative was put forward is an answer to it -----------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt proposed a three-day truce. Hamas agreed on Monday.", "Hamas", "support"),
    ("Qatar put forward a new plan on Sunday. Israel agreed, officials said.", "Israel", "support"),
    ("Egypt proposed a three-day truce. Hamas refused.", "Hamas", "oppose"),
    ("Egypt proposed a three-day truce. Hamas did not agree.", "Hamas", "oppose"),
    ("Egypt proposed a truce. Hamas accepted on Monday, and Israel refused.", "Israel", "oppose"),
    ("Qatar put forward a new plan on Sunday.", "Qatar", "support"),  # "put forward" proposes
    ("Egypt proposed a three-day truce. Israel rejected it.", "Israel", "oppose"),  # guard
])
def test_bare_answer(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    # guards: an answer with an object of its own is about that
    ("Egypt proposed a three-day truce. Hamas agreed that the fighting must stop.", "Hamas"),
    ("Egypt proposed a three-day truce. Hamas agreed with Qatar on the need for aid.", "Hamas"),
    ("Egypt proposed a three-day truce. Hamas agreed to release ten hostages.", "Hamas"),
    # a relative clause with its preposition stranded (failed with the bare-answer rule before its check)
    ("Egypt proposed a truce. This fight is not something Hamas agrees with.", "Hamas"),
])
def test_answer_with_its_own_object(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- more initiatives of war and peace ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Jordan welcomed the humanitarian corridor.", "Jordan", "support"),
    ("Qatar welcomed the prisoner release.", "Qatar", "support"),
    ("Russia rejected the peace formula.", "Russia", "oppose"),
    ("The African Union backed the power-sharing arrangement.", "African Union", "support"),
    ("Ethiopia rejected the cessation of hostilities.", "Ethiopia", "oppose"),
    ("Britain backed the no-fly zone.", "Britain", "support"),
    ("Kenya rejected the deployment of foreign troops.", "Kenya", "oppose"),
])
def test_more_initiatives(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Acme welcomed the cessation of production at the plant.", "Acme"),
    ("Google defended the deployment of the new app.", "Google"),
])
def test_not_initiatives(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- asking for the initiative itself: "demanded an immediate ceasefire", "pressed for talks" -------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Spain demanded an immediate ceasefire.", "Spain", "support"),
    ("Egypt is pressing for talks.", "Egypt", "support"),
    ("Kenya insisted on an immediate ceasefire.", "Kenya", "support"),
    ("Ukraine is seeking a ceasefire.", "Ukraine", "support"),
    ("Egypt is working towards a deal with Israel.", "Egypt", "support"),
    ("Turkey floated the idea of a buffer zone.", "Turkey", "support"),
    ("Oman hosted the talks.", "Oman", "support"),
    ("Spain demanded an end to the talks.", "Spain", "oppose"),  # guard
])
def test_asking_for_it(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Germany sought clarity on the deal.", "Germany"),  # guard: what is sought is something else
    ("Israel pressed Hamas on the deal.", "Israel"),  # guard: the one pressed is asked about it
    ("Hamas demanded guarantees on the truce.", "Hamas"),  # guard
])
def test_asking_about_it(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- a stance the initiative receives from named others ----------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The plan drew criticism from Poland.", "Poland", "oppose"),
    ("The plan has the backing of Egypt.", "Egypt", "support"),
    ("The truce won the support of the Arab League.", "Arab League", "support"),
    ("The plan met with opposition from Egypt and Jordan.", "Jordan", "oppose"),
    ("The deal received praise from Canada.", "Canada", "support"),
])
def test_received(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_received_from_nobody_named(analyzer):
    takes_none(analyzer, "The plan does not have the backing of Egypt.", "Egypt")  # guard


# -- judging someone for their initiative: "criticised Germany over its plan" ------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Poland criticised Germany over its plan to build the pipeline.", "Poland", "oppose"),
    ("Israel slammed the United Nations over the resolution.", "Israel", "oppose"),
    ("The EU condemned Russia for its decision to annex the region.", "EU", "oppose"),
    ("Senator Ruiz attacked Governor Reyes over her budget plan.", "Ruiz", "oppose"),
    ("Egypt thanked Qatar for its mediation.", "Egypt", "support"),  # guard (the old code: "its" read as Egypt's)
    ("Senator Ruiz attacked the plan.", "Ruiz", "oppose"),
    ("Egypt thanked Qatar for brokering the truce.", "Egypt", "support"),  # guard
])
def test_judged_for_it(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder,polarity", [
    ("Poland criticised Germany over its plan to build the pipeline.", "Germany", "support"),
    ("The EU condemned Russia for its decision to annex the region.", "Russia", "support"),
    ("Egypt thanked Qatar for its mediation.", "Qatar", "support"),
])
def test_the_one_judged_owns_it(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Hamas attacked Israeli positions despite the truce.", "Hamas"),  # guard: force, not a judgement
    ("Russia attacked Kyiv hours after the talks ended.", "Russia"),  # guard
    ("China criticised Japan over its remarks about the treaty.", "China"),  # guard
    ("Germany criticised Poland over the weekend.", "Germany"),  # guard
])
def test_judging_something_else(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- phrasal verbs, and carrying on an initiative ----------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("The US Senate voted down the bill.", "Senate", "oppose"),
    ("The US Senate voted through the bill.", "Senate", "support"),
    ("Britain turned down the offer of talks.", "Britain", "oppose"),
    ("Germany backed away from the plan.", "Germany", "oppose"),
    ("Ethiopia resumed the talks.", "Ethiopia", "support"),
    ("Ethiopia signalled its readiness to resume the talks.", "Ethiopia", "support"),
    ("Egypt continued the negotiations despite the strikes.", "Egypt", "support"),
    ("Zambia is weighing the proposal.", "Zambia", "unclear"),
    ("Germany backed the plan.", "Germany", "support"),  # guard
])
def test_phrasal_and_carrying_on(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_carrying_on_the_fighting(analyzer):
    takes_none(analyzer, "Russia resumed its offensive despite the truce.", "Russia")  # guard


# -- idioms of taking a side -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Canada said no to the plan.", "Canada", "oppose"),
    ("Canada said yes to the plan.", "Canada", "support"),
    ("Italy pulled the plug on the deal.", "Italy", "oppose"),
    ("Spain put the agreement on hold.", "Spain", "oppose"),
    ("Uganda said it would not stand in the way of the deal.", "Uganda", "support"),
    ("Uganda stood in the way of the deal.", "Uganda", "oppose"),
    ("Egypt gave the go-ahead for the talks.", "Egypt", "support"),
])
def test_idioms(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Canada said no to more troops.", "Canada"),  # guard
    ("Spain put the troops on alert after the talks.", "Spain"),  # guard
])
def test_idioms_about_something_else(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- a measure named by its own word is its own topic ------------------------------------------------------------
def test_tariffs_are_not_the_deal(analyzer):
    text = "Trump announced a trade deal with China on Monday. Trump's tariffs remain in place."
    found = stances_of(analyze_text(analyzer, text), "Trump")
    topics = {s.topic for s in found}
    assert any("deal" in t for t in topics) and any("tariffs" in t for t in topics), show(found)


# -- wanting others to act ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("China wants Trump to eliminate the tariffs.", "China", "oppose"),
    ("Egypt wants Israel to accept the truce.", "Egypt", "support"),
    ("The US wants a deal with China.", "US", "support"),
    ("Iran wants to sign the deal.", "Iran", "support"),  # guard
    ("Trump wants to withdraw from the deal.", "Trump", "oppose"),  # guard
])
def test_wanting(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


@pytest.mark.parametrize("text,holder", [
    ("Egypt wants Israel to accept the truce.", "Israel"),  # what is wanted of Israel is not its stance
    ("China wants Trump to eliminate the tariffs.", "Trump"),  # guard
])
def test_the_one_wanted_of(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder", [
    # whether one wants it is an open question (failed with 'want' a request before the check)
    ("Trump gave mixed signals about whether he actually wants a deal.", "Trump"),
    ("Nobody knows if Egypt wants a truce.", "Egypt"),
])
def test_whether_one_wants_it(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- what a poll shows is those polled, not the pollster ------------------------------------------------------------
@pytest.mark.parametrize("text,holder", [
    ("A new ABC News poll shows majority support for the deal.", "ABC News"),
    ("A Gallup survey found strong opposition to the plan.", "Gallup"),
])
def test_polls(analyzer, text, holder):
    takes_none(analyzer, text, holder)


def test_showing_support(analyzer):
    pols, found = _polarities(analyzer, "Egypt showed support for the plan.", "Egypt")  # guard
    assert pols == {"support"}, found


# -- motions moved in a chamber; a move answered -----------------------------------------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Senator Okafor moved a motion for the adjournment of the Senate.", "Okafor", "support"),
    ("The Napa County Board of Supervisors approved a move to enter into talks with the developer.", "Board",
     "support"),
    ("Kenya approved the move to join the talks.", "Kenya", "support"),  # guard
])
def test_moved_and_approved(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_moving_troops(analyzer):
    takes_none(analyzer, "Russia moved troops to the border after the talks.", "Russia")  # guard


# -- a relative clause after a coordinated subject is said of all of it ------------------------------------------
@pytest.mark.parametrize("holder", ["Qatar", "Egypt"])
def test_relative_clause_of_coordinated_subject(analyzer, holder):
    text = "Qatar and Egypt, which mediated the truce, called for it to be extended."
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {"support"}, found


# -- a role noun named in an apposition the parser hung on the phrase inside it ----------------------------------
def test_named_after_the_phrase_inside(analyzer):
    text = "The senator representing Kano North, Ahmad Bello, on Tuesday moved a motion for the adjournment of the Senate."
    pols, found = _polarities(analyzer, text, "Bello")
    assert pols == {"support"}, found
    takes_none(analyzer, text, "Kano North")


def test_apposition_of_the_subject(analyzer):
    pols, found = _polarities(analyzer, "The minister, Ahmad Bello, rejected the plan.", "Bello")  # guard
    assert pols == {"oppose"}, found


# -- a measure whose adoption by someone named is told in a participle is one measure ------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Speaker Bosma defended the state budget approved by Republicans in April.", "Bosma", "support"),
    ("Speaker Bosma defended the state budget approved by Republicans in April.", "Republicans", "support"),
    ("Amnesty criticised the law passed by parliament last week.", "Amnesty", "oppose"),
])
def test_enacted(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_unowned_law(analyzer):
    takes_none(analyzer, "Amnesty criticised the law.", "Amnesty")  # guard


# -- an -ing verb the parser hangs on the audience is said by the one who speaks ----------------------------------
@pytest.mark.parametrize("text,holder,polarity", [
    ("Speaker Bosma spoke before lawmakers defending the budget plan.", "Bosma", "support"),
    ("Senator Ruiz appeared before the committee criticising the plan.", "Ruiz", "oppose"),
    ("Foreign Minister Ayman Safadi spoke to reporters defending the deal.", "Safadi", "support"),  # guard
])
def test_speaking_before_an_audience(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert pols == {polarity}, found


def test_the_audience_holds_nothing(analyzer):
    takes_none(analyzer, "Speaker Bosma spoke before lawmakers defending the budget plan.", "lawmakers")


# -- an -ing participle on a noun is that noun's act, not the sentence subject's ---------------------------------
@pytest.mark.parametrize("text,holder", [
    ("Egypt condemned the militants opposing the truce.", "Egypt"),
    ("The Kenyan envoy talked to Hamas leaders opposing the deal.", "Kenya"),
])
def test_participle_on_a_noun(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    ("The Kenyan envoy talked to Hamas leaders opposing the deal.", "Hamas", "oppose"),
    # guards: a message or resolution says what its issuer says
    ("Qatar issued a statement welcoming the truce.", "Qatar", "support"),
    ("Jordan released a statement rejecting the plan.", "Jordan", "oppose"),
    ("The UN passed a resolution backing the ceasefire.", "UN", "support"),
    ("Egypt sent a letter urging Israel to accept the truce.", "Egypt", "support"),
])
def test_participle_holders(analyzer, text, holder, polarity):
    pols, found = _polarities(analyzer, text, holder)
    assert polarity in pols, found
