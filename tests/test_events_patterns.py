"""Verb patterns and frames of data/plover (issue 11): acts read from ConfliBERT's train split and
the PLOVER GSR tuning part, each checked on invented sentences, with near misses that must not fire."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _events(analyzer, text):
    return analyze_text(analyzer, text, published="2023-02-01").events


@pytest.mark.parametrize("text, category, rule", [
    ("A court in Lagos found the former governor guilty of fraud.", "ACCUSE", "verb:find:pred="),
    ("The army declared a state of emergency in the northern province of Zinder.", "COERCE", "verb:declare:obj=siege"),
    ("Kenya returned three stolen statues to the government of Uganda.", "RETREAT", "verb:return:"),
    ("Rebel fighters overran an army post near Gao.", "ASSAULT", "verb:over"),
    ("The junta forced the aid agency out of the country.", "SANCTION", "verb:force:prep=out"),
    ("The rebels laid down their weapons in Goma.", "RETREAT", "verb:lay:"),
    ("Senegal let free the twelve political prisoners.", "CONCEDE", "pass:let>verb:free"),
    ("The council is pushing hard for the government to hold new elections.", "REQUEST", "verb:push:prep=for"),
    ("The president set a ten-day deadline for the militia to leave the city.", "REQUEST", "light:set>noun:deadline"),
    ("Ghana gave Togo a stern warning over the border raids.", "THREATEN", "light:give>noun:warning"),
    ("The navies of Chile and Peru performed joint war games off the coast.", "COOPERATE", "light:perform>noun:game"),
    ("Japan lent 2 billion dollars to Sri Lanka.", "AID", "verb:lend"),
    ("The European Union is allocating 40 million euros in aid to Chad.", "AID", "verb:allocate"),
    ("Norway handed over medical equipment to the Ministry of Health of Malawi.", "AID", "verb:hand"),
    ("The Malian government has ruled out talks with the jihadists.", "REJECT", "verb:rule:prt=out"),
    ("The rebels swapped four prisoners for two soldiers held by the army.", "COOPERATE", "verb:swap"),
    ("The president scuttled the peace talks in May.", "REJECT", "verb:scuttle"),
    ("The prime minister cheered on the decision of the court.", "SUPPORT", "verb:cheer"),
    ("French instructors trained Malian soldiers near Bamako.", "AID", "verb:train:obj=pilot"),
])
def test_pattern_fires(analyzer, text, category, rule):
    events = _events(analyzer, text)
    assert events, text
    assert events[0].type == category and rule in events[0].rule, (events[0].type, events[0].rule)


@pytest.mark.parametrize("text, rule", [
    ("The committee found the report difficult to read.", "verb:find"),
    ("The minister declared the meeting open.", "verb:declare:obj=siege"),
    ("The delegates returned to Geneva on Monday.", "verb:return"),
    ("The president was forced to resign.", "verb:force:prep=out"),
    ("The new law lays down rules for elections.", "verb:lay"),
    ("The president gave a speech to business leaders.", "light:give"),
    ("The rule of law was upheld by the court.", "verb:rule"),
    ("The crowd cheered loudly.", "verb:cheer"),
    ("The minister set up a committee on the budget.", "light:set"),
])
def test_pattern_does_not_fire(analyzer, text, rule):
    assert not any(rule in e.rule for e in _events(analyzer, text)), [e.rule for e in _events(analyzer, text)]


def test_found_guilty_targets_the_convicted(analyzer):
    analysis = analyze_text(analyzer, "A court in Pretoria found former President Jacob Zuma guilty of contempt.", published="2023-02-01")
    ev = analysis.events[0]
    names = {a.id: a.name for a in analysis.actors}
    assert any("zuma" in names[i].lower() for i in ev.target), (ev.target, ev.rule)
