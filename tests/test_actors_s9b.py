"""Round 10 of the actors rules (actors10): streets and city quarters read as organisations or persons
(data/actors/place_heads.tsv, mentions._PLACE_NOUNS), and capitalised adjectives read as groups of
people (data/actors/adjectives_of_no_people.tsv, mentions._adjective_of_no_people). Invented sentences."""
from __future__ import annotations

import pytest

from newsgraph.actors import lexicon
from conftest import actor_table as _table


def _kinds(nlp, text: str) -> dict[str, str]:
    return {a.name: a.kind for a in _table(nlp, text).actors}


# -- streets and city quarters are places

@pytest.mark.parametrize("name", ["Halvern Boulevard", "Mossgate Avenue", "Tarrow Neck", "Kestle Point",
                                  "Orlan Parkway", "Bexley Plaza"])
def test_a_street_or_quarter_name_is_a_place(name):
    assert lexicon.place_kind(name) == "location"


@pytest.mark.parametrize("name", ["Maria Avenell", "Pointer Group", "Neckar Holdings"])
def test_a_name_only_starting_like_a_street_word_is_not(name):
    assert lexicon.place_kind(name) is None


def test_a_boulevard_the_model_calls_a_body_is_a_place(nlp):
    text = ("The developer wants to build 300 flats along a stretch of Halvern Boulevard, the mayor said on "
            "Tuesday. Council member Dana Whitcombe opposed the plan.")
    kinds = _kinds(nlp, text)
    assert kinds.get("Halvern Boulevard") == "location"


def test_a_quarter_before_residents_is_a_place(nlp):
    text = ("Tarrow Neck residents packed the hall on Monday. Tarrow Neck has voted for the party for years, "
            "said Paul Denning, who chairs the tenants' association.")
    kinds = _kinds(nlp, text)
    assert kinds.get("Tarrow Neck") == "location"


def test_the_enclave_of_a_town_is_a_place(nlp):
    text = "Redistricting cracked the liberal enclave of Marlow and transformed the seat into safe Republican territory."
    kinds = _kinds(nlp, text)
    assert kinds.get("Marlow") == "location"


# -- adjectives that name no people

def test_compass_adjectives_and_surname_adjectives_name_no_people():
    from newsgraph.actors.mentions import _adjective_of_no_people

    class _Tok:
        def __init__(self, text): self.text = text

    class _Ent(list):
        label_ = "PERSON"

    ents = [_Ent([_Tok("Harold"), _Tok("Fenwick")])]
    assert _adjective_of_no_people("western", ents)
    assert _adjective_of_no_people("southern", ents)
    assert _adjective_of_no_people("fenwickian", ents)
    assert _adjective_of_no_people("fenwickite", ents)
    assert not _adjective_of_no_people("dorsetian", ents)  # no Dorset in the article
    assert not _adjective_of_no_people("palestinian", ents)  # a nationality
    assert not _adjective_of_no_people("sunni", ents)


def test_a_surname_adjective_is_no_group(nlp):
    text = ("Senator Harold Fenwick resigned in 1974. There is no Fenwickian argument that the governor broke "
            "the law, the editor wrote.")
    names = [a.name for a in _table(nlp, text).actors]
    assert "Fenwickian" not in names


def test_a_compass_adjective_is_no_group(nlp):
    text = "It was the first Southern primary of the year, and Senator Mary Holt won it."
    names = [a.name for a in _table(nlp, text).actors]
    assert "Southern" not in names and "Mary Holt" in names


def test_a_nationality_stays_a_country(nlp):
    text = "Western governments have stayed silent, but Russian officials welcomed the vote."
    acts = _table(nlp, text).actors
    assert "RUS" in {a.country for a in acts}
