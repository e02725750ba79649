"""Statement speakers found wrong by reading unseen politics and conflict pages (issue 11, ninth
session, statements8 review): an unnamed person or group named with someone else's possessor,
compound, adjective or phrase ("Trump's advisers", "Indiana protesters", "a GOP operative") is not
that someone; a name's apposition ("X, a professor at Cornell") does not make Cornell the speaker;
a pronoun that goes back to an earlier pronoun speaker speaks as that one, and never for a name
among its own verb's objects (kind 6). Sentences invented."""

from __future__ import annotations

import pytest

from conftest import analyze_text
from conftest import speaker_name as _speaker_name, statements_with as _with


@pytest.mark.parametrize("text, content_word, not_speaker", [
    # a possessor person: his advisers are not him
    ("President Tom Reyes's advisers suggested that Valdoria resume buying grain. Reyes was not satisfied.",
     "resume buying grain", "Tom Reyes"),
    # a place in a compound: the protesters are not the place
    ("Thousands rallied in Kestria on Monday. Some Kestria protesters chanted, \"Fund our clinics.\"",
     "Fund our clinics", "Kestria"),
    # a party in a compound: one of its operatives is not the party
    ("The Valdoria Party lost the vote. \"Reyes ruined everything,\" said one Valdoria Party operative.",
     "ruined everything", "Valdoria Party"),
    ("Turnout was low in Kestria. Kestria voters said the tax was unfair.", "tax was unfair", "Kestria"),
])
def test_a_modifier_is_not_the_speaker_of_people_named_with_it(analyzer, text, content_word, not_speaker):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) != not_speaker


@pytest.mark.parametrize("text, content_word, group", [
    ("President Tom Reyes's advisers suggested that Valdoria resume buying grain.", "resume buying grain",
     "President Tom Reyes's advisers"),
    ("Turnout was low in Kestria. Kestria voters said the tax was unfair.", "tax was unfair", "Kestria voters"),
])
def test_people_named_with_a_modifier_are_a_group_of_their_own(analyzer, text, content_word, group):
    # not vague (no speaker): PolNeAR counts them with their source words, and a statement with no
    # speaker is dropped there (PolNeAR dev content F1 .675 -> .672 when they were left vague)
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) == group


def test_a_possessor_stays_in_the_name_of_whom_it_owns(analyzer):
    an = analyze_text(analyzer, "Tom Reyes spoke in Kestria on Monday. Reyes's lawyer said the charges were false.")
    found = _with(an, "charges were false")
    assert found and _speaker_name(an, found[0]) == "Reyes's lawyer"


def test_a_title_with_a_party_is_not_the_party(analyzer):
    an = analyze_text(analyzer, "Lena Varga founded the Valdoria Party in 1990. On Monday the Valdoria Party "
                                "founder said the party had lost its way.")
    found = _with(an, "lost its way")
    assert found and _speaker_name(an, found[0]) != "Valdoria Party"


def test_an_office_noun_still_speaks_for_its_state(analyzer):
    # not in data/own_voice_nouns.tsv: officials speak for the state their adjective names
    an = analyze_text(analyzer, "Valdoria closed the border. Valdorian officials said the talks would resume.")
    found = _with(an, "talks would resume")
    assert found and found[0].speaker is not None and "speaker:vague" not in found[0].adjustments


