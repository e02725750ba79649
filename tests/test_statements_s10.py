"""Pronoun speakers, tenth issue 11 session (statements9; unseen-page review, issue 11 kind 6): a person
the article calls 'he' is no candidate for 'she'; 'they' after a subject that joins a name and a group
('Governor X and leaders of the Senate') speak as the name; a pronoun owner ('His office said') goes to
the nearest person it fits, as a pronoun speaker does. All sentences invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text, speaker_name, statements_with


def _speaker_of(analyzer, text: str, content_word: str) -> str | None:
    a = analyze_text(analyzer, text)
    found = statements_with(a, content_word)
    assert found, [c.text for s in a.statements for c in s.content]
    return speaker_name(a, found[0])


@pytest.mark.parametrize("text,word,who", [
    # the nearer name (Reyes) is a man by the pronouns the article gives him, though his name does not say
    ("Tom Reyes said on Friday that he will fight the inquiry. His allies say he has done nothing wrong. "
     "Mara Quint wants to end the inquiry as soon as possible, before the hearings resume and before "
     "Reyes's ratings get into the high forties. But mostly she wants to get the chairman off the national stage.",
     "chairman off", "Mara Quint"),
    ("Ivo Brandt told the court that he had never met the buyers, and he repeated it in an interview. "
     "Lina Okafor has asked for a recount, even though Brandt's lead is now 900 votes. "
     "She said the count in two districts was flawed.", "two districts", "Lina Okafor"),
])
def test_she_skips_a_man_the_article_calls_he(analyzer, text, word, who):
    assert _speaker_of(analyzer, text, word) == who


@pytest.mark.parametrize("text,word,who", [
    ("Farmers rallied at the capitol on Monday. State Police reported that 4,000 people came. "
     "Governor Tom Reyes and leaders of the Senate have avoided criticism of the farmers. "
     "However, they said they do not expect to raise subsidies this year.", "subsidies", "Tom Reyes"),
    ("The harbour union reported that 300 boats stayed in port. Mayor Ana Duarte and her deputies "
     "met the fishermen on Tuesday. They said the quay would be repaired by spring.", "quay", "Ana Duarte"),
])
def test_they_after_a_name_joined_to_a_group(analyzer, text, word, who):
    assert _speaker_of(analyzer, text, word) == who


def test_they_still_not_one_person(analyzer):
    # a name alone is not who 'they' are: the body named before speaks
    text = ("The harbour union reported that 300 boats stayed in port. Mayor Ana Duarte met the fishermen "
            "on Tuesday. They said the quay would be repaired by spring.")
    assert _speaker_of(analyzer, text, "quay") != "Ana Duarte"


@pytest.mark.parametrize("text,word,who", [
    ("Speaker Mark Dunn addressed the crowd of farmers for an hour on Monday. Farmers did not see "
     "Governor Tom Reyes at the capitol. His office said he was travelling to a conference in Denver.",
     "Denver", "Tom Reyes"),
])
def test_pronoun_owner_goes_to_the_nearest_person(analyzer, text, word, who):
    assert _speaker_of(analyzer, text, word) == who


@pytest.mark.parametrize("text,first,word", [
    # 'the statement said' after 'X said in a statement': X's statement
    ("Three soldiers were wounded near the border, the Interior Ministry of Valdora said in a statement on "
     "Friday. \"The cause of the blast is being investigated,\" the statement said.", "soldiers", "blast"),
    # 'the letter says' after the doctors wrote in the letter
    ("The doctors said they had offered the vaccines for free. \"Every winter we see children fall ill,\" "
     "the doctors wrote in the letter. \"We ask you to act now,\" the letter says.", "vaccines", "act now"),
])
def test_document_speaks_for_its_issuer(analyzer, text, first, word):
    a = analyze_text(analyzer, text)
    issuer = speaker_name(a, statements_with(a, first)[0])
    st = statements_with(a, word)[0]
    assert issuer is not None and speaker_name(a, st) == issuer
    assert not any(x.name.lower() in ("statement", "letter") for x in a.actors)


def test_according_to_a_statement_of_his_words(analyzer):
    text = ("Governor Tom Reyes toured the flooded valley on Tuesday. \"This is a sad day for every family "
            "here,\" he told farmers, according to a statement.")
    assert _speaker_of(analyzer, text, "sad day") == "Tom Reyes"


def test_owned_document_keeps_its_owner(analyzer):
    # a statement by someone named is that one's, not the speaker's before
    text = ("Tom Reyes said in a statement that the bridge would reopen. A statement from the union of "
            "dockers said the strike would go on.")
    assert _speaker_of(analyzer, text, "strike") != "Tom Reyes"


def test_they_through_an_earlier_they(analyzer):
    # the 'They' between goes back to the joined subject too, whatever coreference tied it to
    text = ("Farmers rallied at the capitol on Monday. State Police reported that 4,000 people came. "
            "Governor Tom Reyes and leaders of the Senate have avoided criticism of the farmers. They seem "
            "intent on calming the crowd. However, they said they do not expect to raise subsidies this year.")
    assert _speaker_of(analyzer, text, "subsidies") == "Tom Reyes"
