"""Event participants, session 10 (conflibert9; issue 11): classes read from ConfliBERT's train split
(events/participants.py, roles.py). Each rule is checked on invented sentences through the words
that name each side (`source_text` / `target_text`, what the conflibert suite scores)."""

from __future__ import annotations

import pytest

from conftest import first_event as _first, span_words as _words


# two coordinated parties acting on each other: what they agree or talk about (under "on", "over",
# "during" ...), or the pact itself, is no third party; each is the other's target
@pytest.mark.parametrize("text, category, party, topic", [
    ("Danish and Dutch negotiators failed to reach a deal on the fishing quotas near Greenland.",
     "REJECT", "danish and dutch negotiators", "greenland"),
    ("Niger and the separatist rebels have failed to reach agreement on a prisoner swap during talks.",
     "REJECT", "separatist rebels", "prisoner"),
    # the small parser reads "X and Y rebels" as one group with coordinated modifiers: two sides
    ("The government and Tuareg rebels failed to reach agreement on a prisoner swap during talks in Algiers.",
     "REJECT", "tuareg rebels", "prisoner"),
    ("Chad and Niger were guilty of violating the border truce during the Lake Chad incident.",
     "ASSAULT", "niger", "lake chad"),
])
def test_mutual_acts_about_a_topic_are_aimed_at_each_other(analyzer, text, category, party, topic):
    _, ev = _first(analyzer, text)
    assert ev.type == category, ev.rule
    words = _words(ev.target_text)
    assert party in words, (words, ev.rule)
    assert topic not in words, (words, ev.rule)


@pytest.mark.parametrize("text, target", [
    # a third party named as such stays the target
    ("Britain and France agreed to send troops to Mali.", "mali"),
    # "on" that names whom a measure hits, not what the parties talk about
    ("The governments of Chad and Niger agreed on Monday to impose new sanctions on Libya.", "libya"),
    # one side only (troops and aircraft from one country): the place they went to stays the target
    ("Soldiers and cargo planes from Canada have arrived in Haiti to help deliver aid.", "haiti"),
])
def test_mutual_rule_keeps_third_parties(analyzer, text, target):
    _, ev = _first(analyzer, text)
    assert target in _words(ev.target_text), (_words(ev.target_text), ev.rule)


# a number or a quantifier standing for a group ("hundreds of banks", "four of the largest firms",
# "each of the providers") is the group: the target is named, not dropped as a number
@pytest.mark.parametrize("text, target", [
    ("The Belgian prosecutors opened fraud investigations against hundreds of insurers last year.",
     "hundreds of insurers"),
    ("The tax office opened investigations of four of the largest shipping firms in the port.",
     "four of the largest shipping firms"),
    ("The regulator opened an inquiry against each of the nine private clinics.", "each of the nine private clinics"),
    ("The militia said it would free two of the dozens of foreign engineers it holds.", "foreign engineers"),
])
def test_a_counted_group_is_the_target(analyzer, text, target):
    _, ev = _first(analyzer, text)
    assert target in _words(ev.target_text), (_words(ev.target_text), ev.rule)


def test_an_amount_is_no_group(analyzer):
    # money counted "of" someone's goods: not a group of people
    _, ev = _first(analyzer, "Canada cut tariffs on $ 40 billion of Brazil's steel exports.")
    assert "$ 40 billion" not in _words(ev.target_text), (_words(ev.target_text), ev.rule)


# whom a thing is handed back to when the parser hangs the to-phrase on what befell the thing (a
# participle set off by commas, a relative clause of stealing or losing), and no name inside the thing
# handed over (its maker) replaces a named recipient
@pytest.mark.parametrize("text, target, not_target", [
    ("Canadian police returned a bronze sculpture , missing since 1961 , to the city of Minsk .", "minsk", "sculpture"),
    ("British customs returned a painting that was stolen in 2004 from a villa near Rome to the Uffizi Gallery .",
     "uffizi", "painting"),
    ("The Belgian embassy returned a painting by the Dutch artist Jan Smit to its owners in Warsaw .",
     "its owners", "jan smit"),
])
def test_the_recipient_of_a_return(analyzer, text, target, not_target):
    _, ev = _first(analyzer, text)
    assert ev.type == "RETREAT", ev.rule
    words = _words(ev.target_text)
    assert target in words and not_target not in words, (words, ev.rule)


def test_a_to_phrase_of_smuggling_is_no_recipient(analyzer):
    # "smuggled to Canada" says where the things went, not whom they were returned to
    _, ev = _first(analyzer, "French customs returned ten artifacts that were smuggled to Canada to the government of Ghana .")
    assert "canada" not in _words(ev.target_text), (_words(ev.target_text), ev.rule)
