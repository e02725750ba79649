"""`make bench`: newsgraph's speed against bare spaCy, on all cores, on Dask, and the corpus store.

    python benchmarks/run.py            (the whole run: 2,000 texts, 100,000 synthetic analyses)

Sizes, for a quick run on a busy machine (the table says which sizes it used):

    NEWSGRAPH_BENCH_TEXTS=2000      texts for bare spaCy vs newsgraph, one process, interleaved
    NEWSGRAPH_BENCH_PARALLEL=400    texts for one process vs --workers 2 vs Dask with 2 workers
    NEWSGRAPH_BENCH_INGEST=100000   synthetic analyses stored (memory at every tenth)
    NEWSGRAPH_BENCH_WORKERS=2       workers for the parallel rows
    NEWSGRAPH_BENCH_ONLY=speed,first  only these sections (speed first one pool dask store)

The texts are news articles from the shared evaluation data (PolNeAR train and dev, beside the
repository in ../shared/eval/polnear); past their count, the halves of each article (split between
paragraphs) are added as further texts. Each measurement runs in a process of its own, so every
peak RSS is that measurement's alone.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "data"
ROUND = 64  # texts per interleaved round (two nlp.pipe batches): whoever parses a text first pays its new words


def env(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def own_peak_mb() -> float:
    """This process's peak RSS since it started (VmHWM). Not ru_maxrss in a Dask worker: the worker
    is forked from the client and exec'd, and Linux keeps ru_maxrss across exec, so it would be at
    least the client's size when the worker started."""
    return proc_peak_mb(os.getpid())


def proc_peak_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def news(n: int):
    """`n` Articles: PolNeAR train then dev, then halves of each, in a fixed order."""
    from newsgraph import ingest
    from newsgraph.model import Article

    whole = []
    for part in ("train", "dev"):
        folder = POLNEAR / part / "text"
        for path in sorted(folder.glob("*.txt")):
            whole.extend(a for a in ingest.articles_from(str(path)) if isinstance(a, Article))
    out = list(whole)
    for a in whole:
        if len(out) >= n:
            break
        paras = a.text.split("\n\n")
        if len(paras) < 4:
            continue
        mid = len(paras) // 2
        for i, half in enumerate(("\n\n".join(paras[:mid]), "\n\n".join(paras[mid:]))):
            out.append(Article(text=half, id=f"{a.id}-h{i}", source_path=f"{a.source_path}#half{i}", language="en"))
    return out[:n]


def words(articles) -> int:
    return sum(len(a.text.split()) for a in articles)


# ---------------------------------------------------------------------------------------------
# Sections: each runs in its own process (`run.py SECTION`) and prints one JSON line


def speed() -> dict:
    """Bare spaCy nlp.pipe (batch 32, full pipeline) against newsgraph's whole analysis, interleaved,
    with newsgraph's parse alone (its pipeline, batched as `analyze` does, no rule stage) as a third:
    the most articles/s the whole analysis could reach.
    Bare spaCy is the model as spaCy loads it (`spacy.load`, every enabled component with spaCy's own
    classes), not newsgraph's `nlp.load()`, whose attribute ruler and lemmatizer are faster stand-ins
    (newsgraph/_fastpipe.py)."""
    import spacy

    from newsgraph import actors, nlp, parallel
    from newsgraph.pipeline import Analyzer

    arts = news(env("NEWSGRAPH_BENCH_TEXTS", 2000))
    analyzer = Analyzer()
    model = spacy.load(nlp.MODEL)
    runner = parallel.InProcess(analyzer=analyzer)
    list(runner.map(arts[:2]))  # warm: lazy tables (cities, cues) load on first use
    # as `newsgraph analyze` (nlp.load in its own process) and every worker (parallel, cluster) do: what
    # is loaded now is exempted from later cyclic collections (both pipelines: the comparison stays fair)
    nlp.settle()
    wall = [0.0, 0.0, 0.0]  # bare, ours, our parse alone
    cpu = [0.0, 0.0, 0.0]  # CPU seconds of this process: steadier than wall time on a shared machine
    orders = ((0, 1, 2), (2, 1, 0), (1, 2, 0), (0, 2, 1), (2, 0, 1), (1, 0, 2))
    for k, i in enumerate(range(0, len(arts), ROUND)):
        chunk = arts[i:i + ROUND]
        for which in orders[k % len(orders)]:
            t, c = time.perf_counter(), time.process_time()
            if which == 0:
                for _ in model.pipe([a.text for a in chunk], batch_size=32):
                    pass
            elif which == 1:
                for _ in runner.map(chunk):
                    pass
            else:  # the ceiling: newsgraph's own parse of these texts, as analyze does it, and no rules
                parallel.parse_many(analyzer.nlp, [actors.readable(a.text) for a in chunk])
            wall[which] += time.perf_counter() - t
            cpu[which] += time.process_time() - c
    w = words(arts)
    return {"texts": len(arts), "words": w, "bare_s": wall[0], "ours_s": wall[1], "bare_cpu": cpu[0],
            "ours_cpu": cpu[1], "parse_s": wall[2], "parse_cpu": cpu[2], "peak_mb": peak_mb()}


