"""Actors stage, issue 11, session 9: the country of an article about one country, names cut at a
bracket or a quotation mark they do not close, an era's mark read as a body, roles that are no roles.

Every sentence here is invented for the test; none comes from a gold set, a page or the founding example.
"""

from __future__ import annotations

import pytest

from newsgraph.actors.mentions import _balanced, clean_name
from newsgraph.actors.mentions import Cand
from newsgraph.actors.stage import _home_countries, _home_country, _in_dated_event_name
from conftest import actor_table as _table, make_actor as _actor


# -- the country of an article about one country (stage._home_countries)

def test_people_and_home_bodies_take_the_country_every_place_names():
    acts = [_actor("Ohio", "location", "USA", 3), _actor("White House", "organization", "USA", 2),
            _actor("Dayton", "location", "USA"), _actor("Marla Quince", "person"),
            _actor("House", "organization"), _actor("Harbor Party", "organization"),
            _actor("GOP", "organization")]
    _home_countries(acts)
    assert [a.country for a in acts[3:]] == ["USA", "USA", "USA", "USA"]


def test_an_article_about_two_countries_gives_nobody_a_country():
    acts = [_actor("Ohio", "location", "USA", 3), _actor("Kyiv", "location", "UKR", 3),
            _actor("Marla Quince", "person"), _actor("House", "organization")]
    _home_countries(acts)
    assert _home_country(acts) is None
    assert [a.country for a in acts[2:]] == [None, None]


def test_too_few_mentions_make_no_home_country():
    acts = [_actor("Ohio", "location", "USA", 2), _actor("Marla Quince", "person")]
    _home_countries(acts)
    assert acts[1].country is None


def test_other_bodies_and_speaker_nouns_are_left_alone():
    acts = [_actor("Ohio", "location", "USA", 6), _actor("Brotherhood of Lanterns", "organization"),
            _actor("officials", "group"), _actor("Fabrikon", "organization"),
            _actor("Northern Union", "organization", None, 1, "known")]
    _home_countries(acts)
    assert [a.country for a in acts[1:]] == [None, None, None, None]


def test_pronouns_do_not_make_a_country_the_home(nlp):
    acts = [_actor("Ohio", "location", "USA", 4), _actor("Peru", "country", "PER", 1),
            _actor("Peru", "country", "PER", 6, "coref:pronoun")]
    assert _home_country(acts) == "USA"


def test_whole_article_about_one_country(nlp):
    text = ("Marla Quince toured Ohio on Monday. In Dayton, Quince spoke to farmers about Ohio's corn. "
            "Quince then flew to Columbus, the capital of Ohio, where the Ohio House met. "
            "Voters in Ohio will decide in March.")
    table = _table(nlp, text)
    quince = [a for a in table.actors if a.name == "Marla Quince"]
    assert quince and quince[0].country == "USA"


# -- names that hold a bracket or a quotation mark they do not close (mentions._balanced)

@pytest.mark.parametrize("seg, want", [
    ("Harbor Dogs (", "Harbor Dogs"),
    ("Zenith Composite (ZNC", "Zenith Composite"),
    ("Lumen News)A", "Lumen News"),
    ("\u201cCommittee to Save the Pier", "Committee to Save the Pier"),
    ("Zenith Composite (ZNC)", "Zenith Composite (ZNC)"),
    ("\u201cThe Pier\u201d", "\u201cThe Pier\u201d"),
])
def test_a_name_ends_before_a_bracket_it_does_not_close(seg, want):
    s, e = _balanced(seg, 0, len(seg))
    assert seg[s:e] == want


def test_clean_name_cuts_an_unclosed_bracket():
    text = "the Harbor Dogs (with 25 members)"
    start = text.index("Harbor")
    s, e = clean_name(text, start, text.index("with") - 1 + 0, "ORG")
    assert text[s:e] == "Harbor Dogs"


