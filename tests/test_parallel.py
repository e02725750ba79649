"""Many articles at once: batched parsing, --workers (a process pool) and --cluster (Dask) give the
corpus one process gives, in input order, and a worker killed mid-run loses no article.

The corpus is tiny on purpose (the suite runs on small shared machines): the articles shipped in
tests/data and examples/, an exact copy of one, a near-copy, a non-English article and a bad input.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
import sqlite3
from pathlib import Path

import pytest

from newsgraph import corpus, parallel
from newsgraph.cli import main
from newsgraph.model import Analysis, Article

ROOT = Path(__file__).resolve().parent.parent
VOLATILE = {"ingested_at", "at", "applied_at"}  # wall-clock times differ between runs


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("articles")
    for f in sorted((ROOT / "tests/data/heldout").glob("*.md")) + [ROOT / "examples/ceasefire-talks.md"]:
        shutil.copy(f, d / f.name)
    shutil.copy(ROOT / "tests/data/ingest/wire.jsonl", d / "wire.jsonl")  # one line of it is broken
    shutil.copy(ROOT / "examples/ceasefire-talks.md", d / "zz-exact-copy.md")
    text = (ROOT / "tests/data/heldout/pretoria-peace-deal.md").read_text(encoding="utf-8")
    (d / "zz-near-copy.md").write_text(text.replace("\n\n", "\n\nUpdated on Friday.\n\n", 1), encoding="utf-8")
    (d / "zz-french.md").write_text("---\nlanguage: fr\n---\n# Pourparlers\n\nLes négociations ont repris mardi à "
                                    "Genève, ont indiqué des diplomates.\n", encoding="utf-8")
    (d / "zz-empty.md").write_text("", encoding="utf-8")
    return d


def items(folder: Path):
    return corpus.items_from_paths([str(folder)])


def dump(db: Path) -> dict[str, list]:
    """Every row of every table, times left out, sorted: two corpora are equal when their dumps are."""
    c = sqlite3.connect(db)
    try:
        out = {}
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
                                 " AND name != 'schema_migrations' ORDER BY name"):
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({name})") if r[1] not in VOLATILE]
            out[name] = sorted(c.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall(), key=repr)
        return out
    finally:
        c.close()


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory, analyzer):
    """The corpus one process stores, the way `newsgraph ingest` did before any runner existed."""
    db = tmp_path_factory.mktemp("ref") / "one.db"
    conn = corpus.connect(db)
    summary = corpus.ingest(conn, items(folder), analyzer.analyze, db=db, batch_size=3)
    conn.close()
    assert summary.new >= 6 and summary.duplicate == 1 and summary.near_duplicate == 1 and summary.failed
    return dump(db)


def ingest_with(runner, folder: Path, db: Path, tick=None) -> corpus.Summary:
    conn = corpus.connect(db)
    try:
        with runner:
            return parallel.ingest(conn, items(folder), runner, db=db, batch_size=3, tick=tick)
    finally:
        conn.close()


def test_batched_parse_gives_the_same_analyses(folder, analyzer):
    from newsgraph import nlp

    arts = [a for a in items(folder) if isinstance(a, Article)]
    body = "\n\n".join(a.text for a in arts if a.language in (None, "en"))
    long = Article(text=(body + "\n\n") * (nlp.CHUNK_CHARS // len(body) + 1), source_path="long")
    assert len(long.text) > nlp.CHUNK_CHARS  # parsed in chunks by one process: the batch must do the same
    arts.insert(2, long)
    one = [analyzer.analyze(a).to_json() for a in arts]
    assert [r.to_json() for r in parallel.analyze_batch(analyzer, arts, batch_size=4)] == one


def test_analyses_survive_json(folder, analyzer):
    for a in items(folder):
        if isinstance(a, Article):
            d = analyzer.analyze(a).to_json()
            assert parallel.analysis_from_json(json.loads(json.dumps(d))).to_json() == d


def test_in_process_runner_stores_the_reference_corpus(folder, reference, tmp_path, analyzer):
    ingest_with(parallel.InProcess(analyzer=analyzer), folder, tmp_path / "c.db")
    assert dump(tmp_path / "c.db") == reference


def test_workers_2_store_the_reference_corpus_in_order(folder, reference, tmp_path, analyzer):
    import gc

    pool = parallel.Pool(2, task_batch=2)
    got = [(i, r) for i, r in pool.map(items(folder))]
    # a worker analyses until it ends: what it loaded is out of the cyclic collector; this process is not
    assert pool._pool.submit(gc.get_freeze_count).result() > 100_000
    assert gc.get_freeze_count() == 0
    pool.close()
    want = list(items(folder))
    assert [getattr(i, "source_path", str(i)) for i, _ in got] == [getattr(i, "source_path", str(i)) for i in want]
    for (item, r), a in zip(got, want):
        if isinstance(a, Article):
            assert r.to_json() == analyzer.analyze(a).to_json()
    ingest_with(parallel.Pool(2, task_batch=2), folder, tmp_path / "w.db")
    assert dump(tmp_path / "w.db") == reference


def test_a_killed_pool_worker_loses_no_article(folder, reference, tmp_path):
    pool = parallel.Pool(2, task_batch=1)
    killed = []

    def tick():
        if not killed and pool._pool is not None and pool._pool._processes:
            pid = next(iter(pool._pool._processes))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = ingest_with(pool, folder, tmp_path / "k.db", tick=tick)
    assert killed and not any("died" in f.reason for f in summary.failed)
    assert dump(tmp_path / "k.db") == reference


def test_cli_workers_2(folder, reference, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 2)
    monkeypatch.setattr(parallel, "TASK_BATCH", 2)
    assert main(["ingest", str(folder), "--db", str(tmp_path / "cli.db"), "--workers", "2", "-q"]) == 1  # the bad inputs
    assert dump(tmp_path / "cli.db") == reference
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "-o", str(out) + "/", "--workers", "2", "-q"]) == 1
    ref = tmp_path / "ref"
    assert main(["analyze", str(folder), "-o", str(ref) + "/", "--workers", "1", "-q"]) == 1
    names = sorted(p.name for p in ref.iterdir())
    assert names == sorted(p.name for p in out.iterdir()) and len(names) >= 6
    for n in names:
        assert (out / n).read_text(encoding="utf-8") == (ref / n).read_text(encoding="utf-8")


def test_bad_worker_count_is_one_line(capsys):
    assert main(["analyze", "examples/ceasefire-talks.md", "--workers", "0"]) == 1
    assert "--workers" in capsys.readouterr().err


def test_dask_local_cluster_2_workers_and_a_killed_worker(folder, reference, tmp_path):
    pytest.importorskip("distributed")
    from newsgraph.cluster import DaskRunner

    import gc

    from newsgraph import cluster

    runner = DaskRunner("local", workers=2, task_batch=2)
    alone = {}  # each worker's analysis process: one, of one thread, the model loaded and frozen there
    spacy_in_worker = []

    def look():
        if not alone:
            for pids in runner.client.run(cluster.analysis_pids).values():
                assert len(pids) == 1
                alone[pids[0]] = threads_of(pids[0])
            spacy_in_worker.extend(runner.client.run(lambda: "spacy" in __import__("sys").modules).values())

    ingest_with(runner, folder, tmp_path / "d.db", tick=look)
    assert dump(tmp_path / "d.db") == reference
    assert len(alone) == 2 and set(alone.values()) == {1}
    assert spacy_in_worker == [False, False]  # the worker processes never load the model
    assert gc.get_freeze_count() == 0
    assert gone(list(alone))  # they end with their workers

    runner = DaskRunner("local", workers=2, task_batch=1)
    killed = []

    def tick():
        if not killed:
            pids = runner.client.run(os.getpid)
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = ingest_with(runner, folder, tmp_path / "dk.db", tick=tick)
    assert killed and not any("died" in f.reason for f in summary.failed)
    assert dump(tmp_path / "dk.db") == reference


def threads_of(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


def gone(pids: list[int], wait: float = 10.0) -> bool:
    """Whether every process of `pids` has ended (or is a zombie), waiting up to `wait` seconds."""
    def alive(pid):
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    end = time.monotonic() + wait
    while any(alive(p) for p in pids) and time.monotonic() < end:
        time.sleep(0.1)
    return not any(alive(p) for p in pids)


def test_dask_an_analysis_process_killed_mid_run(folder, reference, tmp_path):
    """A worker's analysis process that dies (the kernel's out-of-memory killer, a crash) takes its
    worker with it: Dask replaces the worker and runs the task again, and no article is lost."""
    pytest.importorskip("distributed")
    from newsgraph import cluster
    from newsgraph.cluster import DaskRunner

    runner = DaskRunner("local", workers=2, task_batch=1)
    killed = []

    def tick():
        if not killed:
            pid = next(iter(runner.client.run(cluster.analysis_pids).values()))[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = ingest_with(runner, folder, tmp_path / "dka.db", tick=tick)
    assert killed and not any("died" in f.reason for f in summary.failed)
    assert dump(tmp_path / "dka.db") == reference


def _fake_batch(analyzer, articles):
    """Stands in for the analysis in forked workers: an article saying KILL kills its worker."""
    if any("KILL" in a.text for a in articles):
        os._exit(1)
    return [Analysis(article=a, notes=["fake"]) for a in articles]


def test_an_article_that_kills_its_worker_fails_alone(monkeypatch):
    monkeypatch.setattr(parallel, "_init_worker", lambda options, parent=None: setattr(parallel, "_WORKER_ANALYZER", object()))
    monkeypatch.setattr(parallel, "analyze_batch", _fake_batch)
    texts = ["one", "two", "KILL three", "four", "five", "six"]
    arts = [Article(text=t, source_path=f"t{i}") for i, t in enumerate(texts)]
    with parallel.Pool(2, task_batch=2) as pool:
        got = [r for _, r in pool.map(arts)]
    assert [r.article.text if isinstance(r, Analysis) else type(r).__name__ for r in got] == \
        ["one", "two", "WorkerLost", "four", "five", "six"]
    assert "died" in parallel.failure_reason(got[2])


def test_parse_batches_keep_order_and_a_character_budget():
    texts = ["a" * 10, "b" * 50, "c" * 50, "d" * 200, "e" * 5]
    groups = list(parallel._budgeted(texts, size=3, chars=100))
    assert groups == [["a" * 10, "b" * 50], ["c" * 50], ["d" * 200], ["e" * 5]]
    assert [t for g in groups for t in g] == texts


def test_a_worker_dead_before_the_next_task_is_sent_loses_nothing(monkeypatch):
    """A worker killed between tasks breaks the pool before the next submit: that task is sent again
    with the rest, not lost with an error."""
    monkeypatch.setattr(parallel, "_init_worker", lambda options, parent=None: setattr(parallel, "_WORKER_ANALYZER", object()))
    monkeypatch.setattr(parallel, "analyze_batch", _fake_batch)
    arts = [Article(text=t, source_path=f"t{i}") for i, t in enumerate(["one", "two", "three", "four"])]
    with parallel.Pool(2, task_batch=1) as pool:
        assert [r.article.text for _, r in pool.map(arts[:1])] == ["one"]
        os.kill(next(iter(pool._pool._processes)), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not pool._pool._broken and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool._pool._broken  # the next submit meets a broken pool
        got = [r.article.text if isinstance(r, Analysis) else type(r).__name__ for _, r in pool.map(arts)]
    assert got == ["one", "two", "three", "four"]
