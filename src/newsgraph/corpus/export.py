"""Exports of a corpus: every table as CSV, JSONL or Parquet with typed columns, an events table
shaped like the POLECAT/NGEC event export, and the actor network as GraphML or GEXF (graph.py).

The tables join on their ids: `events.source_ids` / `event_actors.actor_id` / `statements.speaker_id`
... all refer to `actors.actor_id`, and `article_id` to `articles.article_id` (docs/corpus.md,
"Exports"). Dates are dates (Parquet date32; ISO `YYYY-MM-DD` in CSV and JSONL) with a
`date_precision` column where a date may be known only to the month or year. Rows are streamed
and Parquet is written in row groups, so a large corpus does not have to fit in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..errors import StoreError
from .store import explain

FORMATS = ("csv", "jsonl", "parquet")
GRAPH_FORMATS = ("graphml", "gexf")
TABLES = ("articles", "actors", "events", "event_actors", "statements", "stances", "signals", "contradictions",
          "polecat")
ROW_GROUP = 10_000
SEP = "; "


@dataclass(frozen=True, slots=True)
class Table:
    sql: str
    columns: tuple[tuple[str, str], ...]  # (name, type): int, float, str, bool, date
    doc: str = ""
    post: Callable[[tuple], tuple] | None = None  # the SQL row -> the row of `columns`, when SQL alone cannot

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


def _ids(role: str) -> str:
    return (f"COALESCE((SELECT group_concat(i, '{SEP}') FROM (SELECT ea.actor AS i FROM event_actors ea "
            f"WHERE ea.event = e.id AND ea.role = '{role}' ORDER BY ea.actor)), '')")


def _names(role: str, what: str = "x.name") -> str:
    return (f"COALESCE((SELECT group_concat(n, '{SEP}') FROM (SELECT COALESCE({what}, '') AS n FROM event_actors ea "
            f"JOIN actors x ON x.id = ea.actor WHERE ea.event = e.id AND ea.role = '{role}' ORDER BY ea.actor)), '')")


# The report whose date is the event's: its precision; an event dated by its article's
# publication only (no date in the text) has precision 'published'.
_PRECISION = """COALESCE((SELECT r.date_precision FROM event_reports r WHERE r.event = e.id AND r.date = e.date
                          AND r.date_precision IS NOT NULL ORDER BY r.id LIMIT 1),
                         CASE WHEN e.date IS NULL THEN NULL
                              WHEN EXISTS (SELECT 1 FROM event_reports r WHERE r.event = e.id AND r.date = e.date) THEN 'day'
                              ELSE 'published' END)"""

_EVENTS = Table(f"""
SELECT e.id, e.date, {_PRECISION}, e.type,
  (SELECT mode FROM event_reports r WHERE r.event = e.id AND mode IS NOT NULL ORDER BY r.id LIMIT 1),
  COALESCE((SELECT group_concat(DISTINCT j.value) FROM event_reports r, json_each(r.context) j WHERE r.event = e.id), ''),
  {_ids('source')}, {_names('source')}, {_names('source', 'x.country')},
  {_ids('target')}, {_names('target')}, {_names('target', 'x.country')},
  e.place,
  COALESCE(c.corroboration, 0),
  (SELECT COUNT(*) FROM event_reports r WHERE r.event = e.id),
  COALESCE((SELECT MIN(negated) FROM event_reports r WHERE r.event = e.id), 0),
  (SELECT COUNT(*) FROM contradictions k WHERE k.event = e.id),
  COALESCE((SELECT group_concat(i, '{SEP}') FROM (SELECT DISTINCT r.article AS i FROM event_reports r
            WHERE r.event = e.id ORDER BY i)), ''),
  COALESCE((SELECT group_concat(o, '{SEP}') FROM (SELECT DISTINCT ar.outlet AS o FROM event_reports r
            JOIN articles ar ON ar.id = r.article WHERE r.event = e.id AND ar.outlet IS NOT NULL ORDER BY o)), ''),
  COALESCE((SELECT group_concat(u, ' ') FROM (SELECT DISTINCT ar.url AS u FROM event_reports r
            JOIN articles ar ON ar.id = r.article WHERE r.event = e.id AND ar.url IS NOT NULL ORDER BY u)), ''),
  (SELECT evidence FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT rule FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1)
