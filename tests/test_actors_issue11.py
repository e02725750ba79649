"""Actors stage, issue 11: known organisations, titles before names, generic and vague references.

Every sentence here is invented for the test; none comes from a gold set or the founding example.
"""

from __future__ import annotations

from newsgraph.actors import known

from test_actors import actor_named, at, table_of


# -- known organisations (data/actors/{news_agencies,international_orgs,armed_groups,state_forces}.tsv)

def test_agency_and_ngo_are_organisations_not_people(nlp):
    text = "Amnesty International said on Monday that 40 homes were burned, Anadolu reported. Interfax gave no figure."
    t = table_of(nlp, text)
    for name in ("Amnesty International", "Anadolu", "Interfax"):
        a = actor_named(t, name)
        assert a is not None and a.kind == "organization", name
    assert not any(a.name == "International" for a in t)
    assert actor_named(t, "Anadolu").country == "TUR"


def test_all_names_of_an_armed_group_are_one_actor(nlp):
    text = ("Fighters of the Islamic State of Iraq and the Levant (ISIL) seized two villages. "
            "Daesh later said it held them, and IS fighters were seen in the area.")
    t = table_of(nlp, text)
    a = at(t, text, "ISIL")
    assert a is not None and a.kind == "organization"
    assert at(t, text, "Daesh") is a and at(t, text, "IS") is a


def test_weak_alias_alone_is_not_read(nlp):
    text = "The report IS late, the editor wrote in capitals to the printer in Lyon."
    assert not any(a.rule == "known" for a in table_of(nlp, text))


def test_coalition_is_not_one_of_its_members(nlp):
    text = "The Arab coalition said its jets struck rebel positions, and Saudi officials confirmed the raid."
    t = table_of(nlp, text)
    a = at(t, text, "Arab coalition")
    assert a is not None and a.kind == "organization" and a.country == "SAU"
    saudi = at(t, text, "Saudi")
    assert saudi is None or saudi is not a


def test_national_army_joins_the_named_armed_force(nlp):
    text = ("The Kenya Defence Forces said it had moved two battalions north. "
            "A spokesman for the Kenyan army said the KDF would stay until March.")
    t = table_of(nlp, text)
    a = at(t, text, "Kenya Defence Forces")
    assert a is not None and at(t, text, "Kenyan army") is a and at(t, text, "KDF") is a
    assert a.country == "KEN"


def test_known_name_inside_a_longer_name_is_left_alone(nlp):
    text = "The National Security Council met on Friday, and the Islamic State of Iraq claimed a bombing in 2006."
    t = table_of(nlp, text)
    assert not any(a.rule == "known" and a.name in ("Security Council", "Islamic State") for a in t)


def test_every_gazetteer_row_is_well_formed():
    for e in known.entries():
        assert e.name and e.names[0] == e.name
        assert e.country is None or (len(e.country) == 3 and e.country.isupper()), e
        assert known.lookup(e.name) is not None


# -- titles of several words before a name --------------------------------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("text,name,role", [
    ("Minister of State for Africa Jane Doe arrived in Nairobi on Monday.", "Jane Doe", "Minister of State for Africa"),
    ("Maj Gen Ali Hassan said the rebels had withdrawn.", "Ali Hassan", "Maj Gen"),
    ("Special Envoy for the Horn of Africa Mark Lee met the president.", "Mark Lee", "Special Envoy for the Horn of Africa"),
    ("Deputy Minister for Reconciliation Sara Nuri said talks would resume.", "Sara Nuri", "Deputy Minister for Reconciliation"),
    ("Defense Secretary Tom Rowe spoke after Army Lt. Gen. Paul Dune.", "Tom Rowe", "Defense Secretary"),
    # the small model reads the complement and the name as one organisation
    ("Minister for the Middle East Tobias Wendle said on Monday that the aid would arrive.", "Tobias Wendle",
     "Minister for the Middle East"),
])
def test_title_of_several_words_gives_a_person_with_that_role(nlp, text, name, role):
    t = table_of(nlp, text)
    people = [a for a in t if a.kind == "person"]
    hit = [a for a in people if a.name == name]
    assert hit and role in hit[0].roles, [(a.name, a.kind, a.roles) for a in t]
    # no organisation, place or junk actor made of the title's words
    for a in t:
        assert a.name.split()[0] not in ("Deputy", "Minister", "Special", "Defense", "Africa", "Reconciliation") or a is hit[0]
        assert not (a.kind != "person" and set(a.name.split()) & set(role.split()) - {"the", "of", "for"}), a.name


