"""The actor a phrase names: one resolver for speakers, event sources and targets, stance holders.

Words are tied to actors only through `ActorTable.actor_at` (the actors stage makes names, role
nouns, demonyms and resolved pronouns into mentions). When the head word of a phrase is no
mention, the nearest mention inside the phrase is used, in a fixed order: apposition, possessor,
compound, adjective, "of/in/from" + noun, then any mention in the phrase (a relative clause after
the head left out). A backer ("Turkish-backed fighters") is not the phrase's actor. A pronoun names only what coreference made it a mention of.
"""

from __future__ import annotations

from ..nlp import columns
from .pronouns import PERSONAL, PLURAL, fits

MODIFIER_ORDER = ("appos", "poss", "compound", "amod", "nmod")
# "the leader of the LNA", "officials from the Red Cross"; a by-agent ("strikes by the regime") is found
# by the last step, the nearest mention in the phrase (put first, it cost ConfliBERT target spans)
OWNER_PREPS = ("of", "in", "from")
# "Turkish-backed fighters", "Iran-funded militias": the modifier names a backer, not the phrase's actor
BACKER_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "aligned",
                          "allied", "affiliated", "linked", "friendly", "leaning"})


def _backer(tok) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is not None and nxt.text == "-" and after is not None:
        return after.lower_ in BACKER_WORDS
    return False


def phrase(token) -> tuple[int, int]:
    """Character range of the noun phrase headed by `token`, without relative clauses or edge punctuation."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    for c in token.children:
        if c.dep_ in ("relcl", "acl") and c.i > token.i:
            right = min(right, c.left_edge.i - 1)
    while right > left and (doc[right].is_punct and doc[right].text not in ")\u201d\""):
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    a, b = doc[left], doc[right]
    return a.idx, b.idx + len(b.text)


def head_words(token) -> tuple[int, int]:
    """The head noun with the compound words before it ('Rep. Jason Chaffetz')."""
    left = token
    for c in token.lefts:
        if c.dep_ == "compound":
            left = c if c.i < left.i else left
    return left.idx, token.idx + len(token.text)


def resolve(tok, table):
    """(actor, the word that names it) for the phrase headed by `tok`, or (None, None)."""
    a = table.actor_of_token(tok)
    if a is not None:
        return a, tok
    if tok.lower_ in PERSONAL:
        return None, None  # a pronoun names whoever coreference says, never a name elsewhere
    doc = tok.doc  # (the children and their labels from the columns: a Token only for a child taken)
    deps, lows, kids = columns(doc, _RESOLVE_COLUMNS)
    mine = kids[tok.i]
    for dep in MODIFIER_ORDER:
        for k in mine:
            if deps[k] != dep:
                continue
            c = doc[k]
            if not _backer(c):
                a = table.actor_of_token(c)
                if a is not None:
                    if dep == "compound" and lows[tok.i] in CAPITAL_STATE_NOUNS:
                        a = state_of_capital(a, table) or a  # "Beijing officials said": China's
                    return a, c
                if dep in ("appos", "poss"):
                    a, w = resolve(c, table)
                    if a is not None:
                        return a, w
    for k in mine:
        if deps[k] == "prep" and lows[k] in OWNER_PREPS:
            for p in kids[k]:
                if deps[p] == "pobj":
                    a, w = resolve(doc[p], table)
                    if a is not None:
                        if lows[k] == "in" and lows[tok.i] in STATE_NOUNS:
                            a = state_of_capital(a, table) or a
                        return a, w
    words = _without_relatives(tok)
    found = [(m, a) for m, a in table.mentions_in(words[0].idx, words[-1].idx + len(words[-1].text))
             if not any(_backer(t) for t in words if t.idx == m.span.start)]
    if found:
        m, a = min(found, key=lambda p: abs(p[0].span.start - tok.idx))
        return a, next((t for t in words if t.idx <= m.span.start < t.idx + len(t.text)), tok)
    return None, None


_RESOLVE_COLUMNS = ("dep_", "lower_", "children")
# nouns for a state's rulers: "authorities in Beijing", "the regime in Damascus" are the state, not the city
STATE_NOUNS = frozenset({"government", "regime", "authorities", "junta", "administration", "leadership"})
# with a capital as a compound before them ("Beijing officials", "Damascus authorities", "the Kabul government"):
# the state whose capital it is, as a news capital names its government (the table must hold the country)
CAPITAL_STATE_NOUNS = STATE_NOUNS | {"officials"}


def state_of_capital(place, table):
    """The country actor of the table whose capital `place` is (a location named by its capital's
    name: "Beijing" -> China), or None (a town, or a country the table does not hold)."""
    if getattr(place, "kind", None) != "location" or not place.country:
        return None
    from ..actors import lexicon

    if lexicon.capitals().get(lexicon.fold(place.name)) != place.country:
        return None
    return next((a for a in table.actors if a.kind == "country" and a.country == place.country), None)


def _without_relatives(tok) -> list:
    """The phrase's words up to a relative clause after the head ('the official [who met X]')."""
    words = list(tok.subtree)
    cut = min((c.left_edge.i for c in tok.children if c.dep_ == "relcl" and c.i > tok.i), default=None)
    return [t for t in words if cut is None or t.i < cut] or [tok]


def speaker_for(tok, statements, table):
    """The speaker a pronoun inside a statement stands for, when nothing else resolves it: in "We
    urge every party ..." said by a minister, "We" is the minister; "it" in what an organisation
    said is the organisation. The pronoun must agree with the speaker (pronouns.fits)."""
    if tok.lower_ not in PERSONAL or table.actor_of_token(tok) is not None:
        return None
    for s in statements:
        if any(c.start <= tok.idx < c.end for c in s.content):
            actor = table.by_id.get(s.speaker) if s.speaker else None
            if actor is not None and actor.kind == "person" and tok.lower_ in PLURAL:
                return None  # "They want a deal more than I do," said the president: others, not him
            return actor if actor is not None and fits(tok.lower_, actor) else None
    return None
