"""Whether a speed change left newsgraph's output alone: every analysis of a fixed set of texts, as
canonical JSON, one line per text, written to a file; two such files are then compared.

    python benchmarks/same_output.py dump OUT.jsonl [--polnear 200] [--plover 322] [--single]
    python benchmarks/same_output.py diff BEFORE.jsonl AFTER.jsonl

The texts: the repository's examples and held-out articles, the first N PolNeAR articles (dev, then
train) and the PLOVER gold-standard sentences from the shared evaluation data ($NEWSGRAPH_SHARED or
../shared, as `newsgraph eval`).
The analyses come from `parallel.analyze_batch` (parsed by `nlp.pipe`, as `analyze` and `ingest`
do); `--single` analyses each text alone with `Analyzer.analyze` instead (one `nlp(text)` each).
`diff` prints the first differing line of each differing text and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared") / "eval"


def texts(n_polnear: int, n_plover: int) -> list:
    from newsgraph import ingest
    from newsgraph.ingest import finish
    from newsgraph.model import Article

    paths = sorted(ROOT.glob("examples/*.md")) + sorted((ROOT / "tests" / "data" / "heldout").glob("*.md"))
    paths += sorted((ROOT / "tests" / "data").glob("*.md"))
    polnear = SHARED / "polnear" / "data"
    for part in ("dev", "train"):
        folder = polnear / part / "text"
        if folder.is_dir():
            paths += sorted(folder.glob("*.txt"))
    out = []
    n_shared = 0
    for p in paths:
        if "polnear" in p.parts:
            if n_shared >= n_polnear:
                continue
            n_shared += 1
        out.extend(a for a in ingest.articles_from(str(p)) if isinstance(a, Article))
    gsr = SHARED / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if gsr.is_file():
        records = [r for r in json.loads(gsr.read_text()) if r.get("event") != "DOCUMENT"][:n_plover]
        out += [finish(Article(text=r["text"], id=f"gsr{i}", language="en", source_path="eval"))
                for i, r in enumerate(records) if r.get("text")]
    return out


def dump(path: str, n_polnear: int, n_plover: int, single: bool) -> int:
    from newsgraph import parallel
    from newsgraph.pipeline import Analyzer

    arts = texts(n_polnear, n_plover)
    analyzer = Analyzer()
    t, c = time.perf_counter(), time.process_time()
    if single:
        results = []
        for a in arts:
            try:
                results.append(analyzer.analyze(a))
            except Exception as e:  # noqa: BLE001
                results.append(e)
    else:
        results = []
        for i in range(0, len(arts), 64):
            results += parallel.analyze_batch(analyzer, arts[i:i + 64])
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    with open(path, "w") as fh:
        for a, r in zip(arts, results):
            body = {"error": repr(r)} if isinstance(r, BaseException) else r.to_json()
            line = json.dumps({"text": a.source_path + "#" + a.id, "analysis": body}, sort_keys=True,
                              ensure_ascii=False)
            fh.write(line.replace(str(ROOT), "<repo>") + "\n")  # the same file in two checkouts compares equal
    print(f"{len(arts)} texts -> {path}: {wall:.1f} s wall, {cpu:.1f} CPU-s", file=sys.stderr)
    return 0


def diff(before: str, after: str) -> int:
    a = Path(before).read_text().splitlines()
    b = Path(after).read_text().splitlines()
    bad = 0
    if len(a) != len(b):
        print(f"{len(a)} texts before, {len(b)} after")
        bad += 1
    for x, y in zip(a, b):
        if x != y:
            bad += 1
            jx, jy = json.loads(x), json.loads(y)
            print(f"differs: {jx['text']}")
            lx = json.dumps(jx, indent=1, sort_keys=True).splitlines()
            ly = json.dumps(jy, indent=1, sort_keys=True).splitlines()
            for k, (u, v) in enumerate(zip(lx, ly)):
                if u != v:
                    print(f"  line {k}: {u.strip()[:150]}\n       -> {v.strip()[:150]}")
                    break
    print(f"{min(len(a), len(b))} texts compared, {bad} differ")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--polnear", type=int, default=200)
    d.add_argument("--plover", type=int, default=322)
    d.add_argument("--single", action="store_true")
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "dump":
        return dump(args.out, args.polnear, args.plover, args.single)
    return diff(args.before, args.after)


if __name__ == "__main__":
    from newsgraph import nlp

    nlp.one_thread()  # as the command line's process (its output must not depend on it: checked by diff)
    sys.exit(main())
