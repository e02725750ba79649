"""The SQL the web pages and the API need beyond `corpus.queries`: records by id, the article
list, signals, a network filtered by event type. Every function takes a read-only connection."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from ..corpus import queries as Q
from ..model import Analysis, Article, Reliability, Source


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    language: str | None
    reliability: str | None
    duplicate_of: int | None
    statements: int
    events: int
    ingested_at: str | None  # when it came into the corpus (UTC): what a watched corpus added since


@dataclass(frozen=True, slots=True)
class SignalRow:
    article: int
    kind: str
    text: str
    start: int | None
    end: int | None
    target: str | None
    quoted: int
    rule: str | None


def _dicts(cur: sqlite3.Cursor) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def articles(conn, *, outlet: str | None = None, since: str | None = None, newest: bool = False,
             limit: int = 100) -> list[ArticleRow]:
    """Articles by publication date, or by when they came in (`newest`); `since` a date or time (UTC)."""
    where, params = ["1"], []
    if outlet:
        where.append("a.outlet LIKE ?")
        params.append(f"%{outlet.casefold()}%")
    if since:
        where.append("a.ingested_at >= ?")
        params.append(since)
    order = "a.ingested_at DESC, a.id DESC" if newest else "a.published IS NULL, a.published DESC, a.id"
    sql = f"""SELECT a.id, a.title, a.outlet, a.published, a.url, a.language, a.reliability, a.duplicate_of,
                     (SELECT COUNT(*) FROM statements s WHERE s.article = a.id),
                     (SELECT COUNT(*) FROM event_reports r WHERE r.article = a.id), a.ingested_at
              FROM articles a WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"""
    return Q._rows(conn, sql, [*params, limit], ArticleRow)


def signals(conn, *, article: int | None = None, kind: str | None = None, limit: int = 100) -> list[SignalRow]:
    where, params = ["1"], []
    if article is not None:
        where.append("g.article = ?")
        params.append(article)
    if kind:
        where.append("g.kind = ?")
        params.append(kind)
    sql = f"""SELECT g.article, g.kind, g.text, g.start, g.end, x.name, g.quoted, g.rule
              FROM signals g LEFT JOIN actors x ON x.id = g.target
              WHERE {' AND '.join(where)} ORDER BY g.article, g.start LIMIT ?"""
    return Q._rows(conn, sql, [*params, limit], SignalRow)


def network(conn, *, actor: str | None = None, type: str | None = None, min_weight: int = 1,
            limit: int = 200) -> list[Q.EdgeRow]:
    """`queries.network` (by event type when asked)."""
    return Q.network(conn, actor=actor, type=type, min_weight=min_weight, limit=limit)


def timeline(conn, *, actor=None, type=None, place=None, since=None, until=None, limit: int = 500) -> list[Q.TimelineRow]:
    """`queries.timeline`, with the event filters of `queries.events` (type, place)."""
    out = []
    for r in Q.events(conn, actor=actor, type=type, place=place, since=since, until=until, limit=limit):
        whom = f" -> {r.target}" if r.target else ""
        where = f" in {r.place}" if r.place else ""
        out.append(Q.TimelineRow(r.date, r.type, f"{r.source or '?'} {r.type}{whom}{where}", r.corroboration, r.id))
    return out


def actor_ids_by_name(conn) -> dict[str, int]:
    return {r[1]: r[0] for r in conn.execute("SELECT id, name FROM actors")}


def article(conn, article_id: int) -> dict | None:
    row = conn.execute("SELECT id, article_id, title, url, domain, publisher, outlet, published, language, source_path,"
                       " input_format, text, source_name, reliability, duplicate_of, similarity, notes, ingested_at"
                       " FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    rec = dict(row)
    rec["notes"] = json.loads(rec["notes"] or "[]")
    rec["actors"] = _dicts(conn.execute("SELECT local_id, actor, name, kind, mentions, rule FROM article_actors WHERE article = ?"
                                        " ORDER BY local_id", (article_id,)))
    rec["statements"] = _dicts(conn.execute(
        "SELECT s.id, s.local_id, s.speaker, x.name AS speaker_name, s.speaker_text, s.cue, s.content, s.start, s.end,"
        " s.kind, s.date, s.rule FROM statements s LEFT JOIN actors x ON x.id = s.speaker WHERE s.article = ? ORDER BY s.id",
        (article_id,)))
    rec["events"] = _dicts(conn.execute(
        "SELECT r.event, r.local_id, r.type, r.mode, r.date, r.location, r.negated, r.modality, r.evidence, r.ev_start,"
        " r.ev_end, r.trigger, r.rule FROM event_reports r WHERE r.article = ? ORDER BY r.id", (article_id,)))
    rec["stances"] = _dicts(conn.execute(
        "SELECT s.id, s.holder, x.name AS holder_name, s.topic, s.polarity, s.evidence, s.rule FROM stances s"
        " LEFT JOIN actors x ON x.id = s.holder WHERE s.article = ? ORDER BY s.id", (article_id,)))
    rec["signals"] = [{k: v for k, v in zip(Q.columns(SignalRow), (r.article, r.kind, r.text, r.start, r.end, r.target, r.quoted, r.rule))}
                      for r in signals(conn, article=article_id, limit=10_000)]
    return rec


def related(conn, article_id: int) -> dict:
    """Near-copies of an article (or its original) and other articles reporting its events."""
    orig = conn.execute("SELECT o.id, o.title, o.outlet FROM articles a JOIN articles o ON o.id = a.duplicate_of"
                        " WHERE a.id = ?", (article_id,)).fetchone()
    copies = _dicts(conn.execute("SELECT id, title, outlet, similarity FROM articles WHERE duplicate_of = ? ORDER BY id",
                                 (article_id,)))
    others = _dicts(conn.execute(
        "SELECT a.id, a.title, a.outlet, COUNT(DISTINCT r2.event) AS shared FROM event_reports r1"
        " JOIN event_reports r2 ON r2.event = r1.event AND r2.article != r1.article"
        " JOIN articles a ON a.id = r2.article WHERE r1.article = ?"
        " GROUP BY a.id ORDER BY shared DESC, a.id LIMIT 50", (article_id,)))
    return {"id": article_id, "original": dict(orig) if orig else None, "copies": copies, "others": others}


def actor(conn, actor_id: int) -> dict | None:
    row = conn.execute("SELECT id, name, kind, country FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        return None
    rec = dict(row)
    rec["aliases"] = [r[0] for r in conn.execute("SELECT DISTINCT alias FROM actor_aliases WHERE actor = ? ORDER BY uses DESC",
                                                 (actor_id,))]
    rec["roles"] = sorted({r[0] for r in conn.execute("SELECT DISTINCT rule FROM article_actors WHERE actor = ? AND rule IS NOT NULL",
                                                      (actor_id,))})
    rec["articles"] = _dicts(conn.execute(
        "SELECT a.id, a.title, a.outlet, a.published, aa.mentions FROM article_actors aa JOIN articles a ON a.id = aa.article"
        " WHERE aa.actor = ? ORDER BY a.published IS NULL, a.published, a.id LIMIT 500", (actor_id,)))
    rec["statements"] = _dicts(conn.execute(
        "SELECT s.id, s.article, s.kind, s.cue, s.content, s.date, a.outlet, a.title FROM statements s"
        " JOIN articles a ON a.id = s.article WHERE s.speaker = ? ORDER BY s.date IS NULL, s.date, s.id LIMIT 500", (actor_id,)))
    for role in ("source", "target"):
        ids = [r[0] for r in conn.execute("SELECT event FROM event_actors WHERE actor = ? AND role = ? LIMIT 500", (actor_id, role))]
        rec[f"events_as_{role}"] = [_asdict(r) for r in _events_by_id(conn, ids)]
    rec["stances"] = _dicts(conn.execute(
        "SELECT a.published AS date, s.topic, s.polarity, a.outlet, s.evidence, s.article FROM stances s"
        " JOIN articles a ON a.id = s.article WHERE s.holder = ? AND a.duplicate_of IS NULL"
        " ORDER BY a.published IS NULL, a.published, s.id LIMIT 500", (actor_id,)))
    return rec


def _events_by_id(conn, ids: list[int]) -> list[Q.EventRow]:
    if not ids:
        return []
    sql = Q._EVENT_SELECT + f" WHERE e.id IN ({Q._in(ids)}) ORDER BY e.date IS NULL, e.date, e.id"
    return Q._rows(conn, sql, [], Q.EventRow)


def event(conn, event_id: int) -> dict | None:
    rows = _events_by_id(conn, [event_id])
    if not rows:
        return None
    rec = _asdict(rows[0])
    rec["reports"] = _dicts(conn.execute(
        "SELECT r.article, a.title, a.outlet, r.type, r.date, r.location, r.negated, r.modality, r.evidence, r.rule"
        " FROM event_reports r JOIN articles a ON a.id = r.article WHERE r.event = ? ORDER BY r.id", (event_id,)))
    return rec


def _asdict(row) -> dict:
    return dict(zip(Q.columns(type(row)), (getattr(row, c) for c in Q.columns(type(row)))))


def as_analysis_shell(rec: dict) -> Analysis:
    """An Analysis with the stored article and source only (what to show when it cannot be analysed again)."""
    pub = None
    if rec.get("published"):
        try:
            pub = dt.date.fromisoformat(rec["published"])
        except ValueError:
            pub = None
    art = Article(text=rec["text"], id=rec.get("article_id") or "", title=rec.get("title"), published=pub,
                  publisher=rec.get("publisher"), url=rec.get("url"), domain=rec.get("domain"), language=rec.get("language"),
                  source_path=rec.get("source_path"), input_format=rec.get("input_format"))
    src = Source(name=rec.get("source_name"), domain=rec.get("domain"), reliability=Reliability(label=rec.get("reliability") or "unknown"))
    return Analysis(article=art, source=src, notes=list(rec.get("notes") or []))


def statement(conn, statement_id: int) -> dict | None:
    rows = _dicts(conn.execute(
        "SELECT s.id, s.article, a.title, a.outlet, a.url, s.local_id, s.speaker, x.name AS speaker_name, s.speaker_text, s.cue,"
        " s.content, s.start, s.end, s.kind, s.date, s.rule FROM statements s JOIN articles a ON a.id = s.article"
        " LEFT JOIN actors x ON x.id = s.speaker WHERE s.id = ?", (statement_id,)))
    return rows[0] if rows else None


def stance(conn, stance_id: int) -> dict | None:
    rows = _dicts(conn.execute(
        "SELECT s.id, s.article, a.title, a.outlet, a.published, s.holder, x.name AS holder_name, s.topic, s.polarity,"
        " s.evidence, s.rule FROM stances s JOIN articles a ON a.id = s.article LEFT JOIN actors x ON x.id = s.holder"
        " WHERE s.id = ?", (stance_id,)))
    return rows[0] if rows else None
