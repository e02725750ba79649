"""Synthetic Analysis records for the corpus tests (no tests here): the store without spaCy."""

from __future__ import annotations

import datetime as dt
import itertools

from newsgraph.model import Actor, Analysis, Article, Event, Mention, Source, Span, Stance, Statement

_n = itertools.count(1)


def make(text: str, *, outlet: str | None = None, published: str | None = "2024-03-04", url: str | None = None,
         actors: dict[str, str] | None = None, events: list[tuple] = (), stances: list[tuple] = (),
         statements: list[tuple] = ()) -> Analysis:
    """An Analysis of `text`.

    actors: {name: kind}; every name must occur in text.
    events: (type, source names, target names, evidence words, place, date or None)
    stances: (holder name, topic, polarity)
    statements: (speaker name, content words)
    """
    article = Article(text=text, id=f"t{next(_n)}", title=text.split(".")[0], domain=outlet,
                      published=dt.date.fromisoformat(published) if published else None,
                      url=url or (f"https://{outlet}/{next(_n)}" if outlet else None), source_path=f"test-{next(_n)}")
    table: dict[str, Actor] = {}
    for i, (name, kind) in enumerate((actors or {}).items(), 1):
        at = text.index(name)
        table[name] = Actor(id=f"a{i}", name=name, kind=kind, mentions=[Mention(Span.of(text, at, at + len(name)))])

    def span(words: str) -> Span:
        at = text.index(words)
        return Span.of(text, at, at + len(words))

    evs = [Event(id=f"e{i}", type=t, evidence=span(ev), rule="test", source=[table[s].id for s in src],
                 target=[table[x].id for x in tgt], location=place,
                 date=dt.date.fromisoformat(date) if date else None)
           for i, (t, src, tgt, ev, place, date) in enumerate(events, 1)]
    sts = [Stance(holder=table[h].id, topic=topic, polarity=pol, evidence=[span(h)], rule="test")
           for h, topic, pol in stances]
    said = [Statement(id=f"s{i}", speaker=table[sp].id, content=[span(words)], kind="indirect", rule="test")
            for i, (sp, words) in enumerate(statements, 1)]
    return Analysis(article=article, actors=list(table.values()), events=evs, stances=sts, statements=said,
                    source=Source(domain=outlet))


def by_text(analyses: list[Analysis]):
    """An `analyze` function that returns the prepared analysis of an article's text."""
    table = {a.article.text: a for a in analyses}
    return lambda article: table[article.text]
