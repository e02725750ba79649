"""Two ingests into one corpus at once: both succeed, every article is stored once, no false
failures; creating the schema of a new corpus is safe when several processes race to it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

from capped import REPO, _env


def _start(args, cwd):
    return subprocess.Popen([sys.executable, "-m", "newsgraph", *args], cwd=cwd, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_schema_creation_race(tmp_path):
    # every process imports first, then waits for the others, then all open the new file at once
    code = ("import os, sys, time; from newsgraph.corpus import connect\n"
            "ready, n = sys.argv[2], int(sys.argv[3])\n"
            "open(os.path.join(ready, str(os.getpid())), 'w').close()\n"
            "while len(os.listdir(ready)) < n: time.sleep(0.005)\n"
            "connect(sys.argv[1]).close(); print('ok')\n")
    ready = tmp_path / "ready"
    ready.mkdir()
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "new.db"), str(ready), "6"], env=_env(),
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == conn.execute(
            "PRAGMA user_version").fetchone()[0]


def test_two_ingests_at_once_store_each_article_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    n = 24
    for i in range(n):
        (folder / f"s{i:02d}.md").write_text(
            f"# Harbour story {i}\n\nThe harbour master of port {i} said on Monday that {i + 3} ships had been "
            f"held at anchor for {i + 2} days by the strike of dock workers number {i}.\n", encoding="utf-8")
    args = ["ingest", str(folder), "--db", str(tmp_path / "c.db"), "--batch-size", "4"]
    procs = [_start(args, tmp_path), _start(args, tmp_path)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "failed" in err and " 0 failed" in err, err
    new = sum(int(re.search(r"(\d+) new", err)[1]) for _, err in outs)
    assert new == n
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
