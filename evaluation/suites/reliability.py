"""The shipped ratings table against News-Media-Reliability (Baly et al., MBFC labels of 2018 and 2020).

Two figures per corpus: coverage (share of its outlets the shipped table rates at all) and agreement
(share of the covered outlets whose factual label, folded to high/mixed/low, equals theirs), with the
all-"high" baseline on the same covered outlets. Their labels are older than ours, so disagreement
is partly the raters changing their minds, not only errors in the table.
"""

from __future__ import annotations

import csv

from newsgraph.source.ratings import RatingsTable, norm_domain, shipped
from .. import EvalContext, Figure, Suite

CORPORA = ("emnlp18", "acl2020")


def _three(label: str) -> str:
    return {"very low": "low"}.get(label, label)


def run(ctx: EvalContext) -> list[Figure]:
    table = RatingsTable(shipped())
    figures = []
    for corpus in CORPORA:
        path = ctx.eval_path("news-media-reliability", corpus, "corpus.tsv")
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        if ctx.limit:
            rows = rows[: ctx.limit]
        theirs: dict[str, str] = {}
        for row in rows:
            d = norm_domain(row["source_url"])
            if d:
                theirs.setdefault(d, row["fact"].strip().lower())
        covered = {d: table.for_domain(d) for d in theirs}
        covered = {d: r for d, r in covered.items() if r is not None}
        agree = sum(_three(r.label) == theirs[d] for d, r in covered.items())
        all_high = sum(theirs[d] == "high" for d in covered)
        n = len(covered)
        figures.append(Figure(f"{corpus} coverage", len(covered) / len(theirs) if theirs else float("nan"),
                              n=len(theirs), gated=True))
        figures.append(Figure(f"{corpus} factual agreement", agree / n if n else float("nan"),
                              baseline_name="all high", baseline=all_high / n if n else float("nan"), n=n))
    return figures


SUITE = Suite(
    name="reliability",
    description="shipped outlet ratings vs News-Media-Reliability (coverage, factual-label agreement)",
    needs=tuple(f"news-media-reliability/{c}/corpus.tsv" for c in CORPORA),
    run=run,
)
