"""Actors stage: what a model entity must look like to be a name (mentions.clean_name).

Every sentence here is invented for the test; none comes from a gold set or the founding example.
"""

from __future__ import annotations

import pytest

from newsgraph.actors.mentions import clean_name

from test_actors import actor_named, at, table_of


def _clean(text: str, label: str):
    got = clean_name(text, 0, len(text), label)
    return None if got is None else text[got[0]:got[1]]


@pytest.mark.parametrize("text,label", [
    ("jane.doe.mp@parliament.uk", "GPE"),       # a mail address
    ("pic.twitter.com/4p7SXk7JPW", "PERSON"),    # a link
    ("https://example.org/a-page", "PERSON"),
    ("my_plot + theme(axis =", "PERSON"),        # code
    ("marijuana legalization", "PERSON"),        # no capital at all: no name
    ("lorry", "PERSON"),
    ("al", "ORG"),                               # "et al." cut by the model
    ("Smith et al", "ORG"),                      # a paper's authors
    ("Wolff JA", "PERSON"),                      # an author as a paper's references write one
    ("kid2", "PERSON"),
    ("layoutManager", "ORG"),                    # an identifier of code in camel case
    ("andPetrov KV", "PERSON"),                  # a list's "and" glued to a cited author
])
def test_no_name(text, label):
    assert _clean(text, label) is None


@pytest.mark.parametrize("text,label,name", [
    ("\u2022 Embiid", "PERSON", "Embiid"),                 # a list's bullet
    ("| Greg Clark", "PERSON", "Greg Clark"),
    ("rang Taylor", "PERSON", "Taylor"),                   # a verb glued before the name
    ("andMaria Lopez", "PERSON", "Maria Lopez"),           # a list's "and" glued to the name
    ("easyJet", "ORG", "easyJet"),                         # a short word in small letters first: a brand
    ("state Department of Public Safety", "ORG", "Department of Public Safety"),
    ("Bashar al-Assad,[1", "PERSON", "Bashar al-Assad"),   # a footnote mark
    ("commerce ministry", "ORG", "commerce ministry"),     # an institution's noun ("China's commerce ministry")
    ("de Klerk", "PERSON", "de Klerk"),                    # a surname particle stays
    ("al-Assad", "PERSON", "al-Assad"),
    ("Charles Keating IV", "PERSON", "Charles Keating IV"),
    ("507th Maintenance Group", "ORG", "507th Maintenance Group"),
    ("iPhone", "ORG", "iPhone"),
    ("syrian", "NORP", "syrian"),
])
def test_name_kept(text, label, name):
    assert _clean(text, label) == name


def test_address_and_bullet_in_an_article(nlp):
    text = ("Write to the minister at jane.doe.mp@parliament.uk with your views.\n"
            "\u2022 Embiid scored 30 points on Friday.")
    t = table_of(nlp, text)
    assert not any("@" in a.name for a in t)
    a = actor_named(t, "Embiid")
    assert a is not None and a.kind == "person" and a.name == "Embiid"


def test_lower_case_phrase_is_no_actor(nlp):
    text = "Critics say marijuana legalization has changed the town. The lorry crash closed the road."
    t = table_of(nlp, text)
    assert not any(a.name.islower() and a.name in ("marijuana legalization", "lorry") for a in t)


def test_cited_authors_are_no_actors(nlp):
    text = "The study was led by Wolff JA and Weinberger DM in 2014. Smith et al. found that the vaccine worked."
    t = table_of(nlp, text)
    assert not any(a.name in ("Wolff JA", "Weinberger DM", "Smith et al") for a in t)


def test_state_before_a_department_is_no_part_of_its_name(nlp):
    text = "Officials at the state Department of Public Safety said the road was closed."
    a = actor_named(table_of(nlp, text), "Department of Public Safety")
    assert a is not None and a.kind == "organization"


# -- social networks and technology companies (data/actors/platforms.tsv)

def test_platforms_are_organisations_not_people_or_towns(nlp):
    text = ("Twitter suspended the account on Friday. Pictures of the flood were shared widely on Weibo, "
            "and the minister wrote on Twitter that the talks had failed.")
    t = table_of(nlp, text)
    tw, wb = actor_named(t, "Twitter"), actor_named(t, "Weibo")
    assert tw is not None and tw.kind == "organization" and tw.country == "USA"
    assert wb is not None and wb.kind == "organization" and wb.country == "CHN"
    assert len([a for a in t if a.name == "Twitter"]) == 1


