"""Statements stage: who said what, and claims nobody is named for."""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Article, Statement


def extract(doc, article: Article, actors: ActorTable) -> list[Statement]:
    return []
