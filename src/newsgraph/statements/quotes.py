"""Quotations in raw text, tolerant of odd marks.

Double quotation marks only (and two apostrophes standing for one): single quotes are too often apostrophes ("leaders' proposal",
"don't") to pair safely. Straight marks are told apart by context (opening after a space or
bracket); a quotation left open at the end of a paragraph ends there, and when the next
paragraph opens with a quotation mark, the two are one quotation running on (the newspaper
convention of leaving the mark off a paragraph that the quote continues past).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = "\u201c\u201e\u00ab"  # “ „ «
_CLOSE = "\u201d\u00bb"  # ” »
_STRAIGHT = '"\u2033'  # " ″
_MARK = re.compile("[" + re.escape(_OPEN + _CLOSE + _STRAIGHT + "'") + "]")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[\"\u201c\u201e\u00ab])")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted fragment: [start, end) covers the marks; `closed` is False when the paragraph ran out."""

    start: int
    end: int
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _opens(text: str, i: int) -> bool:
    """A straight mark opens when nothing but space or an opening bracket/dash comes before it."""
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{\u2014\u2013-/:"


def _in_paragraph(text: str, a: int, b: int) -> list[Quote]:
    found: list[Quote] = []
    open_at: int | None = None
    i = a
    while i < b:
        m = _MARK.search(text, i, b)  # the next mark: nothing else changes anything below
        if m is None:
            break
        i = m.start()
        ch = text[i]
        width = 1
        if text.startswith("''", i) and i + 1 < b:
            ch, width = '"', 2  # two apostrophes for a double mark (New York Times style)
        if ch in _OPEN or (ch in _STRAIGHT + _CLOSE and open_at is None and _opens(text, i)):
            # a closing curly mark after a space opens a quotation: a typo common enough in feeds
            open_at = i  # a second opening mark restarts: the first one was stray
        elif ch in _CLOSE or ch in _STRAIGHT:
            if open_at is not None and i > open_at + 1:
                found.append(Quote(open_at, i + width, True))
            open_at = None
        i += width
    if open_at is not None:
        end = b
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        if end > open_at + 1:
            found.append(Quote(open_at, end, False))
    return found


def find(text: str) -> list[list[Quote]]:
    """Quotations as chains of fragments: one fragment, or several when a quote runs over paragraphs."""
    chains: list[list[Quote]] = []
    pending = False  # the last chain's quotation was still open when its paragraph ended
    for a, b in _paragraphs(text):
        frags = _in_paragraph(text, a, b)
        for k, q in enumerate(frags):
            starts_paragraph = k == 0 and not text[a:q.start].strip()
            if pending and starts_paragraph and chains:
                chains[-1].append(q)
            elif k > 0 and chains and not text[frags[k - 1].end:q.start].strip(" ,;\u2026."):
                chains[-1].append(q)  # '"A," "B," he said': fragments side by side are one quotation
            else:
                chains.append([q])
            pending = False
        pending = bool(frags) and not frags[-1].closed and frags[-1].end >= b - 1
        if not frags:
            pending = False
    return chains

