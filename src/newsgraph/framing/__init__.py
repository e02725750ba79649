"""Framing stage: loaded language, name-calling, vague claims, calls to action."""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Article, Signal, Statement


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement]) -> list[Signal]:
    return []