def test_title_words_inside_an_organisation_name_stay_the_organisation(nlp):
    text = "Staff of General Motors met students of King Saud University."
    t = table_of(nlp, text)
    assert not any(a.kind == "person" for a in t)


def test_nation_before_a_long_title_gives_the_country(nlp):
    text = "The Kenyan Deputy Foreign Minister Ruth Wanjiku said the talks were over."
    t = table_of(nlp, text)
    a = at(t, text, "Ruth Wanjiku")
    assert a is not None and a.kind == "person" and a.country == "KEN"


# -- generic references: "the government", "the regime", "the army" ----------------------------

def test_the_regime_is_the_country_the_article_is_about(nlp):
    text = ("Chad said on Monday that rebels had shelled two towns near the border. N'Djamena blamed Sudan. "
            "The regime later promised to rebuild the towns.")
    t = table_of(nlp, text)
    a = at(t, text, "The regime")
    assert a is not None and a.kind == "country" and a.country == "TCD"
    assert not any(x.name.lower() in ("regime", "the regime") for x in t)


def test_the_government_with_no_clear_country_stays_unresolved(nlp):
    text = "Chad and Niger signed the pact. The government said it would hold."
    t = table_of(nlp, text)
    assert at(t, text, "The government") is None
    assert not any(x.name.lower() in ("government", "the government") for x in t)


def test_the_army_is_the_named_national_force(nlp):
    text = "The Kenya Defence Forces crossed into Somalia on Friday. The army said two soldiers had died."
    t = table_of(nlp, text)
    assert at(t, text, "The army") is at(t, text, "Kenya Defence Forces") is not None


def test_the_army_with_no_armed_force_named_is_no_actor(nlp):
    text = "Voters queued for hours in Lusaka. The army said the roads were open."
    t = table_of(nlp, text)
    assert at(t, text, "The army") is None
    assert not any(x.name.lower() in ("army", "the army") for x in t)


# -- towns and places the model reads as people or organisations ---------------------------------

def test_a_town_of_the_story_is_a_place_not_a_person(nlp):
    text = "Syrian troops shelled Darayya on Monday, and Darayya's last clinic closed."
    t = table_of(nlp, text)
    a = at(t, text, "Darayya")
    assert a is not None and a.kind == "location" and a.country == "SYR"


def test_a_surname_that_is_also_a_town_stays_a_person(nlp):
    text = "Iraqi officials met Ahmed Sinjar in Baghdad. Sinjar said the talks went well."
    t = table_of(nlp, text)
    a = at(t, text, "Sinjar", 1)
    assert a is not None and a.kind == "person"


def test_a_name_made_with_a_place_word_is_a_place(nlp):
    text = "Engineers at the Samarra Barrage warned that Camp Hurriya and Logar province would flood."
    t = table_of(nlp, text)
    for name in ("Samarra Barrage", "Camp Hurriya", "Logar province"):
        a = at(t, text, name)
        assert a is None or a.kind in ("location", "facility"), (name, a.kind)
    assert at(t, text, "Samarra Barrage").kind in ("location", "facility")


def test_what_a_place_noun_is_of_is_a_place(nlp):
    text = "Rebels entered the village of Tuloul Naser and then the vicinity of Ayn Issa on Sunday."
    t = table_of(nlp, text)
    for name in ("Tuloul Naser", "Ayn Issa"):
        a = at(t, text, name)
        assert a is not None and a.kind == "location", (name, a and a.kind)


# -- vague sources are no one --------------------------------------------------------------------

def test_vague_sources_are_never_actors(nlp):
    text = ("Reports from people familiar with the negotiations said a deal was close. Diplomats said "
            "Qatar would host the talks. Sources told Reuters the text was ready.")
    t = table_of(nlp, text)
    names = {a.name.lower() for a in t}
    assert not names & {"reports", "diplomats", "sources", "people"}
    assert at(t, text, "Qatar") is not None


# -- a country's institution named with a possessive ----------------------------------------------

