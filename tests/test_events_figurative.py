"""Force words used figuratively are not ASSAULT or COERCE (issue 11, error kind 10; events/figurative.py).

Sentences are invented; each pair checks the physical use of the same word still codes as force.
"""

from __future__ import annotations

import pytest

from conftest import analyze_text

FORCE = {"ASSAULT", "COERCE"}  # neither is coded


def _events(analyzer, text):
    return analyze_text(analyzer, text, published="2021-03-04").events


@pytest.mark.parametrize("text", [
    "The two senators attacked each other's tax plans during the televised debate.",
    "A fierce battle for the party leadership broke out after the defeat.",
    "The opposition launched a campaign targeting young voters in the suburbs.",
    "The ministry waged a long legal battle against the newspaper.",
    "The governor vowed to fight corruption in the ports.",
    "Critics attacked the budget proposal as reckless.",
    "The ruling party was hit by a wave of resignations in the north.",
    "The premier fought off a leadership challenge from her deputy.",
    "The senator fired back at the governor on Twitter.",
    "The finance minister shot down the proposal from the unions.",
])
def test_figurative_force_is_not_coded_as_force(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type in FORCE], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Rebels attacked an army base near the town of Beni on Monday.",
    "Gunmen targeted a police convoy outside Kandahar.",
    "The battle for the town of Marib killed dozens of fighters.",
    "Militants attacked the offices of the election commission in Jalalabad.",
    "Soldiers fired at protesters outside the parliament.",
    "The air force shot down a drone over the border.",
    "A missile hit the power station outside the city.",
])
def test_physical_force_is_still_coded(analyzer, text):
    events = _events(analyzer, text)
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


def test_criticism_of_a_policy_is_accuse_disapprove(analyzer):
    events = _events(analyzer, "Senator Dana Whitfield attacked the governor's housing plan on Tuesday.")
    assert events and events[0].type == "ACCUSE", [(e.type, e.rule) for e in events]
    ev = events[0]
    assert ev.mode == "disapprove"
    assert "figurative:object=plan" in ev.adjustments[0]


def test_a_message_as_the_doer_is_not_force(analyzer):
    events = _events(analyzer, "The new adverts attacked the mayor over the bus fares.")
    assert not [e for e in events if e.type in FORCE]


def test_lexicon_rows_are_checked(tmp_path):
    from newsgraph.errors import ConfigError
    from newsgraph.events import figurative

    bad = tmp_path / "figurative.tsv"
    bad.write_text("# header\npolicy\tthing\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        figurative.load(bad)
    lex = figurative.load()
    assert "policy" in lex.object and "attack" in lex.verbal and "legal" in lex.modifier


@pytest.mark.parametrize("text, category", [
    ("The opposition leader blasted the prime minister over the budget.", "ACCUSE"),
    ("Democrats hammered the administration over the delays.", "ACCUSE"),
    ("The senator fired back at the governor on Twitter.", "ACCUSE"),
    ("The finance minister shot down the proposal from the unions.", "REJECT"),
    ("The health minister hit out at critics of the plan.", "ACCUSE"),
    ("The mayor took aim at the governor over the budget cuts.", "ACCUSE"),
    ("The ethics committee censured the lawmaker for misconduct.", "ACCUSE"),
    ("The supreme court struck down the law on Friday.", "REJECT"),
    ("Opposition lawmakers walked out of the chamber in protest.", "PROTEST"),
    ("The electoral regulator fined the party for breaking spending rules.", "COERCE"),
])
def test_verbal_attacks_in_politics(analyzer, text, category):
    events = _events(analyzer, text)
    assert events and events[0].type == category, [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    # a natural hazard or an accident as the doer, or as the circumstance of a passive with no doer
    "A powerful earthquake killed fourteen people in the hills above Tarsk.",
    "Heavy floods hit the southern districts of Morovia on Sunday.",
    "Nine villagers were killed after a landslide buried their homes near Paluna.",
    "Eleven passengers were killed in an accident on the coast road.",
    "Two workers were injured when a gas leak spread through the plant.",
    # the circumstance hung on the last of coordinated passives tells of them all
    "Some 40 people were killed and 300 were injured after a strong earthquake rocked the island of Tarsk.",
])
def test_hazards_and_accidents_are_not_force(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type in FORCE], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Two soldiers were killed by Israeli fire near the fence.",
    "Ten people were killed after gunmen stormed the hotel in Tarsk.",
    "Nine villagers were killed in an air strike near Paluna.",
    "Five people were killed when a car bomb exploded in the market.",
    # a crash may be a shooting-down: not read as an accident
    "Two service members were killed in a helicopter crash in the south.",
])
def test_passive_killing_with_a_human_circumstance_is_still_force(analyzer, text):
    events = _events(analyzer, text)
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "An air strike hit a crowded market in the town of Ariha.",
    "Shells hit the central market of Taiz on Friday.",
])
def test_a_market_is_a_place_that_can_be_hit(analyzer, text):
    events = _events(analyzer, text)
    assert events and events[0].type == "ASSAULT", [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "The new customs rules hit small traders hardest.",
    "Higher tariffs on steel hit exporters in the north.",
])
def test_measures_that_hit_people_are_not_force(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type in FORCE], [(e.type, e.rule) for e in events]


