"""Who is speaking: the subject words of a cue, and the actor they name."""

from __future__ import annotations

from ..actors import ActorTable
from ..model import Actor

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE = {"who", "that", "which", "whom"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
# the clause types a participle or a second verb hangs on its head with, sharing its subject
_SHARES_SUBJECT = ("conj", "xcomp", "advcl")


def subject_of(cue):
    """The subject token of a cue verb: its own, or that of the verb it is chained to
    ('..., he said, adding that ...'; 'He spoke and warned that ...')."""
    t = cue
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and t.dep_ == "relcl":
                return t.head  # 'Smith, who said that ...': the noun the clause describes
            return subj
        if t.dep_ in _SHARES_SUBJECT and t.head is not t:
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # 'He responded by saying that ...': the speaker is the subject of the verb
            continue
        break
    return _inverted(cue)


def _inverted(cue):
    """'..., said Rep. Smith': after a quotation or a comma the parser sometimes takes the
    inverted subject for an object; the noun right after the verb is the speaker."""
    if cue.i == 0 or cue.doc[cue.i - 1].text not in (",", '"', "\u201d", "'", ":"):
        return None
    if cue.tag_ == "VBG":
        return None  # '..., supporting the police': a participle's object is not its speaker
    for c in cue.rights:
        if c.i <= cue.i + 4 and c.pos_ in ("PROPN", "NOUN") and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "oprd"):
            return c
    return None


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


def _head_words(token) -> tuple[int, int]:
    """The head noun with the compound words before it ('Rep. Jason Chaffetz')."""
    left = token
    for c in token.lefts:
        if c.dep_ == "compound":
            left = c if c.i < left.i else left
    return left.idx, token.idx + len(token.text)


def resolve(table: ActorTable, token) -> Actor | None:
    """The actor a subject names: the head word's own mention first (a role noun made a mention of
    its holder, a name), then a name in apposition ('the spokesperson, Ahmed ...'), then the
    compound before the head, then anything in the phrase."""
    own = table.actor_at(token.idx, token.idx + len(token.text))
    if own is not None:
        return own
    for c in token.children:
        if c.dep_ == "appos":
            found = table.actor_at(*_head_words(c))
            if found is not None:
                return found
    found = table.actor_at(*_head_words(token))
    if found is not None:
        return found
    if token.lower_ in PRONOUNS:
        return None  # a pronoun names whoever coreference says, never a name elsewhere in the phrase
    return table.actor_at(*phrase(token))


def pronoun_fits(pronoun: str, actor: Actor) -> bool:
    """The local fallback's agreement check: he/she for people, it/they for the rest (they: anyone)."""
    p = pronoun.lower()
    if p in ("he", "she", "him", "her", "i"):
        return actor.kind == "person"
    if p == "it":
        return actor.kind != "person"
    return True


_ENT_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}


def add_speaker(table: ActorTable, text: str, token, nouns: dict[str, str]) -> Actor | None:
    """An actor for a speaker the actor table missed ('the campaign said', 'Caddell said'): a proper
    name, or a noun from data/speaker_nouns.tsv. Same words, same actor, within one article."""
    from ..model import Mention, Span

    if token.lower_ in PRONOUNS or token.lower_ in _RELATIVE:
        return None
    if token.pos_ == "PROPN":
        kind = _ENT_KIND.get(token.ent_type_, "person" if token.ent_type_ == "" else "organization")
    elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
        kind = nouns[token.lemma_.lower()]
        if kind == "person" and token.tag_ in ("NNS", "NNPS"):
            kind = "group"
    else:
        return None
    a, b = _head_words(token)
    name = text[a:b]
    for actor in table.actors:
        if actor.rule == "statements:speaker" and actor.name.lower() == name.lower():
            break
    else:
        actor = Actor(id=table.new_id(), name=name, kind=kind, rule="statements:speaker")  # type: ignore[arg-type]
    # indexed at once, so later stages find this speaker by position too
    table.add_mention(actor, Mention(Span.of(text, a, b), "statements:speaker"))
    return actor