# -- a title read leftwards from a name (roles._left_phrase)

@pytest.mark.parametrize("text,name,role", [
    ("The union responded this week to threats by the education secretary, Gavin Hale, over pay.",
     "Gavin Hale", "education secretary"),
    ("The talks were led by the deputy foreign minister, Sara Nuri, on Monday.", "Sara Nuri", "deputy foreign minister"),
    ("The party fell just short of victory \u2014 their nominee for governor, Jim Rowe, lost by 2,000 votes.",
     "Jim Rowe", "their nominee for governor"),
])
def test_title_before_a_name_starts_at_its_own_phrase(nlp, text, name, role):
    a = actor_named(table_of(nlp, text), name)
    assert a is not None and a.roles == [role]


# -- leaders' countries (data/actors/leaders.tsv)

def test_a_listed_leader_named_without_a_country_gets_it(nlp):
    text = "President Putin said on Monday that the talks had failed, and Erdogan agreed."
    t = table_of(nlp, text)
    assert actor_named(t, "Erdogan").country == "TUR"
    a = next(a for a in t if a.name == "Putin")
    assert a.kind == "person" and a.country == "RUS"


def test_the_text_names_the_country_before_the_list(nlp):
    # an invented namesake: the text's national title wins over the list
    text = "Boris Johnson, a Kenyan diplomat, said the court had ruled."
    assert actor_named(table_of(nlp, text), "Boris Johnson").country == "KEN"


def test_unlisted_person_gets_no_country(nlp):
    text = "Tom Baker said on Monday that the talks had failed."
    assert actor_named(table_of(nlp, text), "Tom Baker").country is None


def test_leaders_table_names_countries():
    from newsgraph.actors import lexicon

    table = lexicon.leaders()
    assert table["vladimir putin"] == "RUS" and table["erdogan"] == "TUR"
    assert all(len(c) == 3 and c.isupper() for c in table.values())


# -- members of the US Congress (stage._us_legislators)

@pytest.mark.parametrize("text,name", [
    ("Sen. Tom Baker, R-Texas, said the vote was a mistake.", "Tom Baker"),
    ("Rep. Anna Berg (D-N.Y.), the ranking member, agreed.", "Anna Berg"),
    ("The vote was close. Democratic Rep. Mark Diaz said the bill would pass.", "Mark Diaz"),
    ("Congresswoman Sara Nuri said the bill would pass.", "Sara Nuri"),
])
def test_us_legislator_is_american(nlp, text, name):
    a = next(a for a in table_of(nlp, text) if a.name == name)
    assert a.country == "USA"


def test_longer_party_name_before_a_title_gives_no_country(nlp):
    text = "Liberal Democratic Senator Taro Sato said the bill would pass."
    a = next(a for a in table_of(nlp, text) if a.name == "Taro Sato")
    assert a.country is None


# -- a company's name with and without its legal form (cluster._without_legal)

def test_company_with_and_without_legal_form_is_one_actor(nlp):
    text = "Orbis Holdings Ltd said on Monday it would sell the stake. Orbis bought it in 2017."
    t = table_of(nlp, text)
    assert at(t, text, "Orbis") is at(t, text, "Orbis Holdings Ltd")
    assert len([a for a in t if a.kind == "organization"]) == 1


def test_company_name_read_as_a_person_joins_the_company(nlp):
    text = "Kestrel Corp. denied the report on Tuesday. Kestrel said its drones were never sold to the army."
    t = table_of(nlp, text)
    a = at(t, text, "Kestrel", 1)
    assert a is not None and a is at(t, text, "Kestrel Corp") and a.kind == "organization"


def test_legal_words_alone_do_not_join_names():
    from newsgraph.actors.cluster import _without_legal

    assert _without_legal(["amnesty", "international"]) == ["amnesty", "international"]
    assert _without_legal(["crisis", "group"]) == ["crisis", "group"]
    assert _without_legal(["softbank", "group", "corp"]) == ["softbank"]


# -- military ranks and their abbreviations (data/actors/roles.tsv, title_words.tsv)

