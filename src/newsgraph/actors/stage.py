"""The actors stage, step by step: mentions, joining, roles, references, the user's dictionary."""

from __future__ import annotations

import re

from ..model import Actor, Article
from .. import nlp
from ..nlp import text_of
from ..positions import Windowed
from . import cluster, coref, junk, known, lexicon, mentions, roles
from .dictionary import Dictionary, Entry
from .dictionary import load as _load
from .mentions import Cand
from .names import fold, same_word, skeleton  # (module level: _like_any is asked per word)
from .table import ActorTable

__all__ = ["ActorTable", "Dictionary", "extract", "load_dictionary", "readable"]


def load_dictionary(path) -> Dictionary | None:
    """The user's actor dictionary (--actors FILE), or None when no file is given."""
    return _load(path)


def extract(doc, article: Article, dictionary: Dictionary | None = None) -> ActorTable:
    """Actors of one parsed article, each with every mention the text makes of it."""
    text = article.text
    doc, view = _readable(doc, text)
    cands = (mentions.from_model(doc, view) + mentions.from_rules(doc, view) + mentions.from_titles(doc, view)
             + known.find(doc, view) + mentions.from_epithets(doc) + mentions.from_leader_governments(doc))
    if dictionary is not None:
        cands += _dictionary_cands(view, dictionary, article)
    cands = mentions.joined_names(doc, mentions.with_nicknames(view, cands))
    cands = mentions.detached_particles(view, cands)
    cands = mentions.settle([c for c in cands if c.end - c.start <= MAX_NAME and not _event_name(view[c.start:c.end], c)
                             and not _in_dated_event_name(view, c)])
    cands = _headline_guard(view, cands)
    cands = _government_of(view, cands)
    cands = _national_forces(view, cands)
    cands = _not_in_slogans(doc, view, cands)
    cands = [c for c in cands if not _agreement_name(view[c.start:c.end], c)]
    cands = _more_of_known_names(doc, view, cands)
    cands = _appositive_names(doc, view, cands)
    groups = cluster.join(cands, view)
    actors = _generic_names(cluster.to_actors(groups, view, text))
    _places_read_as_persons(doc, actors)
    _based_countries(text, actors)
    _institution_countries(actors)
    table = ActorTable(actors)
    titles = roles.attach(doc, view, actors, lambda a, b: [x for _, x in table.mentions_in(a, b)])
    actors = _not_in_titles(actors, titles)
    coref.resolve(doc, text, actors, lexicon.outlet_country(article.domain), article.title)
    actors = junk.drop(doc, view, actors)  # time zones, common words read as persons, campaign surnames
    actors = _possessor_countries(text, actors)
    _portfolio_countries(actors)
    _regions_in_country(doc, actors)
    if any(a.kind == "person" and a.country is None for a in actors):
        # "Its spokesman, X,": the possessive is an organisation's mention only now, and organisations
        # may have a country only now ("the Kohelet Policy Forum in Israel"); read roles again for the
        # countries they give (roles already found are not added twice)
        again = ActorTable(actors)
        roles.attach(doc, view, [a for a in actors if a.kind == "person" and a.country is None],
                     lambda a, b: [x for _, x in again.mentions_in(a, b)])
    _leaders_countries(actors)
    if any(a.kind == "person" and a.country is None for a in actors):
        _of_body_countries(doc, actors)
    if any(a.kind == "person" and a.country is None for a in actors):
        kin = ActorTable(actors)
        roles.kin_countries(doc, actors, lambda a, b: [x for _, x in kin.mentions_in(a, b)])
    _us_legislators(text, actors)
    _home_countries(actors)
    if dictionary is not None:
        actors = _apply_dictionary(actors, dictionary, article)
    for i, a in enumerate(sorted(actors, key=lambda a: a.mentions[0].span.start if a.mentions else 0), 1):
        a.id = f"a{i}"
    table = ActorTable(sorted(actors, key=lambda a: int(a.id[1:])))
    table.headline, table.home = article.title, lexicon.outlet_country(article.domain)
    return table


# "the Texas-based think tank", "London-based": a place's name written before "-based"
_PLACE_BASED = r"(?<![\w-])([A-Z][\w.'\u2019]*(?:[ -][A-Z][\w.'\u2019]*){0,3})[-\u2010\u2011]based"
_BASED_BEFORE = re.compile(_PLACE_BASED + r"[^\S\n]+(?:the[^\S\n]+)?$")
_BASED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+" + _PLACE_BASED + r"\b")


# "X, a rights group based in Nairobi,": the place after "based in" in an apposition
_BASED_IN_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,3}([a-z][\w-]*)[^\S\n]+"
                             r"based[^\S\n]+in[^\S\n]+"
                             r"([A-Z][\w.'\u2019]*(?:[^\S\n][A-Z][\w.'\u2019]*){0,3})\b")
# "X, a Kenyan rights group,": a national adjective, then small-letter words up to the apposition's end
_NATIONAL_APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}"
                                  r"([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)(?:[^\S\n]+[a-z][\w-]*){0,3}?"
                                  r"[^\S\n]+([a-z][\w-]*)[^\S\n]*[,.;)]")
