"""Which organisation a person speaks for or leads, as the text ties them.

"the Libyan National Army spokesperson, Ahmed Al-Mismari", "the leader of the LNA, Khalifa Haftar",
"Fayez Sarraj, Prime Minister of the GNA": a role noun in apposition to a person, owned by an
organisation or country (compound, possessive or "of X"). The actors stage's role strings
("spokesperson of the Libyan National Army") are read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors import ActorTable
from ..model import Actor
from ..nlp import column

# Role nouns and whether the person speaks *for* the organisation (their stance is its stance) or
# leads it (the organisation takes the leader's stance when it has none of its own).
SPEAKS_FOR = {"spokesperson", "spokesman", "spokeswoman", "representative", "envoy", "ambassador", "delegate"}
LEADS = {"leader", "commander", "head", "chief", "president", "minister", "chairman", "chairwoman", "chair",
         "premier", "king", "emir", "secretary", "director", "general", "founder", "ruler", "strongman"}
_ORG_KINDS = ("organization", "country", "group")


@dataclass(frozen=True, slots=True)
class Tie:
    person: str
    org: str
    role: str
    speaks_for: bool


def _org_of(role_tok, actors: ActorTable, person: Actor) -> Actor | None:
    cands = [c for c in role_tok.children if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < role_tok.i]
    cands += [p for c in role_tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    for c in cands:
        for t in [c] + [x for x in c.subtree if x is not c]:
            a = actors.actor_of_token(t)
            if a is not None and a.kind in _ORG_KINDS and a.id != person.id:
                return a
    return None


def find(doc, actors: ActorTable) -> list[Tie]:
    ties: dict[tuple[str, str], Tie] = {}
    for i, lemma in enumerate(column(doc, "lemma_")):  # a Token only for the role words
        lemma = lemma.lower()
        if lemma not in SPEAKS_FOR and lemma not in LEADS:
            continue
        tok = doc[i]
        people = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN":
            people.append(tok.head)  # "..., the LNA spokesperson" / "Russian President Vladimir Putin"
        for p in people:
            person = actors.actor_of_token(p)
            if person is None or person.kind != "person":
                continue
            org = _org_of(tok, actors, person)
            if org is not None:
                ties.setdefault((person.id, org.id), Tie(person.id, org.id, lemma, lemma in SPEAKS_FOR))
    for a in actors:  # role strings from the actors stage
        if a.kind != "person":
            continue
        for role in a.roles:
            low = role.lower()
            # the organisation named at most length: "the Libyan Government of ..." is not "Libya"
            named = [(len(n), org) for org in actors if org.kind in _ORG_KINDS and org.id != a.id
                     for n in [org.name, *org.aliases]
                     if n and n.lower() in low and re.search(rf"\b{re.escape(n.lower())}\b", low)]  # (in: speed)
            if named:
                org = max(named, key=lambda p: p[0])[1]
                word = next((w for w in sorted(SPEAKS_FOR | LEADS) if re.search(rf"\b{w}\b", low)), "member")
                ties.setdefault((a.id, org.id), Tie(a.id, org.id, word, word in SPEAKS_FOR))
    for inst in actors:  # "Russia's foreign ministry", "the Kremlin": a state's own office speaks as the state
        if inst.kind != "organization" or not inst.country or not _STATE_OFFICE.search(inst.name.lower()):
            continue
        state = actors.country_actor(inst.country)
        if state is not None:
            ties.setdefault((inst.id, state.id), Tie(inst.id, state.id, "office", False))
    return list(ties.values())


# the executive offices of a state (its foreign ministry, presidency, seat of government), not its
# legislature, courts or armed forces, whose stance may differ from the government's
_STATE_OFFICE = re.compile(r"\b(?:foreign ministry|ministry of foreign affairs|foreign office|state department|"
                           r"presidency|presidential office|prime minister's office|kremlin|white house|"
                           r"downing street|elysee|élysée|quai d'orsay)\b")
