"""Error analysis of the events stage on the parts rules may be written from (issue 11).

Lists every missed or wrong source and target, grouped by the shape of the sentence around the
gold participant: the dependency path from the gold words' head up to the event's trigger
("pobj<prep:against<dobj<VERB"), so that errors of one class sit together.

    python scripts/event_errors.py plover      # PLOVER GSR, tuning part only (evaluation/split.py)
    python scripts/event_errors.py conflibert  # ConfliBERT, its own *train* split

Never reads a test part. Output: one block per shape class, largest first, then a count table.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from evaluation import split  # noqa: E402
from evaluation.suites.conflibert import read_ner  # noqa: E402
from evaluation.suites.plover_gsr import MAP, _actors, gold_spans, overlaps  # noqa: E402
from newsgraph.ingest import finish  # noqa: E402
from newsgraph.model import Article  # noqa: E402
from newsgraph.pipeline import Analyzer  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"


def _head_of(doc, span: tuple[int, int]):
    toks = [t for t in doc if span[0] <= t.idx < span[1]]
    if not toks:
        return None
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])


def shape(doc, span, trigger_char: int | None) -> str:
    """The path from the gold span's head to the trigger (or to the root when there is no event)."""
    head = _head_of(doc, span)
    if head is None:
        return "?not-a-token"
    trig = next((t for t in doc if trigger_char is not None and t.idx <= trigger_char < t.idx + len(t.text)), None)
    anc = {}
    t, n = trig, 0
    while t is not None and n < 30:
        anc[t.i] = n
        if t.head.i == t.i:
            break
        t, n = t.head, n + 1
    path, t, n = [], head, 0
    while n < 30:
        if t.i in anc:
            up = anc[t.i]
            path.append(f"{t.pos_}" + (f"^{up}" if up else ""))
            break
        label = t.dep_ + (f":{t.lower_}" if t.dep_ in ("prep", "agent") else "")
        path.append(label)
        if t.head.i == t.i:
            path.append("ROOT(no trigger)" if trig is None else "ROOT")
            break
        t, n = t.head, n + 1
    return "<".join(path)


def analyse(texts: list[str]):
    analyzer = Analyzer()
    out = []
    for i, text in enumerate(texts):
        article = finish(Article(text=text, id=f"s{i}", language="en", source_path="eval"))
        doc = analyzer.nlp(article.text)
        analysis = analyzer.analyze(article, doc)
        mentions = {a.id: [m.span for m in a.mentions] for a in analysis.actors}
        out.append((article, doc, analysis.events, mentions))
    return out


def report(rows: list[dict]) -> None:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[f"{r['side']} {r['kind']} | {r['shape']}"].append(r)
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n=== {key}  ({len(items)})")
        for r in items:
            print(f"  [{r['id']}] {r['text']}")
            print(f"      gold={r['gold']!r} pred={r['pred']!r} type={r['type']} gold_type={r.get('gold_type')}"
                  f" rule={r['rule']}")
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[f"{r['side']} {r['kind']}"] += 1
    print("\n" + "\n".join(f"{k}: {v}" for k, v in sorted(counts.items())))


def plover() -> list[dict]:
    records = [r for r in json.loads((SHARED / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT"]
    records = split.split(records, lambda r: r["id"])[split.TUNING]
    rows = []
    for r, (article, doc, events, mentions) in zip(records, analyse([r["text"] for r in records])):
        ev = events[0] if events else None
        text = article.text
        for side, words_attr in (("source", "source_text"), ("target", "target_text")):
            gold_sp = [s for a in _actors(r.get(side)) for s in gold_spans(text, a)]
            if not gold_sp:
                continue
            ids = getattr(ev, side) if ev else []
            actor_sp = [(s.start, s.end) for i in ids for s in mentions.get(i, [])]
            words = [(s.start, s.end) for s in getattr(ev, words_attr)] if ev else []
            if overlaps(actor_sp, gold_sp):
                continue
            kind = "words-ok-no-actor" if overlaps(words, gold_sp) else ("no-event" if ev is None else "wrong")
            rows.append(dict(id=r["id"], side=side, kind=kind, text=text,
                             gold=[text[a:b] for a, b in gold_sp], pred=[s.text for s in getattr(ev, words_attr)] if ev else [],
                             type=ev.type if ev else None, gold_type=MAP.get(r["event"], r["event"]),
                             rule=ev.rule if ev else None,
                             shape=shape(doc, gold_sp[0], ev.trigger.start if ev and ev.trigger else None)))
    return rows


def conflibert() -> list[dict]:
    ner = read_ner(SHARED / "conflibert-cameo" / "cameo_ner" / "train.txt")
    rows = []
    for n, ((text, gold), (article, doc, events, _)) in enumerate(zip(ner, analyse([t for t, _ in ner]))):
        ev = events[0] if events else None
        for side, attr, gold_sp in (("source", "source_text", gold["S"] + gold["R"]),
                                    ("target", "target_text", gold["T"] + gold["R"])):
            if not gold_sp:
                continue
            words = [(s.start, s.end) for s in getattr(ev, attr)] if ev else []
            if overlaps(words, gold_sp):
                continue
            rows.append(dict(id=n, side=side, kind="no-event" if ev is None else "wrong", text=text,
                             gold=[text[a:b] for a, b in gold_sp], pred=[s.text for s in getattr(ev, attr)] if ev else [],
                             type=ev.type if ev else None, rule=ev.rule if ev else None,
                             shape=shape(doc, gold_sp[0], ev.trigger.start if ev and ev.trigger else None)))
    return rows


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "plover"
    report({"plover": plover, "conflibert": conflibert}[which]())