@pytest.mark.parametrize("text,name,role", [
    ("Navy Cmdr. Sean Doyle said the talks failed.", "Sean Doyle", "Cmdr."),
    ("Staff Sgt. Ana Ruiz was wounded on Monday.", "Ana Ruiz", "Staff Sgt."),
    ("Air Marshal Tom Baker visited the base.", "Tom Baker", "Air Marshal"),
])
def test_rank_before_a_name_is_a_role(nlp, text, name, role):
    t = table_of(nlp, text)
    a = next((a for a in t if a.name == name), None)
    assert a is not None and a.kind == "person" and role in a.roles
    assert not any(a.name in ("Navy Cmdr", "Cmdr", "Air Marshal") for a in t)


# -- places by the word that ends their name (data/actors/place_heads.tsv), and their other names

def test_camp_and_its_other_name_are_one_place(nlp):
    text = "The Zaatar camp, also known as the Berm, is near the border. Aid reached the Berm on Monday."
    t = table_of(nlp, text)
    a = at(t, text, "Zaatar")
    assert a is not None and a.kind == "location"
    assert at(t, text, "Berm") is a and at(t, text, "Berm", 1) is a


@pytest.mark.parametrize("name,kind", [("al-Qasr zone", "location"), ("Zaatar camp", "location"),
                                       ("Tanaf base", "facility"), ("Tigray region", "location")])
def test_place_words_after_a_name(name, kind):
    from newsgraph.actors import lexicon

    assert lexicon.place_kind(name) == kind


def test_place_word_after_of_does_not_make_a_place():
    from newsgraph.actors import lexicon

    assert lexicon.place_kind("University of the Gold Coast") is None
    assert lexicon.place_kind("Sea of Galilee") == "location"


# -- a person's surname read as a place (cluster._join_surnames_read_as_places)

def test_surname_read_as_a_place_joins_the_person(nlp):
    text = "Ambassador Karl Brandt testified on Wednesday. The testimony from Brandt was damaging to the White House."
    t = table_of(nlp, text)
    a = at(t, text, "Brandt", 1)
    assert a is not None and a is at(t, text, "Karl Brandt") and a.kind == "person"


def test_known_town_is_not_taken_for_a_surname(nlp):
    text = "The minister Anna Berg met officials in Damascus. Later she flew from Damascus to Paris."
    t = table_of(nlp, text)
    assert at(t, text, "Damascus") is not at(t, text, "Anna Berg")


# -- two titled people joined by "and" (mentions.from_titles)

def test_and_before_a_second_title_ends_the_first_title(nlp):
    text = ("The call was arranged by U.S. Ambassador to the European Union Karl Brandt and Energy Secretary "
            "Tom Baker, the witness said.")
    t = table_of(nlp, text)
    kb = next(a for a in t if a.name == "Karl Brandt")
    tb = next(a for a in t if a.name == "Tom Baker")
    assert kb.roles == ["U.S. Ambassador to the European Union"] and kb.country == "USA"
    assert tb.roles == ["Energy Secretary"]
    assert not any(a.name == "Energy" for a in t)


def test_and_inside_a_title_stays(nlp):
    text = "Minister for Trade and Industry Anna Berg resigned."
    a = next(a for a in table_of(nlp, text) if a.name == "Anna Berg")
    assert a.roles == ["Minister for Trade and Industry"]


@pytest.mark.parametrize("text,name,role", [
    ("Superintendent Jennifer Hale said schools would reopen.", "Jennifer Hale", "Superintendent"),
    ("Speaker Anna Berg said the vote would go ahead.", "Anna Berg", "Speaker"),
    ("Grand Mufti Omar Nuri called for calm.", "Omar Nuri", "Grand Mufti"),
])
def test_office_and_clergy_titles_are_roles(nlp, text, name, role):
    t = table_of(nlp, text)
    a = next((a for a in t if a.name == name), None)
    assert a is not None and a.kind == "person" and role in a.roles


# -- a participle opening a sentence, and roles of several people

def test_participle_opening_a_sentence_is_no_part_of_a_name(nlp):
    text = "Hosting Karl Brandt at the event, the chief executive smiled."
    t = table_of(nlp, text)
    assert any(a.name == "Karl Brandt" and a.kind == "person" for a in t)
    assert not any(a.name.startswith("Hosting") for a in t)


def test_plural_role_after_a_name_is_no_apposition(nlp):
    text = "Questioning Karl Brandt, the lawmakers asked about the call."
    a = next(a for a in table_of(nlp, text) if a.name == "Karl Brandt")
    assert a.roles == []


