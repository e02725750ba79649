"""Generic state nouns as speakers (issue 11, kind 4), session 10 (b): the statements stage gives "the
government", "the ministry", "the presidency" with no owner of their own by the rule the actors and
events stages use (actors.coref.state_meant): the country named most before the sentence; a tie
settled by the headline, the article's title or the outlet's country; nobody when a country is named
earlier in the same sentence or the tie stays. Never the country named last. A capital before
"officials"/"authorities"/"government" ("Beijing officials") is its state.

Every sentence here is invented for the test; none comes from a gold set or a page.
"""

from __future__ import annotations

from conftest import analyze_text, speaker_name, statements_with


def _speaker(analyzer, text, content_word, **meta):
    a = analyze_text(analyzer, text, **meta)
    st = statements_with(a, content_word)
    assert st, [s.content for s in a.statements]
    return speaker_name(a, st[0]), st[0]


def test_a_tie_goes_to_the_country_the_headline_names(analyzer):
    text = ("# Ghana shuts its eastern crossing\n\nGhanaian envoys met Togolese leaders in Lome on Tuesday. "
            "Togo said it regretted the step. The ministry said it would shut the crossing for a month.")
    assert _speaker(analyzer, text, "shut the crossing")[0] == "Ghana"


def test_a_tie_goes_to_the_country_the_title_names(analyzer):
    # the title is the article's, not a line of its text
    text = ("Ghanaian envoys met Togolese leaders on Tuesday. The presidency said it would shut the crossing "
            "for a month.")
    assert _speaker(analyzer, text, "shut the crossing", title="Ghana shuts its eastern crossing")[0] == "Ghana"


def test_a_tie_goes_to_the_outlets_country(analyzer):
    text = ("Kenyan envoys met Somali leaders on Tuesday. The two sides argued over grazing rights. The ministry "
            "said the border would stay closed.")
    assert _speaker(analyzer, text, "stay closed", domain="dailyledger.co.ke")[0] == "Kenya"


def test_two_countries_named_together_leave_the_government_unresolved(analyzer):
    # the nearest country (Niger) is not said to be the one meant
    text = "Chad and Niger signed the pact on Monday. The government said the pact would hold for ten years."
    name, st = _speaker(analyzer, text, "pact would hold")
    assert name is None and "speaker:generic" in st.rule


def test_a_country_named_earlier_in_the_sentence_is_not_the_governments(analyzer):
    text = ("Peru held talks on Monday. After a call with Chile, the government said the talks would resume "
            "in May.")
    name, _ = _speaker(analyzer, text, "talks would resume")
    assert name not in ("Chile",)


def test_the_country_named_most_before_speaks_through_its_ministry(analyzer):
    # three mentions to two: the same count the actors stage uses (no longer twice as many)
    text = ("Kenya closed the border. Kenya sent troops to the north. Kenya and Somalia met on Friday. Somalia "
            "protested. The ministry said the border would stay closed.")
    assert _speaker(analyzer, text, "stay closed")[0] == "Kenya"


def test_a_capital_before_officials_is_its_state(analyzer):
    text = "China and Japan held talks on trade. Beijing officials said the tariffs would be lifted next year."
    assert _speaker(analyzer, text, "tariffs would")[0] == "China"


def test_a_town_before_officials_stays_the_town(analyzer):
    # (a guard: a town is no capital; its officials are a local government)
    text = "Floods hit the region of Kenya on Monday. Nakuru officials said the roads would reopen soon."
    assert _speaker(analyzer, text, "roads would")[0] != "Kenya"
