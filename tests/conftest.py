"""Shared fixtures: the parsed model once per session, and the ../shared folder (skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import evaluation


@pytest.fixture(scope="session")
def shared() -> Path:
    path = evaluation.shared_dir()
    if path is None:
        pytest.skip("../shared is absent: gold data tests need the shared folder beside the repository")
    return path


@pytest.fixture(scope="session")
def analyzer():
    from newsgraph.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def nlp():
    from newsgraph import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_analysis(shared, analyzer):
    from newsgraph.ingest import read_inputs
    from newsgraph.model import Article

    article = next(a for a in read_inputs([str(shared / "eval/seed/ceasefire-initiative.md")]) if isinstance(a, Article))
    return analyzer.analyze(article)


def analyze_text(analyzer, text: str, **meta):
    """Analyse a small article built in the test (no file)."""
    import datetime as dt

    from newsgraph.ingest import finish
    from newsgraph.model import Article

    published = meta.pop("published", None)
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = finish(Article(text=text, published=published, source_path="test", **meta))
    return analyzer.analyze(article)


def check_statement_spans(analysis):
    """Every statement span is the text at its offsets, and every statement names its rule."""
    text = analysis.article.text
    for st in analysis.statements:
        for span in [*st.content, st.cue, st.speaker_text]:
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert st.rule


def statements_with(analysis, content_word: str):
    """The statements whose content holds `content_word`."""
    return [s for s in analysis.statements if any(content_word in c.text for c in s.content)]


def speaker_name(analysis, st) -> str | None:
    """The name of a statement's speaker, None when it has none."""
    if st.speaker is None:
        return None
    return next(a.name for a in analysis.actors if a.id == st.speaker)


def dated_events(analyzer, text: str):
    """The events of a small article dated 2021-03-04 (a date for the event dates to resolve against)."""
    return analyze_text(analyzer, text, published="2021-03-04").events


def events_at(events, word: str):
    """The events whose trigger is exactly `word`."""
    return [e for e in events if e.trigger is not None and e.trigger.text == word]


def show_events(events):
    """(type, trigger, rule) of each event, for assertion messages."""
    return [(e.type, e.trigger.text if e.trigger else None, e.rule) for e in events]


def first_event(analyzer, text: str):
    """(analysis, its first event) of an invented sentence, published 2023-02-01; fails when none."""
    analysis = analyze_text(analyzer, text, published="2023-02-01")
    assert analysis.events, f"no event for {text!r}"
    return analysis, analysis.events[0]


def span_words(spans) -> str:
    """The words of an event side's spans, lower case, joined by ' | '."""
    return " | ".join(s.text.lower() for s in spans)


def actor_table(nlp, text: str):
    """The actors stage's table for an invented text."""
    from newsgraph import actors
    from newsgraph.model import Article
    return actors.extract(nlp(actors.readable(text)), Article(text=text), None)


def make_actor(name: str, kind: str, country: str | None = None, n: int = 1, rule: str = "ner"):
    """An actor with `n` mentions of its name, for the stage's helpers tested alone."""
    from newsgraph.model import Actor, Mention, Span
    return Actor(id="", name=name, kind=kind, country=country,
                 mentions=[Mention(Span(0, len(name), name), rule) for _ in range(n)])
