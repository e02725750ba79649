"""Writing one Analysis into the corpus: the article, its actors tied to corpus actors, its
statements, event reports merged into corpus events, stances, signals and contradictions.

Everything for one article is written inside one SAVEPOINT, so an error half-way leaves no trace
of that article and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import numpy as np

from ..model import Analysis
from . import actors as corpus_actors
from . import dedup, names
from .events import Report, merge


def outlet_of(analysis: Analysis) -> str | None:
    """Who published the article, normalised: the source's domain, else the article's, else a name."""
    for value in (analysis.source.domain, analysis.article.domain):
        if value:
            return value.casefold().removeprefix("www.")
    for value in (analysis.source.name, analysis.article.publisher):
        if value:
            return names.normalise(value) or value.casefold()
    return None


def store(conn: sqlite3.Connection, analysis: Analysis, chash: str, sig: np.ndarray,
          near: dedup.NearCopy | None) -> int:
    """Write one analysis (caller holds the transaction); returns the new articles.id."""
    art = analysis.article
    cur = conn.execute(
        "INSERT INTO articles(content_hash, article_id, title, url, domain, publisher, outlet, published, language,"
        " source_path, input_format, text, source_name, reliability, duplicate_of, similarity, notes, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (chash, art.id, art.title, art.url, art.domain, art.publisher, outlet_of(analysis),
         art.published.isoformat() if art.published else None, art.language, art.source_path, art.input_format,
         art.text, analysis.source.name, analysis.source.reliability.label,
         near.original if near else None, near.similarity if near else None, json.dumps(analysis.notes),
         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
    rowid = int(cur.lastrowid)
    conn.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)", (rowid, art.title or "", art.text))
    dedup.remember(conn, rowid, sig)

    local: dict[str, int] = {}
    for actor in analysis.actors:
        cid = corpus_actors.resolve(conn, actor, rowid)
        local[actor.id] = cid
        conn.execute("INSERT OR REPLACE INTO article_actors(article, local_id, actor, name, kind, mentions, rule)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", (rowid, actor.id, cid, actor.name, actor.kind, len(actor.mentions), actor.rule))

    for st in analysis.statements:
        content = " … ".join(s.text for s in st.content)
        conn.execute(
            "INSERT INTO statements(article, local_id, speaker, speaker_text, cue, content, start, end, kind, date, rule)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rowid, st.id, local.get(st.speaker) if st.speaker else None,
             st.speaker_text.text if st.speaker_text else None, st.cue.text if st.cue else None, content,
             st.content[0].start if st.content else None, st.content[-1].end if st.content else None,
             st.kind, (st.date or art.published).isoformat() if (st.date or art.published) else None, st.rule))

    named = {a.id: a.name for a in analysis.actors}
    for ev in analysis.events:
        sources = frozenset(local[a] for a in ev.source if a in local)
        targets = frozenset(local[a] for a in ev.target if a in local)
        place = named.get(ev.location, ev.location) if ev.location else None  # an actor id, or a name
        merge(conn, Report(ev, rowid, sources, targets, ev.date or art.published, near.original if near else None, place))

    for stance in analysis.stances:
        holder = local.get(stance.holder)
        tnorm = names.topic(stance.topic)
        evidence = " … ".join(s.text for s in stance.evidence)
        cur = conn.execute("INSERT INTO stances(article, holder, topic, tnorm, polarity, evidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (rowid, holder, stance.topic, tnorm, stance.polarity, evidence, stance.rule))
        if holder is not None and stance.polarity in ("support", "oppose") and near is None:
            _opposite_stance(conn, int(cur.lastrowid), rowid, holder, tnorm, stance.topic, stance.polarity, evidence)

    for sig_ in analysis.signals:
        conn.execute("INSERT INTO signals(article, kind, text, start, end, target, quoted, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (rowid, sig_.kind, sig_.text, sig_.start, sig_.end, local.get(sig_.target) if sig_.target else None,
                      int(sig_.quoted), sig_.rule))
    return rowid


def _opposite_stance(conn, stance_id: int, article: int, holder: int, tnorm: str, topic: str, polarity: str,
                     evidence: str) -> None:
    opposite = "oppose" if polarity == "support" else "support"
    row = conn.execute("SELECT s.article, s.evidence FROM stances s JOIN articles a ON a.id = s.article "
                       "WHERE s.holder = ? AND s.tnorm = ? AND s.polarity = ? AND s.id != ? AND a.duplicate_of IS NULL "
                       "ORDER BY s.id LIMIT 1", (holder, tnorm, opposite, stance_id)).fetchone()
    if row:
        conn.execute("INSERT INTO contradictions(kind, event, actor, topic, a, b, article_a, article_b) "
                     "VALUES ('stance', NULL, ?, ?, ?, ?, ?, ?)",
                     (holder, topic, f"{opposite}: {row['evidence']}", f"{polarity}: {evidence}", row["article"], article))
