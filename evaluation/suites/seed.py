"""The founding example, scored section by section with shared/eval/score_analysis.py."""

from __future__ import annotations

import contextlib
import io
import json

from newsgraph.ingest import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import Analyzer
from .. import EvalContext, Figure, Suite, load_shared_script

SECTIONS = ("article", "actors", "statements", "events", "stances", "signals", "source")


def score(ctx: EvalContext, gold_path, analysis_json: dict) -> dict[str, float]:
    scorer_mod = load_shared_script(ctx.shared, "score_analysis.py")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    s = scorer_mod.Scorer(gold, analysis_json)
    out = {}
    methods = {"article": s.article, "actors": s.actors_section, "statements": s.statements, "events": s.events,
               "stances": s.stances, "signals": s.signals, "source": s.source}
    with contextlib.redirect_stdout(io.StringIO()):
        for name in SECTIONS:
            if name in gold:
                try:
                    out[name] = float(methods[name]())
                except Exception:  # noqa: BLE001 - the scorer's own rule: a malformed section scores 0
                    out[name] = 0.0
    return out


def run(ctx: EvalContext) -> list[Figure]:
    seed = ctx.eval_path("seed")
    article = next(a for a in read_inputs([str(seed / "ceasefire-initiative.md")]) if isinstance(a, Article))
    analysis = Analyzer().analyze(article).to_json()
    scores = score(ctx, seed / "gold.json", analysis)
    figures = [Figure(f"{name}", value, n=1) for name, value in scores.items()]
    figures.append(Figure("mean", sum(scores.values()) / len(scores), n=1))
    return figures


SUITE = Suite(
    name="seed",
    description="founding example vs its reference analysis (score_analysis.py sections)",
    needs=("seed/ceasefire-initiative.md", "seed/gold.json", "score_analysis.py"),
    run=run,
)
