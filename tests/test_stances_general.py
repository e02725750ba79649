"""Stances that carry over to unseen articles (issue 11, kind 9): replies that say nothing, denials of
an initiative's end, generic holders ("the rebels"), and those who ask others to keep to an initiative.
All sentences are invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from stance_checks import show, stances_of, takes, takes_none


@pytest.mark.parametrize("text,holder", [
    # an intent to reply (coded AGREE by the events stage) is no support
    ("Turkey proposed talks on the grain deal. Moscow would respond to the proposal next week, the Kremlin said.",
     "Russia"),
    ("Egypt hosted talks between the two sides. Russia said it would respond to the plan within days.", "Russia"),
])
def test_a_reply_to_come_is_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


def test_joining_talks_is_still_support(analyzer):
    takes(analyzer, "Egypt hosted talks between the two sides. Russia said it would join the talks.",
           "Russia", "support")


@pytest.mark.parametrize("text,holder,polarity", [
    # denying that the initiative ended keeps to it
    ("Qatar hosted talks with the Taliban. The foreign ministry said reports that the talks had collapsed were false.",
     "ministry", "support"),
    ("Qatar hosted talks with the Taliban. Pakistan said reports that the talks had collapsed were untrue.",
     "Pakistan", "support"),
    ("Qatar hosted talks with the Taliban. Pakistan denied reports that the talks had collapsed.", "Pakistan", "support"),
    ("Qatar hosted talks with the Taliban. Pakistan rejected reports that the talks had broken down.",
     "Pakistan", "support"),
    ("Qatar hosted talks with the Taliban. Pakistan denied that the talks had stalled.", "Pakistan", "support"),
    # denying the initiative itself still opposes it
    ("Qatar hosted talks with the Taliban. Pakistan said reports of talks were untrue.", "Pakistan", "oppose"),
    ("Qatar hosted talks with the Taliban. Pakistan denied that any talks had taken place.", "Pakistan", "oppose"),
    # what ought not to happen to it
    ("Qatar hosted talks with the Taliban. Pakistan said the talks must not fail.", "Pakistan", "support"),
])
def test_denied_end(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Qatar hosted talks with the Taliban. Pakistan said reports that the talks had collapsed were accurate.",
     "Pakistan"),
    ("Qatar hosted talks with the Taliban. Pakistan said the talks had collapsed.", "Pakistan"),
])
def test_a_reported_end_is_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # "the rebels", "the militants", "the opposition": the one group the article named so
    ("Fighting between the army and the Houthi rebels continued. The rebels rejected the ceasefire.", "Houthi",
     "oppose"),
    ("Fighting between the army and Hamas continued. The militants rejected the ceasefire proposal.", "Hamas",
     "oppose"),
    ("The M23 rebel group seized the border town last week. The rebels rejected the peace plan.", "M23", "oppose"),
    ("The opposition National Salvation Front met on Monday. The opposition rejected the plan proposed by the "
     "government.", "National Salvation Front", "oppose"),
    # an actor the statements stage made of "The rebels said": the group meant
    ("The army and the M23 rebels agreed a ceasefire on Monday. The rebels said they would respect the truce.",
     "M23", "support"),
])
def test_generic_group_holders(analyzer, text, holder, polarity):
    takes(analyzer, text, holder, polarity)


def test_generic_holder_joins_the_group_it_means(analyzer):
    a = analyze_text(analyzer, "The army and the M23 rebels agreed a ceasefire on Monday. "
                               "The rebels said they would respect the truce.")
    names = {x.id: x.name for x in a.actors}
    assert "rebels" not in {names.get(s.holder) for s in a.stances}, show(a.stances)


@pytest.mark.parametrize("text,holder", [
    # two groups named: "the militants" is neither
    ("Hamas and Islamic Jihad fought the army. The militants rejected the ceasefire proposal.", "Hamas"),
    ("Hamas and Islamic Jihad fought the army. The militants rejected the ceasefire proposal.", "Islamic Jihad"),
    # "the Syrian rebels" are not Syria
    ("The Syrian rebels rejected the ceasefire.", "Syria"),
    ("Fighting went on in Aleppo. The Syrian opposition welcomed the ceasefire.", "Syria"),
])
def test_generic_group_not_guessed(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # one who asks others to keep to an initiative supports it
    ("Egypt and Qatar brokered a truce in Gaza. The United Nations called on all parties to abide by it.",
     "United Nations", "support"),
    ("Britain urged Russia to return to the grain deal.", "Britain", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany asked Hamas to stick to the truce.", "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany encouraged the parties to build on the truce.",
     "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany told Israel to comply with the terms of the truce.",
     "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany urged Israel not to break the truce.", "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany warned Hamas against violating the truce.",
     "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany demanded that Israel respect the truce.", "Germany", "support"),
    ("Egypt and Qatar brokered a truce in Gaza. Germany insisted that all parties must honour the ceasefire.",
     "Germany", "support"),
    ("The Security Council adopted a resolution on Sudan. Russia urged the council to reconsider the resolution.",
     "Russia", "oppose"),
    ("France called on Iran to return to the negotiating table.", "France", "support"),
])
def test_asking_others(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    # the one asked holds nothing yet
    ("Egypt and Qatar brokered a truce in Gaza. Germany demanded that Israel respect the truce.", "Israel"),
    # not asked: reported, predicted, or said of others
    ("Egypt brokered a truce. Germany insisted that the parties respect the truce.", "Germany"),
    ("Egypt brokered a truce. Germany told reporters that the parties would respect the truce.", "Germany"),
    ("Egypt brokered a truce. Germany did not demand that Israel respect the truce.", "Germany"),
    ("Egypt brokered a truce. Germany warned that the truce could collapse.", "Germany"),
])
def test_asking_others_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


# -- headline-body stance (stances/headline.py, the FNC-1 task); cue kinds checked on its tuning part ------

@pytest.mark.parametrize("head,body,want", [
    # a headline that calls the story false agrees with a body that does too, disagrees with one telling it
    ("Giant crab photo is a hoax", "The photo of the giant crab near the harbour is a hoax, experts said.", "agree"),
    ("Giant crab photo is a hoax", "A giant crab was photographed near the harbour on Monday, and the photo "
                                   "shows the crab clearly.", "disagree"),
    # a denial reported next to the claim: the body discusses it
    ("Singer cancels world tour", "The singer cancelled her world tour, a magazine said. Her agent denied that "
                                  "the singer cancelled the tour.", "discuss"),
    # a headline that says it did not happen
    ("Minister did not resign, aide says", "The minister resigned on Monday, and the minister's aide confirmed "
                                           "the minister had left office.", "disagree"),
    # a made-up story
    ("Shark swims down flooded highway", "The picture of a shark on a flooded highway was doctored, the "
                                         "photographer said; the shark never swam down the highway.", "disagree"),
])
def test_headline_stance_general(head, body, want):
    from newsgraph.stances import headline

    assert headline.stance(head, headline.prepare(body)) == want


@pytest.mark.parametrize("text,holder,polarity", [
    # a particular measure named with "the", whoever owns it
    ("Pakistan said the sanctions were illegal.", "Pakistan", "oppose"),
    ("Russia condemned the sanctions as economic warfare.", "Russia", "oppose"),
    ("Senator Collins said she would support the bill.", "Collins", "support"),
    ("Iran said the embargo was a crime against its people.", "Iran", "oppose"),
    # what one says the initiative will do
    ("Uganda said the plan would fail.", "Uganda", "oppose"),
    ("Kenya said the deal would bring peace to the region.", "Kenya", "support"),
    ("China warned that the sanctions would backfire.", "China", "oppose"),
    ("Egypt said the new plan would work.", "Egypt", "support"),
    ("Egypt said the new plan would not work.", "Egypt", "oppose"),
    # no alternative to it
    ("Russia said it saw no alternative to the Minsk agreements.", "Russia", "support"),
])
def test_said_of_a_measure(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    # what happened to it, reported
    ("Pakistan said the talks had failed.", "Pakistan"),
    ("The talks failed to produce an agreement, Pakistan said.", "Pakistan"),
    # a budget one breaks is overspent, not opposed (break counts on what is agreed: a truce, a deal)
    ("The mayor proposed a budget. The new stadium would have broken the budget, Smith said.", "Smith"),
])
def test_said_of_a_measure_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


def test_a_programme_named_by_its_name_is_not_its_owner(analyzer):
    a = analyze_text(analyzer, "NASA announced that companies would join the Artemis program. "
                               "The Artemis program aims to land on the Moon.")
    names = {x.id: x.name for x in a.actors}
    assert not [s for s in a.stances if names.get(s.holder) == "Artemis"], show(a.stances)


def test_a_known_body_named_before_its_proposal_still_owns_it(analyzer):
    takes(analyzer, "A Hamas proposal was rejected by Israel on Monday.", "Hamas", "support")


@pytest.mark.parametrize("text,holder,polarity", [
    # behind it
    ("Iran and the United States resumed indirect talks in Vienna. Russia threw its weight behind the talks.",
     "Russia", "support"),
    # the manner of a reply, or the adjective of a response
    ("Qatar proposed a hostage deal. Hamas said it had responded positively to the proposal.", "Hamas", "support"),
    ("Qatar proposed a hostage deal. Israel reacted coolly to the proposal.", "Israel", "oppose"),
    ("Qatar proposed a hostage deal. Hamas said it had given a positive response to the proposal.", "Hamas",
     "support"),
    ("Qatar proposed a hostage deal. Hamas gave a negative response to the proposal.", "Hamas", "oppose"),
    # a response that says nothing more
    ("Qatar proposed a hostage deal. Hamas gave its response to the proposal on Monday.", "Hamas", "unclear"),
])
def test_manner_of_a_response(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Qatar proposed a hostage deal. Israel responded quickly to the proposal.", "Israel"),
])
def test_manner_that_says_nothing(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # "they" / "we" committing to a response in what a person says: the person speaks for the side
    ("Washington announced a new peace plan on Monday. Palestinian chief negotiator Ahmed Nuri said they would take "
     "a series of measures to oppose it.", "Nuri", "oppose"),
    ("Washington announced a new peace plan on Monday. Palestinian chief negotiator Ahmed Nuri said they would "
     "reject the plan.", "Nuri", "oppose"),
    ("Norway announced a new plan on Monday. Saeb Erekat said they would oppose it.", "Erekat", "oppose"),
])
def test_a_speakers_side(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder,want", [
    # the plan's proposer is not who "they" are in another's words
    ("Washington announced a new peace plan on Monday. Palestinian chief negotiator Ahmed Nuri said they would "
     "reject the plan.", "United States", "support"),
])
def test_a_speakers_side_is_not_the_proposer(analyzer, text, holder, want):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {want}, show(found)


@pytest.mark.parametrize("text,holder", [
    # a report of what others did, not a commitment
    ("Washington announced a new peace plan on Monday. Palestinian negotiator Ahmed Nuri said they had rejected "
     "the plan.", "Nuri"),
])
def test_a_speakers_side_reports_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder", [
    # a part of a place's people is not the place
    ("Egypt proposed a truce. Many in Gaza welcomed the truce.", "Gaza"),
    # a verb "reply" is no "positive reply to" it
    ("Qatar brokered a deal. Mary Smith replied that the deal included a prisoner exchange.", "Mary Smith"),
])
def test_junk_holders(analyzer, text, holder):
    a = analyze_text(analyzer, text)
    names = {x.id: x.name for x in a.actors}
    qatar = {x.id for x in a.actors if x.name == "Qatar"} | {x.id for x in a.actors if x.name == "Egypt"}
    rest = [s for s in a.stances if s.holder not in qatar]
    assert not [s for s in rest if holder.lower() in names.get(s.holder, s.holder).lower()] and \
        all(s.rule.startswith("stance:proposer") for s in rest if s.holder in qatar), show(a.stances)


@pytest.mark.parametrize("text,holder", [
    # others' guesses at a response are nobody's stance
    ("Egypt proposed a truce. Israel may reject the proposal, analysts said.", "Israel"),
    ("Egypt proposed a truce. Israel might accept the truce.", "Israel"),
])
def test_guessed_responses(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # still undecided
    ("Egypt proposed a truce. Israel has not yet decided whether to accept the proposal.", "Israel", "unclear"),
    # a commitment, not a guess
    ("Egypt proposed a truce. Israel said it would reject the proposal.", "Israel", "oppose"),
    # a relative clause: "that" is the truce
    ("Egypt proposed a truce that Hamas accepted but Israel rejected.", "Hamas", "support"),
    ("Egypt proposed a truce that Hamas accepted but Israel rejected.", "Israel", "oppose"),
])
def test_open_and_relative_responses(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt proposed talks. The Kremlin said the proposal was not serious.", "Kremlin", "oppose"),
    ("Egypt proposed talks. Washington has thrown its support behind the proposal.", "United States", "support"),
    ("Egypt proposed talks. Iran poured cold water on the proposal.", "Iran", "oppose"),
    ("Egypt proposed talks. Hamas said the talks were doomed.", "Hamas", "oppose"),
    ("Egypt proposed talks. Syria objected to the talks.", "Syria", "oppose"),
])
def test_more_ways_of_saying_it(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Egypt proposed talks. Syria did not object to the talks.", "Syria"),
    ("Egypt proposed talks. Iran poured water on the fire.", "Iran"),
])
def test_more_ways_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


def test_could_not_is_a_refusal_not_a_guess(analyzer):
    found = stances_of(analyze_text(analyzer, "Egypt proposed talks. Ukraine said it could not accept the proposal."),
                     "Ukraine")
    assert found and {s.polarity for s in found} == {"oppose"}, show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt proposed a truce. Hamas, however, said the truce did not go far enough.", "Hamas", "oppose"),
    ("Egypt proposed a truce. Hamas said the truce fell short of its demands.", "Hamas", "oppose"),
    # not yet: neither for nor against
    ("Egypt proposed a truce. Israel has yet to accept the truce.", "Israel", "unclear"),
])
def test_short_of_it_and_not_yet(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    # asking for its end is against it, asking for its going on is for it
    ("The government called a referendum on the new constitution. The main opposition party called for a "
     "boycott of the referendum.", "opposition party", "oppose"),
    ("The United States imposed sanctions on Iran. China pushed for the lifting of the sanctions.", "China", "oppose"),
    ("Ethiopia and the TPLF signed a peace deal. Kenya called for the implementation of the deal.", "Kenya",
     "support"),
    ("Egypt brokered a truce. Qatar proposed an extension of the truce.", "Qatar", "support"),
    # defying or getting round it
    ("The United States imposed sanctions on Iranian oil exports. China vowed to defy the sanctions.", "China",
     "oppose"),
    ("The United States imposed sanctions on Iranian oil exports. Iran called on the EU to help it circumvent "
     "the sanctions.", "Iran", "oppose"),
])
def test_asked_fate(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt brokered a deal between Serbia and Kosovo. Kosovo's prime minister stood by the deal.", "Kosovo",
     "support"),
    ("Egypt brokered a deal between Serbia and Kosovo. Kosovo distanced itself from the deal.", "Kosovo", "oppose"),
    ("Egypt brokered a deal between Serbia and Kosovo. Serbia backtracked on the deal.", "Serbia", "oppose"),
    ("Serbia and Kosovo agreed an EU-brokered deal. Washington played a key role in securing the deal.",
     "United States", "support"),
    # its own signal, not a guess
    ("Egypt brokered a deal between Serbia and Kosovo. Serbia signalled that it could walk away from the deal.",
     "Serbia", "oppose"),
])
def test_keeping_to_it_or_not(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    ("Egypt brokered a deal between Serbia and Kosovo. Analysts said Serbia could walk away from the deal.", "Serbia"),
    # people of a country are not its state
    ("Egypt brokered a deal between Serbia and Kosovo. Serbian nationalists took to the streets against the deal.",
     "Serbia"),
    ("Egypt brokered a deal between Serbia and Kosovo. Israeli settlers rejected the deal.", "Israel"),
])
def test_keeping_to_it_no_stance(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    ("Egypt proposed a truce. A senior Hamas official told AFP the group was \"positive\" about the proposal.",
     "Hamas", "support"),
    ("Egypt proposed a truce. Israel was negative about the proposal.", "Israel", "oppose"),
])
def test_leaning_adjectives(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


def test_an_event_on_something_else_is_no_stance(analyzer):
    # the offer is of an alternative, not of the plan
    takes_none(analyzer, "Egypt proposed talks. Qatar offered an alternative to the US plan.", "Qatar")


@pytest.mark.parametrize("text,holder,polarity", [
    # words for a made-up story (the FNC-1 tuning part's refuting cues) judge reports of an initiative
    ("Qatar hosted talks with the Taliban. Pakistan said reports of the talks were fake.", "Pakistan", "oppose"),
    ("Qatar hosted talks with the Taliban. Pakistan said reports that the talks had collapsed were bogus.",
     "Pakistan", "support"),
    # what the reports are called
    ("Qatar hosted talks with the Taliban. Pakistan called reports of the talks false.", "Pakistan", "oppose"),
    ("Qatar hosted talks with the Taliban. Pakistan described reports of the talks as fabricated.", "Pakistan",
     "oppose"),
])
def test_reports_called_false(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder,polarity", [
    # what one did to it, named by a noun with its possessor
    ("The Security Council voted on a resolution on Syria. Russia's veto of the resolution drew criticism.",
     "Russia", "oppose"),
    ("The Security Council voted on a resolution on Syria. China's abstention on the resolution surprised diplomats.",
     "China", "unclear"),
    ("Egypt proposed a truce. Hamas's violations of the truce angered Israel.", "Hamas", "oppose"),
    # welcoming another's veto is against what was vetoed
    ("Egypt proposed a truce. Jordan welcomed Israel's veto of the truce.", "Jordan", "oppose"),
    # condemning a violation of it is for it (not against it through the noun)
    ("Egypt proposed a truce. Jordan condemned the violation of the truce.", "Jordan", "support"),
])
def test_acts_named_by_nouns(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


@pytest.mark.parametrize("text,holder", [
    # a private person's decision is not their country's
    ("A Canadian man's innocent decision to post a photo went viral.", "Canada"),
])
def test_private_owner_is_not_the_country(analyzer, text, holder):
    takes_none(analyzer, text, holder)


def test_an_officials_plan_is_still_the_states(analyzer):
    takes(analyzer, "The Syrian government's plan was rejected by the rebels.", "Syria", "support")


@pytest.mark.parametrize("text,holder", [
    # with a possessor, a name compounded with the initiative is what it is about
    ("Erdogan's Syria policy was criticised by the opposition.", "Syria"),
    ("Tokyo's Taiwan strategy drew criticism.", "Taiwan"),
])
def test_what_a_policy_is_about_is_not_its_owner(analyzer, text, holder):
    takes_none(analyzer, text, holder)


@pytest.mark.parametrize("text,holder,polarity", [
    # others who do it too
    ("Egypt proposed a truce. Jordan, along with Qatar, welcomed the truce.", "Qatar", "support"),
    ("Egypt proposed a truce. Jordan as well as Qatar welcomed the truce.", "Qatar", "support"),
])
def test_co_subjects(analyzer, text, holder, polarity):
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found and {s.polarity for s in found} == {polarity}, show(found)


def test_a_later_along_with_is_no_co_subject(analyzer):
    takes_none(analyzer, "Egypt proposed a truce. Jordan welcomed the truce along with the release of Qatar's "
                          "prisoners.", "Qatar")
