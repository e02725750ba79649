"""The rule stages alone, on parses made once: for A/B CPU measures and output identity of rule changes.

    python benchmarks/rules_ab.py prepare DIR [--polnear 150] [--pages 50]
    python benchmarks/rules_ab.py run DIR [--rounds 2] [--json OUT.jsonl] [--profile OUT.prof]

`prepare` reads the first N PolNeAR train articles and the first M article-extraction-benchmark HTML
pages (sorted by name) from the shared evaluation data, parses them as `analyze` does
(`parallel.parse_many`) and writes the parses (a DocBin with user data) and the articles (pickle) to DIR.
`run` (in any checkout: run it with that checkout's src first on the path) loads them, analyses every
text once to load the lazy tables, then `--rounds` times with the parse given (`Analyzer.analyze(article,
doc=...)`), and prints the process CPU of each round. `--json` writes the first round's analyses as
canonical JSON, one line a text (compare two checkouts with `cmp`); `--profile` runs one round under cProfile.
Parses do not depend on the rule code, so two checkouts given the same DIR analyse identical parses.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("NEWSGRAPH_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared") / "eval"


def prepare(out: Path, n_polnear: int, n_pages: int) -> None:
    from spacy.tokens import DocBin

    from newsgraph import actors, ingest, parallel
    from newsgraph.model import Article
    from newsgraph.pipeline import Analyzer

    paths = sorted((SHARED / "polnear" / "data" / "train" / "text").glob("*.txt"))[:n_polnear]
    paths += sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html*"))[:n_pages]
    arts = []
    for p in paths:
        arts.extend(a for a in ingest.articles_from(str(p)) if isinstance(a, Article))
    arts = [a for a in arts if a.language in (None, "en") and a.text]
    analyzer = Analyzer()
    c = time.process_time()
    docs = parallel.parse_many(analyzer.nlp, [actors.readable(a.text) for a in arts])
    print(f"{len(arts)} texts parsed: {time.process_time() - c:.1f} CPU-s", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(out / "docs.spacy")
    (out / "articles.pkl").write_bytes(pickle.dumps(arts))


def run(folder: Path, rounds: int, json_out: str | None, profile: str | None) -> None:
    from spacy.tokens import DocBin

    from newsgraph import nlp
    from newsgraph.pipeline import Analyzer

    nlp.one_thread()
    from newsgraph.pipeline import Options

    limit = float(os.environ.get("RULES_AB_LIMIT") or 0) or None  # seconds per text (an old hang is an error)
    analyzer = Analyzer(Options(time_limit=limit))
    arts = pickle.loads((folder / "articles.pkl").read_bytes())
    docs = list(DocBin().from_disk(folder / "docs.spacy").get_docs(analyzer.nlp.vocab))
    each = []
    for a, d in zip(arts, docs):  # lazy tables
        c = time.process_time()
        try:
            analyzer.analyze(a, doc=d)
        except Exception as e:  # noqa: BLE001
            print(f"{a.source_path}: {e!r}", file=sys.stderr)
        each.append((time.process_time() - c, len(d), a.source_path))
        if os.environ.get("RULES_AB_EACH"):
            print(f"{each[-1][0]:7.3f} {len(d):6d} {a.source_path}", file=sys.stderr, flush=True)
    if json_out:
        with open(json_out, "w") as fh:
            for a, d in zip(arts, docs):
                try:
                    body = analyzer.analyze(a, doc=d).to_json()
                except Exception as e:  # noqa: BLE001
                    body = {"error": repr(e)}
                line = json.dumps({"text": f"{a.source_path}#{a.id}", "analysis": body}, sort_keys=True,
                                  ensure_ascii=False)
                fh.write(line.replace(str(ROOT), "<repo>") + "\n")
    if profile:
        import cProfile

        pr = cProfile.Profile()
        pr.enable()
        for a, d in zip(arts, docs):
            analyzer.analyze(a, doc=d)
        pr.disable()
        pr.dump_stats(profile)
    cpus = []
    for _ in range(rounds):
        c = time.process_time()
        for a, d in zip(arts, docs):
            analyzer.analyze(a, doc=d)
        cpus.append(time.process_time() - c)
    print(json.dumps({"root": str(ROOT), "texts": len(arts), "round_cpu": [round(x, 3) for x in cpus]}))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("dir")
    p.add_argument("--polnear", type=int, default=150)
    p.add_argument("--pages", type=int, default=50)
    r = sub.add_parser("run")
    r.add_argument("dir")
    r.add_argument("--rounds", type=int, default=2)
    r.add_argument("--json")
    r.add_argument("--profile")
    args = ap.parse_args()
    if args.cmd == "prepare":
        prepare(Path(args.dir), args.polnear, args.pages)
    else:
        run(Path(args.dir), args.rounds, args.json, args.profile)


if __name__ == "__main__":
    main()
