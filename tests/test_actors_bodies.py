"""Actors stage and speakers: ministries named by their portfolio ("the interior ministry") are named
organisations of the country the article is about, never an actor "ministry" (issue 11, kinds 3 and 4).

Every sentence here is invented for the test; none comes from a gold set or the founding example.
"""

from __future__ import annotations

import pytest

from conftest import analyze_text
from test_actors import at, table_of


@pytest.mark.parametrize("text, words, name, country", [
    # the portfolio belongs in the name; the one country the article is about owns the ministry
    ("Floods cut roads across Malawi on Monday. Malawi has asked for help. The interior ministry said "
     "nine people drowned.", "interior ministry", "Interior Ministry", "MWI"),
    ("Peru sent troops to the border. The defence ministry said the patrols would go on.",
     "defence ministry", "Defence Ministry", "PER"),
    ("Chile and Peru met in Lima. The foreign affairs ministry said the talks went well.",
     "foreign affairs ministry", "Foreign Affairs Ministry", None),  # two countries: whose is not said
    ("The health department said forty people fell ill.", "health department", "Health Department", None),
])
def test_portfolio_ministry_is_a_named_body(nlp, text, words, name, country):
    t = table_of(nlp, text)
    a = at(t, text, words)
    assert a is not None and a.name == name and a.kind == "organization" and a.country == country
    assert not any(x.name.lower() in ("ministry", "department") for x in t)


@pytest.mark.parametrize("text, first, later", [
    # a ministry named in full before: the later portfolio phrase is that ministry
    ("Malawi's Ministry of Interior closed the border. Later the interior ministry said the border would "
     "reopen.", "Ministry of Interior", "interior ministry"),
    ("The Kenyan interior ministry banned the march. The interior ministry said the ban would stay.",
     "Kenyan interior ministry", "interior ministry"),
])
def test_portfolio_phrase_joins_the_ministry_named_before(nlp, text, first, later):
    t = table_of(nlp, text)
    a, b = at(t, text, first), at(t, text, later, nth=1 if first.endswith(later) else 0)
    assert a is not None and a is b


@pytest.mark.parametrize("text, words, country", [
    ("Kenya's interior ministry banned the march.", "Kenya's interior ministry", "KEN"),
    ("The Kenyan interior ministry banned the march.", "Kenyan interior ministry", "KEN"),
])
def test_country_and_portfolio_ministry(nlp, text, words, country):
    t = table_of(nlp, text)
    a = at(t, text, words)
    assert a is not None and a.kind == "organization" and a.country == country


def test_named_portfolio_ministry_takes_the_article_country(nlp):
    text = "The Interior Ministry said forty people were arrested in Malawi. Malawi has deployed police."
    a = at(table_of(nlp, text), text, "Interior Ministry")
    assert a is not None and a.country == "MWI"


def test_portfolio_ministry_in_small_letters_is_written_as_a_name(nlp):
    text = "Peru sent troops to the border. Defence ministry spokesman Carlos Ruiz said the patrols would go on."
    a = at(table_of(nlp, text), text, "Defence ministry")
    assert a is not None and a.name == "Defence Ministry" and a.country == "PER"


def test_ministry_of_another_country_is_not_the_article_country(nlp):
    # "the foreign office" after the British Foreign Office is that office, not the country the article is about
    text = ("Iran said it would retaliate. Iran's leaders met in Tehran. The British Foreign Office said Iran "
            "must stop. The foreign office said talks would continue.")
    t = table_of(nlp, text)
    assert at(t, text, "foreign office") is at(t, text, "British Foreign Office")
    assert at(t, text, "British Foreign Office").country == "GBR"


def test_portfolio_speaker_is_the_ministry(analyzer):
    an = analyze_text(analyzer, "Peru sent troops to the border. The defence ministry said the patrols would go on.")
    st = next(s for s in an.statements if any("patrols" in c.text for c in s.content))
    speaker = next(a for a in an.actors if a.id == st.speaker)
    assert speaker.name == "Defence Ministry" and speaker.kind == "organization" and speaker.country == "PER"


