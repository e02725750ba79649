"""Event merging: reports of one happening in several articles become one corpus event.

Two reports are of the same happening when they have the same PLOVER type, share a source actor,
their targets do not differ, their dates are within `WINDOW_DAYS` of each other, and their places
agree (or one is unknown). A report with no date or no source actor is only merged into the events
of the article it is a near-copy of: without them, "34 strikes on Monday" and "23 strikes on
Tuesday" would become one event and inflate its corroboration. Corroboration is counted by the
`event_corroboration` view.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass

from ..model import Event
from . import names

WINDOW_DAYS = 3
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# what a number counts is taken to be the next word: "5 people" and "12 people" disagree, "50 former
# officers" and "11 strikes" are about different things and are not compared
_UNIT = re.compile(r"\s+([A-Za-z]+)")
# English number words news copy spells out (style guides spell one to nine, often to twenty)
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.])\d+(?:\.\d+)?(?![\w])|"
                     r"\b(?i:" + "|".join(w for w in _WORDS if w not in ("zero", "one")) + r")\b")


@dataclass(frozen=True, slots=True)
class Report:
    """One article's coding of an event, with actors already resolved to corpus actors."""

    event: Event
    article: int
    sources: frozenset[int]
    targets: frozenset[int]
    date: dt.date | None  # the event's date, else the article's
    copy_of: int | None = None  # articles.id of the original when this article is a near-copy
    place: str | None = None  # the place's name (Event.location is the id of a place actor)


def figures(text: str) -> list[str]:
    """Numbers an account gives with what they count ("five people" -> "5 people"), years left out."""
    out = []
    for m in _NUMBER.finditer(text):
        number = m.group(0).replace(",", "")
        number = str(_WORDS.get(number.casefold(), number))
        if _YEAR.match(number):
            continue
        unit = _UNIT.match(text, m.end())
        if unit:
            out.append(f"{number} {_singular(unit.group(1).casefold())}")
    return out


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _differ(mine: list[str], theirs: list[str]) -> bool:
    """Two accounts give different numbers of the same thing ("5 people" vs "12 people")."""
    by_unit: dict[str, set[str]] = {}
    for f in theirs:
        n, unit = f.split(" ", 1)
        by_unit.setdefault(unit, set()).add(n)
    for f in mine:
        n, unit = f.split(" ", 1)
        if unit in by_unit and n not in by_unit[unit]:
            return True
    return False


def merge(conn: sqlite3.Connection, report: Report) -> int:
    """Store the report under a matching corpus event, or a new one; returns the event id."""
    e = report.event
    pnorm = names.place(report.place)
    event_id = _find(conn, report, pnorm)
    if event_id is None:
        cur = conn.execute("INSERT INTO events(type, date, place, pnorm) VALUES (?, ?, ?, ?)",
                           (e.type, _iso(report.date), report.place, pnorm))
        event_id = int(cur.lastrowid)
    else:
        if report.date:
            conn.execute("UPDATE events SET date = ? WHERE id = ? AND (date IS NULL OR date > ?)",
                         (_iso(report.date), event_id, _iso(report.date)))
        conn.execute("UPDATE events SET place = ?, pnorm = ? WHERE id = ? AND place IS NULL", (report.place, pnorm, event_id))
    for role, ids in (("source", report.sources), ("target", report.targets)):
        conn.executemany("INSERT OR IGNORE INTO event_actors(event, actor, role) VALUES (?, ?, ?)",
                         [(event_id, a, role) for a in sorted(ids)])
    figs = figures(e.evidence.text)
    cur = conn.execute(
        "INSERT INTO event_reports(event, article, local_id, type, mode, context, date, date_precision, location,"
        " negated, modality, evidence, ev_start, ev_end, trigger, figures, rule)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, report.article, e.id, e.type, e.mode, json.dumps(e.context), _iso(e.date), e.date_precision,
         report.place, int(e.negated), e.modality, e.evidence.text, e.evidence.start, e.evidence.end,
         e.trigger.text if e.trigger else None, json.dumps(figs), e.rule))
    _contradictions(conn, event_id, int(cur.lastrowid), report, figs)
    return event_id


