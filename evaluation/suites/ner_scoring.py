"""Mention F1 for people, organisations and locations: newsgraph's actors against the bare model.

Both systems are scored on the same parse of the same texts, with the same span rule: a leading
article ("the", "a", "an"), a leading title before a capitalised name ("President", "Gen.": the words
of data/actors/roles.tsv), a trailing possessive and trailing punctuation are ignored on gold and
predicted spans alike, since annotation guides differ on them; the rest must match exactly, type too.

newsgraph's mentions are typed by their actor's kind: person -> Person; organization -> Organisation;
country, location, facility -> Location. National adjectives (rule `demonym`) and groups are left
out, as the gold sets type them apart (re3d "Nationality", CrossNER "misc"); so is a country named
inside another actor's mention (rule `possessor`: "Russia" in "Russia's foreign ministry"), as both
sets are flat, one entity per token (re3d's tuning part marks "Turkey's ... government" whole). References (rules
`coref:pronoun`, `coref:role`: "he", "the General") count only where the gold set's guide annotates
them: re3d's does for people ("a specific person ... by reference to some other entity") and its
annotators mark groups' "we", "they", "it" as Organisation (58, 16 and 7 times in the tuning part) but
"its" hardly ever (twice), so an organisation's "its" is left out; CrossNER's guide annotates none.
A country is a place or a state. re3d's guide types "a government" as Organisation and "a specific
point, area or feature on earth" as Location, and its annotators mark a country that acts ("the United
States has ...", "Iraq's government") as Organisation. With `states_act` (re3d only; CrossNER types every
country "country"), a country named as the subject of a verb or as a possessor is typed Organisation,
elsewhere Location, for newsgraph's country actors and the bare model's GPE entities alike, by the
same test on the same parse (`acting_state`). In both sets a mention that newsgraph itself tied to a country as
its government ("the regime", "the Iraqi government", "the Government of Canada": rules `coref:generic`,
`...+government`) is typed Organisation, as both guides type a government.
Mention F1 and the lead are given for the whole set and for its tuning and test parts
(evaluation/split.py; each suite gives its texts their ids).
The bare model:
PERSON -> Person; ORG -> Organisation; GPE, LOC, FAC -> Location; NORP left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.actors import lexicon
from newsgraph.model import Article
from .. import Figure, split

TYPES = ("Person", "Organisation", "Location")
BARE = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Location", "LOC": "Location", "FAC": "Location"}
KIND = {"person": "Person", "organization": "Organisation", "country": "Location", "location": "Location",
        "facility": "Location"}
BASELINE = "bare spaCy en_core_web_sm"


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    gold: frozenset[tuple[int, int, str]]  # (start, end, type), spans already normalised
    id: str = ""  # the item id that puts the text in the tuning or the test part (evaluation/split.py)


def norm_span(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    m = re.match(r"(?i)(the|a|an)\s+", seg)
    if m and m.end() < len(seg):
        start += m.end()
    words = list(re.finditer(r"\S+", text[start:end]))
    found = lexicon.role_at([w.group() for w in words]) if len(words) > 1 else None
    if found and found[1] < len(words) and words[found[1]].group()[:1].isupper():
        start += words[found[1]].start()  # "President Obama" -> "Obama": re3d keeps titles, CrossNER drops them
    seg = text[start:end]
    m = re.search(r"(['\u2019]s?|[\s.,;:!?\"')\]]+)+$", seg)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


ACTING = ("nsubj", "nsubjpass", "poss")  # the dependencies of a country that acts or owns: a state


# newsgraph's own word that a country's mention names its government ("the regime", "the Iraqi government")
GOVERNMENT_RULES = ("coref:generic",)


def acting_state(doc, start: int, end: int) -> bool:
    """The phrase at [start, end) is the subject of a verb or a possessor ("Iraq has ...", "Iraq's army")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ACTING


def bare(doc, states_act: bool = False) -> set[tuple[int, int, str]]:
    out = set()
    for e in doc.ents:
        if e.label_ in BARE:
            typ = BARE[e.label_]
            if states_act and e.label_ == "GPE" and acting_state(doc, e.start_char, e.end_char):
                typ = "Organisation"
            out.add((*norm_span(doc.text, e.start_char, e.end_char), typ))
    return out


def newsgraph(doc, text: str, references: bool, states_act: bool = False) -> set[tuple[int, int, str]]:
    from newsgraph import actors

    table = actors.extract(doc, Article(text=text), None)
    out = set()
    for a in table:
        typ = KIND.get(a.kind)
        if typ is None:
            continue
        for m in a.mentions:
            if m.rule in ("demonym", "possessor") or (m.rule.startswith("coref:") and not references) or (
                    m.rule == "coref:pronoun" and a.kind != "person" and m.span.text.lower() == "its"):
                continue
            t = typ
            if a.kind == "country" and (m.rule in GOVERNMENT_RULES or "+government" in m.rule
                                        or states_act and acting_state(doc, m.span.start, m.span.end)):
                t = "Organisation"
            out.add((*norm_span(text, m.span.start, m.span.end), t))
    return out


def _f1(pred: list[set], gold: list[frozenset], typ: str | None = None) -> float:
    tp = fp = fn = 0
    for p, g in zip(pred, gold):
        if typ:
            p = {x for x in p if x[2] == typ}
            g = {x for x in g if x[2] == typ}
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def figures(label: str, docs: Iterable[Doc], references: bool, states_act: bool = False) -> list[Figure]:
    """Parse each text once; score newsgraph and the bare model on that parse."""
    from newsgraph import nlp

    docs = list(docs)
    model = nlp.load()
    ours, base, gold = [], [], []
    for d, parsed in zip(docs, model.pipe([d.text for d in docs], batch_size=32)):
        ours.append(newsgraph(parsed, d.text, references, states_act))
        base.append(bare(parsed, states_act))
        gold.append(d.gold)
    n = sum(len(g) for g in gold)
    f_ours, f_base = _f1(ours, gold), _f1(base, gold)
    out = [Figure(f"{label} mention F1", f_ours, baseline_name=BASELINE, baseline=f_base, n=n),
           # gated too, so that a change that keeps F1 but loses the lead over the bare model is seen
           Figure(f"{label} lead over bare model", f_ours - f_base, n=n)]
    for t in TYPES:
        k = sum(1 for g in gold for x in g if x[2] == t)
        out.append(Figure(f"{label} {t} F1", _f1(ours, gold, t), baseline_name=BASELINE, baseline=_f1(base, gold, t),
                          n=k, gated=False))
    for which in split.PARTS:
        idx = [i for i, d in enumerate(docs) if split.part(d.id) == which]
        o, b, g = [ours[i] for i in idx], [base[i] for i in idx], [gold[i] for i in idx]
        f_o, f_b = _f1(o, g), _f1(b, g)
        k = sum(len(x) for x in g)
        out.append(Figure(split.label(f"{label} mention F1", which), f_o, baseline_name=BASELINE, baseline=f_b, n=k))
        out.append(Figure(split.label(f"{label} lead over bare model", which), f_o - f_b, n=k))
    return out
