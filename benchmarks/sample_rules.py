"""Where the rule stages' CPU goes, sampled: no profiler's cost per call (cProfile makes each spaCy Token
and each small Python call look several times dearer than it is; see stage_cpu.py).

    python benchmarks/sample_rules.py [N] [REPEATS]

Parses the bench's first N news texts (benchmarks/run.py news(), default 96) first, then runs only the
rule stages (`Analyzer.analyze` with the parse given) REPEATS times (default 2) while a SIGPROF timer
samples the Python stack at every CPU tick. Prints, as shares of the samples: each function's time
with what it calls (cumulative), its own time, and the lines of each function on the stack (a
function's `@line` rows say which of its calls cost what).
"""

from __future__ import annotations

import collections
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run as bench  # noqa: E402
from newsgraph import actors, parallel, pipeline  # noqa: E402

CUM: collections.Counter = collections.Counter()
OWN: collections.Counter = collections.Counter()
LINES: collections.Counter = collections.Counter()
SAMPLES = [0]


def key(frame) -> str:
    code = frame.f_code
    name = code.co_filename
    name = name.split("/newsgraph/", 1)[1] if "/newsgraph/" in name else name.rsplit("/", 1)[-1]
    return f"{name}:{code.co_firstlineno}:{code.co_name}"


def sample(_signum, frame) -> None:
    SAMPLES[0] += 1
    OWN[key(frame)] += 1
    seen = set()
    while frame is not None:
        k = key(frame)
        if k not in seen:  # a recursive function counts once per sample
            seen.add(k)
            CUM[k] += 1
            LINES[f"{k}@{frame.f_lineno}"] += 1
        frame = frame.f_back


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 96
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    arts = bench.news(n)
    analyzer = pipeline.Analyzer()
    list(parallel.analyze_batch(analyzer, arts[:2]))  # lazy tables load on first use
    docs = parallel.parse_many(analyzer.nlp, [actors.readable(a.text) for a in arts])
    signal.signal(signal.SIGPROF, sample)
    c = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(repeats):
        for article, doc in zip(arts, docs):
            analyzer.analyze(article, doc=doc)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = SAMPLES[0] or 1
    print(f"{n} texts x {repeats}: rules {time.process_time() - c:.2f} CPU-s, {SAMPLES[0]} samples")
    for title, counter, top in (("cumulative", CUM, 70), ("own", OWN, 40), ("lines on the stack", LINES, 120)):
        print(f"== {title}")
        for k, v in counter.most_common(top):
            print(f"{v / total * 100:5.1f}%  {k}")


if __name__ == "__main__":
    main()
