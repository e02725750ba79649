"""PolNeAR train (840 articles): the tuning part for attribution, scored as `attribution` scores dev.

Cue and attribution rules may be mined from these articles; `attribution` (dev) is the figure
they are judged by. A full run needs about 3 min of CPU, 4 to 14 min on two shared cores
(docs/evaluation.md), so plain `newsgraph eval` leaves this suite out: name it
(`newsgraph eval attribution_train`), and `--limit N` scores the first N articles for a quick
look. No textacy baseline here (it is on dev).
"""

from __future__ import annotations

from .. import EvalContext, Figure, Suite
from .attribution import measure


def run(ctx: EvalContext) -> list[Figure]:
    return measure(ctx, "train", baseline=False)


SUITE = Suite(
    name="attribution_train",
    description="PolNeAR train attributions, the tuning part (slow: run by name, or with --limit)",
    needs=("polnear/data/train/text", "polnear/data/train/attributions", "score_attribution.py"),
    run=run,
    default=False,
)
