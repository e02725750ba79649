"""Claims made without a checkable source, and certainty asserted without evidence.

Two inputs: the statements stage's unattributed statements, and the marker lexicon
(`data/lexicons/markers.tsv`), read here too because the statements stage may not catch every
"it is known that".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .. import _prefilter
from ..model import Article, Signal, Statement
from ..nlp import sentence_bounds
from ..positions import Windowed
from ..statements.attribution import text_of
from .lexicon import markers
from .quotes import Voices

# unnamed members of a trade ("doctors at the hospital said", "economists say"); the article has named
# them before "the doctors" / "the scientists" refers back to them (_named_before)
_TRADES = frozenset({"employees", "staffers", "doctors", "medics", "economists", "scientists", "traders"})
# the head of a speaker phrase that names nobody: "officials said", "..., agency officials said"
_VAGUE_HEADS = frozenset({"officials", "sources", "experts", "analysts", "observers", "critics", "insiders",
                          "diplomats", "witnesses", "eyewitnesses", "activists", "residents",
                          # unnamed staff ("senior aides said", "executives say", "according to health care workers")
                          "aides", "advisers", "advisors", "executives", "workers"}) | _TRADES
# Speakers too vague to check: "sources", "some officials", "experts", "observers"...
_VAGUE_SOURCE = re.compile(r"\b(?:" + "|".join(sorted(_VAGUE_HEADS | {"source", "people", "reports", "some", "many",
                                                                     "several", "others"})) + r")\b", re.I)
# what unnamed people do when they are a source: say, tell, report ("residents said", not "residents wanted")
_SPEAKING = re.compile(r"^(?:said|says|say|saying|told|tell|tells|telling|reported|report|reports|claimed|claim|"
                       r"claims|added|warned|warn|warns|noted|stated|confirmed|confirm|according to|suggested|"
                       r"believe|believed|fear|feared|estimated|estimate)$", re.I)
# what an unnamed group does when the text cites it as a source: says, claims, believes, fears, warns, calls
# something a name; not what it is described doing or knowing ("people view their role", "Some 370 million
# people identify as", "People who upload photos will still know", "young people ... believing")
_CITING = re.compile(r"^(?:according to|said|says|say|saying|told|tell|tells|reported|report|reports|claimed|claim|"
                     r"claims|added|adds|add|warned|warn|warns|warning|noted|note|notes|stated|confirmed|confirm|"
                     r"suggested|suggest|suggests|believe|believes|believed|fear|fears|feared|estimated|estimate|"
                     r"argue|argues|argued|insist|insists|insisted|contend|contends|contended|wrote|write|writes|"
                     r"questioned|question|proclaimed|recommend|recommends|recommended|expect|expects|expected|"
                     r"predict|predicts|predicted|agree|agrees|agreed|accused|accuse|called|call|calling|calls|"
                     r"think|thinks|thought|feel|feels|felt|assume|assumes|assumed|concerned|worry|worried|"
                     r"worries|doubt|doubts|doubted|complained|complain)\b", re.I)
_DEGREE = {"so", "very", "too", "as", "more", "less", "quite", "rather", "most", "how", "less"}


def _sentence_end(doc, char: int, bounds: list[tuple[int, int]] | None = None) -> int:
    """The end of the sentence holding `char`, else the end of the text. `bounds`: every sentence's
    (start_char, end_char) in text order, made once by the caller (a walk over doc.sents per
    marker made the stage quadratic in the text's length)."""
    if bounds is None:
        bounds = [(b[2], b[3]) for b in sentence_bounds(doc)]
    i = bisect_right(bounds, (char, float("inf"))) - 1
    if i >= 0 and bounds[i][0] <= char < bounds[i][1]:
        return bounds[i][1]
    return len(text_of(doc))


def _manner_use(doc, start: int) -> bool:
    """'did not respond so clearly': the adverb says how something was done, not that it is certain."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.i > 0 and doc[tok.i - 1].lower_ in _DEGREE:
        return True
    head = tok.head
    if head.pos_ == "VERB" and any(c.dep_ == "neg" for c in head.children):
        return True  # "did not respond clearly": how, not whether
    return tok.dep_ != "advmod" and tok.pos_ != "ADV"


def from_markers(doc, article: Article, voices: Voices) -> list[Signal]:
    text = article.text
    out = []
    bounds = None  # the sentences' offsets, made when a marker first needs them
    hay = _prefilter.haystack(text)
    for marker in markers():
        if not hay.may_match(marker.pattern):
            continue  # none of the words its every match holds is in the text
        for m in hay.finditer(marker.pattern, text):  # pattern.finditer(text)'s matches, looked for near its words
            start, end = m.start(), m.end()
            if marker.kind == "certainty_marker" and " " not in m.group() and _manner_use(doc, start):
                continue
            if marker.scope == "sentence":
                if bounds is None:
                    bounds = [(b[2], b[3]) for b in sentence_bounds(doc)]
                end = _sentence_end(doc, start, bounds)
                while end > start and text[end - 1].isspace():
                    end -= 1
            out.append(Signal(kind=marker.kind, text=text[start:end], start=start, end=end,
                              rule=f"framing:marker:{marker.source}", quoted=voices.is_quoted(start, m.end()),
                              speaker=voices.speaker(start, m.end())))
    # "Some observers say ..." and "observers say ...": keep the widest of nested matches of one kind
    near = Windowed([(s.start, s.end) for s in out])

    def holders(s: Signal) -> list[Signal]:  # the signals that may hold s (every one for a backwards s)
        return [out[i] for i in near.near(s.start, s.start)] if s.end >= s.start else out

    return [s for s in out if not any(o is not s and o.kind == s.kind and o.start <= s.start and s.end <= o.end
                                      and (o.end - o.start) > (s.end - s.start) for o in holders(s))]


# what may follow the vague noun in its phrase: "executives across the world", "residents of the town"
_SOME_OF = frozenset({"many", "some", "others", "several", "few", "most", "critics"})
_PHRASE_PREPS = frozenset({"across", "in", "from", "at", "around", "of", "on", "inside", "within", "near"})


def _only_vague_words(text: str, speaker_text) -> bool:
    """'officials said', 'Officials say', 'senior officials told': a speaker phrase of lower-case words
    headed by a vague plural, which the statements stage may still have made an actor of. A capital
    word names whose they are ("Pentagon officials": the marker lexicon's row), a first word capitalised
    only because it opens the sentence does not."""
    if speaker_text is None:
        return False
    words = speaker_text.text.split()
    if len(words) >= 3 and words[0].lower() in _SOME_OF and words[1].lower() in _PHRASE_PREPS:
        return True  # "Many in Hong Kong fear", "some in the party say": a part of a place or body, unnamed
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PHRASE_PREPS), len(words))
    words = words[:cut]  # "Executives across the world": the phrase's head is before its preposition
    if not words or len(words) > 4 or words[-1].lower() not in _VAGUE_HEADS:
        return False
    before = text[:speaker_text.start].rstrip()
    opens = not before or before[-1] in ".!?\"\u201c\u201d\n:"
    return not any(w[:1].isupper() and not (i == 0 and opens) for i, w in enumerate(words))


# one unnamed person who speaks: "one trade expert", "a senior diplomat" (not "who", "people who ask")
_VAGUE_ONE = frozenset({"expert", "official", "source", "diplomat", "analyst", "observer", "insider", "adviser",
                        "advisor", "aide", "executive", "worker", "resident", "witness", "eyewitnesse", "activist",
                        "critic", "commentator", "economist", "strategist", "lawyer", "scholar", "researcher"})
_NAMED = re.compile(r"\b[A-Z][\w.'\-]+\s+[A-Z][\w.'\-]+")  # two capitalised words in a row: a name


# a modal or an auxiliary of the future between a vague subject and its verb: "people might question",
# "People will begin to think", "some readers may reply" guess what someone could say; nobody is cited
_GUESSED = re.compile(r"\b(?:will|would|may|might|could|can|should|shall)\b|'ll\b|\bwon[’']t\b", re.I)


def _guessed(text: str, s: Statement) -> bool:
    if s.speaker_text is None or s.cue is None or s.cue.start < s.speaker_text.end:
        return False
    words = s.speaker_text.text.split()
    if words and words[-1].lower() in _VAGUE_HEADS:
        return False  # "critics will say", "analysts may argue": the outlet still puts the claim to a kind of source
    between = text[s.speaker_text.end:s.cue.start]
    return len(between.split()) <= 4 and "\n" not in between and bool(_GUESSED.search(between))


_DEFINITE = frozenset({"the", "his", "her", "their", "its", "these", "those", "both"})


def _named_before(speaker_text: str) -> bool:
    words = speaker_text.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _PHRASE_PREPS), len(words))
    return len(words) >= 2 and words[0] in _DEFINITE and words[cut - 1] in _TRADES


def from_statements(article: Article, statements: list[Statement]) -> list[Signal]:
    """Statements nobody is named for: unattributed claims, or vague ones when some source words are given.
    One claim the statements stage read twice, as unattributed ("sources told" as a cue) and as said by a
    vague speaker ("sources"), gives one vague_attribution signal over both spans."""
    out: list[Signal] = []
    cues: list[tuple[int, int] | None] = []
    for s in statements:
        if s.speaker and s.kind != "unattributed" and not (
                _only_vague_words(article.text, s.speaker_text) and s.cue is not None and _SPEAKING.match(s.cue.text)):
            continue
        if not s.content:
            continue
        if s.speaker is None and _guessed(article.text, s):
            continue  # a guess at what unnamed people may think or say is no source
        if s.speaker_text is not None and s.cue is not None and not _CITING.match(s.cue.text):
            continue  # "people view their role in the world": unnamed people described, not cited
        if s.speaker_text is not None and _named_before(s.speaker_text.text):
            continue  # "the doctors said": the ones the article has named
        start = min(c.start for c in s.content)
        end = max(c.end for c in s.content)
        if s.cue is not None:
            start, end = min(start, s.cue.start), max(end, s.cue.end)
        if s.speaker_text is None:
            kind = "unattributed_claim"
        elif _VAGUE_SOURCE.search(s.speaker_text.text) or not s.speaker and "speaker:vague" in (s.rule or "") and \
                not _NAMED.search(s.speaker_text.text, 1) and "," not in s.speaker_text.text and \
                any(w.lower().rstrip("s") in _VAGUE_ONE for w in s.speaker_text.text.split()):
            # the statements stage found the speaker words too vague for an actor ("one trade expert said"),
            # and they name nobody ("Another diplomat, former envoy Kurt Volker" does)
            kind = "vague_attribution"
            # the vague words themselves are part of what is flagged ("officials said ...", "according to sources")
            start, end = min(start, s.speaker_text.start), max(end, s.speaker_text.end)
        else:
            continue  # "the mayor said": a source the reader can check, only not resolved to an actor
        out.append(Signal(kind=kind, text=article.text[start:end], start=start, end=end,
                          rule=f"framing:statement:{s.id}:{s.rule or s.kind}"))
        cues.append((s.cue.start, s.cue.end) if s.cue is not None else None)
    return _merge_twice_read(article.text, out, cues)


def _merge_twice_read(text: str, out: list[Signal], cues: list[tuple[int, int] | None]) -> list[Signal]:
    """'Oil fell after sources told Reuters that ...': an unattributed claim whose cue overlaps a vague
    attribution's cue is the same claim; the vague signal takes both spans and the other goes."""
    drop = set()
    for i, u in enumerate(out):
        if u.kind != "unattributed_claim" or cues[i] is None:
            continue
        for j, v in enumerate(out):
            if v.kind != "vague_attribution" or cues[j] is None or j in drop:
                continue
            if cues[i][0] < cues[j][1] and cues[j][0] < cues[i][1]:
                start, end = min(u.start, v.start), max(u.end, v.end)
                out[j] = replace(v, start=start, end=end, text=text[start:end])
                drop.add(i)
                break
    return [s for i, s in enumerate(out) if i not in drop]