def test_a_countrys_institution_is_an_organisation_of_that_country(nlp):
    text = "Peru's foreign ministry said the talks failed, and Chile's coast guard later found the boat."
    t = table_of(nlp, text)
    a = at(t, text, "Peru's foreign ministry")
    b = at(t, text, "Chile's coast guard")
    assert a is not None and a.kind == "organization" and a.country == "PER"
    assert b is not None and b.kind == "organization" and b.country == "CHL" and a is not b


def test_a_press_title_after_a_seat_of_power_is_the_persons_role(nlp):
    text = "White House Press Secretary Anna Berg said the trip was off."
    t = table_of(nlp, text)
    a = at(t, text, "Anna Berg")
    assert a is not None and a.kind == "person" and "Press Secretary" in a.roles


# -- slogans and policies are not places ----------------------------------------------------------

def test_a_place_inside_a_slogan_or_policy_name_is_no_actor(nlp):
    text = "Rallies sold Make Freedonia Great Again hats while the minister praised the Global Britain strategy."
    t = table_of(nlp, text)
    assert at(t, text, "Britain") is None and at(t, text, "Global Britain") is None


def test_a_countrys_own_policy_still_names_the_country(nlp):
    text = "The South Africa policy and the Libya strategy were debated in Brussels."
    t = table_of(nlp, text)
    assert at(t, text, "South Africa").country == "ZAF"
    assert at(t, text, "Libya").country == "LBY"


# -- first person inside a quotation ----------------------------------------------------------------

def test_i_in_a_quotation_is_the_person_said_to_speak(nlp):
    text = '"I will not resign, and my party knows it," Tom Rowe said on Monday. Ruth Wanjiku told reporters: "They asked me to stay."'
    t = table_of(nlp, text)
    rowe, ruth = at(t, text, "Tom Rowe"), at(t, text, "Ruth Wanjiku")
    assert at(t, text, "I") is rowe and at(t, text, "my") is rowe
    assert at(t, text, "me") is ruth


def test_i_in_a_quotation_with_no_named_speaker_stays_unresolved(nlp):
    text = 'Tom Rowe and Ruth Wanjiku met. "I was there," a witness said.'
    t = table_of(nlp, text)
    assert at(t, text, "I") is None


# -- roles in an apposition after a name ----------------------------------------------------------

@pytest.mark.parametrize("text,name,role", [
    ("Dana Pike, program administrator for the Shelter Project at Westfield University, said the camp was full.",
     "Dana Pike", "administrator"),
    ("The ruling matters, said Omar Ridley, senior fellow at the Larch Policy Institute in Oslo.", "Omar Ridley",
     "senior fellow"),
    ("“The police must stop now,” said Marta Quill, Research and Advocacy Director for Europe at Human Rights Watch.",
     "Marta Quill", "Research and Advocacy Director"),
])
def test_a_role_apposed_after_a_name_is_the_persons(nlp, text, name, role):
    t = table_of(nlp, text)
    a = actor_named(t, name)
    assert a is not None and any(role in r for r in a.roles), [(x.name, x.roles) for x in t]


def test_words_of_a_title_in_title_case_are_no_actors(nlp):
    text = "“The police must stop now,” said Marta Quill, Research and Advocacy Director for Europe at Human Rights Watch."
    t = table_of(nlp, text)
    assert not [a.name for a in t if a.name in ("Research", "Advocacy", "Research and Advocacy")]
    assert actor_named(t, "Human Rights Watch") is not None


def test_an_organisation_before_a_role_noun_stays_an_actor(nlp):
    text = "The plan will fail, said Tom Reyes, Amnesty International Director for Kenya."
    t = table_of(nlp, text)
    assert any("Director" in r for r in actor_named(t, "Tom Reyes").roles)
    a = actor_named(t, "Amnesty International")
    assert a is not None and a.kind == "organization"


def test_a_capital_accused_or_urged_is_its_government(nlp):
    text = "Ruritania has long accused Moscow of arming the rebels, and officials urged Ankara to close the border."
    t = table_of(nlp, text)
    assert at(t, text, "Moscow").kind == "country" and at(t, text, "Moscow").country == "RUS"
    assert at(t, text, "Ankara").kind == "country" and at(t, text, "Ankara").country == "TUR"


