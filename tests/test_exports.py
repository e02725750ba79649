"""Every corpus export read back with pandas and DuckDB (typed columns, ids that join), and the
actor network loaded by networkx from GraphML and GEXF."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from test_corpus_helpers import by_text, make
from newsgraph.cli import main
from newsgraph.corpus import connect, export, ingest, queries
from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.model import Signal

pd = pytest.importorskip("pandas")
duckdb = pytest.importorskip("duckdb")

ACTORS = {"Israel": "country", "Damascus": "location", "Hamas": "organization", "Egypt": "country"}
TABLES = ("articles", "actors", "events", "event_actors", "statements", "stances", "signals", "contradictions",
          "polecat")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("exports") / "c.db"
    first = make("Israel struck Damascus. Hamas and Egypt talked. Egypt said the talks went well.", outlet="a.example",
                 published="2024-03-04", actors=ACTORS,
                 events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel struck Damascus", "Damascus", "2024-03-03"),
                         ("CONSULT", ["Hamas"], ["Egypt"], "Hamas and Egypt talked", "Cairo", None)],
                 statements=[("Egypt", "the talks went well")], stances=[("Egypt", "ceasefire", "support")])
    second = make("Israel hit Damascus again, say reports. Hamas said it rejects the plan. Egypt talked.",
                  outlet="b.example", published="2024-03-05", actors=ACTORS,
                  events=[("ASSAULT", ["Israel"], ["Damascus"], "Israel hit Damascus again", "Damascus", None)],
                  statements=[("Hamas", "it rejects the plan")], stances=[("Hamas", "ceasefire", "oppose")])
    third = make("Back in 2019 Israel and Egypt agreed on gas. Hamas met Egypt. Damascus was quiet.", outlet="c.example",
                 published="2024-04-20", actors=ACTORS,
                 events=[("AGREE", ["Israel"], ["Egypt"], "Israel and Egypt agreed on gas", None, "2019-01-01")],
                 stances=[("Hamas", "ceasefire", "support")])
    first.signals.append(Signal(kind="loaded", text="struck", rule="test", start=7, end=13, target="a2"))
    third.events[0].date_precision = "year"  # "in 2019": known to the year only
    analyses = [first, second, third]
    conn = connect(path)
    ingest(conn, [a.article for a in analyses], by_text(analyses), db=path)
    conn.close()
    return str(path)


@pytest.fixture(scope="module")
def conn(db):
    c = connect(db, create=False, readonly=True)
    yield c
    c.close()


@pytest.mark.parametrize("name", TABLES)
def test_every_table_in_every_format_reads_back_with_the_same_rows(conn, tmp_path, name):
    n = len(list(export.rows(conn, name)))
    assert n > 0, f"the fixture corpus should fill {name}"
    for fmt in ("csv", "jsonl", "parquet"):
        path = tmp_path / f"{name}.{fmt}"
        assert export.export(conn, name, fmt, path) == n
        reader = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt]
        got = reader(path)
        assert list(got.columns) == export.table(name).names and len(got) == n
        assert duckdb.sql(f"SELECT COUNT(*) FROM '{path}'").fetchall() == [(n,)]


def test_parquet_columns_are_typed_in_pandas_and_duckdb(conn, tmp_path):
    path = tmp_path / "events.parquet"
    export.export(conn, "events", "parquet", path)
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    assert (types["event_id"], types["event_date"], types["negated"], types["corroboration"]) == \
        ("BIGINT", "DATE", "BOOLEAN", "BIGINT")
    frame = pd.read_parquet(path)
    assert frame["event_date"].iloc[0] == dt.date(2019, 1, 1) and frame["negated"].dtype == bool
    frame = export.frame(conn, "events")
    assert str(frame["event_date"].dtype).startswith("datetime64") and str(frame["event_id"].dtype) == "Int64"


def test_csv_and_jsonl_dates_are_read_as_dates_by_duckdb(conn, tmp_path):
    for fmt in ("csv", "jsonl"):
        path = tmp_path / f"statements.{fmt}"
        export.export(conn, "statements", fmt, path)
        types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
        assert types["date"] == "DATE" and types["statement_id"] == "BIGINT", (fmt, types)


def test_a_date_known_to_the_year_keeps_its_precision(conn):
    rows = {r[3]: r for r in export.rows(conn, "events")}  # by event_type
    assert rows["AGREE"][1:3] == (dt.date(2019, 1, 1), "year")
    assert rows["ASSAULT"][1:3] == (dt.date(2024, 3, 3), "day")
    # dated by its article's publication only: said so, not passed off as the event's day
    assert rows["CONSULT"][1:3] == (dt.date(2024, 3, 4), "published")


def test_events_join_actors_by_id(conn, tmp_path):
    for name in ("events", "event_actors", "actors"):
        export.export(conn, name, "parquet", tmp_path / f"{name}.parquet")
    got = duckdb.sql(f"""
        SELECT e.event_type, ea.role, a.name, a.kind FROM '{tmp_path}/events.parquet' e
        JOIN '{tmp_path}/event_actors.parquet' ea USING (event_id)
        JOIN '{tmp_path}/actors.parquet' a USING (actor_id)
        WHERE e.event_type = 'ASSAULT' ORDER BY ea.role""").fetchall()
    assert got == [("ASSAULT", "source", "Israel", "country"), ("ASSAULT", "target", "Damascus", "location")]
    events = pd.read_parquet(tmp_path / "events.parquet")
    actors = pd.read_parquet(tmp_path / "actors.parquet").set_index("actor_id")
    row = events[events.event_type == "ASSAULT"].iloc[0]
    assert actors.loc[int(row.source_ids), "name"] == row.source_names == "Israel"


def test_statements_and_stances_carry_actor_ids_and_article_ids(conn):
    st = export.frame(conn, "statements")
    actors = export.frame(conn, "actors").set_index("actor_id")
    for _, r in st.iterrows():
        assert actors.loc[r.speaker_id, "name"] == r.speaker_name
    stances = export.frame(conn, "stances")
    assert set(stances.holder_name) == {"Egypt", "Hamas"} and stances.article_id.notna().all()
    articles = export.frame(conn, "articles")
    assert set(st.article_id) <= set(articles.article_id)


def test_polecat_layout(conn):
    frame = export.frame(conn, "polecat")
    row = frame[frame.event_type == "ASSAULT"].iloc[0]
    assert (row.actor_name, row.recipient_name, row.placename, row.corroboration) == ("Israel", "Damascus", "Damascus", 2)
    assert row.event_text == "Israel struck Damascus" and row.source == "a.example"
    assert (row.quad_code, row.intensity) == (4, -9.0)  # material conflict; ASSAULT without a mode
    assert abs(row.latitude - 33.5) < 0.2 and abs(row.longitude - 36.3) < 0.2  # Damascus
    agree = frame[frame.event_type == "AGREE"].iloc[0]
    assert (agree.quad_code, agree.intensity) == (1, 2.5) and pd.isna(agree.latitude)  # no place
    assert str(frame.quad_code.dtype) == "Int64" and str(frame.latitude.dtype) == "Float64"


@pytest.mark.parametrize("category, mode, expected", [
    ("ASSAULT", "aerial", (4, -9.5)),
    ("ASSAULT", None, (4, -9.0)),
    ("PROTEST", "vandalize", (4, -5.0)),  # a mode the score table does not list: the category's score
    ("SANCTION", "expel", (4, -5.5)),
    ("ACCUSE", None, (3, None)),  # printed +3 in the manual, all its modes negative: left empty
    ("ACCUSE", "allege", (3, -3.5)),
    ("RETREAT", "ceasefire", (2, 7.5)),
    ("CONSULT", "phone", (1, 1.5)),
    ("NONE", None, (None, None)),
    (None, None, (None, None)),
])
def test_quad_code_and_intensity(category, mode, expected):
    assert export.quad_and_intensity(category, mode) == expected


def test_score_table_covers_every_category_with_valid_modes():
    from newsgraph.data import read_rows
    from newsgraph.model import PLOVER_TYPES

    scores = export.plover_scores()
    modes = {(row[0], row[1]) for row in read_rows("plover", "modes.tsv")}
    assert {c for c, m in scores if m == "-"} == set(PLOVER_TYPES)
    assert {k for k in scores if k[1] != "-"} <= modes
    for (category, _), (quad, score) in scores.items():
        assert quad == scores[(category, "-")][0] and (score is None or -10 <= score <= 10)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_loads_in_networkx(conn, tmp_path, fmt):
    nx = pytest.importorskip("networkx")
    path = tmp_path / f"network.{fmt}"
    assert export.export(conn, "network", fmt, path) > 0
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.is_directed()
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    by_name = {v: k for k, v in labels.items()}
    israel, damascus, egypt = by_name["Israel"], by_name["Damascus"], by_name["Egypt"]
    assert g.nodes[israel]["kind"] == "country" and g.nodes[damascus]["kind"] == "location"
    edge = g.edges[israel, damascus]
    assert (int(edge["weight"]), int(edge["ASSAULT"]), edge["first_date"]) == (1, 1, "2024-03-03")
    assert int(g.edges[israel, egypt]["AGREE"]) == 1 and int(g.edges[israel, egypt].get("ASSAULT", 0)) == 0
    assert not g.has_edge(damascus, israel)


def test_network_is_only_graphml_or_gexf(conn, tmp_path):
    with pytest.raises(StoreError, match="graphml or gexf"):
        export.export(conn, "network", "csv", tmp_path / "n.csv")
    with pytest.raises(StoreError, match="graphml or gexf"):
        export.export(conn, "events", "gexf", tmp_path / "n.gexf")


def test_export_command_writes_network_and_polecat(db, tmp_path, capsys):
    assert main(["export", "--db", db, "--table", "network", "-o", str(tmp_path / "n.gexf")]) == 0
    assert main(["export", "--db", db, "-t", "polecat", "-o", str(tmp_path / "p.jsonl")]) == 0
    first = json.loads((tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["event_date"] == "2019-01-01" and first["date_precision"] == "year"


def test_unknown_event_type_names_the_valid_ones(conn, db, capsys):
    with pytest.raises(queries.QueryError, match="ASSAULT"):
        queries.events(conn, type="BOMB")
    assert issubclass(queries.QueryError, NewsgraphError)
    assert main(["query", "events", "--type", "BOMB", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "BOMB" in err and "ASSAULT" in err and "(no rows)" not in err
    assert [e.type for e in queries.events(conn, type="assault")] == ["ASSAULT"]
    with pytest.raises(queries.QueryError, match="organization"):
        queries.actors(conn, kind="army")


def test_terminal_table_keeps_every_column(capsys):
    from newsgraph.commands.corpus import _rich_table

    names = ["id", "type", "evidence", "urls"]
    _rich_table(names, [["1", "ASSAULT", "x" * 300, "https://a.example/1 https://b.example/2"]])
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    assert all(n in header for n in names) and "…" in out and "ASSAULT" in out
