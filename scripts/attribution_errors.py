#!/usr/bin/env python3
"""Error analysis for attribution on a PolNeAR split (tune on `train`, only measure `dev`).

    python scripts/attribution_errors.py dump  SPLIT OUT_DIR [--jobs N] [--limit N]
    python scripts/attribution_errors.py score SPLIT OUT_DIR
    python scripts/attribution_errors.py report SPLIT OUT_DIR [--show CLASS] [--n 20]

`dump` writes one analysis per article (as `newsgraph analyze` does); `score` runs the shared
scorer; `report` counts, over the whole split, which gold attributions are missed and why
(cue lemma, source shape, content boundary), and which predicted statements are spurious.
Counts and word lists only: nothing from the texts ships in the repository.
"""

from __future__ import annotations

import argparse
import collections
import glob
import importlib.util
import json
import os
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")


def scorer():
    spec = importlib.util.spec_from_file_location("score_attribution", SHARED / "eval" / "score_attribution.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _dump_part(args):
    paths, out = args
    from newsgraph.ingest import read_inputs
    from newsgraph.model import Article
    from newsgraph.pipeline import Analyzer
    an = Analyzer()
    for item in read_inputs(paths):
        if isinstance(item, Article):
            stem = Path(item.source_path or "x").name.removesuffix(".txt")
            Path(out, f"{stem}.json").write_text(json.dumps(an.analyze(item).to_json(), ensure_ascii=False))


def dump(split, out, jobs=1, limit=None):
    paths = sorted(str(p) for p in (SHARED / "eval/polnear/data" / split / "text").glob("*.txt"))[:limit]
    os.makedirs(out, exist_ok=True)
    if jobs <= 1:
        _dump_part((paths, out))
        return
    import multiprocessing as mp
    parts = [(paths[i::jobs], out) for i in range(jobs)]
    with mp.get_context("fork").Pool(jobs) as pool:
        pool.map(_dump_part, parts)


def _gold_and_system(sc, split, out):
    """Yield (stem, raw, toks, gold list, system list) as the scorer sees them."""
    gold_dir = SHARED / "eval/polnear/data" / split
    for txt in sorted(glob.glob(str(gold_dir / "text" / "*.txt"))):
        stem = os.path.basename(txt)[:-4]
        path = os.path.join(out, stem + ".json")
        if not os.path.exists(path):
            continue
        raw = open(txt, encoding="utf-8").read()
        toks = sc.tokens(sc.fold(raw))
        gold, seen = [], set()
        for ann in sorted(glob.glob(str(gold_dir / "attributions" / (stem + "_*.ann")))):
            spans, rels = {}, []
            for line in open(ann, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if parts[0].startswith("T") and len(parts) >= 2:
                    label, *rng = parts[1].split(" ", 1)
                    frags = [tuple(map(int, p.split())) for p in rng[0].split(";")] if rng else []
                    spans[parts[0]] = (label, frags)
                elif parts[0].startswith("E"):
                    rels.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
            for r in rels:
                c = spans.get(r.get("Content"))
                if not c or tuple(c[1]) in seen:
                    continue
                seen.add(tuple(c[1]))
                s = spans.get(r.get("Source"))
                cue = spans.get(r.get("Cue"))
                gold.append({
                    "c": set().union(*[sc.token_ids(toks, a, b) for a, b in c[1]]),
                    "c_frags": c[1],
                    "s": set().union(*[sc.token_ids(toks, a, b) for a, b in s[1]]) if s else set(),
                    "s_text": " ".join(raw[a:b] for a, b in s[1]) if s else "",
                    "cue": " ".join(raw[a:b] for a, b in cue[1]) if cue else "",
                    "cue_at": cue[1][0][0] if cue else None,
                })
        an = json.load(open(path, encoding="utf-8"))
        loc = sc.Locator(raw)
        actors = {a.get("id"): a for a in an.get("actors", []) or []}
        system = []
        for st in an.get("statements", []) or []:
            if st.get("speaker") in (None, "", []):
                continue
            c = set()
            for f in sc.frag_list(st.get("content")):
                c |= loc.find(f.get("text", ""), f.get("start"))
            if not c:
                continue
            s = set()
            for f in sc.frag_list(st.get("speaker_text")):
                s |= loc.find(f.get("text", ""), f.get("start"))
            sp = st.get("speaker")
            names = []
            for i in (sp if isinstance(sp, list) else [sp]):
                a = actors.get(i) or {}
                names.append(a.get("name") or "")
                names += [m.get("text", "") for m in a.get("mentions", []) or [] if isinstance(m, dict)]
                names += a.get("aliases", []) or []
            system.append({"c": c, "s": s, "names": names, "st": st,
                           "s_text": " ".join(f.get("text", "") for f in sc.frag_list(st.get("speaker_text")))})
        yield stem, raw, toks, gold, system


def _text(raw, toks, ids):
    if not ids:
        return ""
    a, b = min(ids), max(ids)
    return raw[toks[a][0]:toks[b][1]]


def report(split, out, show=None, n=20, cue=None):
    sc = scorer()
    counts = collections.Counter()
    miss_cue = collections.Counter()
    hit_cue = collections.Counter()
    spur_cue = collections.Counter()
    src_cue = collections.Counter()
    examples = collections.defaultdict(list)
    for stem, raw, toks, gold, system in _gold_and_system(sc, split, out):
        fr = sc.fold(raw)
        used = {}
        for gi, g in enumerate(gold):
            best, best_ov = None, 0
            for j, s in enumerate(system):
                if j in used.values():
                    continue
                ov = len(g["c"] & s["c"])
                if ov * 2 >= len(g["c"]) and ov * 2 >= len(s["c"]) and ov > best_ov:
                    best, best_ov = j, ov
            cl = g["cue"].lower()
            if best is None:
                # why: any system content overlapping at all?
                over = [s for s in system if g["c"] & s["c"]]
                if not over:
                    kind = "miss:none"
                else:
                    s = max(over, key=lambda s: len(g["c"] & s["c"]))
                    ov = len(g["c"] & s["c"])
                    kind = "miss:short" if ov * 2 < len(g["c"]) else "miss:long"
                counts[kind] += 1
                miss_cue[cl] += 1
                ex = (stem, g["cue"], g["s_text"], _text(fr, toks, g["c"]))
                if kind != "miss:none":
                    ex = ex + (" | SYS: " + _text(fr, toks, s["c"]),)
                examples[kind].append(ex)
                examples["cue:" + cl].append((kind,) + ex)
                continue
            used[gi] = best
            s = system[best]
            ok = bool(g["s"] & s["s"]) if s["s"] else False
            if not ok and g["s_text"]:
                gw = set(sc.words(g["s_text"])) - {"the", "a", "an", "of"}
                ok = any(gw and gw <= set(sc.words(x)) for x in s["names"])
            if not g["s"]:
                ok = True
            hit_cue[cl] += 1
            if ok:
                counts["full"] += 1
            else:
                counts["wrong-source"] += 1
                src_cue[cl] += 1
                examples["wrong-source"].append((stem, g["cue"], "GOLD " + g["s_text"], "SYS " + s["s_text"] + " / " + (s["names"][0] if s["names"] else ""), _text(fr, toks, g["c"])[:120]))
        for j, s in enumerate(system):
            if j in used.values():
                continue
            counts["spurious"] += 1
            st = s["st"]
            cue_w = (st.get("cue") or {}).get("text", "") if isinstance(st.get("cue"), dict) else str(st.get("cue") or "")
            spur_cue[cue_w.lower()] += 1
            examples["spurious"].append((stem, cue_w, s["s_text"], _text(fr, toks, s["c"])[:160]))
            examples["scue:" + cue_w.lower()].append((stem, s["s_text"], _text(fr, toks, s["c"])[:160]))
    n_gold = sum(v for k, v in counts.items() if k != "spurious")
    print("gold", n_gold, dict(counts))
    if show:
        for ex in examples[show][:n]:
            print("  ", " || ".join(ex))
        return
    print("\nmissed by gold cue (top 60):")
    for k, v in miss_cue.most_common(60):
        print(f"  {v:5d} {k!r}  (hit {hit_cue[k]}, wrong source {src_cue[k]})")
    print("\nwrong source by gold cue (top 25):")
    for k, v in src_cue.most_common(25):
        print(f"  {v:5d} {k!r}")
    print("\nspurious by system cue (top 40):")
    for k, v in spur_cue.most_common(40):
        print(f"  {v:5d} {k!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("dump", "score", "report"))
    ap.add_argument("split")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show")
    ap.add_argument("--n", type=int, default=20)
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.split, a.out, a.jobs, a.limit)
    elif a.cmd == "score":
        scorer().score(str(SHARED / "eval/polnear/data" / a.split), a.out)
    else:
        report(a.split, a.out, a.show, a.n)


if __name__ == "__main__":
    sys.exit(main())
