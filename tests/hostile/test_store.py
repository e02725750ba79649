"""The corpus database: its name is a file name (never a URI), and two ingests at once both
succeed with every article stored once."""

from __future__ import annotations

import os

import pytest

from newsgraph.cli import main


@pytest.mark.parametrize("name", ["x%41.db", "my#corpus.db", "what?mode=ro.db", "file:odd.db", "a b&c.db"])
def test_db_name_is_a_file_name(tmp_path, monkeypatch, capsys, name):
    import sqlite3

    monkeypatch.chdir(tmp_path)
    if name == "x%41.db":
        assert main(["ingest", "--db", "xA.db", "-q"]) == 0  # another corpus that a URI would open
        with sqlite3.connect("xA.db") as other:
            other.execute("INSERT INTO failures(source, reason, at) VALUES ('other.md', 'other corpus', 'now')")
    assert main(["ingest", "--db", name, "-q"]) == 0
    capsys.readouterr()
    assert main(["query", "failures", "--db", name, "--json"]) == 0
    assert "other corpus" not in capsys.readouterr().out
    made = sorted(p for p in os.listdir(tmp_path) if not p.endswith(("-wal", "-shm")))
    assert made == sorted({name, "xA.db"} if name == "x%41.db" else {name})