def first() -> dict:
    """Wall clock and CPU of `newsgraph analyze one.md` (a fresh process, the model loaded from disk):
    once with an empty user cache (the first run after installing: it builds the cached language
    model, city and ratings tables, see newsgraph/_cache.py), then FIRST_RUNS times with it warm, as
    `python -m newsgraph` and, where it is installed beside this Python, as the `newsgraph` console
    script, the two alternating."""
    one = ROOT / "examples" / "ceasefire-talks.md"
    script = Path(sys.executable).parent / "newsgraph"
    commands = {"module": [sys.executable, "-m", "newsgraph"]}
    if script.is_file():
        commands["script"] = [str(script)]
    out: dict = {}
    with tempfile.TemporaryDirectory() as d:
        environ = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_CACHE_DIR": f"{d}/cache"}
        for k in range(1 + FIRST_RUNS):
            for name, command in (commands.items() if k % 2 else reversed(commands.items())):
                if k == 0 and name != "module":
                    continue  # the empty-cache run: once
                t = time.perf_counter()
                c = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run([*command, "analyze", str(one), "-o", f"{d}/one.json", "-q"], check=True, env=environ)
                wall = time.perf_counter() - t
                c2 = resource.getrusage(resource.RUSAGE_CHILDREN)
                key = "empty" if k == 0 else name
                out.setdefault(key, []).append((wall, c2.ru_utime + c2.ru_stime - c.ru_utime - c.ru_stime))
    return out


FIRST_RUNS = 5  # warm-cache runs of each command


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) process `pid` has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def par(kind: str) -> dict:
    """Analyse the same texts with one process, a pool of N workers, or Dask with N workers.

    Wall time from before the runner is made (start-up, model loading, included) to the last
    result; the first result's time; and the CPU seconds of every process that took part (this
    one, the workers, Dask's nannies not counted): a count that a busy machine inflates less."""
    from newsgraph import parallel

    arts = news(env("NEWSGRAPH_BENCH_PARALLEL", 400))
    n = env("NEWSGRAPH_BENCH_WORKERS", 2)
    c0 = own_cpu()
    t0 = time.perf_counter()
    first = None
    if kind == "one":
        runner = parallel.InProcess()
    elif kind == "pool":
        runner = parallel.Pool(n)
    else:
        from newsgraph.cluster import DaskRunner

        runner = DaskRunner("local", workers=n)
    worker_peaks: list[float] = []
    worker_cpu: list[float] = []
    parts: list[tuple] = []  # Dask: per worker (its peak MB, its analysis processes' peaks, CPU-s likewise)
    with runner:
        for k, _ in enumerate(runner.map(arts)):
            if first is None:
                first = time.perf_counter() - t0
            if k == len(arts) - 1:
                wall = time.perf_counter() - t0
                if kind == "pool":
                    worker_peaks = [proc_peak_mb(p) for p in runner._pool._processes]
                    worker_cpu = [proc_cpu(p) for p in runner._pool._processes]
                elif kind == "dask":  # each worker and its analysis process (cluster._alone), on this machine
                    from newsgraph import cluster

                    alone = runner.client.run(cluster.analysis_pids)
                    peaks, cpus = runner.client.run(own_peak_mb), runner.client.run(own_cpu)
                    for w in sorted(peaks):
                        worker_peaks.append(peaks[w] + sum(proc_peak_mb(p) for p in alone.get(w, [])))
                        worker_cpu.append(cpus[w] + sum(proc_cpu(p) for p in alone.get(w, [])))
                        parts.append((peaks[w], [proc_peak_mb(p) for p in alone.get(w, [])],
                                      cpus[w], [proc_cpu(p) for p in alone.get(w, [])]))
    own = own_cpu() - c0
    if kind == "one":
        worker_peaks = [peak_mb()]
    return {"kind": kind, "workers": 1 if kind == "one" else n, "texts": len(arts), "words": words(arts),
            "wall_s": wall, "first_s": first, "cpu_s": own + sum(worker_cpu), "own_cpu_s": own,
            "worker_cpu_s": worker_cpu or [own], "worker_peak_mb": worker_peaks, "parts": parts,
            "load": os.getloadavg()[0]}


