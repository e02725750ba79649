"""Framing stage: loaded language, name-calling, vague claims, certainty markers, calls to action.

Lexicons are data files (data/lexicons/), each entry with its source. See docs/framing.md.
"""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Article, Signal, Stance, Statement
from . import balance, calls, claims, loaded
from .quotes import Voices

__all__ = ["extract"]

_CLAIM_KINDS = ("unattributed_claim", "vague_attribution")


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement],
            stances: list[Stance]) -> list[Signal]:
    voices = Voices.of(article.text, statements)
    found = loaded.extract(doc, article, actors, voices)
    marked = claims.from_markers(doc, article, voices)
    found += marked
    # A statement-stage claim the markers already cover would count twice.
    for s in claims.from_statements(article, statements):
        if not any(m.kind in _CLAIM_KINDS and m.start < s.end and s.start < m.end for m in marked):
            found.append(s)
    found += calls.in_body(doc, article)
    found += calls.in_boilerplate(article)
    found += balance.extract(doc, article, actors, statements, stances)
    return _dedupe(found)


def _dedupe(signals: list[Signal]) -> list[Signal]:
    seen = set()
    out = []
    for s in sorted(signals, key=lambda s: (s.start is None, s.start or 0, s.end or 0, s.kind)):
        key = (s.kind, s.start, s.end, s.text)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
