"""An actor for a speaker the actors stage did not name."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..actors import ActorTable, documents
from ..actors.names import is_code_identifier
from ..grammar import head_words
from ..grammar.cues import data_rows
from ..grammar.pronouns import PERSONAL, RELATIVE
from ..model import Actor
from ..nlp import text_of

_ENT_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}


def add_speaker(table: ActorTable, text: str, token, nouns: dict[str, str], after: int = 0) -> Actor | None:
    """An actor for a speaker the actor table missed ('the campaign said', 'Caddell said'): a proper
    name, or a noun from data/speaker_nouns.tsv. Same words, same actor, within one article.
    `table` is the statements stage's private copy; words before `after` are not the speaker's."""
    from ..model import Mention, Span

    if token.lower_ in PERSONAL or token.lower_ in RELATIVE:
        return None
    if _no_speaker(token, nouns):
        return None
    if (wrote := documents.author(table, token)) is not None:
        return wrote  # 'a report by Amnesty said': the author speaks, no actor 'report' (actors/documents.py)
    if token.lemma_.lower() in _SHARES:
        # 'Sixty percent of the residents said': the residents speak; 'Fifty-one percent say' alone names nobody
        whole = _share_of(token)
        if whole is not None:
            return add_speaker(table, text, whole, nouns, after)
        # 'Fifty-one percent say': a share of people, named by the whole phrase like 'nearly half', never 'percent'
        a, b = token.left_edge.idx, token.idx + len(token.text)
        counted = any(t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL") for t in token.lefts)
        if counted and after <= a < token.idx:  # not 'your body fat percentage': no share of anyone
            name = text[a:b]
            actor = next((x for x in table.actors if x.rule == "statements:speaker" and x.name.lower() == name.lower()),
                         None) or Actor(id=table.new_id(), name=name, kind="group", rule="statements:speaker")
            table._index(actor, Mention(Span.of(text, a, b), "statements:speaker"))
            return actor
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
    elif token.pos_ == "NOUN" and not token.n_lefts and _full_name_in(text, token.text):
        kind = "person"  # "D'Souza replied" where the article names 'Dinesh D'Souza': a surname the tagger took for a noun
    elif token.pos_ == "NOUN" and _camel_case(token.text) and token.i != token.sent.start:
        kind = "organization"  # 'according to RealClearPolitics', 'SurveyMonkey found': a name the tagger took for a noun
    elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
        kind = nouns[token.lemma_.lower()]
        if kind == "vague":  # 'the source', 'the analysts': someone pointed at, a person or a group
            kind = "person"
        if kind == "person" and token.tag_ in ("NNS", "NNPS"):
            kind = "group"
    elif token.pos_ == "NOUN" and token.lemma_.lower() in own_voice_nouns():
        # 'many European citizens feel': people, though no speaker noun lists them (their adjective's
        # actor was not taken for them: named_by_modifier)
        kind = "group" if token.tag_ in ("NNS", "NNPS") else "person"
    elif token.pos_ == "NOUN" and _who_describes(token):
        # 'an aspiring trader who felt ...', 'radicals who wanted ...': 'who' says the noun is a person
        kind = "group" if token.tag_ in ("NNS", "NNPS") else "person"
    else:
        return None
    if kind == "person" and (token.lemma_.lower() in _BODIES or token.lower_ in _BODIES):
        kind = "organization"  # 'the defence ministry said' tagged as a name: a body, never a person
    a, b = head_words(token)
    if token.lemma_.lower() in _BODIES or token.lower_ in _BODIES:
        a = min(a, _body_adjectives(token))  # 'the regional council said': 'regional council', not 'council'
    if token.pos_ == "NOUN" and token.lemma_.lower() in own_voice_nouns():
        # 'White House advisers': the whole name before the noun, not its last word ('House advisers')
        a = min([a] + [t.idx for c in token.lefts if c.dep_ == "compound" for t in c.subtree])
    owner = _owner(token)
    if owner is not None and token.pos_ == "NOUN" and token.lemma_.lower() in own_voice_nouns():
        # "Morrison's lawyer said": whose lawyer it is stays in the name (an actor 'lawyer' would join them all)
        a = min(a, next((t.idx for t in owner.subtree if t.pos_ != "DET"), owner.idx))
    if owner is not None and token.lemma_.lower() in _BODIES:
        # "the prosecutor's office said": whose office it is, not an actor 'office' (its article left out)
        a = min(a, next((t.idx for t in owner.subtree if t.pos_ != "DET"), owner.idx))
    if after > a:
        a = min(after, token.idx)
        for t in token.doc.char_span(a, token.idx + 1, alignment_mode="expand") or []:
            if t.pos_ != "DET" and not t.is_space:
                a = t.idx
                break
    name = text[a:b]
    if _code(name):
        return None  # '|x| x.downcase': code, whatever the tagger made of it
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


# spaCy entity types of amounts and times: 'Fifty-one', 'Wednesday', '2019' never speak
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
# a share of people speaks only through what it is a share of
_SHARES = frozenset({"percent", "percentage", "%"})


def _no_speaker(token, nouns: dict[str, str]) -> bool:
    """Words that are never a speaker: punctuation and symbols ('.', '。', "'s"), numbers, dates and
    amounts, code ('|x| x.downcase', 'data=172'). A speaker noun ('half', 'majority') stays one."""
    word = token.text
    if not any(c.isalpha() for c in word) or token.like_num or token.pos_ in ("PUNCT", "SYM", "NUM", "PART"):
        return True
    if token.ent_type_ in _NOT_SPEAKER_ENTS and token.lemma_.lower() not in nouns:
        return True
    return _code(word)


def _code(words: str) -> bool:
    """Characters of code, markup and handles, never of a speaker's name."""
    return any(c in words for c in "=|{}<>[]\\@#_")


