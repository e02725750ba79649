"""Person/Organisation/Location mention F1 on CrossNER politics (Wikipedia sentences), test split.

Types mapped: politician, person -> Person; organisation, politicalparty -> Organisation;
country, location -> Location; election, event and misc are not actors and are left out.
Sentences are rebuilt by joining the tokens with single spaces; the sentence is its own id for
the tuning/test split.
"""

from __future__ import annotations

from .. import EvalContext, Figure, Suite
from .ner_scoring import Doc, figures, norm_span

MAP = {"politician": "Person", "person": "Person", "organisation": "Organisation",
       "politicalparty": "Organisation", "country": "Location", "location": "Location"}


def _sentences(path):
    rows: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
            continue
        tok, _, tag = line.partition("\t")
        rows.append((tok, tag.strip() or "O"))
    if rows:
        yield rows


def _doc(rows) -> Doc:
    text, spans, cur = "", [], None
    for tok, tag in rows:
        if text:
            text += " "
        start = len(text)
        text += tok
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if tag.startswith("I-") and cur and cur[2] == kind:
            cur[1] = len(text)
        else:
            if cur:
                spans.append(cur)
            cur = [start, len(text), kind] if kind else None
    if cur:
        spans.append(cur)
    gold = {(*norm_span(text, a, b), MAP[k]) for a, b, k in spans if k in MAP}
    return Doc(text, frozenset(gold), id=text)


def load(ctx: EvalContext) -> list[Doc]:
    docs = [_doc(r) for r in _sentences(ctx.eval_path("crossner-politics", "test.txt"))]
    return docs[: ctx.limit] if ctx.limit else docs


def run(ctx: EvalContext) -> list[Figure]:
    return figures("crossner-politics", load(ctx), references=False)


SUITE = Suite(
    name="ner_crossner",
    description="actor mentions vs CrossNER politics test (person/organisation/location), next to bare spaCy",
    needs=("crossner-politics/test.txt",),
    run=run,
)
