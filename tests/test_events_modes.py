"""PLOVER mode and context of events (issue 11, error kind 12; events/modes.py, data/plover/modes.tsv
and contexts.tsv). Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _first(analyzer, text):
    events = analyze_text(analyzer, text, published="2022-05-06").events
    assert events, f"no event for {text!r}"
    return events[0]


@pytest.mark.parametrize("text, category, mode", [
    # a cue on the trigger word
    ("Government troops shelled the town of Kafr Nabl on Sunday.", "ASSAULT", "heavy-weapons"),
    # a cue elsewhere in the clause, the trigger naming none
    ("Jets from the Zambian air force hit the depot in a night air strike.", "ASSAULT", "aerial"),
    ("A drone strike killed four fighters near Sirte.", "ASSAULT", "drone"),
    ("Gunmen shot dead a district judge in Bossaso.", "ASSAULT", "firearms"),
    # an older pattern name mapped to the manual's name: hosting is CONSULT `visit` (manual 3.2.2)
    ("The Prime Minister of Pakistan hosted the Afghan president in Islamabad.", "CONSULT", "visit"),
    ("Nurses went on a hunger strike outside the ministry in Kampala.", "PROTEST", "hunger"),
    # the threat's content, not the pattern's: THREATEN `violence`
    ("Iran threatened to attack American bases in the Gulf.", "THREATEN", "violence"),
    ("Egypt called on Israel to release Palestinian prisoners.", "REQUEST", "yield"),
    ("The European Union imposed new sanctions on Belarus.", "SANCTION", "discontinue"),
    ("The police arrested three journalists in Harare.", "COERCE", "arrest"),
    ("Ghana condemned the coup in Bamako.", "ACCUSE", "disapprove"),
])
def test_mode_follows_the_manual_table(analyzer, text, category, mode):
    ev = _first(analyzer, text)
    assert (ev.type, ev.mode) == (category, mode), ev.rule


def test_categories_without_modes_get_none(analyzer):
    ev = _first(analyzer, "Britain sent humanitarian aid to Sudan on Friday.")
    assert ev.type == "AID" and ev.mode is None


@pytest.mark.parametrize("text, context", [
    ("The army arrested three journalists in Harare.", "rights_freedoms"),
    ("Government troops shelled the town of Kafr Nabl on Sunday.", "military"),
    ("Hackers attacked the websites of the Estonian government.", "cyber"),
    ("The European Union imposed new sanctions on Belarus over the election.", "election"),
    ("Police arrested the mayor of Tula on corruption charges.", "corruption"),
])
def test_context_from_the_sentence(analyzer, text, context):
    assert context in _first(analyzer, text).context


def test_no_context_without_a_cue(analyzer):
    assert _first(analyzer, "Kenya condemned Somalia on Tuesday.").context == []


def test_the_narrower_crime_context_wins(analyzer):
    ev = _first(analyzer, "Police arrested a criminal gang smuggling cocaine through the port of Durban.")
    assert "crime" not in ev.context and "illegal_drugs" in ev.context


def test_tables_cover_the_manual():
    from newsgraph.events import modes

    t = modes.load()
    assert t.valid("ASSAULT") >= {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                                  "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                                  "crowd-control", "unconventional"}
    assert t.valid("RETREAT") == {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}
    assert t.valid("CONSULT") == {"visit", "third-party", "multilateral", "phone"}
    assert not t.valid("AID") and not t.valid("AGREE")
    assert t.residual("ACCUSE") == "disapprove"
    assert len(t.context_names()) == 37  # table 2.1
    assert {"military", "election", "human_rights", "religion_ethnicity", "trafficking"} <= t.context_names()


def test_a_malformed_table_is_an_error(tmp_path):
    from newsgraph.errors import ConfigError
    from newsgraph.events import modes

    (tmp_path / "modes.tsv").write_text("FIGHT\tbeat\t-\tbeat\n", encoding="utf-8")
    (tmp_path / "contexts.tsv").write_text("military\tarmy\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        modes.load(tmp_path)


@pytest.mark.parametrize("text, category, mode", [
    # a killing aimed at an office holder is a targeted killing
    ("Rebels killed the deputy governor of Kasai province on Sunday.", "ASSAULT", "targeted"),
    # the adjective before the trigger says what kind ("martial law" is a restriction, whatever else the clause holds)
    ("The junta threatened to impose martial law as fighting spread through the capital.", "THREATEN", "restrict"),
    ("Border guards sexually abused migrants at the camp near Ceuta.", "ASSAULT", "sexual"),
])
def test_mode_second_round(analyzer, text, category, mode):
    ev = _first(analyzer, text)
    assert (ev.type, ev.mode) == (category, mode), ev.rule


def test_killing_of_people_who_hold_no_office_is_not_targeted(analyzer):
    ev = _first(analyzer, "Rebels killed twelve villagers in Kasai province on Sunday.")
    assert ev.type == "ASSAULT" and ev.mode != "targeted"


def test_gsr_names_of_modes_count_as_the_2024_mode():
    from evaluation.suites.plover_gsr import same_mode

    assert same_mode("PROTEST", "demo-org", "demo") and same_mode("PROTEST", "strike-hun", "hunger")
    assert same_mode("CONSULT", "host", "visit") and same_mode("THREATEN", "curfew", "restrict")
    assert not same_mode("PROTEST", "riot-spon", "demo") and not same_mode("ASSAULT", "explosives", None)
