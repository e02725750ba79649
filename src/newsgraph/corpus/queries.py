"""Questions asked of a corpus: actors, events, statements, stances over time, the actor
network, a timeline, full-text search, failures and the actor review list.

Each query returns typed rows; `fields()` of a row class gives the column order for tables and
exports.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from ..errors import NewsgraphError, StoreError
from ..model import PLOVER_TYPES
from . import names
from .store import explain


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: int
    name: str
    kind: str
    country: str | None
    aliases: str
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    type: str
    date: str | None
    place: str | None
    source: str
    target: str
    corroboration: int
    reports: int
    outlets: str
    contradictions: int
    evidence: str
    urls: str


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: int
    speaker: str | None
    kind: str | None
    cue: str | None
    content: str
    date: str | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class StanceRow:
    date: str | None
    holder: str | None
    topic: str
    polarity: str
    outlet: str | None
    evidence: str | None


@dataclass(frozen=True, slots=True)
class EdgeRow:
    source: str
    target: str
    weight: int  # corpus events, each counted once however many outlets report it
    types: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    date: str | None
    type: str
    summary: str
    corroboration: int
    event: int


@dataclass(frozen=True, slots=True)
class SearchRow:
    article: int
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class ContradictionRow:
    kind: str
    event: int | None
    actor: str | None
    a: str
    b: str
    outlet_a: str | None
    outlet_b: str | None


@dataclass(frozen=True, slots=True)
class ReviewRow:
    actor: str
    known_as: str  # every name the corpus actor has, to judge the merge by
    alias: str
    decision: str
    reason: str
    candidate: str | None


@dataclass(frozen=True, slots=True)
class FailureRow:
    source: str
    reason: str
    at: str


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What came in when: newest first."""

    id: int
    ingested_at: str
    published: str | None
    outlet: str | None
    title: str | None
    url: str | None
    via: str | None  # the feed or sitemap it was collected from (newsgraph watch)


@dataclass(frozen=True, slots=True)
class FetchRow:
    """One URL in the fetch log (newsgraph ingest URL, newsgraph watch), latest first."""

    fetched_at: str | None
    kind: str
    outcome: str
    status: int | None
    url: str
    reason: str | None
    attempts: int
    next_try: str | None


@dataclass(frozen=True, slots=True)
class StatsRow:
    articles: int
    near_copies: int
    outlets: int
    actors: int
    events: int
    corroborated_events: int  # by two outlets or more
    statements: int
    stances: int
    contradictions: int
    review: int
    failures: int


class QueryError(NewsgraphError):
    """A query asked for something that cannot exist (an unknown event type or actor kind)."""


ACTOR_KINDS = ("person", "organization", "country", "location", "facility", "group")


def _check(value: str, valid: tuple[str, ...], what: str) -> str:
    if value not in valid:
        raise QueryError(f"unknown {what} {value!r}; choose one of {', '.join(valid)}")
    return value


def columns(row_class) -> list[str]:
    return [f.name for f in fields(row_class)]


