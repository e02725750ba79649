"""Cross-article actors: one corpus actor per real actor, with a review list of unsure merges.

Certain: the same normalised name (or a known alias) in the same group (person / org / place).
Unsure, merged and listed for review: a person named by surname only when exactly one stored
person has that surname; an acronym of exactly one stored organisation. Kept apart and listed:
the same name with two different countries, a surname that fits several people.
"""

from __future__ import annotations

import sqlite3

from ..model import Actor
from . import names


def resolve(conn: sqlite3.Connection, actor: Actor, article: int) -> int:
    """The corpus actor id for one article's actor, creating or merging as needed."""
    grp = names.group_of(actor.kind)
    actor.name = " ".join(actor.name.split())
    norm = names.normalise(actor.name) or actor.name.casefold()
    found = _by_alias(conn, grp, norm)
    same_country = [a for a in found if _country_fits(a["country"], actor.country)]
    if same_country:
        chosen = same_country[0]["id"]
        _learn(conn, chosen, grp, actor)
        return chosen
    if found:
        new_id = _create(conn, actor, grp, norm)
        _review(conn, new_id, found[0]["id"], actor.name, "kept apart",
                f"same name as actor {found[0]['id']} but country {actor.country} vs {found[0]['country']}", article)
        return new_id
    guess = _unsure_match(conn, grp, norm, actor)
    if guess is not None:
        cand_id, reason = guess
        if cand_id > 0:
            _learn(conn, cand_id, grp, actor)
            _review(conn, cand_id, None, actor.name, "merged", reason, article)
            return cand_id
        new_id = _create(conn, actor, grp, norm)
        _review(conn, new_id, -cand_id, actor.name, "kept apart", reason, article)
        return new_id
    return _create(conn, actor, grp, norm)


def _by_alias(conn, grp: str, norm: str) -> list[sqlite3.Row]:
    return conn.execute("SELECT a.id, a.country FROM actor_aliases al JOIN actors a ON a.id = al.actor "
                        "WHERE al.grp = ? AND al.norm = ? ORDER BY a.id", (grp, norm)).fetchall()


def _country_fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def _unsure_match(conn, grp: str, norm: str, actor: Actor) -> tuple[int, str] | None:
    """(actor id, reason) to merge into, (-id, reason) to keep apart but list, or None."""
    words = norm.split()
    if grp == "person":
        # "Putin" or "Al-Mismari" after "Vladimir Putin", "Ahmed Al-Mismari": the trailing words of one stored name
        rows = _ending(conn, norm)
        if len(rows) == 1:
            return rows[0][0], f"{actor.name!r} matched the only stored person whose name ends so"
        if len(rows) > 1:
            return -rows[0][0], f"{actor.name!r} fits {len(rows)} stored people; kept apart"
        # "Vladimir Putin" after a person stored only as "Putin"
        for i in range(1, len(words)):
            rows = conn.execute("SELECT DISTINCT a.id FROM actors a WHERE a.grp = 'person' AND a.norm = ?",
                                (" ".join(words[i:]),)).fetchall()
            if len(rows) == 1:
                # "Barack Obama" must not join "Obama" once "Michelle Obama" has
                fuller = conn.execute("SELECT alias FROM actor_aliases WHERE actor = ? AND norm LIKE ? AND norm != ? LIMIT 1",
                                      (rows[0][0], f"% {' '.join(words[i:])}", norm)).fetchone()
                if fuller:
                    return -rows[0][0], f"full name {actor.name!r} differs from {fuller[0]!r}, already merged with the surname; kept apart"
                return rows[0][0], f"full name {actor.name!r} matched a person stored by surname only"
    if grp == "org" and len(words) == 1 and 2 <= len(norm) <= 6 and actor.name.isupper():
        # the range lets the index (grp, norm) narrow to names with that first character
        rows = conn.execute("SELECT id, norm FROM actors WHERE grp = 'org' AND norm >= ? AND norm < ? AND norm LIKE ?",
                            (norm[0], chr(ord(norm[0]) + 1), f"{norm[0]}%")).fetchall()
        hits = [r[0] for r in rows if names.acronym(r[1]) == norm]
        if len(hits) == 1:
            return hits[0], f"acronym {actor.name!r} matched one stored organisation's initials"
    if grp == "org" and len(words) > 1:
        initials = names.acronym(norm)
        if initials:
            rows = conn.execute("SELECT id, name FROM actors WHERE grp = 'org' AND norm = ?", (initials,)).fetchall()
            rows = [r for r in rows if r[1].isupper()]
            if len(rows) == 1:
                return rows[0][0], f"name {actor.name!r} spells out a stored acronym"
    return None


