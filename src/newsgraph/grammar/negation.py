"""Negation and modality of a clause, read from its head word's dependents.

The dependents are read from the Doc's columns (nlp.columns: each token's children, head, word and
label), not through a spaCy Token made for every child looked at: these tests are put to every
clause in every stage, and they answer exactly as they did on Tokens."""

from __future__ import annotations

from ..nlp import columns

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
FUTURE = frozenset({"will", "would", "shall", "'ll"})
HYPOTHETICAL = frozenset({"should", "could", "might", "may", "can"})
REFUSAL = frozenset({"refuse", "fail", "decline"})  # "refused to accept": the embedded verb does not happen


NO_ONE = frozenset({"neither", "no", "none", "nobody", "nothing"})  # a subject that names nobody

_READ = ("lower_", "dep_", "children", "head", "lemma_")  # the columns read: word, label, children, head, lemma
_NEGATING = ("advmod", "preconj", "det")
_AUX = ("aux", "auxpass")


def negated(tok) -> bool:
    """'did not attack', 'never agreed', 'neither confirmed nor denied' (both halves); a subject that
    names nobody: 'Neither the army nor the militias are blocking the road', 'No country has recognised'."""
    low, dep, kids, heads, lemma = columns(tok.doc, _READ)
    i = tok.i
    mine = kids[i]
    for c in mine:
        d = dep[c]
        if d == "neg" or (d in _NEGATING and low[c] in NEGATORS):
            return True
    if mine and _nobody(mine, low, dep, kids):
        return True
    d = dep[i]
    if d == "xcomp":
        head = heads[i]
        # "has yet to release the prisoners", "is yet to respond": not (so far)
        return lemma[head].lower() in ("have", "be") and any(low[c] == "yet" and dep[c] == "advmod" for c in kids[head])
    if d == "acl" or d == "ccomp":
        return _no_evidence(mine, heads[i], low, dep, kids, lemma)
    if d == "conj":
        head = heads[i]
        if any(low[c] == "neither" for c in kids[head]):
            return any(low[c] == "nor" for c in kids[head]) or any(low[c] == "nor" for c in mine)
    return False


# "there is no evidence that Rwanda sent troops", "found no sign that the army fired": what nothing
# shows has not been said to happen
EVIDENCE = frozenset({"evidence", "sign", "indication", "proof", "trace"})


def _no_evidence(mine, noun: int, low, dep, kids, lemma) -> bool:
    """Whether a clause (an acl or ccomp, its children `mine`) is the that-clause of "no evidence"
    (`noun`: its head)."""
    if lemma[noun].lower() not in EVIDENCE or not any(dep[m] == "mark" and low[m] == "that" for m in mine):
        return False
    return any(dep[c] == "det" and low[c] == "no" for c in kids[noun])


def nobody(tok) -> bool:
    """The clause's subject names nobody: 'Neither the army nor the militias are blocking', 'No
    country has recognised', 'Not the US nor its allies are preventing'."""
    low, dep, kids, _, _ = columns(tok.doc, _READ)
    return _nobody(kids[tok.i], low, dep, kids)


def _nobody(mine, low, dep, kids) -> bool:
    for subj in mine:
        if dep[subj] != "nsubj" and dep[subj] != "nsubjpass":
            continue
        if low[subj] in NO_ONE or any((low[c] in NO_ONE and dep[c] in ("preconj", "det")) or
                                      (dep[c] == "neg" and c < subj and any(low[x] == "nor" for x in kids[subj]))
                                      for c in kids[subj]):
            return True
    return False


def refused(tok) -> bool:
    """'refused to accept', 'failed to reach': the verb is the complement of a refusal."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSAL


def auxes(tok) -> set[str]:
    low, dep, kids, _, _ = columns(tok.doc, _READ)
    return {low[c] for c in kids[tok.i] if dep[c] in _AUX}


def future(tok) -> bool:
    """'will withdraw', 'is going to attack'."""
    if auxes(tok) & FUTURE:
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.lower_ == "to" for c in tok.children) \
        and any(c.dep_ == "aux" for c in tok.head.children)


def hypothetical(tok) -> bool:
    """'could attack', 'if they attack'."""
    low, dep, kids, _, _ = columns(tok.doc, _READ)
    for c in kids[tok.i]:
        d = dep[c]
        if (d in _AUX and low[c] in HYPOTHETICAL) or (d == "mark" and low[c] in ("if", "unless")):
            return True
    return False
