"""Stances stage: where each actor stands on the initiatives an article is about."""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Article, Event, Stance, Statement


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement],
            events: list[Event]) -> list[Stance]:
    return []
