"""The quality gate: every evaluation figure at or above its recorded floor (floors only go up).

Runs every suite on the gold data in ../shared/eval, as `newsgraph eval` does.
"""

from __future__ import annotations

import math

import pytest

from newsgraph import evaluation

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
    figures = {f.name: f.value for f in suite.run(ctx)}
    below = {name: (figures.get(name), floor) for name, floor in floors.items()
             if name not in figures or math.isnan(figures[name]) or figures[name] + 1e-9 < floor}
    assert not below, f"below floor (value, floor): {below}"


def test_floors_never_go_down(tmp_path, monkeypatch):
    monkeypatch.setattr(evaluation, "floors_dir", lambda: tmp_path)
    evaluation.raise_floors("x", [evaluation.Figure("f1", 0.8)])
    evaluation.raise_floors("x", [evaluation.Figure("f1", 0.7)])
    assert evaluation.load_floors("x") == {"f1": 0.8}