def test_a_capital_travelled_to_stays_a_place(nlp):
    text = "The delegation flew to Nairobi on Monday."
    assert at(table_of(nlp, text), text, "Nairobi").kind == "location"


@pytest.mark.parametrize("text,capital", [
    ("Ruritania mediated for months. According to Doha, the two sides agreed on a truce.", "Doha"),
    ("Ruritania mediated for months. A statement from Doha welcomed the truce.", "Doha"),
    ("The plan drew a sharp warning from Moscow.", "Moscow"),
    ("Officials dismissed the latest threats from Tehran.", "Tehran"),
    ("Ruritania sent a message to Washington on Monday.", "Washington"),
    ("The rebels issued a warning to Ankara.", "Ankara"),
])
def test_a_capital_said_to_speak_is_its_government(nlp, text, capital):
    t = table_of(nlp, text)
    a = at(t, text, capital)
    assert a is not None and a.kind == "country"
    assert any(m.rule == "capital" for m in a.mentions if m.span.text == capital)


@pytest.mark.parametrize("text,capital", [
    ("Ruritania mediated for months. The truce was signed in Doha on Tuesday.", "Doha"),
    ("Flights from Doha were cancelled, and a delegation from Ankara arrived late.", "Doha"),
    ("A delegation from Ankara arrived late.", "Ankara"),
    ("Flights to Doha resumed, and the minister accepted an invitation to Ankara.", "Doha"),
    ("Flights to Doha resumed, and the minister accepted an invitation to Ankara.", "Ankara"),
])
def test_a_capital_where_something_happens_stays_a_place(nlp, text, capital):
    assert at(table_of(nlp, text), text, capital).kind == "location"


def test_the_ministry_is_the_ministry_named_before(nlp):
    text = "The Ruritanian Ministry of Interior said 12 people were arrested. The ministry said two were released."
    t = table_of(nlp, text)
    a = at(t, text, "Ruritanian Ministry of Interior") or at(t, text, "Ministry of Interior")
    assert a is not None and a.kind == "organization"
    assert at(t, text, "The ministry") is a


def test_the_office_with_no_office_named_is_no_actor(nlp):
    text = "Talks resumed in Geneva on Monday. The office said nothing about the talks."
    t = table_of(nlp, text)
    assert at(t, text, "The office") is None and not any(a.name.lower() == "office" for a in t)


def test_we_in_a_quotation_is_the_organisation_said_to_speak(nlp):
    text = '"We will not withdraw from our positions," the Ruritanian Defence Ministry said on Monday.'
    t = table_of(nlp, text)
    org = at(t, text, "Ruritanian Defence Ministry") or at(t, text, "Defence Ministry")
    assert org is not None and at(t, text, "We") is org and at(t, text, "our") is org


def test_we_in_a_quotation_of_a_person_stays_unresolved(nlp):
    text = '"We will win," Tom Reyes said.'
    t = table_of(nlp, text)
    assert at(t, text, "We") is None


def test_an_agreements_name_is_no_organisation(nlp):
    text = ("Both sides signed the Cessation of Hostilities in Geneva, and the Minsk Agreement was dead, "
            "said the North Atlantic Treaty Organization.")
    t = table_of(nlp, text)
    names = [a.name for a in t]
    assert not any("Cessation" in n or "Minsk Agreement" in n for n in names), names
    assert actor_named(t, "North Atlantic Treaty Organization") is not None


# -- a country named as the possessor of its institution ------------------------------------------

def test_a_countrys_ministry_names_the_country_too(nlp):
    text = "Russia's foreign ministry said on Monday that the border was closed. Kenya's army said it had moved north."
    t = table_of(nlp, text)
    ministry = at(t, text, "Russia's foreign ministry")
    country = at(t, text, "Russia")
    assert ministry is not None and ministry.kind == "organization" and ministry.country == "RUS"
    assert country is not None and country is not ministry and country.kind == "country" and country.country == "RUS"
    assert at(t, text, "Kenya") is not at(t, text, "Kenya's army")


def test_the_possessor_joins_the_country_named_elsewhere(nlp):
    text = "Egypt hosted the talks. Egypt's foreign ministry said they would resume in May."
    t = table_of(nlp, text)
    egypt = at(t, text, "Egypt")
    assert egypt is not None and egypt.kind == "country"
    assert at(t, text, "Egypt", 1) is egypt and at(t, text, "Egypt's foreign ministry") is not egypt
    assert sum(a.kind == "country" and a.country == "EGY" for a in t) == 1


