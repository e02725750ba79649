"""Articles written by the project (tests/data/heldout), each scored against its reference analysis
with shared/eval/score_analysis.py, section by section, as the seed is.

The references were written before newsgraph was run on the articles, so the figures show how the
rules carry over to articles they were not tuned on. The articles are ours, not kept back by
someone else: they measure generalisation only partly (see docs/evaluation.md).
"""

from __future__ import annotations

from newsgraph.ingest import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import Analyzer
from .. import EvalContext, Figure, Suite, repo_root
from .seed import SECTIONS, score


def articles() -> list:
    """(article path, reference path) pairs under tests/data/heldout, in name order."""
    folder = repo_root() / "tests" / "data" / "heldout"
    out = []
    for md in sorted(folder.glob("*.md")):
        gold = md.with_name(md.stem + ".gold.json")
        if gold.exists():
            out.append((md, gold))
    return out


def run(ctx: EvalContext) -> list[Figure]:
    analyzer = Analyzer()
    per_section: dict[str, list[float]] = {name: [] for name in SECTIONS}
    means = []
    pairs = articles()
    for md, gold in pairs:
        article = next(a for a in read_inputs([str(md)]) if isinstance(a, Article))
        scores = score(ctx, gold, analyzer.analyze(article).to_json())
        for name, value in scores.items():
            per_section[name].append(value)
        means.append(sum(scores.values()) / len(scores))
    figures = [Figure(name, sum(v) / len(v), n=len(v)) for name, v in per_section.items() if v]
    figures.append(Figure("mean", sum(means) / len(means) if means else 0.0, n=len(means)))
    return figures


SUITE = Suite(
    name="heldout",
    description="articles written by the project (tests/data/heldout) vs references written before running newsgraph",
    needs=("score_analysis.py",),
    run=run,
)
