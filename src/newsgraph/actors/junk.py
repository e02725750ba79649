"""Capitalised words read as actors that name none (session 10, actors12).

- a time-zone abbreviation (data/actors/time_zones.tsv): "7 p.m. EST" names no organisation;
- a one-word "person" that is a common English word (the model's lemmatizer index, WordNet's lemmas)
  and that the tagger reads as no proper noun, at a sentence's start and followed by no verb, no
  possessive, no comma, no name ("Turnout in city elections is
  low", "Border agents say", "Subscribe now"): no title, no role, no given name, no known name, never
  part of another person's name in the article;
- a candidate's surname read as an organisation before a campaign noun ("the Buttigieg campaign",
  "One Sanders organizer"): the person (joined to the person of that surname when the article has one).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Actor
from . import lexicon
from .names import fold

_CAMPAIGN_NOUNS = frozenset({"campaign", "campaigns", "camp", "organizer", "organizers", "organiser", "organisers",
                             "surrogate", "surrogates", "staffer", "staffers", "supporter", "supporters"})


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    return frozenset(r[0].strip() for r in lexicon._rows("time_zones.tsv") if r and r[0].strip())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case lemmas of the model's lemmatizer index (WordNet nouns, verbs, adjectives, adverbs)."""
    try:
        from .. import nlp

        index = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for words in index.values() for w in words)
    except Exception:  # noqa: BLE001 - a model without the table: no word is known
        return frozenset()


def _named(a: Actor) -> list:
    return [m for m in a.mentions if not m.rule.startswith("coref")]


def _token_at(doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _next_word(text: str, end: int) -> str:
    words = text[end:end + 30].split()
    return words[0].lower().strip(".,;:\"'\u201d\u2019") if words else ""


def _sentence_start(doc, text: str, start: int) -> bool:
    tok = _token_at(doc, start)
    if tok is None:
        return False
    if tok.is_sent_start:
        return True
    before = text[max(0, start - 3):start]
    return "\n" in before or text[:start].rstrip()[-1:] in (".", "!", "?", "\u201c", '"')


def _junk_person(doc, text: str, a: Actor, person_words: set[str]) -> str | None:
    """'drop' for a common word read as a person, else None."""
    if a.kind != "person" or a.roles or " " in a.name.strip() or not a.name[:1].isupper():
        return None
    named = _named(a)
    if not named or any(not m.rule.startswith("ner:") for m in named):
        return None  # a title, a known name, a dictionary entry
    word = a.name.strip()
    if not word.isalpha() or len({m.span.text for m in named}) > 1:
        return None
    if fold(word) in lexicon.given_names() or word in person_words:
        return None
    common = word.lower() in english_words()
    for m in named:
        tok = _token_at(doc, m.span.start)
        if tok is None:
            return None
        after = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if after is None or after.tag_.startswith("VB") or after.tag_ in ("POS", ",", "MD", "NNP", "NNPS"):
            return None  # "Wright served", "Kemp's", "Bush, who": what follows a name that opens a sentence
        if common and tok.tag_ not in ("NNP", "NNPS") and _sentence_start(doc, text, m.span.start):
            continue  # "Turnout in city races is low" (NN), "Subscribe now" (VBP); not "Wright served" (NNP)
        return None
    return "drop"


def _campaign_surname(text: str, a: Actor) -> bool:
    if a.kind != "organization" or " " in a.name.strip() or not a.name[:1].isupper() or a.name.isupper():
        return False
    named = _named(a)
    if not named or any(not m.rule.startswith("ner:") for m in named):
        return False
    if a.name.strip().lower() in english_words():
        return False  # "the Ford campaign": a word or a name WordNet lists may be a company's
    return any(_next_word(text, m.span.end) in _CAMPAIGN_NOUNS for m in named)


def drop(doc, text: str, actors: list[Actor]) -> list[Actor]:
    """The actors less capitalised junk; campaign surnames made (or joined to) their persons."""
    zones = time_zones()
    persons = [a for a in actors if a.kind == "person"]
    person_words = {w for a in persons if " " in a.name.strip() for w in a.name.split()}
    out = []
    for a in actors:
        named = _named(a)
        if named and all(m.span.text.strip() in zones for m in named):
            continue
        if _junk_person(doc, text, a, person_words) == "drop":
            continue
        if _campaign_surname(text, a):
            word = a.name.strip()
            same = next((p for p in persons if p is not a and p.name.split()[-1] == word), None)
            if same is not None:
                same.mentions = sorted([*same.mentions, *a.mentions], key=lambda m: m.span.start)
                continue
            a.kind = "person"
            a.rule = "actors:campaign-surname"
        out.append(a)
    return out
