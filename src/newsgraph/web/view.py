"""The article view: every highlighted span of an analysis, overlaps included, as data a template draws.

Spans of four kinds (actor mentions, statement contents, event evidence, framing signals) may nest
or overlap. The text is cut at every span boundary into segments; each segment lists the spans
that cover it. Each span gets a *slot* (its underline's depth), the lowest one not taken by a span
it overlaps, so overlapping spans are drawn as stacked underlines, the way displaCy draws spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Analysis

KINDS = ("actor", "statement", "event", "signal")
KIND_LABELS = {"actor": "Actors", "statement": "Statements", "event": "Events", "signal": "Framing signals"}
MAX_SLOT = 9  # deeper spans share the last underline (the CSS has l0..l9)


@dataclass(slots=True)
class Mark:
    id: str  # anchor in the page, e.g. "m12"
    kind: str
    start: int
    end: int
    label: str
    rule: str
    details: list[tuple[str, str]] = field(default_factory=list)
    href: str | None = None  # e.g. the corpus actor's page
    slot: int = 0

    @property
    def title(self) -> str:
        return f"{self.kind}: {self.label} (rule: {self.rule or '-'})"


@dataclass(slots=True)
class Segment:
    text: str
    marks: list[tuple[Mark, bool]]  # outermost first; True where the mark starts here


@dataclass(slots=True)
class ArticleView:
    analysis: Analysis
    marks: list[Mark]
    segments: list[Segment]
    first: dict[str, str]  # record key ("actor:a1", "statement:s2", "event:e1", "signal:3") -> mark id
    counts: dict[str, int]
    actor_links: dict[str, str] = field(default_factory=dict)  # local actor id -> URL
    event_links: dict[str, str] = field(default_factory=dict)  # local event id -> the corpus event's page
    unplaced: list[Mark] = field(default_factory=list)  # spans outside the body (e.g. headline signals)

    def names(self, ids) -> str:
        by_id = {a.id: a.name for a in self.analysis.actors}
        ids = [ids] if isinstance(ids, str) else (ids or [])
        return ", ".join(by_id.get(i, i) for i in ids)


def build(analysis: Analysis, actor_links: dict[str, str] | None = None,
          event_links: dict[str, str] | None = None) -> ArticleView:
    """The view of one analysis; `actor_links` and `event_links` map local ids to pages (corpus mode)."""
    links = actor_links or {}
    text = analysis.article.text
    names = {a.id: a.name for a in analysis.actors}
    who = lambda ids: ", ".join(names.get(i, i) for i in ([ids] if isinstance(ids, str) else ids or [])) or "-"  # noqa: E731
    marks: list[Mark] = []
    unplaced: list[Mark] = []
    first: dict[str, str] = {}

    def add(key: str, kind: str, start, end, label: str, rule: str, details, href=None) -> None:
        m = Mark(f"m{len(marks) + len(unplaced)}", kind, start if start is not None else -1,
                 end if end is not None else -1, label, rule, details, href)
        if start is None or end is None or not (0 <= start < end <= len(text)):
            unplaced.append(m)
            return
        marks.append(m)
        first.setdefault(key, m.id)

    for a in analysis.actors:
        details = [("actor", a.name), ("kind", a.kind), ("country", a.country or "-"),
                   ("roles", "; ".join(a.roles) or "-"), ("made by", a.rule)]
        for mention in a.mentions:
            add(f"actor:{a.id}", "actor", mention.span.start, mention.span.end, a.name, mention.rule,
                [*details, ("these words", mention.span.text)], links.get(a.id))
    for s in analysis.statements:
        speaker = who(s.speaker) if s.speaker else "(unattributed)"
        details = [("speaker", speaker), ("kind", s.kind), ("cue", s.cue.text if s.cue else "-"),
                   ("date", s.date.isoformat() if s.date else "-")]
        for c in s.content:
            add(f"statement:{s.id}", "statement", c.start, c.end, f"{speaker}: {s.kind} statement", s.rule,
                [*details, ("content", c.text)], links.get(s.speaker) if s.speaker else None)
    for e in analysis.events:
        span = e.evidence
        mood = e.modality + (" (negated)" if e.negated else "")
        add(f"event:{e.id}", "event", span.start, span.end, f"{e.type}: {who(e.source)} -> {who(e.target)}", e.rule,
            [("type", e.type + (f" / {e.mode}" if e.mode else "")), ("source", who(e.source)), ("target", who(e.target)),
             ("modality", mood), ("date", e.date.isoformat() if e.date else "-"), ("place", e.location and who(e.location) or "-"),
             ("trigger", e.trigger.text if e.trigger else "-"), ("evidence", span.text)])
    for i, g in enumerate(analysis.signals):
        whose = "boilerplate" if g.start is None else "quoted" if g.quoted else "outlet's own words"
        add(f"signal:{i}", "signal", g.start, g.end, f"{g.kind}: {g.text}", g.rule,
            [("signal", g.kind), ("words", g.text), ("target", who(g.target) if g.target else "-"), ("whose words", whose)])

    _assign_slots(marks)
    counts = {k: 0 for k in KINDS}
    for m in marks + unplaced:
        counts[m.kind] += 1
    return ArticleView(analysis, marks, _segments(text, marks), first, counts, links, event_links or {}, unplaced)


def _assign_slots(marks: list[Mark]) -> None:
    """Interval colouring: longest spans first at each start, each in the lowest free slot."""
    active: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start), m.id)):
        active = [a for a in active if a.end > m.start]
        taken = {a.slot for a in active}
        slot = 0
        while slot in taken:
            slot += 1
        m.slot = min(slot, MAX_SLOT)
        active.append(m)


def _segments(text: str, marks: list[Mark]) -> list[Segment]:
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=lambda m: (m.slot, m.start))
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        cover = [m for m in by_start if m.start <= a and b <= m.end]
        out.append(Segment(text[a:b], [(m, m.start == a) for m in cover]))
    return out