# nouns that end such an apposition besides data/actors/org_nouns.tsv
_APPOSITION_NOUNS = frozenset({"charity", "watchdog", "ngo", "nonprofit", "non-profit", "think-tank", "tank",
                               "institute", "foundation", "association", "union", "body", "coalition", "alliance",
                               "startup", "start-up", "consortium", "broadcaster", "daily", "weekly", "website"})


def _place_country(name: str) -> str | None:
    """The country of a place's name: a country, a US state, a capital, or a large town."""
    key = fold(name)
    code = lexicon.country_of_name(name) or lexicon.regions().get(key) or lexicon.capitals().get(key)
    if code:
        return code
    found = lexicon.cities().get(key)
    return found[0][1] if found and found[0][0] >= mentions.BIG_CITY else None


def _based_countries(text: str, actors: list[Actor]) -> None:
    """An organisation with no country of its own is of the country where the text says it is based:
    "the London-based Syrian Observatory", "Stratfor, the Texas-based intelligence firm," (a country,
    a US state, a capital or a large town before "-based", right before the name or in apposition).
    An apposition that says what kind of body it is gives the country too: "X, a Kenyan rights group,",
    "X, a rights group based in Nairobi," (a national adjective, or "based in" and a place, with a
    body's noun: data/actors/org_nouns.tsv and _APPOSITION_NOUNS); a one-actor "person" of the model
    so described is that body (issue 11, kind 3: an organisation read as a person)."""
    heads = lexicon.org_nouns() | _APPOSITION_NOUNS
    for a in actors:
        person = a.kind == "person" and a.rule.startswith("ner:") and not a.roles
        if not (a.kind in ("organization", "group") or person) or a.country:
            continue
        for m in roles.named_mentions(a):
            body_head = False  # the apposition names what the actor is: "a rights group"
            code = None
            if not person and (found := _BASED_BEFORE.search(text, max(0, m.span.start - 60), m.span.start)
                               or _BASED_AFTER.match(text, m.span.end)):
                code = _place_country(found.group(1))
            if code is None and (found := _BASED_IN_AFTER.match(text, m.span.end)):
                body_head = found.group(1).lower() in heads
                code = _place_country(found.group(2)) if body_head or not person else None
            if code is None and (found := _NATIONAL_APPOSITION.match(text, m.span.end)) and \
                    found.group(2).lower() in heads:
                body_head = True
                code = lexicon.country_of_demonym(found.group(1))  # "X, a Kenyan rights group,"
            if code:
                if person and body_head:
                    a.kind, a.rule = "organization", f"{a.rule}>body"  # the model's "person" was a body
                a.country = code
                break


# the head words of the names of universities and other places of learning and research
_LEARNING = re.compile(r"\b(?:University|College|Institute|School|Academy|Polytechnic)\b")
_NOT_PLACE = frozenset({"of", "the", "in", "at", "for", "and", "state", "national", "international", "university",
                        "college", "institute", "school", "academy", "polytechnic"})
BIG_CAPITAL = 1_000_000  # people: a city this large, named in a university's name, is where it is


def _institution_countries(actors: list[Actor]) -> None:
    """'the University of Baghdad', 'Ohio State University', 'Cairo University', 'the Russian Academy of
    Sciences': a university, college, institute, school or academy with no country of its own is of the
    country its name holds: a country, a national adjective, a US state (first: 'the University of
    Georgia') or a city of a million people. None when the name holds two ('Lebanese American
    University'); known universities whose name holds no place are in data/actors/universities.tsv."""
    for a in actors:
        if a.kind != "organization" or a.country or not _LEARNING.search(a.name):
            continue
        words = [w.strip(".,;:()\"'’") for w in re.sub(r"['’]s\b", "", a.name).split()]
        codes = set()
        used: set[int] = set()  # words of a longer place's name ("Mexico" in "New Mexico") are not read again
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                part = words[i:i + n]
                if used & set(range(i, i + n)) or any(w.lower() in _NOT_PLACE or not w[:1].isupper() for w in part):
                    continue
                phrase = " ".join(part)
                key = fold(phrase)
                city = lexicon.cities().get(key)
                code = (lexicon.regions().get(key) or lexicon.country_of_name(phrase)
                        or lexicon.country_of_demonym(phrase)
                        or (city[0][1] if city and city[0][0] >= BIG_CAPITAL else None))
                if code:
                    codes.add(code)
                    used.update(range(i, i + n))
        if len(codes) == 1:
            a.country = codes.pop()


def _portfolio_countries(actors: list[Actor]) -> None:
    """"The Interior Ministry said ..." in an article about one country: a ministry named by its
    portfolio alone, with no country in its name, is that country's (coref.state_of_article over the
    whole article: the only country it names). A name the model found in small letters ("interior ministry", "Defence ministry") is written as a name."""
    bodies = [a for a in actors if a.kind == "organization" and a.country is None and coref.portfolio_key(a.name)
              and not any(lexicon.country_of_demonym(w) or lexicon.country_of_name(w) for w in a.name.split())]
    if bodies:
        state = coref.state_of_article(actors, 1 << 62)
        for a in bodies:
            a.country = state.country if state is not None else None
    for a in actors:
        if a.kind == "organization" and not a.name.istitle() and coref.portfolio_key(a.name) and all(
                w.lower() in lexicon.portfolios() or w.lower() in coref.BODY_HEADS for w in a.name.split()):
            a.name = " ".join(w if w == "and" else w.capitalize() for w in a.name.split())  # "Defence ministry"


