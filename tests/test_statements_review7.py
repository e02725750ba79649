"""Statement errors found by reading unseen conflict and politics pages (issue 11, eighth session):
a pronoun that speaks goes to a name that is an argument of a clause before one that only
describes a noun (kind 6), 'they' is never a place, 'It's true that ...' is the writer's, a
negated cue keeps its 'not' (kind 11), 'told an audience that ...' is what was told, and a dateline
in capitals with its region is no content (kind 5).
Sentences invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from conftest import speaker_name as _speaker_name, statements_with as _with


@pytest.mark.parametrize("text, content_word, speaker", [
    # the nearest name is in a relative clause ('who met ... of Valdoria'): the subject speaks
    ("Tom Reyes was the second official who met President Lena Ortiz of Valdoria. "
     "He said the border would stay closed.", "border would stay", "Tom Reyes"),
    # a possessor is no such modifier: 'In X's case, she ...' is X
    ("Dr. Lena Ortiz said the ward was full. In Mara Quint\u2019s case, she decided to stay near her son.",
     "stay near her son", "Mara Quint"),
])
def test_pronoun_speaker_skips_a_name_that_only_describes_a_noun(analyzer, text, content_word, speaker):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) == speaker


@pytest.mark.parametrize("text, content_word, place", [
    ("Voters in Kestria turned out early on Sunday. In Kestria, they said the count was unfair.",
     "count was unfair", "Kestria"),
    ("The delegates met in Port Alba on Monday. They said the talks would resume in March.",
     "talks would resume", "Port Alba"),
])
def test_they_is_never_a_place(analyzer, text, content_word, place):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) != place


@pytest.mark.parametrize("text, content_word", [
    ("Senator Lena Ortiz tied herself to the result. It\u2019s true that the rebels never signed the accord.",
     "rebels never signed"),
    ("Senator Lena Ortiz tied herself to the result. But it\u2019s also possible that the army will withdraw "
     "before the vote.", "army will withdraw"),
])
def test_its_true_that_is_no_statement(analyzer, text, content_word):
    an = analyze_text(analyzer, text)
    assert not _with(an, content_word)


@pytest.mark.parametrize("text, content_word, cue", [
    ("Mara Quint didn't know the convoy was coming to the village.", "convoy was coming", "didn't know"),
    ("The minister does not believe that the truce will hold.", "truce will hold", "does not believe"),
    ("The envoy has never said that the talks had failed.", "talks had failed", "has never said"),
])
def test_a_negated_cue_keeps_its_not(analyzer, text, content_word, cue):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and found[0].cue is not None and found[0].cue.text == cue


def test_told_an_audience_that_starts_at_that(analyzer):
    an = analyze_text(analyzer, "Mara Quint, who has split from her party on taxes, told cheering farmers that "
                                "they weren\u2019t \u201casking for favours.\u201d")
    found = _with(an, "asking for favours")
    assert found and found[0].content[0].text.startswith("that they")
    assert not any("cheering" in c.text for s in an.statements for c in s.content)


def test_a_capital_dateline_with_its_region_is_no_content(analyzer):
    # kind 5: a town the gazetteer does not know, in capitals with its region, before a dash
    an = analyze_text(analyzer, "KESTRA FALLS, VALDORIA \u2014 The army shelled the market on Monday, killing nine "
                                "people, according to the regional health office.")
    found = _with(an, "shelled the market")
    assert found and found[0].content[0].text.startswith("The army")


def test_the_governor_is_the_person_named_before(analyzer):
    # kind 4 for people: a role noun with no name of its own is the person just named, not an actor 'governor'
    an = analyze_text(analyzer, "Voters did not see Anna Berg at the rally on Tuesday. Her office said she was "
                                "travelling. The governor said she was waiting for the commission to report.")
    found = _with(an, "waiting for the commission")
    assert found and _speaker_name(an, found[0]) == "Anna Berg"
    assert "governor" not in {a.name.lower() for a in an.actors}