def test_plural_role_noun_refers_to_no_single_person(nlp):
    text = "Karl Brandt, the foreign minister, met Ana Ruiz in Paris. The ministers said the talks failed."
    t = table_of(nlp, text)
    assert at(t, text, "The ministers") is None
    assert at(t, text, "the foreign minister") is at(t, text, "Karl Brandt")


# -- nicknames in a name, and leaders the model reads as something else

def test_nickname_and_surname_belong_to_the_name(nlp):
    text = 'Brig. Gen. Karl "Tex" Brandt said the strikes continued. Later Tex spoke again.'
    t = table_of(nlp, text)
    a = next(a for a in t if "Brandt" in a.name)
    assert a.kind == "person" and a.name == 'Karl "Tex" Brandt'
    assert not any(x.name == "Karl" for x in t)


def test_listed_leader_read_as_a_nationality_is_a_person(nlp):
    text = "Hemedti met Museveni in Kampala on Monday."
    a = next((a for a in table_of(nlp, text) if a.name == "Museveni"), None)
    assert a is not None and a.kind == "person" and a.country == "UGA"


# -- provinces and states of a country the article names (lexicon.world_regions, pycountry's ISO 3166-2)

@pytest.mark.parametrize("text,name,code", [
    ("Iraq said Diyala was secure.", "Diyala", "IRQ"),
    ("Yemen: Shabwah saw heavy fighting.", "Shabwah", "YEM"),
    ("Pakistan said Balochistan was calm.", "Balochistan", "PAK"),
])
def test_province_read_as_a_person_or_body_is_a_place(nlp, text, name, code):
    a = actor_named(table_of(nlp, text), name)
    assert a is not None and a.kind == "location" and a.country == code


def test_province_of_a_country_not_named_stays_as_the_model_says(nlp):
    text = "Officials said Diyala was secure."
    a = actor_named(table_of(nlp, text), "Diyala")
    assert a is None or a.country is None


def test_world_regions_from_pycountry():
    from newsgraph.actors import lexicon

    r = lexicon.world_regions()
    assert r["helmand"] == {"AFG"} and r["anbar"] == {"IRQ"} and "PAK" in r["punjab"]


# -- given names as initials and short forms (cluster._person_match)

@pytest.mark.parametrize("text,a,b", [
    ("Patrick W. Doyle Jr. pleaded guilty on Monday. Pat Doyle had threatened the mayor.",
     "Patrick W. Doyle", "Pat Doyle"),
    ("Senator B. U. Okafor moved the motion. Benjamin Okafor later spoke.", "B. U. Okafor", "Benjamin Okafor"),
])
def test_initials_and_short_given_names_are_one_person(nlp, text, a, b):
    t = table_of(nlp, text)
    assert at(t, text, a) is not None and at(t, text, a) is at(t, text, b)


def test_other_given_names_with_one_surname_stay_apart(nlp):
    text = "Joe Biden and Hunter Biden were named. John Okafor met Jane Okafor in Lagos."
    t = table_of(nlp, text)
    assert at(t, text, "Joe Biden") is not at(t, text, "Hunter Biden")
    assert at(t, text, "John Okafor") is not at(t, text, "Jane Okafor")


# -- organisation names with "and" inside (mentions.joined_names)

@pytest.mark.parametrize("text,name", [
    ("Members of the Peace and Freedom Party protested on Monday.", "Peace and Freedom Party"),
    ("The Social Democratic and Labour Party won two seats.", "Social Democratic and Labour Party"),
])
def test_party_name_with_and_is_one_organisation(nlp, text, name):
    t = table_of(nlp, text)
    a = at(t, text, name)
    assert a is not None and a.kind == "organization" and a.name == name


@pytest.mark.parametrize("text", ["Hamas and Hezbollah Party members met.", "Turkish and Kurdish Party officials met.",
                                  "The Labour Party and Green Party agreed."])
def test_two_bodies_joined_by_and_stay_two(nlp, text):
    t = table_of(nlp, text)
    assert not any(" and " in a.name for a in t)


