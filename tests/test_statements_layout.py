"""Statements the page layout makes (issue 11, kind 5): a press-release header or "X said:" line over
paragraphs, and datelines that name a place, not a speaker; negation kept in what is said (kind 11)."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _by_rule(analysis, rule):
    return [s for s in analysis.statements if s.base_rule == rule]


def _name(analysis, st):
    return next((a.name for a in analysis.actors if a.id == st.speaker), None)


def _content(st):
    return " ".join(c.text for c in st.content)


@pytest.mark.parametrize("header, speaker", [
    ("Statement by the High Commissioner on the talks in Geneva", "High Commissioner"),
    ("Joint statement from Oskar Lind and Mara Tell", "Oskar Lind"),
    ("Remarks by Minister of State Jane Doe at the donor conference", "Jane Doe"),
])
def test_header_paragraphs_are_the_named_speakers_statement(analyzer, header, speaker):
    text = (f"{header}\n\nThe closure of the crossing is a grave setback for the region.\n\n"
            "All parties must return to the table without delay.\n\nENDS\n\nMedia enquiries: press office")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:header")
    assert [_content(s) for s in found] == ["The closure of the crossing is a grave setback for the region.",
                                            "All parties must return to the table without delay."]
    assert all(speaker in _name(a, s) for s in found)
    assert all(s.kind == "direct" for s in found)


@pytest.mark.parametrize("header, speaker", [
    ("The Foreign Secretary said:", "Foreign Secretary"),
    ("The Ministry of Water said in a statement:", "Ministry of Water"),
])
def test_said_colon_gives_the_next_paragraph(analyzer, header, speaker):
    text = (f"{header}\n\nThe closure of the crossing is a grave setback for the region.\n\n"
            "The floods cut the main road on Tuesday.")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:header")
    assert [_content(s) for s in found] == ["The closure of the crossing is a grave setback for the region."]
    assert speaker in _name(a, found[0])


def test_header_speaker_is_the_subject_joined_to_the_header_line(analyzer):
    """The parser joins the header line to the first sentence; the sentence's own speaker is still the
    one in its paragraph, not a word of the header."""
    text = ("Statement by the High Commissioner on the fighting in Darfur\n\n"
            "The High Commissioner believes that the attack on the camp near Zalingei was a crime.")
    a = analyze_text(analyzer, text)
    inner = [s for s in a.statements if s.base_rule != "layout:header" and s.speaker_text is not None]
    assert inner and all("\n" not in s.speaker_text.text for s in inner)
    assert all("High Commissioner" in (_name(a, s) or "") for s in inner)


def test_a_running_text_line_is_no_header(analyzer):
    a = analyze_text(analyzer, "The statement by the council on Monday was short. It said little.")
    assert not _by_rule(a, "layout:header")


@pytest.mark.parametrize("dateline", ["Khartoum: ", "KHARTOUM (Reuters) - ", "JUBA, South Sudan (AP) - "])
def test_dateline_is_no_speaker_and_not_in_the_content(analyzer, dateline):
    text = f"{dateline}The army shelled several districts of the capital on Monday, residents said."
    a = analyze_text(analyzer, text)
    assert not _by_rule(a, "layout:speaker-line")
    said = [s for s in a.statements if s.speaker is not None]
    assert said and all(_name(a, s) == "residents" for s in said)
    assert all(_content(s).startswith("The army shelled") for s in said)


def test_speaker_line_still_names_a_person(analyzer):
    a = analyze_text(analyzer, "Hamid Karzai: We will not accept foreign troops on our soil.")
    found = _by_rule(a, "layout:speaker-line")
    assert found and "Karzai" in _name(a, found[0])


@pytest.mark.parametrize("sentence, negation", [
    ("The regulator said it does not have a role in policing campaign adverts.", "does not have"),
    ("The election commission said it doesn't have the power to stop the broadcasts.", "doesn't have"),
    ("The ministry said that it had never received the request.", "never received"),
])
def test_negation_stays_in_the_content(analyzer, sentence, negation):
    a = analyze_text(analyzer, sentence)
    said = [s for s in a.statements if s.cue is not None and s.cue.text == "said"]
    assert said and negation in _content(said[0])


def test_all_capital_transcript_name_is_still_a_speaker(analyzer):
    a = analyze_text(analyzer, "WALLACE: Let's start with the ceasefire in the north.")
    found = _by_rule(a, "layout:speaker-line")
    assert found and _name(a, found[0]) == "WALLACE"


def test_a_noun_phrase_line_is_no_header(analyzer):
    a = analyze_text(analyzer, "Message of hope.\n\nThe crowd sang as the convoy reached the border town.")
    assert not _by_rule(a, "layout:header")


def test_place_and_date_sign_off_ends_a_release(analyzer):
    text = ("Statement by the High Commissioner on the talks in Geneva\n\n"
            "The closure of the crossing is a grave setback for the region.\n\n"
            "All parties must return to the table without delay.\n\nGeneva, 4 May 2022")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:header")
    assert [_content(s) for s in found] == ["The closure of the crossing is a grave setback for the region.",
                                            "All parties must return to the table without delay."]


def test_said_colon_in_a_release_gives_every_paragraph_up_to_its_end_matter(analyzer):
    # a release: "X said:", the statement's paragraphs, then its sign-off and notes to editors
    text = ("The Minister for Development said:\n\n"
            "The floods have cut the main road to the camps.\n\n"
            "We will send engineers and fuel this week.\n\n"
            "London, 12 April 2023\n\nNotes to editors: the minister met the envoy on Monday.")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:header")
    assert [_content(s) for s in found] == ["The floods have cut the main road to the camps.",
                                            "We will send engineers and fuel this week."]
    assert all("Minister" in (_name(a, s) or "") for s in found)


def test_transcript_turns_named_like_towns_are_speakers(analyzer):
    # 'Matthews', 'Lopez' are towns of the gazetteer too; a name heading two turns is a speaker
    text = ("Matthews: Well, speculation is bad.\n\nLopez: Well, no one is like that, it is all things to all "
            "people.\n\nMatthews: Here is the irony of our time.\n\nLopez: The banks make money off money.")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:speaker-line")
    names = [_name(a, s) for s in found]
    assert names[:3] == ["Matthews", "Lopez", "Matthews"]
    assert all(s.speaker_text.text in ("Matthews", "Lopez") for s in found)


def test_headline_speaker_named_in_full_below(analyzer):
    # a town name heading the title line is the person the article names in full, not a dateline
    text = ("Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance to Win.\n\n"
            "On Thursday at a conference in Washington, Sen. Lindsey Graham criticized his rival again.\n\n"
            "Graham said the party would lose.")
    a = analyze_text(analyzer, text)
    found = _by_rule(a, "layout:speaker-line")
    assert found and "Lindsey Graham" in (_name(a, found[0]) or "")
    assert found[0].speaker_text.text == "Graham"


def test_a_town_dateline_named_once_is_still_no_speaker(analyzer):
    a = analyze_text(analyzer, "Graham: The army shelled the market on Monday, residents said.")
    assert not _by_rule(a, "layout:speaker-line")
