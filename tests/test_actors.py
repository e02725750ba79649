"""Actors stage: mentions, joining, roles, references, countries, dictionaries, bad input."""

from __future__ import annotations

import json
import re

import pytest

from newsgraph import actors
from newsgraph.errors import ConfigError
from newsgraph.model import Article


def table_of(nlp, text: str, dictionary=None, published=None):
    article = Article(text=text, published=published)
    table = actors.extract(nlp(actors.readable(text)), article, dictionary)
    for a in table:
        for m in a.mentions:
            assert text[m.span.start:m.span.end] == m.span.text
            assert m.rule
    return table


def actor_named(table, words: str):
    """The actor the first occurrence of `words` in the text is a mention of."""
    for a in table:
        for m in a.mentions:
            if m.span.text == words:
                return a
    return None


def at(table, text: str, words: str, nth: int = 0):
    """The actor at the nth whole-word occurrence of `words`."""
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text))[nth]
    return table.actor_at(found.start(), found.end())


# -- one actor per real entity ------------------------------------------------------------------

SAME = [
    ("Khalifa Haftar leads the army. Critics say Haftar wants power.", "Khalifa Haftar", "Haftar"),
    ("Khalifa Haftar leads the army. Critics say Hifter wants power.", "Khalifa Haftar", "Hifter"),
    ("Ahmed al-Mismari spoke on Monday. On Tuesday Al-Mesmari spoke again.", "Ahmed al-Mismari", "Al-Mesmari"),
    ("Recep Tayyip Erdoğan flew to Berlin. Later Erdogan met the press.", "Recep Tayyip Erdoğan", "Erdogan"),
    ("The Government of National Accord (GNA) rejected the plan. The GNA said it would fight.",
     "Government of National Accord", "GNA"),
    ("The Government of National Accord rejected the plan. Later the National Accord Government agreed.",
     "Government of National Accord", "National Accord Government"),
    ("Fighters of the Libyan National Army advanced. The Libyan army said it took the airport.",
     "Libyan National Army", "Libyan army"),
    ("Turkey sent troops to Libya. Ankara said the mission would last a year.", "Turkey", "Ankara"),
]


@pytest.mark.parametrize("text,first,second", SAME)
def test_mentions_join_one_actor(nlp, text, first, second):
    t = table_of(nlp, text)
    a, b = at(t, text, first), at(t, text, second, nth=-1)  # the last one: never inside the first name
    assert a is not None and b is not None
    assert a.id == b.id


DIFFERENT = [
    ("Hassan Rouhani met Saddam Hussein in 1990. Rouhani left early.", "Hassan Rouhani", "Saddam Hussein"),
    ("John Smith met Jane Smith in Paris.", "John Smith", "Jane Smith"),
    ("Israeli jets struck Damascus. Israel said it hit depots.", "Israel", "Damascus"),
]


@pytest.mark.parametrize("text,first,second", DIFFERENT)
def test_different_entities_stay_apart(nlp, text, first, second):
    t = table_of(nlp, text)
    a, b = at(t, text, first), at(t, text, second)
    assert a is not None and b is not None
    assert a.id != b.id


def test_titles_become_roles_not_names(nlp):
    text = "Presidents Recep Tayyip Erdogan and Vladimir Putin issued a joint statement."
    t = table_of(nlp, text)
    for name in ("Recep Tayyip Erdogan", "Vladimir Putin"):
        a = at(t, text, name)
        assert a is not None and a.kind == "person" and a.name == name
        assert "President" in a.roles


@pytest.mark.parametrize("text,name,role_part,country", [
    ("On Monday, the Libyan National Army spokesperson, Major General Ahmed Al-Mismari, spoke.",
     "Ahmed Al-Mismari", "spokesperson", "LBY"),
    ("They called the Prime Minister of the Libyan Government of National Accord, Fayez Sarraj, to talks.",
     "Fayez Sarraj", "Prime Minister", "LBY"),
    ("Angela Merkel, the German chancellor, arrived in Paris.", "Angela Merkel", "chancellor", "DEU"),
    ("Hassan Mansour is a Libyan freelance journalist.", "Hassan Mansour", "journalist", "LBY"),
])
def test_roles_from_appositions_give_role_and_country(nlp, text, name, role_part, country):
    a = at(table_of(nlp, text), text, name)
    assert a is not None
    assert any(role_part in r for r in a.roles), a.roles
    assert a.country == country


