"""Whose document speaks: "a report by Amnesty said", "the Wrap's report claims", "a Pentagon
statement said". A document is no actor (issue 11, kind 7); where the text names its author, the
author is the one who speaks. The statements stage asks here before it makes an actor of a
speaker noun (statements.speaker.add_speaker)."""

from __future__ import annotations

from functools import lru_cache

from ..model import Actor
from .table import ActorTable

# verbs whose agent is a document's author ("a letter signed by", "a study published by")
_AUTHORING = frozenset({"sign", "publish", "release", "issue", "write", "commission", "produce", "author",
                        "prepare", "compile", "file", "post", "send", "conduct", "carry"})
_KINDS = ("person", "organization", "country", "group")
_BODIES = ("organization", "group")
_POINTING = frozenset({"the", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def nouns() -> frozenset[str]:
    """Nouns of documents (data/actors/document_nouns.tsv)."""
    from ..data import read_rows

    return frozenset(r[0].strip() for r in read_rows("actors", "document_nouns.tsv") if r and r[0].strip())


def is_document(token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in nouns()


def author(table: ActorTable, token) -> Actor | None:
    """The actor whose document `token` is, or None. Its own words first: a possessor ("the Wrap's
    report"), a name before it ("the Amnesty report", "a Pentagon statement"), "by/from/of X" after it
    ("a report by Human Rights Watch", "a statement from the ministry"), the agent of a verb of
    writing ("a letter signed by X", "a study published by X"), or the subject of one that has the
    document as its object ("Human Rights Watch published a report"). Else, for "the report", "that study":
    the author of the last document of that noun named before with one ("a new report by X ... The
    report claims")."""
    if not is_document(token):
        return None
    own = _own_author(table, token)
    if own is not None:
        return own
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in token.children):
        return None
    lemma = token.lemma_.lower()
    for t in reversed(token.doc[:token.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            found = _own_author(table, t)
            if found is not None:
                return found
    return None


def _own_author(table: ActorTable, token) -> Actor | None:
    words = []
    named_before = []  # "the Amnesty report", "a Pentagon statement", but also "the Crooked Hillary ad"
    for c in token.children:
        if c.i < token.i and c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            words.append(c)
        elif c.i < token.i and c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN"):
            named_before.append(c)
        elif c.i > token.i and c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            words += [o for o in c.children if o.dep_ == "pobj"]
        elif c.i > token.i and c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING:
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                    words += [o for o in a.children if o.dep_ == "pobj"]
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in _AUTHORING:
        # "Human Rights Watch published a report", "the ministry issued a statement"
        words += [c for c in head.children if c.dep_ == "nsubj"]
    for w in named_before:
        # a name before the noun is its author only when it is a body ("the Amnesty report"): a person or
        # a place there is as often what the ad, the video or the article is about ("a Clinton ad")
        found = table.actor_at(w.idx, w.idx + len(w.text))
        if found is not None and found.kind in _BODIES and not found.name[:1].islower():
            return found
    for w in words:
        found = table.actor_at(w.idx, w.idx + len(w.text))
        if found is not None and found.kind in _KINDS and not (
                found.rule == "statements:speaker" and found.name[:1].islower()):
            return found  # (not a speaker noun the statements stage made an actor: "one campaign video")
    return None
