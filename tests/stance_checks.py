"""Checks the stance tests share: the stances an actor (named in part) holds in a text."""

from __future__ import annotations

from conftest import analyze_text


def stances_of(analysis, holder: str) -> list:
    names = {a.id: a.name for a in analysis.actors}
    return [s for s in analysis.stances if holder.lower() in names.get(s.holder, s.holder).lower()]


def show(found) -> list:
    return [(s.topic, s.polarity, s.rule) for s in found]


def takes(analyzer, text: str, holder: str, polarity: str) -> None:
    """`holder` takes a `polarity` stance in `text` (among others it may take)."""
    found = stances_of(analyze_text(analyzer, text), holder)
    assert any(s.polarity == polarity for s in found), show(found)


def takes_none(analyzer, text: str, holder: str) -> None:
    found = stances_of(analyze_text(analyzer, text), holder)
    assert found == [], show(found)
