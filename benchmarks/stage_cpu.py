"""CPU-s of each rule stage and of the actors stage's parts, without a profiler: cProfile makes each
spaCy Token creation and each Python-level call costly, so its figures overstate the rule stages'
token walks many times over (a whole walk of 96 parsed articles, 75,000 Tokens, takes 0.005 CPU-s).

    python benchmarks/stage_cpu.py [N]

Analyses the bench's first N news texts (benchmarks/run.py news(), default 96) in one process, as
`analyze` does (parallel.InProcess), with each stage function wrapped in a process-time timer.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run as bench  # noqa: E402
from newsgraph import parallel, pipeline  # noqa: E402
from newsgraph.actors import cluster, coref, known, mentions, roles, stage  # noqa: E402

TIMES: dict[str, float] = {}


def wrap(module, name: str, label: str) -> None:
    f = getattr(module, name)

    def timed(*a, **k):
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            TIMES[label] = TIMES.get(label, 0.0) + time.process_time() - c
    setattr(module, name, timed)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 96
    arts = bench.news(n)
    runner = parallel.InProcess(analyzer=pipeline.Analyzer())
    list(runner.map(arts[:2]))  # lazy tables load on first use
    for name in ("actors", "statements", "events", "stances", "framing"):
        wrap(getattr(pipeline, name), "extract", name)
    wrap(pipeline.source, "identify", "source")
    wrap(parallel, "parse_many", "parse (batched)")
    wrap(pipeline.nlp, "parse", "parse (a long text, alone)")
    for name in ("from_model", "from_rules", "from_titles", "from_epithets"):
        wrap(mentions, name, f"actors: {name}")
    for name in ("_more_of_known_names", "_appositive_names", "_not_in_slogans", "_headline_guard"):
        wrap(stage, name, f"actors: {name}")
    wrap(known, "find", "actors: known.find")
    wrap(cluster, "join", "actors: cluster.join")
    wrap(roles, "attach", "actors: roles.attach")
    wrap(coref, "resolve", "actors: coref.resolve")
    c = time.process_time()
    for _ in runner.map(arts):
        pass
    total = time.process_time() - c
    print(f"{n} texts: {total:.2f} CPU-s, {n / total:.2f} per CPU-s")
    for k, v in sorted(TIMES.items(), key=lambda kv: -kv[1]):
        print(f"  {k:32s} {v:6.2f}  {v / total * 100:5.1f}%")


if __name__ == "__main__":
    main()
