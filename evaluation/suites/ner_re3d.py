"""Person/Organisation/Location mention F1 on re3d (Dstl; Syria/Iraq conflict texts), confidence >= 0.5.

A document's id for the tuning/test split is `<source folder>/<_id>`. A country that acts is typed
Organisation, as re3d's guide types a government (ner_scoring.acting_state), for both systems.
"""

from __future__ import annotations

import json

from .. import EvalContext, Figure, Suite
from .ner_scoring import TYPES, Doc, figures, norm_span

MIN_CONFIDENCE = 0.5


def _lines(path):
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def load(ctx: EvalContext) -> list[Doc]:
    root = ctx.eval_path("re3d")
    docs = []
    for folder in sorted(p for p in root.iterdir() if (p / "documents.json").exists()):
        texts = {d["_id"]: d["text"] for d in _lines(folder / "documents.json")}
        gold: dict[str, set] = {k: set() for k in texts}
        for e in _lines(folder / "entities.json"):
            if e["type"] in TYPES and float(e.get("confidence") or 0) >= MIN_CONFIDENCE and e["documentId"] in texts:
                text = texts[e["documentId"]]
                gold[e["documentId"]].add((*norm_span(text, int(e["begin"]), int(e["end"])), e["type"]))
        docs += [Doc(texts[k], frozenset(gold[k]), id=f"{folder.name}/{k}") for k in sorted(texts)]
    return docs[: ctx.limit] if ctx.limit else docs


def run(ctx: EvalContext) -> list[Figure]:
    return figures("re3d", load(ctx), references=True, states_act=True)


SUITE = Suite(
    name="ner_re3d",
    description="actor mentions vs re3d Person/Organisation/Location (confidence >= 0.5), next to bare spaCy",
    needs=("re3d",),
    run=run,
)
