"""Actors stage: mentions from the parse, joined into one actor per real entity.

    parse ─ mentions (model + rules) ─ join (names, acronyms, countries) ─ roles ─ references ─ dictionary

`extract(doc, article, dictionary) -> ActorTable`, `load_dictionary(path)` and `readable(text)` (the
text to parse: all-capitals text title-cased) are the stage's contract with the pipeline; stage.py runs the steps. See docs/actors.md.
"""

from __future__ import annotations

from .dictionary import Dictionary
from .stage import extract, load_dictionary, readable
from .table import ActorTable

__all__ = ["ActorTable", "Dictionary", "extract", "load_dictionary", "readable"]
