"""Typed records of an analysis: the article, and everything extracted from it.

Every extracted item carries `Span`s: character offsets into `Article.text` and the text they
cover, so a user can always see the words behind a fact. `to_json()` gives the
`newsgraph/analysis/v1` shape described in docs/analysis-format.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "newsgraph/analysis/v1"

ActorKind = Literal["person", "organization", "country", "location", "facility", "group"]
StatementKind = Literal["direct", "indirect", "mixed", "unattributed"]
Modality = Literal["asserted", "reported", "intended", "hypothetical"]
Polarity = Literal["support", "oppose", "mixed", "unclear"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Article.text`: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Article:
    """One article, cleaned: `text` is the body, everything removed is in `boilerplate`."""

    text: str
    id: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    domain: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    source_path: str | None = None  # where it was read from ("-" for stdin)
    input_format: str | None = None  # markdown, text, html, json, warc
    notes: list[str] = field(default_factory=list)  # what the reader was unsure of (e.g. the encoding); joins Analysis.notes

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "publisher": self.publisher,
            "url": self.url,
            "domain": self.domain,
            "language": self.language,
            "tags": list(self.tags),
            "text": self.text,
            "boilerplate": list(self.boilerplate),
            "source_path": self.source_path,
            "input_format": self.input_format,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an actor is named or referred to, and the rule that tied it to the actor."""

    span: Span
    rule: str = "ner"

    def to_json(self) -> dict[str, Any]:
        return {**self.span.to_json(), "rule": self.rule}


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rule: str = "ner"  # what made this actor (the NER label, a user dictionary, a rule)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "roles": list(self.roles),
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
            "rule": self.rule,
        }


def readable_rule(base: str, adjustments: list[str]) -> str:
    """The `rule` string of a coding: its base rule, then each adjustment after a '+'."""
    return base + "".join(f"+{a}" for a in adjustments)


@dataclass(slots=True)
class Statement:
    id: str
    speaker: str | None
    content: list[Span]
    kind: StatementKind
    speaker_text: Span | None = None
    cue: Span | None = None
    date: dt.date | None = None
    rule: str = ""  # readable provenance: the base rule and its adjustments ("verb:clause+speaker:previous")
    channel: str | None = None  # actor id of who passed it on ("State television quoted ...")
    base_rule: str = ""  # the rule that found it ("verb:clause")
    adjustments: list[str] = field(default_factory=list)  # what changed it after, in order ("speaker:previous")

    def to_json(self) -> dict[str, Any]:
        content: Any = self.content[0].to_json() if len(self.content) == 1 else [s.to_json() for s in self.content]
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text.to_json() if self.speaker_text else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": content,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "rule": self.rule,
            "base_rule": self.base_rule or self.rule,
            "adjustments": list(self.adjustments),
            "channel": self.channel,
        }


@dataclass(slots=True)
class Event:
    id: str
    type: str
    evidence: Span
    rule: str
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    location: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    trigger: Span | None = None
    statement: str | None = None  # id of the statement this event is reported in
    source_text: list[Span] = field(default_factory=list)  # the words naming the source, resolved or not
    target_text: list[Span] = field(default_factory=list)
    coordinates: tuple[float, float] | None = None  # (lat, lon) of `location` when the gazetteer is sure
    base_rule: str = ""  # the pattern (and wrappers) that coded it ("intent:offer>verb:help:*")
    adjustments: list[str] = field(default_factory=list)  # what changed it after ("intent(AID)→AGREE", "source=speaker")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "source": list(self.source),
            "target": list(self.target),
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": self.location,
            "negated": self.negated,
            "modality": self.modality,
            "evidence": self.evidence.to_json(),
            "trigger": self.trigger.to_json() if self.trigger else None,
            "statement": self.statement,
            "source_text": [s.to_json() for s in self.source_text],
            "target_text": [s.to_json() for s in self.target_text],
            "coordinates": list(self.coordinates) if self.coordinates else None,
            "rule": self.rule,
            "base_rule": self.base_rule or self.rule,
            "adjustments": list(self.adjustments),
        }


@dataclass(slots=True)
class Stance:
    holder: str
    topic: str
    polarity: Polarity
    evidence: list[Span] = field(default_factory=list)
    rule: str = ""
    topic_mentions: list[Span] = field(default_factory=list)  # every mention joined into the topic

    def to_json(self) -> dict[str, Any]:
        return {
            "holder": self.holder,
            "topic": self.topic,
            "polarity": self.polarity,
            "evidence": [s.to_json() for s in self.evidence],
            "rule": self.rule,
            "topic_mentions": [s.to_json() for s in self.topic_mentions],
        }


@dataclass(slots=True)
class Signal:
    """A framing signal. `start`/`end` are None when the words are outside the body."""

    kind: str
    text: str
    rule: str
    start: int | None = None
    end: int | None = None
    target: str | None = None
    quoted: bool = False  # inside someone's quote, not the outlet's own words
    speaker: str | None = None  # actor id when the words are in a direct quote of that actor

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "target": self.target,
            "quoted": self.quoted,
            "speaker": self.speaker,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Reliability:
    label: Literal["high", "mixed", "low", "very low", "unknown"] = "unknown"
    basis: str | None = None  # who rated it (the source), when (the year), and which figure
    factual: str | None = None  # the rater's own factual-reporting label
    bias: str | None = None
    score: float | None = None  # the rating's number, 0 (lowest) to 1 (highest), e.g. Lin et al.'s aggregate quality

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "basis": self.basis, "factual": self.factual, "bias": self.bias,
                "score": self.score}


@dataclass(slots=True)
class Source:
    name: str | None = None
    domain: str | None = None
    reliability: Reliability = field(default_factory=Reliability)
    rule: str | None = None  # how the outlet was identified (url, metadata, footer)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "domain": self.domain,
                "reliability": self.reliability.to_json(), "rule": self.rule}


@dataclass(slots=True)
class Analysis:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    notes: list[str] = field(default_factory=list)  # limits of this analysis, e.g. language

    def __post_init__(self) -> None:
        # What the reader was unsure of (an encoding guess) is a limit of the analysis too.
        self.notes = [*self.article.notes, *(n for n in self.notes if n not in self.article.notes)]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "statements": [s.to_json() for s in self.statements],
            "events": [e.to_json() for e in self.events],
            "stances": [s.to_json() for s in self.stances],
            "signals": [s.to_json() for s in self.signals],
            "source": self.source.to_json(),
            "notes": list(self.notes),
        }

    # Flat tables of this analysis, one row per item, with actor ids and names (newsgraph._frames).
    def actors_frame(self):
        from ._frames import frame
        return frame(self, "actors")

    def events_frame(self):
        from ._frames import frame
        return frame(self, "events")

    def statements_frame(self):
        from ._frames import frame
        return frame(self, "statements")

    def stances_frame(self):
        from ._frames import frame
        return frame(self, "stances")

    def signals_frame(self):
        from ._frames import frame
        return frame(self, "signals")