# -- the country of a person or an organisation from the words right before its name ---------------

def test_a_national_adjective_before_a_name_gives_a_person_of_that_country(nlp):
    text = "Canadian Timothy Marsh and Dutch Pieter Smit were freed on Monday in Mali."
    t = table_of(nlp, text)
    marsh = at(t, text, "Timothy Marsh")
    assert marsh is not None and marsh.kind == "person" and marsh.country == "CAN"
    smit = at(t, text, "Pieter Smit")
    assert smit is None or smit.country in (None, "NLD")


def test_a_month_after_a_national_adjective_is_no_person(nlp):
    text = "American May Day marches drew thousands to the streets of Chicago."
    assert not any(a.kind == "person" for a in table_of(nlp, text))


def test_an_organisation_before_a_title_gives_the_persons_country(nlp):
    text = "Hamas spokesman Omar Haddad said the crossing was closed. White House Press Secretary Jane Doe declined to comment."
    t = table_of(nlp, text)
    haddad = at(t, text, "Omar Haddad")
    assert haddad is not None and haddad.kind == "person" and haddad.country == "PSE"
    doe = at(t, text, "Jane Doe")
    assert doe is not None and doe.country == "USA"


def test_a_countrys_possessive_before_an_organisations_name_gives_its_country(nlp):
    text = "Observers said Vietnam's Communist Party had chosen a new leader."
    t = table_of(nlp, text)
    party = at(t, text, "Communist Party")
    assert party is not None and party.kind == "organization" and party.country == "VNM"


# -- a country by its epithet, and a title of that country resolved to the one named with it later --

def test_an_epithet_is_the_country(nlp):
    text = ("The Islamic Republic said on Monday that talks would resume. The Islamic Republic of Pakistan "
            "disagreed, the Islamic Republic News Agency reported.")
    t = table_of(nlp, text)
    iran = at(t, text, "Islamic Republic")
    assert iran is not None and iran.kind == "country" and iran.country == "IRN"
    assert at(t, text, "Islamic Republic of Pakistan") is not iran
    assert at(t, text, "Islamic Republic News Agency") is not iran


def test_a_countrys_title_goes_to_the_one_named_with_it_later(nlp):
    text = ("Talks stalled on Monday, and the Islamic Republic's president blamed the envoys. "
            "Iranian President Ali Karimi later flew to Oman.")
    t = table_of(nlp, text)
    karimi = at(t, text, "Ali Karimi")
    assert karimi is not None and karimi.kind == "person"
    assert at(t, text, "president") is karimi
    assert at(t, text, "Islamic Republic").kind == "country"


def test_a_countrys_title_with_two_holders_named_later_stays_unresolved(nlp):
    text = ("Talks stalled on Monday, and the Islamic Republic's president blamed the envoys. "
            "Iranian President Ali Karimi and former Iranian President Reza Tavakoli later flew to Oman.")
    t = table_of(nlp, text)
    assert at(t, text, "president") is None or at(t, text, "president").kind == "country"


def test_a_role_that_begins_with_a_countrys_name_gives_the_country(nlp):
    text = "The U.K. envoy, Jane Morrow, said the talks would resume."
    t = table_of(nlp, text)
    morrow = at(t, text, "Jane Morrow")
    assert morrow is not None and morrow.kind == "person" and morrow.country == "GBR"


def test_a_possessive_inside_an_organisations_name_gives_its_country(nlp):
    text = "The plan was discussed at length by Vietnam\u2019s Communist Party in Hanoi."
    t = table_of(nlp, text)
    party = at(t, text, "Communist Party")
    assert party is not None and party.kind == "organization" and party.country == "VNM"


def test_newer_armed_groups_are_organisations_of_their_country(nlp):
    text = "Fighters of Maghawir al-Thawra patrol the zone, Ahrar al-Sham said, and ISKP claimed the attack."
    t = table_of(nlp, text)
    for name, code in (("Maghawir al-Thawra", "SYR"), ("Ahrar al-Sham", "SYR"), ("ISKP", "AFG")):
        a = at(t, text, name)
        assert a is not None and a.kind == "organization" and a.country == code, name


