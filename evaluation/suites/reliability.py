"""The shipped ratings table against News-Media-Reliability (Baly et al., MBFC labels of 2018 and 2020).

Per corpus: coverage (share of its outlets the shipped table rates at all, by host or registered
domain) and agreement (share of the covered outlets whose label, "very low" folded into low, equals
their factual label), with the all-"high" baseline on the same covered outlets. The cut-offs that turn
the published scores into labels were chosen on emnlp18 (scripts/build_ratings.py --choose-cutoffs),
so acl2020 is the check; "acl2020 factual agreement, not in emnlp18" scores only the acl2020 outlets
emnlp18 does not list. The same two figures for the old hand-compiled table
(scripts/ratings/hand-compiled-2023.csv) are reported beside them, ungated. Their labels are older than
the published figures, so disagreement is partly the raters changing their minds, not only errors.
"""

from __future__ import annotations

import csv
from pathlib import Path

from newsgraph.source.ratings import RatingsTable, norm_domain, parse, shipped
from .. import EvalContext, Figure, Suite, rate, repo_root

CORPORA = ("emnlp18", "acl2020")
OLD_TABLE = Path("scripts") / "ratings" / "hand-compiled-2023.csv"


def _three(label: str) -> str:
    return {"very low": "low"}.get(label, label)


def outlets(path: Path, limit: int | None = None) -> dict[str, str]:
    """host -> factual label (high, mixed, low) of a News-Media-Reliability corpus.tsv; first row wins."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if limit:
        rows = rows[:limit]
    theirs: dict[str, str] = {}
    for row in rows:
        d = norm_domain(row["source_url"])
        if d:
            theirs.setdefault(d, row["fact"].strip().lower())
    return theirs


def score(table: RatingsTable, theirs: dict[str, str]) -> tuple[float, float, float, int]:
    """(coverage, agreement, all-high agreement, covered) of `table` on the outlets `theirs`."""
    covered = {d: r for d in theirs if (r := table.for_domain(d)) is not None}
    agree = sum(_three(r.label) == theirs[d] for d, r in covered.items())
    all_high = sum(theirs[d] == "high" for d in covered)
    n = len(covered)
    return rate(n, len(theirs)), rate(agree, n), rate(all_high, n), n


def run(ctx: EvalContext) -> list[Figure]:
    table = RatingsTable(shipped())
    old_path = repo_root() / OLD_TABLE
    old = RatingsTable(parse(old_path.read_text(encoding="utf-8"), OLD_TABLE.name)) if old_path.is_file() else None
    sets = {c: outlets(ctx.eval_path("news-media-reliability", c, "corpus.tsv"), ctx.limit) for c in CORPORA}
    figures = []
    for corpus, theirs in sets.items():
        coverage, agreement, all_high, n = score(table, theirs)
        figures.append(Figure(f"{corpus} coverage", coverage, n=len(theirs)))
        figures.append(Figure(f"{corpus} factual agreement", agreement, baseline_name="all high",
                              baseline=all_high, n=n))
        if old is not None:
            coverage, agreement, _, n = score(old, theirs)
            figures.append(Figure(f"{corpus} coverage, old table", coverage, n=len(theirs), gated=False))
            figures.append(Figure(f"{corpus} factual agreement, old table", agreement, n=n, gated=False))
    unseen = {d: f for d, f in sets["acl2020"].items() if d not in sets["emnlp18"]}
    coverage, agreement, all_high, n = score(table, unseen)
    figures.append(Figure("acl2020 factual agreement, not in emnlp18", agreement, baseline_name="all high",
                          baseline=all_high, n=n))
    return figures


SUITE = Suite(
    name="reliability",
    description="shipped outlet ratings vs News-Media-Reliability (coverage, factual-label agreement; "
                "cut-offs chosen on emnlp18, checked on acl2020)",
    needs=tuple(f"news-media-reliability/{c}/corpus.tsv" for c in CORPORA),
    run=run,
)
