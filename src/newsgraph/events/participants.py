"""Participants the clause of an event does not name itself (issue 11, error kinds 1 and 2).

"At least 23 civilians were killed as government forces launched air strikes on the town": the
killing's clause is passive with no by-agent, and the clause hung under it ("as/when/after ...")
reports the same kind of happening with its doer. The doer of that clause is the doer of the
killing. Only a subordinate clause that itself codes to the same category, or to another use of
force (ASSAULT, COERCE), lends its doer: "were killed as talks began" or "were wounded as
protesters marched" lend nothing.
"""

from __future__ import annotations

from ..grammar import agent, passive_subject
from .coding import code, objects
from .lexicon import Lexicon

__all__ = ["lent_source", "noun_targets", "named_objects"]

FORCE = frozenset({"ASSAULT", "COERCE"})
# a clause of circumstance hung under the event's verb: "as/when/after/while ..."
MARKS = frozenset({"as", "when", "after", "while", "since", "before"})


def lent_source(coding, category: str, lex: Lexicon):
    """The token naming the doer of `coding`'s happening, taken from a subordinate clause of the
    same kind, when the event's own clause is passive without a by-agent; else None."""
    trig, top = coding.trigger, coding.top
    if trig.pos_ not in ("VERB", "AUX") or passive_subject(trig) is None or agent(trig) is not None:
        return None
    for c in [*top.children, *(trig.children if trig.i != top.i else [])]:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        # "as" is a mark; the parser makes "when" an adverb of the clause
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in MARKS for m in c.children):
            continue
        sub = code(c, lex)
        if sub is None or not (sub.category == category or {sub.category, category} <= FORCE):
            continue
        if passive_subject(sub.trigger) is not None and agent(sub.trigger) is None:
            continue
        doer = agent(sub.top, carrier=sub.top.i != sub.trigger.i)
        if doer is not None:
            return doer
    return None


# what an event noun is aimed at: "strikes against IS", "an attack on the embassy", "legal action
# against the government", "a protest against the siege", "sanctions on Iran"
NOUN_TARGET_PREPS = ("against", "on", "upon", "targeting")


def noun_targets(noun) -> list:
    """The heads an event noun is aimed at, from its own prepositions (and a participle
    "targeting X" hung on it), before anything the light verb around it governs: in "carried out
    air strikes against IS with the approval of Assad" the strikes are against IS."""
    if noun is None:
        return []
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() == "target":
            out += [o for o in c.children if o.dep_ == "dobj"]
    return out


# categories whose object is the one the act is done to ("beat Palestinian detainees", "detained
# the head of Amnesty Turkey"), named through its own words, before any place or prepositional
# phrase; in moving and giving ("sent Turkish troops to Libya") the object is what is moved
OBJECT_FIRST = frozenset({"ASSAULT", "COERCE"})
NAMING_DEPS = frozenset({"appos", "poss", "compound", "amod", "nmod"})


def named_objects(c, table) -> list:
    """Objects of a force verb that name an actor through their own modifiers or apposition
    ("Palestinian detainees", "the head of X, Name"), for `roles` to try first."""
    if c.category not in OBJECT_FIRST or c.noun is not None or c.trigger.pos_ not in ("VERB", "AUX"):
        return []
    return [o for o in objects(c.trigger) if o.dep_ == "dobj" and o.pos_ == "NOUN" and any(
        table.actor_of_token(m) is not None for m in o.children if m.dep_ in NAMING_DEPS)]