def test_a_bare_institution_noun_read_as_a_name_is_the_institution_named_before(nlp):
    text = ("Chad's army and the rebels signed a truce on Saturday. Army chief General Idriss Mahamat welcomed it. "
            "The rebels accused the army of shelling two villages.")
    t = table_of(nlp, text)
    army = at(t, text, "Chad's army")
    assert army is not None and army.kind == "organization" and army.country == "TCD"
    assert at(t, text, "Army") in (army, None)
    assert at(t, text, "army", 1) is army  # "accused the army of shelling": of, then a gerund
    assert not any(a.name.lower() in ("army", "the army") for a in t)


def test_the_army_far_after_the_one_army_named_is_that_army(nlp):
    text = ("Chad's army took the town of Abeche on Monday. Aid groups said food was short. Rain fell for days. "
            "Roads were cut. Prices rose. The army said the roads would open.")
    t = table_of(nlp, text)
    assert at(t, text, "The army") is at(t, text, "Chad's army") is not None


def test_the_government_of_a_country_is_the_country(nlp):
    text = "The Government of Syria said on Monday that the camp would close. Syria has long denied blocking aid."
    t = table_of(nlp, text)
    syria = at(t, text, "Syria", 1)
    assert syria is not None and syria.kind == "country" and syria.country == "SYR"
    assert at(t, text, "Government of Syria") is syria
    assert syria.name == "Syria"


def test_a_province_is_in_the_country_of_the_places_named_with_it(nlp):
    text = "The rebels said the helicopter crashed in Logar province south of the capital Kabul."
    t = table_of(nlp, text)
    logar = at(t, text, "Logar province")
    assert logar is not None and logar.kind == "location" and logar.country == "AFG"


def test_a_province_named_with_places_of_two_countries_gets_none(nlp):
    text = "The helicopter crashed in Logar province, between Kabul and Islamabad, officials said."
    t = table_of(nlp, text)
    logar = at(t, text, "Logar province")
    assert logar is None or logar.country is None


def test_more_state_bodies_are_organisations_of_their_country(nlp):
    text = ("General Mark Peters, chairman of the Joint Chiefs of Staff, said the troops would stay. "
            "The Justice Department opened an inquiry.")
    t = table_of(nlp, text)
    for name in ("Joint Chiefs of Staff", "Justice Department"):
        a = at(t, text, name)
        assert a is not None and a.kind == "organization" and a.country == "USA", name
    assert at(t, text, "Mark Peters").country == "USA"


def test_a_body_placed_in_a_country_is_of_that_country_and_so_is_its_fellow(nlp):
    text = '"The vote matters," said Dan Hirsch, senior fellow at the Meridian Policy Forum in Israel.'
    t = table_of(nlp, text)
    forum = at(t, text, "Meridian Policy Forum")
    assert forum is not None and forum.kind == "organization" and forum.country == "ISR"
    assert at(t, text, "Dan Hirsch").country == "ISR"


def test_a_known_international_body_in_a_country_keeps_no_country(nlp):
    text = "Human Rights Watch in Syria said the camp was closed."
    t = table_of(nlp, text)
    assert at(t, text, "Human Rights Watch").country is None


def test_a_country_modifying_a_noun_places_no_province(nlp):
    text = "The two men were handed over to US forces in the country's southern Zabul province, a source said."
    t = table_of(nlp, text)
    zabul = at(t, text, "Zabul province")
    assert zabul is None or zabul.country is None


# -- kind 6: a pronoun that speaks is the nearest person named before, not one inside what was said

def test_speaking_pronoun_is_the_nearer_person(nlp):
    text = ("Ruritanian President Carl Adler met Elbonian President Piet Maas in Strelsau. "
            "He said the two countries would cooperate.")
    t = table_of(nlp, text)
    assert at(t, text, "He") is at(t, text, "Piet Maas")


def test_speaking_pronoun_is_not_someone_inside_what_was_said(nlp):
    text = "Tom Baker said Mark Reed had lied about the deal. He added that the vote would go ahead."
    t = table_of(nlp, text)
    assert at(t, text, "He") is at(t, text, "Tom Baker")


def test_speaking_pronoun_inside_what_was_said_when_no_one_else_fits(nlp):
    text = "Mary Hill said Tom Baker had lied about the deal. He added that the vote would go ahead."
    t = table_of(nlp, text)
    assert at(t, text, "He") is at(t, text, "Tom Baker")


