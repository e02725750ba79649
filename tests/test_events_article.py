"""Events read against the whole article (events/article.py): a dateline is no doer, the same words
quoted again are one event, "those killed" and a description beside a name are no new happening,
"the country" and "these accusations" are named elsewhere in the article. Articles are invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _name(analysis, ids):
    by_id = {a.id: a for a in analysis.actors}
    return [by_id[i].name.lower() for i in ids]


def _events(analyzer, text):
    analysis = analyze_text(analyzer, text, published="2024-03-05")
    return analysis, analysis.events


def test_dateline_place_is_not_the_doer(analyzer):
    analysis, evs = _events(analyzer, "NAIROBI, Kenya (AP) — Somali Foreign Minister Ahmed Farah on Monday "
                                      "accused Ethiopia of arming clan militias near the border.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _name(analysis, accuse.source) == ["ahmed farah"], accuse.rule
    assert "kenya" not in _name(analysis, accuse.source + accuse.target)


def test_dateline_then_a_subject_of_its_own(analyzer):
    # the parser hangs both the dateline's place and the real subject on the verb
    analysis, evs = _events(analyzer, "NAIROBI, Kenya (AP) — Ethiopia accused Somalia of arming clan militias.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _name(analysis, accuse.source) == ["ethiopia"], accuse.rule
    assert _name(analysis, accuse.target) == ["somalia"]


def test_no_dateline_no_change(analyzer):
    analysis, evs = _events(analyzer, "Nairobi, the Kenyan capital, accused Somalia of arming clan militias.")
    assert all("dateline" not in e.rule for e in evs)


def test_the_country_is_the_country_named_before(analyzer):
    analysis, evs = _events(analyzer, "Ethiopian troops remain in Somalia, two years after Eritrea invaded the country.")
    invade = next(e for e in evs if e.type == "ASSAULT")
    assert _name(analysis, invade.source) == ["eritrea"]
    assert _name(analysis, invade.target) == ["somalia"], invade.rule


def test_the_country_never_the_doer_itself(analyzer):
    analysis, evs = _events(analyzer, "Eritrea said on Monday that Eritrea would never invade the country.")
    for e in evs:
        assert not (set(e.source) & set(e.target)), e.rule


def test_those_killed_is_not_another_killing(analyzer):
    text = ("Gunmen shot dead eleven villagers in Baidoa on Sunday. The district council said it would publish "
            "the names of those killed once their families were told.")
    analysis, evs = _events(analyzer, text)
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1, [e.rule for e in evs]


def test_those_killed_alone_is_kept_when_nothing_was_reported(analyzer):
    # no earlier happening of its kind: the participle is all the article says of it
    analysis, evs = _events(analyzer, "The district council said it would publish the names of those killed.")
    assert any(e.type == "ASSAULT" for e in evs)


def test_description_beside_a_name_is_no_event(analyzer):
    text = ("The spokesman for Operation Safe Harbour, the Kenyan military operation against al-Shabaab, "
            "said the convoy had left Mombasa.")
    analysis, evs = _events(analyzer, text)
    assert not [e for e in evs if e.type == "ASSAULT"], [e.rule for e in evs]


def test_an_operation_that_is_reported_stays(analyzer):
    analysis, evs = _events(analyzer, "Kenya launched a military operation against al-Shabaab in Gedo.")
    assert any(e.type in ("ASSAULT", "MOBILIZE") for e in evs)


def test_the_same_quotation_again_is_one_event(analyzer):
    text = ('In a statement, the army said: "We have blocked the road to Baidoa and will keep it closed."\n\n'
            '"... blocked the road to Baidoa and will keep it closed"\n\n'
            'The statement gave no reason.')
    analysis, evs = _events(analyzer, text)
    assert len([e for e in evs if e.trigger.text == "blocked"]) == 1, [e.evidence.text for e in evs]


def test_a_statement_quoted_in_full_again_is_kept(analyzer):
    # a long paragraph that repeats a statement is the article's own report of it, not a heading
    text = ('The governor said the army blocked the road to Baidoa and will keep it closed.\n\n'
            'The full statement read: "I have to inform you that this morning the army blocked the road to Baidoa '
            'and will keep it closed until further notice, for the safety of all residents of the district."')
    analysis, evs = _events(analyzer, text)
    assert len([e for e in evs if e.trigger.text == "blocked"]) == 2, [e.evidence.text for e in evs]


def test_a_second_blockade_in_other_words_is_kept(analyzer):
    text = ('Protesters blocked the road to Baidoa on Monday. '
            'On Tuesday protesters blocked the highway to Mogadishu for six hours.')
    analysis, evs = _events(analyzer, text)
    assert len([e for e in evs if e.trigger.text == "blocked"]) == 2


def test_these_accusations_belong_to_the_last_accuser(analyzer):
    text = "Somalia accused Kenya of arming militias in Gedo. Kenya dismissed these accusations on Tuesday."
    analysis, evs = _events(analyzer, text)
    reject = next(e for e in evs if e.type == "REJECT")
    assert _name(analysis, reject.source) == ["kenya"]
    assert _name(analysis, reject.target) == ["somalia"], reject.rule


def test_an_owned_claim_keeps_its_owner(analyzer):
    text = "Somalia accused Kenya of arming militias in Gedo. Kenya dismissed Ethiopia's allegations on Tuesday."
    analysis, evs = _events(analyzer, text)
    reject = next(e for e in evs if e.type == "REJECT")
    assert _name(analysis, reject.target) == ["ethiopia"]


def test_ids_are_renumbered(analyzer):
    text = ('In a statement, the army said: "We have blocked the road to Baidoa and will keep it closed."\n\n'
            '"... blocked the road to Baidoa and will keep it closed"\n\nThe statement gave no reason.')
    analysis, evs = _events(analyzer, text)
    assert [e.id for e in evs] == [f"e{k}" for k in range(1, len(evs) + 1)]


# a doer that can do nothing: an idea or a thing as the subject of an act other than force

def test_an_idea_does_nothing(analyzer):
    analysis, evs = _events(analyzer, "Peace would allow for the return of Somali refugees.")
    assert not evs, [e.rule for e in evs]


def test_a_thing_provides_nothing(analyzer):
    analysis, evs = _events(analyzer, "The new road will provide access to the camp.")
    assert not evs, [e.rule for e in evs]


def test_a_state_still_provides(analyzer):
    analysis, evs = _events(analyzer, "Kenya will provide food to the camp.")
    assert evs and _name(analysis, evs[0].source) == ["kenya"]


def test_people_counted_by_a_number_noun_still_act(analyzer):
    analysis, evs = _events(analyzer, "Hundreds of farmers blocked the highway to Nairobi.")
    assert [e.type for e in evs] == ["PROTEST"]


def test_a_weapon_still_kills(analyzer):
    analysis, evs = _events(analyzer, "A car bomb killed ten soldiers in Mogadishu.")
    assert [e.type for e in evs] == ["ASSAULT"]


# a short name for an actor named in full before

def test_short_name_is_the_actor_named_in_full(analyzer):
    text = ("Amnesty said Sudanese security forces killed twelve protesters in Omdurman. "
            "Witnesses said security forces fired tear gas to disperse a march on Friday.")
    analysis, evs = _events(analyzer, text)
    gas = next(e for e in evs if e.trigger.text == "fired")
    assert _name(analysis, gas.source) == ["sudanese security forces"], gas.rule


def test_short_name_of_two_actors_stays_unresolved(analyzer):
    text = ("Sudanese security forces and Ethiopian security forces met in Gallabat. "
            "Witnesses said security forces fired tear gas to disperse a march on Friday.")
    analysis, evs = _events(analyzer, text)
    gas = next(e for e in evs if e.trigger.text == "fired")
    assert gas.source == [], gas.rule


# one act told with two verbs; a subject cut off by an aside

def test_shot_down_and_destroyed_is_one_act(analyzer):
    analysis, evs = _events(analyzer, '"The Ethiopian drone shot down and completely destroyed last night," '
                                      'the spokesman said.')
    assert [e.type for e in evs] == ["ASSAULT"], [e.rule for e in evs]


def test_two_acts_with_their_own_objects_stay_two(analyzer):
    analysis, evs = _events(analyzer, "Soldiers arrested ten students and beat their teachers in Kassala.")
    assert sorted(e.type for e in evs) == ["ASSAULT", "COERCE"]


def test_subject_before_an_aside_is_the_doer(analyzer):
    text = ("The Eritrean government - which considers the report biased and has rejected the UN envoy as a "
            "mediator if talks are ever revived - called for an emergency meeting of the council.")
    analysis, evs = _events(analyzer, text)
    call = next(e for e in evs if e.type == "REQUEST")
    assert _name(analysis, call.source) == ["eritrea"], call.rule


def test_a_report_speaks_for_its_authors(analyzer):
    analysis, evs = _events(analyzer, "A report released in Kigali alleged that France armed the militias.")
    assert [e.type for e in evs] == ["ACCUSE"], [e.rule for e in evs]


def test_a_body_named_by_its_people_acts(analyzer):
    analysis, evs = _events(analyzer, "Igbo traditional elders demanded that the ministry be dissolved.")
    assert [e.type for e in evs] == ["REQUEST"], [e.rule for e in evs]


# an abuse reported is an accusation by whoever reports it; a denial of "these accusations"

def test_reported_abuse_is_the_speakers_accusation(analyzer):
    text = "Human Rights Watch said Sudanese soldiers unlawfully killed three protesters in Omdurman."
    analysis, evs = _events(analyzer, text)
    accuse = [e for e in evs if e.type == "ACCUSE"]
    assert len(accuse) == 1 and _name(analysis, accuse[0].source) == ["human rights watch"], [e.rule for e in evs]
    assert _name(analysis, accuse[0].target) == ["sudan"]
    assert any(e.type == "ASSAULT" for e in evs)  # the killing stays an event of its own


def test_one_accusation_per_accuser_and_accused(analyzer):
    text = ("Human Rights Watch said Sudanese soldiers unlawfully killed three protesters in Omdurman. "
            "Human Rights Watch said Sudanese soldiers also unlawfully killed two students in Khartoum.")
    analysis, evs = _events(analyzer, text)
    assert len([e for e in evs if e.type == "ACCUSE"]) == 1


def test_a_killing_reported_without_blame_is_no_accusation(analyzer):
    analysis, evs = _events(analyzer, "Human Rights Watch said Sudanese soldiers killed three protesters in Omdurman.")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_rejecting_accusations_is_a_rejection_of_the_accuser(analyzer):
    # issue 11, kind 8: a rejected claim gives REJECT, its owner the target
    text = ("Somalia accused Kenya of arming militias in Gedo. "
            "The Kenyan foreign ministry rejected these accusations as patently false.")
    analysis, evs = _events(analyzer, text)
    reject = next(e for e in evs if e.type == "REJECT")
    assert _name(analysis, reject.target) == ["somalia"], reject.rule


# an aim is not a happening

def test_what_a_mission_was_for_did_not_happen(analyzer):
    analysis, evs = _events(analyzer, "Kenyan forces launched a rescue mission to free the hostages in Gedo.")
    assert not [e for e in evs if e.type == "CONCEDE"], [e.rule for e in evs]


def test_what_was_tried_did_not_happen(analyzer):
    analysis, evs = _events(analyzer, "Kenya tried to negotiate a truce with the militia.")
    assert not [e for e in evs if e.type in ("CONSULT", "AGREE")], [e.rule for e in evs]


def test_a_release_that_happened_stays(analyzer):
    analysis, evs = _events(analyzer, "Kenya freed the hostages in Gedo.")
    assert [e.type for e in evs] == ["CONCEDE"]


def test_an_attempted_attack_is_an_attack(analyzer):
    analysis, evs = _events(analyzer, "Gunmen tried to storm the police station in Garissa.")
    assert any(e.type == "ASSAULT" for e in evs), [e.rule for e in evs]


def test_it_told_again_is_the_same_happening(analyzer):
    """"... will provide Benin with a patrol boat. ... it would be provided next year": the same
    provision, not a second one."""
    text = "Portugal will provide Benin with a patrol boat. The minister said it would be provided next year."
    analysis, evs = _events(analyzer, text)
    assert len(evs) == 1, [(e.type, e.rule) for e in evs]


def test_a_new_thing_provided_is_a_new_happening(analyzer):
    """Near miss: a passive whose subject names something else is its own event."""
    text = "Portugal will provide Benin with a patrol boat. The minister said radars would be provided next year."
    analysis, evs = _events(analyzer, text)
    assert len(evs) == 2, [(e.type, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "The decree gives the militia the power to arrest journalists without a warrant.",
    "The reform would give provinces flexibility to request emergency funds.",
    "Dockers in Mombasa have the right to strike.",
])
def test_what_someone_may_do_has_not_happened(analyzer, text):
    analysis, evs = _events(analyzer, text)
    assert not evs, [(e.type, e.rule) for e in evs]


def test_a_power_used_is_a_happening(analyzer):
    """Near miss: the act itself, not a capacity for it."""
    analysis, evs = _events(analyzer, "The militia arrested two journalists in Bunia.")
    assert evs and evs[0].type == "COERCE", [(e.type, e.rule) for e in evs]
