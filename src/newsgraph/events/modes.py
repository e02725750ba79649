"""PLOVER `mode` and `context` of an event (issue 11, error kind 12), from the manual's tables.

Mode ("how") comes from data/plover/modes.tsv, which lists every mode of the manual's mode tables
per category with the words that show it. For one event, in this order:

  1. a cue on the trigger word itself ("shelled": heavy-weapons; "air strike": aerial);
  2. the mode the pattern names (verbs.tsv/nouns.tsv), when valid for the category and not the
     category's residual mode (older names are mapped: "host" → visit, "detain" → arrest);
  3. a cue among the other words of the event's clause ("killed ... in a drone strike": drone);
  4. the pattern's residual mode, else the category's residual mode (`*` rows: ACCUSE
     disapprove, PROTEST demo, SANCTION discontinue, MOBILIZE troops), else none.

Context ("why") comes from data/plover/contexts.tsv: every context of the manual's table 2.1 whose
keywords occur in the sentence that reports the event, plus the context a mode implies (COERCE
`cyber` and `misinformation` add the context of the same name, manual table 3.10) and a pattern
"mode" that is a context name (AID `humanitarian`: AID has no modes in the manual).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..model import PLOVER_TYPES
from ..nlp import columns
from .lexicon import _rows  # the one reader of the PLOVER tables (tab-separated, checked widths)

__all__ = ["Tables", "load", "mode_of", "contexts_of"]

DATA = Path(__file__).resolve().parent.parent / "data" / "plover"
# a mode that also names a context adds it (manual table 3.10: "will also automatically add")
MODE_CONTEXTS = frozenset({"cyber", "misinformation"})
# `crime` is for crimes without a narrower context (manual table 2.1)
NARROWER_CRIME = frozenset({"corruption", "illegal_drugs", "trafficking"})

Cue = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModeRow:
    category: str
    mode: str
    names: frozenset[str]  # pattern-file names that mean this mode
    cues: tuple[Cue, ...]
    residual: bool = False


@dataclass(slots=True)
class Tables:
    modes: dict[str, list[ModeRow]] = field(default_factory=dict)
    contexts: list[tuple[str, tuple[Cue, ...]]] = field(default_factory=list)

    def valid(self, category: str) -> set[str]:
        return {r.mode for r in self.modes.get(category, [])}

    def residual(self, category: str) -> str | None:
        return next((r.mode for r in self.modes.get(category, []) if r.residual), None)

    def context_names(self) -> set[str]:
        return {name for name, _ in self.contexts}


def _cues(text: str) -> tuple[Cue, ...]:
    if text in ("-", "*", ""):
        return ()
    return tuple(tuple(c.strip().lower().split()) for c in text.split("|") if c.strip())


@lru_cache(maxsize=4)
def load(directory: Path | None = None) -> Tables:
    d = directory or DATA
    t = Tables()
    for n, (category, mode, names, cues) in _rows(d / "modes.tsv", 4):
        if category not in PLOVER_TYPES:
            raise ConfigError(f"[E004] {d / 'modes.tsv'}:{n}: {category!r} is not a PLOVER category")
        t.modes.setdefault(category, []).append(ModeRow(
            category, mode, frozenset() if names == "-" else frozenset(x.strip() for x in names.split("|")),
            _cues(cues), cues == "*"))
    for _, (name, cues) in _rows(d / "contexts.tsv", 2):
        t.contexts.append((name, _cues(cues)))
    return t


class _Words:
    """The words of a stretch of text, indexed for cue look-ups: (lemma, lower-case word) per token,
    the set of words that may match a one-word cue (a person's name is no cue: "Bill", "Marine Le
    Pen") and where each word stands, so a cue costs a set look-up, not a walk of the tokens."""

    __slots__ = ("seq", "one", "at", "shown")

    def __init__(self, tokens) -> None:
        self.shown: tuple | None = None  # (contexts table, the names it shows here): see contexts_of
        self.seq: list[tuple[str, str]] = []
        self.one: set[str] = set()
        self.at: dict[str, list[int]] = {}
        for i, t in enumerate(tokens):
            lem, low = t.lemma_.lower(), t.lower_
            self.seq.append((lem, low))
            if t.ent_type_ != "PERSON":
                self.one.add(lem)
                self.one.add(low)
            self.at.setdefault(lem, []).append(i)
            if low != lem:
                self.at.setdefault(low, []).append(i)


def _words(tokens) -> _Words:
    if type(tokens).__name__ == "Span" and hasattr(tokens, "doc"):  # a sentence (spaCy not imported here)
        return _sentence_words(tokens)
    return _Words(tokens)


# the last Doc's sentences' _Words by (start, end): each event of a sentence reads its contexts again.
# One tuple, replaced whole when another Doc comes (a thread on another Doc never writes into this one's)
_LAST: tuple = (None, {})


def _sentence_words(span) -> _Words:
    """_Words(span), read from the Doc's columns (no Token per word), made once per sentence."""
    global _LAST
    doc = span.doc
    last = _LAST
    if last[0] is not doc:
        last = _LAST = (doc, {})
    key = (span.start, span.end, len(doc))
    got = last[1].get(key)
    if got is None:
        lemmas, lowers, ents = columns(doc, ("lemma_", "lower_", "ent_type_"))
        got = _Words(())
        seq, one, at = got.seq, got.one, got.at
        for k, i in enumerate(range(span.start, span.end)):
            lem, low = lemmas[i].lower(), lowers[i]
            seq.append((lem, low))
            if ents[i] != "PERSON":
                one.add(lem)
                one.add(low)
            at.setdefault(lem, []).append(k)
            if low != lem:
                at.setdefault(low, []).append(k)
        last[1][key] = got
    return got


def _has(cue: Cue, words: _Words) -> bool:
    n = len(cue)
    if n == 1:
        return cue[0] in words.one
    seq = words.seq
    last = len(seq) - n
    for i in words.at.get(cue[0], ()):
        if i <= last and all(cue[j] in seq[i + j] for j in range(1, n)):
            return True
    return False


# cue tuple id -> (the tuple, its one-word cues, the others): one set test for all one-word cues (speed only)
_SPLIT: dict[int, tuple] = {}


def _any_cue(cues: tuple[Cue, ...], words: _Words) -> bool:
    """any(_has(c, words) for c in cues)."""
    got = _SPLIT.get(id(cues))
    if got is None or got[0] is not cues:
        if len(_SPLIT) >= 4096:
            _SPLIT.clear()
        got = _SPLIT[id(cues)] = (cues, frozenset(c[0] for c in cues if len(c) == 1), tuple(c for c in cues if len(c) != 1))
    return not got[1].isdisjoint(words.one) or any(_has(c, words) for c in got[2])


def _cued(rows: list[ModeRow], words) -> str | None:
    for r in rows:
        if _any_cue(r.cues, words):
            return r.mode
    return None


# a killing aimed at a named office holder is a targeted killing (manual table 3.11: "assassinate",
# "targeted killing"): the victim's head noun is a leader's title
_KILL = frozenset({"kill", "murder", "shoot", "assassinate", "gun"})
_LEADERS = frozenset({"leader", "chief", "commander", "minister", "governor", "mayor", "general", "head",
                      "official", "president", "judge", "prosecutor", "emir", "deputy", "lawmaker", "senator",
                      "mp", "politician", "cleric", "imam"})


def _leader_killed(trigger) -> bool:
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _KILL:
        return False
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    victims += [v for c in victims for v in c.conjuncts]
    return any(v.lemma_.lower() in _LEADERS for v in victims)


def mode_of(category: str, pattern_mode: str | None, trigger, clause, tables: Tables | None = None) -> tuple[str | None, list[str]]:
    """(mode, contexts the pattern's mode names) for an event of `category` whose pattern named
    `pattern_mode` (None when the category was changed after the pattern: "threatened to attack").
    `clause`: the tokens of the event's clause."""
    t = tables or load()
    rows = t.modes.get(category, [])
    extra: list[str] = []
    named = None
    if pattern_mode:
        if pattern_mode in t.valid(category):
            named = pattern_mode
        else:
            named = next((r.mode for r in rows if pattern_mode in r.names), None)
            if named is None and pattern_mode in t.context_names():
                extra.append(pattern_mode)
    if not rows:
        return None, extra
    residual = t.residual(category)
    # the trigger with the words before it that say what kind it is ("air strike", "martial law")
    head = [c for c in trigger.children if c.dep_ in ("compound", "amod") and c.i < trigger.i] + [trigger]
    found = _cued(rows, _words(sorted(head, key=lambda x: x.i)))
    if found is None and category == "ASSAULT" and _leader_killed(trigger) and "targeted" in t.valid(category):
        found = "targeted"  # "killed the deputy chief of ...", "shot the provincial governor"
    if found is None and named is not None and named != residual:
        found = named
    if found is None:
        found = _cued(rows, _words(clause))
    return found or named or residual, extra


def contexts_of(sentence, mode: str | None, extra: list[str] = (), tables: Tables | None = None) -> list[str]:
    """The contexts the sentence's words show, in the order of the table, with those the mode
    and the pattern imply."""
    t = tables or load()
    words = _words(sentence)
    kept = words.shown  # a sentence's words are made once: its next events take what they show (speed only)
    if kept is not None and kept[0] is t.contexts:
        out = list(kept[1])
    else:
        out = [name for name, cues in t.contexts if _any_cue(cues, words)]
        words.shown = (t.contexts, tuple(out))
    for name in [*extra, *([mode] if mode in MODE_CONTEXTS else [])]:
        if name not in out:
            out.append(name)
    if "crime" in out and NARROWER_CRIME & set(out):
        out.remove("crime")
    return out