def test_pronoun_that_acts_still_takes_the_subject(nlp):
    text = "Tom Baker met Mark Reed in Lyon. He then flew to Paris."
    t = table_of(nlp, text)
    assert at(t, text, "He") is at(t, text, "Tom Baker")


# -- kind 4: "the army" with no armed force named: the national force of the one country the article is about

def test_the_army_is_the_national_force_of_the_one_country_named(nlp):
    text = ("Sudan's government said on Monday that the talks would resume. Sudan has been at war since April. "
            "The army said ten fighters were killed.")
    t = table_of(nlp, text)
    a = at(t, text, "The army")
    assert a is not None and a.kind == "organization" and a.country == "SDN" and a.name == "Sudanese Armed Forces"
    assert not any(x.name.lower() == "army" for x in t)


@pytest.mark.parametrize("text", [
    "The army said ten fighters were killed.",                                      # no country at all
    "Sudan and Chad signed a deal. The army said ten fighters were killed.",        # two countries
    "Saudi Arabia brokered a ceasefire. Army chief Tom Baker said the military would abide by it.",  # named once
])
def test_the_army_stays_unresolved_when_the_country_is_not_clear(nlp, text):
    t = table_of(nlp, text)
    assert not any(m.rule == "coref:generic" and m.span.text.lower().endswith(("army", "military"))
                   for a in t for m in a.mentions)


# -- kind 4: "the president's office" with no president named is the state the article is about

def test_leaders_office_with_no_leader_named_is_the_state(nlp):
    text = ("Ethiopia has been at war for two years. Ethiopia lost the town in May. "
            "The prime minister's office said reports of a deal were false.")
    t = table_of(nlp, text)
    a = at(t, text, "The prime minister's office")
    assert a is not None and a.kind == "country" and a.country == "ETH"
    assert not any(x.name.lower() == "office" for x in t)


def test_leaders_office_goes_to_the_leader_when_named(nlp):
    text = ("Elbonian President Piet Maas flew to Lyon on Monday. "
            "The president's office said the visit would last two days.")
    t = table_of(nlp, text)
    assert not any(m.rule == "coref:generic" for a in t for m in a.mentions)


def test_leaders_office_unresolved_between_two_countries(nlp):
    text = "Sudan and Chad signed a deal. The president's office said reports of a deal were false."
    t = table_of(nlp, text)
    assert not any(m.rule == "coref:generic" for a in t for m in a.mentions)


# -- a government named by its leader (mentions.from_leader_governments, data/actors/leaders.tsv)

@pytest.mark.parametrize("text,words,code", [
    ("The Putin administration said on Monday that it would answer.", "Putin administration", "RUS"),
    ("Rebels fought the Assad regime for years.", "Assad regime", "SYR"),
    ("The regime of Bashar al-Assad denied the attack.", "regime of Bashar al-Assad", "SYR"),
])
def test_government_named_by_its_leader_is_the_state(nlp, text, words, code):
    t = table_of(nlp, text)
    a = at(t, text, words)
    assert a is not None and a.kind == "country" and a.country == code


def test_government_named_by_an_unlisted_person_is_left_alone(nlp):
    text = "The Baker administration denied it."
    assert not any(a.kind == "country" for a in table_of(nlp, text))


def test_leaders_government_beside_a_named_government_body_is_left_alone(nlp):
    text = ("The Government of National Salvation said the talks failed. Rebels say Assad's government "
            "cannot take part in the settlement.")
    t = table_of(nlp, text)
    assert not any(m.rule == "leader+government" for a in t for m in a.mentions)


# -- legislators with no country (data/actors/legislator_titles.tsv)

def test_a_senator_is_of_the_one_state_with_senators_named(nlp):
    text = "Sen. Tom Hale said the United States should arm the rebels in Ruritania and Syria."
    assert actor_named(table_of(nlp, text), "Sen. Tom Hale").country == "USA"
    text = "Rep. Jane Roe of Ohio said the plan would fail."
    assert actor_named(table_of(nlp, text), "Rep. Jane Roe").country == "USA"


