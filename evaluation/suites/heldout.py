"""Articles written by the project (tests/data/heldout), each scored against its reference analysis
with shared/eval/score_analysis.py, section by section, as the seed is.

The references were written before newsgraph was run on the articles, so the figures show how the
rules carry over to articles they were not tuned on. The articles are ours, not kept back by
someone else: they measure generalisation only partly (see docs/evaluation.md).

Each section's mean is given over all the articles and over each part (evaluation/split.py, by the
article's file stem): "[tuning]" articles may be read when writing rules, "[test]" ones only scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsgraph.ingest import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import Analyzer
from .. import EvalContext, Figure, Suite, repo_root, split
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


def read_article(path: Path) -> Article:
    """The article in `path`, read as `newsgraph analyze PATH` reads it."""
    return next(a for a in read_inputs([str(path)]) if isinstance(a, Article))


def _means(scored: list[tuple[str, dict[str, float]]], suffix=lambda name: name) -> list[Figure]:
    per_section: dict[str, list[float]] = {name: [] for name in SECTIONS}
    means = []
    for _, scores in scored:
        for name, value in scores.items():
            per_section[name].append(value)
        means.append(sum(scores.values()) / len(scores))
    figures = [Figure(suffix(name), sum(v) / len(v), n=len(v)) for name, v in per_section.items() if v]
    if means:
        figures.append(Figure(suffix("mean"), sum(means) / len(means), n=len(means)))
    return figures


def score_articles(ctx: EvalContext, items: Iterable[tuple[str, Path, Path]]) -> list[Figure]:
    """Section means over (id, article path, reference path) items: all of them, then each part
    that has articles (a part with none gives no figures rather than NaN ones)."""
    analyzer = ctx.cache.get("analyzer") or ctx.cache.setdefault("analyzer", Analyzer())
    scored = []
    for item_id, path, gold in items:
        scored.append((item_id, score(ctx, gold, analyzer.analyze(read_article(path)).to_json())))
    figures = _means(scored)
    for which, chosen in split.split(scored, lambda pair: pair[0]).items():
        figures += _means(chosen, lambda name, w=which: split.label(name, w))
    return figures


def run(ctx: EvalContext) -> list[Figure]:
    return score_articles(ctx, [(md.stem, md, gold) for md, gold in articles()])


SUITE = Suite(
    name="heldout",
    description="articles written by the project (tests/data/heldout) vs references written before running newsgraph",
    needs=("score_analysis.py",),
    run=run,
)