# The last word of a stored normalised name, as SQL: the expression index actor_aliases_last
# (schema 3) is on exactly this, so names ending in a word are found without reading every name.
LAST_WORD = "substr(norm, length(rtrim(norm, replace(norm, ' ', ''))) + 1)"


def _ending(conn, norm: str) -> list[tuple[int]]:
    """The stored people (actor ids, in name order) one of whose names ends with the words `norm`
    ("vladimir putin" for "putin"); the LIKE decides, the index only narrows to the last word."""
    if "_" in norm:  # LIKE reads '_' as any character: the last word cannot narrow the search
        return conn.execute("SELECT DISTINCT actor FROM actor_aliases WHERE grp = 'person' AND norm LIKE ?",
                            (f"% {norm}",)).fetchall()
    found = conn.execute(f"SELECT norm, actor FROM actor_aliases WHERE grp = 'person' AND {LAST_WORD} = ? "
                         f"AND norm LIKE ?", (norm.rsplit(" ", 1)[-1], f"% {norm}")).fetchall()
    seen: set[int] = set()  # sorted here: an ORDER BY in the query makes SQLite read the whole name index
    return [(a,) for _, a in sorted((r[0], r[1]) for r in found) if not (a in seen or seen.add(a))]


def _create(conn, actor: Actor, grp: str, norm: str) -> int:
    cur = conn.execute("INSERT INTO actors(name, kind, country, norm, grp) VALUES (?, ?, ?, ?, ?)",
                       (actor.name, actor.kind, actor.country, norm, grp))
    new_id = int(cur.lastrowid)
    _learn(conn, new_id, grp, actor)
    return new_id


def _learn(conn, actor_id: int, grp: str, actor: Actor) -> None:
    """Record the names this article used for the actor, and a country when one was missing."""
    for alias in [actor.name, *actor.aliases]:
        norm = names.normalise(alias)
        if norm:
            conn.execute("INSERT INTO actor_aliases(actor, grp, norm, alias, uses) VALUES (?, ?, ?, ?, 1) "
                         "ON CONFLICT(grp, norm, actor) DO UPDATE SET uses = uses + 1", (actor_id, grp, norm, alias))
    if actor.country:
        conn.execute("UPDATE actors SET country = ? WHERE id = ? AND country IS NULL", (actor.country, actor_id))
    # the display name is the name most articles use, the fuller on a tie ("Hillary Clinton", not
    # one outlet's "Crooked Hillary Clinton"; "Vladimir Putin" over "Putin" when as common)
    conn.execute("UPDATE actors SET name = (SELECT alias FROM actor_aliases WHERE actor = ? "
                 "ORDER BY uses DESC, length(alias) DESC, alias LIMIT 1) WHERE id = ?", (actor_id, actor_id))


def _review(conn, actor_id: int, candidate: int | None, alias: str, decision: str, reason: str, article: int) -> None:
    conn.execute("INSERT INTO actor_review(actor, candidate, alias, decision, reason, article) VALUES (?, ?, ?, ?, ?, ?)",
                 (actor_id, candidate, alias, decision, reason, article))
