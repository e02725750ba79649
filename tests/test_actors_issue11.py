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