def test_a_name_whose_apposition_names_a_body_is_no_modifier_speaker(nlp):
    # the parse and entities the small model gives a name it reads as a person (set by hand: whether
    # it reads a given name so depends on the name)
    from spacy.tokens import Doc, Span

    from newsgraph.statements.speaker import named_by_modifier

    words = ["Eswar", "Prasad", ",", "a", "trade", "professor", "at", "Cornell", ",", "said", "so", "."]
    heads = [1, 9, 1, 5, 5, 1, 5, 6, 1, 9, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "compound", "appos", "prep", "pobj", "punct", "ROOT", "advmod",
            "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 8, label="ORG")]
    prasad, professor, cornell = doc[1], doc[5], doc[7]
    assert named_by_modifier(prasad, cornell)  # Cornell is where the professor works, not who speaks
    assert not named_by_modifier(prasad, prasad)
    assert not named_by_modifier(prasad, professor)  # the apposition itself is the same person


def test_a_pronoun_goes_back_to_an_earlier_pronoun_speaker(analyzer):
    text = ("Tom Reyes was the third witness who listened in on the call with President Lena Ortiz. He said he was "
            "not worried about the call, but he did worry there would be \"consequences\" if the notes leaked.")
    an = analyze_text(analyzer, text)
    found = _with(an, "consequences")
    assert found and _speaker_name(an, found[0]) == "Tom Reyes"


def test_a_pronoun_is_never_a_name_among_its_own_verbs_objects(analyzer):
    text = ("Republican counsel Mark Hale asked Tom Reyes about concerns within the council about Nadia Sel's "
            "judgment. He asked Reyes about concerns his predecessor, Lena Ortiz, might have had.")
    an = analyze_text(analyzer, text)
    found = _with(an, "his predecessor")
    assert found and _speaker_name(an, found[0]) == "Mark Hale"


def test_people_no_speaker_noun_lists_still_speak_when_their_modifier_is_dropped(analyzer):
    an = analyze_text(analyzer, "Kestria joined the union in 1995. Many Kestrian citizens say the crisis "
                                "highlighted sharp differences.")
    found = _with(an, "crisis highlighted")
    assert found and _speaker_name(an, found[0]) == "citizens"  # not the adjective's actor, nor nobody


@pytest.mark.parametrize("text, content_word, speaker", [
    ("Mara Quint founded the Right Women Fund, an organization that plans to play in \"primaries in rural "
     "districts\" next year.", "primaries in rural", "Right Women Fund"),
    ("\"It was a fair count,\" said Lena Ortiz, a lawyer who said the ballots were checked twice.",
     "checked twice", "Lena Ortiz"),
])
def test_a_relative_clause_on_an_apposition_speaks_for_the_name(analyzer, text, content_word, speaker):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) == speaker


def test_a_group_of_its_own_keeps_its_whole_name(analyzer):
    an = analyze_text(analyzer, "Reyes is the final decision-maker on any deal, White House advisers say.")
    found = _with(an, "final decision-maker")
    assert found and _speaker_name(an, found[0]) == "White House advisers"


def test_figures_from_a_body_are_numbers_not_people(analyzer):
    an = analyze_text(analyzer, "Figures from the European Centre for Disease Prevention and Control revealed a "
                                "surge of cases in Kestria.")
    found = _with(an, "surge of cases")
    assert found and _speaker_name(an, found[0]) == "European Centre for Disease Prevention and Control"


def test_it_never_takes_a_group_of_people_as_the_speaker_before(analyzer):
    # the groups this round names ("Mr. Reyes's aides") are people: 'it' three sentences on is not them
    text = ("Mr. Reyes's aides said he would campaign in the north until the primary. The polls there are close. "
            "A loss would be a sour end to the race. It could also encourage Mr. Reyes to stay in the race "
            "through the convention.")
    an = analyze_text(analyzer, text)
    found = _with(an, "stay in the race")
    assert found and _speaker_name(an, found[0]) != "Mr. Reyes's aides"


@pytest.mark.parametrize("text, content_word, body", [
    # members named with 'from' / 'of' an organisation act and speak as it (CAMEO and PLOVER code
    # 'Fatah activists' as Fatah); found by the PLOVER GSR tuning part after the own-voice rule
    ("Young activists from the Green Party staged rallies in the capital against the prime minister, "
     "saying he must resign.", "must resign", "Green Party"),
])
def test_members_of_an_organisation_speak_as_it(analyzer, text, content_word, body):
    an = analyze_text(analyzer, text)
    found = _with(an, content_word)
    assert found and _speaker_name(an, found[0]) == body
    protest = [e for e in an.events if e.type == "PROTEST"]
    assert protest and any(body in s.text for s in protest[0].source_text)


def test_people_from_a_place_are_still_not_the_place(analyzer):
    an = analyze_text(analyzer, "Angry protesters from Ohio staged rallies against the governor, saying he must resign.")
    found = _with(an, "must resign")
    assert found and _speaker_name(an, found[0]) != "Ohio"