# nouns of areas a place's name may modify ("the al-Tanf zone"); not streets, airports or a "camp" named
# after people ("Kennedy airport", "the Clinton camp")
_AREA_NOUNS = frozenset({"town", "city", "village", "area", "outskirts", "suburb", "district", "garrison", "base",
                         "zone", "province", "governorate", "region", "enclave", "countryside", "neighbourhood",
                         "neighborhood"})
# verbs whose object is a place ("leave al-Tanf", "captured Kobani"): such a mention is no sign of a person
# (not "capture", "seize": people are captured too)
_TAKE_PLACE = frozenset({"leave", "enter", "reach", "abandon", "besiege", "shell", "evacuate", "recapture"})
_WHERE_PREPS = frozenset({"in", "at", "near", "around", "outside", "across", "into", "toward", "towards", "through",
                          "within"})


def _places_read_as_persons(doc, actors: list[Actor]) -> None:
    """'an attack on a petrol station in al-Hilla ... residents of al-Hilla': a one-word 'person' of
    the model that no gazetteer knows, no given name, no leader, with no title, that the article only
    ever names after a preposition of place (one at least of where: in, at, near ...; the others may
    be of, from, to), before a place noun ("the al-Tanf base") or as the object of a verb that takes a
    place ("leave al-Tanf") is a town (issue 11, kind 3: a town read as a person), never a person."""
    from .names import is_acronym

    for a in actors:
        if a.kind != "person" or not a.rule.startswith("ner:") or a.roles or len(a.name.split()) != 1:
            continue
        name = fold(a.name)
        if name in lexicon.given_names() or name in lexicon.leaders() or is_acronym(a.name) or not a.mentions:
            continue
        where = 0
        for m in a.mentions:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None:
                break
            head = root.head
            if root.dep_ == "pobj" and head.lower_ in _WHERE_PREPS | {"of", "from", "to"}:
                where += head.lower_ in _WHERE_PREPS
            elif root.dep_ in ("compound", "nmod") and head.text.islower() and head.lower_ in _AREA_NOUNS:
                where += 1  # "the al-Tanf base", "the al-Tanf zone": a place's name before an area's noun
            elif not (root.dep_ == "dobj" and head.lemma_.lower() in _TAKE_PLACE):
                break
        else:
            if where:
                a.kind, a.rule = "location", f"{a.rule}>place"


def _leaders_countries(actors: list[Actor]) -> None:
    """"President Trump said": a person the text gives no country, named as a head of state or
    government or a foreign minister is (data/actors/leaders.tsv), is of that leader's country."""
    table = lexicon.leaders()
    for a in actors:
        if a.kind != "person" or a.country is not None:
            continue
        names = [a.name] + [m.span.text for m in roles.named_mentions(a)]
        a.country = next((table[k] for n in names if (k := fold(n)) in table), None)


def _of_body_countries(doc, actors: list[Actor]) -> None:
    """'Tom Hale of the Brookings Institution said', 'Jane Roe of Amnesty International's Kenya office':
    a person with no country whose name is followed right away by "of" and a body's name (an
    organisation or group the text gives a country) is of that country, as "an analyst at X" would be.
    Not a place after "of" ("John of Gaunt", "Jane Doe of Springfield" say where, not whose)."""
    table = ActorTable(actors)
    for a in actors:
        if a.kind != "person" or a.country is not None:
            continue
        for m in roles.named_mentions(a):
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
                continue
            j = span.end + 1
            if doc[j].lower_ == "the" and j + 1 < len(doc):
                j += 1
            found = [(x, o) for x, o in table.mentions_in(doc[j].idx, doc[j].idx + len(doc[j]))
                     if x.span.start == doc[j].idx and o is not a]
            body = found[0][1] if found else None
            if body is not None and body.kind in ("organization", "group") and body.country:
                a.country = body.country
                break


# "Sen. Ted Cruz, R-Texas,", "Rep. Frank Lucas (R-OK)": party and state after a US legislator's name
_US_PARTY_STATE = re.compile(r"\s*[(,]\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[),]")
# "Democratic Rep. X", "Republican Sen. X": a US party's adjective (not the end of a longer party name,
# "Liberal Democratic") right before a legislator's or governor's title
_US_PARTY_BEFORE = re.compile(r"(?:(\S+)\s+)?\b(?:Republican|Democratic|Democrat|GOP)\s+$")
_US_TITLES = ("sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman",
              "congressmember", "gov", "gov.", "governor")
_US_ONLY_TITLES = ("congressman", "congresswoman", "congressmember")


def _us_legislators(text: str, actors: list[Actor]) -> None:
    """A person with no country is American when the text marks a member of the US Congress: party
    and state after the name ("Sen. Ted Cruz, R-Texas,"), a US party before the title ("Democratic
    Rep. X"), or a title only Congress has ("Congresswoman X")."""
    for a in actors:
        if a.kind != "person" or a.country is not None:
            continue
        titles = {w.lower() for r in a.roles for w in r.split()}
        if titles & set(_US_ONLY_TITLES):
            a.country = "USA"
            continue
        for m in roles.named_mentions(a):
            party = _US_PARTY_BEFORE.search(text[max(0, m.span.start - 40):m.span.start])
            if party and party.group(1) and party.group(1)[:1].isupper() and party.group(1)[-1:].isalpha():
                party = None  # "Liberal Democratic Senator": the end of a longer party's name
            if _US_PARTY_STATE.match(text, m.span.end) or (titles & set(_US_TITLES) and party):
                a.country = "USA"
                break
    _legislators_of_the_state_named(actors)


