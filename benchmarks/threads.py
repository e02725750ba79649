"""What a second thread in the process costs newsgraph's analysis (nlp.one_thread).

    python benchmarks/threads.py [N] [ROUNDS]

Analyses the bench's first N news texts (benchmarks/run.py news(), default 96) in a fresh process
per measurement, as `analyze` does (parallel.InProcess), alternating three kinds of process:
`one`: nlp.one_thread() before numpy is imported, as the command line does (one thread);
`pool`: OpenBLAS's own thread pool, as numpy starts it unless told otherwise (cores - 1 threads);
`one+1`: as `one`, plus one Python thread that only sleeps.
Prints the CPU-ms per text of the parse (batched, as `analyze` parses) and of the whole analysis.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("one", "pool", "one+1")


def child(kind: str, n: int) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from newsgraph import nlp

    if kind != "pool":
        nlp.one_thread()
    import threading

    import run as bench
    from newsgraph import actors, parallel, pipeline

    if kind == "one+1":
        threading.Thread(target=threading.Event().wait, daemon=True).start()
    arts = bench.news(n)
    analyzer = pipeline.Analyzer()
    runner = parallel.InProcess(analyzer=analyzer)
    list(runner.map(arts[:2]))  # lazy tables
    nlp.settle()
    c = time.process_time()
    parallel.parse_many(analyzer.nlp, [actors.readable(a.text) for a in arts])
    parse = time.process_time() - c
    c = time.process_time()
    for _ in runner.map(arts):
        pass
    whole = time.process_time() - c
    return {"threads": len(os.listdir(f"/proc/{os.getpid()}/task")) if os.path.isdir("/proc/self/task") else None,
            "parse_ms": parse / n * 1000, "whole_ms": whole / n * 1000}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
        return 0
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 96
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    got: dict[str, list[dict]] = {k: [] for k in KINDS}
    for r in range(rounds):
        for kind in (KINDS if r % 2 == 0 else KINDS[::-1]):
            out = subprocess.run([sys.executable, __file__, "child", kind, str(n)], capture_output=True, text=True,
                                 env=env, check=True)
            got[kind].append(json.loads(out.stdout.splitlines()[-1]))
    print(f"{n} texts, {rounds} rounds, load average {os.getloadavg()[0]:.1f}; CPU-ms per text")
    print(f"{'process':8} {'threads':>7} {'parse':>8} {'whole':>8}")
    for kind in KINDS:
        rows = got[kind]
        print(f"{kind:8} {rows[0]['threads']!s:>7} {sum(x['parse_ms'] for x in rows) / len(rows):8.1f} "
              f"{sum(x['whole_ms'] for x in rows) / len(rows):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