def _who_describes(token) -> bool:
    """Whether a common noun heads a relative clause whose subject is 'who' ('a trader who felt',
    'radicals who wanted'): only a person is 'who', whatever the noun. A quantifier ('others who',
    'many who') names nobody (issue 11, kind 7) and is no such noun."""
    if token.lemma_.lower() in _QUANTIFIERS or token.lower_ in ("others", "many", "most", "none"):
        return False
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
               for c in token.rights)


def _share_of(token):
    """The noun a share is of ('percent of the residents' -> 'residents'), or None."""
    for c in token.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                    return o
    return None


# bodies a text names by a common noun alone ('the ministry said'): with no name of their own they are
# the body named before, or the state the article is about, never an actor named 'ministry' (issue 11, kind 4)
_BODIES = frozenset({"army", "military", "ministry", "government", "office", "department", "administration",
                     "regime", "authority", "presidency", "cabinet", "palace", "commission",
                     "committee", "council", "agency", "embassy", "junta", "force", "forces"})
# those that speak for a state: with no body of that name before, the one country the article names
_STATE_BODIES = frozenset({"army", "military", "ministry", "government", "office", "administration", "regime",
                           "authorities", "presidency", "cabinet", "palace", "junta", "force", "forces"})
_FORCES = frozenset({"army", "military", "force", "forces"})
# a head of state or government whose office, palace or cabinet speaks for the state
_LEADER_TITLES = frozenset({"president", "premier", "minister", "king", "emir", "chancellor", "leader", "queen",
                            "sultan", "monarch"})


# adjectives that say which one of several, not what body it is ('the new council' is 'council')
_NOT_NAMING = frozenset({"new", "old", "former", "same", "other", "whole", "entire", "current", "previous",
                         "next", "last", "first", "relevant", "said", "such", "own", "present", "respective"})


def _body_adjectives(token) -> int:
    """Where a body's name starts with the adjectives and nouns right before its head ('the regional
    council', 'the provincial health office'): the words next to it, leftwards, that modify the head or
    a word of the run, up to a word that only picks one of several ('the new council') or is no word."""
    doc, start, k = token.doc, token.idx, token.i - 1
    run = {token.i}
    while k >= 0 and doc[k].dep_ in ("amod", "compound") and doc[k].head.i in run and doc[k].is_alpha \
            and doc[k].lower_ not in _NOT_NAMING:
        start = doc[k].idx
        run.add(k)
        k -= 1
    return start


def _owner(token):
    """The possessor of a noun that is a word, not a pronoun ('the prosecutor's office' -> 'prosecutor')."""
    return next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)


