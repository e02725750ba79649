"""Article body extraction on the Zyte article-extraction benchmark (181 news pages).

Scored as that benchmark scores it (its SOURCE.md describes the metric): `\\w+` tokens,
4-token shingles with counts, TP/FP/FN per page normalised to sum to 1, precision and recall
averaged over the pages where they are defined, F1 the harmonic mean of the two averages.
Plain trafilatura (its defaults, as the benchmark runs it) is measured in the same run.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.errors import InputError
from newsgraph.ingest import html as html_reader
from .. import EvalContext, Figure, Suite

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's shingle counts, normalised so that long pages weigh no more than short ones."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True, slots=True)
class Scores:
    f1: float
    precision: float
    recall: float


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens[i:i + SHINGLE])


def page_score(gold: str, predicted: str) -> PageScore:
    g, p = _shingles(gold), _shingles(predicted)
    tp = sum((g & p).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    total = tp + fp + fn
    return PageScore(tp / total, fp / total, fn / total) if total else PageScore(0.0, 0.0, 0.0)


def _precision(s: PageScore) -> float:
    if s.fp == s.fn == 0:
        return 1.0
    return 0.0 if s.tp == s.fp == 0 else s.tp / (s.tp + s.fp)


def _recall(s: PageScore) -> float:
    if s.fp == s.fn == 0:
        return 1.0
    return 0.0 if s.tp == s.fn == 0 else s.tp / (s.tp + s.fn)


def aggregate(pages: list[PageScore]) -> Scores:
    precisions = [_precision(s) for s in pages if s.tp + s.fp > 0]
    recalls = [_recall(s) for s in pages if s.tp + s.fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return Scores(2 * p * r / (p + r) if p + r else 0.0, p, r)


def newsgraph_body(html: str) -> str:
    try:
        return html_reader.parse(html, source_path="benchmark").text
    except InputError:
        return ""


def trafilatura_body(html: str) -> str:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.extract(html, include_comments=False) or ""


def load_pages(ctx: EvalContext) -> list[tuple[str, str, str]]:
    """(id, gold body, html) for each benchmark page, in the gold file's order."""
    root = ctx.eval_path("article-extraction-benchmark")
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    items = list(gold.items())[: ctx.limit] if ctx.limit else list(gold.items())
    out = []
    for key, value in items:
        with gzip.open(root / "html" / f"{key}.html.gz", "rt", encoding="utf-8", errors="replace") as fh:
            out.append((key, value.get("articleBody") or "", fh.read()))
    return out


def score_extractor(pages: list[tuple[str, str, str]], extract: Callable[[str], str]) -> Scores:
    return aggregate([page_score(gold, extract(html)) for _, gold, html in pages])


def run(ctx: EvalContext) -> list[Figure]:
    pages = load_pages(ctx)
    ours = score_extractor(pages, newsgraph_body)
    base = score_extractor(pages, trafilatura_body)
    n = len(pages)
    return [
        Figure("body token F1", ours.f1, "trafilatura", base.f1, n=n),
        Figure("body precision", ours.precision, "trafilatura", base.precision, n=n, gated=False),
        Figure("body recall", ours.recall, "trafilatura", base.recall, n=n, gated=False),
        Figure("margin over trafilatura F1", ours.f1 - base.f1, n=n, gated=False),
    ]


SUITE = Suite(
    name="extraction",
    description="HTML body extraction, shingle F1 on the Zyte benchmark (181 pages), vs plain trafilatura",
    needs=("article-extraction-benchmark/ground-truth.json", "article-extraction-benchmark/html"),
    run=run,
)
