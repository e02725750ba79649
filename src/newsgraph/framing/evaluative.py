"""Evaluative adjectives in the writer's own voice (issue 11, signals10, session 10): "a disastrous policy",
"the plan is reckless", "his incompetent handling", "a shameful episode". One-off rows of loaded.tsv never catch
them, so the words come from a published sentiment lexicon, VADER (Hutto & Gilbert 2014), as selected by
scripts/build_evaluative.py into data/lexicons/evaluative.tsv: strong valence, raters agreeing, and none of the
words that war, crime and disaster news reports as events or feelings (killed, violent, angry ...).

A word of that table is flagged (kind loaded_language) only where it is the writer's judgement:
- an adjective (as spaCy tags it in context) that modifies a noun ("a disastrous policy") or is said of
  something ("the plan is reckless", "it was a shameful day" via its noun);
- outside quotation marks and outside every reported statement's content, direct or indirect (the statements
  stage's spans): "the minister called the plan disastrous" is the minister's word;
- not in a clause that a verb of saying or believing (data/cues.tsv) reports, which may hold a report the
  statements stage missed ("critics argue the plan is reckless"), unless the writer says it ("I think");
- not part of a name ("Grim Reaper", "the Brutal Truth tour");
- and strong enough: a word of valence STRONG or more (by absolute value) alone, a milder one only where the
  article has at least DENSITY such words in its own voice, so one "unpleasant surprise" in a wire story is
  left alone."""

from __future__ import annotations

from functools import lru_cache

from ..actors import ActorTable
from ..data import read_table
from ..grammar.cues import cues
from ..model import Article, Signal
from ..nlp import sentence_bounds
from .loaded import _in_name, _in_personal_name, target
from .quotes import Voices

STRONG = 2.0
DENSITY = 2
_ADJ_TAGS = ("JJ",)  # not a comparative or superlative: "its lowest rate", "a weaker currency" measure
_NOMINAL = ("NOUN", "PROPN", "PRON")


@lru_cache(maxsize=1)
def evaluative_words() -> dict[str, float]:
    return {r["word"].lower(): float(r["valence"]) for r in read_table("lexicons", "evaluative.tsv")}


def _judges(tok) -> bool:
    """An adjective that modifies a noun or is said of something (predicative)."""
    if tok.pos_ != "ADJ" or tok.tag_ not in _ADJ_TAGS or not tok.text.isalpha() or \
            tok.i > 0 and tok.doc[tok.i - 1].text == "-":  # "post-crash", "anti-war": part of a compound
        return False
    t = tok
    while t.dep_ == "conj" and t.head.pos_ == "ADJ":  # "flustered and incoherent"
        t = t.head
    if t.dep_ == "amod":
        return t.head.pos_ in ("NOUN", "PROPN")
    return t.dep_ in ("acomp", "attr", "oprd", "ROOT")  # "the plan is reckless", "found it unacceptable"


_FIRST_PERSON = frozenset({"i", "we"})


def _said(tok) -> str | None:
    """The adjective sits in a clause that a verb of saying or believing reports ("critics said the plan was
    reckless", "they argue it is unacceptable", "he called it a disastrous deal"), unless the writer is the
    one who says it ("I think it is reckless"). "other", "self" (the writer's I or we) or None (no such verb)."""
    c = cues()
    t = tok
    for _ in range(8):
        head = t.head
        if head is t:
            return None
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and (lemma in c.speech_verbs or lemma in c.belief_verbs) and \
                t.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "parataxis", "advcl"):
            subject = next((s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            return "self" if subject is not None and subject.lower_ in _FIRST_PERSON else "other"
        t = head
    return None


def _reported(voices: Voices, start: int, end: int, own: bool) -> bool:
    """Inside quotation marks or a statement's content; an indirect statement of the writer's own ("I think the
    plan is reckless", `own`) is the writer's voice."""
    return any(a <= start and end <= b for a, b in voices.quoted) or \
        any(a <= start and end <= b and (direct or not own) for a, b, _, direct in voices.reported)


def extract(doc, article: Article, actors: ActorTable, voices: Voices) -> list[Signal]:
    words = evaluative_words()
    text = article.text
    found = []
    bounds = sentence_bounds(doc)
    k = 0
    for tok in doc:
        v = words.get(tok.lower_)
        if v is None or not _judges(tok):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        while k < len(bounds) and bounds[k][1] <= tok.i:
            k += 1
        if k >= len(bounds):
            break
        first = bounds[k][0]
        if tok.text[:1].isupper() and tok.i != first:
            continue  # a capitalised word inside a sentence is a name's or a title's
        said = _said(tok)
        if said == "other" or _in_name(tok) or _in_personal_name(tok) or \
                _reported(voices, start, end, said == "self"):
            continue
        found.append((tok, v, start, end))
    if len(found) < DENSITY:
        found = [f for f in found if abs(f[1]) >= STRONG]
    out = []
    for tok, v, start, end in found:
        who = target(tok, actors)
        out.append(Signal(kind="loaded_language", text=text[start:end], start=start, end=end,
                          target=who.id if who else None, rule=f"framing:evaluative:{tok.lower_}:VADER"))
    return out
