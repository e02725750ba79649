"""References to actors met earlier: role nouns ("the General") and pronouns ("he", "its").

Each resolution becomes a Mention of the actor with its rule (`coref:role`, `coref:pronoun`), so a
later stage finds the speaker of "he said" with `ActorTable.actor_at` alone.
"""

from __future__ import annotations

import re

from ..model import Actor, Mention, Span
from . import lexicon

_PERSON_PRON = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
_THING_PRON = {"its", "itself"}
_SUBJ = {"nsubj", "nsubjpass"}
_SYNONYMS = {"spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
             "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
             "spokeswoman": ("spokesman", "spokeswoman", "spokesperson")}


def _holds(actor: Actor, phrase: str) -> bool:
    words = _SYNONYMS.get(phrase, (phrase,))
    return any(re.search(rf"\b{re.escape(w)}s?\b", r.lower()) for r in actor.roles for w in words)


def _is_subject(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(3):
        if t.dep_ in ("appos", "compound", "flat", "conj") and t.head is not t:
            t = t.head
        else:
            break
    return t.dep_ in _SUBJ


class _Index:
    """Mentions so far, in text order, with the sentence each is in."""

    def __init__(self, doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.items: list[tuple[int, int, Actor, bool]] = []
        for a in actors:
            for m in a.mentions:
                if m.rule != "demonym":
                    self.add(m.span.start, m.span.end, a)

    def add(self, start: int, end: int, actor: Actor) -> None:
        self.items.append((start, end, actor, _is_subject(self.doc, start, end)))
        self.items.sort(key=lambda x: x[0])

    def covered(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _, _ in self.items)

    def before(self, pos: int, sent_start: int):
        return [x for x in self.items if x[1] <= pos and x[0] >= sent_start]


def _sentence_starts(doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def _pick(cands, pron_sent_start: int, starts: list[int], object_pron: bool):
    """Same-sentence subject, then the nearest earlier sentence's subject, then the latest mention."""
    if not cands:
        return None
    same = [c for c in cands if c[0] >= pron_sent_start]
    if not object_pron:
        subj = [c for c in same if c[3]]
        if subj:
            return subj[-1][2]
    earlier = [c for c in cands if c[0] < pron_sent_start]
    for s in sorted({max(x for x in starts if x <= c[0]) for c in earlier}, reverse=True):
        subj = [c for c in earlier if c[3] and max(x for x in starts if x <= c[0]) == s]
        if subj:
            return subj[-1][2]
    if object_pron:
        same = [c for c in same if not c[3]] or same
    return (same or cands)[-1][2]


def resolve(doc, text: str, actors: list[Actor]) -> None:
    index = _Index(doc, actors)
    starts = _sentence_starts(doc)
    added: list[tuple[Actor, Mention]] = []
    people = [a for a in actors if a.kind == "person"]
    for sent in doc.sents:
        window = min([s for s in starts if s <= sent.start_char][-3:] or [0])
        i = sent.start
        while i < sent.end:
            t = doc[i]
            if t.lower_ == "the":
                found = _role_reference(doc, i, sent.end)
                if found:
                    end_tok, phrase, code = found
                    a_, b_ = t.idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
                    if not index.covered(a_, b_) or code:
                        holders = [c for c in index.before(a_, 0) if c[2] in people and _holds(c[2], phrase)
                                   and (code is None or c[2].country in (None, code))]
                        if holders:
                            actor = holders[-1][2]
                            if code and actor.country is None:
                                actor.country = code
                            added.append((actor, Mention(Span.of(text, a_, b_), "coref:role")))
                            index.add(a_, b_, actor)
                    i = end_tok
                    continue
            if t.lower_ in _PERSON_PRON or t.lower_ in _THING_PRON:
                kinds = ("person",) if t.lower_ in _PERSON_PRON else ("organization", "country", "group")
                cands = [c for c in index.before(t.idx, window) if c[2].kind in kinds]
                obj = t.dep_ in ("dobj", "pobj", "dative") and t.lower_ in ("him", "her")
                actor = _pick(cands, sent.start_char, starts, obj)
                if actor is not None:
                    added.append((actor, Mention(Span.of(text, t.idx, t.idx + len(t)), "coref:pronoun")))
                    index.add(t.idx, t.idx + len(t), actor)
            i += 1
    for actor, m in added:
        actor.mentions.append(m)
    for a in actors:
        a.mentions.sort(key=lambda m: m.span.start)


def _role_reference(doc, i: int, limit: int):
    """'the [Russian] General' at token i: (end token, role phrase, country code or None), or None."""
    j = i + 1
    code = None
    if j < limit and lexicon.country_of_demonym(doc[j].text) and doc[j].text[:1].isupper():
        code = lexicon.country_of_demonym(doc[j].text)
        j += 1
    found = lexicon.role_at([doc[k].text for k in range(j, min(limit, j + 3))])
    if not found or lexicon.roles()[found[0]] != "role":
        return None
    phrase, n = found
    end = j + n
    nxt = doc[end] if end < limit else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "for", "in")):
        return None  # a title before a name, or a description ("the leader of X")
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ == "compound":
        return None
    return end, phrase, code