@pytest.mark.parametrize("text,name,role,country", [
    ("Turkish President Recep Tayyip Erdogan flew in.", "Recep Tayyip Erdogan", "Turkish President", "TUR"),
    ("U.S. President Donald Trump spoke.", "Donald Trump", "U.S. President", "USA"),
    ("Russia's President Vladimir Putin spoke.", "Vladimir Putin", "Russia's President", "RUS"),
    ("The United Nations envoy for Yemen, Hans Grundberg, met delegations.", "Hans Grundberg",
     "United Nations envoy for Yemen", None),  # an envoy *for* a country is not of it
])
def test_national_titles(nlp, text, name, role, country):
    a = at(table_of(nlp, text), text, name)
    assert a is not None and a.name == name and role in a.roles and a.country == country


def test_name_inside_a_name_is_no_title(nlp):
    text = "Martin Luther King Jr. spoke in Washington."
    a = at(table_of(nlp, text), text, "Martin Luther King Jr.")
    assert a is not None and a.name == "Martin Luther King Jr." and a.roles == []


def test_plural_name_joins_its_movement(nlp):
    text = ("Envoys met the Houthi movement in Geneva. Officials accused the Houthis of shelling Taiz. "
            "The Houthis denied it.")
    t = table_of(nlp, text)
    first, last = at(t, text, "Houthi"), at(t, text, "Houthis", nth=-1)
    assert first is not None and last is not None and first.id == last.id and first.kind != "person"


# -- references -----------------------------------------------------------------------------------

def test_role_nouns_and_pronouns_resolve_to_the_person(nlp):
    text = ("The army spokesperson, Major General Ahmed Al-Mismari, released a statement. His speech was long. "
            "It should be noted that the General did not mention Recep Erdogan during his speech. "
            "Later, he said the war would go on. The hostility of the spokesperson is clear.")
    t = table_of(nlp, text)
    person = at(t, text, "Ahmed Al-Mismari")
    for words, nth in (("His", 0), ("the General", 0), ("his", 0), ("he", 0), ("the spokesperson", 0)):
        found = at(t, text, words, nth)
        assert found is not None and found.id == person.id, words
    rules = {m.span.text: m.rule for m in person.mentions}
    assert rules["the General"] == "coref:role" and rules["he"] == "coref:pronoun"
    assert at(t, text, "Recep Erdogan").id != person.id


@pytest.mark.parametrize("text,pronoun,antecedent", [
    ("The Libyan National Army said on Monday that it would advance.", "it", "Libyan National Army"),
    ("Turkey has been deploying its forces in Libya.", "its", "Turkey"),
    ("The Syrian Democratic Forces said they took the dam.", "they", "Syrian Democratic Forces"),
    ("It should be noted that Turkey sent arms.", "It", None),
    ("Turkey sent arms. It is known that the deal was secret.", "It", None),
    ("Turkey said the government is weak because it lacks money.", "it", None),
])
def test_it_its_they_resolve_only_to_an_acting_organisation(nlp, text, pronoun, antecedent):
    t = table_of(nlp, text)
    found = at(t, text, pronoun)
    if antecedent is None:
        assert found is None
    else:
        assert found is not None and found.id == at(t, text, antecedent).id


@pytest.mark.parametrize("text,pronoun,antecedent", [
    ("Donald Trump spoke first. Pamela Padilla answered the question. He said the plan was wrong.", "He",
     "Donald Trump"),
    ("Bernie Sanders spoke first. Hillary Clinton answered. She said the plan was wrong.", "She", "Hillary Clinton"),
    ("Mrs. Padilla spoke first. Mr. Lopez answered. She said the plan was wrong.", "She", "Mrs. Padilla"),
])
def test_pronouns_respect_a_known_gender(nlp, text, pronoun, antecedent):
    t = table_of(nlp, text)
    found = at(t, text, pronoun)
    assert found is not None and found.id == at(t, text, antecedent).id


def test_surname_tagged_as_organisation_joins_the_person(nlp):
    text = "Sanders said Trump was wrong. Later Mr. Trump answered him on television."
    t = table_of(nlp, text)
    assert at(t, text, "Trump").id == at(t, text, "Mr. Trump").id


def test_pronoun_without_antecedent_stays_unresolved(nlp):
    text = "He said the talks had failed."
    assert at(table_of(nlp, text), text, "He") is None


def test_national_role_reference_gives_country(nlp):
    text = "President Vladimir Putin met Chancellor Olaf Scholz. Officials welcomed the Russian President's proposal."
    t = table_of(nlp, text)
    putin = at(t, text, "Vladimir Putin")
    found = at(t, text, "Russian President")
    assert found is not None and found.id == putin.id and putin.country == "RUS"


