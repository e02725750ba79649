"""What nlp.settle() (gc.collect + gc.freeze, as pool and Dask workers now do) saves a long-lived
analysing process: run it once per mode, in fresh processes, alternating.

    python benchmarks/gc_settle.py N settle|plain

Loads the Analyzer (then settles, in mode `settle`), analyses 8 texts as a first task (then settles
again), then N texts in tasks of 16 as a worker does, and prints the CPU-s of those N texts and the
CPU-s the cyclic collector spent in them, by generation (gc.callbacks): the collector's time is the
steady figure on a shared machine; the total moves by more than the saving.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run as bench  # noqa: E402
from newsgraph import nlp, parallel  # noqa: E402
from newsgraph.pipeline import Analyzer  # noqa: E402


def main() -> None:
    n, mode = int(sys.argv[1]), sys.argv[2]
    arts = bench.news(n + 8)
    an = Analyzer()
    if mode == "settle":
        nlp.settle()
    parallel.analyze_batch(an, arts[:8])  # the first task
    if mode == "settle":
        nlp.settle()
    spent, t0 = [0.0, 0.0, 0.0], [0.0]

    def timed(phase, info):
        if phase == "start":
            t0[0] = time.process_time()
        else:
            spent[info["generation"]] += time.process_time() - t0[0]

    gc.callbacks.append(timed)
    c = time.process_time()
    for i in range(0, n, 16):
        parallel.analyze_batch(an, arts[8 + i: 8 + i + 16])
    rest = time.process_time() - c
    gc.callbacks.remove(timed)
    print(f"{mode}: {n} texts {rest:.2f} CPU-s ({n / rest:.2f}/CPU-s); in the collector, by generation "
          f"{[round(x, 3) for x in spent]} (total {sum(spent):.3f})")


if __name__ == "__main__":
    main()
