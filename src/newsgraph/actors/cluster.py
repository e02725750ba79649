"""Joining candidate mentions into actors: one actor per real entity within an article."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Actor, Mention, Span
from . import lexicon
from .mentions import Cand
from .names import core_words, fold, initials, is_acronym, same_word

_POSS = re.compile(r"['\u2019]s?$")
# mentions that stand for a country without being its name ("Turkish", "Ankara", "the Ethiopian government")
_STANDS_FOR = ("demonym", "capital", "demonym+government", "name+government", "leader+government")


class Group:
    """An actor being built: its candidates, and the words its names are made of."""

    def __init__(self, cand: Cand, text: str) -> None:
        self.cands: list[Cand] = []
        self.kind = cand.kind
        self.country = cand.country
        self.roles: list[str] = []
        self.names: list[str] = []
        self._full: str | None = None  # `full`, kept until a name is added
        self._person_words: list[str] | None = None
        self.rule = cand.rule
        self.key = cand.key
        self.add(cand, text)

    def add(self, cand: Cand, text: str) -> None:
        self.cands.append(cand)
        name = _POSS.sub("", cand.name(text))
        if name not in self.names and cand.rule not in _STANDS_FOR:
            self.names.append(name)
            self._full = self._person_words = None
        self.country = self.country or cand.country
        for r in cand.roles:
            if r not in self.roles:
                self.roles.append(r)

    @property
    def full(self) -> str:
        """The fullest name: most words, not an acronym."""
        if self._full is None:
            plain = [n for n in self.names if not is_acronym(n)] or self.names
            self._full = max(plain, key=lambda n: (len(core_words(n)), len(n)), default="")
        return self._full

    def person_words(self) -> list[str]:
        """The words of the fullest name without Jr, Sr, II ... (what a person's name is matched on)."""
        if self._person_words is None:
            self._person_words = [w for w in core_words(self.full) if w not in _SUFFIXES]
        return self._person_words

    def first(self) -> int:
        return min(c.start for c in self.cands)


def _fullness(c: Cand, text: str) -> tuple:
    name = c.name(text)
    return (is_acronym(name), c.rule in _STANDS_FOR, -len(core_words(name)), c.start)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _given_match(w: str, f: str) -> bool:
    """A given name in two forms: an initial and the name ("B." and "Benjamin"), or a short form that
    begins the full one ("Pat" and "Patrick", "Alex" and "Alexander")."""
    if len(w) == 1 or len(f) == 1:
        return w[0] == f[0]
    short, long_ = (w, f) if len(w) <= len(f) else (f, w)
    return len(short) >= 3 and long_.startswith(short)


def _person_match(words: list[str], g: Group) -> bool:
    return _words_match(tuple(words), tuple(g.person_words()))


@lru_cache(maxsize=1 << 15)  # the same name against the same group, once per mention (speed only)
def _words_match(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    words = [w for w in words if w not in _SUFFIXES]
    if not words or not full:
        return False
    if not same_word(words[-1], full[-1]) and not (len(words) == 1 and any(same_word(words[0], w) for w in full)):
        return False
    # the given names (all but the surname) may be initials or short forms of each other
    return all(any(same_word(w, f) or (k < len(words) - 1 and i < len(full) - 1 and _given_match(w, f))
                   for i, f in enumerate(full)) for k, w in enumerate(words))


def _drop_national(words: list[str]) -> list[str]:
    return [w for w in words if not lexicon.country_of_demonym(w)]


def _singular(s: str) -> str:
    s = fold(s)
    return s[:-1] if " " not in s and s.endswith("s") and not s.endswith("ss") else s


# words after a company's name that say what kind of company it is, not which ("SoftBank Group Corp",
# "Huawei Technologies Co. Ltd")
_LEGAL = frozenset({"co", "co.", "corp", "corp.", "corporation", "company", "inc", "inc.", "incorporated", "ltd",
                    "ltd.", "limited", "llc", "plc", "group", "holdings", "holding", "sa", "s.a.", "ag", "gmbh", "nv",
                    "n.v.", "technologies", "international"})


def _without_legal(words: list[str]) -> list[str]:
    """A company's name words without the legal words ending it; only when one of them is a legal
    form proper (Corp, Inc, Ltd ...), so "Amnesty International" and "Crisis Group" keep theirs."""
    out = list(words)
    if not any(w in _LEGAL - {"group", "holdings", "holding", "technologies", "international"} for w in out[1:]):
        return out
    while len(out) > 1 and out[-1] in _LEGAL:
        out.pop()
    return out


def _org_match(name: str, g: Group) -> bool:
    return _names_match(name, tuple(g.names))


@lru_cache(maxsize=1 << 15)  # the same name against the same group, once per mention (speed only)
def _names_match(name: str, names: tuple[str, ...]) -> bool:
    for other in names:
        if fold(other) == fold(name) or _singular(other) == _singular(name):  # "the Houthis", "Houthi"
            return True
    bare = _without_legal(fold(name).split())
    if any(bare == _without_legal(fold(o).split()) for o in names):
        return True  # "SoftBank Group Corp" and "SoftBank"
    if is_acronym(name):
        acro = name.replace(".", "").upper()
        return any(acro in (initials(n), initials(" ".join(w for w in n.split() if not lexicon.country_of_demonym(w))))
                   for n in names if not is_acronym(n))
    a = _drop_national(core_words(name))
    for other in names:
        if is_acronym(other):
            continue
        b = _drop_national(core_words(other))
        if not a or not b:
            continue
        if set(a) == set(b):
            return True
        small, big = (a, b) if len(a) < len(b) else (b, a)
        # "Libyan army" in "Libyan National Army": same head word, all its words inside
        if len(small) < len(big) and small[-1] == big[-1] and set(small) <= set(big) and (
                len(small) > 1 or set(core_words(name)) - set(a)):
            return True
    return False


def _bare_place(name: str) -> str:
    """A place's name without a trailing lower-case place word ("Logar province" -> "logar")."""
    words = name.split()
    if len(words) > 1 and words[-1].islower() and lexicon.place_kind(name):
        words = words[:-1]
    return fold(" ".join(words))


_ORGS = "organization|group"  # join's list of the groups of both kinds


def join(cands: list[Cand], text: str) -> list[Group]:
    groups: list[Group] = []
    by_code: dict[str, Group] = {}
    # the groups of each kind, and of each known key, in the order made (speed only: a group's kind
    # does not change here, and no two groups share a key)
    of_kind: dict[str, list[Group]] = {}
    by_key: dict[str, Group] = {}
    for c in sorted(cands, key=lambda c: _fullness(c, text)):
        name = _POSS.sub("", c.name(text))
        target: Group | None = None
        if c.key:  # a known organisation: every name of its entry is one actor
            target = by_key.get(c.key)
            if target is None:
                hits = [g for g in of_kind.get(_ORGS, ()) if not g.key and _org_match(name, g)]
                target = hits[0] if len(hits) == 1 else None
                if target is not None:
                    target.key = c.key
                    by_key[c.key] = target
        elif c.kind == "country" and c.country:
            target = by_code.get(c.country)
        elif c.kind == "person":
            words = core_words(name)
            hits = [g for g in of_kind.get("person", ()) if _person_match(words, g)]
            if len(hits) > 1:  # a surname two people share: the one named last before it
                before = [g for g in hits if g.first() < c.start]
                hits = [max(before, key=lambda g: max(x.start for x in g.cands if x.start < c.start))] if before else hits[:1]
            target = hits[0] if hits else None
        elif c.kind == "organization" and c.rule == "ner:ORG" and not is_acronym(name) and len(core_words(name)) <= 2 \
                and (hits := [g for g in of_kind.get("person", ()) if _person_match(core_words(name), g)]):
            target = hits[-1]  # the model calls a surname an organisation now and then ("Lincoln")
        elif c.kind in ("organization", "group"):
            hits = [g for g in of_kind.get(_ORGS, ()) if _org_match(name, g)
                    and (g.country is None or c.country is None or g.country == c.country)]
            if len(hits) > 1:
                # "the Indonesian Hospital" beside "Al-Wafa Hospital" and "Beit Hanoun Hospital": of several
                # bodies it could be short for, the one of that very name
                exact = [g for g in hits if any(fold(_POSS.sub("", n)) == fold(name) for n in g.names)]
                hits = exact if len(exact) == 1 else hits
            target = hits[0] if len(hits) == 1 else None
            if not hits and fold(name) in ("coalition", "alliance"):
                # "the Coalition" on its own: the one known coalition the article names
                hits = [g for g in groups if g.key and any(fold(n).endswith(fold(name)) for n in g.names)]
                target = hits[0] if len(hits) == 1 else None
        else:
            folded = fold(name)
            hits = [g for g in of_kind.get(c.kind, ()) if any(fold(n) == folded for n in g.names)]
            if not hits and c.kind == "location":  # "Logar province" and "Logar"
                hits = [g for g in of_kind.get("location", ()) if any(_bare_place(n) == _bare_place(name) for n in g.names)]
            target = hits[0] if hits else None
        if target is None:
            target = Group(c, text)
            groups.append(target)
            of_kind.setdefault(target.kind, []).append(target)
            if target.kind in ("organization", "group"):
                of_kind.setdefault(_ORGS, []).append(target)
            if target.key:
                by_key.setdefault(target.key, target)
            if c.kind == "country" and c.country:
                by_code[c.country] = target
        else:
            target.add(c, text)
    _join_capitals(groups, text)
    _join_parentheses(groups, text)
    _join_known_as(groups, text)
    _join_plural_people(groups, text)
    _join_places(groups, text)
    _join_surnames_read_as_places(groups, text)
    _join_surnames_read_as_groups(groups, text)
    _join_surnames_read_as_towns(groups, text)
    _plural_families(groups)
    _join_spelling_variants(groups, text)
    _join_same_names(groups, text)
    _join_party_members(groups, text)
    return [g for g in groups if g.cands]


def spelling_variants(a: str, b: str) -> bool:
    """Two spellings of one transliterated name: two neighbouring letters swapped ("Rukban" / "Rubkan")
    or one letter doubled ("Daraya" / "Darayya"). Both have five letters at least."""
    if a == b or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return i > 0 and long_[i] == long_[i - 1] and short == long_[:i] + long_[i + 1:]


def _known_place(name: str) -> bool:
    key = fold(name)
    return bool(lexicon.country_of_name(name) or key in lexicon.capitals() or lexicon.cities().get(key)
                or key in lexicon.regions())


def _join_spelling_variants(groups: list[Group], text: str) -> None:
    """One actor per real entity: 'Rukban' and 'Rubkan' (a misspelling of the same camp), or 'Daraya' and
    'Darayya', in one article, are one place or one body, whatever kinds the model gave each. The
    spelling written more often keeps its name and kind; a name the gazetteers know keeps it against one
    they do not, and two names they both know (two real towns) are never joined. People are left
    alone (two people's names may differ so)."""
    kinds = ("location", "group", "organization", "facility")
    cands = [g for g in groups if g.cands and g.kind in kinds and not g.key]
    for g in cands:
        for other in cands:
            if other is g or not g.cands or not other.cands:
                continue
            pair = next(((x, y) for x in g.names for y in other.names if not is_acronym(x) and not is_acronym(y)
                         and spelling_variants(fold(x), fold(y))), None)
            if pair is None:
                continue
            known_g, known_o = _known_place(pair[0]), _known_place(pair[1])
            if known_g and known_o:
                continue
            keep, drop = (g, other) if (known_g, len(g.cands), -g.first()) >= (known_o, len(other.cands), -other.first()) \
                else (other, g)
            for c in drop.cands:
                c.kind = keep.kind
                keep.add(c, text)
            drop.cands.clear()


def _join_surnames_read_as_places(groups: list[Group], text: str) -> None:
    """'Gordon Sondland ... Sondland said' with the second read as a place (GPE): a one-word "place"
    that no gazetteer knows (no country, town, capital or region of that name) and that is the surname
    of exactly one person in the article (or the nickname in quotation marks in that person's name:
    'Mohamed Hamdan "Hemedti" Dagalo') is that person."""
    people = [g for g in groups if g.kind == "person" and g.cands and len(core_words(g.full)) >= 2]
    for g in groups:
        if g.kind != "location" or not g.cands or g.country or len(g.names) != 1 or " " in g.names[0].strip():
            continue
        if any(c.rule not in ("ner:GPE", "ner:LOC") for c in g.cands):
            continue
        name = fold(g.names[0])
        if lexicon.country_of_name(name) or name in lexicon.capitals() or lexicon.cities().get(name) \
                or name in lexicon.regions():
            continue
        hits = [p for p in people if same_word(name, core_words(p.full)[-1]) or any(
            fold(q) == name for q in re.findall(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]", p.full))]  # a nickname
        if len(hits) == 1:
            for c in g.cands:
                c.kind = "person"
                hits[0].add(c, text)
            g.cands.clear()


def _lone_person(name: str, people: list[Group]) -> Group | None:
    """The one person of the article whose surname is `name` (a folded word), if exactly one."""
    hits = [p for p in people if same_word(name, core_words(p.full)[-1])]
    return hits[0] if len(hits) == 1 else None


def _real_people(groups: list[Group]) -> list[Group]:
    """People with a given name and a surname, whose first word is no country, capital, region or
    nationality ("Virginia Democrats" is not a person to join a surname to; "Brandon Kessler" is, though
    Brandon is a town)."""
    def placed(w: str) -> bool:
        return bool(lexicon.country_of_name(w) or w in lexicon.capitals() or w in lexicon.regions()
                    or lexicon.country_of_demonym(w))
    return [g for g in groups if g.kind == "person" and g.cands and len(core_words(g.full)) >= 2
            and not placed(core_words(g.full)[0])]


# how the names of peoples and faiths end that are not in demonyms.tsv ("English", "Kurdish", "Christian")
_GROUP_ADJECTIVE = ("ish", "ese", "ian", "ians", "ic", "ics")


def _join_surnames_read_as_groups(groups: list[Group], text: str) -> None:
    """'Reilly Opelka ... Opelka said' with the second read as a nationality (NORP), or 'Taylor Swift ...
    in Swift's case' read as a building (FAC), or 'Biden and Sanders' read as a plural name (a group from
    the model's PERSON): a one-word name that is no nationality, country, town or known body, and that
    is the surname of exactly one person in the article, is that person."""
    people = _real_people(groups)
    for g in groups:
        if g.kind not in ("group", "facility") or not g.cands or g.key or g.country or len(g.names) != 1 \
                or " " in g.names[0].strip() or any(c.rule not in ("ner:NORP", "ner:FAC", "ner:PERSON") for c in g.cands):
            continue
        name = fold(g.names[0])
        if is_acronym(g.names[0]) or lexicon.country_of_demonym(name) or _known_place(name):
            continue
        if g.kind == "group" and name.endswith(_GROUP_ADJECTIVE):
            continue  # "English", "Kurdish", "Christian", "Catholic": a people or a faith, not a surname
        person = _lone_person(name, people)
        if person is not None:
            for c in g.cands:
                c.kind = "person"
                person.add(c, text)
            g.cands.clear()


# words before a name that make it a place ("in Warren", "from Lincoln")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across", "of", "around",
                                 "toward", "towards", "throughout", "via", "through", "inside", "within"})


def _join_surnames_read_as_towns(groups: list[Group], text: str) -> None:
    """'Elizabeth Warren ... Klobuchar and Warren lead', the second read as the town of Warren: a one-word
    "place" that is a town of the gazetteers (no country, capital or US state), and the surname of
    exactly one person of the article, is that person when the article never uses it as a place: no
    place preposition before any of its mentions ("in Warren", "from Warren") and no state or country
    after a comma ("Warren, Michigan")."""
    people = _real_people(groups)
    for g in groups:
        if g.kind != "location" or not g.cands or len(g.names) != 1 or " " in g.names[0].strip() \
                or any(c.rule not in ("ner:GPE", "ner:LOC") for c in g.cands):
            continue
        name = fold(g.names[0])
        if not lexicon.cities().get(name) or lexicon.country_of_name(name) or name in lexicon.capitals() \
                or name in lexicon.regions():
            continue
        hits = [p for p in people if core_words(p.full)[-1] == name]
        if len(hits) != 1:
            continue
        if any(_PLACE_PREPOSITIONS & {w.lower() for w in text[max(0, c.start - 12):c.start].split()[-1:]}
               or re.match(r",[^\S\n]*[A-Z]", text[c.end:c.end + 3]) for c in g.cands):
            continue
        for c in g.cands:
            c.kind, c.country = "person", None  # the town's country is not the person's
            hits[0].add(c, text)
        g.cands.clear()


def _plural_families(groups: list[Group]) -> None:
    """'investigate the Bidens', read as a place: the plural of the surname of people the article names
    is their family, a group (with their country when they share one), not a place."""
    people = _real_people(groups)
    for g in groups:
        if g.kind not in ("location", "group") or not g.cands or g.key or len(g.names) != 1 \
                or any(c.rule not in ("ner:GPE", "ner:LOC", "ner:NORP") for c in g.cands):
            continue
        name = fold(g.names[0])
        if " " in name or not name.endswith("s") or name.endswith("ss") or lexicon.country_of_demonym(name) \
                or _known_place(name):
            continue
        kin = [p for p in people if core_words(p.full)[-1] == name[:-1]]
        if not kin:
            continue
        g.kind = "group"
        codes = {p.country for p in kin if p.country}
        g.country = g.country or (codes.pop() if len(codes) == 1 else None)
        for c in g.cands:
            c.kind = "group"


_SENSES = ("person", "organization", "group", "location", "facility")
# last words of a body's name besides org_heads.tsv's (which also turn a "person" into a body, a
# stronger use): here they only choose between two readings of one name
_BODY_ENDS = frozenset({"office", "department", "agency", "ministry", "commission", "authority", "bureau",
                        "police", "service", "court"})


def _join_same_names(groups: list[Group], text: str) -> None:
    """One sense per article: the same name of two words or more ("Forest Hill", "St. Louis Park",
    "Harris County Sheriff's Office"), read by the model as a place once and an organisation, a building
    or a person another time, is one actor. Its kind is, in this order: a known organisation's; an
    organisation's when the name ends like one ("... Office", "... Inc."); a place's when a place word
    makes it one ("... Park", "Lake ..."); a place the gazetteers give a country; else the kind read
    most often (the first read on a tie)."""
    by_name: dict[str, list[Group]] = {}
    for g in groups:
        if g.kind not in _SENSES or not g.cands or any(not (c.rule.startswith("ner:") or c.key) for c in g.cands):
            continue
        name = re.sub(r"^the ", "", fold(_POSS.sub("", g.full)))
        if len(name.split()) >= 2:
            by_name.setdefault(name, []).append(g)
    for name, same in by_name.items():
        if len(same) < 2 or len({g.kind for g in same}) < 2:
            continue
        words = name.split()
        last = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        place = lexicon.place_kind(" ".join(words))

        def rank(g: Group) -> tuple:
            return (bool(g.key), g.kind == "organization" and (last in lexicon.org_heads() or last in _LEGAL
                                                                or last in _BODY_ENDS),
                    g.kind == place, g.kind == "location" and bool(g.country), len(g.cands), -g.first())

        keep = max(same, key=rank)
        for g in same:
            if g is keep:
                continue
            for c in g.cands:
                c.kind = keep.kind
                keep.add(c, text)
            g.cands.clear()


def _party_word_forms(first: str) -> set[str]:
    """The words a party's members are named with, from the first word of its name: "Democratic" ->
    democrats; "Conservative" -> conservatives. The adjective alone ("a Democratic senator", "the
    Republican base") is left as it is: news NER does not mark it as the party."""
    forms = {first + "s"}
    if first.endswith("ic"):
        forms.add(first[:-2] + "s")
    return forms


def _join_party_members(groups: list[Group], text: str) -> None:
    """'the Democratic Party ... Democrats say': a one-word group or body (the model's NORP or ORG) that
    is the members of the one party the article names
    ("<Word> Party") is that party, one actor. Only a party named with two words, "<Word> Party", is
    joined so (the clustering has already made one actor of "Democratic Party" and a longer name
    around it); nothing is joined without the party's name in the article."""
    parties: dict[str, list[Group]] = {}
    for g in groups:
        if g.kind != "organization" or not g.cands:
            continue
        for n in g.names:
            words = fold(n).split()
            if words and words[0] == "the":
                words = words[1:]
            if len(words) == 2 and words[1] == "party":
                for form in _party_word_forms(words[0]):
                    if g not in parties.setdefault(form, []):
                        parties[form].append(g)
    if not parties:
        return
    for g in groups:
        if g.kind not in ("group", "organization") or not g.cands or g.key \
                or any(c.rule not in ("ner:NORP", "ner:ORG") for c in g.cands):
            continue
        names = {fold(n) for n in g.names}
        nick = {lexicon.party_nicknames().get(n.strip()) for n in g.names}
        if len(nick) == 1 and None not in nick:  # "the GOP", "the Tories", "Labour": the party's nickname
            names = {form for first in nick for form in _party_word_forms(first)}
        elif any(" " in n for n in names):
            continue
        hits = {id(p): p for n in names for p in parties.get(n, [])}
        if len(hits) != 1 or g in hits.values():
            continue
        party = next(iter(hits.values()))
        for c in g.cands:
            c.kind = "organization"
            party.add(c, text)
        g.cands.clear()


def _join_places(groups: list[Group], text: str) -> None:
    """One sense per article: once a name is read as a place ("Logar province", "shelled Darayya"), the
    model's other readings of that same bare name as a person or an organisation are the place too,
    and so are its readings as a nationality when the name is a province's or state's ("the Punjab
    province ... the Punjab government")."""
    places = {}
    for g in groups:
        if g.kind == "location" and g.cands:
            for n in g.names:
                places.setdefault(_bare_place(n), g)
    for g in groups:
        if not (g.kind in ("organization", "person") or g.kind == "group" and g.names
                and lexicon.world_regions().get(fold(g.names[0]))) or not g.cands or g.key or len(g.names) != 1:
            continue
        if any(not c.rule.startswith("ner:") for c in g.cands) or " " in g.names[0].strip():
            continue
        target = places.get(_bare_place(g.names[0]))
        if target is not None:
            for c in g.cands:
                c.kind = "location"
                target.add(c, text)
            g.cands.clear()


def _join_plural_people(groups: list[Group], text: str) -> None:
    """'the Houthis' tagged as a person, beside the organisation 'Houthi': one organisation."""
    orgs = {_singular(n): g for g in groups if g.kind in ("organization", "group") for n in g.names}
    for g in groups:
        if g.kind != "person" or len(g.names) != 1 or " " in g.names[0] or not fold(g.names[0]).endswith("s"):
            continue
        other = orgs.get(_singular(g.names[0]))
        if other is not None:
            for c in g.cands:
                other.add(c, text)
            g.cands.clear()
    # "Kestrel Corp. denied ... Kestrel said": the company's name without its legal form, read as a person
    companies = {}
    for g in groups:
        if g.kind == "organization" and g.cands:
            for n in g.names:
                bare = _without_legal(fold(n).split())
                if len(bare) < len(fold(n).split()):
                    companies.setdefault(" ".join(bare), g)
    for g in groups:
        if g.kind != "person" or not g.cands or g.roles or any(c.rule != "ner:PERSON" for c in g.cands):
            continue
        other = companies.get(fold(g.names[0])) if len(g.names) == 1 else None
        if other is not None:
            for c in g.cands:
                c.kind = "organization"
                other.add(c, text)
            g.cands.clear()
    # and the other way: "Trump" as an organisation before "Mr. Trump" the person is met
    people = [g for g in groups if g.kind == "person" and g.cands]
    for g in groups:
        if g.kind != "organization" or not g.cands or any(c.rule != "ner:ORG" for c in g.cands):
            continue
        if any(is_acronym(n) or len(core_words(n)) > 2 for n in g.names):
            continue
        hits = [p for p in people if all(_person_match(core_words(n), p) for n in g.names)]
        if len(hits) == 1:
            for c in g.cands:
                hits[0].add(c, text)
            g.cands.clear()


def _join_capitals(groups: list[Group], text: str) -> None:
    """One sense per article: once a capital stands for its government ("Moscow offered"), its other
    mentions ("sanctions against Moscow", "said in Washington") are that country too. A capital never
    used so (the seed's "liberate Tripoli") stays a place."""
    gov = {}
    for g in groups:
        if g.kind == "country" and g.country:
            for c in g.cands:
                if c.rule == "capital":
                    gov[fold(c.name(text))] = g
    if not gov:
        return
    for g in groups:
        if g.kind != "location" or not g.cands:
            continue
        names = {fold(_POSS.sub("", c.name(text))) for c in g.cands}
        target = gov.get(next(iter(names))) if len(names) == 1 else None
        if target is not None and target is not g:
            for c in g.cands:
                c.rule = "capital"
                target.add(c, text)
            g.cands.clear()


_KNOWN_AS = re.compile(r",?\s*(?:also |better |widely |popularly )?(?:known as|nicknamed|dubbed)\s*(?:the\s+)?")


def _join_known_as(groups: list[Group], text: str) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the second name is the first one's alias."""
    at = sorted(((c, g) for g in groups for c in g.cands), key=lambda x: x[0].start)
    for k in range(1, len(at)):
        c, g = at[k]
        prev, pg = at[k - 1]
        if pg is g or not pg.cands or pg.kind not in ("person", "organization", "group", "location", "facility"):
            continue
        gap = text[prev.end:c.start]
        word = re.match(r"\s+([a-z]+)(?=,)", gap)  # "the Zaatar camp, also known as the Berm"
        if word and lexicon.place_kind(f"X {word.group(1)}"):
            gap = gap[word.end():]
        if not _KNOWN_AS.fullmatch(gap):
            continue
        if len(g.cands) > 1 and any(x.kind != g.kind for x in g.cands):
            continue
        alias = fold(_POSS.sub("", c.name(text)))
        for other in groups:  # the alias's other mentions ("Hemedti spoke later") join too
            if other is g or other is pg or not other.cands:
                continue
            if {fold(_POSS.sub("", x.name(text))) for x in other.cands} == {alias}:
                g.cands.extend(other.cands)
                other.cands.clear()
        for oc in g.cands:
            oc.kind = pg.kind
            pg.add(oc, text)
        g.cands.clear()


def _join_parentheses(groups: list[Group], text: str) -> None:
    """'Government of National Accord (GNA)': the bracketed acronym is the same actor."""
    at = {(c.start, c.end): g for g in groups for c in g.cands}
    for g in groups:
        for c in list(g.cands):
            m = re.match(r"\s*\(\s*([A-Z][A-Za-z.]{1,9})\s*\)", text[c.end:c.end + 14])
            if not m:
                continue
            a = c.end + m.start(1)
            other = at.get((a, a + len(m.group(1))))
            if other is not None and other is not g and other.kind != g.kind and g.kind == "person" \
                    and other.kind in ("organization", "group") and is_acronym(m.group(1)) \
                    and initials(c.name(text)).startswith(m.group(1).replace(".", "").upper()[:2]):
                g.kind = other.kind  # "X People's Liberation Front (TPLF)": the model's PERSON was an organisation
            if other is not None and other is not g and other.kind == g.kind:
                for oc in other.cands:
                    g.add(oc, text)
                other.cands.clear()


def to_actors(groups: list[Group], text: str, source: str | None = None) -> list[Actor]:
    """Actors from groups; names are read from `text`, mention spans point into `source` (default: text)."""
    source = text if source is None else source
    groups = sorted(groups, key=lambda g: g.first())
    out = []
    for i, g in enumerate(groups, 1):
        name = g.full
        if g.kind == "country" and g.country:
            named = [n for n in g.names if lexicon.country_of_name(n) == g.country]
            name = named[0] if named else lexicon.countries().get(g.country, lexicon.Country(g.country, g.country)).name
        aliases = [n for n in g.names if n != name]
        mentions = [Mention(Span.of(source, c.start, c.end), c.rule) for c in sorted(g.cands, key=lambda c: c.start)]
        out.append(Actor(id=f"a{i}", name=name, kind=g.kind, country=g.country, roles=list(g.roles),
                         aliases=aliases, mentions=mentions, rule=g.cands[0].rule if g.cands else g.rule))
    return out