FROM events e LEFT JOIN event_corroboration c ON c.event = e.id ORDER BY e.date IS NULL, e.date, e.id
""", (("event_id", "int"), ("event_date", "date"), ("date_precision", "str"), ("event_type", "str"),
      ("event_mode", "str"), ("context", "str"), ("source_ids", "str"), ("source_names", "str"),
      ("source_countries", "str"), ("target_ids", "str"), ("target_names", "str"), ("target_countries", "str"),
      ("place", "str"), ("corroboration", "int"), ("reports", "int"), ("negated", "bool"),
      ("contradictions", "int"), ("article_ids", "str"), ("outlets", "str"), ("urls", "str"),
      ("evidence", "str"), ("rule", "str")),
    "one row per corpus event: who (source) did what (PLOVER type, mode) to whom (target)")

_EVENT_ACTORS = Table("""
SELECT ea.event, ea.actor, ea.role, x.name, x.kind, x.country
FROM event_actors ea JOIN actors x ON x.id = ea.actor ORDER BY ea.event, ea.role, ea.actor
""", (("event_id", "int"), ("actor_id", "int"), ("role", "str"), ("actor_name", "str"), ("actor_kind", "str"),
      ("actor_country", "str")),
    "one row per (event, actor, role): the long form of events.source_ids / target_ids")

_ARTICLES = Table("""
SELECT a.id, a.article_id, a.title, a.url, a.domain, a.publisher, a.outlet, a.source_name, a.reliability,
       a.published, a.language, a.input_format, a.source_path, a.duplicate_of, a.similarity,
       (SELECT COUNT(*) FROM article_actors x WHERE x.article = a.id),
       (SELECT COUNT(*) FROM event_reports r WHERE r.article = a.id),
       (SELECT COUNT(*) FROM statements s WHERE s.article = a.id),
       length(a.text)
FROM articles a ORDER BY a.id
""", (("article_id", "int"), ("reader_id", "str"), ("title", "str"), ("url", "str"), ("domain", "str"),
      ("publisher", "str"), ("outlet", "str"), ("source_name", "str"), ("reliability", "str"),
      ("published", "date"), ("language", "str"), ("input_format", "str"), ("source_path", "str"),
      ("duplicate_of", "int"), ("similarity", "float"), ("actors", "int"), ("event_reports", "int"),
      ("statements", "int"), ("characters", "int")),
    "one row per stored article (near-copies point at their original with duplicate_of)")

_ACTORS = Table(f"""
SELECT a.id, a.name, a.kind, a.country,
  COALESCE((SELECT group_concat(alias, '{SEP}') FROM (SELECT DISTINCT alias FROM actor_aliases WHERE actor = a.id ORDER BY alias)), ''),
  (SELECT COUNT(DISTINCT article) FROM article_actors WHERE actor = a.id),
  (SELECT COUNT(*) FROM event_actors WHERE actor = a.id AND role = 'source'),
  (SELECT COUNT(*) FROM event_actors WHERE actor = a.id AND role = 'target'),
  (SELECT COUNT(*) FROM statements WHERE speaker = a.id)
FROM actors a ORDER BY a.id
""", (("actor_id", "int"), ("name", "str"), ("kind", "str"), ("country", "str"), ("aliases", "str"),
      ("articles", "int"), ("events_as_source", "int"), ("events_as_target", "int"), ("statements", "int")),
    "one row per corpus actor")

_STATEMENTS = Table("""
SELECT s.id, s.article, s.date, s.speaker, x.name, x.country, s.speaker_text, s.kind, s.cue, s.content,
       s.start, s.end, a.outlet, a.url, a.title, a.duplicate_of IS NOT NULL, s.rule
FROM statements s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.speaker
ORDER BY s.date IS NULL, s.date, s.id
""", (("statement_id", "int"), ("article_id", "int"), ("date", "date"), ("speaker_id", "int"),
      ("speaker_name", "str"), ("speaker_country", "str"), ("speaker_text", "str"), ("kind", "str"), ("cue", "str"),
      ("content", "str"), ("start", "int"), ("end", "int"), ("outlet", "str"), ("url", "str"), ("title", "str"),
      ("near_copy", "bool"), ("rule", "str")),
    "one row per statement; the date is the statement's own, else its article's")

_STANCES = Table("""
SELECT s.id, s.article, a.published, s.holder, x.name, s.topic, s.polarity, s.evidence, a.outlet,
       a.duplicate_of IS NOT NULL, s.rule
