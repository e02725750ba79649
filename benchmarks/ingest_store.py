"""Benchmark of the corpus store: articles and rows written per second, and memory while streaming.

    python benchmarks/ingest_store.py [--n 100000] [--batch 200] [--db /tmp/bench.db] [--copies 0.05]

The analyses are SYNTHETIC (generated Analysis records, no spaCy): this measures the store path
(content hash, MinHash/LSH near-copy lookup, actor resolution, event merging, FTS, batched
writes), not the NLP pipeline, which costs ~0.1-0.5 s per article on its own. A share of the
articles (--copies) are near-copies of earlier ones, so the LSH lookup finds hits too.

Prints one line per checkpoint (articles, rows, rows/s, current and peak RSS) so flat memory
can be seen, then a summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from newsgraph.corpus import connect, ingest  # noqa: E402
from newsgraph.model import Actor, Analysis, Article, Event, Mention, Source, Span, Stance, Statement  # noqa: E402

VOCAB = ("government officials said talks would resume next week after the ceasefire collapsed amid fresh "
         "fighting near the border where troops and rebels exchanged fire while aid groups warned of shortages "
         "of food water and medicine for thousands of families displaced by the conflict and the ministry "
         "announced new measures to restore power and reopen schools in the region").split()
TYPES = ("ASSAULT", "CONSULT", "AGREE", "REJECT", "ACCUSE", "AID", "PROTEST", "THREATEN")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def io() -> dict[str, int]:
    """This process's I/O counters (Linux): read calls (SQLite reads a page it has not cached with one)
    and bytes written (WAL frames, checkpoints). Counts, not times: the same on a busy machine."""
    try:
        with open("/proc/self/io") as fh:
            return {k: int(v) for k, v in (line.split(": ") for line in fh)}
    except OSError:
        return {}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(n: int, copies: float, seed: int = 7):
    """(Article, Analysis) pairs, generated lazily so the generator itself holds no corpus."""
    rnd = random.Random(seed)
    people = [f"Person{i} Surname{i}" for i in range(2000)]
    orgs = [f"Organisation {i}" for i in range(500)]
    countries = [f"Country{i}" for i in range(150)]
    recent: list[str] = []
    start = dt.date(2024, 1, 1)
    for i in range(n):
        if recent and rnd.random() < copies:
            body = rnd.choice(recent).replace(" said ", " stated ", 1)  # a near-copy of a recent article
        else:
            who = [rnd.choice(people), rnd.choice(orgs), rnd.choice(countries), rnd.choice(countries)]
            words = " ".join(rnd.choice(VOCAB) for _ in range(rnd.randint(120, 400)))
            body = (f"{who[0]} of {who[1]} said {who[2]} attacked {who[3]}. {words}. Article {i}.")
            recent = (recent + [body])[-50:]
        published = start + dt.timedelta(days=rnd.randint(0, 365))
        outlet = f"outlet{rnd.randint(0, 300)}.example"
        article = Article(text=body, id=f"b{i}", title=f"Story {i}", published=published, domain=outlet,
                          url=f"https://{outlet}/{i}", source_path=f"synthetic#{i}")
        head = body.split(".")[0]
        names = head.replace(" of ", "|").replace(" said ", "|").replace(" attacked ", "|").split("|")
        kinds = ("person", "organization", "country", "country")
        actors = []
        for k, (name, kind) in enumerate(zip(names, kinds), 1):
            at = body.index(name)
            actors.append(Actor(id=f"a{k}", name=name, kind=kind, mentions=[Mention(Span.of(body, at, at + len(name)))]))
        evidence = Span.of(body, 0, len(head))
        events = [Event(id="e1", type=rnd.choice(TYPES), evidence=evidence, rule="bench", source=["a3"], target=["a4"],
                        date=published)]
        statements = [Statement(id="s1", speaker="a1", content=[Span.of(body, len(head) - 30, len(head))], kind="indirect",
                                rule="bench")]
        stances = [Stance(holder="a2", topic="ceasefire", polarity=rnd.choice(("support", "oppose")), evidence=[evidence], rule="bench")]
        yield article, Analysis(article=article, actors=actors, statements=statements, events=events, stances=stances,
                                source=Source(domain=outlet))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--batch", type=int, default=200)
    p.add_argument("--copies", type=float, default=0.05)
    p.add_argument("--db", default="/tmp/newsgraph-bench.db")
    p.add_argument("--every", type=int, default=10_000, help="checkpoint every N articles")
    args = p.parse_args()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    conn = connect(args.db)
    pending: dict[str, Analysis] = {}

    def items():
        for article, analysis in synthetic(args.n, args.copies):
            pending[article.text] = analysis
            yield article

    def analyze(article):
        return pending.pop(article.text)

    seen = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    print(f"{'articles':>9} {'rows':>10} {'rows/s':>8} {'articles/s':>10} {'rows/cpu-s':>10} {'rss MB':>7} {'peak MB':>7}"
          f" {'last: art/s':>11} {'art/cpu-s':>9} {'reads/art':>9} {'KB w/art':>8}")
    last = [0, 0.0, 0.0]  # articles, wall, CPU at the previous checkpoint
    io_last = [io()]

    def tick():
        nonlocal seen
        seen += 1
        if seen % args.every == 0:
            report(seen)

    def report(n):
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        rows = total_rows(conn)  # counted after the clocks are read: the count is not the store's work
        # rows/cpu-s: what the store does per second of its own CPU, steadier than wall time on a busy machine;
        # the last two columns are since the previous checkpoint (a slowing store shows there first)
        d_n, d_wall, d_cpu = n - last[0], took - last[1], cpu - last[2]
        now, before = io(), io_last[0]
        reads = (now.get("syscr", 0) - before.get("syscr", 0)) / max(d_n, 1)
        written = (now.get("wchar", 0) - before.get("wchar", 0)) / 1024 / max(d_n, 1)
        print(f"{n:9d} {rows:10d} {rows / took:8.0f} {n / took:10.0f} {rows / cpu:10.0f} {rss_mb():7.0f} {peak_mb():7.0f}"
              f" {d_n / max(d_wall, 1e-9):11.0f} {d_n / max(d_cpu, 1e-9):9.0f} {reads:9.1f} {written:8.1f}", flush=True)
        io_last[0] = io()
        last[:] = [n, time.perf_counter() - t0, time.process_time() - c0]

    summary = ingest(conn, items(), analyze, db=args.db, batch_size=args.batch, tick=tick)
    report(seen)
    print(f"summary: {summary.line()}; db {os.path.getsize(args.db) / 1e6:.0f} MB; "
          f"peak RSS {peak_mb():.0f} MB", flush=True)
    pending.clear()
    return 0


def total_rows(conn) -> int:
    tables = ("articles", "minhashes", "lsh_bands", "article_actors", "statements", "event_reports", "events",
              "event_actors", "stances", "actors", "actor_aliases")
    return sum(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


if __name__ == "__main__":
    sys.exit(main())