def generic_body(table: ActorTable, token, since: int) -> tuple[bool, Actor | None]:
    """(whether the speaker is a body named by a common noun alone, the actor it stands for). 'The
    commission said' after 'the regional health commission': that body; 'the ministry', 'the army',
    'the government', 'the office', 'the president's office' with no body of that name before: the
    state the article means by it, by the one rule the actors and events stages use too
    (`actors.coref.state_meant`: the country named most before the sentence, a tie settled by the
    headline, the outlet's country, or the first country named alone; none when a country is named
    earlier in the same sentence or the tie stays) (the army: that country's national force, as the
    actors stage resolves it, when the country is named at least twice); otherwise unresolved (None),
    never a new actor 'ministry' (issue 11, kind 4). 'The health commission', "the prosecutor's office",
    'the Foreign Ministry' have words of their own and are no generic body."""
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or (noun not in _BODIES and token.lower_ not in _BODIES):
        return False, None
    if any(c.dep_ in ("compound", "amod", "nmod", "nummod") or c.pos_ == "PROPN" for c in token.children):
        return False, None
    if any(c.dep_ == "det" and c.lower_ not in ("the", "this", "its", "their") for c in token.children):
        return False, None  # 'a ministry', 'every council', 'which office': nobody pointed at
    owner = _owner(token)
    if owner is not None and owner.lemma_.lower() not in _LEADER_TITLES:
        return False, None  # "the prosecutor's office": a body of its own
    start = token.left_edge.idx if owner is None else owner.left_edge.idx
    if owner is None:
        for m, a in reversed(table.mentions_in(since, start)):
            if m.span.end <= start and a.kind in ("organization", "group") and (
                    noun in a.name.lower().split() or token.lower_ in a.name.lower().split()):
                return True, a  # 'the regional health commission ... the commission said'
    if noun not in _STATE_BODIES and token.lower_ not in _STATE_BODIES:
        return False, None  # 'the agency said', 'the committee said': a body of its own kind (add_speaker)
    from ..actors.coref import state_meant  # the one rule for a state noun with no owner (all stages)

    state = state_meant(table.actors, token.doc.text, start, token.sent.start_char, getattr(table, "home", None),
                        headline=getattr(table, "headline", None))
    if state is None:
        if token.lower_ == "authorities":
            return False, None  # 'authorities said' with no state meant: a group of officials (add_speaker), as 'police'
        return True, None  # no country, or no one country the article is about: whose ministry is not said
    if noun not in _FORCES:
        return True, state
    from ..actors import known

    code = state.country
    if sum(1 for m in state.mentions if m.span.end <= start) < 2:
        return True, None  # an army is a country's own only where the article is about that country
    entry = known.forces_of(code)
    if entry is None:
        return True, None
    for a in table.actors:
        if a.kind == "organization" and known.lookup(a.name) is entry:
            return True, a
    return True, Actor(id=table.new_id(), name=entry.name, kind="organization", country=entry.country,
                       rule="statements:speaker")


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
    text, at = text_of(doc), token.idx  # (the parsed text, kept: Doc.text joins every token again)
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip() and token.i + 1 < len(doc) and doc[token.i + 1].text == ":"


def _full_name_in(text: str, word: str) -> bool:
    """Whether the article writes `word`, a capitalised word, right after a given name ('Sean Hannity',
    'Dinesh D'Souza'): then it is a surname wherever it stands alone."""
    from ..actors import lexicon as actor_words

    if not word[:1].isupper() or len(word) < 3 or not word.replace("\u2019", "").replace("'", "").isalpha():
        return False
    given = actor_words.given_names()
    return any(actor_words.fold(m.group(1)) in given
               for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}(?!\w)", text))


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
               "militia": ("group", "organization"),
               "country": ("country",)}


def pointing_back(token, table: ActorTable, before: int, since: int) -> Actor | None:
    """'the organization', 'the group', 'the ministry' as a speaker: the nearest actor of a kind
    the noun may stand for, named in the last few sentences (from `since` up to `before`). Not 'the
    government': the nearest country is not the one meant ("Chad and Niger signed the pact. The
    government said ..." is nobody's); generic_body gives it by coref.state_meant."""
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


# titles and epithets of a person named before ('Gov. Anna Berg ... the governor said', 'the businessman',
# 'the front-runner'); not the nouns that bring in someone else ('the spokesman', 'the lawyer', 'the witness')
_TITLES = frozenset({"president", "governor", "mayor", "minister", "senator", "congressman", "congresswoman",
                     "chairman", "chairwoman", "candidate", "nominee", "envoy", "ambassador", "commander", "general",
                     "colonel", "judge", "billionaire", "mogul", "tycoon", "magnate", "founder", "businessman",
                     "businesswoman", "runner", "hopeful", "contender", "politician", "host", "actor", "actress",
                     "commentator", "pundit"})