@pytest.mark.parametrize("text,words,kind,country,rule", [
    ("Ankara repeatedly supplied arms to the government.", "Ankara", "country", "TUR", "capital"),
    ("Protesters gathered in Ankara on Sunday.", "Ankara", "location", "TUR", "ner:GPE"),
    ("Moscow's decision angered the allies.", "Moscow", "country", "RUS", "capital"),
    ("Israeli jets struck the port overnight.", "Israeli", "country", "ISR", "demonym"),
    ("The Turkish parliament approved sending troops.", "Turkish parliament", "organization", "TUR", None),
    ("Documents from the Turkish military company SSTEK were leaked.", "SSTEK", "organization", "TUR", None),
])
def test_capitals_demonyms_and_national_bodies(nlp, text, words, kind, country, rule):
    t = table_of(nlp, text)
    a = at(t, text, words)
    assert a is not None and a.kind == kind and a.country == country
    if rule:
        assert any(m.rule == rule for m in a.mentions if m.span.text == words)


def test_countries_helper(nlp):
    text = "Turkey sent troops. The Turkish parliament approved it, and Ankara said so."
    t = table_of(nlp, text)
    assert t.country_actor("TUR") is not None and t.country_actor("TUR").kind == "country"
    assert {a.kind for a in t.countries()["TUR"]} == {"country", "organization"}
    assert t.country_actor("FRA") is None


# -- headline and byline lines ----------------------------------------------------------------------

def test_byline_names_do_not_become_actors(nlp):
    text = "By John Carter\n\nThe minister Ahmed Salem said the talks in Cairo had failed."
    t = table_of(nlp, text)
    assert all("Carter" not in m.span.text for a in t for m in a.mentions)
    assert at(t, text, "Ahmed Salem") is not None


def test_headline_line_keeps_only_what_the_body_names(nlp):
    text = ("The War in Libya: The Cease-Fire Initiative of Erdogan and Putin\n"
            "Presidents Recep Tayyip Erdogan and Vladimir Putin issued a statement. The talks went on for many "
            "hours and the two leaders agreed to meet again next month, officials said after the meeting ended "
            "late at night in the Turkish capital.")
    t = table_of(nlp, text)
    assert all("Initiative" not in m.span.text for a in t for m in a.mentions)
    assert at(t, text, "Erdogan").id == at(t, text, "Recep Tayyip Erdogan").id
    assert at(t, text, "Libya") is not None


def test_seats_of_power_stand_for_their_country(nlp):
    text = "The Kremlin said the White House had lied."
    t = table_of(nlp, text)
    assert at(t, text, "Kremlin").country == "RUS" and at(t, text, "White House").country == "USA"
    assert at(t, text, "Kremlin").kind == "organization"


def test_a_sentence_starting_with_by_is_no_byline(nlp):
    text = "By the two Acts, the Kingdom of England and the Kingdom of Scotland were united."
    assert at(table_of(nlp, text), text, "Kingdom of England") is not None


def test_an_entity_never_runs_across_lines(nlp):
    text = "Talks collapse in Geneva\nJohn Kerry said the talks had collapsed."
    for a in table_of(nlp, text):
        assert all("\n" not in m.span.text for m in a.mentions)


# -- user dictionaries ---------------------------------------------------------------------------

DICT = """
actors:
  - name: Khalifa Belqasim Haftar
    aliases: [Haftar, Hifter]
    kind: person
    country: LBY
    roles: [commander of the Libyan National Army]
  - name: Wagner Group
    aliases: [the Wagner outfit]
    kind: organization
    country: RU
  - name: Old Office
    aliases: [Blue House]
    kind: organization
    country: KOR
    valid_until: 2019-12-31
"""


@pytest.fixture()
def user_dictionary(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(DICT, encoding="utf-8")
    return actors.load_dictionary(path)


def test_dictionary_overrides_and_adds(nlp, user_dictionary):
    text = "Hifter met envoys on Monday, while the Wagner outfit sent fighters. The Blue House said nothing."
    t = table_of(nlp, text, user_dictionary, published=__import__("datetime").date(2020, 1, 13))
    h = at(t, text, "Hifter")
    assert h is not None and h.name == "Khalifa Belqasim Haftar" and h.country == "LBY" and h.kind == "person"
    assert "commander of the Libyan National Army" in h.roles and h.rule == "dictionary"
    w = at(t, text, "the Wagner outfit")
    assert w is not None and w.name == "Wagner Group" and w.country == "RUS"
    blue = at(t, text, "Blue House")
    assert blue is None or blue.name != "Old Office"  # the entry is out of date for this article


def test_no_dictionary_file_means_none():
    assert actors.load_dictionary(None) is None


@pytest.mark.parametrize("content,code", [
    ("actors: {name: x}", "A001"),
    ("- aliases: [x]", "A005"),
    ("- {name: X, kind: planet}", "A006"),
    ("- {name: X, country: Atlantis}", "A003"),
    ("- {name: X, valid_from: yesterday}", "A002"),
    ("- [unclosed", "A008"),
])
def test_bad_dictionaries_say_what_to_fix(tmp_path, content, code):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=code):
        actors.load_dictionary(path)


