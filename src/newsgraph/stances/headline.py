"""Headline-body stance (the FNC-1 task): does a body agree with, disagree with, discuss, or not
concern the claim in a headline? Lexical rules only, no parse, so a whole corpus is cheap to score.

related   at least RELATED of the headline's content words occur in the body
disagree  a refuting cue (data/lexicons/claim_cues.tsv) in a body sentence that shares words with the claim
discuss   a hedging cue there, or in the body's lead
agree     related, with neither
A headline that itself refutes a story (a refuting cue, or a negation: "X didn't adopt a werewolf")
turns refuting bodies into agreeing ones, and bodies that tell the story without refuting it into
disagreeing ones (hedged ones still discuss).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

RELATED = 0.3  # share of the headline's content words found in the body; chosen on the fnc1 tuning part (0.2-0.4)
LEAD_SENTENCES = 3
_WORD = re.compile(r"[a-z][a-z0-9'-]+")
_SENT = re.compile(r"(?<=[.!?])\s+|\n+")


# a headline that says the story did not happen ("X didn't adopt a werewolf", "No, X is not dead");
# in a body such words are mostly part of what is reported, so they count in headlines only
_NEGATED_HEADLINE = re.compile(r"\b(?:didn[’']?t|did not|isn[’']?t|is not|wasn[’']?t|was not|never)\b|^no\b", re.I)


@dataclass(frozen=True, slots=True)
class Body:
    words: frozenset[str]
    sentences: tuple[tuple[str, frozenset[str]], ...]


def _stem(w: str) -> str:
    w = w.strip("'-")
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 2)


def prepare(body: str) -> Body:
    sents = tuple((s, content_words(s)) for s in _SENT.split(body) if s.strip())
    return Body(content_words(body), sents)


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, str], ...]:
    text = resources.files("newsgraph.data").joinpath("lexicons", "claim_cues.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple((re.compile(r["cue"], re.I), r["kind"]) for r in rows)


def stance(headline: str, body: Body) -> str:
    claim = content_words(headline)
    if not claim or len(claim & body.words) / len(claim) < RELATED:
        return "unrelated"
    near = [s for s, words in body.sentences if len(words & claim) >= min(2, len(claim))]
    lead = [s for s, _ in body.sentences[:LEAD_SENTENCES]]
    kinds_near = {kind for s in near for pattern, kind in _cues() if pattern.search(s)}
    hedged = "hedge" in kinds_near or any(kind == "hedge" and pattern.search(s) for s in lead for pattern, kind in _cues())
    if _NEGATED_HEADLINE.search(headline) or any(kind == "refute" and pattern.search(headline) for pattern, kind in _cues()):
        # the headline itself calls the story false ("Third-breast woman a hoax", "Doctor denies selfie"):
        # a body that refutes it too agrees; one that tells the story as true disagrees
        return "agree" if "refute" in kinds_near else "discuss" if hedged else "disagree"
    if "refute" in kinds_near:
        return "disagree"
    if hedged:
        return "discuss"
    return "agree"
