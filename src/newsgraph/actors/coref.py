"""References to actors met earlier: role nouns ("the General") and pronouns ("he", "its").

Each resolution becomes a Mention of the actor with its rule (`coref:role`, `coref:pronoun`), so a
later stage finds the speaker of "he said" with `ActorTable.actor_at` alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..grammar.pronouns import GENDER as _PRONOUN_GENDER
from ..grammar.pronouns import PERSON as _PERSON_PRON
from ..grammar.pronouns import PLURAL as _PLURAL_PRON  # for organisations, countries and groups only
from ..grammar.pronouns import THING
from ..model import Actor, Mention, Span
from . import lexicon
from .names import core_words

_NOT_AGENT = {"be", "seem", "appear", "become", "remain", "take", "make", "matter", "happen", "rain"}
_SUBJ = {"nsubj", "nsubjpass"}
_SYNONYMS = {"spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
             "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
             "spokeswoman": ("spokesman", "spokeswoman", "spokesperson")}


_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m",
                     "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "queen": "f",
                     "princess": "f", "lady": "f", "dame": "f"}


def gender(actor: Actor) -> str | None:
    """'m' or 'f' when a given name (data/actors/given_names.tsv) or an honorific says so, else None."""
    for m in actor.mentions:
        first = m.span.text.split()[0].lower() if m.span.text.split() else ""
        if first in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[first]
    words = core_words(actor.name)
    if len(words) >= 2:
        return lexicon.given_names().get(words[0])
    return None


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
    """Mentions so far, in text order, with the sentence each is in. Lookups bisect the starts:
    a scan of every mention for every pronoun made coreference quadratic in the text's length."""

    def __init__(self, doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.items: list[tuple[int, int, Actor, bool]] = []
        self.starts: list[int] = []
        self.longest = 0  # no mention is longer: one overlapping [a, b) starts after a - longest
        self.backwards = False  # a mention that ends before it starts (none do): lookups scan everything
        for a in actors:
            for m in a.mentions:
                if m.rule != "demonym":
                    self.add(m.span.start, m.span.end, a)

    def add(self, start: int, end: int, actor: Actor) -> None:
        i = bisect_right(self.starts, start)  # after equal starts: what a stable sort by start gives
        self.starts.insert(i, start)
        self.items.insert(i, (start, end, actor, _is_subject(self.doc, start, end)))
        self.longest = max(self.longest, end - start)
        self.backwards = self.backwards or end < start

    def covered(self, start: int, end: int) -> bool:
        items = self.items if self.backwards else \
            self.items[bisect_right(self.starts, start - self.longest):bisect_left(self.starts, end)]
        return any(s < end and start < e for s, e, _, _ in items)

    def before_reversed(self, pos: int):
        """before(pos, 0) from the last item back, lazily."""
        items = self.items if self.backwards else self.items[:bisect_right(self.starts, pos)]
        return (x for x in reversed(items) if x[1] <= pos)

    def before(self, pos: int, sent_start: int):
        if self.backwards:
            return [x for x in self.items if x[1] <= pos and x[0] >= sent_start]
        return [x for x in self.items[bisect_left(self.starts, sent_start):bisect_right(self.starts, pos)]
                if x[1] <= pos]


def _sentence_at(starts: list[int], pos: int) -> int:
    """The start of the sentence holding `pos`: the last start at or before it."""
    i = bisect_right(starts, pos)
    if i == 0:
        raise ValueError("no sentence starts at or before the position")
    return starts[i - 1]


def _sentence_starts(doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def _pick(cands, pron_sent_start: int, starts: list[int], object_pron: bool, strict: bool = False):
    """Same-sentence subject, then the nearest earlier sentence's subject, then (unless `strict`)
    the latest mention."""
    if not cands:
        return None
    same = [c for c in cands if c[0] >= pron_sent_start]
    if not object_pron:
        subj = [c for c in same if c[3]]
        if subj:
            return subj[-1][2]
    earlier = [c for c in cands if c[0] < pron_sent_start]
    for s in sorted({_sentence_at(starts, c[0]) for c in earlier}, reverse=True):
        subj = [c for c in earlier if c[3] and _sentence_at(starts, c[0]) == s]
        if subj:
            return subj[-1][2]
    if strict:
        return None
    if object_pron:
        same = [c for c in same if not c[3]] or same
    return (same or cands)[-1][2]


def _nearer_noun_subject(sent, pron, index) -> bool:
    """Is there, earlier in the sentence, a noun subject that names no actor?"""
    for t in sent:
        if t.i >= pron.i:
            return False
        if t.dep_ in _SUBJ and t.pos_ in ("NOUN", "PROPN") and not index.covered(t.idx, t.idx + len(t)):
            return True
    return False


def _agentive_it(t) -> bool:
    """'it' doing something ("it said", "it sent troops"), not the empty 'it' of "it is known that"."""
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or t.head.lemma_ in _NOT_AGENT:
        return False
    return not any(c.dep_ in ("acomp", "attr", "auxpass") for c in t.head.children)


def resolve(doc, text: str, actors: list[Actor]) -> None:
    index = _Index(doc, actors)
    starts = _sentence_starts(doc)
    added: list[tuple[Actor, Mention]] = []
    genders: dict[str, str | None] = {}
    doc_text: list[str] = []
    for sent in doc.sents:
        upto = bisect_right(starts, sent.start_char)  # the starts at or before this sentence's
        window = min(starts[max(0, upto - 3):upto] or [0])
        i = sent.start
        while i < sent.end:
            t = doc[i]
            if t.lower_ == "the":
                found = _role_reference(doc, i, sent.end)
                if found:
                    end_tok, phrase, code = found
                    a_, b_ = t.idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
                    if not index.covered(a_, b_) or code:
                        # the last mention before the phrase of a person holding the role (from the end:
                        # it is usually near, and each actor is tested once)
                        tested: dict[int, bool] = {}
                        last = next((c for c in index.before_reversed(a_) if tested.setdefault(
                            id(c[2]), c[2].kind == "person" and _holds(c[2], phrase)
                            and (code is None or c[2].country in (None, code)))), None)
                        holders = [last] if last is not None else []
                        if not holders and code:
                            # "Boris Johnson arrived ... The British prime minister promised": a national
                            # title with nobody holding it is the last person named, when that person has
                            # no title yet; the title becomes theirs
                            recent = [c for c in index.before(a_, window) if c[2].kind == "person" and not c[2].roles
                                      and c[2].country in (None, code)]
                            if recent:
                                actor = recent[-1][2]
                                actor.roles.append(doc[i + 1:end_tok].text)
                                holders = [recent[-1]]
                        if holders:
                            actor = holders[-1][2]
                            if code and actor.country is None:
                                actor.country = code
                            added.append((actor, Mention(Span.of(text, a_, b_), "coref:role")))
                            index.add(a_, b_, actor)
                    i = end_tok
                    continue
            if t.lower_ == "the" and i + 1 < sent.end:
                actor = _org_reference(doc, i, sent.end, index, window, doc_text)
                if actor is not None:
                    a_, b_ = t.idx, doc[i + 1].idx + len(doc[i + 1])
                    added.append((actor, Mention(Span.of(text, a_, b_), "coref:org_noun")))
                    index.add(a_, b_, actor)
                    i += 2
                    continue
            low = t.lower_
            thing = low in THING and (low != "it" or _agentive_it(t))  # not the empty 'it' of "it is known"
            if low in _PERSON_PRON or low in _PLURAL_PRON or thing:
                kinds = ("person",) if low in _PERSON_PRON else ("organization", "country", "group")
                cands = [c for c in index.before(t.idx, window) if c[2].kind in kinds]
                if low in _PRONOUN_GENDER:  # "he" is not Pamela: drop people the name shows otherwise
                    cands = [c for c in cands if genders.setdefault(c[2].id, gender(c[2])) in (None, _PRONOUN_GENDER[low])]
                if (low in _PLURAL_PRON or thing) and _nearer_noun_subject(sent, t, index):
                    cands = []  # "the government is weak because it ...": 'it' is that noun, not an actor
                obj = t.dep_ in ("dobj", "pobj", "dative") and low in ("him", "her", "them")
                # "they" and "it" may as well mean people or things never named: only a subject will do
                actor = _pick(cands, sent.start_char, starts, obj, strict=low in _PLURAL_PRON or low == "it")
                if actor is not None:
                    added.append((actor, Mention(Span.of(text, t.idx, t.idx + len(t)), "coref:pronoun")))
                    index.add(t.idx, t.idx + len(t), actor)
            i += 1
    for actor, m in added:
        actor.mentions.append(m)
    for a in actors:
        a.mentions.sort(key=lambda m: m.span.start)


_ORG_KINDS = ("organization", "group")
_ARMED = ("army", "military", "forces")  # heads that name an armed organisation


def _org_reference(doc, i: int, limit: int, index: "_Index", window: int, doc_text: list[str]) -> Actor | None:
    """'the movement', 'the army', 'the group' at token i: the one organisation named just before
    whose name ends with that noun or is written next to it ("the Houthi movement ... the movement",
    "the Libyan National Army ... the army"); "the group" and "the organisation" take the only
    organisation named in the window. None when that is not one actor."""
    noun = doc[i + 1]
    if noun.tag_ != "NN" or noun.lower_ not in lexicon.org_nouns() | set(_ARMED):
        return None
    nxt = doc[i + 2] if i + 2 < limit else None
    if nxt is not None and (nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ in ("of", "'s", "\u2019s")):
        return None  # "the group Hamas", "the army chief", "the movement of goods"
    if index.covered(noun.idx, noun.idx + len(noun)):
        return None
    before = [c[2] for c in index.before(doc[i].idx, window) if c[2].kind in _ORG_KINDS]
    if not doc_text:  # Doc.text walks every token: once per article, when first needed
        doc_text.append(doc.text)
    text = doc_text[0]

    def named_so(actor: Actor) -> bool:
        if actor.name.lower().split()[-1] == noun.lower_:
            return True
        return any(re.match(rf"[\s-]+{re.escape(noun.lower_)}\b", text[m.span.end:m.span.end + 30].lower())
                   for m in actor.mentions)

    fits = {a.id: a for a in before if named_so(a)}
    if not fits and noun.lower_ in ("group", "organization", "organisation"):
        fits = {a.id: a for a in before}
    return next(iter(fits.values())) if len(fits) == 1 else None


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