def test_missing_dictionary_file(tmp_path):
    with pytest.raises(ConfigError, match="A007"):
        actors.load_dictionary(tmp_path / "nope.yaml")


# -- bad input ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "the the the . , ; he his its they",
    "It rained all day and nobody came to the meeting.",
    "Владимир Путин встретился с Эрдоганом в Москве. 习近平 said he met أردوغان in Ankara.",
    "Mr " + " ".join(["Abcdefghijklmnop"] * 60) + " said he would go.",
    "Mr " + "A" * 5000 + " said he would go.",
])
def test_bad_input_gives_sensible_output(nlp, text):
    t = table_of(nlp, text)
    for a in t:
        assert a.name and a.kind in ("person", "organization", "country", "location", "facility", "group")
        assert all(m.span.end - m.span.start <= 200 for m in a.mentions)


def test_text_without_entities_has_no_actors(nlp):
    assert len(table_of(nlp, "It rained all day and nobody came to the meeting.")) == 0


def test_all_capitals_text_is_read(nlp):
    text = "THE PRESIDENT OF TURKEY, RECEP TAYYIP ERDOGAN, SAID HIS TROOPS WOULD GO TO LIBYA."
    t = table_of(nlp, text)
    a = at(t, text, "RECEP TAYYIP ERDOGAN")
    assert a is not None and a.kind == "person" and a.name == "Recep Tayyip Erdogan"
    assert at(t, text, "LIBYA") is not None and at(t, text, "LIBYA").country == "LBY"


# -- the founding example -------------------------------------------------------------------------

def test_seed_actors_section(nlp, shared):
    from evaluation import load_shared_script
    from newsgraph.ingest import read_inputs

    seed = shared / "eval/seed"
    article = next(a for a in read_inputs([str(seed / "ceasefire-initiative.md")]) if isinstance(a, Article))
    table = actors.extract(nlp(article.text), article, None)
    scorer = load_shared_script(shared, "score_analysis.py").Scorer(
        json.loads((seed / "gold.json").read_text(encoding="utf-8")), {"actors": [a.to_json() for a in table]})
    assert scorer.actors_section() >= 0.95


# -- held-out check (tests/data/heldout): general rules found there ----------------------------

HELDOUT_SAME = [
    # one sense per article: a capital that stood for its government is that country everywhere
    ("Moscow offered to scale down operations. Kyiv refused to join talks against Moscow.", "Moscow", "Moscow"),
    ("The deal was brokered by Washington and Riyadh. Blinken spoke in Washington on Monday.",
     "Washington", "Washington"),
    # a conjunct of a governing capital governs too
    ("The deal was brokered by Washington and Riyadh. Saudi Arabia hosted the talks.", "Riyadh", "Saudi Arabia"),
    # "the Ethiopian government" is Ethiopia acting
    ("The Ethiopian government signed the deal. Ethiopia said aid would resume.", "Ethiopian government", "Ethiopia"),
    # "X, known as Y"
    ("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would comply. Hemedti spoke later.",
     "Mohamed Hamdan Dagalo", "Hemedti"),
    # an acronym in brackets after a name the model took for a person
    ("The Tigray People's Liberation Front (TPLF) signed an agreement. The TPLF said it would disarm.",
     "Tigray People's Liberation Front", "TPLF"),
    # a first name alone, where it is the only person with that first name
    ("Prime Minister Abiy Ahmed led the talks in Pretoria on Monday. Abiy later welcomed the accord.",
     "Abiy Ahmed", "Abiy"),
    # a national title nobody holds is the last untitled person named
    ("Boris Johnson arrived in Kyiv on Saturday. The British prime minister promised more weapons.",
     "Boris Johnson", "British prime minister"),
]


@pytest.mark.parametrize("text,first,second", HELDOUT_SAME)
def test_heldout_rules_join_one_actor(nlp, text, first, second):
    t = table_of(nlp, text)
    a, b = at(t, text, first), at(t, text, second, nth=-1)
    assert a is not None and b is not None
    assert a.id == b.id


