"""Devices of the writer's own voice that no word list catches (issue 11, signals9, session 10):
scare quotes (quotation marks the writer puts round a word of the article's own prose to distance
itself from it: the paper-thin medical "record", the "reset" with Russia) and rhetorical questions
(a question the writer asks the reader and answers by implication: "Would there have been
impeachment proceedings against Obama?").

Both are read only where the words are the outlet's: a quotation mark that holds someone's words
(a statement's content, a sentence with a verb of saying or naming, a quotation opening its sentence),
and a question inside a quotation or a reported statement, are someone else's."""

from __future__ import annotations

import re

from ..grammar.cues import cues
from ..model import Article, Signal
from ..nlp import sentence_bounds
from .calls import _is_call
from .quotes import Voices

# a short quotation: straight or curly double quotes, or curly single quotes (a straight single quote
# doubles as an apostrophe), opening after a space or a bracket, its words touching the marks (a closing
# mark and the next quotation's opening one hold no words of their own: '... he said. "In this case')
_SHORT = re.compile(r"(?:(?<=[\s(\[\u2014\u2013/])|^)"
                    r"(?:\"(\S(?:[^\"\n]{0,38}\S)?)\"|\u201c(\S(?:[^\u201d\n]{0,38}\S)?)\u201d"
                    r"|\u2018(\S(?:[^\u2019\n]{0,38}\S)?)\u2019(?![a-z]))", re.M)
# words that say a quotation is someone's words, a name or a title (besides the cue lexicon's verbs and
# nouns): a word for a word ('the word "sham"'), naming ('known as', 'dubbed'), a title ('the article')
_CITED = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|term|terms|termed|label\w*|brand|brands|branded|"
    r"nicknamed|known as|referred to|refers? to|according to|headlined|titled|entitled|slogans?|chant\w*|"
    r"shout\w*|quot\w*|words?|phrases?|coined|named|names?|hashtag|mantra|motto|banner|signs?|placards?|"
    r"article|book|song|film|episode|album|headline|title|noted?|urg\w*|put it|in the words of)\b", re.I)


def _cites(doc, first: int, last: int, start: int, end: int) -> bool:
    """The sentence has a verb of saying or believing or a noun of saying (the cue lexicon, data/cues.tsv)
    outside the quotation: its quotation is someone's words ('the ministry said the talks were
    "constructive"'). The quoted word itself is no cue ('the paper-thin "report"')."""
    c = cues()
    for t in doc[first:last]:
        if start <= t.idx < end:
            continue
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and (lemma in c.speech_verbs or lemma in c.belief_verbs) or \
                t.pos_ == "NOUN" and lemma in c.nouns:
            return True
    return False


_CLOSE_PUNCT = ".,;:"
_SIDES = frozenset({"left", "right", "centre", "center", "red", "blue", "purple"})


def _words_of_prose(inner: str) -> bool:
    """One word of the writer's own prose: not a name, a title, a number, an acronym or an exclamation
    ("VIP", "Full Stop", "Gang of Eight", "Yes!")."""
    inner = inner.strip().rstrip(_CLOSE_PUNCT)
    words = inner.split()
    if len(words) != 1 or not inner[:1].isalpha() or inner[-1:] in "?!":
        return False  # two words or more are most often a term or a partial quotation ('a 55-kilometer
        # "de-confliction zone"', 'identity is "dizzyingly plural"'), which the wires quote neutrally
    if inner.lower() in _SIDES:
        return False  # 'on the "right" side', '"blue" America': a political label mentioned as a label
    if words[0][:1].isupper() and words[-1][:1].isupper() or any(w.isupper() and len(w) > 1 for w in words):
        return False  # a name, a title, an acronym
    return all(re.fullmatch(r"[A-Za-z][\w'\u2019\-]*", w) for w in words)


