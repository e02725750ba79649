"""Groups named by a common noun that act: 'protesters marched', 'voters approved the amendment',
'prosecutors dropped the case', 'the state legislature passed the bill' (data/actors/group_nouns.tsv).

The actors stage names people, bodies and places; a group named only by a common noun was no actor,
so an event had no source, a stance no holder (the scorer and the reader need an actor). `find` makes
one actor per group per article when the group is the doer of at least one clause in the text:
- the subject of a verb that is not 'be' or 'have' ('teachers rallied', 'lawmakers voted'), or a
  subject coordinated with one ('students and teachers marched');
- a passive's by-agent ('the bill was rejected by voters');
- the whole of a count or share that is such a subject ('thousands of protesters marched',
  'a majority of voters approved');
- a noun a 'who' clause describes as doing ('teachers who rallied ...').
Then every mention of the same group in the article is its mention. The same group is the same head
noun with the same names before it: 'Republican lawmakers' and 'Democratic lawmakers' are two groups;
'the lawmakers' joins the one named group of that noun, or stays a group of its own when there are
several. The actor's name is the head with the words before it that name it ('state legislature',
'health care providers', 'White House advisers', 'Texas voters'), no article or number. A name's
place or body gives the country ('Texas voters': USA); else the article's one country, when it has one.
Kind: group; organization for a body named by a common noun ('the legislature').
Nothing here is made where an actor's mention already covers the noun ('Texas Retired Teachers
Association', 'Doctors for Camp Closure').
"""

from __future__ import annotations

from functools import lru_cache

from ..grammar.cues import data_rows
from ..model import Actor, Mention, Span
from .stage import _home_country
from .table import ActorTable

RULE = "actors:group"

# words whose 'of' phrase names who is counted ('thousands of protesters', 'a majority of voters')
_COUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                     "ten", "tens", "score", "scores", "crowd", "crowds", "group", "groups", "number", "majority",
                     "minority", "half", "percent", "%", "many", "some", "most", "few", "all", "none", "one",
                     "bunch", "handful", "lot", "lots", "share", "third", "quarter", "two", "three"})
# verbs whose subject does nothing: 'teachers are underpaid', 'voters have a choice'
_STATIVE = frozenset({"be", "have", "seem", "appear", "remain", "become", "get", "lack", "need", "deserve", "face",
                      "suffer", "die", "include"})
# modifiers that are not part of a group's name ('the angry protesters', 'many voters', 'some 200 teachers')
_NAME_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_SKIP_WORDS = frozenset({"many", "some", "most", "other", "several", "few", "more", "all", "both", "such", "own",
                         "angry", "young", "old", "fellow", "thousand", "hundred", "million", "'s", "\u2019s"})


# bodies a group's possessive may name: "the teachers' union" is the union
_BODY_NOUNS = frozenset({"union", "association", "federation", "group", "organization", "organisation", "council",
                         "committee", "party", "lobby", "coalition", "alliance", "campaign", "caucus", "league"})


_TEXT: list = [None, None]  # the last Doc and its text: spaCy joins every token's text at each `doc.text`


def _doc_text(doc) -> str | None:
    """`doc.text`, made once per Doc (None for an object without one); one Doc deep (speed11: `doc.text` per
    group noun was 16% of the rule stages' profiled time)."""
    if _TEXT[0] is not doc:
        _TEXT[0], _TEXT[1] = doc, getattr(doc, "text", None)
    return _TEXT[1]


