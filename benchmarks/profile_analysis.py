"""Where the time of one process goes: cProfile over newsgraph's analysis of N articles.

    python benchmarks/profile_analysis.py [--n 40] [--dir PATH] [--top 25] [--batch]

Reads the first N articles (sorted by name) of a folder, by default PolNeAR dev from the shared
evaluation data (../shared/eval/polnear/data/dev/text), parses and analyses each under cProfile,
and prints the time of the parse and of each stage (cumulative), then the top functions by own
time. `--batch` parses with `nlp.pipe` (newsgraph.parallel) instead of one `nlp(text)` each.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph import ingest  # noqa: E402
from newsgraph.pipeline import Analyzer  # noqa: E402

STAGES = ("nlp", "actors", "statements", "events", "stances", "framing", "source")


def shared_dir() -> Path:
    return ROOT.parent / "shared" / "eval" / "polnear" / "data" / "dev" / "text"


def load_articles(folder: Path, n: int) -> list:
    out = []
    for path in sorted(folder.iterdir())[:n]:
        out.extend(a for a in ingest.articles_from(str(path)) if not isinstance(a, Exception))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--batch", action="store_true")
    args = ap.parse_args()
    folder = args.dir or shared_dir()
    if not folder.is_dir():
        print(f"no articles at {folder} (the shared evaluation data is absent)", file=sys.stderr)
        return 2
    articles = load_articles(folder, args.n)
    words = sum(len(a.text.split()) for a in articles)
    analyzer = Analyzer()
    analyzer.analyze(articles[0])  # warm up: lazy tables, first-call costs
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    if args.batch:
        from newsgraph import parallel

        list(parallel.analyze_batch(analyzer, articles))
    else:
        for a in articles:
            analyzer.analyze(a)
    prof.disable()
    wall = time.perf_counter() - t0
    print(f"{len(articles)} articles, {words} words, {wall:.1f}s under the profiler ({words / wall:.0f} words/s)")
    stats = pstats.Stats(prof)
    total = sum(v[3] for v in stats.stats.values() if False) or stats.total_tt
    print(f"\n{'stage (cumulative)':40} {'s':>8} {'share':>6}")
    seen = {}
    for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        if func == "extract" or func == "identify" or (func == "__call__" and "spacy/language" in file) or (func == "pipe" and "spacy/language" in file):
            parts = Path(file).parts
            if "spacy" in parts:
                key = f"spaCy Language.{func}"
            else:
                key = f"{parts[-2]}.{func}" if parts[-1] == "__init__.py" else f"{parts[-2]}/{parts[-1][:-3]}.{func}"
            seen[key] = seen.get(key, 0.0) + ct
    for key, ct in sorted(seen.items(), key=lambda kv: -kv[1]):
        print(f"{key:40} {ct:8.2f} {ct / total:6.1%}")
    print()
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