def test_shooting_down_a_rumour_is_a_rejection(analyzer):
    events = _events(analyzer, "The ministry shot down rumours of a cabinet reshuffle.")
    assert events and events[0].type == "REJECT", [(e.type, e.rule) for e in events]


def test_a_cause_hitting_an_idea_is_no_criticism(analyzer):
    events = _events(analyzer, "Western sanctions hit the Iranian economy last year.")
    assert not [e for e in events if e.type in FORCE | {"ACCUSE"}], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Donors pledged planes and doctors to fight the cholera epidemic in Beira.",
    "Firefighters battled the blaze near the port for six hours.",
])
def test_epidemics_and_fires_are_fought_without_force(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type in FORCE], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    # COERCE words are read for a cause too
    "The earthquake destroyed more than 1,300 buildings in the province.",
    # the doer of a trailing participle is the subject of the clause it trails
    "Heavy rainfall has caused flooding in many provinces, destroying hundreds of homes.",
    # a relative "that" stands for the noun it describes
    "Record rainfall that destroyed hundreds of homes has hit the region.",
])
def test_hazards_as_doers_of_destruction_are_not_force(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.type in FORCE], [(e.type, e.rule) for e in events]


def test_destruction_by_an_army_is_still_coercion(analyzer):
    events = _events(analyzer, "The army destroyed more than 300 homes in the province.")
    assert events and events[0].type == "COERCE", [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    # "a fire" is a blaze: no one did it
    "A fire killed twelve traders in a market in Kano on Sunday night .",
    "Ghana sent condolences to Togo over a fire in Lome that killed more than forty people .",
])
def test_a_fire_that_kills_is_no_force(analyzer, text):
    analysis = analyze_text(analyzer, text, published="2023-02-01")
    assert not [e for e in analysis.events if e.type == "ASSAULT"], [e.rule for e in analysis.events]


def test_fire_named_by_its_shooters_is_force(analyzer):
    """Near miss: "Ethiopian fire killed two farmers": shooting by someone named."""
    analysis = analyze_text(analyzer, "Ethiopian fire killed two farmers near the border town of Humera on Sunday .",
                            published="2023-02-01")
    assert [e.type for e in analysis.events][:1] == ["ASSAULT"], [e.rule for e in analysis.events]


# --- events10: road accidents told with "strike" / "hit" ------------------------------------------

@pytest.mark.parametrize("text", [
    "The car struck a deer on the county road and was badly damaged.",
    "A horse ran onto the highway, hitting the van in the front bumper.",
    "The driver said she lost control on the bend and struck the ditch.",
    "The impact caused the pickup truck to strike a parked trailer.",
])
def test_road_accident_is_no_assault(analyzer, text):
    events = analyze_text(analyzer, text).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Militants hit a car carrying two commanders near the border.",
    "The gunmen struck the convoy on the main road.",
])
def test_attack_on_a_vehicle_is_still_assault(analyzer, text):
    events = analyze_text(analyzer, text).events
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]
