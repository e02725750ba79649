"""Object and aside boundaries mined from PolNeAR's train part in the eighth attribution round
(issue 11: rules from train only). Every sentence here is invented; each test fails without the
rule it names."""

from __future__ import annotations

import pytest

from conftest import analyze_text


def _contents(analysis) -> list[str]:
    return [" ".join(c.text for c in s.content) for s in analysis.statements if s.speaker is not None]


@pytest.mark.parametrize("text, inside", [
    # a poll's finding: the figures hang on the cue with `with` (cues.tsv objprep `with`)
    ("A new survey by the institute showed Mayor Ortiz with a 12-point lead over her closest rival.",
     "Mayor Ortiz with a 12-point lead"),
    # the ground of a rebuke hangs on the cue with `over` (cues.tsv objprep `over`)
    ("Governor Lena Park blasted her opponent on Friday over his shifting stance on water rights.",
     "over his shifting stance"),
])
def test_object_goes_on_in_a_with_or_over_phrase_hung_on_the_cue(analyzer, text, inside):
    assert any(inside in c for c in _contents(analyze_text(analyzer, text)))


def test_object_runs_to_the_furthest_edge_of_its_parts(analyzer):
    # the parser hangs the list on the first token of 're-election': the last part stops before it
    an = analyze_text(analyzer, "The senator endorsed the re-election of Rep. Tom Reyes (D-Ore.), Sen. Mara Quint "
                                "(D-Wash.), and Sen. Joe Bell (R-Idaho).")
    assert any("Tom Reyes" in c and "Joe Bell" in c for c in _contents(an))


def test_bare_verbs_hung_on_an_object_cue_go_on_with_the_infinitive_in_its_object(analyzer):
    an = analyze_text(analyzer, "The governor touted her plans to build new roads, expand rural clinics and cut "
                                "school fees.")
    assert any("plans to build new roads" in c and "cut school fees" in c for c in _contents(an))


def test_parenthetical_cue_leaves_out_a_trailing_aside(analyzer):
    # 'X, he said, Y, which ...': the relative clause after the attributed clause is the writer's
    an = analyze_text(analyzer, "Most of the wells, engineer Ada Okafor said, have run dry since May, which would make "
                                "this the worst summer in a decade.")
    st = [c for c in _contents(an) if "run dry since May" in c]
    assert st and all("worst summer" not in c for c in st)


def test_a_comma_closing_a_quotation_sets_off_a_trailing_apposition(analyzer):
    # 'the "border clause," a loophole ...': the comma inside the closing mark ends the object as one
    # outside it would; the apposition is the writer's
    an = analyze_text(analyzer, 'Quint also blasted the "border clause," a loophole in the treaty that lets traders '
                                'skip the checks.')
    st = [c for c in _contents(an) if "border clause" in c]
    assert st and all("loophole" not in c for c in st) and st[0].endswith('clause,"')
