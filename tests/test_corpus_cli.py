"""The corpus commands end to end with the real pipeline: ingest twice, a killed ingest rerun,
query and export from the command line."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.cli import main

STORIES = [
    "# Talks resume in Geneva\n\nDiplomats from France and Germany met in Geneva on Tuesday to discuss the grain deal, "
    "officials said.\n",
    "# Storm hits coast\n\nA storm struck the coast of Portugal on Monday, cutting power to thousands of homes, "
    "the utility said.\n",
    "# Minister resigns\n\nThe Dutch finance minister resigned on Friday after a row over the budget, "
    "the government said in a statement.\n",
]


def write_articles(folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"story-{i:03d}.md").write_text(t, encoding="utf-8")
    return folder


def count(db, sql="SELECT COUNT(*) FROM articles"):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)  # read-only: never creates nor locks the file
    try:
        return c.execute(sql).fetchone()[0]
    finally:
        c.close()


def test_ingest_twice_with_the_real_pipeline(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", STORIES)
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    assert "3 new, 0 duplicate" in capsys.readouterr().err
    assert main(["ingest", str(folder), "--db", db]) == 0
    assert "0 new, 3 duplicate" in capsys.readouterr().err
    assert count(db) == 3
    # every stored statement's content is the article's own words at its offsets
    with sqlite3.connect(db) as c:
        for start, end, content, text in c.execute(
                "SELECT s.start, s.end, s.content, a.text FROM statements s JOIN articles a ON a.id = s.article "
                "WHERE s.content NOT LIKE '% … %'"):
            assert text[start:end] == content


def test_two_outlets_reporting_one_strike_with_the_real_pipeline(tmp_path, capsys):
    """Integration with the events stage: two differently worded reports, one corpus event."""
    import json

    records = [
        {"url": "https://www.reuters.com/world/a1", "published": "2024-03-04", "title": "Israel strikes Damascus",
         "text": "Israeli warplanes struck the Mezzeh military airport in Damascus on Monday, the Syrian army said."},
        {"url": "https://www.bbc.co.uk/news/b1", "published": "2024-03-04", "title": "Airport hit near Damascus",
         "text": "Israel attacked a military airport in Damascus on Monday, Syrian state media reported."},
    ]
    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(src), "--db", db, "-q"]) == 0
    capsys.readouterr()
    assert main(["query", "events", "--type", "ASSAULT", "--min-corroboration", "2", "--db", db, "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["outlets"] == "bbc.co.uk; reuters.com"
    assert count(db, "SELECT COUNT(*) FROM event_reports WHERE event = %d" % rows[0]["id"]) == 2


def test_query_and_export_commands(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", STORIES)
    db = str(tmp_path / "c.db")
    main(["ingest", str(folder), "--db", db, "-q"])
    capsys.readouterr()
    assert main(["query", "search", "Geneva", "--db", db, "--json"]) == 0
    out = capsys.readouterr().out
    assert '"title": "Talks resume in Geneva"' in out
    assert main(["query", "actors", "--db", db]) == 0
    assert "Portugal" in capsys.readouterr().out
    for fmt in ("csv", "jsonl", "parquet"):
        target = tmp_path / f"actors.{fmt}"
        assert main(["export", "--db", db, "--table", "actors", "-o", str(target)]) == 0
        assert target.stat().st_size > 0


def test_failed_input_is_reported_and_listed(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", STORIES[:1])
    (folder / "empty.md").write_text("   \n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "1 new" in err and "1 failed" in err and "empty.md" in err
    assert main(["query", "failures", "--db", db, "--json"]) == 0
    assert "empty.md" in capsys.readouterr().out


def test_retry_failed_reads_the_failed_inputs_again(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", STORIES[:1])
    late = folder / "late.md"
    late.write_text("   \n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--db", db, "-q"]) == 1
    late.write_text(STORIES[1], encoding="utf-8")  # fixed by the user
    assert main(["ingest", "--retry-failed", "--db", db]) == 0
    assert "1 new, 0 duplicate" in capsys.readouterr().err
    assert count(db) == 2 and count(db, "SELECT COUNT(*) FROM failures") == 0


def test_query_on_a_missing_database_is_a_clear_error(tmp_path, capsys):
    assert main(["query", "events", "--db", str(tmp_path / "nope.db")]) == 1
    assert "no such corpus" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []  # not Linux


def _wait_gone(pids: list[int], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if Path(f"/proc/{p}").exists() and "zombie" not in _state(p)]
        if not alive:
            return
        time.sleep(0.2)
    raise AssertionError(f"worker processes {alive} outlived the killed ingest")


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State"))
    except (OSError, StopIteration):
        return "zombie"


@pytest.mark.parametrize("sig, code", [(signal.SIGKILL, -signal.SIGKILL), (signal.SIGINT, 130)])
def test_killed_ingest_rerun_stores_every_article_exactly_once(tmp_path, sig, code):
    n = 30
    texts = [f"# Report {i}\n\nOfficials in city number {i} said on Monday that road {i} would reopen "
             f"after {i + 2} days of repairs.\n" for i in range(n)]
    folder = write_articles(tmp_path / "in", texts)
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(folder), "--db", str(db), "--batch-size", "1"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            stored = count(db)
        except sqlite3.Error:
            stored = 0  # not created yet
        if stored >= 3:
            break
        time.sleep(0.01)
    workers = _children(proc.pid)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode == code, proc.stderr.read().decode()
    _wait_gone(workers)  # no worker process outlives a killed ingest
    killed_at = count(db)
    assert 3 <= killed_at < n, "the kill must land mid-ingest"
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert count(db) == n
    assert count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles") == n
    assert count(db, "SELECT COUNT(DISTINCT source_path) FROM articles") == n
    assert count(db, "SELECT COUNT(*) FROM articles_fts") == n
    assert count(db, "SELECT COUNT(*) FROM minhashes") == n
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
