"""Attribution rules mined from PolNeAR's train part in the ninth attribution round (session 10,
helper attrib9; issue 11: rules from train only). Every sentence here is invented; each test fails
without the rule it names."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _said(analysis) -> list[tuple[str, str, str]]:
    """(speaker words, cue, content) of each statement with a speaker."""
    return [(s.speaker_text.text if s.speaker_text else "", s.cue.text if s.cue else "",
             " // ".join(c.text for c in s.content)) for s in analysis.statements if s.speaker is not None]


def test_a_name_set_off_after_a_fronted_phrase_speaks(analyzer):
    # the parser hangs 'her senior policy adviser, Lena Ortiz' on 'the Gazette' (an apposition of the
    # fronted phrase's noun) and leaves 'said' with no subject
    an = analyze_text(analyzer, "In a statement to the Gazette, her senior policy adviser, Lena Ortiz, said: "
                                "\u201cThe council believes that cooperation is essential.\u201d")
    assert any("Lena Ortiz" in who and "cooperation is essential" in what for who, _, what in _said(an))


@pytest.mark.parametrize("text, content", [
    # the poll phrase hangs on the noun 'lead', not on the clause it measures
    ("Reyes has a decisive lead in the polls ahead of the state's primary.", "Reyes has a decisive lead"),
    ("Mara Quint has enjoyed a 20-point lead in recent surveys of the district.", "Mara Quint has enjoyed a 20-point lead"),
])
def test_a_poll_after_a_noun_of_its_clause_is_the_clauses_source(analyzer, text, content):
    said = _said(analyze_text(analyzer, text))
    assert any(what == content and ("poll" in who or "survey" in who) for who, _, what in said)


@pytest.mark.parametrize("text, cue, content", [
    ("The senator explained her reasoning to the farmers of the valley.", "explained", "her reasoning"),
    ("The mayor boasted of his record on road repairs during the debate.", "boasted", "his record on road repairs"),
    ("Governor Tom Reyes hinted at a major shakeup of his cabinet.", "hinted", "a major shakeup of his cabinet"),
])
def test_speech_verbs_whose_object_is_what_was_said(analyzer, text, cue, content):
    said = _said(analyze_text(analyzer, text))
    assert any(c.startswith(cue) and content in what for _, c, what in said)


def test_a_quotation_goes_on_after_a_long_apposition_of_the_speaker(analyzer):
    # the speaker's own words between the cue and the second part are no gap
    an = analyze_text(analyzer, "\"This used to be the city's back yard,\" said Jo Reyes, director of regional studies "
                                "at the Royal Institute in Lisbon, \"but it is increasingly coming into the capital's "
                                "orbit.\"")
    assert any("back yard" in what and "capital's orbit" in what for _, _, what in _said(an))


def test_a_quotation_inside_the_speakers_relative_clause_is_not_the_one_that_goes_on(analyzer):
    an = analyze_text(analyzer, "''Sales are up a little bit,'' said Mr. Ortiz, who noted that the price of some "
                                "farms had ''collapsed'' to about half their former value. ''Things are moving in the "
                                "right direction.''")
    said = _said(an)
    assert any("Sales are up" in what and "right direction" in what for _, _, what in said)
    assert not any("price of some farms" in what and "right direction" in what for _, _, what in said)
