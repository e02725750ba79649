"""Claims nobody is named for: "It is known that ...", "reportedly", "sources say"."""

from __future__ import annotations

from .. import _prefilter
from ..nlp import sentence_bounds
from .attribution import text_of
from .found import Found
from .lexicon import VaguePattern

_TRAIL = " \t\n,;:.\u2014\u2013-"
_OPENING_WORDS = 4  # "In addition, it is known that ...": a that-cue this close to the start opens the claim


def find(doc, patterns: tuple[VaguePattern, ...]) -> list[Found]:
    text = text_of(doc)
    out: list[Found] = []
    hay = _prefilter.haystack(text)  # speed: a pattern that cannot match in the text is not tried per sentence
    patterns = tuple(p for p in patterns if hay.may_match(p.pattern))
    if not patterns:
        return out
    for _, _, a, b in sentence_bounds(doc):  # each sentence's start_char, end_char (speed: no Span made)
        window = text[a:b]
        for p in patterns:
            m = p.pattern.search(window) if hay.within(p.pattern, a, b) else None
            if m is None:
                continue
            ca, cb = a + m.start(), a + m.end()
            while cb > ca and text[cb - 1].isspace():
                cb -= 1
            opens = m.group(0).rstrip().lower().endswith(" that") or not window[:m.start()].strip()
            if opens and len(window[:m.start()].split()) <= _OPENING_WORDS and p.kind == "unattributed":
                start, end = cb, b  # the claim is what follows the cue
            else:
                start, end = a, b
            while start < end and text[start] in _TRAIL:
                start += 1
            while end > start and text[end - 1] in _TRAIL:
                end -= 1
            if end - start < 3:
                continue
            out.append(Found([(start, end)], "unattributed", f"unattributed:{p.name}", (ca, cb), shape="unattributed"))
            break  # one claim per sentence: the first pattern in the file wins
    return out