def _legislators_of_the_state_named(actors: list[Actor]) -> None:
    """'Sen. John Doe' with no country in an article that names, among the states whose legislators are
    titled so (data/actors/legislator_titles.tsv), only one: a legislator of that state. The countries
    named are the countries' own mentions (names, national adjectives, capitals standing for them) and
    the places of a country (a US state's name); none when it names several such states or none."""
    from . import lexicon

    table = lexicon.legislator_titles()
    people = [a for a in actors if a.kind == "person" and a.country is None]
    if not people:
        return
    named = {a.country for a in actors if a.country and (a.kind == "country" or a.kind == "location")}
    for a in people:
        titles = {r.strip().lower() for r in a.roles} | {r.split()[0].lower() for r in a.roles if r.split()}
        states = set().union(*(table.get(t, frozenset()) for t in titles)) & named
        if len(states) == 1:
            a.country = states.pop()


# An article is about one country when at least this share of the named mentions of countries, places
# and bodies that have a country are of that one, and there are at least _HOME_MENTIONS of them.
_HOME_SHARE = 0.75
_HOME_MENTIONS = 5


def _home_country(actors: list[Actor]) -> str | None:
    """The one country an article is about: the country of (nearly) all the countries, places and bodies
    it names, counting named mentions (not pronouns or role nouns); None when it names several."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.kind == "person" or not a.country:
            continue
        n = sum(1 for m in a.mentions if not m.rule.startswith("coref"))
        counts[a.country] = counts.get(a.country, 0) + n
    total = sum(counts.values())
    if total < _HOME_MENTIONS:
        return None
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return code if n >= _HOME_SHARE * total else None


# An article about one country that names others often ("the impeachment inquiry over Ukraine", "the
# trade war with China"): the mentions of the other country may outnumber the home country's, but
# most of the named actors with a country (countries, places, bodies and people) are the home
# country's. At least this share of them, and at least _HOME_ACTORS of them.
_HOME_ACTOR_SHARE = 0.6
_HOME_ACTORS = 5


def _home_country_of_actors(actors: list[Actor]) -> str | None:
    """The country most of the named actors that have a country are of (each actor counted once, names
    in small letters left out); None when no country holds _HOME_ACTOR_SHARE of them."""
    counts: dict[str, int] = {}
    for a in actors:
        if a.country and a.name[:1].isupper():
            counts[a.country] = counts.get(a.country, 0) + 1
    total = sum(counts.values())
    if total < _HOME_ACTORS:
        return None
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return code if n >= _HOME_ACTOR_SHARE * total else None


def _home_body(a: Actor) -> bool:
    """A body named as a country's own ("the House", "the Democratic Party", "GOP") that the gazetteers
    do not know (a known organisation keeps its own country, or none: "the European Union")."""
    if a.kind != "organization" or any(m.rule == "known" for m in a.mentions):
        return False
    words = a.name.split()
    return bool(words) and a.name[:1].isupper() and (
        words[-1].lower() in lexicon.home_body_heads() or a.name in lexicon.party_nicknames())


def _home_countries(actors: list[Actor]) -> None:
    """In an article about one country (every place, body and country it names, or nearly, is of that
    one: a report on US politics naming Iowa, the White House and South Carolina), a person the text
    gives no country ("Pete Buttigieg", "Lynda Bennett") and a body of the country's own kind ("the
    House", "the Democratic Party", "the Indiana State Police") are of that country. Names in small
    letters (a speaker noun of the statements stage: "officials") are left alone."""
    todo = [a for a in actors if a.country is None and a.name[:1].isupper()
            and (a.kind == "person" or _home_body(a))]
    if not todo:
        return
    home = _home_country(actors) or _home_country_of_actors(actors)
    if home is None:
        return
    for a in todo:
        a.country = home


_GOVERNMENT_OF = re.compile(r"(?:the\s+)?(?:government|authorities)\s+of\s+(?:the\s+)?(.+)", re.I)


def _government_of(text: str, cands: list[Cand]) -> list[Cand]:
    """'the Government of Syria' is Syria acting, as 'the Syrian government' is: a mention of the country
    (rule `name+government`), not an organisation of its own."""
    from . import lexicon

    for c in cands:
        if c.kind != "organization" or c.rule in ("known", "dictionary"):
            continue
        m = _GOVERNMENT_OF.fullmatch(c.name(text))
        code = lexicon.country_of_name(m.group(1)) if m else None
        if code:
            c.kind, c.rule, c.country = "country", "name+government", code
    return cands


_ADMIN = frozenset({"province", "governorate", "district", "county", "region", "state", "prefecture", "oblast",
                    "municipality", "department"})


def _regions_in_country(doc, actors: list[Actor]) -> None:
    """'crashed in Logar province south of the capital Kabul': a province or district with no country of
    its own is in the country of the places named in its sentence, when they are all of one country."""
    def as_place(m) -> bool:  # "US forces", "Israel's army": a country that modifies a noun is no place here
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        return span is not None and span.root.dep_ not in ("compound", "amod", "nmod", "poss")

    places = [(m.span.start, m.span.end, a.country) for a in actors if a.kind in ("country", "location")
              and a.country for m in a.mentions if m.rule not in ("demonym", "possessor", "epithet")
              and not m.rule.startswith("coref") and as_place(m)]
    named = {a.country for a in actors if a.kind == "country" and a.country}
    for a in actors:
        words = a.name.lower().split()
        if a.kind != "location" or a.country or len(words) < 2 or words[-1] not in _ADMIN:
            continue
        # "southern Zabul province": a province of ISO 3166-2 of one country the article names
        codes = lexicon.world_regions().get(fold(" ".join(a.name.split()[:-1])), frozenset()) & named
        if len(codes) == 1:
            a.country = next(iter(codes))
            continue
        m = a.mentions[0]
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        codes = {code for s, e, code in places if sent.start_char <= s and e <= sent.end_char}
        if len(codes) == 1:
            a.country = next(iter(codes))


def _generic_names(actors: list[Actor]) -> list[Actor]:
    """'Army chief General X', 'Ministry officials': a bare institution noun the model read as a name
    (data/actors/institutions.tsv, one word) is the one organisation the text names with that noun as its
    last word ("Sudan's army", "the Ministry of Defence" reads as "ministry" before "of"), or no actor.
    "The Government", "the Administration", "the Regime" read as a name is no actor of its own: like
    "the government", it refers to the state the article is about, or to nobody (coref.resolve;
    issue 11, kind 4)."""
    from . import lexicon

    generic = {w for w in lexicon.institutions() if " " not in w} - lexicon.government_nouns()
    out = []
    for a in actors:
        words = a.name.lower().split()
        if a.kind in ("organization", "location", "country") and len(words) == 1 and words[0] in coref.GOVERNMENT \
                and all(m.rule.startswith("ner:") for m in a.mentions):
            continue  # "the Government said" read as a name: a reference to the state, left to coref.resolve
        if not (a.kind == "organization" and len(words) == 1 and words[0] in generic
                and all(m.rule.startswith(("ner:", "coref")) for m in a.mentions)):
            out.append(a)
            continue
        noun = words[0]
        fits = [b for b in actors if b is not a and b.kind in ("organization", "group") and any(
            (ws := n.lower().split()) and len(ws) > 1 and (ws[-1] == noun or "of" in ws[1:] and ws[ws.index("of", 1) - 1] == noun)
            for n in [b.name, *b.aliases, *(m.span.text for m in b.mentions)])]
        if len(fits) == 1:
            fits[0].mentions = sorted(fits[0].mentions + [type(m)(m.span, "coref:org_noun") for m in a.mentions],
                                      key=lambda m: m.span.start)
    return out


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _possessor_countries(text: str, actors: list[Actor]) -> list[Actor]:
    """"Russia's foreign ministry": the ministry is one actor, and the country it belongs to is named
    too; the possessor is a mention of that country (its actor, or a new one), inside the ministry's."""
    from ..model import Mention, Span
    from . import lexicon

    countries = {a.country: a for a in actors if a.kind == "country" and a.country}
    out = list(actors)
    for a in actors:
        if a.kind in ("organization", "group", "location", "facility") and a.country is None:
            # "Vietnam's Communist Party", "southern Syria's al-Tanf": the possessor before the name says whose
            a.country = next((code for m in a.mentions if (code := _possessor_before(text, m.span.start))), None)
        if a.kind == "organization" and a.country is None and a.rule.startswith("ner:"):
            # "the Kohelet Policy Forum in Israel": a body the gazetteers do not know, placed in a country
            a.country = next((code for m in a.mentions if (code := _country_after(text, m.span.end))), None)
        for m in list(a.mentions):
            if a.kind not in ("organization", "group") or m.rule.startswith("coref"):
                continue
            cut = _POSSESSIVE.search(m.span.text)
            code = lexicon.country_of_name(m.span.text[:cut.start()]) if cut is not None else None
            if code is None or a.country not in (None, code) or len(m.span.text) - cut.end() < 3:
                continue
            a.country = code  # "Vietnam's Communist Party" read whole by the model
            span = Span.of(text, m.span.start, m.span.start + cut.start())
            country = countries.get(code)
            if country is None:
                country = Actor(id="", name=span.text, kind="country", country=code, rule="possessor")
                countries[code] = country
                out.append(country)
            country.mentions = sorted([*country.mentions, Mention(span, "possessor")], key=lambda x: x.span.start)
    return out