FROM stances s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.holder ORDER BY s.id
""", (("stance_id", "int"), ("article_id", "int"), ("date", "date"), ("holder_id", "int"), ("holder_name", "str"),
      ("topic", "str"), ("polarity", "str"), ("evidence", "str"), ("outlet", "str"), ("near_copy", "bool"),
      ("rule", "str")),
    "one row per stance; the date is its article's publication date")

_SIGNALS = Table("""
SELECT g.rowid, g.article, a.published, g.kind, g.text, g.start, g.end, g.target, x.name, g.quoted, a.outlet, g.rule
FROM signals g JOIN articles a ON a.id = g.article LEFT JOIN actors x ON x.id = g.target ORDER BY g.rowid
""", (("signal_id", "int"), ("article_id", "int"), ("date", "date"), ("kind", "str"), ("text", "str"),
      ("start", "int"), ("end", "int"), ("target_id", "int"), ("target_name", "str"), ("quoted", "bool"),
      ("outlet", "str"), ("rule", "str")),
    "one row per framing signal")

_CONTRADICTIONS = Table("""
SELECT k.id, k.kind, k.event, k.actor, x.name, k.topic, k.a, k.b, k.article_a, aa.outlet, k.article_b, ab.outlet
FROM contradictions k LEFT JOIN actors x ON x.id = k.actor
LEFT JOIN articles aa ON aa.id = k.article_a LEFT JOIN articles ab ON ab.id = k.article_b ORDER BY k.id
""", (("contradiction_id", "int"), ("kind", "str"), ("event_id", "int"), ("actor_id", "int"), ("actor_name", "str"),
      ("topic", "str"), ("a", "str"), ("b", "str"), ("article_a", "int"), ("outlet_a", "str"), ("article_b", "int"),
      ("outlet_b", "str")),
    "one row per contradiction between reports, actors or stances")

@lru_cache(maxsize=1)
def plover_scores() -> dict[tuple[str, str], tuple[int, float | None]]:
    """(category, mode or "-") -> (quad code, conflict-cooperation score) from the PLOVER manual
    (data/plover_scores.tsv says which tables)."""
    from ..data import read_table

    return {(r["category"], r["mode"]): (int(r["quad"]), float(r["score"]) if r["score"] else None)
            for r in read_table("plover_scores.tsv")}


def quad_and_intensity(category: str | None, mode: str | None) -> tuple[int | None, float | None]:
    """The quad code of a PLOVER category and the score of its mode (the category's own score for
    no mode, or a mode the manual's score table does not list); (None, None) for no category."""
    own = plover_scores().get((category or "", "-"))
    if own is None:
        return None, None
    return plover_scores().get((category or "", mode), own) if mode else own


def _place_coordinates(place: str | None, countries: str | None) -> tuple[float | None, float | None]:
    """Coordinates of an event's place as analysis finds them (events._place_coordinates): the
    gazetteer's city of that name, namesakes told apart by the countries the reporting article names."""
    if not place:
        return None, None
    from .. import gazetteer

    codes = {c for name in (countries or "").split("\n") if name for c in [gazetteer.country_code(name)] if c}
    found = gazetteer.coordinates(place, codes)
    return found if found else (None, None)


def _polecat_row(r: tuple) -> tuple:
    """The SQL row (mode at 4, place at 12, the reporting article's country names last) with quad
    code and intensity after the contexts and latitude and longitude after the place."""
    quad, intensity = quad_and_intensity(r[3], r[4])
    lat, lon = _place_coordinates(r[12], r[-1])
    return (*r[:6], quad, intensity, *r[6:13], lat, lon, *r[13:-1])


# POLECAT/NGEC column names (docs/corpus.md "POLECAT layout" gives the mapping). POLECAT codes one
# actor and one recipient per row; a corpus event with several is one row with '; '-joined names.
_POLECAT = Table(f"""
SELECT e.id, e.date, {_PRECISION}, e.type,
  (SELECT mode FROM event_reports r WHERE r.event = e.id AND mode IS NOT NULL ORDER BY r.id LIMIT 1),
  COALESCE((SELECT group_concat(DISTINCT j.value) FROM event_reports r, json_each(r.context) j WHERE r.event = e.id), ''),
  {_names('source')}, {_names('source', 'x.country')}, {_ids('source')},
  {_names('target')}, {_names('target', 'x.country')}, {_ids('target')},
  e.place,
  (SELECT ar.outlet FROM event_reports r JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT ar.published FROM event_reports r JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT ar.language FROM event_reports r JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT ar.title FROM event_reports r JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT ar.url FROM event_reports r JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT evidence FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  COALESCE(c.corroboration, 0),
  (SELECT group_concat(x.name, char(10)) FROM article_actors x WHERE x.kind = 'country' AND x.article =
     (SELECT r.article FROM event_reports r WHERE r.event = e.id AND r.location = e.place ORDER BY r.id LIMIT 1))
FROM events e LEFT JOIN event_corroboration c ON c.event = e.id ORDER BY e.date IS NULL, e.date, e.id
""", (("event_id", "int"), ("event_date", "date"), ("date_precision", "str"), ("event_type", "str"),
      ("event_mode", "str"), ("contexts", "str"), ("quad_code", "int"), ("intensity", "float"),
      ("actor_name", "str"), ("actor_country", "str"),
      ("actor_id", "str"), ("recipient_name", "str"), ("recipient_country", "str"),
      ("recipient_id", "str"), ("placename", "str"), ("latitude", "float"), ("longitude", "float"),
      ("source", "str"), ("publication_date", "date"),
      ("language", "str"), ("headline", "str"), ("url", "str"), ("event_text", "str"), ("corroboration", "int")),
    "events in the POLECAT/NGEC layout (one row per corpus event)", _polecat_row)

_TABLES: dict[str, Table] = {"articles": _ARTICLES, "actors": _ACTORS, "events": _EVENTS,
                             "event_actors": _EVENT_ACTORS, "statements": _STATEMENTS, "stances": _STANCES,
                             "signals": _SIGNALS, "contradictions": _CONTRADICTIONS, "polecat": _POLECAT}


def table(name: str) -> Table:
    if name not in _TABLES:
        raise StoreError(f"unknown export table {name!r}; choose one of {', '.join(TABLES)} (or network as graphml/gexf)")
    return _TABLES[name]


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_CAST = {"int": lambda v: None if v is None else int(v), "float": lambda v: None if v is None else float(v),
         "str": lambda v: None if v is None else str(v), "bool": lambda v: None if v is None else bool(v),
         "date": _date}


def rows(conn: sqlite3.Connection, name: str) -> Iterator[tuple]:
    """The typed rows of one table (dates as `datetime.date`), in the order of `table(name).columns`."""
    t = table(name)
    casts = [_CAST[kind] for _, kind in t.columns]
    try:
        for r in conn.execute(t.sql):
            yield tuple(cast(v) for cast, v in zip(casts, t.post(r) if t.post else r))
    except sqlite3.Error as e:
        raise explain("corpus", e) from None


def frame(conn: sqlite3.Connection, name: str):
    """One table as a pandas DataFrame with nullable typed columns (dates as datetime64)."""
    from .._api import _pandas

    pd = _pandas(f"the {name} table as a DataFrame")
    t = table(name)
    df = pd.DataFrame(list(rows(conn, name)), columns=t.names)
    dtypes = {"int": "Int64", "float": "Float64", "str": "string", "bool": "boolean"}
    for col, kind in t.columns:
        df[col] = pd.to_datetime(df[col]) if kind == "date" else df[col].astype(dtypes[kind])
    return df


def export(conn: sqlite3.Connection, name: str, fmt: str, path: str | os.PathLike) -> int:
    """Write table `name` to `path` in `fmt`; returns the number of rows (nodes + edges for a
    graph). A failed export leaves no file. `network` is written by graph.py as GraphML or GEXF."""
    if name == "network" or fmt in GRAPH_FORMATS:
        if name != "network" or fmt not in GRAPH_FORMATS:
            raise StoreError("the actor network is written as graphml or gexf (--table network -f graphml|gexf); "
                             f"tables as {', '.join(FORMATS)}")
        from . import graph
        writer = lambda tmp: graph.write(conn, fmt, tmp)  # noqa: E731
    else:
        if fmt not in FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
        t = table(name)
        writer = lambda tmp: {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](rows(conn, name), t, tmp)  # noqa: E731
    tmp = f"{os.fspath(path)}.part"
    try:
        n = writer(tmp)
        os.replace(tmp, path)
    except OSError as e:
        _remove(tmp)
        raise StoreError(f"{path}: cannot write the export ({e.strerror or e}); check the folder and free space") from None
    except BaseException:
        _remove(tmp)
        raise
    return n


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _plain(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def _csv(items, t: Table, path) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(t.names)
        for item in items:
            w.writerow(["" if v is None else _plain(v) for v in item])
            n += 1
    return n


def _jsonl(items, t: Table, path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(dict(zip(t.names, map(_plain, item))), ensure_ascii=False) + "\n")
            n += 1
    return n


def arrow_schema(t: Table):
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_(), "date": pa.date32()}
    return pa.schema([(c, types[kind]) for c, kind in t.columns])


def _parquet(items, t: Table, path) -> int:
    import pyarrow.parquet as pq

    schema = arrow_schema(t)
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= ROW_GROUP:
                writer.write_table(_table(schema, batch))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(_table(schema, batch))
            n += len(batch)
    return n


def _table(schema, batch):
    import pyarrow as pa

    columns = list(zip(*batch)) if batch else [[] for _ in schema.names]
    return pa.table({name: pa.array(list(col), type=schema.field(name).type) for name, col in zip(schema.names, columns)},
                    schema=schema)