def _rows(conn: sqlite3.Connection, sql: str, params, cls):
    try:
        return [cls(*r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as e:
        if "fts5" in str(e).lower() or "syntax" in str(e).lower():
            raise StoreError(f"bad search expression ({e}); quote phrases, e.g. '\"rocket attack\"'") from None
        raise explain("corpus", e) from None
    except sqlite3.Error as e:
        raise explain("corpus", e) from None


def _actor_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Corpus actors a user's name refers to: by normalised alias, else by a part of the name."""
    norm = names.normalise(name)
    ids = [r[0] for r in conn.execute("SELECT DISTINCT actor FROM actor_aliases WHERE norm = ?", (norm,))]
    if not ids:
        ids = [r[0] for r in conn.execute("SELECT DISTINCT actor FROM actor_aliases WHERE norm LIKE ?", (f"%{norm}%",))]
    return ids or [-1]


def _in(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def actors(conn, *, name: str | None = None, kind: str | None = None, limit: int = 100) -> list[ActorRow]:
    where, params = ["1"], []
    if name:
        where.append(f"a.id IN ({_in(_actor_ids(conn, name))})")
    if kind:
        where.append("a.kind = ?")
        params.append(_check(kind.lower(), ACTOR_KINDS, "actor kind"))
    sql = f"""
        SELECT a.id, a.name, a.kind, a.country,
               (SELECT group_concat(alias, '; ') FROM (SELECT DISTINCT alias FROM actor_aliases WHERE actor = a.id)),
               COUNT(DISTINCT aa.article), COALESCE(SUM(aa.mentions), 0)
        FROM actors a LEFT JOIN article_actors aa ON aa.actor = a.id
        WHERE {' AND '.join(where)}
        GROUP BY a.id ORDER BY COUNT(DISTINCT aa.article) DESC, a.name LIMIT ?"""
    return _rows(conn, sql, [*params, limit], ActorRow)


_EVENT_SELECT = """
    SELECT e.id, e.type, e.date, e.place,
        COALESCE((SELECT group_concat(name, '; ') FROM (SELECT x.name FROM event_actors ea JOIN actors x ON x.id = ea.actor
                  WHERE ea.event = e.id AND ea.role = 'source' ORDER BY x.name)), ''),
        COALESCE((SELECT group_concat(name, '; ') FROM (SELECT x.name FROM event_actors ea JOIN actors x ON x.id = ea.actor
                  WHERE ea.event = e.id AND ea.role = 'target' ORDER BY x.name)), ''),
        COALESCE(c.corroboration, 0),
        (SELECT COUNT(*) FROM event_reports r WHERE r.event = e.id),
        COALESCE((SELECT group_concat(o, '; ') FROM (SELECT DISTINCT COALESCE(ar.outlet, '?') AS o FROM event_reports r
                  JOIN articles ar ON ar.id = r.article WHERE r.event = e.id ORDER BY o)), ''),
        (SELECT COUNT(*) FROM contradictions k WHERE k.event = e.id),
        (SELECT evidence FROM event_reports r WHERE r.event = e.id ORDER BY r.id LIMIT 1),
        COALESCE((SELECT group_concat(u, ' ') FROM (SELECT DISTINCT ar.url AS u FROM event_reports r
                  JOIN articles ar ON ar.id = r.article WHERE r.event = e.id AND ar.url IS NOT NULL ORDER BY u)), '')
    FROM events e LEFT JOIN event_corroboration c ON c.event = e.id
"""


def events(conn, *, actor: str | None = None, type: str | None = None, since: str | None = None,
           until: str | None = None, place: str | None = None, outlet: str | None = None,
           min_corroboration: int = 0, limit: int = 100) -> list[EventRow]:
    where, params = ["1"], []
    if actor:
        where.append(f"e.id IN (SELECT event FROM event_actors WHERE actor IN ({_in(_actor_ids(conn, actor))}))")
    if type:
        where.append("e.type = ?")
        params.append(_check(type.upper(), PLOVER_TYPES, "event type (PLOVER)"))
    if since:
        where.append("e.date >= ?")
        params.append(since)
    if until:
        where.append("e.date <= ?")
        params.append(until)
    if place:
        where.append("e.pnorm LIKE ?")
        params.append(f"%{names.normalise(place)}%")
    if outlet:
        where.append("e.id IN (SELECT r.event FROM event_reports r JOIN articles a ON a.id = r.article "
                     "WHERE a.outlet LIKE ?)")
        params.append(f"%{outlet.casefold()}%")
    if min_corroboration:
        where.append("COALESCE(c.corroboration, 0) >= ?")
        params.append(min_corroboration)
    sql = _EVENT_SELECT + f" WHERE {' AND '.join(where)} ORDER BY e.date IS NULL, e.date, e.id LIMIT ?"
    return _rows(conn, sql, [*params, limit], EventRow)


def statements(conn, *, speaker: str | None = None, limit: int = 100) -> list[StatementRow]:
    where = f"WHERE s.speaker IN ({_in(_actor_ids(conn, speaker))})" if speaker else ""
    sql = f"""SELECT s.id, x.name, s.kind, s.cue, s.content, s.date, a.outlet, a.url
              FROM statements s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.speaker
              {where} ORDER BY s.date IS NULL, s.date, s.id LIMIT ?"""
    return _rows(conn, sql, [limit], StatementRow)


def stances(conn, *, topic: str | None = None, holder: str | None = None, limit: int = 500) -> list[StanceRow]:
    """Stances over time: oldest first, so a change of position reads down the list."""
    where, params = ["1"], []
    if topic:
        where.append("s.tnorm LIKE ?")
        params.append(f"%{names.topic(topic)}%")
    if holder:
        where.append(f"s.holder IN ({_in(_actor_ids(conn, holder))})")
    sql = f"""SELECT a.published, x.name, s.topic, s.polarity, a.outlet, s.evidence
              FROM stances s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.holder
              WHERE {' AND '.join(where)} AND a.duplicate_of IS NULL
              ORDER BY a.published IS NULL, a.published, s.id LIMIT ?"""
    return _rows(conn, sql, [*params, limit], StanceRow)


def network(conn, *, actor: str | None = None, type: str | None = None, min_weight: int = 1,
            limit: int = 200) -> list[EdgeRow]:
    """Who acts on whom: one edge per (source, target), weighted by corpus events (of one PLOVER type
    when `type` is given)."""
    where, params = "", []
    if actor:
        ids = _in(_actor_ids(conn, actor))
        where = f"AND (s.actor IN ({ids}) OR t.actor IN ({ids}))"
    if type:
        where += " AND e.type = ?"
        params.append(type.upper())
    sql = f"""SELECT xs.name, xt.name, COUNT(DISTINCT e.id), group_concat(DISTINCT e.type)
              FROM events e
              JOIN event_actors s ON s.event = e.id AND s.role = 'source'
              JOIN event_actors t ON t.event = e.id AND t.role = 'target'
              JOIN actors xs ON xs.id = s.actor JOIN actors xt ON xt.id = t.actor
              WHERE s.actor != t.actor {where}
              GROUP BY s.actor, t.actor HAVING COUNT(DISTINCT e.id) >= ?
              ORDER BY COUNT(DISTINCT e.id) DESC, xs.name, xt.name LIMIT ?"""
    return _rows(conn, sql, [*params, min_weight, limit], EdgeRow)


def timeline(conn, *, actor: str | None = None, since: str | None = None, until: str | None = None,
             limit: int = 500) -> list[TimelineRow]:
    rows = events(conn, actor=actor, since=since, until=until, limit=limit)
    out = []
    for r in rows:
        who = r.source or "?"
        whom = f" -> {r.target}" if r.target else ""
        where = f" in {r.place}" if r.place else ""
        out.append(TimelineRow(r.date, r.type, f"{who} {r.type}{whom}{where}", r.corroboration, r.id))
    return out


def search(conn, query: str, *, limit: int = 20) -> list[SearchRow]:
    sql = """SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', ' … ', 12)
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"""
    return _rows(conn, sql, [query, limit], SearchRow)


def contradictions(conn, *, limit: int = 200) -> list[ContradictionRow]:
    sql = """SELECT k.kind, k.event, x.name, k.a, k.b, aa.outlet, ab.outlet
             FROM contradictions k LEFT JOIN actors x ON x.id = k.actor
             LEFT JOIN articles aa ON aa.id = k.article_a LEFT JOIN articles ab ON ab.id = k.article_b
             ORDER BY k.id LIMIT ?"""
    return _rows(conn, sql, [limit], ContradictionRow)


def review(conn, *, limit: int = 500) -> list[ReviewRow]:
    sql = """SELECT x.name, (SELECT group_concat(alias, '; ') FROM actor_aliases WHERE actor = x.id),
                    r.alias, r.decision, r.reason, c.name FROM actor_review r
             JOIN actors x ON x.id = r.actor LEFT JOIN actors c ON c.id = r.candidate ORDER BY r.id LIMIT ?"""
    return _rows(conn, sql, [limit], ReviewRow)


def articles(conn, *, since: str | None = None, until: str | None = None, outlet: str | None = None,
             limit: int = 100) -> list[ArticleRow]:
    """Articles by when they were ingested, newest first; `since`/`until` are dates or times (UTC)."""
    where, params = ["1"], []
    if since:
        where.append("a.ingested_at >= ?")
        params.append(since)
    if until:
        where.append("substr(a.ingested_at, 1, length(?)) <= ?")
        params += [until, until]
    if outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{outlet.casefold()}%")
    sql = f"""SELECT a.id, a.ingested_at, a.published, a.outlet, a.title, a.url,
                     (SELECT f.via FROM fetch_log f WHERE f.content_hash = a.content_hash AND f.kind = 'page'
                      ORDER BY f.fetched_at LIMIT 1)
              FROM articles a WHERE {' AND '.join(where)} ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?"""
    return _rows(conn, sql, [*params, limit], ArticleRow)


def fetches(conn, *, since: str | None = None, outcome: str | None = None, limit: int = 100) -> list[FetchRow]:
    """The fetch log: what was fetched when, and what failed with its next try."""
    where, params = ["1"], []
    if since:
        where.append("fetched_at >= ?")
        params.append(since)
    if outcome:
        where.append("outcome = ?")
        params.append(outcome)
    sql = f"""SELECT fetched_at, kind, outcome, status, url, reason, attempts, next_try FROM fetch_log
              WHERE {' AND '.join(where)} ORDER BY fetched_at DESC, url LIMIT ?"""
    return _rows(conn, sql, [*params, limit], FetchRow)


def failures(conn) -> list[FailureRow]:
    return _rows(conn, "SELECT source, reason, at FROM failures ORDER BY source", [], FailureRow)


def stats(conn) -> StatsRow:
    sql = """SELECT
        (SELECT COUNT(*) FROM articles),
        (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
        (SELECT COUNT(DISTINCT outlet) FROM articles),
        (SELECT COUNT(*) FROM actors),
        (SELECT COUNT(*) FROM events),
        (SELECT COUNT(*) FROM event_corroboration WHERE corroboration >= 2),
        (SELECT COUNT(*) FROM statements),
        (SELECT COUNT(*) FROM stances),
        (SELECT COUNT(*) FROM contradictions),
        (SELECT COUNT(*) FROM actor_review),
        (SELECT COUNT(*) FROM failures)"""
    return _rows(conn, sql, [], StatsRow)[0]


# The row class of each query, for tables and frames of an empty result.
ROW_CLASSES = {"stats": StatsRow, "actors": ActorRow, "events": EventRow, "statements": StatementRow,
               "stances": StanceRow, "network": EdgeRow, "timeline": TimelineRow, "search": SearchRow,
               "contradictions": ContradictionRow, "review": ReviewRow, "failures": FailureRow,
               "articles": ArticleRow, "fetches": FetchRow}
