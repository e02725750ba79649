"""Corpus queries and exports on a small real SQLite corpus (synthetic analyses)."""

from __future__ import annotations

import csv
import json

import pytest

from test_corpus_helpers import by_text, make
from newsgraph.corpus import connect, export, ingest, queries
from newsgraph.errors import StoreError

ACTORS = {"Israel": "country", "Damascus": "location", "Hamas": "organization", "Egypt": "country"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = tmp_path_factory.mktemp("corpus") / "c.db"
    analyses = [
        make("Israel struck Damascus. Hamas and Egypt talked. Egypt said the talks went well.", outlet="a.example",
             published="2024-03-04", actors=ACTORS,
             events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel struck Damascus", "Damascus", None),
                     ("CONSULT", ["Hamas"], ["Egypt"], "Hamas and Egypt talked", "Cairo", None)],
             statements=[("Egypt", "the talks went well")],
             stances=[("Egypt", "ceasefire", "support")]),
        make("Israel hit Damascus again, say reports. Hamas said it rejects the plan. Egypt talked.", outlet="b.example",
             published="2024-03-05", actors=ACTORS,
             events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel hit Damascus again", "Damascus", None)],
             statements=[("Hamas", "it rejects the plan")],
             stances=[("Hamas", "ceasefire", "oppose")]),
        make("Hamas met Egypt in Cairo weeks later. Israel did not comment. Damascus was quiet.", outlet="c.example",
             published="2024-04-20", actors=ACTORS,
             events=[("CONSULT", ["Hamas"], ["Egypt"], "Hamas met Egypt in Cairo", "Cairo", None)]),
    ]
    conn = connect(db)
    ingest(conn, [a.article for a in analyses], by_text(analyses), db=db)
    return conn


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ASSAULT", "CONSULT", "CONSULT"]),
    ({"actor": "Israel"}, ["ASSAULT"]),
    ({"actor": "hamas"}, ["CONSULT", "CONSULT"]),
    ({"type": "consult"}, ["CONSULT", "CONSULT"]),
    ({"since": "2024-04-01"}, ["CONSULT"]),
    ({"until": "2024-03-31"}, ["ASSAULT", "CONSULT"]),
    ({"place": "cairo"}, ["CONSULT", "CONSULT"]),
    ({"outlet": "b.example"}, ["ASSAULT"]),
    ({"min_corroboration": 2}, ["ASSAULT"]),
    ({"actor": "Nobody At All"}, []),
])
def test_event_filters(corpus, filters, expected):
    assert [e.type for e in queries.events(corpus, **filters)] == expected


def test_event_row_carries_sources_outlets_and_urls(corpus):
    (e,) = queries.events(corpus, type="ASSAULT")
    assert (e.source, e.target, e.corroboration, e.outlets) == ("Israel", "Damascus", 2, "a.example; b.example")
    assert len(e.urls.split()) == 2 and e.evidence == "Israel struck Damascus"


def test_actors_statements_stances(corpus):
    assert {a.name for a in queries.actors(corpus)} == set(ACTORS)
    assert queries.actors(corpus, name="israel")[0].articles == 3
    assert [s.content for s in queries.statements(corpus, speaker="Hamas")] == ["it rejects the plan"]
    assert [(s.holder, s.polarity) for s in queries.stances(corpus, topic="Ceasefire")] == [
        ("Egypt", "support"), ("Hamas", "oppose")]


def test_network_counts_events_not_reports(corpus):
    edges = {(e.source, e.target): e.weight for e in queries.network(corpus)}
    assert edges == {("Israel", "Damascus"): 1, ("Hamas", "Egypt"): 2}


def test_timeline_in_date_order(corpus):
    assert [(t.date, t.summary) for t in queries.timeline(corpus, actor="Hamas")] == [
        ("2024-03-04", "Hamas CONSULT -> Egypt in Cairo"), ("2024-04-20", "Hamas CONSULT -> Egypt in Cairo")]


def test_full_text_search(corpus):
    hits = queries.search(corpus, "quiet")
    assert [h.outlet for h in hits] == ["c.example"] and "[quiet]" in hits[0].snippet
    assert queries.search(corpus, "nonexistentword") == []
    with pytest.raises(StoreError, match="search expression"):
        queries.search(corpus, 'AND "')


@pytest.mark.parametrize("table, n", [("events", 3), ("statements", 2), ("actors", 4)])
def test_exports_csv_and_jsonl(corpus, tmp_path, table, n):
    csv_path, jsonl_path = tmp_path / f"{table}.csv", tmp_path / f"{table}.jsonl"
    assert export.export(corpus, table, "csv", csv_path) == n
    assert export.export(corpus, table, "jsonl", jsonl_path) == n
    with open(csv_path, newline="", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == n
    lines = [json.loads(x) for x in jsonl_path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == n


def test_parquet_export_reads_in_duckdb_and_pandas(corpus, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.parquet"
    export.export(corpus, "events", "parquet", path)
    frame = pd.read_parquet(path)
    assert list(frame["event_type"]) == ["ASSAULT", "CONSULT", "CONSULT"]
    assert frame.loc[0, "corroboration"] == 2 and frame.loc[0, "source_names"] == "Israel"
    got = duckdb.sql(f"SELECT event_type, max(corroboration) FROM '{path}' GROUP BY 1 ORDER BY 1").fetchall()
    assert got == [("ASSAULT", 2), ("CONSULT", 1)]


def test_empty_parquet_export_still_has_columns(tmp_path):
    pd = pytest.importorskip("pandas")
    conn = connect(tmp_path / "empty.db")
    export.export(conn, "events", "parquet", tmp_path / "e.parquet")
    assert "corroboration" in pd.read_parquet(tmp_path / "e.parquet").columns


def test_stats(corpus):
    s = queries.stats(corpus)
    assert (s.articles, s.events, s.corroborated_events, s.statements, s.stances) == (3, 2 + 1, 1, 2, 2)
