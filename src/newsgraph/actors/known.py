"""Known organisations: news agencies, international and non-governmental bodies, armed groups and
coalitions, national armed forces and state bodies (data/actors/{news_agencies,international_orgs,
armed_groups,state_forces,platforms,universities,media}.tsv, each saying where its entries come from).

A name or alias found in the text is one organisation, whatever the small model made of its words
("Amnesty International" is not a person "International", "Anadolu" not a person, "the Arab
coalition" not one of its members). All names of one entry join into one actor (`Cand.key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_table
from .mentions import Cand

FILES = ("news_agencies.tsv", "international_orgs.tsv", "armed_groups.tsv", "state_forces.tsv", "platforms.tsv",
         "universities.tsv", "media.tsv", "parties.tsv")
# nouns that, after a national adjective, name the country's armed forces ("the Ugandan army")
FORCE_NOUNS = frozenset({"army", "military", "armed forces", "defence forces", "defense forces", "troops"})


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # file/name: one actor per entry
    name: str
    country: str | None
    forces: bool  # a national armed force (state_forces.tsv, kind "forces")
    names: tuple[str, ...]  # the name and the aliases read on their own
    weak: tuple[str, ...]  # aliases read only where another name of the entry is in the text


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    out = []
    for f in FILES:
        for row in read_table("actors", f):
            aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
            strong = [row["name"]] + [a for a in aliases if not a.startswith("?")]
            weak = [a[1:] for a in aliases if a.startswith("?")]
            out.append(Entry(f"{f}/{row['name']}", row["name"], row.get("country") or None,
                             row.get("kind") == "forces", tuple(strong), tuple(weak)))
    return tuple(out)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, tuple[Entry, bool]]]:
    """One alternation of every name, longest first; folded name -> (entry, weak)."""
    index: dict[str, tuple[Entry, bool]] = {}
    for e in entries():
        for n in e.names:
            index.setdefault(_key(n), (e, False))
        for n in e.weak:
            index.setdefault(_key(n), (e, True))
    names = sorted({n for e in entries() for n in (*e.names, *e.weak)}, key=len, reverse=True)
    alt = "|".join(_by_first_letter([_regex(n) for n in names]))
    return re.compile(rf"(?<![\w\-.])(?:{alt})(?![\w\-]|\.\w)"), index


def _by_first_letter(patterns: list[str]) -> list[str]:
    """The same alternation with the names that begin with one letter or digit grouped ("A(?:rab League|mnesty
    International)"), in their order: names that begin differently never match at the same place, so the
    first name to match is the same, and each word start tries some 30 letters, not 600 names (10x faster)."""
    groups: dict[str, list[str]] = {}
    out: list[str | list[str]] = []
    for p in patterns:
        if p[:1].isalnum() and p[:1].isascii():  # re.escape leaves it as it is
            if p[0] not in groups:
                groups[p[0]] = []
                out.append(groups[p[0]])  # the group goes where the first of its names was
            groups[p[0]].append(p)
        else:
            out.append(p)
    return [p if isinstance(p, str) else f"{p[0][0]}(?:{'|'.join(q[1:] for q in p)})" for p in out]


def _regex(name: str) -> str:
    """A name's pattern: the first letter and every capitalised or one-word name as written; the
    lower-case words of a longer name in either case ("Arab coalition", "Arab Coalition")."""
    words = name.split(" ")
    if len(words) == 1:
        return re.escape(name)
    out = [re.escape(words[0])]
    for w in words[1:]:
        out.append(f"(?i:{re.escape(w)})" if w[:1].islower() else re.escape(w))
    return r"\s+".join(out).replace("\\'", "['\u2019]").replace("'", "['\u2019]")


def _key(name: str) -> str:
    """How names are compared: the first word as written, the rest in lower case ("Arab Coalition")."""
    first, _, rest = name.replace("\u2019", "'").partition(" ")
    return f"{first} {rest.lower()}" if rest else first


def lookup(name: str) -> Entry | None:
    """The entry a name (as written) belongs to, or None."""
    found = _pattern()[1].get(_key(re.sub(r"\s+", " ", name.strip())))
    return found[0] if found else None


def lookup_in(name: str, text: str) -> Entry | None:
    """The entry a name belongs to in this text: one of its own names, or a weak alias ("RSF") of the
    one entry whose full name the text also gives ("Rapid Support Forces", not "Reporters Without
    Borders"); None otherwise."""
    found = _pattern()[1].get(_key(re.sub(r"\s+", " ", name.strip())))
    if found is None:
        return None
    if not found[1]:
        return found[0]
    key = _key(name.strip())
    named = [e for e in entries() if any(_key(w) == key for w in e.weak) and any(n in text for n in e.names)]
    return named[0] if len(named) == 1 else None


def find(doc, text: str) -> list[Cand]:
    """Candidates for every known name in the text (a weak alias only where the entry is named
    otherwise too). A name that is only part of a longer capitalised name ("National Security
    Council", "Amnesty International UK") is left to the model."""
    pat, index = _pattern()
    hits = []
    for m in pat.finditer(text):
        got = index.get(_key(re.sub(r"\s+", " ", m.group())))
        if got is None:
            continue
        if _inside_longer_name(doc, text, m.start(), m.end()):
            continue
        hits.append((m.start(), m.end(), *got))
    strong = {e.key for _, _, e, weak in hits if not weak}
    out = []
    for a, b, e, weak in hits:
        if weak and e.key not in strong and not _dateline_agency(text, a, b):
            continue
        out.append(Cand(a, b, "organization", "known", e.country, priority=2, key=e.key))
    return out


_DATELINE_AGENCY = re.compile(r"^(?:[A-Z][A-Z.'\-]*[^\S\n]*)+(?:,[^\S\n]*[A-Z][\w.']*(?:[^\S\n][A-Z][\w.']*){0,2})?"
                              r"[^\S\n]*\($")


def _dateline_agency(text: str, a: int, b: int) -> bool:
    """A weak alias in a dateline's brackets, "WASHINGTON (AP) —", "ST. JOSEPH, Mich. (AP) —": the agency
    the dateline credits, whether or not the text gives its full name."""
    line_start = text.rfind("\n", 0, a) + 1
    return bool(_DATELINE_AGENCY.match(text[line_start:a])) and bool(re.match(r"\)[^\S\n]*(?:\u2014|\u2013|--?)", text[b:]))


def _inside_longer_name(doc, text: str, a: int, b: int) -> bool:
    from . import lexicon

    before = re.search(r"([A-Z][\w\-]*)\s+$", text[max(0, a - 40):a])
    if before and not lexicon.country_of_demonym(before.group(1)) and not lexicon.country_of_name(before.group(1)):
        tok = _token_at(doc, a - len(before.group(0)) + 0)
        if tok is not None and not tok.is_sent_start and tok.pos_ == "PROPN":
            return True
    if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[b:b + 30]):
        return True  # "Islamic State of Iraq": the name goes on
    after = re.match(r"\s+([A-Z][\w\-]*)", text[b:b + 40])
    if after:
        tok = _token_at(doc, b + after.start(1))
        if tok is not None and tok.pos_ == "PROPN" and not tok.is_sent_start and tok.ent_type_ in ("ORG", "") \
                and not lexicon.country_of_name(tok.text) and tok.lower_ not in lexicon.event_nouns():
            return True  # (not "the NATO Summit": an event of the organisation's, whose name ends there)
    return False


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def forces_of(country: str) -> Entry | None:
    """The national armed force of a country listed in state_forces.tsv."""
    for e in entries():
        if e.forces and e.country == country:
            return e
    return None
