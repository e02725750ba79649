"""PLOVER gold-standard records (shared/eval/plover-gsr): category, source and target per sentence.

Each of the 322 sentences is analysed as its own article; the sentence's first event (the one
highest in the parse, which is the order the events stage emits) is compared with the record.
The file is PLOVER 0.5/0.6: DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT; INVESTIGATE is
ACCUSE with mode `investigate` in the 2021 manual and is reported apart (not in the accuracy).

Actor match, exactly: the gold `actorText` is found in the sentence (case-insensitively; when
the coder's text is not verbatim, its longest word of 4+ letters is looked up instead). A
predicted side matches when one of its spans overlaps one gold span of that side (SRC/TAR
reciprocal actors count for both sides).
  - "words": the spans are the words the event names as source/target (`Event.source_text`),
    whether or not the actors stage made an actor of them;
  - "actor": the spans are the mentions, in this sentence, of the actors in `Event.source`
    (so an unresolved common noun does not count).
Target figures are over the records with a target.

Mode (issue 11, kind 12): over the records with a gold `mode` whose first event has the gold
category, the share whose `Event.mode` is that mode, under its PLOVER 2024 name or an older name
data/plover/modes.tsv lists for it ("host" is `visit`, "strike-hun" is `hunger`). The file's
contexts are not scored: most of its names ("legal", "resource", "government") are not the 2024
manual's, and a mapping would be a guess.

Every figure is given for the whole file and for its two parts (evaluation/split.py, by record
`id`): "[tuning]", the sentences patterns may be written from, and "[test]", only scored.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from newsgraph.ingest import finish
from newsgraph.model import Article, Event
from newsgraph.events import modes
from newsgraph.pipeline import Analyzer
from .. import EvalContext, Figure, Suite, rate, split

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


def analyze_sentences(ctx: EvalContext, texts: list[str]) -> list[tuple[Article, list[Event], dict]]:
    """Each text as its own English article: (article, events, actor id -> mention spans)."""
    analyzer = ctx.cache.get("analyzer") or ctx.cache.setdefault("analyzer", Analyzer())
    out = []
    for i, text in enumerate(texts):
        article = finish(Article(text=text, id=f"s{i}", language="en", source_path="eval"))
        analysis = analyzer.analyze(article)
        mentions = {a.id: [m.span for m in a.mentions] for a in analysis.actors}
        out.append((article, analysis.events, mentions))
    return out


def gold_spans(text: str, actor_text: str) -> list[tuple[int, int]]:
    low = text.lower()
    needle = actor_text.strip().lower()
    if not needle:
        return []
    m = re.search(r"\s+".join(map(re.escape, needle.split())), low)  # the gold's spacing is not the text's
    if m:
        return [(m.start(), m.end())]
    words = sorted(re.findall(r"[A-Za-z][\w.'-]{3,}", actor_text), key=len, reverse=True)
    for w in words:
        m = re.search(rf"\b{re.escape(w.lower())}", low)
        if m:
            return [(m.start(), m.start() + len(w))]
    return []


def overlaps(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in pred for c, d in gold)


def _actors(side) -> list[str]:
    return [x.get("actorText", "") for x in side] if isinstance(side, list) else []


def same_mode(category: str, gold: str, pred: str | None) -> bool:
    """The event's mode is the gold one, by its 2024 name or an older name of that mode."""
    if pred is None:
        return False
    if pred == gold:
        return True
    return any(r.mode == pred and gold in r.names for r in modes.load().modes.get(category, []))


def score(records: list[dict], results: list, suffix=lambda name: name) -> list[Figure]:
    """The figures for `records` (with their analyses in `results`), each name passed through `suffix`."""
    n = hit = inv_n = inv_hit = mode_n = mode_hit = 0
    src_n = src_words = src_actor = tgt_n = tgt_words = tgt_actor = 0
    gold_counts: Counter[str] = Counter()
    for r, (article, events, mentions) in zip(records, results):
        ev = events[0] if events else None
        gold = MAP.get(r["event"], r["event"])
        if gold == "INVESTIGATE":
            inv_n += 1
            inv_hit += ev is not None and ev.type == "ACCUSE"
        else:
            n += 1
            gold_counts[gold] += 1
            hit += ev is not None and ev.type == gold
            gold_mode = (r.get("mode") or "").strip()
            if gold_mode and ev is not None and ev.type == gold:
                mode_n += 1
                mode_hit += same_mode(gold, gold_mode, ev.mode)
        text = article.text
        info = r.get("textInfo")
        recip = isinstance(info, dict) and "SRC/TAR" in str(info.get("markup", ""))
        for side, words_attr, ids_attr in (("source", "source_text", "source"), ("target", "target_text", "target")):
            gold_sp = [s for a in _actors(r.get(side)) for s in gold_spans(text, a)]
            if recip and side == "target":
                gold_sp += [s for a in _actors(r.get("source")) for s in gold_spans(text, a)]
            if not gold_sp:
                continue
            words = [(s.start, s.end) for s in getattr(ev, words_attr)] if ev else []
            ids = getattr(ev, ids_attr) if ev else []
            actor_sp = [(s.start, s.end) for i in ids for s in mentions.get(i, [])]
            if side == "source":
                src_n += 1
                src_words += overlaps(words, gold_sp)
                src_actor += overlaps(actor_sp, gold_sp)
            else:
                tgt_n += 1
                tgt_words += overlaps(words, gold_sp)
                tgt_actor += overlaps(actor_sp, gold_sp)
    majority = gold_counts.most_common(1)[0][1] / n if n else float("nan")

    return [
        Figure(suffix("category accuracy"), rate(hit, n), baseline_name="majority class", baseline=majority, n=n),
        Figure(suffix("source match (words)"), rate(src_words, src_n), n=src_n),
        Figure(suffix("source match (actor)"), rate(src_actor, src_n), n=src_n),
        Figure(suffix("target match (words)"), rate(tgt_words, tgt_n), n=tgt_n),
        Figure(suffix("target match (actor)"), rate(tgt_actor, tgt_n), n=tgt_n),
        Figure(suffix("INVESTIGATE coded ACCUSE"), rate(inv_hit, inv_n), n=inv_n, gated=False),
        Figure(suffix("mode (right category)"), rate(mode_hit, mode_n), n=mode_n),
    ]


def run(ctx: EvalContext) -> list[Figure]:
    path = ctx.eval_path("plover-gsr", "PLOVER_GSR_CAMEO.json")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    if ctx.limit:
        records = records[: ctx.limit]
    results = analyze_sentences(ctx, [r["text"] for r in records])
    figures = score(records, results)
    pairs = split.split(list(zip(records, results)), lambda pair: pair[0]["id"])
    for which, chosen in pairs.items():
        figures += score([r for r, _ in chosen], [x for _, x in chosen], lambda name, w=which: split.label(name, w))
    return figures


SUITE = Suite(
    name="plover_gsr",
    description="PLOVER gold-standard records: event category, source and target actor per sentence",
    needs=("plover-gsr/PLOVER_GSR_CAMEO.json",),
    run=run,
)