def role_back(table: ActorTable, token, before: int, since: int, said, doc) -> Actor | None:
    """'The governor said ...', 'the former mayor argued ...' with no name (issue 11, kind 4): the
    person a title (`_TITLES`) stands for is the nearest person named before it in
    its sentence and the two before, outside what was said and not only describing a noun; with none,
    None (the caller adds an actor for the noun, as before)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in _TITLES:
        return None
    lefts = list(token.lefts)
    if not any(t.lower_ == "the" for t in lefts) or any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in lefts) \
            or any(t.dep_ in ("prep", "appos", "relcl", "acl") for t in token.rights):
        return None  # 'the Russian president', "Iran's foreign minister", 'the mayor of Kestra': a role of its own
    return nearest(table, "he", before, since, lambda a: None, said, doc=doc, strict=True)


NOT_THEY = frozenset({"person", "location", "facility"})  # 'they' is never one person nor a place


def _inside_a_modifier(doc, a: int, b: int) -> bool:
    """Whether the name at a..b sits in what describes a noun, not in a clause's own arguments: a
    relative or participle clause ('the witness who listened in on the call with X'), a phrase
    hung on a noun ('a call with X', 'Ravi Kumar, 31, from X'). A possessor is no such modifier
    ('In Hajjaj's case, she decided ...': Hajjaj)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            return True
        t = t.head
    return False


def _leads_joined_subject(doc, a: int, b: int) -> bool:
    """Whether the name at a..b is one of a subject's conjuncts joined by `and` ('Governor Tom Reyes and
    leaders of the Senate have avoided ...', 'Reyes and his aides said'): `they` after it are the group it
    is named in, and speak as the name, as the coordinated speaker itself does (`grammar.resolve` takes
    the first conjunct)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    first = t.head if t.dep_ == "conj" else t
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "conj" for c in first.children) and \
        any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)


def nearest(table: ActorTable, pronoun: str, before: int, since: int, gender_of, said=(), doc=None,
            strict: bool = False, spoken=None, bound=(), depth: int = 0) -> Actor | None:
    """The actor a pronoun speaker stands for when coreference gave none: the nearest one named
    before it (from `since`) that the pronoun fits (issue 11, kind 6: 'he' after two named people is
    the nearer person, never an armed group; 'it' is never a person). A name inside what was said
    (`said`: the content ranges of the statements before, and of this one) is not a candidate: in
    "Smith said Jones lied. He added ..." the one who adds is Smith, and in '"Jones lied," he said'
    he is not Jones. With the parse (`doc`), a name that only describes a noun (inside a relative
    clause or a phrase hung on a noun) is taken only when no other name fits; when `strict` (a
    title, `role_back`), never, and a pronoun's mention is no candidate. `spoken` maps where an earlier
    pronoun speaker stands to the actor this stage gave it: 'He said A, but he did worry B' goes back to
    that speaker, not to whom coreference tied the first 'he' to. An actor named among the cue verb's
    objects (`bound`: 'He asked Reyes about ...') is never the pronoun's, wherever else it is named."""
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

    objects = {a.id for x, y in bound for _, a in table.mentions_in(x, y)}
    fallback = None
    for m, a in reversed(table.mentions_in(since, before)):
        if spoken and m.span.start in spoken and m.span.text.lower() in PERSONAL:
            a = spoken[m.span.start]
        if m.span.end > before or not fits(p, a) or inside_said(m.span.start) or a.id in objects:
            continue
        if strict and m.span.text.lower() in PERSONAL:
            continue  # a title goes back to a name, not to a pronoun that coreference tied to someone
        if p == "they" and m.span.text.lower() == "they" and depth == 0 and doc is not None \
                and not (spoken and m.span.start in spoken):
            # 'Reyes and the Senate leaders have avoided ... They seem intent on ... However, they said':
            # a 'they' before goes back as this stage would take it, not as coreference tied it
            again = nearest(table, "they", m.span.start, since, gender_of, said, doc=doc, strict=strict,
                            spoken=spoken, bound=bound, depth=1)
            if again is not None:
                a = again
        if p in PLURAL and a.kind in NOT_THEY and not (p == "they" and a.kind == "person" and doc is not None
                                                       and _leads_joined_subject(doc, m.span.start, m.span.end)):
            continue  # 'In Virginia, they voted ...': a place named before is not who 'they' are
        if want is not None and gender_of(a) not in (None, want):
            continue
        if doc is not None and _inside_a_modifier(doc, m.span.start, m.span.end):
            # 'Morrison was the witness who listened in on Trump's call with Zelensky. He said ...':
            # a name that only describes a noun is the pronoun's last choice
            fallback = fallback or a
            continue
        return a
    return None if strict else fallback


# the words that number a line's label: 'Path A:', 'Step Two:', 'Part 3:', 'Option IV:'
_NUMBERING = re.compile(r"(?:[A-Z]|\d{1,3}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\.?", re.I)
_FUNCTION_WORDS = frozenset({"the", "of", "and", "a", "an", "for", "in", "on", "to", "with"})


def line_label(span, text: str, actor) -> bool:
    """Whether the capitalised words before a line's colon label the line instead of naming who speaks
    (issue 11: 'Path A:', 'IndexError:', 'Peanut Butter:' are no speakers; 'Anchor:', 'Matthews:' are):
    - an identifier of code, capitalised words written together ('IndexError', 'DisabledByDefault'),
      not a surname with a capital inside ('McCain', 'DeSantis');
    - a numbered label, a word then a letter or a number ('Path A', 'Step Two', 'Part 3');
    - with no actor of the article named so (or only the model's reading of these words), common
      words: every word the article also writes in
      small letters ('Peanut Butter:' over a recipe that uses 'peanut butter'), none a given name or a
      speaker noun ('Anchor:', 'Host:')."""
    from ..actors import lexicon as actor_words
    from .lexicon import speaker_nouns

    nouns = speaker_nouns()
    words = [t.text for t in span if not t.is_punct]
    if len(words) == 1 and is_code_identifier(words[0]):
        return True
    given = actor_words.given_names()
    if len(words) == 2 and _NUMBERING.fullmatch(words[1]) and words[0].isalpha() and words[0][:1].isupper() \
            and words[0].lower() not in given and words[0].lower() not in nouns:
        return True
    # the model's own reading of these words alone ('Peanut Butter' as a person) is no actor named elsewhere
    own = actor is not None and actor.rule.startswith("ner:") and all(
        span.start_char <= m.span.start and m.span.end <= span.end_char for m in actor.mentions)
    if actor is not None and not own:
        return False
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    if not content or any(not w.isalpha() or w.lower() in given or w.lower() in nouns for w in content):
        return False
    return all(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text) for w in content)