def _find(conn: sqlite3.Connection, report: Report, pnorm: str | None) -> int | None:
    if report.copy_of is not None:
        found = _find_in_original(conn, report)
        if found is not None:
            return found
    if not report.sources or not report.date:
        return None  # too little to tell this happening from others of its type
    marks = ",".join("?" * len(report.sources))
    # event_sources (schema 3) holds (event, source actor, type, date): an indexed look-up of this
    # actor's events of this type within the window, whatever the size of the corpus
    sql = (f"SELECT DISTINCT e.id, e.pnorm FROM event_sources k JOIN events e ON e.id = k.event "
           f"WHERE k.type = ? AND k.actor IN ({marks}) AND k.date BETWEEN ? AND ? ORDER BY e.id")
    params = [report.event.type, *sorted(report.sources),
              _iso(report.date - dt.timedelta(days=WINDOW_DAYS)), _iso(report.date + dt.timedelta(days=WINDOW_DAYS))]
    for row in conn.execute(sql, params):
        if pnorm and row["pnorm"] and not (pnorm in row["pnorm"] or row["pnorm"] in pnorm):
            continue
        if report.targets:
            theirs = {r[0] for r in conn.execute("SELECT actor FROM event_actors WHERE event = ? AND role = 'target'",
                                                 (row["id"],))}
            # different targets at the same place are one happening told two ways ("the Mezzeh
            # airport" and "Damascus"); at different or unknown places they are two
            same_place = bool(pnorm and row["pnorm"] and pnorm == row["pnorm"])
            if theirs and not theirs & report.targets and not same_place:
                continue
        return int(row["id"])
    return None


def _find_in_original(conn: sqlite3.Connection, report: Report) -> int | None:
    """The event the original article reports with the same type and evidence words or actors."""
    rows = conn.execute("SELECT r.event, r.evidence FROM event_reports r WHERE r.article = ? AND r.type = ? ORDER BY r.id",
                        (report.copy_of, report.event.type)).fetchall()
    for row in rows:
        if row["evidence"] == report.event.evidence.text:
            return int(row["event"])
    for row in rows:
        actors = {(r[0], r[1]) for r in conn.execute("SELECT actor, role FROM event_actors WHERE event = ?", (row["event"],))}
        mine = {(a, "source") for a in report.sources} | {(a, "target") for a in report.targets}
        if mine and mine <= actors:
            return int(row["event"])
    return None


def _contradictions(conn: sqlite3.Connection, event_id: int, report_id: int, report: Report, figs: list[str]) -> None:
    """Flag reports of this event that disagree with the new one: negation, or different figures."""
    others = conn.execute("SELECT r.id, r.article, r.negated, r.figures, r.evidence FROM event_reports r "
                          "JOIN articles a ON a.id = r.article "
                          "WHERE r.event = ? AND r.id != ? AND r.article != ? AND a.duplicate_of IS NULL",
                          (event_id, report_id, report.article)).fetchall()
    for o in others:
        if bool(o["negated"]) != report.event.negated:
            _flag(conn, "negation", event_id, None, None, o["evidence"], report.event.evidence.text, o["article"], report.article)
        if _differ(figs, json.loads(o["figures"] or "[]")):
            _flag(conn, "figures", event_id, None, None, o["evidence"], report.event.evidence.text, o["article"], report.article)
    _agree_reject(conn, event_id, report)


_OPPOSITE = {"AGREE": "REJECT", "REJECT": "AGREE"}


def _agree_reject(conn: sqlite3.Connection, event_id: int, report: Report) -> None:
    """The same actor AGREEs to and REJECTs the same thing: the same target, or the same context."""
    other = _OPPOSITE.get(report.event.type)
    if other is None or not report.sources:
        return
    sources = ",".join(str(int(a)) for a in sorted(report.sources))
    if report.targets:
        targets = ",".join(str(int(a)) for a in sorted(report.targets))
        rows = conn.execute(
            f"SELECT DISTINCT s.event AS id, s.actor FROM event_sources s "
            f"JOIN event_actors t ON t.event = s.event AND t.role = 'target' AND t.actor IN ({targets}) "
            f"WHERE s.actor IN ({sources}) AND s.type = ? ORDER BY s.event, s.actor LIMIT 20", (other,)).fetchall()
    elif report.event.context:
        marks = ",".join("?" * len(report.event.context))
        rows = conn.execute(
            f"SELECT DISTINCT s.event AS id, s.actor FROM event_sources s "
            f"JOIN event_reports r ON r.event = s.event, json_each(r.context) j "
            f"WHERE s.actor IN ({sources}) AND s.type = ? AND j.value IN ({marks}) ORDER BY s.event, s.actor LIMIT 20",
            (other, *report.event.context)).fetchall()
    else:
        return
    for row in rows:
        known = conn.execute("SELECT 1 FROM contradictions WHERE kind = 'agree-reject' AND actor = ? AND "
                             "((event = ? AND topic = ?) OR (event = ? AND topic = ?))",
                             (row["actor"], event_id, str(row["id"]), row["id"], str(event_id))).fetchone()
        if known:
            continue
        ev = conn.execute("SELECT evidence, article FROM event_reports WHERE event = ? ORDER BY id LIMIT 1", (row["id"],)).fetchone()
        _flag(conn, "agree-reject", event_id, row["actor"], str(row["id"]), ev["evidence"], report.event.evidence.text,
              ev["article"], report.article)


def _flag(conn, kind, event, actor, topic, a, b, article_a, article_b) -> None:
    conn.execute("INSERT INTO contradictions(kind, event, actor, topic, a, b, article_a, article_b) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (kind, event, actor, topic, a, b, article_a, article_b))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
