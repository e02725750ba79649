"""Lookups by character offset that cost a logarithm, not a pass over every record.

The stages ask "which quotation / statement / sentence holds this offset?" once per candidate;
answering by scanning every record made analysis time grow with the square of the text's length
(issue 15, item 9). `Stabbing` answers the question with a binary search over precomputed segments.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Stabbing:
    """The smallest key among the intervals [start, end) that hold an offset.

    Built once from (start, end, key) triples (empty intervals are ignored); `at(pos)` is the
    least key of an interval with start <= pos < end, or None. Same answer as
    `min((k for s, e, k in intervals if s <= pos < e), default=None)`."""

    __slots__ = ("_bounds", "_answers")

    def __init__(self, intervals: Iterable[tuple[int, int, int]]) -> None:
        spans = sorted((s, e, k) for s, e, k in intervals if s < e)
        bounds = sorted({p for s, e, _ in spans for p in (s, e)})
        answers: list[int | None] = []
        active: list[tuple[int, int]] = []  # (key, end), expired ones dropped lazily from the top
        i = 0
        for p in bounds:
            while i < len(spans) and spans[i][0] <= p:
                heapq.heappush(active, (spans[i][2], spans[i][1]))
                i += 1
            while active and active[0][1] <= p:
                heapq.heappop(active)
            answers.append(active[0][0] if active else None)
        self._bounds = bounds
        self._answers = answers

    def at(self, pos: int) -> int | None:
        i = bisect_right(self._bounds, pos) - 1
        return self._answers[i] if i >= 0 else None


_SHORT = 8
_last: tuple = ()  # (statements list, its length, attributed index, any-kind index): one article at a time


def statement_at(statements: list, pos: int):
    """The first statement (in list order) not of kind "unattributed" whose content holds `pos`,
    else the first of any kind that does, else None. The index is built once per statements list
    (the events stage asks once per clause head) and rebuilt when another list, or the same one
    grown or shrunk, is passed; a list is never changed in place between the stages that ask."""
    global _last
    if len(statements) <= _SHORT:  # a scan costs less than an index (and keeps the cached one)
        for attributed in (True, False):
            for s in statements:
                if (not attributed or s.kind != "unattributed") and any(c.start <= pos < c.end for c in s.content):
                    return s
        return None
    last = _last
    if not last or last[0] is not statements or last[1] != len(statements):
        said = Stabbing((c.start, c.end, i) for i, s in enumerate(statements) if s.kind != "unattributed"
                        for c in s.content)
        anyone = Stabbing((c.start, c.end, i) for i, s in enumerate(statements) for c in s.content)
        last = _last = (statements, len(statements), said, anyone)
    i = last[2].at(pos)
    if i is None:
        i = last[3].at(pos)
    return statements[i] if i is not None else None


class Windowed:
    """Spans (start, end, ...) by start, for overlap and containment tests without a pass over
    all of them: a span that overlaps or holds [a, b) starts at most `longest` characters before a."""

    __slots__ = ("_order", "_starts", "longest")

    def __init__(self, spans: list[tuple]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])  # list positions, by start
        self._starts = [spans[i][0] for i in self._order]
        self.longest = max((max(0, sp[1] - sp[0]) for sp in spans), default=0)

    def near(self, a: int, b: int) -> list[int]:
        """Positions in the list (ascending) of the spans starting in [a - longest, b]: every span
        with start < b and end > a, and every one holding [a, b) when a <= b, for the caller to test."""
        lo, hi = bisect_left(self._starts, a - self.longest), bisect_right(self._starts, b)
        return sorted(self._order[lo:hi])
