"""Calls to action: share, forward, donate, subscribe... in the body and in the removed boilerplate."""

from __future__ import annotations

import re

from .. import _prefilter
from ..model import Article, Signal
from ..nlp import sentence_bounds, text_of
from .lexicon import calls_to_action
from .quotes import Voices

# A short lead-in ("Note to readers:", "Please") may come before the imperative.
_LEAD = re.compile(r"^\s*(?:[A-Z][\w ]{0,30}:\s*)?(?:please,?\s+)?", re.I)
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)


def _is_call(sentence: str, patterns: list[re.Pattern] | None = None) -> bool:
    """`patterns`: the start-of-sentence calls to try (default: all; in_body passes those that may match in its text)."""
    lead = _LEAD.match(sentence)
    rest = sentence[lead.end():] if lead else sentence
    if patterns is None:
        patterns = [c.pattern for c in calls_to_action() if c.where == "start"]
    # "Share this:" is the call itself, not a "Note to readers:" lead-in before one
    return any(p.match(rest) or rest is not sentence and p.match(sentence.lstrip()) for p in patterns)


def _possible(doc, where: str) -> tuple[str, list[re.Pattern]]:
    """The parsed text and the calls (rows with this `where`) that may match in it: a row none of whose
    needed words is in the text is never tried (_prefilter)."""
    text = text_of(doc)  # the string spaCy parsed: a sentence's `text` is text[start_char:end_char]
    hay = _prefilter.haystack(text)
    return text, [c.pattern for c in calls_to_action() if c.where == where and hay.may_match(c.pattern)]


def in_boilerplate(article: Article) -> list[Signal]:
    out = []
    for para in article.boilerplate:
        for m in _SENTENCES.finditer(para):
            sentence = m.group().strip()
            if sentence and _is_call(sentence):
                out.append(Signal(kind="call_to_action", text=sentence, rule="framing:cta:boilerplate"))
    return out


def in_body(doc, article: Article) -> list[Signal]:
    out = []
    text, patterns = _possible(doc, "start")
    if not patterns:
        return out
    for first, last, a, b in sentence_bounds(doc):
        if not _is_call(text[a:b], patterns):
            continue
        sent = doc[first:last]
        verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ == "ROOT"]
        # An imperative has a base-form root verb and no subject; "Readers share..." is not a call.
        if verbs and (verbs[0].tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verbs[0].children)):
            continue
        start, end = sent.start_char, sent.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        out.append(Signal(kind="call_to_action", text=article.text[start:end], start=start, end=end,
                          rule="framing:cta:body"))
    return out


def exhortations(doc, article: Article, voices: Voices) -> list[Signal]:
    """"Those responsible must be held accountable", "the world must act", "we must stand up": a call
    anywhere in a body sentence (calls_to_action.tsv rows with `where` any). The signal is the sentence,
    with `quoted`/`speaker` when the call is in someone's quote."""
    text, patterns = _possible(doc, "any")
    out = []
    if not patterns:
        return out
    hay = _prefilter.haystack(text)
    for _, _, start, end in sentence_bounds(doc):
        m = next((m for p in patterns if hay.within(p, start, end) for m in [p.search(text[start:end])] if m), None)
        if m is None:
            continue
        while end > start and article.text[end - 1].isspace():
            end -= 1
        at, to = start + m.start(), start + m.end()
        out.append(Signal(kind="call_to_action", text=article.text[start:end], start=start, end=end,
                          rule="framing:cta:exhortation", quoted=voices.is_quoted(at, to), speaker=voices.speaker(at, to)))
    return out
