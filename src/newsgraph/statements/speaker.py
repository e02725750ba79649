"""An actor for a speaker the actors stage did not name."""

from __future__ import annotations

from bisect import bisect_right

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
    named = named_person(table, token.text) if token.pos_ in ("PROPN", "NOUN") and not token.n_lefts else None
    if named is not None:
        # 'Trump:' heading a line, 'Matthews said' tagged as a noun: the person the article names in full
        table._index(named, Mention(Span.of(text, token.idx, token.idx + len(token.text)), "statements:speaker"))
        return named
    if token.pos_ == "PROPN":
        kind = _ENT_KIND.get(token.ent_type_, "person" if token.ent_type_ == "" else "organization")
    elif token.pos_ == "NOUN" and token.text[:1].isupper() and _heads_a_turn(token):
        kind = "person"  # 'Matthews: Well, ...': a transcript turn, the name tagged as a noun
    elif token.pos_ == "NOUN" and _camel_case(token.text) and token.i != token.sent.start:
        kind = "organization"  # 'according to RealClearPolitics', 'SurveyMonkey found': a name the tagger took for a noun
    elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
        kind = nouns[token.lemma_.lower()]
        if kind == "vague":  # 'the source', 'the analysts': someone pointed at, a person or a group
            kind = "person"
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
    code = _country_named(name) if token.pos_ == "PROPN" else None
    for actor in table.actors:
        if actor.rule == "statements:speaker" and actor.name.lower() == name.lower():
            break
        if code and actor.kind == "country" and actor.country == code:
            break  # 'Serbia signalled ...' where the model missed the name: the country named elsewhere
    else:
        if code:  # a country speaks ('Serbia said', 'Belgrade said'): never a person named 'Serbia'
            actor = Actor(id=table.new_id(), name=name, kind="country", country=code, rule="statements:speaker")
        else:
            actor = Actor(id=table.new_id(), name=name, kind=kind, rule="statements:speaker")  # type: ignore[arg-type]
    # indexed at once in the stage's own copy of the table; the pipeline adds the new actors to
    # the table later stages read
    table._index(actor, Mention(Span.of(text, a, b), "statements:speaker"))
    return actor


def _country_named(name: str) -> str | None:
    """The alpha-3 code of a country named by `name` or by its capital, if it is one."""
    from ..actors import lexicon

    return lexicon.country_of_name(name) or lexicon.capitals().get(lexicon.fold(name))


def named_person(table: ActorTable, word: str) -> Actor | None:
    """The one person of the table whose name ends in `word` ('Matthews' -> 'Chris Matthews'), if any."""
    if not word[:1].isupper() or len(word) < 3:
        return None
    w = word.lower()
    found = [a for a in table.actors if a.kind == "person" and a.name.split() and a.name.split()[-1].lower() == w]
    return found[0] if len({a.id for a in found}) == 1 else None


def _heads_a_turn(token) -> bool:
    """The word opens its line and a colon follows it ('Matthews: ...')."""
    doc = token.doc
    before = doc.text[:token.idx]
    line_start = before.rfind("\n") + 1
    return not before[line_start:].strip() and token.i + 1 < len(doc) and doc[token.i + 1].text == ":"


def _camel_case(word: str) -> bool:
    """'RealClearPolitics', 'FiveThirtyEight': a capital, then a capital again after a small letter."""
    return word[:1].isupper() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


_QUANTIFIERS = frozenset({"some", "many", "several", "a", "an", "few", "other", "most", "numerous", "various"})


def vague(token, nouns: dict[str, str]) -> bool:
    """'Diplomats said', 'some analysts say', 'reports from people familiar with the talks', 'a source
    told': a speaker noun of kind `vague` in data/speaker_nouns.tsv, with no article or only a
    quantifier before it, names nobody (issue 11, kind 7): no actor is made of it ('Reports').
    'The report', 'the source' point back to one, and stay speakers."""
    if token.pos_ not in ("NOUN", "PROPN") or "vague" not in (nouns.get(token.lemma_.lower()), nouns.get(token.lower_)):
        return False  # a row may name the plural alone ('reports': 'the report said' names a document)
    dets = [c for c in token.children if c.dep_ in ("det", "amod", "predet", "nummod") and c.i < token.i
            and c.lower_ in _QUANTIFIERS | {"the", "this", "these", "that", "those"}]
    if any(c.dep_ == "poss" for c in token.children):
        return False  # 'Amnesty's sources', 'his aides'
    return not any(d.lower_ in ("the", "this", "these", "that", "those") for d in dets)


def owned(head, word) -> bool:
    """Whether the actor found for a vague speaker phrase is the phrase's own ('reports received by
    Amnesty', "Amnesty's sources", or the words themselves a mention), not a modifier of the noun
    ('Middle East observers', 'Western diplomats')."""
    if word is None:
        return False
    t = word
    for _ in range(len(head.doc)):  # up the tree to the head (tokens compare by index, not identity)
        if t.i == head.i or t.head.i == t.i:
            break
        if t.dep_ in ("poss", "agent") or (t.dep_ == "prep" and t.lower_ == "by"):
            return True
        t = t.head
    return word.i == head.i


# nouns that, with 'the', point back to an actor named before ('the organization believes'):
# the actor kinds each may stand for
_BACK_NOUNS = {"organization": ("organization", "group"), "organisation": ("organization", "group"),
               "group": ("organization", "group"), "agency": ("organization",), "ministry": ("organization",),
               "company": ("organization",), "movement": ("organization", "group"),
               "militia": ("group", "organization"), "government": ("country", "organization"),
               "country": ("country",)}


def pointing_back(token, table: ActorTable, before: int, since: int) -> Actor | None:
    """'the organization', 'the group', 'the ministry' as a speaker: the nearest actor of a kind
    the noun may stand for, named in the last few sentences (from `since` up to `before`)."""
    kinds = _BACK_NOUNS.get(token.lemma_.lower())
    if kinds is None or token.tag_ not in ("NN",) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") or c.pos_ == "PROPN" for c in token.children):
        return None  # 'the Kurdish group', 'the Syrian government': its own actor, the actors stage's
    for m, a in reversed(table.mentions_in(since, before)):
        if m.span.end <= before and a.kind in kinds:
            return a
    return None


def nearest(table: ActorTable, pronoun: str, before: int, since: int, gender_of, said=()) -> Actor | None:
    """The actor a pronoun speaker stands for when coreference gave none: the nearest one named
    before it (from `since`) that the pronoun fits (issue 11, kind 6: 'he' after two named people is
    the nearer person, never an armed group; 'it' is never a person). A name inside what was said
    (`said`: the content ranges of the statements before, and of this one) is not a candidate: in
    "Smith said Jones lied. He added ..." the one who adds is Smith, and in '"Jones lied," he said'
    he is not Jones."""
    from ..grammar.pronouns import FIRST, GENDER, PLURAL, fits

    p = pronoun.lower()
    if p in FIRST or p in ("you", "your"):
        return None  # the writer or the reader: only the quotation's speaker (grammar.speaker_for)
    want = GENDER.get(p)
    merged: list[list[int]] = []  # the ranges of what was said, disjoint and in order: one bisect a mention
    for x, y in sorted(said):
        if merged and x <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], y)
        else:
            merged.append([x, y])
    starts = [x for x, _ in merged]

    def inside_said(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < merged[i][1]

    for m, a in reversed(table.mentions_in(since, before)):
        if m.span.end > before or not fits(p, a) or inside_said(m.span.start):
            continue
        if p in PLURAL and a.kind == "person":
            continue
        if want is not None and gender_of(a) not in (None, want):
            continue
        return a
    return None