def _title_line(tok) -> bool:
    """Whether `tok` is on a line in title case ('Thousands of Teachers Pack Indiana Statehouse')."""
    text = _doc_text(tok.doc)
    a = text.rfind("\n", 0, tok.idx) + 1
    b = text.find("\n", tok.idx)
    words = [w for w in text[a:b if b >= 0 else len(text)].split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    """noun (singular lemma) -> actor kind (data/actors/group_nouns.tsv)."""
    return {noun: kind for noun, kind in data_rows("actors/group_nouns.tsv", 2)}


def _noun(tok) -> str | None:
    """The group noun `tok` is (its singular lemma), when it is one in a form that names a group:
    plural for people ('protesters'), singular for a body ('legislature')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns = group_nouns()
    low = tok.lower_
    lemma = tok.lemma_.lower()
    for cand in (lemma, low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None,
                 low[:-3] + "y" if low.endswith("ies") else None, low):
        if cand and cand in nouns:
            if nouns[cand] == "organization":
                return cand if low == cand else None  # 'the legislature' (one body), not 'legislatures'
            return cand if low != cand else None  # people in the plural only: 'a teacher' is one person
    return None


def _acts(tok) -> bool:
    """Whether the noun `tok` is the doer of a clause (see the module's doc)."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:  # 'students and teachers marched': the first conjunct's role
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:
        whole = t.head.head  # 'thousands of protesters marched'
        if whole.lower_ in _COUNTS or whole.lemma_.lower() in _COUNTS or whole.like_num:
            t = whole
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() not in _STATIVE:
        return True
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return True
    for c in tok.children:  # 'teachers who rallied at the Statehouse'
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in _STATIVE and any(
                k.dep_ == "nsubj" and k.lower_ in ("who", "that") for k in c.children):
            return True
    return False


def _name_tokens(tok) -> list:
    """The head and the words before it that name the group ('the Texas voters' -> Texas voters,
    'health care providers', 'White House advisers', "Trump's advisers"): compounds, possessors and
    capitalised adjectives, written next to each other on one line; not a describing adjective ('angry',
    'new', 'black voters': the voters), not a count."""
    keep = {tok.i: tok}
    # 'a win retirees worked toward': 'a' before a plural is a misparsed phrase, its compound no name
    odd = tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)
    for c in tok.lefts:
        if odd and c.dep_ == "compound":
            continue
        if c.dep_ not in _NAME_DEPS or c.lower_ in _SKIP_WORDS or c.like_num or c.pos_ in ("NUM", "DET", "PRON"):
            continue
        if c.dep_ == "poss" and c.pos_ != "PROPN":
            continue  # "the party's voters": whose voters, not a name (but "Trump's advisers")
        if c.dep_ == "amod" and not (c.text[:1].isupper() or c.pos_ == "PROPN"):
            continue  # 'the new teachers', 'black voters': words that describe, not name
        words = [w for w in c.subtree if w.pos_ != "DET"]
        if any(w.pos_ not in _NAME_POS and w.text != "-" for w in words):
            continue  # 'a recently formed group': a description
        if c.dep_ == "compound" and any(k.pos_ == "DET" for k in c.children):
            continue  # 'a win retirees worked toward': a misparse (a compound takes no article)
        keep.update((w.i, w) for w in words)
    ordered = sorted(keep.values(), key=lambda w: w.i)
    text = _doc_text(tok.doc)
    out = [tok]
    for w in reversed(ordered[:-1]):  # contiguous words on the head's line ('White House advisers')
        gap = text[w.idx + len(w.text):out[0].idx] if text is not None else " "
        if w.i == out[0].i - 1 and "\n" not in gap:
            out.insert(0, w)
        else:
            break
    while len(out) > 1 and (out[0].pos_ in ("DET", "PUNCT", "CCONJ", "ADP") or out[0].dep_ == "case"):
        out.pop(0)
    return out


_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "PART"})
_NAME_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


def _key(words: list, head: str) -> tuple[str, frozenset[str]]:
    """A group's identity: its noun and the capitalised words that name whose group it is."""
    names = frozenset(w.lower_ for w in words[:-1] if w.pos_ == "PROPN" or w.ent_type_ in _NAME_ENTS
                      or (w.text[:1].isupper() and not w.is_sent_start))
    return head, names


def _of_a_body(tok, words: list, table: ActorTable) -> bool:
    """Whether the group is named as members of an organisation the table has ('Hamas supporters',
    'activists from the Fatah Party', 'White House advisers', 'workers employed by the Acme Corporation'), or as the people of a place named after
    it ('students at Cumhuriyet University', 'students throughout Indonesia', 'protesters in Cairo'):
    CAMEO and PLOVER code them as the body or the place, and the resolver already finds it
    (grammar/resolve.py). People of a person named before the noun ("Trump's advisers") and a place's
    people named before it ('Texas voters', 'French farmers') are a group; people "of" a named person
    ('supporters of Morales') are not made one here (see below)."""
    pobjs = [k for c in tok.rights if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for k in c.subtree
             if k.pos_ in ("PROPN", "NOUN") and (k.dep_ == "pobj" or k.pos_ == "PROPN")]
    for w in words[:-1]:
        a = table.actor_of_token(w)
        if a is not None and a.kind == "organization":
            return True
    for c in tok.rights:  # 'workers employed by the Acme Corporation', 'students enrolled at X'
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for w in c.subtree:
                a = table.actor_of_token(w)
                if a is not None and a.kind == "organization":
                    return True
    for w in pobjs:
        a = table.actor_of_token(w)
        if a is None and w.pos_ == "PROPN" or a is not None and a.kind != "person":
            return True  # ('workers at the port of Antwerp'; a name the table missed: 'students of Ruritania Polytechnic')
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(k.dep_ == "pobj" and k.pos_ == "PROPN" for k in c.children)
           for c in tok.rights):
        # 'supporters of Ortega': the group's name would end at its noun, so the supporters of two people would
        # be one actor 'supporters' and the events would lose whose they are; left to the phrase's own words
        return True
    return False