@pytest.mark.parametrize("text,name,code", [
    ("The 2009 Liberal Party of Australia leadership spill ended his career.", "Liberal Party of Australia", "AUS"),
    ("The Communist Party of China met in Beijing.", "Communist Party of China", "CHN"),
])
def test_party_of_a_country_is_one_organisation_of_that_country(nlp, text, name, code):
    t = table_of(nlp, text)
    a = at(t, text, name)
    assert a is not None and a.kind == "organization" and a.name == name and a.country == code


@pytest.mark.parametrize("text, words", [
    # a town the model reads as a person: only ever named after a preposition of place (issue 11, kind 3)
    ("A car bomb exploded at a market in al-Qurna on Friday. Residents of al-Qurna buried the dead.", "al-Qurna"),
    # a place noun in small letters names what follows
    ("Boats crossing the river Khabur came under fire.", "Khabur"),
])
def test_places_the_model_reads_as_persons_or_bodies(nlp, text, words):
    a = at(table_of(nlp, text), text, words)
    assert a is not None and a.kind == "location"


@pytest.mark.parametrize("text, words", [
    # a person named elsewhere as a subject stays a person, even once after "in"
    ("Mensah told reporters the vote was rigged. Hope rests in Mensah now.", "Mensah"),
])
def test_persons_named_after_in_stay_persons(nlp, text, words):
    a = at(table_of(nlp, text), text, words)
    assert a is not None and a.kind == "person"


@pytest.mark.parametrize("text, word", [
    ("QUESTION: Minister Okello, did you discuss the border?", "QUESTION"),   # a transcript's label
    ("KeyError: the record has no id field.", "KeyError"),                    # an identifier of code
])
def test_line_labels_are_no_actors(nlp, text, word):
    t = table_of(nlp, text)
    assert not any(a.name == word for a in t)


@pytest.mark.parametrize("text, name, role", [
    # a rapporteur is a role; the body before the title is no part of the person
    ("UN Special Rapporteur on Torture Maria Costa said the detainees were abused.", "Maria Costa",
     "Special Rapporteur on Torture"),
    # a known given name opens the name even where the model glued the complement and the name into a place
    ("EU Special Envoy for the Sahel Anna Berg said the talks failed.", "Anna Berg", "Special Envoy for the Sahel"),
])
def test_titles_before_names_give_a_person_with_a_role(nlp, text, name, role):
    t = table_of(nlp, text)
    a = at(t, text, name)
    assert a is not None and a.kind == "person" and a.name == name and role in a.roles


@pytest.mark.parametrize("text, words, country", [
    # a town read as a person: before an area's noun, after "in", as what troops leave; the possessor gives its country
    ("Troops stayed in the al-Qaim zone. Forces in western Iraq's al-Qaim were shelled. Iraq urged them to leave "
     "al-Qaim. The al-Qaim base was hit.", "al-Qaim", "IRQ"),
    # a province of ISO 3166-2 of the country the article names
    ("Officials from Pakistan and Afghanistan said the prisoners were freed in southern Zabul province.",
     "Zabul province", "AFG"),
])
def test_places_get_their_country(nlp, text, words, country):
    a = at(table_of(nlp, text), text, words)
    assert a is not None and a.kind == "location" and a.country == country


def test_a_camp_named_after_a_person_keeps_the_person(nlp):
    text = "Advisers in the Okafor camp met in Lagos. Okafor said the vote was rigged."
    a = at(table_of(nlp, text), text, "Okafor", nth=1)
    assert a is None or a.kind == "person"


@pytest.mark.parametrize("text, name, country", [
    # a title after a known body of one country: the person is of that country
    ("Hezbollah commander Ali Karaki was killed in the strike.", "Ali Karaki", "LBN"),
    # a weak alias ("RSF") counts where the text names its body in full, and only that body
    ("Chad's army and the paramilitary Rapid Support Forces (RSF) signed a truce in Jeddah on Saturday, the United "
     "States and Saudi Arabia said.\n\nThe truce was to begin on Monday evening. Aid groups said the fighting had cut "
     "water supplies in the capital.\n\nRSF commander Idris Adam Tahir said his forces would abide by the agreement.",
     "Idris Adam Tahir", "SDN"),
    ("RSF director Anna Berg said the journalists were jailed.", "Anna Berg", None),
])
def test_a_title_after_a_known_body_gives_its_country(nlp, text, name, country):
    a = at(table_of(nlp, text), text, name)
    assert a is not None and a.kind == "person" and a.country == country
