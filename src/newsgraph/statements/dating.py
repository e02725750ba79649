"""When a statement was made: a date in its sentence or the one before, resolved by `timex`."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from .. import timex


def date_near(text: str, published: dt.date | None, sents: list[tuple[int, int]], at: int,
              content: list[tuple[int, int]], seen: dict | None = None) -> dt.date | None:
    """The first date in the statement's sentence outside its content, else a day-exact date in
    the sentence before ("On January 9, X released a statement. ... X said that ...").
    `seen` keeps the dates found per sentence, so a sentence with many statements is read once."""
    seen = {} if seen is None else seen

    def dates(a: int, b: int) -> list:
        if (a, b) not in seen:
            seen[(a, b)] = timex.find(text, published, a, b)
        return seen[(a, b)]

    i = _sentence_index(sents, at)
    if i is None:
        return None
    a, b = sents[i]
    for ref in dates(a, b):
        if ref.date is not None and not any(x <= ref.start < y for x, y in content):
            return ref.date
    if i > 0:
        pa, pb = sents[i - 1]
        for ref in dates(pa, pb):
            if ref.date is not None and ref.precision == "day":
                return ref.date
    return None


def _sentence_index(sents: list[tuple[int, int]], pos: int) -> int | None:
    """The sentence holding `pos`, or None; sentences are in text order (bisect, not a scan)."""
    i = bisect_right(sents, (pos, float("inf"))) - 1
    return i if i >= 0 and sents[i][0] <= pos < sents[i][1] else None
