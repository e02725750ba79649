"""Stances stage: where each actor stands on the initiatives an article is about.

    topics (initiative mentions, joined) ─ clues (proposers, responses, events, hostilities)
        ─ combined per holder and topic ─ carried across person/organisation ties ─▶ Stance

Every stance names its topic as the text does and keeps the spans it rests on. See docs/framing.md.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors import ActorTable
from ..model import Article, Event, Span, Stance, Statement
from . import evidence, ties, topics
from .evidence import Clue

__all__ = ["extract"]


def combine(polarities: set[str]) -> str:
    """Support and opposition together, or support while fighting on, is mixed; unclear yields to anything firmer."""
    firm = polarities - {"unclear", "hostilities"}
    if "mixed" in firm or {"support", "oppose"} <= firm:
        return "mixed"
    if "support" in firm:
        return "mixed" if "hostilities" in polarities else "support"
    if "oppose" in firm:
        return "oppose"
    return "unclear"


def extract(doc, article: Article, actors: ActorTable, statements: list[Statement],
            events: list[Event]) -> list[Stance]:
    def proposers_of(m: topics.Mention) -> set[str]:
        return {c.holder for c in evidence.proposers(0, m, article, actors, statements)}

    found = topics.find(doc, article, actors, proposers_of)
    if not found:
        return []
    heads = {m.head.i: ti for ti, t in enumerate(found) for m in t.mentions}
    clues: list[Clue] = []
    for ti, t in enumerate(found):
        for m in t.mentions:
            clues += evidence.proposers(ti, m, article, actors, statements)
        clues += evidence.responses(ti, t, heads, doc, article, actors, statements)
    clues += evidence.judgements(found, article, actors, statements)
    clues += evidence.intentions(found, article, actors, statements)
    for c in clues:
        if c.role == "proposer":
            found[c.topic].actors.add(c.holder)
    first_event: dict = {}  # evidence -> the first event with it (not a pass over all events per clue)
    for e in events:
        first_event.setdefault(e.evidence, e)
    judged = {(c.holder, c.topic): c.evidence for c in clues if c.role == "judgement"}
    # an event coded in a sentence that judges the topic says less than the judgement ("described the
    # agreement as unacceptable" is no AGREE)
    clues += [c for c in evidence.from_events(found, events, article, doc, actors)
              if not _about_other(c, first_event, found) and not _inside(c.evidence, judged.get((c.holder, c.topic)))]

    # "The rebels said ..." made an actor "rebels": the group named before that the words mean
    meant = evidence.generic_meant(doc, actors)
    if meant:
        clues = [replace(c, holder=meant.get(c.holder, c.holder)) for c in clues]
    by_key: dict[tuple[str, int], list[Clue]] = {}
    for c in clues:
        by_key.setdefault((c.holder, c.topic), []).append(c)
    # Carrying on the fighting turns support into mixed, for every topic the holder supports.
    for holder, span, rule in evidence.hostilities(doc, article, actors, statements):
        for (h, ti), cs in list(by_key.items()):
            if h == holder:
                cs.append(Clue(holder, ti, "hostilities", span, rule, "hostilities"))

    stances = {key: _stance(found[key[1]].name, key[0], cs) for key, cs in by_key.items()
               if any(c.polarity != "hostilities" for c in cs)}
    _carry_over_ties(stances, ties.find(doc, actors), found)
    for (_, ti), s in stances.items():
        s.topic_mentions = [m.span for m in found[ti].mentions]
    order = {a.id: i for i, a in enumerate(actors)}
    return [s for _, s in sorted(stances.items(), key=lambda kv: (kv[0][1], order.get(kv[0][0], 1 << 30)))]


def _inside(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer.start <= span.start and span.end <= outer.end


def _about_other(c: Clue, first_event: dict, found) -> bool:
    """An event whose target is not among the topic's proposers is about something else."""
    ev = first_event.get(c.evidence)
    return bool(ev and ev.target and not set(ev.target) & found[c.topic].actors)


def _stance(topic: str, holder: str, cs: list[Clue]) -> Stance:
    polarity = combine({c.polarity for c in cs})
    spans: list[Span] = []
    for c in cs:  # one span for words two clues found ("welcomed the talks" and the sentence with its full stop)
        e = c.evidence
        if any(s.contains(e) for s in spans):
            continue
        inner = [i for i, s in enumerate(spans) if e.contains(s)]
        if inner:
            spans[inner[0]] = e
            spans = [s for i, s in enumerate(spans) if i not in inner[1:]]
        else:
            spans.append(e)
    rules = []
    for c in cs:
        if c.rule not in rules:
            rules.append(c.rule)
    return Stance(holder=holder, topic=topic, polarity=polarity,  # type: ignore[arg-type]
                  evidence=spans, rule="; ".join(rules))


def _carry_over_ties(stances: dict, found_ties: list[ties.Tie], found) -> None:
    """A leader's stance is the organisation's when it has none of its own; a spokesperson's is the
    organisation's, and the organisation's is its spokesperson's."""
    for (holder, ti), s in list(stances.items()):
        for tie in found_ties:
            if tie.person == holder and (tie.org, ti) not in stances:
                stances[(tie.org, ti)] = Stance(holder=tie.org, topic=s.topic, polarity=s.polarity,
                                                evidence=list(s.evidence), rule=f"stance:tie:{tie.role}-of")
    for (holder, ti), s in list(stances.items()):
        for tie in found_ties:
            if tie.org == holder and tie.speaks_for and (tie.person, ti) not in stances:
                stances[(tie.person, ti)] = Stance(holder=tie.person, topic=s.topic, polarity=s.polarity,
                                                   evidence=list(s.evidence), rule=f"stance:tie:{tie.role}-for")
