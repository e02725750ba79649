"""The mention scorer's typing of a country (evaluation/suites/ner_scoring.py): a state that acts is
typed Organisation for re3d, a place Location; the same test for newsgraph and the bare model.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from evaluation.suites import ner_scoring


def _types(nlp, text: str, states_act: bool) -> dict[str, set[str]]:
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for s, e, typ in ner_scoring.newsgraph(doc, text, True, states_act):
        out.setdefault(text[s:e], set()).add(typ)
    return out


def test_a_country_that_acts_is_an_organisation_a_place_a_location(nlp):
    text = "Ruritania said on Monday it would send aid to Iraq. Iraq's government thanked Canada."
    typed = _types(nlp, text, True)
    assert typed["Iraq"] == {"Location", "Organisation"}  # "to Iraq" a place, "Iraq's government" the state
    assert typed["Canada"] == {"Location"}  # an object is no actor acting
    plain = _types(nlp, text, False)
    assert plain["Iraq"] == {"Location"}  # CrossNER: every country is a Location


def test_the_regime_named_for_a_country_is_an_organisation(nlp):
    text = "Shells fell on two towns in Syria on Monday. Later the regime denied it had fired them."
    typed = _types(nlp, text, True)
    assert typed.get("regime") == {"Organisation"}


def test_the_bare_model_gets_the_same_test(nlp):
    text = "France said the border would stay shut, and refugees waited in France."
    doc = nlp(text)
    spans = {(text[s:e], t) for s, e, t in ner_scoring.bare(doc, True)}
    assert ("France", "Organisation") in spans and ("France", "Location") in spans
    assert all(t == "Location" for _, t in {(text[s:e], t) for s, e, t in ner_scoring.bare(doc, False)})


def test_an_organisations_it_counts_for_re3d_but_not_its(nlp):
    text = "Amnesty International said on Monday that it had lost its office in the town."
    spans = _types(nlp, text, True)
    assert spans.get("it") == {"Organisation"}
    assert "its" not in spans
    doc = nlp(text)
    crossner = {text[s:e] for s, e, _ in ner_scoring.newsgraph(doc, text, False)}
    assert "it" not in crossner  # CrossNER's guide annotates no reference
