"""The unattributed-claim patterns, speaker nouns and line labels, read from data files users can extend."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..errors import ConfigError
from ..grammar.cues import Cues, cues, data_rows as _rows

# the cue lexicon lives in grammar/
__all__ = ["Cues", "cues", "vague_patterns", "speaker_nouns", "line_labels", "document_nouns"]


@dataclass(frozen=True, slots=True)
class VaguePattern:
    name: str
    kind: Literal["unattributed", "vague"]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def vague_patterns() -> tuple[VaguePattern, ...]:
    out = []
    for name, kind, pattern in _rows("unattributed.tsv", 3):
        if kind not in ("unattributed", "vague"):
            raise ConfigError(f"[S003] newsgraph/data/unattributed.tsv: kind {kind!r} of {name!r} must be "
                              "unattributed or vague")
        try:
            out.append(VaguePattern(name, kind, re.compile(pattern, re.I)))  # type: ignore[arg-type]
        except re.error as e:
            raise ConfigError(f"[S004] newsgraph/data/unattributed.tsv: pattern {name!r} is not a valid "
                              f"regex ({e}); fix it") from None
    return tuple(out)


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    """Noun lemma -> actor kind, for speakers the actor table has no actor for."""
    out = {}
    for noun, kind in _rows("speaker_nouns.tsv", 2):
        if kind not in ("person", "organization", "group", "vague"):
            raise ConfigError(f"[S005] newsgraph/data/speaker_nouns.tsv: kind {kind!r} of {noun!r} must be "
                              "person, organization, group or vague")
        out[noun] = kind
    return out


@lru_cache(maxsize=1)
def line_labels() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("line_labels.tsv", 1))


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns of an issued document ('the statement said'), which speak for their issuer."""
    return frozenset(row[0] for row in _rows("document_nouns.tsv", 1))
