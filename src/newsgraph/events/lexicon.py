"""The PLOVER pattern files under data/plover, read into typed rows.

Each file is a TSV with `#` comment lines; the comments at the top of each file say what its
columns mean. A user can pass their own directory with the same four files to `load`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..grammar.cues import cues
from ..model import PLOVER_TYPES

DATA = Path(__file__).resolve().parent.parent / "data" / "plover"
WRAPPER_KINDS = ("intent", "negate", "pass", "light", "opinion")  # and "speech", from data/cues.tsv
NONE = "NONE"  # a pattern's category for words that look like events but are statements
EVALUATIVE_KINDS = ("blame", "merit", "possible", "impossible", "untrue", "true", "claim")


@dataclass(frozen=True, slots=True)
class Frame:
    """Conditions on a trigger word's dependents; all given ones must hold."""

    obj: frozenset[str] | None = None  # object lemmas (verbs)
    notobj: frozenset[str] | None = None  # object lemmas that rule the row out
    noobj: bool = False
    hasobj: bool = False  # the verb has an object ("returned six artifacts to Iraq", not "returned to Iraq")
    xcomp: bool = False  # the verb takes a clause of its own ("forced the plane to land")
    clause: bool = False  # the verb takes a that-clause ("recognized that the plan had failed")
    ofplace: bool = False  # the object is "of/over" a place ("took control of the town", not "of the bank")
    solo: bool = False  # the active subject is one party: no conjunct, no "both", "two", "each other" ("we talked about")
    prep: frozenset[str] | None = None
    prt: frozenset[str] | None = None
    mod: frozenset[str] | None = None  # modifier lemmas (nouns)
    of: frozenset[str] | None = None  # "of" + noun (nouns)
    pobj: frozenset[str] | None = None  # lemmas of the objects of the verb's prepositions ("respond to an attack")
    pred: bool = False  # the verb has an object complement ("called it monumental")
    predword: frozenset[str] | None = None  # that complement's lemmas ("found X guilty": pred=guilty)
    subj: frozenset[str] | None = None  # the active subject's lemmas ("rockets struck", "warplanes destroyed")
    objmod: frozenset[str] | None = None  # words owning or modifying the object ("suspended her campaign": her)
    text: str = "*"


@dataclass(frozen=True, slots=True)
class Pattern:
    lemma: str
    category: str
    mode: str | None
    frame: Frame
    kind: str  # "verb" or "noun"

    @property
    def rule(self) -> str:
        return f"{self.kind}:{self.lemma}:{self.frame.text}"


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    wrappers: dict[str, str] = field(default_factory=dict)
    evaluative: dict[str, str] = field(default_factory=dict)
    people: frozenset[str] = frozenset()  # nouns naming people (data/plover/people.tsv)
    views: frozenset[str] = frozenset()  # nouns naming a view or a finding (data/plover/views.tsv)


def _rows(path: Path, width: int) -> list[tuple[int, list[str]]]:
    if not path.exists():
        raise ConfigError(f"[E001] the PLOVER pattern file {path} is missing; restore it from the package data")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != width:
            raise ConfigError(f"[E002] {path}:{n}: expected {width} tab-separated columns, "
                              f"found {len(cols)}; fix the row")
        out.append((n, cols))
    return out


def _frame(text: str, where: str) -> Frame:
    if text == "*":
        return Frame()
    parts: dict = {"text": text}
    for part in text.split(";"):
        part = part.strip()
        if part in ("noobj", "pred", "hasobj", "xcomp", "clause", "ofplace", "solo"):
            parts[part] = True
            continue
        key, _, value = part.partition("=")
        key = {"obj!": "notobj", "pred": "predword"}.get(key, key)
        if key == "predword":
            parts["pred"] = True
        if key not in ("obj", "notobj", "prep", "prt", "mod", "of", "pobj", "predword", "subj", "objmod") or not value:
            raise ConfigError(f"[E003] {where}: unknown frame {part!r}; "
                              "use *, noobj, hasobj, xcomp, clause, ofplace, solo, pred, pred=, obj=, obj!=, prep=, pobj=, prt=, mod=, of=, subj= or objmod=")
        parts[key] = frozenset(v.strip().lower() for v in value.split("|"))
    return Frame(**parts)


def _patterns(path: Path, kind: str) -> dict[str, list[Pattern]]:
    out: dict[str, list[Pattern]] = {}
    for n, (lemma, category, mode, frame) in _rows(path, 4):
        where = f"{path}:{n}"
        if category not in PLOVER_TYPES and category != NONE:
            raise ConfigError(f"[E004] {where}: {category!r} is not a PLOVER category; "
                              f"use one of {', '.join(PLOVER_TYPES)} or NONE")
        out.setdefault(lemma.lower(), []).append(
            Pattern(lemma.lower(), category, None if mode in ("-", "") else mode, _frame(frame, where), kind))
    return out


def _kinds(path: Path, allowed: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for n, (word, kind) in _rows(path, 2):
        if kind not in allowed:
            raise ConfigError(f"[E005] {path}:{n}: kind {kind!r} unknown; use one of {', '.join(allowed)} "
                              "(saying verbs are `verb ... speech` rows of data/cues.tsv)")
        out[word.lower()] = kind
    return out


@lru_cache(maxsize=4)
def load(directory: Path | None = None) -> Lexicon:
    d = directory or DATA
    # saying verbs come from the one cue lexicon (data/cues.tsv); a wrapper row overrides them
    speech = {verb: "speech" for verb in cues().speech_verbs}
    return Lexicon(
        verbs=_patterns(d / "verbs.tsv", "verb"),
        nouns=_patterns(d / "nouns.tsv", "noun"),
        wrappers=speech | _kinds(d / "wrappers.tsv", WRAPPER_KINDS),
        evaluative=_kinds(d / "evaluative.tsv", EVALUATIVE_KINDS),
        people=frozenset(w.lower() for _, (w,) in _rows(d / "people.tsv", 1)) if (d / "people.tsv").exists() else frozenset(),
        views=frozenset(w.lower() for _, (w,) in _rows(d / "views.tsv", 1)) if (d / "views.tsv").exists() else frozenset(),
    )