_BEFORE_POSSESSIVE = re.compile(r"((?:[A-Z][\w.\-]*\s){0,2}[A-Z][\w.\-]*)['\u2019]s\s+(?:the\s+)?$")


_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?((?:[A-Z][\w.\-]*)(?:\s[A-Z][\w.\-]*){0,2})")


def _country_after(text: str, end: int) -> str | None:
    """The country named right after a name by 'in' ("... Forum in Israel"), or None."""
    m = _IN_COUNTRY.match(text, end)
    if m is None:
        return None
    from . import lexicon

    words = m.group(1).split()
    for n in (3, 2, 1):
        if len(words) >= n:
            name = " ".join(words[:n])
            code = lexicon.country_of_name(name) or lexicon.country_of_name(name.rstrip("."))
            if code:
                return code
    return None


def _possessor_before(text: str, start: int) -> str | None:
    """The country named as a possessor right before `start` ("Vietnam's |Communist Party"), or None."""
    m = _BEFORE_POSSESSIVE.search(text[max(0, start - 60):start])
    if m is None:
        return None
    words = m.group(1).split()
    return next((code for n in (3, 2, 1) if len(words) >= n and (code := lexicon.country_of_name(" ".join(words[-n:])))),
                None)


def _agreement_name(name: str, c: Cand) -> bool:
    """'the Cessation of Hostilities', 'the Minsk Agreement', 'UN Security Council Resolution 2254' read as
    an organisation, a place or a person: an agreement's, a resolution's or a law's name
    (data/actors/agreement_nouns.tsv; numbers after the head are left aside) is no actor."""
    if c.kind not in ("organization", "location", "facility", "person") or not c.rule.startswith("ner:"):
        return False
    words = name.lower().split()
    while len(words) > 1 and re.fullmatch(r"\d[\d/.-]*|and|&|no\.?", words[-1]):
        words.pop()  # "UN Security Council Resolution 2254": the numbers of the texts are no head
    if len(words) < 2:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in lexicon.agreement_nouns()


