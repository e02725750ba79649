"""The framing lexicons (data/lexicons/*.tsv), read once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_table
from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class LoadedWord:
    lemma: str
    kind: str  # name_calling | loaded_language
    pos: str  # NOUN, ADJ, VERB, PROPN or *
    unless: frozenset[str]
    source: str
    unless_text: re.Pattern | None = None  # neutral in a text this matches (the word's literal subject named)


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # unattributed_claim | vague_attribution | certainty_marker
    scope: str  # sentence | phrase
    pattern: re.Pattern
    source: str


@dataclass(frozen=True, slots=True)
class CallPattern:
    pattern: re.Pattern
    source: str
    where: str = "start"  # start: an imperative opening a sentence; any: an exhortation anywhere in one


def _rows(name: str) -> list[dict[str, str]]:
    return read_table("lexicons", name)


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.I)
    except re.error as e:
        raise ConfigError(f"[L001] {where}: bad pattern {pattern!r} ({e}); fix the row") from None


@lru_cache(maxsize=1)
def loaded_words() -> dict[str, LoadedWord]:
    out = {}
    for row in _rows("loaded.tsv"):
        unless = frozenset(w.strip().lower() for w in row["unless"].split(",") if w.strip())
        lemma = row["lemma"].lower()
        about = row.get("unless_text") or ""
        out[lemma] = LoadedWord(lemma, row["kind"], row["pos"] or "*", unless, row["source"],
                                _compile(about, "loaded.tsv") if about else None)
    return out


@lru_cache(maxsize=1)
def markers() -> tuple[Marker, ...]:
    return tuple(Marker(r["kind"], r["scope"], _compile(r["pattern"], "markers.tsv"), r["source"])
                 for r in _rows("markers.tsv"))


@lru_cache(maxsize=1)
def calls_to_action() -> tuple[CallPattern, ...]:
    return tuple(CallPattern(_compile(r["pattern"], "calls_to_action.tsv"), r["source"], r.get("where") or "start")
                 for r in _rows("calls_to_action.tsv"))