@pytest.mark.parametrize("text", [
    "Sen. Tom Hale criticized the plan on Tuesday.",                       # no state named
    "Senator Tom Hale met officials from Canada and the United States.",   # two states with senators
    "The company's representative, Tom Hale, met officials from the United States.",  # not a legislator
])
def test_a_legislator_with_no_state_or_several_has_no_country(nlp, text):
    a = at(table_of(nlp, text), text, "Tom Hale")
    assert a is not None and a.kind == "person" and a.country is None


# -- a family tie in apposition gives the country its phrase names (data/actors/kin_nouns.tsv)

@pytest.mark.parametrize("text,country", [
    ("The released men included Omar Dalil, the younger brother of the Taliban's deputy leader, Karim Dalil, "
     "who heads the group.", "AFG"),
    ("Omar Dalil, the son of a Kenyan farmer, said the rains had failed.", "KEN"),
    ("Omar Dalil, the son of a farmer, said the rains had failed in Kenya and Uganda.", None),  # no country in the tie
    ("Omar Dalil, a friend of the Kenyan farmer, said the rains had failed.", None),  # no family tie
])
def test_a_family_tie_gives_the_country_its_phrase_names(nlp, text, country):
    a = at(table_of(nlp, text), text, "Omar Dalil")
    assert a is not None and a.kind == "person" and a.country == country


# -- where an organisation is based gives its country, and its people's

@pytest.mark.parametrize("text,org,country", [
    ("Omar Dalil, a senior analyst at Strafex, the Texas-based intelligence firm, said the base was safe.",
     "Strafex", "USA"),
    ("The London-based Halvorn Monitor said 12 people were killed.", "Halvorn Monitor", "GBR"),
    ("Omar Dalil, an analyst at Strafex, said the base was safe.", "Strafex", None),  # where is not said
])
def test_an_organisation_is_of_the_country_it_is_based_in(nlp, text, org, country):
    t = table_of(nlp, text)
    assert at(t, text, org).country == country
    if "Omar Dalil" in text:
        assert at(t, text, "Omar Dalil").country == country  # "an analyst at Strafex": its country


# -- a line's label before its colon is no actor (data/line_labels.tsv)

def test_labels_of_release_and_handle_lines_are_no_actors(nlp):
    text = ("The band's third album is out on Friday.\nNew Release: Blue Skies by Jane Doe\n"
            "STREAM: Blue Skies on every platform\nIG: @janedoe\n\nJane Doe said the tour starts in May.")
    t = table_of(nlp, text)
    names = {m.span.text for a in t for m in a.mentions}
    assert not names & {"New Release", "STREAM", "Stream", "IG"}
    assert at(t, text, "Jane Doe", 1) is not None


def test_labels_of_release_and_handle_lines_are_no_speakers(analyzer):
    from newsgraph.model import Article

    text = ("The band's third album is out on Friday, the label said on Monday.\n\n"
            "New Release: Blue Skies by Jane Doe, out now on every platform\n\n"
            "STREAM: Blue Skies on every platform from Friday\n\nIG: @janedoe and the band's page\n\n"
            "Jane Doe said the tour starts in May.")
    r = analyzer.analyze(Article(text=text))
    assert not [s for s in r.statements if s.rule.startswith("layout:speaker-line")]


@pytest.mark.parametrize("text,person,country", [
    ("Jane Roe, an analyst at the Institute for the Study of War, said the front was stable.", "Jane Roe", "USA"),
    ("Tom Hale, a senior fellow at Chatham House, said the talks would fail.", "Tom Hale", "GBR"),
])
def test_an_analyst_at_a_known_think_tank_is_of_its_country(nlp, text, person, country):
    assert at(table_of(nlp, text), text, person).country == country


def test_another_persons_title_and_name_before_a_comma_is_no_apposition(nlp):
    text = ("Omar Dalil owns the bank. According to Wilson Center director Tom Hale, Dalil is feared by his rivals.")
    t = table_of(nlp, text)
    assert at(t, text, "Tom Hale").country == "USA"
    dalil = at(t, text, "Omar Dalil")
    assert dalil.country is None and not any("director" in r for r in dalil.roles)



def test_a_kin_apposition_naming_another_person_is_kept(nlp):
    text = "The son of former German President Karl Brandt, Lukas Brandt was attacked on Monday."
    assert at(table_of(nlp, text), text, "Lukas Brandt").country == "DEU"