def _event_name(name: str, c: Cand) -> bool:
    """'the Syrian Civil War', 'the Battle of Mosul', 'the Nuremberg Trials', 'the Summit' read as an
    organisation, a place or a person: an event's name (data/actors/event_nouns.tsv: its head is the word
    before "of" when it has one, else its last word) is something that happened, no actor (issue 11,
    kind 3). Names the gazetteers know, and the user's dictionary, are kept."""
    from . import lexicon

    if not c.rule.startswith("ner:") or c.kind not in ("organization", "location", "person", "facility", "country"):
        return False
    words = re.sub(r"[^\w\s'-]", " ", name).lower().split()
    if not words:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in lexicon.event_nouns()


# "the 2012 United States presidential election", "in 1963 New Zealand general election", "the 1988
# Republican Party presidential primaries": a year, the place's or body's name, then an event's noun
# after at most three words that qualify it
_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:1\d{3}|20\d{2})[^\S\n]+$")
_WORDS_AFTER = re.compile(r"(?:[^\S\n]+[\w-]+){1,4}")
_EVENT_QUALIFIER_ENDS = ("al", "ary")  # "presidential", "general", "gubernatorial", "parliamentary"
_EVENT_QUALIFIERS = frozenset({"state", "general", "leadership", "local", "federal"})


def _in_dated_event_name(text: str, c: Cand) -> bool:
    """A name that a year opens and an event's noun ends ("the 2012 United States presidential election",
    "the 1998 New Hampshire gubernatorial election") names that event: the place or body in it is no
    mention of its own, as the whole name, were the model to read it, would be none (_event_name). The
    words between are capitalised ("Senate") or qualify the event ("presidential", "state"). Without the
    year ("the US election", "in 2016 Russia interfered in the election") the name is read as usual."""
    from . import lexicon

    if not c.rule.startswith("ner:") or not _YEAR_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False
    m = _WORDS_AFTER.match(text, c.end, min(len(text), c.end + 60))
    for w in (m.group(0).split() if m else []):
        if w.lower() in lexicon.event_nouns():
            return True
        if not (w[:1].isupper() or w.lower().endswith(_EVENT_QUALIFIER_ENDS) or w.lower() in _EVENT_QUALIFIERS):
            return False  # "in 2016 United States troops left": no event's name
    return False


def _not_in_titles(actors: list[Actor], titles: list[tuple[int, int]]) -> list[Actor]:
    """'X, Research and Advocacy Director for ...': the title's words are no organisation or person."""
    if not titles:
        return actors
    out = []
    for a in actors:
        if a.kind in ("organization", "person", "group"):
            a.mentions = [m for m in a.mentions if not any(s <= m.span.start and m.span.end <= e for s, e in titles)]
        if a.mentions:
            out.append(a)
    return out


_CONTINENTS = ("europe", "africa", "asia", "america", "americas", "oceania", "antarctica", "eurasia", "arabia")


_COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
            "horn", "middle", "upper", "lower", "sub-saharan", "the", "of")