def scare_quotes(doc, article: Article, voices: Voices) -> list[Signal]:
    """Quotation marks round one word of the article's own prose, in a sentence that cites
    nobody: 'the paper-thin medical "record" that Trump provided', 'the war on "society"'.
    Not a quotation that is a statement's content or sits in one, not one in a sentence with a verb
    of saying or naming or a word for words or works ('the word "sham"', 'the "Full Stop" campaign'),
    not one opening its sentence, not a grade or category after "as" / "to" ('upgraded to "confidential"')."""
    text = article.text
    out: list[Signal] = []
    if '"' not in text and "\u201c" not in text and "\u2018" not in text:
        return out
    bounds = sentence_bounds(doc)
    k = 0
    for m in _SHORT.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if not _words_of_prose(inner):
            continue
        start, end = m.start(), m.end()
        while k < len(bounds) and bounds[k][3] <= start:
            k += 1
        if k >= len(bounds) or bounds[k][2] > start or end > bounds[k][3]:
            continue
        first, last, a, b = bounds[k]
        before, after = text[a:start], text[end:b]
        if not re.search(r"[A-Za-z]", before):
            continue  # a quotation opening its sentence is someone's words
        if before.rstrip()[-1:] in (":", ",") and not re.search(r"[A-Za-z]", after):
            continue  # '..., he warned: "enough."'
        if re.search(r"\b(?:as|to|from|into)\s*$", before, re.I):
            continue  # a grade or a category named: 'upgraded to "confidential"', 'listed as "missing"'
        if _CITED.search(before) or _CITED.search(after) or _cites(doc, first, last, start, end):
            continue
        if _in_quote_or_statement(voices, start, end) or _block_quoted(text, start):
            continue
        out.append(Signal(kind="loaded_language", text=text[start:end], start=start, end=end,
                          rule="framing:scare-quotes"))
    return out


_ITEM = re.compile(r"[ \t]*(?:[\u2022\u25cf\u25aa*\-\u2013\u2014>]|[a-z]\s|\d+[.)])")


def _block_quoted(text: str, start: int) -> bool:
    """A paragraph after one that ends in a colon ("As Klein writes:", "Soerens argued that:") is a block
    quotation, and so is a list item of a list that follows one: the words of whoever the colon
    introduces."""
    end = text.rfind("\n", 0, start)
    item = _ITEM.match(text, end + 1) is not None
    for _ in range(8):
        if end < 0:
            return False
        before = text[:end].rstrip()
        if before.endswith(":"):
            return True
        para = before.rfind("\n") + 1
        if not item or not before or not _ITEM.match(text[para:len(before)]):
            return False  # not a list item: the list (if any) began after it
        end = para - 1
    return False


def _in_quote_or_statement(voices: Voices, start: int, end: int) -> bool:
    """Inside a longer quotation, or inside what a statement quotes directly or in part (its own
    quotation). An indirect statement's content is the outlet's paraphrase: its quotation marks are
    the writer's, unless the sentence names a verb of saying (_CITED)."""
    for a, b in voices.quoted:
        if a <= start and end <= b and (a, b) != (start, end):
            return True
    return any(a <= start and end <= b and direct for a, b, _, direct in voices.reported)


_HEADING_WORDS = 10
_FEWEST_WORDS = 5  # "What's going on here?", "Why these protests now?": a turn of the argument, not a question put


def rhetorical_questions(doc, article: Article, voices: Voices) -> list[Signal]:
    """A question in the writer's own voice, asked in the run of an argument: 'Would there have been
    impeachment proceedings against Obama?', 'How can we trust a word the ministry says?'. Not a
    question inside a quotation or a reported statement, not a short question standing as its own
    paragraph (a sub-heading: "What about the violence?", "What is next?"), not one of under four
    words ("Why?", "What's going on here?"), not an interview's "Q:", not a lead-in to a call to action
    ("Want more updates? Sign up for our newsletter"), not one in a block quotation (the
    paragraph after "As Klein writes:")."""
    text = article.text
    out: list[Signal] = []
    if "?" not in text:
        return out
    bounds = sentence_bounds(doc)
    for k, (first, last, a, b) in enumerate(bounds):
        end = b
        while end > a and text[end - 1] in " \t\n)\u2019\u201d\"'":
            end -= 1
        if end <= a or text[end - 1] != "?":
            continue
        start = max(a, text.rfind("\n", a, end) + 1)  # the question's own paragraph ("As she writes:\n\nWill ...?")
        while start < end and text[start].isspace():
            start += 1
        sentence = text[start:end]
        words = sentence.split()
        if len(words) < _FEWEST_WORDS or _block_quoted(text, start) or re.match(r"(?:Q|Question|Q&A)\s*[:.]", sentence):
            continue
        if voices.is_quoted(end - 1, end) or any(x <= end - 1 < y for x, y, _, _ in voices.reported):
            continue
        if any(x <= start < y for x, y in voices.quoted) or any(
                ch in sentence for ch in ('"', "\u201c", "\u201d")) and sentence.count('"') % 2:
            continue
        if k + 1 < len(bounds) and _is_call(text[bounds[k + 1][2]:bounds[k + 1][3]].strip()):
            continue  # "Want more updates from Amanda? Sign up for her newsletter": a lead-in to a call
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        alone = not text[para_start:start].strip() and not text[end:para_end].strip()
        if alone and len(words) < _HEADING_WORDS:
            continue
        out.append(Signal(kind="rhetorical_question", text=sentence, start=start, end=end,
                          rule="framing:rhetorical-question"))
    return out
