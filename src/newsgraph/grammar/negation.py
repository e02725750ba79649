"""Negation and modality of a clause, read from its head word's dependents."""

from __future__ import annotations

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
FUTURE = frozenset({"will", "would", "shall", "'ll"})
HYPOTHETICAL = frozenset({"should", "could", "might", "may", "can"})
REFUSAL = frozenset({"refuse", "fail", "decline"})  # "refused to accept": the embedded verb does not happen


NO_ONE = frozenset({"neither", "no", "none", "nobody", "nothing"})  # a subject that names nobody


def negated(tok) -> bool:
    """'did not attack', 'never agreed', 'neither confirmed nor denied' (both halves); a subject that
    names nobody: 'Neither the army nor the militias are blocking the road', 'No country has recognised'."""
    if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "preconj", "det")) for c in tok.children):
        return True
    if nobody(tok):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("have", "be") and \
            any(c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.head.children):
        return True  # "has yet to release the prisoners", "is yet to respond": not (so far)
    if _no_evidence(tok):
        return True
    if tok.dep_ == "conj" and any(c.lower_ == "neither" for c in tok.head.children):
        return any(c.lower_ == "nor" for c in tok.head.children) or any(c.lower_ == "nor" for c in tok.children)
    return False


# "there is no evidence that Rwanda sent troops", "found no sign that the army fired": what nothing
# shows has not been said to happen
EVIDENCE = frozenset({"evidence", "sign", "indication", "proof", "trace"})


def _no_evidence(tok) -> bool:
    noun = tok.head
    if tok.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in EVIDENCE or \
            not any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def nobody(tok) -> bool:
    """The clause's subject names nobody: 'Neither the army nor the militias are blocking', 'No
    country has recognised', 'Not the US nor its allies are preventing'."""
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in NO_ONE or any((c.lower_ in NO_ONE and c.dep_ in ("preconj", "det")) or
                                        (c.dep_ == "neg" and c.i < subj.i and any(x.lower_ == "nor" for x in subj.children))
                                        for c in subj.children):
            return True
    return False


def refused(tok) -> bool:
    """'refused to accept', 'failed to reach': the verb is the complement of a refusal."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSAL


def auxes(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def future(tok) -> bool:
    """'will withdraw', 'is going to attack'."""
    if auxes(tok) & FUTURE:
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.lower_ == "to" for c in tok.children) \
        and any(c.dep_ == "aux" for c in tok.head.children)


def hypothetical(tok) -> bool:
    """'could attack', 'if they attack'."""
    return bool(auxes(tok) & HYPOTHETICAL) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)