@lru_cache(maxsize=1)
def own_voice_nouns() -> frozenset[str]:
    """Nouns for people who speak for themselves, not for whom their modifier names
    (data/own_voice_nouns.tsv: 'adviser', 'protester', 'operative', 'voter')."""
    return frozenset(row[0] for row in data_rows("own_voice_nouns.tsv", 1))


_NAMING_LINKS = frozenset({"appos", "conj"})  # an apposition or a coordinated name speaks itself
_MEMBER_PREPS = frozenset({"of", "from"})
_BODY_ENTS = frozenset({"ORG"})  # an organisation or party the model names (not GPE: people of a place are not it)


def named_by_modifier(head, word) -> bool:
    """Whether the actor the resolver found for a speaker phrase headed by `head` is named only in a
    modifier of someone else (statements8 review, session 9):
    - a noun of data/own_voice_nouns.tsv, through a possessor, compound, adjective or of/in/from phrase
      ("President Trump's advisers", "some Indiana protesters", "one GOP operative", "Democratic voters",
      "the Wikileaks founder"): the advisers are not Trump, the protesters not the state; an apposition
      ("a lawyer, Jane Roe, said") or a coordinated name still speaks;
    - a person's name the actor table has no actor for, through a phrase inside its apposition ("Eswar
      Prasad, a trade professor at Cornell"): the professor is not Cornell.
    Nouns of office ("Iranian officials", "a Pentagon spokesman") speak for their body and are not looked at."""
    if word is None or word.i == head.i:
        return False
    links = set()
    member = False  # 'activists from the Green Party': of/from an organisation names what they belong to
    t = word
    for _ in range(len(head.doc)):  # up the tree to the head (tokens compare by index, not identity)
        if t.i == head.i:
            break
        if t.head.i == t.i:
            return False  # not inside the phrase
        links.add(t.dep_)
        if t.dep_ == "prep" and t.lower_ in _MEMBER_PREPS and word.ent_type_ in _BODY_ENTS:
            member = True
        t = t.head
    if head.pos_ == "NOUN":
        noun = head.lemma_.lower()
        own_voice = noun in own_voice_nouns() or head.lower_ in own_voice_nouns()
        # members of a body act and speak as it (CAMEO and PLOVER code 'Fatah activists' as Fatah), unlike
        # people of a place ('protesters from Ohio') or someone's advisers
        return own_voice and not links & _NAMING_LINKS and not member
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return "appos" in links and bool(links & {"prep", "pobj", "poss", "compound", "amod"}) and "conj" not in links
    return False