def test_a_cut_at_a_bracket_holds_when_the_body_name_is_read_again(nlp):
    # the tokenizer glues ")A" to the name's last word; reading the body's name again must not grow it back
    text = "Madrid (ABC Money)A calmer view of the budget talks weighed on shares again on Monday."
    names = [a.name for a in _table(nlp, text).actors]
    assert "ABC Money" in names and not [n for n in names if ")" in n]


# -- an era's mark after a year read as a body (mentions._ERA_NAME): CrossNER tuning part, 11 "BC" organisations

@pytest.mark.parametrize("text, seg", [
    ("The fort fell in 412 BC , and the valley emptied.", "BC"),
    ("The Vell Kingdom ( 880 BCE - 702 BCE ) traded salt.", "BCE - 702 BCE"),
    ("The bridge was built in 1120 AD by the guild.", "AD"),
])
def test_an_era_after_a_year_is_no_name(text, seg):
    i = text.index(seg)
    assert clean_name(text, i, i + len(seg), "ORG") is None


def test_the_same_letters_as_a_name_are_kept():
    text = "The BC Greens met in Victoria."
    assert clean_name(text, 4, 6, "ORG") == (4, 6)


# -- a place or body inside a dated event's name (stage._in_dated_event_name): CrossNER tuning part,
#    about a hundred places of "<year> <Place> general election" read as places

@pytest.mark.parametrize("text, seg, inside", [
    ("She won the 1994 Zembla presidential election by a wide margin.", "Zembla", True),
    ("He lost his seat in 2007 Vell Senate election to a newcomer.", "Vell", True),
    ("The 2011 Quellan state election was held in May.", "Quellan", True),
    ("He ran in the 1996 Harbor Party presidential primaries and lost.", "Harbor Party", True),
    ("In 2016 Zembla troops left the border.", "Zembla", False),
    ("The Zembla presidential election was held in May.", "Zembla", False),
    ("In 2016 Zembla interfered in the election.", "Zembla", False),
])
def test_a_dated_event_name_holds_no_mention(text, seg, inside):
    i = text.index(seg)
    assert _in_dated_event_name(text, Cand(i, i + len(seg), "location", "ner:GPE", None)) is inside


def test_the_country_of_a_dated_election_is_no_actor(nlp):
    text = "Hopes were high before the 2012 France presidential election, the paper wrote."
    assert not [a for a in _table(nlp, text).actors if a.name == "France"]


# -- roles: the role noun heads its phrase; a list of titled people is no apposition (roles._role_heads,
#    roles._lists_titled_other, roles._from_role)

def _roles(nlp, text: str) -> dict[str, list[str]]:
    return {a.name: a.roles for a in _table(nlp, text).actors if a.kind == "person"}


def test_a_clause_about_a_bid_is_no_role(nlp):
    roles = _roles(nlp, "Opening his bid for governor less than two months before the primary, Tomas Reyes "
                        "told voters he would win.")
    assert roles.get("Tomas Reyes") == []


def test_a_role_after_a_preposition_and_a_name_starts_at_the_name(nlp):
    roles = _roles(nlp, "Mr. Drummond left a summit last March in Oslo with Norway's leader, Erna Halvorsen, early.")
    assert roles.get("Erna Halvorsen") == ["Norway's leader"]


def test_the_next_titled_person_of_a_list_is_no_role(nlp):
    roles = _roles(nlp, "Oregon Sen. Mark Delaney, Idaho Rep. Carla Venn, businessman Tom Pike and others are running.")
    assert roles.get("Mark Delaney") == ["Sen."]


@pytest.mark.parametrize("text, name, role", [
    ("Kara Doyle, deputy chief of staff, declined to comment.", "Kara Doyle", "deputy chief of staff"),
    ("Sarah Collins, a spokeswoman for President Hal Brecker, declined to comment.", "Sarah Collins",
     "spokeswoman for President Hal Brecker"),
    ("Paula Greer, the former special envoy to Peru, spoke on Monday.", "Paula Greer", "former special envoy to Peru"),
])
def test_titles_with_a_complement_stay_roles(nlp, text, name, role):
    assert role in _roles(nlp, text).get(name, [])
