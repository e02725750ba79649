"""Actors stage: mentions from the parse, joined into one actor per real entity."""

from __future__ import annotations

import re

from ..model import Actor, Article, Mention, Span
from .table import ActorTable

__all__ = ["ActorTable", "extract", "load_dictionary"]


def load_dictionary(path):
    """The user's actor dictionary (--actors FILE), or None. (To be built: YAML dictionaries.)"""
    return None

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group",
         "LOC": "location", "FAC": "facility"}


def extract(doc, article: Article, dictionary=None) -> ActorTable:
    """Actors of one parsed article. (Baseline: one actor per distinct entity text.)"""
    groups: dict[tuple[str, str], Actor] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        text = re.sub(r"^the\s+", "", ent.text, flags=re.I)
        start = ent.end_char - len(text)
        key = (kind, text.lower())
        actor = groups.get(key)
        if actor is None:
            actor = groups[key] = Actor(id=f"a{len(groups) + 1}", name=text, kind=kind, rule=f"ner:{ent.label_}")
        actor.mentions.append(Mention(Span.of(article.text, start, ent.end_char), f"ner:{ent.label_}"))
    return ActorTable(groups.values())