def _not_in_slogans(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """'his America First policy', 'Make America Great Again hats', 'the Global Britain strategy': a place's
    name inside a run of capitalised words that a slogan noun (slogan_nouns.tsv) follows is part of the
    slogan's or the policy's name, not a place or an actor. The run must hold a word that is no place
    ("First", "Great", "Global") and must not end like a body's name ("Hong Kong Monetary Authority plan")."""
    from . import lexicon
    from .mentions import _NAME_ENDS

    def named_place(tok) -> bool:
        w = tok.text
        return bool(lexicon.country_of_name(w) or lexicon.country_of_demonym(w) or fold(w) in lexicon.capitals()
                    or w.lower() in _CONTINENTS)

    keep = []
    for c in cands:
        if c.kind not in ("country", "location", "organization") or c.rule in ("known", "dictionary"):
            keep.append(c)
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            keep.append(c)
            continue
        a, b = span.start, span.end
        sent = span.sent  # (finding a sentence walks it: once, not once per word)
        while a > sent.start and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha and not doc[a - 1].is_sent_start:
            a -= 1
        while b < sent.end and doc[b].text[:1].isupper() and doc[b].is_alpha:
            b += 1
        run = doc[a:b]
        if any(lexicon.country_of_name(run[k:k + w].text) for w in (2, 3) for k in range(len(run) - w + 1)):
            keep.append(c)  # "South Africa policy", "United Arab Emirates plan": a country's own name
            continue
        slogan = (b < len(doc) and doc[b].lower_ in lexicon.slogan_nouns() and doc[b].text.islower()
                  and len(run) >= 2 and any(named_place(t) for t in run)
                  and any(not named_place(t) and t.lower_ not in _COMPASS for t in run)
                  and run[-1].lower_ not in _NAME_ENDS and run[-1].lower_ not in lexicon.org_heads()
                  and run[-1].lower_ not in lexicon.institutions())
        if not slogan:
            keep.append(c)
    return keep


def _national_forces(text: str, cands: list[Cand]) -> list[Cand]:
    """'the Ugandan army' and 'the Uganda People's Defence Force' are one actor: a national adjective
    with army/military/armed forces takes the key of its country's forces in state_forces.tsv."""
    for c in cands:
        if c.rule != "demonym+institution" or not c.country or c.key:
            continue
        noun = " ".join(c.name(text).split()[1:]).lower()
        entry = known.forces_of(c.country) if noun in known.FORCE_NOUNS else None
        if entry is not None:
            c.key = entry.key
    return cands


MAX_NAME = 200  # characters: a longer stretch is not a name (and ActorTable looks back no further)


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines set in title case without a closing stop: headlines and section heads left in the body."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip().strip("*#_ ")
        if line[-1:] in ".!?\"\u201d:;,)":  # (tested before the words are found: most lines end so)
            continue
        words = re.findall(r"[A-Za-z][\w'\-]*", line)
        if len(words) < 3:
            continue
        content = [w for w in words if w.lower() not in ("of", "the", "and", "in", "on", "for", "to", "a", "an", "as", "at", "by", "with")]
        if content and sum(w[0].isupper() for w in content) / len(content) >= 0.8:
            out.append((m.start(), m.end()))
    return out


def _headline_guard(text: str, cands: list[Cand]) -> list[Cand]:
    """In a title-case line every word is capitalised, so the model sees names everywhere ("The
    Cease-Fire Initiative"): keep only what the body names too, or a known country or place."""
    from . import lexicon

    lines = _headline_lines(text)
    if not lines or _shouting(text) or len(text) - sum(b - a for a, b in lines) < 200:
        return cands  # no body to check the headline against

    def on_headline(c: Cand) -> bool:
        return any(a <= c.start and c.end <= b for a, b in lines)

    body_names = {fold(c.name(text)) for c in cands if not on_headline(c)}
    body_words = {w for n in body_names for w in n.split()}
    keep = []
    for c in cands:
        name = fold(c.name(text))
        if on_headline(c) and not (name in body_names or c.country and c.kind in ("country", "location")
                                   or (c.kind == "person" and name.split()[-1:] and name.split()[-1] in body_words)
                                   or lexicon.country_of_demonym(name)):
            continue
        keep.append(c)
    return keep


def _shouting(text: str) -> bool:
    # letters and capitals counted in C (a loop over each character took 0.2 ms per article, twice per
    # article): the ASCII ones from the bytes, the few others one by one, with the same tests
    b = text.encode("ascii", "ignore")
    n, upper = len(b) - len(b.translate(None, _ASCII_LETTERS)), len(b) - len(b.translate(None, _ASCII_UPPER))
    if not text.isascii():
        for c in _ASCII_RUNS.sub("", text):
            if c.isalpha():
                n += 1
                upper += c.isupper()
    return n >= 20 and upper / n > 0.8


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(ord("a"), ord("z") + 1))
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def readable(text: str) -> str:
    """The text the model should parse: all-capitals text defeats it, so a title-cased copy of the
    same length ("RECEP TAYYIP ERDOGAN" -> "Recep Tayyip Erdogan"); any other text as it is."""
    if not _shouting(text):
        return text
    view = text.title()
    return view if len(view) == len(text) else text


def _readable(doc, text: str):
    """The parse and the text names are read from: the pipeline parses `readable(text)`, whose
    offsets are those of the article's own text, so mentions still point into it."""
    view = text_of(doc)
    return doc, (view if len(view) == len(text) else text)


