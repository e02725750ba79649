"""The store's work per article does not grow with the corpus, and what makes it so (schema 3)
keeps the same answers: event_sources mirrors event_actors and events, the last-word look-up of
names finds what the LIKE scan found, and an older corpus gains both on open."""

from __future__ import annotations

import importlib.util
import random
import sqlite3

import pytest

from evaluation import repo_root
from newsgraph.corpus import actors as corpus_actors
from newsgraph.corpus import connect, ingest
from newsgraph.corpus.schema import LATEST


def _bench():
    spec = importlib.util.spec_from_file_location("ingest_store", repo_root() / "benchmarks" / "ingest_store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ingest_synthetic(conn, db, n: int, marks: dict[int, int] | None = None, steps: list[int] | None = None):
    pending = {}

    def items():
        for i, (article, analysis) in enumerate(_bench().synthetic(n, 0.05), 1):
            pending[article.text] = analysis
            if marks is not None and steps is not None:
                marks[i] = steps[0]
            yield article

    return ingest(conn, items(), lambda a: pending.pop(a.text), db=db, batch_size=100)


def _derived(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT e.id, ea.actor, e.type, e.date FROM event_actors ea "
                                           "JOIN events e ON e.id = ea.event WHERE ea.role = 'source' ORDER BY 1, 2")]


def _mirror(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT event, actor, type, date FROM event_sources ORDER BY 1, 2")]


def test_work_per_article_is_flat(tmp_path):
    """SQLite's virtual-machine steps per stored article (a count, not a time: the same on a busy
    machine) are the same at 2,000 articles as at 1,000. Before schema 3, the alias scan for an
    actor's display name, event merging by type and week, the agree/reject look-up and the
    opposite-stance search read more rows the bigger the corpus (1.6 times more steps per
    article between the two spans here)."""
    db = tmp_path / "c.db"
    conn = connect(db)
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 100)
    marks: dict[int, int] = {}
    summary = _ingest_synthetic(conn, db, 2000, marks, steps)
    conn.set_progress_handler(None, 0)
    assert summary.new + summary.near_duplicate > 1900
    early = marks[1000] - marks[500]
    late = marks[2000] - marks[1500]
    assert late <= 1.1 * early, (early, late)
    assert _mirror(conn) == _derived(conn)


def test_event_sources_follow_an_earlier_date(tmp_path):
    from test_corpus_helpers import by_text, make

    db = tmp_path / "c.db"
    conn = connect(db)
    text = "Rebels attacked the garrison at Kidal on {d} March, residents said, and fighting went on for hours."
    reports = [make(text.format(d=d), outlet=f"o{d}.com", actors={"Rebels": "group", "Kidal": "location"},
                    events=[("ASSAULT", ["Rebels"], ["Kidal"], "Rebels attacked the garrison", "Kidal",
                             f"2024-03-0{d}")]) for d in (5, 3)]
    ingest(conn, [a.article for a in reports], by_text(reports), db=db)
    events = conn.execute("SELECT id, date FROM events").fetchall()
    assert [tuple(e) for e in events] == [(1, "2024-03-03")]  # merged, the earlier date kept
    assert _mirror(conn) == _derived(conn)


def test_an_older_corpus_gains_the_indexes_on_open(tmp_path):
    db = tmp_path / "c.db"
    conn = connect(db)
    _ingest_synthetic(conn, db, 300)
    before = _derived(conn)
    # undo migration 3 as a corpus made by newsgraph before it would be
    for name, kind in conn.execute("SELECT name, type FROM sqlite_master WHERE name LIKE 'event_sources%' "
                                   "OR name IN ('actor_aliases_actor', 'actor_aliases_last')").fetchall():
        if kind == "table":
            conn.execute(f"DROP TABLE {name}")
        elif kind == "trigger":
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("DROP INDEX stances_holder")
    conn.execute("CREATE INDEX stances_holder ON stances(holder, tnorm)")
    conn.execute("DELETE FROM schema_migrations WHERE version = 3")
    conn.execute("PRAGMA user_version = 2")
    conn.close()

    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert _mirror(conn) == before
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"actor_aliases_actor", "actor_aliases_last", "event_sources_key", "event_sources_insert"} <= names


@pytest.mark.parametrize("seed", [1, 2])
def test_last_word_lookup_finds_what_the_scan_found(seed):
    """_ending narrows by the last word (an index); the old full scan with LIKE is the reference."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE actor_aliases (actor INTEGER, grp TEXT, norm TEXT)")
    conn.execute(f"CREATE INDEX last ON actor_aliases(grp, {corpus_actors.LAST_WORD}, norm, actor)")
    words = ["al", "putin", "vladimir", "mismari", "ahmed", "a_b", "axb", "de", "la", "cruz", "é", "ß"]
    for i in range(400):
        norm = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 4)))
        conn.execute("INSERT INTO actor_aliases VALUES (?, ?, ?)", (rnd.randint(1, 60), rnd.choice(["person", "org"]), norm))
    for _ in range(200):
        norm = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
        scan = conn.execute("SELECT DISTINCT actor FROM actor_aliases WHERE grp = 'person' AND norm LIKE ?",
                            (f"% {norm}",)).fetchall()
        assert sorted(corpus_actors._ending(conn, norm)) == sorted(scan), norm
