"""The corpus database's schema, as an ordered list of migrations.

`PRAGMA user_version` holds the number of migrations applied; `schema_migrations` records when
each ran. A migration is appended, never edited: a database made by an older newsgraph is brought
up to date on open, and one made by a newer newsgraph is refused (its tables may mean other
things). The tables are documented in docs/corpus.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


_V1 = """
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

-- One row per distinct article text. Near-copies are stored and point at their original.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,     -- sha256 of the whitespace-normalised body
    article_id    TEXT,                     -- Article.id from the reader
    title         TEXT,
    url           TEXT,
    domain        TEXT,
    publisher     TEXT,
    outlet        TEXT,                     -- who published it, normalised; NULL when unknown
    published     TEXT,                     -- ISO date
    language      TEXT,
    source_path   TEXT,                     -- where it was read from
    input_format  TEXT,
    text          TEXT NOT NULL,
    source_name   TEXT,
    reliability   TEXT,
    duplicate_of  INTEGER REFERENCES articles(id),  -- the original of a near-copy
    similarity    REAL,                     -- estimated Jaccard with that original
    notes         TEXT,                     -- JSON list of the analysis' notes
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');

-- MinHash signatures and their LSH band keys: a later run finds near-copies of earlier articles
-- with an indexed lookup, without holding every signature in memory.
CREATE TABLE minhashes (
    article   INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL                 -- num_perm little-endian uint64 hash values
);
CREATE TABLE lsh_bands (
    band    INTEGER NOT NULL,
    key     BLOB NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX lsh_bands_key ON lsh_bands(band, key);

-- Corpus actors: one per real-world actor across articles.
CREATE TABLE actors (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    norm     TEXT NOT NULL,                 -- normalised name (see corpus/names.py)
    grp      TEXT NOT NULL                  -- person | org | place: kinds NER confuses are one group
);
CREATE INDEX actors_norm ON actors(grp, norm);
CREATE TABLE actor_aliases (
    actor INTEGER NOT NULL REFERENCES actors(id),
    grp   TEXT NOT NULL,
    norm  TEXT NOT NULL,
    alias TEXT NOT NULL,                    -- the first spelling seen
    uses  INTEGER NOT NULL DEFAULT 1,       -- article mentions by this name; the most used is actors.name
    PRIMARY KEY (grp, norm, actor)
);
-- Merges newsgraph was not sure of: a person named by surname only, an acronym, a name shared
-- by two countries. A user reviews them and fixes the dictionary (--actors).
CREATE TABLE actor_review (
    id        INTEGER PRIMARY KEY,
    actor     INTEGER NOT NULL REFERENCES actors(id),
    candidate INTEGER REFERENCES actors(id),
    alias     TEXT NOT NULL,
    decision  TEXT NOT NULL,                -- merged | kept apart
    reason    TEXT NOT NULL,
    article   INTEGER REFERENCES articles(id)
);
-- The actors of each article, as the analysis found them, tied to corpus actors.
CREATE TABLE article_actors (
    article  INTEGER NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    actor    INTEGER NOT NULL REFERENCES actors(id),
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    rule     TEXT,
    PRIMARY KEY (article, local_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor);

CREATE TABLE statements (
    id          INTEGER PRIMARY KEY,
    article     INTEGER NOT NULL REFERENCES articles(id),
    local_id    TEXT NOT NULL,
    speaker     INTEGER REFERENCES actors(id),
    speaker_text TEXT,
    cue         TEXT,
    content     TEXT NOT NULL,
    start       INTEGER,
    end         INTEGER,
    kind        TEXT,
    date        TEXT,
    rule        TEXT
);
CREATE INDEX statements_speaker ON statements(speaker);
CREATE INDEX statements_article ON statements(article);

-- Corpus events: one per happening; each report is one article's coding of it.
CREATE TABLE events (
    id     INTEGER PRIMARY KEY,
    type   TEXT NOT NULL,
    date   TEXT,                            -- earliest reported date
    place  TEXT,
    pnorm  TEXT                             -- normalised place
);
CREATE INDEX events_type_date ON events(type, date);
CREATE TABLE event_actors (
    event INTEGER NOT NULL REFERENCES events(id),
    actor INTEGER NOT NULL REFERENCES actors(id),
    role  TEXT NOT NULL,                    -- source | target
    PRIMARY KEY (event, actor, role)
);
CREATE INDEX event_actors_actor ON event_actors(actor, role);
CREATE TABLE event_reports (
    id          INTEGER PRIMARY KEY,
    event       INTEGER NOT NULL REFERENCES events(id),
    article     INTEGER NOT NULL REFERENCES articles(id),
    local_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    mode        TEXT,
    context     TEXT,                       -- JSON list
    date        TEXT,
    date_precision TEXT,
    location    TEXT,
    negated     INTEGER NOT NULL,
    modality    TEXT,
    evidence    TEXT NOT NULL,
    ev_start    INTEGER,
    ev_end      INTEGER,
    trigger     TEXT,
    figures     TEXT,                       -- JSON list of the numbers in the evidence
    rule        TEXT
);
CREATE INDEX event_reports_event ON event_reports(event);
CREATE INDEX event_reports_article ON event_reports(article);

CREATE TABLE stances (
    id        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES articles(id),
    holder    INTEGER REFERENCES actors(id),
    topic     TEXT NOT NULL,
    tnorm     TEXT NOT NULL,
    polarity  TEXT NOT NULL,
    evidence  TEXT,
    rule      TEXT
);
CREATE INDEX stances_topic ON stances(tnorm);
CREATE INDEX stances_holder ON stances(holder, tnorm);

CREATE TABLE signals (
    article INTEGER NOT NULL REFERENCES articles(id),
    kind    TEXT NOT NULL,
    text    TEXT NOT NULL,
    start   INTEGER,
    end     INTEGER,
    target  INTEGER REFERENCES actors(id),
    quoted  INTEGER NOT NULL,
    rule    TEXT
);
CREATE INDEX signals_article ON signals(article);

-- What disagrees: reports of one event with different figures or negation, an actor that
-- both agreed to and rejected the same thing, opposite stances of one holder on one topic.
CREATE TABLE contradictions (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,                  -- figures | negation | agree-reject | stance
    event   INTEGER REFERENCES events(id),
    actor   INTEGER REFERENCES actors(id),
    topic   TEXT,
    a       TEXT NOT NULL,                  -- what one report says
    b       TEXT NOT NULL,                  -- what the other says
    article_a INTEGER REFERENCES articles(id),
    article_b INTEGER REFERENCES articles(id)
);
CREATE INDEX contradictions_event ON contradictions(event);

-- Inputs that failed, with the reason; removed when a later run stores them.
CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);

-- Corroboration: distinct outlets among a corpus event's original (not near-copy) reports; an
-- article whose outlet is unknown counts as its own outlet.
CREATE VIEW event_corroboration AS
SELECT r.event AS event,
       COUNT(DISTINCT COALESCE(a.outlet, 'article:' || a.id)) AS corroboration,
       COUNT(*) AS reports
FROM event_reports r JOIN articles a ON a.id = r.article
WHERE a.duplicate_of IS NULL
GROUP BY r.event;
"""

# newsgraph collect (URLs, feeds, sitemaps): one row per URL asked for, see collect/log.py.
_V2_FETCH_LOG = """
CREATE TABLE fetch_log (
    url           TEXT PRIMARY KEY,         -- as found in a feed or sitemap, or given (normalised)
    kind          TEXT NOT NULL,            -- page | feed | sitemap
    via           TEXT,                     -- the feed or sitemap that listed it
    canonical     TEXT,                     -- after redirects, or the page's own canonical URL
    status        INTEGER,                  -- last HTTP status
    content_hash  TEXT,                     -- page: articles.content_hash of its text; feed: sha256 of the body
    outcome       TEXT NOT NULL,            -- stored | duplicate | unchanged | failed | disallowed | not-article | listed
    reason        TEXT,
    etag          TEXT,
    last_modified TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,  -- failures in a row
    first_seen    TEXT NOT NULL,
    fetched_at    TEXT,
    next_try      TEXT                      -- after a failure: not before this time (back-off)
);
CREATE INDEX fetch_log_canonical ON fetch_log(canonical);
CREATE INDEX fetch_log_hash ON fetch_log(content_hash);
"""

# What the ingest looks up for every article, indexed so that storing an article costs the same
# in a corpus of a million as in one of a thousand (docs/scale.md, benchmarks/ingest_store.py).
_V3_INGEST_INDEXES = """
-- an actor's aliases (its display name is chosen among them after every article that names it)
CREATE INDEX actor_aliases_actor ON actor_aliases(actor);
-- names by their last word: "Putin" finds the stored "vladimir putin" (corpus/actors.py LAST_WORD)
CREATE INDEX actor_aliases_last ON actor_aliases(grp, substr(norm, length(rtrim(norm, replace(norm, ' ', ''))) + 1), norm, actor);
-- a holder's stances on a topic by polarity: the opposite one is found without reading the same ones
DROP INDEX stances_holder;
CREATE INDEX stances_holder ON stances(holder, tnorm, polarity);

-- Each corpus event's source actors with the event's type and date: merging a report looks up
-- the events of its source actors, of its type, within days of its date. Kept by the triggers
-- below from event_actors and events; never written directly.
CREATE TABLE event_sources (
    event INTEGER NOT NULL REFERENCES events(id),
    actor INTEGER NOT NULL REFERENCES actors(id),
    type  TEXT NOT NULL,
    date  TEXT,
    PRIMARY KEY (event, actor)
) WITHOUT ROWID;
CREATE INDEX event_sources_key ON event_sources(actor, type, date);
INSERT INTO event_sources(event, actor, type, date)
    SELECT e.id, ea.actor, e.type, e.date FROM event_actors ea JOIN events e ON e.id = ea.event
    WHERE ea.role = 'source';
CREATE TRIGGER event_sources_insert AFTER INSERT ON event_actors WHEN NEW.role = 'source'
BEGIN
    INSERT OR IGNORE INTO event_sources(event, actor, type, date)
        SELECT id, NEW.actor, type, date FROM events WHERE id = NEW.event;
END;
CREATE TRIGGER event_sources_delete AFTER DELETE ON event_actors WHEN OLD.role = 'source'
BEGIN
    DELETE FROM event_sources WHERE event = OLD.event AND actor = OLD.actor;
END;
CREATE TRIGGER event_sources_update AFTER UPDATE ON event_actors
BEGIN
    DELETE FROM event_sources WHERE OLD.role = 'source' AND event = OLD.event AND actor = OLD.actor;
    INSERT OR IGNORE INTO event_sources(event, actor, type, date)
        SELECT id, NEW.actor, type, date FROM events WHERE id = NEW.event AND NEW.role = 'source';
END;
CREATE TRIGGER event_sources_event AFTER UPDATE OF type, date ON events
BEGIN
    UPDATE event_sources SET type = NEW.type, date = NEW.date WHERE event = NEW.id;
END;
CREATE TRIGGER event_sources_event_delete AFTER DELETE ON events
BEGIN
    DELETE FROM event_sources WHERE event = OLD.id;
END;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, actors, statements, events, stances, signals, dedup, failures", _V1),
    Migration(2, "fetch_log: URLs, feeds and sitemaps fetched by newsgraph collect", _V2_FETCH_LOG),
    Migration(3, "indexes for the ingest's lookups; event_sources (source actors' events by type and date)",
              _V3_INGEST_INDEXES),
)

LATEST = MIGRATIONS[-1].version
