"""Framing stage: loaded language, name-calling, vague claims, certainty markers, calls to action.

Lexicons are data files (data/lexicons/), each entry with its source. See docs/framing.md.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors import ActorTable
from ..model import Article, Signal, Stance, Statement
from ..positions import Windowed
from . import balance, calls, claims, evaluative, loaded, voice
from .quotes import Voices

__all__ = ["extract"]

_CLAIM_KINDS = ("unattributed_claim", "vague_attribution")


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement],
            stances: list[Stance]) -> list[Signal]:
    voices = Voices.of(article.text, statements)
    found = loaded.extract(doc, article, actors, voices)
    marked = claims.from_markers(doc, article, voices)
    # A statement-stage claim the markers already cover would count twice. Where the statement
    # reaches past the marker ("The convoy was hit, a military source said": the marker runs from
    # "a military source" on, the statement holds the claim before it), the marker's signal widens
    # to both, so the one signal shows the claim and its vague source.
    claims_at = [i for i, m in enumerate(marked) if m.kind in _CLAIM_KINDS]
    near = Windowed([(marked[i].start, marked[i].end) for i in claims_at])
    for s in claims.from_statements(article, statements):
        over = [claims_at[j] for j in near.near(s.start, s.end)
                if marked[claims_at[j]].start < s.end and s.start < marked[claims_at[j]].end]
        if not over:
            found.append(s)
            continue
        for i in over:
            m = marked[i]
            if m.start is not None and (s.start < m.start or s.end > m.end):
                start, end = min(s.start, m.start), max(s.end, m.end)
                marked[i] = replace(m, start=start, end=end, text=article.text[start:end])
    found += marked
    found += calls.in_body(doc, article)
    found += calls.exhortations(doc, article, voices)
    found += calls.in_boilerplate(article)
    found += voice.scare_quotes(doc, article, voices)
    found += voice.rhetorical_questions(doc, article, voices)
    found += evaluative.extract(doc, article, actors, voices)
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
