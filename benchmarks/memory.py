"""RSS of one analysis process (the Dask worker's, `_alone.py`) over N bench texts, task by task.

    python benchmarks/memory.py [N] [TASK]        (defaults 400 texts, tasks of 16)

Starts the analysis process as a Dask worker does (`_alone.Alone`), sends it the bench's PolNeAR
texts (`run.py news()`) in tasks, and after each task reads the process's VmRSS and VmHWM
(/proc/PID/status). Prints one line per task, then the peak, the RSS at rest after the last task,
and the process's largest memory kinds (/proc/PID/smaps_rollup). Environment variables reach the
analysis process (it inherits this one's environment)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402


def status(pid: int) -> dict:
    out = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                out[k] = int(v.split()[0]) / 1024
    return out


def cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as fh:
        f = fh.read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    task = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    from newsgraph import _alone
    from newsgraph.pipeline import Options

    arts = run.news(n)
    a = _alone.Alone(Options())
    rows = []
    try:
        a.analyze([])  # loaded
        rows.append({"task": 0, "texts": 0, **status(a.pid), "cpu": cpu(a.pid)})
        for k in range(0, len(arts), task):
            a.analyze(arts[k:k + task])
            rows.append({"task": k // task + 1, "texts": k + task, **status(a.pid), "cpu": cpu(a.pid)})
            r = rows[-1]
            print(f"{r['texts']:5d} rss {r['VmRSS']:6.1f} hwm {r['VmHWM']:6.1f} anon {r['RssAnon']:6.1f} "
                  f"file {r['RssFile']:5.1f} cpu {r['cpu']:6.1f}", flush=True)
    finally:
        a.close()
    print(json.dumps({"texts": len(arts), "loaded_rss": rows[0]["VmRSS"], "peak": rows[-1]["VmHWM"],
                      "rest_last": rows[-1]["VmRSS"], "rest_max": max(r["VmRSS"] for r in rows),
                      "cpu": rows[-1]["cpu"], "load": os.getloadavg()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