def store() -> dict:
    """benchmarks/ingest_store.py: synthetic analyses stored, memory at every tenth."""
    n = env("NEWSGRAPH_BENCH_INGEST", 100_000)
    every = max(1, n // 10)
    with tempfile.TemporaryDirectory() as d:
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ingest_store.py"), "--n", str(n),
                              "--every", str(every), "--db", f"{d}/bench.db"],
                             check=True, capture_output=True, text=True).stdout
    rows: list[dict] = []
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0].isdigit() and not (rows and rows[-1]["articles"] == int(parts[0])):
            rows.append({"articles": int(parts[0]), "articles_s": float(parts[3]), "rss_mb": float(parts[5]),
                         "peak_mb": float(parts[6])})
    return {"n": n, "rows": rows, "summary": [x for x in out.splitlines() if x.startswith("summary")]}


SECTIONS = {"speed": speed, "first": first, "one": lambda: par("one"), "pool": lambda: par("pool"),
            "dask": lambda: par("dask"), "store": store}


def section(name: str) -> dict:
    only = os.environ.get("NEWSGRAPH_BENCH_ONLY")
    if only and name not in only.split(","):
        return {"error": "not run (NEWSGRAPH_BENCH_ONLY)"}
    p = subprocess.run([sys.executable, __file__, name], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def table() -> int:
    if not POLNEAR.is_dir():
        print(f"benchmarks need the shared evaluation data at {POLNEAR} (absent here)", file=sys.stderr)
        return 2
    rows: list[tuple[str, str]] = []

    def row(what: str, value: str) -> None:
        rows.append((what, value))
        print(f"  {what:<58} {value}", file=sys.stderr, flush=True)  # progress while it runs

    s = section("speed")
    if "error" in s:
        row("speed (one process)", s["error"])
    else:
        bare, ours = s["words"] / s["bare_s"], s["words"] / s["ours_s"]
        row(f"texts (words), one process, interleaved rounds of {ROUND}", f"{s['texts']} ({s['words']:,})")
        bare_c, ours_c = s["words"] / s["bare_cpu"], s["words"] / s["ours_cpu"]
        row("bare spaCy (spacy.load, full pipeline) nlp.pipe batch 32, words/s wall; per CPU-s",
            f"{bare:,.0f}; {bare_c:,.0f}")
        row("newsgraph whole analysis, words/s wall; per CPU-s", f"{ours:,.0f}; {ours_c:,.0f}")
        row("ratio newsgraph / bare, wall; CPU (goal >= 0.8)", f"{ours / bare:.2f}; {ours_c / bare_c:.2f}")
        row("newsgraph articles/s (mean article)", f"{s['texts'] / s['ours_s']:.1f} ({s['words'] / s['texts']:.0f} words)")
        row("newsgraph articles/s at 600 words, wall; per CPU-s (goal >= 10 per core)", f"{ours / 600:.1f}; {ours_c / 600:.1f}")
        if "parse_cpu" in s:  # the most the whole analysis could reach: its parse with no rule stage
            parse, parse_c = s["words"] / s["parse_s"], s["words"] / s["parse_cpu"]
            row("ceiling: newsgraph's parse alone (no rule stage), art./s at 600 words, wall; per CPU-s",
                f"{parse / 600:.1f}; {parse_c / 600:.1f}")
            row("rule stages' share of newsgraph's CPU-s", f"{1 - s['parse_cpu'] / s['ours_cpu']:.0%}")
        row("peak RSS of that process, MB (both models, all texts, newsgraph)", f"{s['peak_mb']:.0f}")
    f = section("first")
    if "error" in f:
        row("first article: `newsgraph analyze one.md`", f["error"])
    else:
        wall, cpu = f["empty"][0]
        row("first article, empty user cache: wall s; CPU s", f"{wall:.2f}; {cpu:.2f}")
        for name, label in (("module", "python -m newsgraph"), ("script", "newsgraph (console script)")):
            if name in f:
                runs = f[name]
                row(f"first article, warm cache, {label}: median wall s; CPU s of {len(runs)} (goal < 2)",
                    f"{statistics.median(r[0] for r in runs):.2f}; {statistics.median(r[1] for r in runs):.2f} "
                    f"(wall {min(r[0] for r in runs):.2f}-{max(r[0] for r in runs):.2f})")
    base = base_path = None
    for kind, label in (("one", "one process"), ("pool", "--workers N"), ("dask", "Dask LocalCluster, N workers")):
        r = section(kind)
        if "error" in r:
            row(label, r["error"])
            continue
        rate = r["texts"] / r["wall_s"]
        base = rate if kind == "one" else base
        label = label.replace("N", str(r["workers"]))
        row(f"{label}: {r['texts']} texts, articles/s incl. start (x one process)",
            f"{rate:.2f}" + (f" (x{rate / base:.2f})" if base and kind != "one" else ""))
        row(f"{label}: wall s; first result s; CPU-s all processes; load at end",
            f"{r['wall_s']:.1f}; {r['first_s']:.1f}; {r['cpu_s']:.1f}; {r['load']:.1f}")
        # On a shared machine the kernel gives this session a share of the cores (Linux autogroup),
        # whatever the number of its processes: the busiest process's CPU-seconds are the wall time
        # the run would take with a core of its own per process (start-up included), were no process
        # ever idle waiting for another: the speed-up it gives is an upper bound.
        path = max(r["worker_cpu_s"] + [r["own_cpu_s"]])
        base_path = path if kind == "one" else base_path
        row(f"{label}: CPU-s of the busiest process (x one process: upper bound)",
            f"{path:.1f}" + (f" (x{base_path / path:.2f})" if kind != "one" and base_path else ""))
        row(f"{label}: peak RSS per worker MB (goal <= 400)", ", ".join(f"{x:.0f}" for x in r["worker_peak_mb"]))
        if r.get("parts"):  # Dask: the worker process and its analysis process, each (summed above)
            row(f"{label}: peak RSS MB, worker process + its analysis process",
                ", ".join(f"{w:.0f} + {'+'.join(f'{a:.0f}' for a in al) or '0'}" for w, al, _, _ in r["parts"]))
            row(f"{label}: CPU-s, worker process + its analysis process",
                ", ".join(f"{w:.1f} + {'+'.join(f'{a:.1f}' for a in al) or '0'}" for _, _, w, al in r["parts"]))
    st = section("store")
    if "error" in st:
        row("ingest of synthetic analyses", st["error"])
    else:
        for r in st["rows"]:
            row(f"ingest synthetic: {r['articles']:,} of {st['n']:,} stored, articles/s; RSS MB",
                f"{r['articles_s']:.0f}; {r['rss_mb']:.0f} (peak {r['peak_mb']:.0f})")
    sizes = (f"sizes: NEWSGRAPH_BENCH_TEXTS={env('NEWSGRAPH_BENCH_TEXTS', 2000)} "
             f"NEWSGRAPH_BENCH_PARALLEL={env('NEWSGRAPH_BENCH_PARALLEL', 400)} "
             f"NEWSGRAPH_BENCH_INGEST={env('NEWSGRAPH_BENCH_INGEST', 100000)} "
             f"NEWSGRAPH_BENCH_WORKERS={env('NEWSGRAPH_BENCH_WORKERS', 2)}; {os.cpu_count()} CPUs, "
             f"load average {os.getloadavg()[0]:.1f}")
    width = max(len(w) for w, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 24}")
    for w, v in rows:
        print(f"{w:<{width}}  {v}")
    print(sizes)
    return 0


if __name__ == "__main__":
    from newsgraph import nlp as _nlp

    _nlp.one_thread()  # as the command line's process: no BLAS thread pool (the sections inherit it)
    if len(sys.argv) > 1:
        print(json.dumps(SECTIONS[sys.argv[1]]()))
        sys.exit(0)
    sys.exit(table())
