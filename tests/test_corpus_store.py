"""The corpus store on real SQLite files: dedup, near-copies, event merging and corroboration,
actors across articles, contradictions, failures, and bad databases."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from test_corpus_helpers import by_text, make
from newsgraph.corpus import connect, ingest, queries
from newsgraph.errors import StoreBusyError, StoreError

WIRE = ("Syrian state media said Israeli jets struck a military airport near Damascus on Monday night, "
        "setting fires in the compound. The army said several rockets landed inside the perimeter and that air "
        "defences had intercepted others before they reached their targets. Israel did not comment on the report, "
        "in line with its practice of neither confirming nor denying strikes in Syria. Residents of the Mezzeh "
        "district described loud explosions and smoke rising over the western edge of the capital late in the evening.")


def run(db, analyses, **kw):
    conn = connect(db)
    summary = ingest(conn, [a.article for a in analyses], by_text(analyses), db=db, **kw)
    return conn, summary


def strike(text, outlet, **kw):
    return make(text, outlet=outlet, actors={"Israel": "country", "Damascus": "location"},
                events=[("ASSAULT", ["Israel"], ["Damascus"], text.split(".")[0], kw.pop("place", "Damascus"),
                         kw.pop("date", None))], **kw)


def test_ingest_twice_stores_each_article_once(tmp_path):
    db = tmp_path / "c.db"
    items = [make(f"Article number {i} says something different about the talks in Geneva.", outlet=f"o{i}.com")
             for i in range(3)]
    _, first = run(db, items)
    conn, second = run(db, items)
    assert (first.new, first.duplicate) == (3, 0)
    assert (second.new, second.duplicate) == (0, 3)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3


def test_same_text_twice_in_one_run_is_a_duplicate(tmp_path):
    a = make("One text, read from two files.", outlet="x.com")
    b = make("One  text, read from two files.\n", outlet="y.com")  # only whitespace differs
    _, s = run(tmp_path / "c.db", [a, b])
    assert (s.new, s.duplicate) == (1, 1)


def test_near_copy_is_linked_and_not_counted(tmp_path):
    original = strike(WIRE, "wire.example")
    copy_text = WIRE.replace("late in the evening", "late on Monday evening")
    copy = strike(copy_text, "copier.example")
    conn, s = run(tmp_path / "c.db", [original, copy])
    assert (s.new, s.near_duplicate) == (1, 1)
    rows = conn.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
    assert rows[1]["duplicate_of"] == rows[0]["id"]
    events = queries.events(conn)
    assert len(events) == 1 and events[0].corroboration == 1 and events[0].reports == 2


def test_a_different_story_is_not_a_near_copy(tmp_path):
    other = ("Rescue teams in Aleppo searched collapsed buildings on Tuesday after heavy rain caused a landslide. "
             "Officials said the search would continue through the night and asked residents to stay away.")
    conn, s = run(tmp_path / "c.db", [strike(WIRE, "a.example"), make(other, outlet="b.example")])
    assert (s.new, s.near_duplicate) == (2, 0)


def test_two_outlets_reporting_one_event_make_one_event_corroborated_twice(tmp_path):
    a = strike("Israel bombed the airport at Damascus, the army said.", "a.example", date="2024-03-04")
    b = strike("Warplanes from Israel hit Damascus overnight, residents reported.", "b.example", date="2024-03-05")
    conn, _ = run(tmp_path / "c.db", [a, b])
    events = queries.events(conn)
    assert len(events) == 1
    assert (events[0].corroboration, events[0].reports) == (2, 2)
    assert queries.events(conn, min_corroboration=2)[0].id == events[0].id


def test_one_outlet_twice_corroborates_once(tmp_path):
    a = strike("Israel bombed the airport at Damascus, the army said.", "a.example")
    b = strike("Warplanes from Israel hit Damascus overnight, residents reported.", "a.example")
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert [e.corroboration for e in queries.events(conn)] == [1]


@pytest.mark.parametrize("change, merged", [
    ({}, True),
    ({"date": "2024-03-06"}, True),   # within the window
    ({"date": "2024-03-20"}, False),  # weeks apart: another strike
    ({"place": "Aleppo"}, False),
    ({"type": "PROTEST"}, False),
    ({"source": "Turkey"}, False),
])
def test_event_merge_rules(tmp_path, change, merged):
    first = make("Israel struck Damascus. Turkey watched.", outlet="a.example",
                 actors={"Israel": "country", "Damascus": "location", "Turkey": "country"},
                 events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel struck Damascus", "Damascus", "2024-03-04")])
    src = change.get("source", "Israel")
    second = make("Turkey and Israel: strikes on Damascus reported.", outlet="b.example",
                  actors={"Israel": "country", "Damascus": "location", "Turkey": "country"},
                  events=[(change.get("type", "ASSAULT"), [src], ["Damascus"], "strikes on Damascus",
                           change.get("place", "Damascus"), change.get("date", "2024-03-04"))])
    conn, _ = run(tmp_path / "c.db", [first, second])
    assert (conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1) is merged


def test_place_given_as_an_actor_id_and_different_targets_at_one_place(tmp_path):
    """Event.location is the id of a place actor; two targets at one place are one happening."""
    actors = {"Israel": "country", "Mezzeh": "location", "Damascus": "location"}
    a = make("Israel struck the Mezzeh airport in Damascus.", outlet="a.example", actors=actors,
             events=[("ASSAULT", ["Israel"], ["Mezzeh"], "Israel struck the Mezzeh airport", None, None)])
    b = make("Israel attacked an airport in Damascus. Mezzeh was named later.", outlet="b.example", actors=actors,
             events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel attacked an airport", None, None)])
    for analysis in (a, b):
        analysis.events[0].location = next(x.id for x in analysis.actors if x.name == "Damascus")
    conn, _ = run(tmp_path / "c.db", [a, b])
    events = queries.events(conn)
    assert [(e.place, e.corroboration) for e in events] == [("Damascus", 2)]


def test_different_targets_at_different_places_stay_apart(tmp_path):
    actors = {"Israel": "country", "Mezzeh": "location", "Aleppo": "location"}
    a = make("Israel struck Mezzeh. Aleppo was spared.", outlet="a.example", actors=actors,
             events=[("ASSAULT", ["Israel"], ["Mezzeh"], "Israel struck Mezzeh", "Damascus", None)])
    b = make("Israel struck Aleppo. Mezzeh too.", outlet="b.example", actors=actors,
             events=[("ASSAULT", ["Israel"], ["Aleppo"], "Israel struck Aleppo", "Aleppo", None)])
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert len(queries.events(conn)) == 2


def test_different_figures_are_a_contradiction(tmp_path):
    a = strike("Israel bombed Damascus, killing 5 people.", "a.example")
    b = strike("Israel bombed Damascus, killing 12 people.", "b.example")
    conn, _ = run(tmp_path / "c.db", [a, b])
    kinds = [c.kind for c in queries.contradictions(conn)]
    assert kinds == ["figures"]
    assert queries.events(conn)[0].contradictions == 1


def test_same_figures_are_no_contradiction(tmp_path):
    a = strike("Israel bombed Damascus in 2024, killing 5 people.", "a.example")
    b = strike("Israel bombed Damascus, 5 people were killed.", "b.example")
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert queries.contradictions(conn) == []


def test_agree_and_reject_by_one_actor_on_one_thing_is_flagged(tmp_path):
    actors = {"Hamas": "organization", "Egypt": "country"}
    a = make("Hamas accepted the plan from Egypt.", outlet="a.example", actors=actors,
             events=[("AGREE", ["Hamas"], ["Egypt"], "Hamas accepted the plan", None, None)])
    b = make("Hamas rejected the plan from Egypt.", outlet="b.example", actors=actors,
             events=[("REJECT", ["Hamas"], ["Egypt"], "Hamas rejected the plan", None, None)])
    conn, _ = run(tmp_path / "c.db", [a, b])
    found = queries.contradictions(conn)
    assert [(c.kind, c.actor) for c in found] == [("agree-reject", "Hamas")]


def test_opposite_stances_are_flagged(tmp_path):
    a = make("Hamas backs the ceasefire.", outlet="a.example", actors={"Hamas": "organization"},
             stances=[("Hamas", "ceasefire initiative", "support")], published="2024-03-01")
    b = make("Hamas opposes the ceasefire.", outlet="b.example", actors={"Hamas": "organization"},
             stances=[("Hamas", "Ceasefire initiative", "oppose")], published="2024-03-09")
    c = make("Egypt backs the ceasefire.", outlet="b.example", actors={"Egypt": "country"},
             stances=[("Egypt", "ceasefire initiative", "support")], published="2024-03-05")
    conn, _ = run(tmp_path / "c.db", [a, b, c])
    assert [k.kind for k in queries.contradictions(conn)] == ["stance"]
    over_time = queries.stances(conn, topic="ceasefire")
    assert [(s.date, s.holder, s.polarity) for s in over_time] == [
        ("2024-03-01", "Hamas", "support"), ("2024-03-05", "Egypt", "support"), ("2024-03-09", "Hamas", "oppose")]


@pytest.mark.parametrize("first, second, same, reviewed", [
    (("Vladimir Putin", "person"), ("President Vladimir Putin", "person"), True, False),
    (("the United Nations", "organization"), ("United Nations", "organization"), True, False),
    (("Vladimir Putin", "person"), ("Putin", "person"), True, True),       # surname only: merged, listed
    (("Putin", "person"), ("Vladimir Putin", "person"), True, True),
    (("United Nations", "organization"), ("UN", "organization"), True, True),
    (("Hamas", "organization"), ("Hamas", "group"), True, False),          # NER's ORG/NORP confusion
    (("Hillary Clinton", "person"), ("Crooked Hillary Clinton", "person"), True, True),
    (("Georgia", "country"), ("Georgia", "person"), False, False),
    (("Vladimir Putin", "person"), ("Vladimir Zelensky", "person"), False, False),
])
def test_actors_across_articles(tmp_path, first, second, same, reviewed):
    a = make(f"{first[0]} spoke.", outlet="a.example", actors={first[0]: first[1]})
    b = make(f"{second[0]} spoke again.", outlet="b.example", actors={second[0]: second[1]})
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert (conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 1) is same
    assert bool(queries.review(conn)) is reviewed


def test_display_name_is_the_most_used_name(tmp_path):
    texts = ["Hillary Clinton spoke.", "Hillary Clinton spoke again.", "Crooked Hillary Clinton spoke, he said."]
    analyses = [make(t, outlet=f"o{i}.example", actors={n: "person"})
                for i, (t, n) in enumerate(zip(texts, ["Hillary Clinton", "Hillary Clinton", "Crooked Hillary Clinton"]))]
    conn, _ = run(tmp_path / "c.db", analyses)
    assert [a.name for a in queries.actors(conn)] == ["Hillary Clinton"]


def test_surname_shared_by_two_people_is_kept_apart_and_listed(tmp_path):
    a = make("Joe Biden and Hunter Biden met.", outlet="a.example", actors={"Joe Biden": "person", "Hunter Biden": "person"})
    b = make("Biden spoke.", outlet="b.example", actors={"Biden": "person"})
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 3
    assert queries.review(conn)[0].decision == "kept apart"


def test_a_second_full_name_does_not_join_a_surname_already_merged(tmp_path):
    a = make("Obama spoke.", outlet="a.example", actors={"Obama": "person"})
    b = make("Michelle Obama spoke.", outlet="b.example", actors={"Michelle Obama": "person"})
    c = make("Barack Obama spoke.", outlet="c.example", actors={"Barack Obama": "person"})
    conn, _ = run(tmp_path / "c.db", [a, b, c])
    assert conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 2
    assert [r.decision for r in queries.review(conn)] == ["merged", "kept apart"]


def test_undated_reports_are_not_merged_across_articles(tmp_path):
    a = strike("On Jan. 8, Israel conducted 34 strikes on Damascus.", "a.example", published=None)
    b = strike("On Jan. 9, Israel conducted 26 strikes on Damascus.", "b.example", published=None)
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert [e.corroboration for e in queries.events(conn)] == [1, 1]


def test_an_undated_near_copy_joins_its_originals_event(tmp_path):
    original = strike(WIRE, "wire.example", published=None)
    copy = strike(WIRE.replace("late in the evening", "late on Monday evening"), "copier.example", published=None)
    conn, _ = run(tmp_path / "c.db", [original, copy])
    assert [(e.corroboration, e.reports) for e in queries.events(conn)] == [(1, 2)]


@pytest.mark.parametrize("text, expected", [
    ("killing 5 people and wounding 1,200 others", ["5 people", "1200 other"]),
    ("Five soldiers were killed", ["5 soldier"]),
    ("in 2016, 34 strikes", ["34 strike"]),
    ("no numbers here", []),
])
def test_figures(text, expected):
    from newsgraph.corpus.events import figures

    assert figures(text) == expected


def test_figures_of_different_things_are_no_contradiction(tmp_path):
    a = strike("Israel bombed Damascus, killing 50 former officers.", "a.example")
    b = strike("Israel bombed Damascus in 11 strikes.", "b.example")
    conn, _ = run(tmp_path / "c.db", [a, b])
    assert queries.contradictions(conn) == []


def test_one_failing_article_is_listed_and_retried(tmp_path):
    db = tmp_path / "c.db"
    good = make("A good article about the talks.", outlet="a.example")
    bad = make("An article the analysis chokes on.", outlet="b.example")
    ok = by_text([good, bad])

    def flaky(article):
        if article.text == bad.article.text:
            raise ValueError("boom")
        return ok(article)

    conn = connect(db)
    s = ingest(conn, [good.article, bad.article], flaky, db=db)
    assert s.new == 1 and [f.source for f in s.failed] == [bad.article.source_path]
    assert "ValueError: boom" in s.failed[0].reason
    assert [f.source for f in queries.failures(conn)] == [bad.article.source_path]
    s2 = ingest(conn, [good.article, bad.article], ok, db=db)
    assert (s2.new, s2.duplicate, s2.failed) == (1, 1, [])
    assert queries.failures(conn) == []


def test_an_analysis_the_store_cannot_take_fails_alone(tmp_path):
    good = make("A good article about the talks.", outlet="a.example")
    odd = make("An article whose statement has no content.", outlet="b.example", actors={"An": "group"},
               statements=[("An", "article")])
    odd.statements[0].content = [None]  # a malformed record from a stage
    conn, s = run(tmp_path / "c.db", [good, odd])
    assert s.new == 1 and [f.source for f in s.failed] == [odd.article.source_path]
    assert "could not be stored" in s.failed[0].reason
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM article_actors").fetchone()[0] == 0


def test_a_corrupt_file_is_refused_and_left_as_it_was(tmp_path):
    db = tmp_path / "c.db"
    db.write_bytes(b"this is not a database, just some bytes" * 100)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a newsgraph corpus or is damaged"):
        connect(db)
    assert db.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    db = tmp_path / "other.db"
    sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(StoreError, match="not a newsgraph corpus"):
        connect(db)


def test_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "c.db"
    connect(db).execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer newsgraph"):
        connect(db)


def test_a_locked_database_says_so(tmp_path):
    db = tmp_path / "c.db"
    holder = connect(db)
    holder.execute("BEGIN IMMEDIATE")
    conn = connect(db, busy_timeout_ms=100)
    a = make("Some article text here.", outlet="a.example")
    with pytest.raises(StoreBusyError, match="locked"):
        ingest(conn, [a.article], by_text([a]), db=db, lock_patience_s=0.3)
    holder.execute("ROLLBACK")
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0


def _hold_write_lock(db, seconds: float) -> threading.Thread:
    """Another connection takes the write lock now and gives it back after `seconds`."""
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release():
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()
    t = threading.Thread(target=release)
    t.start()
    return t


def test_a_batch_waits_out_a_lock_held_longer_than_the_busy_timeout(tmp_path):
    # SQLite's own busy timeout (0.1 s here) runs out; the batch is tried again and lands
    db = tmp_path / "c.db"
    connect(db).close()
    conn = connect(db, busy_timeout_ms=100)
    arts = [make(f"Article {i}: the harbour reopened after {i + 2} days.", outlet="a.example") for i in range(3)]
    t = _hold_write_lock(db, 1.0)
    summary = ingest(conn, [a.article for a in arts], by_text(arts), db=db, batch_size=2, lock_patience_s=30)
    t.join()
    assert (summary.new, summary.failed) == (3, [])
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3


def test_a_new_corpus_waits_out_a_writer_holding_the_lock(tmp_path):
    # the migration of a new file needs the write lock: wait for it, do not fail
    db = tmp_path / "c.db"
    sqlite3.connect(db).close()  # an empty file another program has open
    t = _hold_write_lock(db, 1.0)
    conn = connect(db, busy_timeout_ms=100, lock_patience_s=30)
    t.join()
    assert conn.execute("PRAGMA user_version").fetchone()[0] > 0
    conn.close()


def test_a_lock_held_past_the_patience_says_how_long_it_waited(tmp_path):
    db = tmp_path / "c.db"
    sqlite3.connect(db).close()
    t = _hold_write_lock(db, 2.0)
    with pytest.raises(StoreBusyError, match=r"locked by another newsgraph process.*waited"):
        connect(db, busy_timeout_ms=100, lock_patience_s=0.3)
    t.join()


def test_a_full_disk_keeps_earlier_batches_and_the_database_intact(tmp_path):
    db = tmp_path / "c.db"
    first = [make(f"Article {i}: short note on the harbour works.", outlet="a.example") for i in range(3)]
    conn, _ = run(db, first)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is "full" two pages from now
    big = [make(f"Long article {i}. " + "Lorem ipsum dolor sit amet, words " * 400 + str(i), outlet="b.example")
           for i in range(5)]
    with pytest.raises(StoreError, match="disk is full"):
        ingest(conn, [a.article for a in big], by_text(big), db=db, batch_size=10)
    conn.close()
    again = connect(db)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert again.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3


def test_reopening_does_not_migrate_again(tmp_path):
    from newsgraph.corpus.schema import LATEST

    db = tmp_path / "c.db"
    connect(db).close()
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_queries_read_while_an_ingest_holds_the_write_lock(tmp_path):
    db = tmp_path / "c.db"
    a = make("Some article text about the harbour.", outlet="a.example")
    writer, _ = run(db, [a])
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM failures")
    reader = connect(db, create=False, readonly=True, busy_timeout_ms=100)
    assert queries.stats(reader).articles == 1
    writer.execute("ROLLBACK")
