"""The stance lexicons: initiative nouns and stance verbs (data/lexicons/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import read_table


@dataclass(frozen=True, slots=True)
class StanceVerb:
    lemma: str
    role: str  # proposer | response | hostilities
    polarity: str | None
    negated: str | None
    objects: frozenset[str]
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    return read_table("lexicons", name)


@lru_cache(maxsize=1)
def initiative_nouns() -> dict[str, str]:
    """joined lower-case term -> vehicle | content"""
    return {r["term"]: r["kind"] for r in _rows("initiatives.tsv")}


@lru_cache(maxsize=1)
def stance_verbs() -> dict[str, StanceVerb]:
    out = {}
    for r in _rows("stance_verbs.tsv"):
        none = lambda v: None if v in ("", "-") else v  # noqa: E731
        out[r["lemma"]] = StanceVerb(r["lemma"], r["role"], none(r["polarity"]), none(r["negated"]),
                                     frozenset(o.strip() for o in r["objects"].split(",") if o.strip()), r["source"])
    return out


@lru_cache(maxsize=1)
def stance_words() -> dict[tuple[str, str], str]:
    """(lemma, use) -> polarity, use being judge | toward (data/lexicons/stance_words.tsv)."""
    return {(r["word"], r["use"]): r["polarity"] for r in _rows("stance_words.tsv")}


@lru_cache(maxsize=1)
def policy_fields() -> frozenset[str]:
    """Words that name a field of policy ("foreign", "trade"; data/lexicons/stance_policy_fields.tsv)."""
    return frozenset(r["word"] for r in _rows("stance_policy_fields.tsv"))


PARTICLES = frozenset({"out", "off", "away", "up", "down", "back", "in", "on", "by", "ahead", "through", "forward"})


def mended_lemma(tok, known) -> str:
    """The token's lemma, or the lemma with the silent 'e' the small model cut ("hoped" -> "hop",
    "hoping" -> "hop"), when only the mended one is a word `known(lemma)` knows."""
    lemma = tok.lemma_.lower()
    if known(lemma) or tok.lower_ not in (lemma + "ed", lemma + "ing", lemma + "es"):
        return lemma
    return lemma + "e" if known(lemma + "e") else lemma


def stance_verb(tok) -> StanceVerb | None:
    """The entry for a verb token: a phrasal one first ("pull out", "rule out", "break off"), the
    particle being a child of the verb, else the lemma's."""
    verbs = stance_verbs()
    lemma = mended_lemma(tok, verbs.__contains__)
    for c in tok.children:
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES and (v := verbs.get(f"{lemma} {c.lower_}")):
            return v
        if c.dep_ == "dobj" and c.lower_ == "part" and (v := verbs.get(f"{lemma} part")):
            return v  # "take part": its noun is no object
    return verbs.get(lemma)
