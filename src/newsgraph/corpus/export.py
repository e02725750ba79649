"""Exports of a corpus: events (a PLOVER/POLECAT-like layout), statements and actors, as CSV,
JSONL or Parquet. Rows are streamed and Parquet is written in row groups, so a large corpus
does not have to fit in memory.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields

from ..errors import StoreError
from .store import explain

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("events", "statements", "actors")
ROW_GROUP = 10_000


@dataclass(frozen=True, slots=True)
class EventExport:
    """One corpus event, POLECAT-style: who (source) did what (type, mode) to whom (target)."""

    event_id: int
    event_date: str | None
    event_type: str
    event_mode: str | None
    context: str  # '; '-joined PLOVER contexts from the reports
    source_actor: str  # '; '-joined corpus actor names
    source_country: str
    target_actor: str
    target_country: str
    place: str | None
    corroboration: int  # distinct outlets among original (not near-copy) reports
    reports: int
    negated: bool  # true when every report negates it
    contradictions: int
    outlets: str
    urls: str
    evidence: str  # the first report's evidence sentence
    rule: str


@dataclass(frozen=True, slots=True)
class StatementExport:
    statement_id: int
    date: str | None
    speaker: str | None
    speaker_country: str | None
    speaker_text: str | None
    kind: str | None
    cue: str | None
    content: str
    outlet: str | None
    url: str | None
    title: str | None
    near_copy: bool
    rule: str | None


@dataclass(frozen=True, slots=True)
class ActorExport:
    actor_id: int
    name: str
    kind: str
    country: str | None
    aliases: str
    articles: int
    events_as_source: int
    events_as_target: int
    statements: int


_EVENTS_SQL = """
SELECT e.id, e.date, e.type,
  (SELECT mode FROM event_reports r WHERE r.event = e.id AND mode IS NOT NULL ORDER BY r.id LIMIT 1),
  COALESCE((SELECT group_concat(DISTINCT j.value) FROM event_reports r, json_each(r.context) j WHERE r.event = e.id), ''),
  COALESCE((SELECT group_concat(n, '; ') FROM (SELECT x.name AS n FROM event_actors ea JOIN actors x ON x.id = ea.actor
            WHERE ea.event = e.id AND ea.role = 'source' ORDER BY x.name)), ''),
  COALESCE((SELECT group_concat(n, '; ') FROM (SELECT COALESCE(x.country, '') AS n FROM event_actors ea JOIN actors x ON x.id = ea.actor
            WHERE ea.event = e.id AND ea.role = 'source' ORDER BY x.name)), ''),
  COALESCE((SELECT group_concat(n, '; ') FROM (SELECT x.name AS n FROM event_actors ea JOIN actors x ON x.id = ea.actor
            WHERE ea.event = e.id AND ea.role = 'target' ORDER BY x.name)), ''),
  COALESCE((SELECT group_concat(n, '; ') FROM (SELECT COALESCE(x.country, '') AS n FROM event_actors ea JOIN actors x ON x.id = ea.actor
            WHERE ea.event = e.id AND ea.role = 'target' ORDER BY x.name)), ''),
  e.place,
  COALESCE(c.corroboration, 0),
  (SELECT COUNT(*) FROM event_reports r WHERE r.event = e.id),
  (SELECT MIN(negated) FROM event_reports r WHERE r.event = e.id),
  (SELECT COUNT(*) FROM contradictions k WHERE k.event = e.id),
  COALESCE((SELECT group_concat(o, '; ') FROM (SELECT DISTINCT ar.outlet AS o FROM event_reports r
            JOIN articles ar ON ar.id = r.article WHERE r.event = e.id AND ar.outlet IS NOT NULL ORDER BY o)), ''),
  COALESCE((SELECT group_concat(u, ' ') FROM (SELECT DISTINCT ar.url AS u FROM event_reports r
            JOIN articles ar ON ar.id = r.article WHERE r.event = e.id AND ar.url IS NOT NULL ORDER BY u)), ''),
  (SELECT evidence FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1),
  (SELECT rule FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1)
FROM events e LEFT JOIN event_corroboration c ON c.event = e.id ORDER BY e.date IS NULL, e.date, e.id
"""

_STATEMENTS_SQL = """
SELECT s.id, s.date, x.name, x.country, s.speaker_text, s.kind, s.cue, s.content, a.outlet, a.url, a.title,
       a.duplicate_of IS NOT NULL, s.rule
FROM statements s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.speaker
ORDER BY s.date IS NULL, s.date, s.id
"""

_ACTORS_SQL = """
SELECT a.id, a.name, a.kind, a.country,
  COALESCE((SELECT group_concat(alias, '; ') FROM (SELECT DISTINCT alias FROM actor_aliases WHERE actor = a.id ORDER BY alias)), ''),
  (SELECT COUNT(DISTINCT article) FROM article_actors WHERE actor = a.id),
  (SELECT COUNT(*) FROM event_actors WHERE actor = a.id AND role = 'source'),
  (SELECT COUNT(*) FROM event_actors WHERE actor = a.id AND role = 'target'),
  (SELECT COUNT(*) FROM statements WHERE speaker = a.id)
FROM actors a ORDER BY a.id
"""

_TABLES = {"events": (_EVENTS_SQL, EventExport), "statements": (_STATEMENTS_SQL, StatementExport),
           "actors": (_ACTORS_SQL, ActorExport)}


def rows(conn: sqlite3.Connection, table: str) -> Iterator:
    if table not in _TABLES:
        raise StoreError(f"unknown export table {table!r}; choose one of {', '.join(TABLES)}")
    sql, cls = _TABLES[table]
    bools = {f.name for f in fields(cls) if f.type == "bool"}
    try:
        for r in conn.execute(sql):
            values = dict(zip([f.name for f in fields(cls)], r))
            for b in bools:
                values[b] = bool(values[b])
            yield cls(**values)
    except sqlite3.Error as e:
        raise explain("corpus", e) from None


def export(conn: sqlite3.Connection, table: str, fmt: str, path: str | os.PathLike) -> int:
    """Write `table` to `path` in `fmt`; returns the number of rows. A failed export leaves no file."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    cls = _TABLES[table][1] if table in _TABLES else None
    tmp = f"{path}.part"
    try:
        n = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](rows(conn, table), cls, tmp)
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


def _csv(items, cls, path) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([f.name for f in fields(cls)])
        for item in items:
            w.writerow(astuple(item))
            n += 1
    return n


def _jsonl(items, cls, path) -> int:
    n = 0
    names = [f.name for f in fields(cls)]
    with open(path, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(dict(zip(names, astuple(item))), ensure_ascii=False) + "\n")
            n += 1
    return n


_ARROW = {"int": "int64", "str": "string", "str | None": "string", "bool": "bool_", "int | None": "int64"}


def _parquet(items, cls, path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = [f.name for f in fields(cls)]
    schema = pa.schema([(f.name, getattr(pa, _ARROW[f.type])()) for f in fields(cls)])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list = []
        for item in items:
            batch.append(astuple(item))
            if len(batch) >= ROW_GROUP:
                writer.write_table(_table(pa, schema, names, batch))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(_table(pa, schema, names, batch))
            n += len(batch)
    return n


def _table(pa, schema, names, batch):
    columns = list(zip(*batch)) if batch else [[] for _ in names]
    return pa.table({name: pa.array(list(col), type=schema.field(name).type) for name, col in zip(names, columns)},
                    schema=schema)
