"""CASE 2021 task 2 (shared/eval/case2021-task2): ACLED event sub-types of short news snippets.

Each snippet (1-3 sentences) is analysed as its own article. ACLED sub-types are not PLOVER
categories; each is mapped here to the PLOVER categories that code it (from the definitions in
shared/reference/plover: ASSAULT covers armed attack, bombing, abduction and sexual violence;
COERCE covers arrest, seizure and force short of attack; PROTEST, AGREE, CONCEDE/RETREAT and MOBILIZE
as named). Where two are fair readings both are accepted (a "violent demonstration" is PROTEST or
ASSAULT). DIPLO (diplomatic events) accepts the verbal and material cooperation categories; ATTRIB
(claims of responsibility) accepts ACCUSE, or the claimed act coded with its claimant as the doer
(adjustment `source=claimant`); OTHER and ORG_CRIME are left out (no PLOVER reading).

Figures, for the whole set and each part (evaluation/split.py, by the row's `id`):
  - "category accuracy": the snippet's first event (highest in the parse) is of an accepted category;
  - "any event right": some event of the snippet is of an accepted category (snippets may hold several);
  - "no event on disasters": NATURAL_DISASTER / MAN_MADE_DISASTER snippets (a flood, a factory fire)
    get no ASSAULT, COERCE or PROTEST: violent words without a political actor are not force.
The licence of the data is unstated: it is read where it lies and never copied.
"""

from __future__ import annotations

import csv

from .. import EvalContext, Figure, Suite, rate, split
from .plover_gsr import analyze_sentences

ACCEPT: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "ARMED_CLASH": "ASSAULT", "AIR_STRIKE": "ASSAULT", "ART_MISS_ATTACK": "ASSAULT", "ATTACK": "ASSAULT",
    "CHEM_WEAP": "ASSAULT", "GRENADE": "ASSAULT", "SUIC_BOMB": "ASSAULT", "REM_EXPLOS": "ASSAULT",
    "SEX_VIOL": "ASSAULT", "ABDUCT_DISSAP": "ASSAULT COERCE", "MOB_VIOL": "ASSAULT PROTEST",
    "PROPERTY_DISTRUCT": "ASSAULT COERCE", "GOV_REGAINS_TERIT": "ASSAULT COERCE",
    "NON_STATE_ACTOR_OVERTAKES_TER": "ASSAULT COERCE", "DISR_WEAP": "COERCE ASSAULT", "ARREST": "COERCE",
    "FORCE_AGAINST_PROTEST": "COERCE ASSAULT", "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST COERCE",
    "VIOL_DEMONSTR": "PROTEST ASSAULT", "AGREEMENT": "AGREE", "NON_VIOL_TERRIT_TRANSFER": "CONCEDE RETREAT",
    "HQ_ESTABLISHED": "MOBILIZE", "CHANGE_TO_GROUP_ACT": "MOBILIZE RETREAT",
    "DIPLO": "CONSULT AGREE SUPPORT COOPERATE AID", "ATTRIB": "ACCUSE",
}.items()}
DISASTERS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
FORCE = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _right(event, label: str) -> bool:
    """The event codes the snippet's sub-type: an accepted category, or, for a claim of
    responsibility (ATTRIB), the claimed act with its claimant as the doer (adjustment
    `source=claimant`: newsgraph codes "X claimed responsibility for the attack" as X's attack)."""
    return event.type in ACCEPT[label] or (label == "ATTRIB" and "source=claimant" in event.adjustments)


def load(ctx: EvalContext) -> list[dict]:
    path = ctx.eval_path("case2021-task2", "test_set_final_release_with_labels.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = [r for r in reader if r.get("EventSnippet", "").strip()]
    return rows[: ctx.limit] if ctx.limit else rows


def score(rows: list[dict], results: list, suffix=lambda name: name) -> list[Figure]:
    n = first = anyhit = dis_n = dis_ok = 0
    for r, (_, events, _) in zip(rows, results):
        label = r["SubType"].strip()
        types = [e.type for e in events]
        if label in ACCEPT:
            n += 1
            first += bool(events) and _right(events[0], label)
            anyhit += any(_right(e, label) for e in events)
        elif label in DISASTERS:
            dis_n += 1
            dis_ok += not any(t in FORCE for t in types)
    return [Figure(suffix("category accuracy"), rate(first, n), n=n),
            Figure(suffix("any event right"), rate(anyhit, n), n=n),
            Figure(suffix("no event on disasters"), rate(dis_ok, dis_n), n=dis_n)]


def run(ctx: EvalContext) -> list[Figure]:
    rows = load(ctx)
    results = analyze_sentences(ctx, [r["EventSnippet"] for r in rows])
    figures = score(rows, results)
    for which, chosen in split.split(list(zip(rows, results)), lambda pair: pair[0]["id"].strip()).items():
        figures += score([r for r, _ in chosen], [x for _, x in chosen], lambda name, w=which: split.label(name, w))
    return figures


SUITE = Suite(
    name="case2021",
    description="CASE 2021 task 2 snippets: ACLED sub-type vs the PLOVER category of the events found",
    needs=("case2021-task2/test_set_final_release_with_labels.tsv",),
    run=run,
)
