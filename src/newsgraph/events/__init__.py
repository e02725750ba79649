"""Events stage: PLOVER coding of who did what to whom, when and where."""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Article, Event, Statement


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement]) -> list[Event]:
    return []
