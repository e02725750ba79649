"""Force words used figuratively (issue 11, error kind 10).

"The two candidates attacked each other's tax plans", "the battle for the party leadership", "a
campaign targeting young voters": a force word (ASSAULT) whose participants cannot be
harmed by force, a policy, a vote, an idea, or whose doer is a message, reports no use of force.
Only ASSAULT words are read so (see FORCE).
The participants are read from the parse and looked up in data/plover/figurative.tsv; criticism
("attacked the plan") becomes ACCUSE `disapprove`, any other figurative use gives no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..grammar import agent
from .coding import Coding, keys, objects

__all__ = ["FORCE", "Figurative", "Reading", "load", "reading"]

DATA = Path(__file__).resolve().parent.parent / "data" / "plover" / "figurative.tsv"
ROLES = ("object", "agent", "modifier", "verbal", "cause", "obstacle", "collision", "roadside")
# COERCE words (arrest, detain, ban) are not used figuratively in news prose; their objects can be
# plans or policies ("banned the plan") without any force being metaphorical
FORCE = frozenset({"ASSAULT"})
# ... but a COERCE word with a natural hazard or an economic measure as its doer ("the floods forced
# thousands to flee", "the earthquake destroyed the market") is no coercion either: only the `cause`
# role is read for these; so is an everyday use of an aiding, asking, yielding or backing verb with a
# cause as its doer ("the stress of the war contributed to the early birth", "high prices require
# families to cut back", "the crisis allowed the party to grow": events13, unseen-page review)
# (for these, only the verb's own subject: "pressure forced the junta to release the prisoners" still
# tells a release by the junta)
CAUSED = frozenset({"COERCE", "AID", "REQUEST", "CONCEDE", "SUPPORT"})
OWN_SUBJECT_ONLY = CAUSED - {"COERCE"}
# prepositions that introduce what a fight is about or aimed at ("battle for the leadership",
# "attack on the plan", "war over the budget", "fight against corruption", "war of words")
ABOUT_PREPS = frozenset({"for", "over", "against", "on", "of"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class Figurative:
    """The lexicon: words per role."""

    object: frozenset[str]
    agent: frozenset[str]
    modifier: frozenset[str]
    verbal: frozenset[str]
    cause: frozenset[str] = frozenset()
    obstacle: frozenset[str] = frozenset()
    collision: frozenset[str] = frozenset()
    roadside: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Reading:
    """Why a force word is figurative: the role and word that showed it, and the category it
    reports instead (ACCUSE for criticism, None for no event)."""

    role: str
    word: str
    category: str | None

    @property
    def adjustment(self) -> str:
        return f"figurative:{self.role}={self.word}→{self.category or 'none'}"


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> Figurative:
    path = path or DATA
    if not path.exists():
        raise ConfigError(f"[E001] the figurative lexicon {path} is missing; restore it from the package data")
    words: dict[str, set[str]] = {r: set() for r in ROLES}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 2 or cols[1] not in ROLES:
            raise ConfigError(f"[E002] {path}:{n}: expected `word<TAB>role` with role one of {', '.join(ROLES)}")
        words[cols[1]].add(cols[0].lower())
    return Figurative(**{r: frozenset(w) for r, w in words.items()})


def _hit(tok, words: frozenset[str]) -> str | None:
    return next((k for k in keys(tok) if k in words), None)


def _heads(tok) -> list:
    """A participant and its coordinated heads, with the compounds that name what it is
    ("tax plans": plans and tax)."""
    out = [tok, *tok.conjuncts]
    return out + [c for h in out for c in h.children if c.dep_ == "compound"]


def _participants(trig) -> list:
    """What the force word is aimed at: its objects, and the nouns under its `about` prepositions."""
    out = []
    if trig.pos_ in ("VERB", "AUX"):
        for o in objects(trig):
            if o.dep_ != "nsubjpass":
                out += _heads(o)
    preps = list(trig.children)
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj":
        # "deflected attacks on his loyalty": the parser may hang the noun's preposition on the verb
        preps += [p for p in trig.head.children if p.i == trig.i + 1]
    for p in preps:
        if p.dep_ in ("prep", "agent") and p.lower_ in ABOUT_PREPS:
            for o in p.children:
                if o.dep_ == "pobj":
                    out += _heads(o)
        if p.dep_ == "prt" and p.lower_ == "out":  # "lashed out at the plan"
            for q in p.head.children:
                if q.dep_ == "prep" and q.lower_ == "at":
                    out += [h for o in q.children if o.dep_ == "pobj" for h in _heads(o)]
    return out


def reading(c: Coding, lex: Figurative | None = None) -> Reading | None:
    """The figurative reading of a force coding, or None when nothing says the force is not physical.

    A participant that is also a place or person actor is physical whatever its word; only the
    lexicon's kinds of thing (a policy, a vote, a message) make a use figurative.
    """
    if c.category not in FORCE and c.category not in CAUSED:
        return None
    lex = lex or load()
    trig = c.trigger
    verbal = _hit(trig, lex.verbal) is not None
    early = agent(c.top, carrier=c.top.i != trig.i) if trig.pos_ in ("VERB", "AUX") and trig.dep_ != "acl" else None
    if early is None and trig.tag_ == "VBG" and trig.dep_ in ("acl", "advcl"):
        # "record rainfall has caused flooding in many provinces, forcing thousands to leave": the
        # participle's doer is the subject of the clause it trails
        up = trig.head
        for _ in range(6):
            subj = next((x for x in up.children if x.dep_ == "nsubj"), None)
            if up.pos_ in ("VERB", "AUX") and subj is not None:
                early = subj
                break
            if up.head.i == up.i:
                break
            up = up.head
    if early is not None and early.lower_ in ("that", "which") and early.head.dep_ == "relcl":
        early = early.head.head  # "record rainfall that forced thousands to flee": the rainfall
    if early is not None and early.pos_ == "NOUN" and _a_blaze(early):
        return Reading("cause", early.lower_, None)  # "a fire in Dhaka that killed 100 people"
    if early is not None and c.category in OWN_SUBJECT_ONLY and not (early.dep_ == "nsubj" and early.head.i == trig.i):
        return None
    if early is not None and early.pos_ == "NOUN" and _hit(early, lex.cause) is not None:
        # "Western sanctions hit the economy", "the floods forced thousands to flee", "the earthquake
        # destroyed 1,300 buildings": a cause does nothing to anyone, whatever it hits
        return Reading("cause", _hit(early, lex.cause), None)
    if c.category not in FORCE:
        return None  # COERCE words are read for their cause only (see CAUSED)
    if trig.pos_ in ("VERB", "AUX") and trig.lemma_.lower() in _COLLIDING:
        # "the vehicle struck the deer", "a deer jumped onto the road, hitting the car", "lost control
        # and struck the ditch": a road accident, nobody's deliberate act (PLOVER ASSAULT)
        word = next((w for h in _heads(early) for w in [_hit(h, lex.collision)] if w), None) \
            if early is not None and early.pos_ == "NOUN" else None  # "the pickup truck": its compound
        word = word or next((w for p in _participants(trig) if p.pos_ == "NOUN"
                             for w in [_hit(p, lex.roadside)] if w), None)
        if word is not None:
            return Reading("collision", word, None)
    physical = [p for p in _participants(trig) if p.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP")]
    if not physical:
        for p in _participants(trig):
            word = _hit(p, lex.obstacle)
            if word is not None and p.pos_ == "NOUN":
                return Reading("obstacle", word, None)  # "the talks hit a snag": no blow, no criticism
            word = _hit(p, lex.object)
            if word is not None and p.pos_ in ("NOUN", "PRON"):  # (PRON: "capturing something")
                return Reading("object", word, "ACCUSE" if verbal else None)
    if trig.pos_ == "NOUN":
        for m in trig.children:
            if m.dep_ in MODIFIER_DEPS:
                word = _hit(m, lex.modifier)
                if word is not None:
                    return Reading("modifier", word, None)
    if trig.dep_ == "acl" and trig.head.pos_ == "NOUN":
        doer = trig.head  # "a campaign targeting young voters"
    else:
        doer = agent(c.top, carrier=c.top.i != trig.i) if trig.pos_ in ("VERB", "AUX") else None
        if doer is None and trig.pos_ == "NOUN" and c.top.i != trig.i and c.top.pos_ in ("VERB", "AUX"):
            # "other candidates stepped up their attacks": the light verb's subject does the noun
            doer = agent(c.top)
    if doer is None and trig.pos_ == "VERB":
        # "were killed after an earthquake rocked the island", "killed in a plane crash": a passive
        # with no doer named, and a natural hazard or an accident as its circumstance
        word = next((w for n in _circumstances(trig) for w in [_hit(n, lex.cause)] if w), None)
        if word is not None:
            return Reading("cause", word, None)
    if doer is not None and doer.pos_ in ("NOUN", "PROPN"):
        cause = _hit(doer, lex.cause) if doer.pos_ == "NOUN" else None
        for p in (c for c in doer.children if cause is None and c.dep_ == "prep" and c.lower_ == "of"):
            # "hit by a wave of resignations": what the wave is made of
            cause = next((w for o in p.children if o.dep_ == "pobj" for w in [_hit(o, lex.cause)] if w), None)
        if cause is not None:
            return Reading("cause", cause, None)  # "the scandal hit the party": no one did anything to it
        word = _hit(doer, lex.agent)
        if word is not None and not any(m.dep_ in MODIFIER_DEPS and m.lemma_.lower() in _MILITARY for m in doer.children):
            return Reading("agent", word, "ACCUSE" if verbal else None)
    return None


def _a_blaze(noun) -> bool:
    """"a fire" with the indefinite article and nothing naming who fired is a blaze ("a fire in
    Dhaka that killed 100 people"); "Israeli fire", "fire from the troops" are shooting."""
    if noun.lower_ not in ("fire", "fires") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG") or
                   (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in noun.children)


# the verbs a road accident is told with
_COLLIDING = frozenset({"strike", "hit"})

_CIRCUMSTANCE_MARKS = frozenset({"after", "when", "as", "following"})
_CIRCUMSTANCE_PREPS = frozenset({"in", "by", "during", "after", "following"})


def _circumstances(trig) -> list:
    """The nouns a passive force verb's circumstance names: the subject of its after/when/as clause,
    the object of its in/by/during/after preposition; none for an active verb."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in trig.children):
        return []
    out = []
    # "were killed, 20 injured and several reported missing after a volcano erupted": the clause
    # the parser hangs on a coordinated passive is the circumstance of all of them
    verbs = [trig, *(v for v in trig.conjuncts if v.pos_ == "VERB")]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children):
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NOUN"]
        if c.dep_ in ("prep", "agent") and c.lower_ in _CIRCUMSTANCE_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return out


# "a bombing campaign", "an air campaign": modifiers that make a campaign military
_MILITARY = frozenset({"military", "bombing", "air", "aerial", "ground", "artillery", "drone", "missile",
                       "counterinsurgency", "terror", "shelling", "killing", "assassination"})