HELDOUT_DIFFERENT = [
    # a capital never used for its government stays a place ("liberate Tripoli")
    ("Libya is at war. The army will liberate Tripoli from the militias.", "Libya", "Tripoli"),
    # "called" is not "known as"
    ("Hassan Rouhani met Saddam Hussein. Rouhani called Hussein a friend.", "Hassan Rouhani", "Saddam Hussein"),
    # two people share the first name: the first name alone is nobody's
    ("Vladimir Putin met Vladimir Medinsky. Vladimir spoke first.", "Vladimir Putin", "Vladimir Medinsky"),
]


@pytest.mark.parametrize("text,first,second", HELDOUT_DIFFERENT)
def test_heldout_rules_keep_entities_apart(nlp, text, first, second):
    t = table_of(nlp, text)
    a, b = at(t, text, first), at(t, text, second, nth=-1)
    assert a is not None and b is not None
    assert a.id != b.id


@pytest.mark.parametrize("text,name,role_part,country", [
    ("U.S. Secretary of State Antony Blinken urged both sides to stop.", "Antony Blinken", "Secretary of State", "USA"),
    ("Kenya's former president Uhuru Kenyatta urged both parties to implement the deal.", "Uhuru Kenyatta",
     "president", "KEN"),
    ("The Ukrainian negotiator, David Arakhamia, presented proposals.", "David Arakhamia", "negotiator", "UKR"),
    ("The United Nations envoy for Sudan, Volker Perthes, said convoys were ready.", "Volker Perthes", "envoy", None),
])
def test_titles_and_appositions_around_names(nlp, text, name, role_part, country):
    t = table_of(nlp, text)
    a = at(t, text, name)
    assert a is not None and a.kind == "person"
    assert any(role_part.lower() in r.lower() for r in a.roles), a.roles
    assert a.country == country


def test_name_ending_like_a_body_is_an_organisation(nlp):
    text = "The government and the Tigray People's Liberation Front signed an agreement on Wednesday."
    a = at(table_of(nlp, text), text, "Tigray People's Liberation Front")
    assert a is not None and a.kind == "organization"


def test_possessive_role_takes_the_organisations_country(nlp):
    text = ("The Sudanese Communist Party rejected the plan. Its spokesman, Fathi al-Fadl, said the talks "
            "ignored civilian groups.")
    a = at(table_of(nlp, text), text, "Fathi al-Fadl")
    assert a is not None and a.country == "SDN", (a.roles if a else None)


def test_clitics_never_become_actors(analyzer):
    """Regression: with curly apostrophes the small model tags "’s" or "n’t" as an entity on its own."""
    from conftest import analyze_text

    text = ("Before we learn today how to grow a lemon tree from seed, however, let’s discuss a few important "
            "things you should know!\n\nIt can take a few years for an indoor lemon tree to bloom and produce fruit, "
            "but it’s worth the wait. Their shiny leaves and rapid growth are mesmerizing, and they don’t need much.")
    analysis = analyze_text(analyzer, text)
    names = [a.name for a in analysis.actors]
    assert all(n.strip() and not n.startswith(("’", "'")) and n.lower() not in ("n’t", "’s") for n in names), names


@pytest.mark.parametrize("text, reference, name", [
    ("The Houthi movement rejected the plan on Monday. The movement said it would fight on.", "The movement", "Houthi"),
    ("The Libyan National Army attacked Tripoli. The army said it had taken the airport.", "The army", "Libyan National Army"),
    ("Hamas fighters attacked the base. The group later claimed the attack.", "The group", "Hamas"),
])
def test_definite_organisation_noun_joins_the_organisation(analyzer, text, reference, name):
    from conftest import analyze_text

    analysis = analyze_text(analyzer, text)
    start = text.index(reference)
    owner = [a for a in analysis.actors if any(m.span.start == start and m.rule == "coref:org_noun" for m in a.mentions)]
    assert [a.name for a in owner] == [name]


@pytest.mark.parametrize("text", [
    "The group of protesters met Hamas outside the ministry.",  # a description, not a reference
    "Hamas and the Islamic Jihad movement met. The movement of goods stopped.",
    "Hamas met Fatah in Cairo. The group said talks would resume.",  # two organisations: unsure, no link
])
def test_definite_organisation_noun_left_alone_when_unsure(analyzer, text):
    from conftest import analyze_text

    analysis = analyze_text(analyzer, text)
    assert not [m for a in analysis.actors for m in a.mentions if m.rule == "coref:org_noun"]
