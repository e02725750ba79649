"""Attributions the page layout makes, not the grammar.

    WALLACE: Let's start with ...            a speaker line in a transcript or a headline   rule layout:speaker-line
    "...." ― Jane Doe                        a quotation signed with a dash                  rule layout:signature
"""

from __future__ import annotations

import re

from .attribution import QuoteIndex, text_of
from .found import Found

# one to four capitalised words, a colon, then the words (a transcript turn, "Pence: ..." headlines)
_SPEAKER_LINE = re.compile(r"^[^\S\n]*[\"\u201c]?(?P<name>[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,3})[^\S\n]*:[^\S\n]+(?P<rest>\S[^\n]*)",
                           re.M)
_SIGNATURE = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]{1,2}[^\S\n]*(?P<name>[A-Z][^\n,;(\"\u201c\u201d]{1,60})")
_TRAIL = " \t\n,;:.\u2014\u2013-"


def speaker_lines(doc, table, labels: frozenset[str]) -> list[Found]:
    text = text_of(doc)
    out = []
    for m in _SPEAKER_LINE.finditer(text):
        name = m.group("name")
        if name.lower() in labels or any(w.lower() in labels for w in name.split()[:1]):
            continue
        a, b = m.span("name")
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if table.actor_at(a, b) is None and not all(t.pos_ == "PROPN" for t in span):
            continue
        ca, cb = m.span("rest")
        while cb > ca and text[cb - 1] in " \t":
            cb -= 1
        if cb - ca < 3:
            continue
        colon = text.index(":", b)
        out.append(Found([(ca, cb)], "direct", "layout:speaker-line", (colon, colon + 1), head, shape="speaker-line"))
    return out


def signatures(doc, chains: QuoteIndex) -> list[Found]:
    text = text_of(doc)
    out = []
    for k, chain in enumerate(chains.chains):
        if k in chains.used:
            continue
        end = chain[-1].end
        m = _SIGNATURE.match(text, end) if end < len(text) else None
        if m is None or "\n" in text[end:m.start("name")]:
            continue
        a, b = m.span("name")
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not span[0].text[:1].isupper():
            continue
        chains.used.add(k)
        dash = m.start("name") - 1
        while dash > end and text[dash].isspace():
            dash -= 1
        out.append(Found([(q.start, q.end) for q in chain], "direct", "layout:signature", (dash, dash + 1), span.root,
                         shape="signature"))
    return out
