"""The actors stage, step by step: mentions, joining, roles, references, the user's dictionary."""
from __future__ import annotations

import re

from ..model import Actor, Article
from . import cluster, coref, mentions, roles
from .dictionary import Dictionary, Entry
from .dictionary import load as _load
from .mentions import Cand
from .names import fold
from .table import ActorTable

__all__ = ["ActorTable", "Dictionary", "extract", "load_dictionary"]


def load_dictionary(path) -> Dictionary | None:
    """The user's actor dictionary (--actors FILE), or None when no file is given."""
    return _load(path)


def extract(doc, article: Article, dictionary: Dictionary | None = None) -> ActorTable:
    """Actors of one parsed article, each with every mention the text makes of it."""
    text = article.text
    doc, view = _readable(doc, text)
    cands = mentions.from_model(doc, view) + mentions.from_rules(doc, view)
    if dictionary is not None:
        cands += _dictionary_cands(view, dictionary, article)
    cands = mentions.settle([c for c in cands if c.end - c.start <= MAX_NAME])
    cands = _more_of_known_names(doc, view, cands)
    groups = cluster.join(cands, view)
    actors = cluster.to_actors(groups, view, text)
    table = ActorTable(actors)
    roles.attach(doc, view, actors, lambda a, b: [x for _, x in table.mentions_in(a, b)])
    coref.resolve(doc, text, actors)
    if dictionary is not None:
        actors = _apply_dictionary(actors, dictionary, article)
    for i, a in enumerate(sorted(actors, key=lambda a: a.mentions[0].span.start if a.mentions else 0), 1):
        a.id = f"a{i}"
    return ActorTable(sorted(actors, key=lambda a: int(a.id[1:])))


MAX_NAME = 200  # characters: a longer stretch is not a name (and ActorTable looks back no further)


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _readable(doc, text: str):
    """All-capitals text defeats the model: parse a title-cased copy of the same length instead.

    Offsets are the same in both, so mentions still point into the article's own text; names
    are read from the copy ("Recep Tayyip Erdogan" rather than "RECEP TAYYIP ERDOGAN").
    """
    if not _shouting(text):
        return doc, text
    view = text.title()
    if len(view) != len(text):
        return doc, text
    from .. import nlp

    return nlp.load()(view), view


def _more_of_known_names(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """A surname the model tagged once ("Haftar") is a person wherever it stands alone, untagged.

    Only surnames (the last word of a two-word name or longer) count, only where the word stands
    alone: next to other capitalised words it is part of another name ("Order of Saint Benedict").
    """
    from . import lexicon
    from .names import core_words

    known = set()
    for c in cands:
        words = core_words(c.name(text))
        if c.kind == "person" and len(words) >= 2 and len(words[-1]) > 3:
            known.add(words[-1])
    known = {w for w in known if not lexicon.country_of_demonym(w) and not lexicon.country_of_name(w)}
    taken = [(c.start, c.end) for c in cands]
    extra = []
    for t in doc:
        if not (t.pos_ == "PROPN" and t.text[:1].isupper() and fold(t.text) in known) or t.ent_type_ not in ("", "PERSON"):
            continue
        neighbours = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
        if any(n.text[:1].isupper() and n.pos_ == "PROPN" for n in neighbours):
            continue
        if not any(a < t.idx + len(t) and t.idx < b for a, b in taken):
            extra.append(Cand(t.idx, t.idx + len(t), "person", "name:known"))
    return sorted(cands + extra, key=lambda c: c.start)


def _dictionary_cands(text: str, dictionary: Dictionary, article: Article) -> list[Cand]:
    out = []
    for e in dictionary.entries:
        if not e.valid_on(article.published):
            continue
        for n in e.names():
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text):
                out.append(Cand(m.start(), m.end(), e.kind or "organization", "dictionary", e.country,
                                roles=list(e.roles), priority=3))
    return out


def _apply_dictionary(actors: list[Actor], dictionary: Dictionary, article: Article) -> list[Actor]:
    """Entries override what the text gave; actors that turn out to be one entry are merged."""
    by_entry: dict[int, Actor] = {}
    out = []
    for a in actors:
        entry: Entry | None = None
        for n in [a.name, *a.aliases]:
            entry = dictionary.lookup(n, article.published)
            if entry:
                break
        if entry is None:
            out.append(a)
            continue
        key = id(entry)
        if key in by_entry:
            keep = by_entry[key]
            keep.mentions = sorted(keep.mentions + a.mentions, key=lambda m: m.span.start)
            keep.aliases += [x for x in [a.name, *a.aliases] if x not in keep.aliases and x != keep.name]
            keep.roles += [r for r in a.roles if r not in keep.roles]
            continue
        if a.name != entry.name and a.name not in a.aliases:
            a.aliases.insert(0, a.name)
        a.name = entry.name
        a.aliases = [x for x in a.aliases if x != a.name]
        a.kind = entry.kind or a.kind
        a.country = entry.country or a.country
        a.roles = list(entry.roles) + [r for r in a.roles if r not in entry.roles]
        a.rule = "dictionary"
        by_entry[key] = a
        out.append(a)
    return out
