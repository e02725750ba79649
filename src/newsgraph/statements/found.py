"""`Found`: one attribution before it gets an id, a speaker actor and a date."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import StatementKind


@dataclass(slots=True)
class Found:
    content: list[tuple[int, int]]  # character ranges, in text order
    kind: StatementKind
    rule: str  # the base rule (readable); adjustments are added by the stage as a list
    cue: tuple[int, int] | None = None
    subject: object | None = None  # spaCy Token heading the speaker's words, if any
    channel: object | None = None  # spaCy Token of who passed the words on
    # what the content is: quote, clause, object, rest, parenthetical, topic, prep, signature,
    # speaker-line, unattributed. Code branches on this field, never on the text of `rule`.
    shape: str = ""
    words: tuple[int, int] | None = None  # the speaker's words, where the layout, not the parse, says them

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]
