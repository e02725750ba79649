"""Real news pages from ../shared/eval, each with a reference analysis written by reading the page
before newsgraph was run on it (evaluation/references/<name>.gold.json), scored section by section
with shared/eval/score_analysis.py as the seed is.

The pages are third-party (article-extraction-benchmark, trafilatura-eval) and may not ship: a
reference names its page by its path under ../shared in the field `page` (the scorer ignores that
field), and a reference whose page is absent is skipped. Each section's mean is given over all the
references and over each part (evaluation/split.py, by the reference's name): six "[tuning]"
references, which may be read when writing rules, and six "[test]" ones, only scored.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import EvalContext, Figure, Suite, repo_root
from .heldout import score_articles

PREFIX = "../shared/"


def references() -> list[tuple[str, Path]]:
    """(name, reference path) for each evaluation/references/<name>.gold.json, in name order."""
    folder = repo_root() / "evaluation" / "references"
    return [(p.name.removesuffix(".gold.json"), p) for p in sorted(folder.glob("*.gold.json"))]


def page_path(ctx: EvalContext, gold: Path) -> Path:
    """The page a reference is about: its `page` field, a path under ../shared."""
    page = json.loads(gold.read_text(encoding="utf-8"))["page"]
    return ctx.shared / page.removeprefix(PREFIX)


def run(ctx: EvalContext) -> list[Figure]:
    items = []
    for name, gold in references():
        page = page_path(ctx, gold)
        if page.exists():
            items.append((name, page, gold))
    return score_articles(ctx, items)


SUITE = Suite(
    name="references",
    description="12 real news pages (../shared/eval) vs references written before running newsgraph",
    needs=("score_analysis.py", "article-extraction-benchmark/html", "trafilatura-eval/html-en"),
    run=run,
)
