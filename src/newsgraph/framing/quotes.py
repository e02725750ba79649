"""Where the words are someone else's: inside quotation marks, or inside a reported statement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Statement
from ..positions import Windowed

# Straight and curly double quotes; single quotes are left out because they double as apostrophes.
# Two single quotes ('') stand for double quotes in some newswire archives.
_QUOTED = re.compile(r"\"[^\"\n]{1,1500}\"|\u201c[^\u201d\n]{1,1500}\u201d|\u00ab[^\u00bb\n]{1,1500}\u00bb"
                     r"|''(?:(?!'')[^\n]){1,1500}''")


@dataclass(slots=True)
class Voices:
    quoted: list[tuple[int, int]]  # spans inside quotation marks
    reported: list[tuple[int, int, str | None, bool]]  # statement content: start, end, speaker, direct
    _index: tuple | None = field(default=None, repr=False, compare=False)  # (Windowed quoted, reported)

    @classmethod
    def of(cls, text: str, statements: list[Statement]) -> Voices:
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        reported = [(c.start, c.end, s.speaker, s.kind in ("direct", "mixed"))
                    for s in statements for c in s.content]
        return cls(quoted, reported)

    def _holders(self) -> tuple:
        if self._index is None:  # built on first use: one lookup per framing signal, linear in all
            self._index = (Windowed(self.quoted), Windowed(self.reported))
        return self._index

    def _candidates(self, start: int, end: int) -> tuple[list[int], list[int]]:
        if end < start:  # no window bounds a holder of a backwards range: every span
            return list(range(len(self.quoted))), list(range(len(self.reported)))
        quoted, reported = self._holders()
        return quoted.near(start, start), reported.near(start, start)

    def is_quoted(self, start: int, end: int) -> bool:
        quoted, reported = self._candidates(start, end)
        return any(a <= start and end <= b for a, b in (self.quoted[i] for i in quoted)) or \
            any(a <= start and end <= b and direct for a, b, _, direct in (self.reported[i] for i in reported))

    def speaker(self, start: int, end: int) -> str | None:
        """Whose words these are when a statement quotes them directly, else None. Words in indirect
        speech are the outlet's paraphrase, so they are not put in the speaker's mouth."""
        for i in self._candidates(start, end)[1]:
            a, b, who, direct = self.reported[i]
            if a <= start and end <= b and who and direct:
                return who
        return None
