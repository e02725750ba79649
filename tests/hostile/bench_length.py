"""Benchmark: analysis time per character for texts from 5 KB to 500 KB.

    PYTHONPATH=src python tests/hostile/bench_length.py [--sizes 5,50,500] [--time-limit 0]

The text is real news prose (the bundled example and the held-out test articles) laid end to
end until it reaches each size, so it reads like one very long article. Time per character
should stay roughly constant; the last column shows the peak resident memory so far.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def prose() -> list[str]:
    paragraphs = []
    for p in [REPO / "examples" / "ceasefire-talks.md", *sorted((REPO / "tests" / "data" / "heldout").glob("*.md"))]:
        for para in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")):
            para = " ".join(para.split())
            if len(para) > 80 and not para.startswith(("#", "By ", "[", "<")):
                paragraphs.append(para)
    return paragraphs


def text_of(size: int, paragraphs: list[str]) -> str:
    out, n, i = [], 0, 0
    while n < size:
        para = paragraphs[i % len(paragraphs)]
        out.append(para)
        n += len(para) + 2
        i += 1
    return "\n\n".join(out)[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5,10,20,50,100,200,500", help="sizes in KB (default 5..500)")
    ap.add_argument("--time-limit", type=float, default=0, help="per-article budget in seconds (0: none)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from newsgraph import limits
    from newsgraph.model import Article
    from newsgraph.pipeline import Analyzer

    analyzer = Analyzer()
    analyze = limits.bounded(analyzer.analyze, args.time_limit)
    analyze(Article(text=text_of(2000, prose()), language="en"))  # warm up
    paragraphs = prose()
    print(f"{'KB':>6} {'chars':>8} {'seconds':>8} {'us/char':>8} {'statements':>10} {'peak MB':>8}")
    for kb in (int(s) for s in args.sizes.split(",")):
        text = text_of(kb * 1000, paragraphs)
        started = time.perf_counter()
        try:
            analysis = analyze(Article(text=text, language="en"))
            found = len(analysis.statements)
        except limits.TooSlow:
            found = "too slow"
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{kb:>6} {len(text):>8} {seconds:>8.2f} {seconds / len(text) * 1e6:>8.1f} {found!s:>10} {peak:>8.0f}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
