"""An actor for a speaker the actors stage did not name."""

from __future__ import annotations

from ..actors import ActorTable
from ..grammar import head_words
from ..grammar.pronouns import PERSONAL, RELATIVE
from ..model import Actor

_ENT_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}


def add_speaker(table: ActorTable, text: str, token, nouns: dict[str, str], after: int = 0) -> Actor | None:
    """An actor for a speaker the actor table missed ('the campaign said', 'Caddell said'): a proper
    name, or a noun from data/speaker_nouns.tsv. Same words, same actor, within one article.
    `table` is the statements stage's private copy; words before `after` are not the speaker's."""
    from ..model import Mention, Span

    if token.lower_ in PERSONAL or token.lower_ in RELATIVE:
        return None
    if token.pos_ == "PROPN":
        kind = _ENT_KIND.get(token.ent_type_, "person" if token.ent_type_ == "" else "organization")
    elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
        kind = nouns[token.lemma_.lower()]
        if kind == "person" and token.tag_ in ("NNS", "NNPS"):
            kind = "group"
    else:
        return None
    a, b = head_words(token)
    if after > a:
        a = min(after, token.idx)
        for t in token.doc.char_span(a, token.idx + 1, alignment_mode="expand") or []:
            if t.pos_ != "DET" and not t.is_space:
                a = t.idx
                break
    name = text[a:b]
    for actor in table.actors:
        if actor.rule == "statements:speaker" and actor.name.lower() == name.lower():
            break
    else:
        actor = Actor(id=table.new_id(), name=name, kind=kind, rule="statements:speaker")  # type: ignore[arg-type]
    # indexed at once in the stage's own copy of the table; the pipeline adds the new actors to
    # the table later stages read
    table._index(actor, Mention(Span.of(text, a, b), "statements:speaker"))
    return actor