def test_body_tagged_as_a_name_speaks_as_an_organisation(analyzer):
    # 'cabinet Office' is no portfolio ministry; tagged as a name it is still a body, never a person
    an = analyze_text(analyzer, "The cabinet Office said the minister was ill.")
    st = next(s for s in an.statements if any("ill" in c.text for c in s.content))
    speaker = next(a for a in an.actors if a.id == st.speaker)
    assert speaker.kind == "organization"


@pytest.mark.parametrize("text, content_word, name", [
    ("The regional council said the roads were closed.", "roads", "regional council"),
    ("The provincial health office said forty people fell ill.", "fell ill", "provincial health office"),
    ("The new council said the roads were closed.", "roads", "council"),  # 'new' picks one, names none
])
def test_body_speaker_keeps_its_adjectives(analyzer, text, content_word, name):
    an = analyze_text(analyzer, text)
    st = next(s for s in an.statements if any(content_word in c.text for c in s.content))
    speaker = next(a for a in an.actors if a.id == st.speaker)
    assert speaker.name == name


@pytest.mark.parametrize("text, model, whole", [
    # the model's name cut before its capitalised head, or before the words that start it
    ("Some members of the Aleppo Computer Society were arrested.", "Aleppo Computer", "Aleppo Computer Society"),
    ("The groups were Crescent Defenders Brigades and others.", "Defenders Brigades", "Crescent Defenders Brigades"),
    # a department's or ministry's portfolio after "of"
    ("Jones was named by the United States Department of the Treasury as a financier.",
     "United States Department", "United States Department of the Treasury"),
    ("The Ministry of Foreign Affairs summoned the envoy.", "Ministry", "Ministry of Foreign Affairs"),
])
def test_body_names_the_model_cuts(nlp, text, model, whole):
    from newsgraph.actors.mentions import Cand, joined_names

    doc = nlp(text)
    a = text.index(model)
    got = joined_names(doc, [Cand(a, a + len(model), "organization", "ner:ORG")])
    assert [text[c.start:c.end] for c in got] == [whole]


@pytest.mark.parametrize("text, model", [
    # a title's capitals before a body's name are no part of it; a sentence's first word neither
    ("Deputy Foreign Minister Ali Reza praised the Red Crescent Society on Monday.", "Red Crescent Society"),
    ("Police Defenders Brigades took the town.", "Defenders Brigades"),
])
def test_body_names_not_lengthened(nlp, text, model):
    from newsgraph.actors.mentions import Cand, joined_names

    doc = nlp(text)
    a = text.index(model)
    got = joined_names(doc, [Cand(a, a + len(model), "organization", "ner:ORG")])
    assert [text[c.start:c.end] for c in got] == [model]


@pytest.mark.parametrize("text, words", [
    # a name the model reads as a person that ends like a body's is one
    ("The alliance took in Tawhid al-Nasr Group and two smaller militias.", "Tawhid al-Nasr Group"),
])
def test_person_name_ending_like_a_body(nlp, text, words):
    a = at(table_of(nlp, text), text, words)
    assert a is not None and a.kind == "organization"


def test_names_joined_by_slashes_are_each_a_name(nlp):
    # a results table's alliance: the model reads the list as one organisation
    text = "The grouping of the Green Party of Ruritania / Farmers Party of Ruritania / Workers Union won seats."
    t = table_of(nlp, text)
    names = {a.name for a in t if a.kind == "organization"}
    assert {"Green Party of Ruritania", "Farmers Party of Ruritania", "Workers Union"} <= names
    assert not any("/" in a.name for a in t)



def test_portfolio_phrase_as_an_object_makes_no_new_body(nlp):
    # a new body only where it acts or speaks: as an object the words stay unresolved (never "ministry")
    text = "Peru sent troops to the border. Rebels shelled the interior ministry."
    t = table_of(nlp, text)
    assert not any(a.name.lower() in ("ministry", "interior ministry") for a in t)
