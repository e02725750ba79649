"""The quality gate: every evaluation figure at or above its recorded floor (floors only go up).

Runs every suite on the gold data in ../shared/eval, as `newsgraph eval` does, with the same check
(`evaluation.below_floor`).
"""

from __future__ import annotations

import pytest

import evaluation

SUITES = evaluation.suites()


@pytest.mark.slow
@pytest.mark.parametrize("suite", SUITES, ids=[s.name for s in SUITES])
def test_figures_at_or_above_floors(shared, suite):
    ctx = evaluation.EvalContext(shared=shared)
    missing = [n for n in suite.needs if not ctx.eval_path(n).exists()]
    if missing:
        pytest.skip(f"gold data missing: {missing}")
    floors = evaluation.load_floors(suite.name)
    assert floors, f"no floors recorded for {suite.name}: run `newsgraph eval {suite.name} --raise-floors`"
    below = evaluation.below_floor(suite.name, suite.run(ctx), floors)
    assert not below, "below floor: " + "; ".join(map(str, below))


def test_floors_never_go_down(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluation, "floors_dir", lambda: tmp_path)
    evaluation.raise_floors("x", [evaluation.Figure("f1", 0.8)])
    evaluation.raise_floors("x", [evaluation.Figure("f1", 0.7)])
    assert evaluation.load_floors("x") == {"f1": 0.8}


def test_below_floor_flags_low_missing_and_nan_figures():
    floors = {"a": 0.5, "b": 0.5, "c": 0.5, "d": 0.5}
    figures = [evaluation.Figure("a", 0.6), evaluation.Figure("b", 0.4), evaluation.Figure("c", float("nan"))]
    assert [s.figure for s in evaluation.below_floor("x", figures, floors)] == ["b", "c", "d"]


def test_eval_command_finds_the_checkout_and_lists_suites(capsys):
    from newsgraph.cli import main

    assert main(["eval", "--list"]) == 0
    assert "seed" in capsys.readouterr().out
