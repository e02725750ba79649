"""User files and options: every problem is one line naming the file (and line), exit 1 (or 2
for a malformed option), never "internal error"; a YAML alias bomb is refused unexpanded; a
reader that goes away (`| head`) ends the run quietly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from capped import _env, cli

STORY = "# Talks stall\n\nThe envoy said on Monday that the talks had stalled over the exchange of prisoners.\n"


@pytest.fixture()
def story(tmp_path):
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    return tmp_path


def _alias_bomb() -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\nactors: *a9\n"


@pytest.mark.parametrize("content,expect", [
    ("actors:\n  - name: Khalifa Haftar\n    valid_from: 2020-02-30\n", "actors.yaml, line 2 (entry 1): date '2020-02-30'"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "actors.yaml, line 1: not UTF-8 text"),
    ("actors:\n\t- name: x\n", "actors.yaml, line 2: not valid YAML"),
    (_alias_bomb(), "YAML aliases (*a0) are not allowed"),
    ("actors:\n  - name: A\n  - kind: person\n", "line 3 (entry 2): each actor needs at least a 'name'"),
    ("[" * 50_000, "actors.yaml"),
    (None, "is a directory"),
])
def test_actors_file_problems_are_one_line_with_file_and_line(story, content, expect):
    target = story / "actors.yaml"
    if content is None:
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    r = cli("analyze", "a.md", "--actors", "actors.yaml", "-f", "jsonl", cwd=story, timeout=60)
    r.ok_limits()
    assert r.returncode == 1, r.stderr
    assert expect in r.stderr and "internal error" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_ratings_file_in_latin1_names_file_and_line(story):
    (story / "r.csv").write_bytes("domain,name,factual,bias,rater,rated\nexampl\xe9.com,Ex,high,center,me,2024-01-01\n"
                                  .encode("latin-1"))
    r = cli("analyze", "a.md", "--ratings", "r.csv", "-f", "jsonl", cwd=story)
    assert r.returncode == 1 and "r.csv, line 2: not UTF-8 text" in r.stderr, r.stderr


def test_ratings_file_with_extra_fields_is_a_config_error(story):
    (story / "r.csv").write_text("domain,name,reliability,extra\nexample.com,Ex,high,zz,yy\n", encoding="utf-8")
    r = cli("analyze", "a.md", "--ratings", "r.csv", "-f", "jsonl", cwd=story)
    assert r.returncode == 1 and "r.csv" in r.stderr and "internal error" not in r.stderr, r.stderr


def test_huge_limit_means_all_rows(tmp_path):
    from newsgraph.cli import main

    db = str(tmp_path / "c.db")
    assert main(["ingest", "--db", db, "-q"]) == 0
    assert main(["query", "actors", "--db", db, "--limit", "9" * 20]) == 0
    with pytest.raises(SystemExit) as e:
        main(["query", "actors", "--db", db, "--limit", "-1"])
    assert e.value.code == 2


def test_damaged_database_is_the_documented_message(tmp_path, capsys):
    import sqlite3

    from newsgraph.cli import main

    db = tmp_path / "c.db"
    assert main(["ingest", "--db", str(db), "-q"]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # everything in the main file
    data = bytearray(db.read_bytes())
    data[100:1124] = bytes(range(256)) * 4  # the schema page
    db.write_bytes(bytes(data))
    for args in (["query", "stats"], ["ingest"], ["export", "-f", "csv", "-o", str(tmp_path / "x.csv")]):
        assert main([*args, "--db", str(db)]) == 1
        assert "is damaged" in capsys.readouterr().err


def test_broken_pipe_is_quiet(story):
    for i in range(3):
        (story / f"s{i}.md").write_text(STORY.replace("Monday", f"day {i}"), encoding="utf-8")
    cmd = f"{sys.executable} -m newsgraph analyze s0.md s1.md s2.md -f jsonl -q | head -c 10"
    r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=story, env=_env(), capture_output=True,
                       text=True, timeout=120)
    assert r.stdout == '{"schema":'
    assert r.stderr == "", r.stderr