_PLACE_PREPS = frozenset({"of", "from", "in", "at", "throughout", "across"})


def _refers_back(tok) -> bool:
    """'the protesters', 'these voters': a group named before, not voters at large ('Voters are tired')."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.lefts)


def find(doc, text: str, table: ActorTable) -> list[Actor]:
    """New actors (rule `actors:group`) for groups named by a common noun that act in the article."""
    nouns = group_nouns()
    found = []  # (token, noun, words)
    for tok in doc:
        noun = _noun(tok)
        if noun is None or tok.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "LOC"):
            continue
        if table.actor_of_token(tok) is not None:
            continue  # 'Texas Retired Teachers Association': a name the actors stage has
        if tok.text[:1].isupper() and not tok.is_sent_start and not _title_line(tok):
            continue  # 'a group, Doctors for Camp Closure, ...': a capital mid-sentence makes it a name
        if tok.dep_ == "compound" or (tok.dep_ == "poss" and tok.head.lemma_.lower() in _BODY_NOUNS):
            continue  # 'teachers unions', "the teachers' union said": the union, not the teachers
        words = _name_tokens(tok)
        if _of_a_body(tok, words, table):
            continue  # 'Fatah activists', 'activists from the Fatah Party': members act as their body
        found.append((tok, noun, words))
    if not found:
        return []
    acting = {_key(w, n) for t, n, w in found if _acts(t)}
    if not acting:
        return []
    by_noun: dict[str, set] = {}
    for k in acting:
        if k[1]:
            by_noun.setdefault(k[0], set()).add(k)
    placed = {_key(w, n) for t, n, w in found if any(
        (a := table.actor_of_token(x)) is not None and a.kind in ("country", "location") for x in w[:-1])}
    groups: dict[tuple, list] = {}
    for tok, noun, words in found:
        key = _key(words, noun)
        named = by_noun.get(noun, set())
        bare = (noun, frozenset())
        if not key[1] and len(named) == 1 and (_refers_back(tok) or next(iter(named)) in placed):
            # 'the protesters' after 'Hong Kong protesters marched': that group; in an article on 'Texas
            # voters', 'voters' are they (not so 'Democratic voters' and 'voters')
            key = next(iter(named))
        elif key in acting:
            pass
        elif key[1] and bare in acting and not named and key in placed:
            key = bare  # 'Hong Kong protesters' where 'protesters marched': no other group of protesters
        else:
            continue
        groups.setdefault(key, []).append((tok, words))
    # a bare group left with no act of its own is no group ('Texas voters approved ...; voters ...')
    groups = {k: v for k, v in groups.items() if any(_acts(t) for t, _ in v) or k in by_noun.get(k[0], ())}
    used = set(table.by_id)
    n = len(table) + 1
    home = None
    home_done = False
    out = []
    for key, items in sorted(groups.items(), key=lambda kv: kv[1][0][0].i):
        items.sort(key=lambda p: p[0].i)
        # the name: the mention with the most naming words (capitalised ones first), the first of those
        tok, words = max(items, key=lambda p: (len(_key(p[1], key[0])[1]), len(p[1]), -p[0].i))
        name = text[words[0].idx:tok.idx + len(tok.text)]
        first = words[0]
        if first.is_sent_start and first.pos_ == "NOUN" and not first.ent_type_ and name[:1].isupper() \
                and not name[1:2].isupper():
            name = name[:1].lower() + name[1:]  # 'Lawmakers voted ...' at a sentence's start: 'lawmakers'
        country = None
        for t, ws in items:
            for w in ws[:-1]:
                a = table.actor_of_token(w)
                if a is not None and a.country:
                    country = a.country
                    break
            if country:
                break
        if country is None:
            if not home_done:
                home, home_done = _home_country(table.actors), True
            country = home
        while f"a{n}" in used:
            n += 1
        actor = Actor(id=f"a{n}", name=name, kind=nouns[key[0]], country=country, rule=RULE)  # type: ignore[arg-type]
        used.add(actor.id)
        for t, ws in items:
            a, b = ws[0].idx, t.idx + len(t.text)
            actor.mentions.append(Mention(Span.of(text, a, b), RULE))
        out.append(actor)
    return out
