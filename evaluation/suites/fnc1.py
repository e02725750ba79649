"""FNC-1 headline-body stance (competition test set) with stances.headline, against all-"discuss".

Figures: macro-F1 over the four classes (Hanselowski et al. 2018 recommend it over the FNC score,
which favours the majority class) and the FNC-1 weighted score relative to its maximum. The
relatedness threshold was set before scoring. The training split is not in ../shared, so the
competition set is split itself (evaluation/split.py, by the pair's `Body ID`: a body and all its
headlines fall in one part): cues may be written from what the "[tuning]" part shows; "[test]" is
only scored.
"""

from __future__ import annotations

import csv

from newsgraph.stances import headline
from .. import EvalContext, Figure, Suite, split

LABELS = ("agree", "disagree", "discuss", "unrelated")


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def fnc_score(gold: list[str], pred: list[str]) -> float:
    def points(g: str, p: str) -> float:
        s = 0.25 if (g == "unrelated") == (p == "unrelated") else 0.0
        return s + (0.75 if g != "unrelated" and g == p else 0.0)

    best = sum(points(g, g) for g in gold)
    return sum(points(g, p) for g, p in zip(gold, pred)) / best


def run(ctx: EvalContext) -> list[Figure]:
    root = ctx.eval_path("fnc1")
    with (root / "competition_test_bodies.csv").open(encoding="utf-8") as fh:
        bodies = {row["Body ID"]: headline.prepare(row["articleBody"]) for row in csv.DictReader(fh)}
    with (root / "competition_test_stances.csv").open(encoding="utf-8") as fh:
        pairs = list(csv.DictReader(fh))
    if ctx.limit:
        pairs = pairs[: ctx.limit]
    scored = [(p["Body ID"], p["Stance"], headline.stance(p["Headline"], bodies[p["Body ID"]])) for p in pairs]
    figures = _figures(scored)
    for which, chosen in split.split(scored, lambda item: item[0]).items():
        if chosen:
            figures += _figures(chosen, lambda name, w=which: split.label(name, w))
    return figures


def _figures(scored, name=lambda n: n) -> list[Figure]:
    gold = [g for _, g, _ in scored]
    pred = [p for _, _, p in scored]
    discuss = ["discuss"] * len(gold)
    return [
        Figure(name("macro-F1"), macro_f1(gold, pred), baseline_name="all discuss",
               baseline=macro_f1(gold, discuss), n=len(gold)),
        Figure(name("FNC score"), fnc_score(gold, pred), baseline_name="all discuss",
               baseline=fnc_score(gold, discuss), n=len(gold)),
    ]


SUITE = Suite(
    name="fnc1",
    description="FNC-1 headline-body stance (lexical rules) vs the all-discuss baseline",
    needs=("fnc1/competition_test_stances.csv", "fnc1/competition_test_bodies.csv"),
    run=run,
)