def _more_of_known_names(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """A surname the model tagged once ("Haftar") makes a person of any untagged name ending in it
    ("Recep Tayyip Erdoğan" at the start of a sentence, where the small model often misses names).

    The name is a whole run of capitalised proper nouns, so a surname inside another kind of name
    ("Order of Saint Benedict", "Clinton Bush Haiti Fund") is left alone.
    """
    from . import lexicon
    from .mentions import _propn_run
    from .names import core_words, same_word

    known = set()
    for c in cands:
        words = core_words(c.name(text))
        if c.kind == "person" and words and len(words[-1]) > 3:
            known.add(words[-1])
    known = {w for w in known if not lexicon.country_of_demonym(w) and not lexicon.country_of_name(w)}
    # "Abiy Ahmed ... Abiy later welcomed": where people go by their first name (Ethiopia, Eritrea),
    # the first name alone is a re-mention; only a first name no other person in the article shares
    firsts: dict[str, int] = {}
    for c in cands:
        words = core_words(c.name(text))
        if c.kind == "person" and len(words) >= 2 and len(words[0]) > 3:
            firsts[words[0]] = firsts.get(words[0], 0) + 1
    first_names = {w for w, n in firsts.items() if n == 1 and w not in known and not lexicon.country_of_demonym(w)
                   and not lexicon.country_of_name(w)}
    if not known and not first_names:
        return cands
    known_by, firsts_by = _by_skeleton(known), _by_skeleton(first_names)
    taken = [(c.start, c.end) for c in cands]
    near = Windowed(taken)  # not a pass over every candidate per run
    extra = []
    texts, pos = nlp.column(doc, "text"), nlp.column(doc, "pos_")
    i = 0
    while i < len(doc):
        if not (pos[i] == "PROPN" and texts[i][:1].isupper()) or (i > 0 and pos[i - 1] == "PROPN"
                                                                  and texts[i - 1][:1].isupper()):
            i += 1
            continue
        t = doc[i]
        j = _propn_run(doc, i)
        if j <= i:
            i += 1
            continue
        run = doc[i:j]
        words = core_words(run.text)
        ok = (words and len(run) <= 4 and (_like_any(words[-1], known, known_by)
                                           or len(run) == 1 and _like_any(words[0], first_names, firsts_by))
              and all(x.ent_type_ in ("", "PERSON") for x in run)
              and not (j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()))
        a, b = run.start_char, run.end_char
        if ok and not any(taken[k][0] < b and a < taken[k][1] for k in near.near(a, b)):
            extra.append(Cand(a, b, "person", "name:known"))
        i = j
    return sorted(cands + extra, key=lambda c: c.start)


def _by_skeleton(words: set[str]) -> dict[str, list[str]]:
    from .names import skeleton

    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(skeleton(w), []).append(w)
    return out


def _like_any(word: str, words: set[str], by_skeleton: dict[str, list[str]]) -> bool:
    """any(same_word(word, w) for w in words), asking only the words of word's skeleton: two different
    words are the same name only when their skeletons are equal (names.same_word)."""
    return word in words or any(same_word(word, w) for w in by_skeleton.get(skeleton(word), ()))


def _appositive_names(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """'The United Nations envoy for Sudan, Volker Perthes, said': a run of two to four capitalised
    proper nouns set off by commas right after a role phrase is a person the model may have missed."""
    from . import lexicon
    from .mentions import _propn_run

    taken = [(c.start, c.end) for c in cands]
    near = Windowed(taken)  # not a pass over every candidate per run
    extra = []
    texts = nlp.column(doc, "text")
    for i in range(2, len(doc) - 1):
        if texts[i - 1] != "," or not texts[i][:1].isupper() or doc[i].pos_ != "PROPN":
            continue
        j = _propn_run(doc, i)
        if not 2 <= j - i <= 4 or j >= len(doc) or doc[j].text not in (",", ".") and doc[j].pos_ not in ("VERB", "AUX"):
            continue
        run = doc[i:j]
        if any(t.ent_type_ not in ("", "PERSON") or not t.text[:1].isupper() for t in run):
            continue
        if lexicon.country_of_name(run.text) or lexicon.role_at([t.text for t in run]):
            continue
        before = doc[max(doc[i].sent.start, i - 5):i - 1]
        found = [lexicon.role_at([t.text]) for t in before]
        if not any(f and lexicon.roles()[f[0]] == "role" for f in found):
            continue
        a, b = run.start_char, run.end_char
        if not any(taken[k][0] < b and a < taken[k][1] for k in near.near(a, b)):
            extra.append(Cand(a, b, "person", "name:apposition"))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _dictionary_cands(text: str, dictionary: Dictionary, article: Article) -> list[Cand]:
    out = []
    for e in dictionary.entries:
        if not e.valid_on(article.published):
            continue
        for n in e.names():
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text):
                out.append(Cand(m.start(), m.end(), e.kind or "organization", "dictionary", e.country,
                                roles=list(e.roles), priority=3))
    return out


def _apply_dictionary(actors: list[Actor], dictionary: Dictionary, article: Article) -> list[Actor]:
    """Entries override what the text gave; actors that turn out to be one entry are merged."""
    by_entry: dict[int, Actor] = {}
    out = []
    for a in actors:
        entry: Entry | None = None
        for n in [a.name, *a.aliases]:
            entry = dictionary.lookup(n, article.published)
            if entry:
                break
        if entry is None:
            out.append(a)
            continue
        key = id(entry)
        if key in by_entry:
            keep = by_entry[key]
            keep.mentions = sorted(keep.mentions + a.mentions, key=lambda m: m.span.start)
            keep.aliases += [x for x in [a.name, *a.aliases] if x not in keep.aliases and x != keep.name]
            keep.roles += [r for r in a.roles if r not in keep.roles]
            continue
        if a.name != entry.name and a.name not in a.aliases:
            a.aliases.insert(0, a.name)
        a.name = entry.name
        a.aliases = [x for x in a.aliases if x != a.name]
        a.kind = entry.kind or a.kind
        a.country = entry.country or a.country
        a.roles = list(entry.roles) + [r for r in a.roles if r not in entry.roles]
        a.rule = "dictionary"
        by_entry[key] = a
        out.append(a)
    return out
