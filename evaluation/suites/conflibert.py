"""ConfliBERT CAMEO test split (shared/eval/conflibert-cameo): coarse class and actor spans.

Each sentence is analysed as its own article; its first event (highest in the parse) is the
sentence's coding, none when no event is found.

Class (`cameo_class/test.tsv`): the PLOVER category is mapped to the CAMEO "pentaclass" through
the CAMEO root codes of CAMEO2PLOVER-2021: 0 neutral (no event: statements), 1 verbal cooperation
(AGREE 03, CONSULT 04, SUPPORT 05), 2 material cooperation (COOPERATE 06, AID 07, CONCEDE and
RETREAT 08), 3 verbal conflict (ACCUSE 09/11, REQUEST 10, REJECT 12, THREATEN 13, and SANCTION 16),
4 material conflict (PROTEST 14, MOBILIZE 15, COERCE 17, ASSAULT 18-20). SANCTION sits in 3 because
this data labels CAMEO 16 (expel, suspend, break relations) so: on the *train* split, 76 of the 80
sentences newsgraph codes SANCTION are labelled 3 (the test split was not used to choose). PLOVER's REQUEST joins
CAMEO 02 "appeal" (class 0) and 10 "demand" (class 3); the event's trigger word tells them apart:
demand words (DEMAND_WORDS, and "must" in a reported clause) give 3, other requests (urge, call
on, ask, appeal) give 0. A REJECT that denies a charge, an accusation or a report (the event's
target is whose claim it was, adjustment `target=claim-owner`) is CAMEO 016 "deny responsibility",
under 01 "make public statement": 0 (on the train split all 27 "rejected accusations"/"denied
charges" sentences are labelled 0). Likewise an act whose doer is the one who claimed responsibility for it
(adjustment `source=claimant`) is CAMEO 015 "claim responsibility": 0 (all 11 train sentences with
"claimed responsibility for" are labelled 0). Reported with the
majority-class baseline, and apart for the sentences that are not also in plover-gsr (the
patterns were written while reading plover-gsr, so that subset is the fairer figure).

Spans (`cameo_ner/test.txt`): tokens joined by single spaces. Source match: one of the event's
source spans (`Event.source_text`) overlaps a gold S or R span; target match likewise with T or R;
each over the sentences that have such a gold span.
"""

from __future__ import annotations

import json
from collections import Counter

from .. import EvalContext, Figure, Suite, rate
from .plover_gsr import analyze_sentences, overlaps

PENTA = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
         "ACCUSE": 3, "REQUEST": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "MOBILIZE": 4, "SANCTION": 3,
         "COERCE": 4, "ASSAULT": 4}
DEMAND_WORDS = frozenset({"demand", "demands", "demanded", "demanding", "insist", "insisted", "insists", "must",
                          "require", "required", "requires", "pressure", "pressured", "press", "pressed", "ultimatum"})


def pentaclass(event) -> int:
    if event is None:
        return 0
    if event.type == "REJECT" and "target=claim-owner" in event.adjustments:
        return 0  # a denial of a charge or a report: CAMEO 016 "deny responsibility", a public statement
    if "source=claimant" in event.adjustments:
        return 0  # "claimed responsibility for the attack": CAMEO 015 "claim responsibility", a public statement
    if event.type == "REQUEST":
        word = (event.trigger.text if event.trigger else "").lower()
        return 3 if word in DEMAND_WORDS or "speech:must" in event.rule else 0
    return PENTA.get(event.type, 0)


def read_ner(path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(sentence, {"S"|"T"|"R": [(start, end)]}) from CoNLL `token tag` lines."""
    out = []
    toks: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            toks.append((word, tag))
            continue
        if not toks:
            continue
        text, spans, pos, cur = "", {"S": [], "T": [], "R": []}, 0, None
        for word, tag in toks:
            if text:
                text += " "
                pos += 1
            start = pos
            text += word
            pos += len(word)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if kind in spans and (tag.startswith("B-") or cur is None or cur[0] != kind):
                cur = [kind, start, pos]
                spans[kind].append((start, pos))
            elif kind in spans and cur is not None:
                cur[2] = pos
                spans[kind][-1] = (cur[1], pos)
            else:
                cur = None
        out.append((text, spans))
        toks = []
    return out


def run(ctx: EvalContext) -> list[Figure]:
    base = ctx.eval_path("conflibert-cameo")
    rows = []
    for line in (base / "cameo_class" / "test.tsv").read_text(encoding="utf-8").splitlines():
        sentence, _, label = line.rpartition("\t")
        if sentence.strip() and label.strip().isdigit():
            rows.append((sentence.strip(), int(label)))
    ner = read_ner(base / "cameo_ner" / "test.txt")
    if ctx.limit:
        rows, ner = rows[: ctx.limit], ner[: ctx.limit]
    gsr_path = ctx.eval_path("plover-gsr", "PLOVER_GSR_CAMEO.json")
    in_gsr = set()
    if gsr_path.exists():
        in_gsr = {" ".join(r.get("text", "").split()) for r in json.loads(gsr_path.read_text(encoding="utf-8"))}

    analysed = analyze_sentences(ctx, [s for s, _ in rows])
    hit = held_n = held_hit = 0
    counts: Counter[int] = Counter(label for _, label in rows)
    for (sentence, label), (_, events, _) in zip(rows, analysed):
        pred = pentaclass(events[0] if events else None)
        hit += pred == label
        if " ".join(sentence.split()) not in in_gsr:
            held_n += 1
            held_hit += pred == label
    n = len(rows)
    majority = counts.most_common(1)[0][1] / n if n else float("nan")

    src_n = src_hit = tgt_n = tgt_hit = 0
    for (text, gold), (_, events, _) in zip(ner, analyze_sentences(ctx, [t for t, _ in ner])):
        ev = events[0] if events else None
        src_gold, tgt_gold = gold["S"] + gold["R"], gold["T"] + gold["R"]
        if src_gold:
            src_n += 1
            src_hit += bool(ev) and overlaps([(s.start, s.end) for s in ev.source_text], src_gold)
        if tgt_gold:
            tgt_n += 1
            tgt_hit += bool(ev) and overlaps([(s.start, s.end) for s in ev.target_text], tgt_gold)

    return [
        Figure("pentaclass accuracy", rate(hit, n), baseline_name="majority class", baseline=majority, n=n),
        Figure("pentaclass accuracy, not in plover-gsr", rate(held_hit, held_n), n=held_n),
        Figure("source span match", rate(src_hit, src_n), n=src_n),
        Figure("target span match", rate(tgt_hit, tgt_n), n=tgt_n),
    ]


SUITE = Suite(
    name="conflibert",
    description="ConfliBERT CAMEO test split: pentaclass from the PLOVER category, source/target span match",
    needs=("conflibert-cameo/cameo_class/test.tsv", "conflibert-cameo/cameo_ner/test.txt"),
    run=run,
)
