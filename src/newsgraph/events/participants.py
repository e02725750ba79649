"""Participants the clause of an event does not name itself (issue 11, error kinds 1 and 2).

"At least 23 civilians were killed as government forces launched air strikes on the town": the
killing's clause is passive with no by-agent, and the clause hung under it ("as/when/after ...")
reports the same kind of happening with its doer. The doer of that clause is the doer of the
killing. Only a subordinate clause that itself codes to the same category, or to another use of
force (ASSAULT, COERCE), lends its doer: "were killed as talks began" or "were wounded as
protesters marched" lend nothing.
"""

from __future__ import annotations

from ..grammar import agent, passive_subject, resolve
from ..grammar.agent import gerund_by
from .coding import _TIME_NOUNS, Coding, code, keys as _keys, match_noun, negated, objects
from .lexicon import Lexicon
from .lexicon import load as load_lexicon

__all__ = ["backing_received", "lent_source", "noun_targets", "named_objects", "deep_target", "nominal", "nominal_doer", "sufferers", "happening_subject", "between_parties", "custodian", "died_of", "doer_of_the_deed", "state_of_place",
           "each_other", "people_object", "answerable_doer",
           "the_country", "parenthetical_doer", "misparsed_subject", "holder", "from_targets", "doer_in", "AIMED_AT_DOERS",
           "recipients", "claimed"]

FORCE = frozenset({"ASSAULT", "COERCE"})
# a clause of circumstance hung under the event's verb: "as/when/after/while ..."
MARKS = frozenset({"as", "when", "after", "while", "since", "before"})


def lent_source(coding, category: str, lex: Lexicon):
    """The token naming the doer of `coding`'s happening, taken from a subordinate clause of the
    same kind, when the event's own clause is passive without a by-agent; else None."""
    trig, top = coding.trigger, coding.top
    if trig.pos_ not in ("VERB", "AUX") or passive_subject(trig) is None or agent(trig) is not None:
        return None
    # "five people were killed and 20 were injured after rebels attacked the village": the parser
    # hangs the clause on the last of the coordinated passives; it tells of them all
    later = [v for v in trig.conjuncts if v.i > trig.i and v.pos_ == "VERB" and passive_subject(v) is not None]
    for c in [*top.children, *(trig.children if trig.i != top.i else []), *(c for v in later for c in v.children)]:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        # "as" is a mark; the parser makes "when" an adverb of the clause
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in MARKS for m in c.children):
            continue
        sub = code(c, lex)
        if sub is None or not (sub.category == category or {sub.category, category} <= FORCE):
            continue
        if passive_subject(sub.trigger) is not None and agent(sub.trigger) is None:
            continue
        doer = agent(sub.top, carrier=sub.top.i != sub.trigger.i)
        if doer is not None:
            return doer
    return None


def doer_of_the_means(coding, lex: Lexicon, table):
    """The doer named by the force noun a passive happening came about in ("ten people were killed in
    Israeli air strikes", "wounded in Russian shelling", "killed in police firing"): the noun's own
    doer (an adjective or compound naming a state, a possessor, a by-phrase), when the clause is
    passive with no by-agent; else None."""
    trig = coding.trigger
    if trig.pos_ != "VERB" or passive_subject(trig) is None or agent(trig) is not None:
        return None
    for c in trig.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during", "by"):
            continue
        for p in (p for p in c.children if p.dep_ == "pobj" and p.i + 1 < len(p.doc)):
            # "killed in police firing", "wounded in Russian shelling", parsed with the doer as the
            # preposition's object and the -ing noun as a verb after it
            nxt = p.doc[p.i + 1]
            rows = lex.nouns.get(nxt.lower_) if nxt.lower_.endswith("ing") and nxt.pos_ == "VERB" else None
            if rows and any(r.category in FORCE for r in rows) and \
                    (p.pos_ == "PROPN" or p.ent_type_ == "NORP" or p.lemma_.lower() in _FORCES):
                return p
        for n in (p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            pat = match_noun(n, lex)
            if pat is None or pat.category not in FORCE:
                continue
            doer = nominal_doer(n, table)
            if doer is not None:
                return doer
            police = next((m for m in n.children if m.dep_ == "compound" and m.lemma_.lower() in _FORCES), None)
            if police is not None:
                return police  # "police firing", "army shelling": a force of the state named by its kind
            by = _by_people(n, lex)
            if by is not None:
                return by  # "wounded in an attack by the rebels": a doer named by what they are
        for g in (p for p in c.children if p.dep_ in ("pcomp", "pobj") and p.tag_ == "VBG"):
            # "killed in shelling by government forces": the gerund's own by-phrase
            coded = code(g, lex)
            doer = gerund_by(g) if coded is not None and coded.category in FORCE else None
            if doer is not None:
                return doer
    return None


def _by_people(noun, lex: Lexicon):
    """The object of an event noun's own by-phrase when it names people by what they are ("an
    attack by the rebels", "a raid by police") or by a name; None otherwise."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj" and (p.pos_ == "PROPN" or _names_people(p, lex.people)):
                    return p
    return None


def _names_people(tok, people: frozenset[str]) -> bool:
    """`tok` is a noun for people or an armed body by what they are ("the rebels", "police", "the
    coalition", "government forces")."""
    return bool(people) and tok.pos_ in ("NOUN", "PROPN") and \
        (tok.lower_ in people or tok.lemma_.lower() in people or tok.lemma_.lower() in _BODIES)


# acts aimed at whoever did what they are about ("condemned the attack by al-Shabaab")
BLAMED_FOR_A_DEED = frozenset({"ACCUSE", "PROTEST"})


def doer_of_the_deed(coding, category: str, lex: Lexicon, table):
    """Whoever did the happening a condemnation or protest is about, named by that noun's own words
    ("Kenya condemned the attack by al-Shabaab on a bus", "condemned Russia's bombardment of
    Kharkiv"): the noun's doer (nominal_doer); None otherwise."""
    trig = coding.trigger
    if category not in BLAMED_FOR_A_DEED or trig.pos_ != "VERB" or coding.noun is not None:
        return None
    for o in (c for c in trig.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        pat = match_noun(o, lex)
        if pat is not None and pat.category in FORCE:
            return nominal_doer(o, table, lex.people)
    return None


def happening_subject(coding, lex: Lexicon):
    """The subject of a force verb when it is itself a use of force ("the shelling of Kharkiv by
    Russian forces killed five people", "the bombing of the market by rebel fighters killed ..."):
    whose it is, not what it was done to, is the doer (nominal_doer of the noun); None otherwise."""
    if coding.noun is not None or coding.category not in NOMINAL or coding.trigger.pos_ != "VERB":
        return None
    subj = next((c for c in coding.trigger.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "NOUN" or subj.tag_ == "VBG"):  # "Fighting between X and Y killed"
        return None
    pat = match_noun(subj, lex)
    return subj if pat is not None and pat.category in FORCE else None


def between_parties(noun):
    """The parties a happening is between ("fighting between the army and the rebels killed 20",
    "clashes between police and protesters"): the first of the coordinated names under "between"
    (`roles.argument` takes the others); None when it names only one."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            p = next((p for p in c.children if p.dep_ == "pobj"), None)
            if p is not None and p.conjuncts:
                return p
    return None


# abuse done to those held: "was tortured in a prison in X", "died in custody after torture"
_ABUSE = frozenset({"torture", "beat", "beating", "abuse", "mistreat", "mistreatment", "maltreat", "maltreatment",
                    "ill-treatment", "flog", "flogging", "whip"})
# where people are held: "in prison", "in custody", "in a detention centre"
_CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "captivity", "detention", "dungeon"})
_CUSTODY_SITES = frozenset({"center", "centre", "facility", "camp", "cell", "cells"})
_SITE_KINDS = frozenset({"detention", "prison", "jail", "interrogation"})


def _custody(word) -> bool:
    low = word.lemma_.lower()
    return low in _CUSTODY or (low in _CUSTODY_SITES and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _SITE_KINDS
                                       for c in word.children))


def _verb_above(noun):
    """The verb a noun hangs on through prepositions ("died as a result of the torture"), or None."""
    t = noun
    for _ in range(6):
        if t.dep_ not in ("pobj", "pcomp", "prep") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def custodian(trigger):
    """Where the victim was held when abused, when no abuser is named ("was tortured and killed in a
    secret prison in X", "died in custody in X after torture", "the torture to which he was subjected
    in a detention centre"): whoever holds the prison or the custody did it, and the words naming
    it are the source (the place's state, when it is a country, its actor). None otherwise."""
    if trigger.lemma_.lower() not in _ABUSE and trigger.lower_ not in _ABUSE:
        return None
    if trigger.pos_ in ("VERB", "AUX"):
        if agent(trigger) is not None:
            return None
        words = [trigger, *trigger.conjuncts]
    elif trigger.pos_ == "NOUN":
        above = _verb_above(trigger)
        words = [trigger, *(c for c in trigger.children if c.dep_ == "relcl")] + \
            ([above] if above is not None and above.lemma_.lower() in _SUFFER else [])
    else:
        return None
    for w in words:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside"):
                for p in c.children:
                    if p.dep_ == "pobj" and _custody(p):
                        return p
    return None


def died_of(coding):
    """Who died of the abuse an event noun names ("died in prison after torture", "died as a result
    of the torture"): the subject of the dying verb; None otherwise."""
    noun = coding.noun
    if noun is None or custodian(noun) is None:
        return None
    verb = _verb_above(noun)
    if verb is None or verb.lemma_.lower() not in _SUFFER:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# "three children died in an air strike by the coalition": those who died or suffered in a use of force
_SUFFER = frozenset({"die", "perish", "suffer", "drown", "burn", "starve"})


def sufferers(coding):
    """Who died or suffered in the happening an event noun or gerund names ("three children died in
    an air strike by the coalition", "two civilians died during shelling by Russian forces"): the
    subject of the verb the noun's "in/during/amid" phrase hangs on; None otherwise."""
    trig = coding.trigger
    prep = trig.head
    if trig.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _SUFFER:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_FORCES = frozenset({"police", "army", "military", "troop", "soldier", "militia", "rebel", "navy", "coalition"})
# armed or ruling bodies named by what they are, as the object of an event noun's by-phrase ("the
# offensive by government forces", "shelling by the regime")
_BODIES = _FORCES | frozenset({"force", "regime", "government", "authority", "junta", "jet", "warplane", "drone",
                               "gunman", "fighter", "militant", "insurgent", "guerrilla", "paramilitary", "unit",
                               "squad", "battalion", "brigade", "detachment", "militiaman", "militiamen"})


# what an event noun is aimed at: "strikes against IS", "an attack on the embassy", "legal action
# against the government", "a protest against the siege", "sanctions on Iran"
# "talks with X", "a visit to X", "aid to X", "war with X" likewise
NOUN_TARGET_PREPS = ("against", "on", "upon", "targeting", "with", "to", "toward", "towards")


def noun_targets(noun, category: str | None = None) -> list:
    """The heads an event noun is aimed at, from its own prepositions (and a participle
    "targeting X" hung on it), before anything the light verb around it governs: in "carried out
    air strikes against IS with the approval of Assad" the strikes are against IS. A use of force
    is done to what follows "of" ("the blockade of Serbia", "the bombardment of Idlib")."""
    if noun is None:
        return []
    preps = (("of",) if category in OF_IS_TARGET else ()) + NOUN_TARGET_PREPS
    out = []
    for prep in preps:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                out += [p for p in c.children if p.dep_ == "pobj"]
    out += [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "target"
            for o in c.children if o.dep_ == "dobj"]
    return out


OF_IS_TARGET = frozenset({"ASSAULT", "COERCE", "SANCTION"})


# categories whose object is the one the act is done to ("beat Palestinian detainees", "detained
# the head of Amnesty Turkey", "rejected the Ethiopian proposal"), named through its own words,
# before any place or prepositional phrase; in moving and giving ("sent Turkish troops to Libya",
# "supplied Turkish drones to the army") the object is what is moved
OBJECT_FIRST = frozenset({"ASSAULT", "COERCE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "SANCTION", "PROTEST",
                          "THREATEN", "CONCEDE", "AGREE", "CONSULT", "RETREAT"})  # not MOBILIZE, AID, COOPERATE
NAMING_DEPS = frozenset({"appos", "poss", "compound", "amod", "nmod"})


def named_objects(c, table) -> list:
    """Objects of a force verb that name an actor through their own modifiers or apposition
    ("Palestinian detainees", "the head of X, Name"), for `roles` to try first."""
    if c.category not in OBJECT_FIRST or c.noun is not None or c.trigger.pos_ not in ("VERB", "AUX"):
        return []
    if recipients(c):
        return []  # "returned six Iraqi artifacts to Iraq": what is handed over is not the target
    return [o for o in objects(c.trigger) if o.dep_ == "dobj" and o.pos_ == "NOUN" and any(
        table.actor_of_token(m) is not None for m in o.children if m.dep_ in NAMING_DEPS)]


# prepositions of place and time: an actor under them is where or when, not whom
# always where or when
_NOT_WHOM = frozenset({"at", "near", "outside", "inside", "across", "throughout", "since", "until", "despite",
                       "according", "like", "beyond", "around"})
# where or when when their object names a place or a time ("in the city of X", not "in its war with X")
_MAYBE_WHERE = frozenset({"in", "on", "during", "after", "before", "within"})
_NOT_WHOM_CLAUSES = frozenset({"relcl", "appos", "parataxis"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "area", "district", "capital", "country",
                          "camp", "border", "state", "county", "neighbourhood", "neighborhood", "street", "square",
                          "zone", "territory", "enclave", "port", "island", "valley", "north", "south", "east", "west"})


def _where_or_when(pobj, table) -> bool:
    """The object of "in/at/on/during ..." names a place or a time ("in the city of X", "on
    Sunday"), not a happening ("in its war with Iraq")."""
    if pobj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or pobj.lemma_.lower() in _PLACE_NOUNS:
        return True
    a = table.actor_of_token(pobj)
    return a is not None and a.kind in ("location", "facility", "country")


def deep_target(coding, claim: set[int], table, exclude: set[str]):
    """When no argument of the event's words names a target, the first actor named further down
    the event's own clause, reached through its objects, complements and participles ("demonstrated
    ... calling for independence from Iraq", "threatened to launch an offensive in its war with
    Iraq"), never under a preposition of place or time, in a relative clause, in a clause of
    circumstance ("as protests continued over ..."), or before the trigger. Returns (actor, token) or (None, None)."""
    trig = coding.trigger
    doc = trig.doc
    # with a recipient named, the thing handed over names no target ("returned a portrait by the artist
    # Jan Smit to its owner": not the artist)
    handed = {t.i for o in handed_over(coding) for t in doc[o].subtree} if \
        recipients(coding) or late_recipient(coding) else set()
    for i in sorted(claim):
        tok = doc[i]
        if i <= trig.i or tok.pos_ not in ("PROPN", "NOUN") or i in handed:
            continue
        a = table.actor_of_token(tok)
        if a is None or a.id in exclude or a.kind in ("location", "facility"):
            continue
        path, t, ok = [], tok, True
        while t.i != coding.top.i and t.i != trig.i and t.head.i != t.i:
            if t.dep_ in _NOT_WHOM_CLAUSES or t.dep_ == "npadvmod" or (t.dep_ == "pobj" and (
                    t.head.lower_ in _NOT_WHOM or (t.head.lower_ in _MAYBE_WHERE and _where_or_when(t, table)))) or (
                    # a clause of circumstance ("as protests continued over ...", "after the court
                    # ordered ...") is another happening
                    t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in MARKS
                                              for c in t.children)):
                ok = False
                break
            t = t.head
        if ok and t.head.i != t.i or ok and t.i in (coding.top.i, trig.i):
            return a, tok
    return None, None


# nominal events that are events on their own, outside any clause that codes: "Amnesty documented
# unlawful killings by Iranian security forces", "since Russia's bombardment of the city"
NOMINAL = frozenset({"ASSAULT", "COERCE"})


# a war or a conflict takes its name from the land it is fought in: the adjective is no doer
NAMED_FOR_THE_PLACE = frozenset({"war", "conflict", "crisis", "insurgency", "uprising", "revolution", "fighting"})


def nominal_doer(noun, table, people: frozenset[str] = frozenset()):
    """The token naming who did what an event noun names, when the noun's own words say so: a
    by-phrase ("killings by the security forces"; with `people`, the nouns of data/plover/people.tsv,
    also "an air strike by the coalition", "a raid by police"), a possessor ("Russia's bombardment"),
    an adjective or compound that is an actor's name ("a Pakistani drone strike"). None otherwise."""
    bys = [c for c in noun.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    verb = noun.head
    if noun.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "documented killings by X": the parser hangs the noun's by-phrase on the active verb
        bys += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
    for c in bys:
        for p in c.children:
            if p.dep_ == "pobj" and (resolve(p, table)[0] is not None or _names_people(p, people)):
                return p
    for c in noun.children:
        if c.dep_ == "poss" and resolve(c, table)[0] is not None:
            return c
    held = answerable_doer(noun)
    if held is not None and (resolve(held, table)[0] is not None or _answerable_noun(held)):
        # "Los Zetas have been responsible for mass killings", "X claimed responsibility for the
        # attack"; "leaders of the two sides are responsible for mass killings" names a doer too
        return held
    if noun.lemma_.lower() in NAMED_FOR_THE_PLACE:
        return None  # "the Afghan war", "the Syrian conflict": where it is fought, not who fights
    mods = list(noun.children)
    # "a Pakistani drone strike": the small parser hangs the adjective on the compound before the noun
    mods += [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i for g in c.children
             if g.dep_ == "amod" and g.i < c.i]
    for c in mods:
        a = table.actor_of_token(c) if c.dep_ in ("amod", "compound") and c.i < noun.i else None
        # a demonym or a state's name ("Pakistani drone strike", "US strikes"); a compound place or
        # event name ("the Ghazni attacks", "the Easter bombings") says where or when, not who
        # a known armed group's or force's name as a compound ("a Taliban ambush", "an al-Shabaab
        # attack", data/actors/armed_groups.tsv, state_forces.tsv) names the doer too; a place's
        # ("the Ghazni attacks", even when read as an organisation) or a person's does not
        if a is not None and (a.kind == "country" or (c.dep_ == "amod" and a.kind not in ("location", "facility"))
                              or (c.dep_ == "compound" and _armed_body(a.name))):
            return c
    return None


def _armed_body(name: str) -> bool:
    """`name` is an armed group or a state's forces of the gazetteers (data/actors)."""
    from ..actors import known
    entry = known.lookup(name)
    return entry is not None and entry.key.startswith(("armed_groups.tsv/", "state_forces.tsv/"))


# a meeting or a call told as something that happened, with both sides named: "Trump's July 25 call
# with Zelensky", "the phone call between the two presidents" (CONSULT, PLOVER "meet", "phone")
MEETINGS = frozenset({"call", "meeting", "talk", "talks", "conversation", "summit", "discussion",
                      "negotiation", "negotiations", "consultation", "consultations"})


VISITS = frozenset({"visit", "trip"})
# a meeting planned, put off or called off did not take place: "unable to reschedule a meeting between
# Trump and Xi that was canceled", "proposed talks with Iran"
_UNHELD = frozenset({"reschedule", "cancel", "postpone", "delay", "plan", "schedule", "propose", "seek", "want",
                     "request", "arrange", "suggest", "offer", "expect", "hope", "demand", "refuse", "reject", "skip",
                     "boycott", "scrap", "prepare", "need", "push", "urge"})


def _not_held(noun) -> bool:
    """The meeting noun is the object of a verb of planning or calling off (or its own relative
    clause says it was called off)."""
    gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if gov is not None and gov.lemma_.lower() in _UNHELD:
        return True
    if any(a.lower_ in ("planned", "proposed", "scheduled", "upcoming", "expected", "possible", "future")
           for a in noun.children if a.dep_ == "amod"):
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _UNHELD for c in noun.children)
# prepositions that set an act in a meeting: "during a meeting with", "at talks with"
_AT_A_MEETING = frozenset({"during", "at", "after", "before", "in"})


def _capital(actor) -> bool:
    """The actor is a capital city ("a trip to Beijing")."""
    from ..actors import lexicon as names
    return actor.kind == "location" and names.fold(actor.name) in names.capitals()


def meeting_partner(noun, table):
    """The partner of a meeting noun when both sides are named actors: the "with" object of a
    noun whose possessor is an actor ("Trump's call with Zelensky"), or the second name of "between X
    and Y" ("the call between Biden and Macron"); None otherwise."""
    if noun.lemma_.lower() not in MEETINGS | VISITS and noun.lower_ not in MEETINGS:
        return None
    if _not_held(noun):
        return None
    first = between_parties(noun) if noun.lemma_.lower() not in VISITS else None
    if first is not None:
        named = [w for w in [first, *first.conjuncts] if resolve(w, table)[0] is not None]
        return named[1] if len(named) >= 2 else None
    owner = next((c for c in noun.children if c.dep_ == "poss" and resolve(c, table)[0] is not None), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ in _AT_A_MEETING and noun.lemma_.lower() in MEETINGS \
            and not any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "the") for c in noun.children):
        # "announced the deal during a meeting with Liu He", "raised it at a meeting with Merkel":
        # whoever does what the meeting is the setting of held it
        owner = agent(noun)
        if owner is not None and resolve(owner, table)[0] is None:
            owner = None
    if owner is None:
        return None
    if noun.lemma_.lower() in VISITS:
        # "Erdogan's visit to Moscow", "Lam's trip to Beijing": a visit abroad is to that country (a
        # trip to a town of one's own country is no meeting)
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                p = next((p for p in c.children if p.dep_ == "pobj"), None)
                host = resolve(p, table)[0] if p is not None else None
                guest = resolve(owner, table)[0]
                if host is not None and host is not guest and (host.kind == "country" or _capital(host)) and \
                        not (host.country and host.country == guest.country):
                    return p
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            p = next((p for p in c.children if p.dep_ == "pobj"), None)
            if p is not None and resolve(p, table)[0] is not None and resolve(p, table)[0] is not resolve(owner, table)[0]:
                return p
    return None


# backing had or won from someone: "Steyer has the backing of six legislators", "Macron received the
# endorsement of Valls", "the rebels enjoy the support of Iran" (SUPPORT by the backer, to the subject);
# aid received from someone: "Kenya received military aid from the United States" (AID by the giver)
_BACKINGS = frozenset({"support", "backing", "endorsement", "endorsements"})
_HAVING = frozenset({"have", "receive", "win", "get", "gain", "secure", "enjoy", "earn", "garner", "obtain", "retain"})
_AIDS = frozenset({"aid", "assistance", "help", "funding", "loan", "loans", "grant", "grants", "donation", "donations",
                   "weapon", "weapons", "arms", "supplies"})
_RECEIVING = frozenset({"receive", "get", "obtain", "accept", "secure"})


def backing_received(verb, table, people: frozenset[str] = frozenset()):
    """(category, backing or aid noun, backer token) when `verb` is a verb of having or winning
    whose object is a noun of backing (SUPPORT) or of receiving aid (AID) with an actor "of" or
    "from" it (not "his family", a person's own); None otherwise. The backer is the source and the
    verb's subject the target."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _HAVING and lemma not in _RECEIVING:
        return None  # (speed: neither kind of object below is read for another verb)
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        word = noun.lemma_.lower()
        if (word in _BACKINGS or noun.lower_ in _BACKINGS) and lemma in _HAVING:
            category, froms = "SUPPORT", ("of", "from")
        elif (word in _AIDS or noun.lower_ in _AIDS) and lemma in _RECEIVING:
            category, froms = "AID", ("from",)
        else:
            continue
        # ("received aid from Japan": the small parser hangs the noun's "from" on the verb)
        for c in [*noun.children, *(c for c in verb.children if c.i > noun.i)]:
            if c.dep_ == "prep" and c.lower_ in froms:
                p = next((p for p in c.children if p.dep_ == "pobj"), None)
                if p is None or any(d.dep_ == "poss" and d.pos_ == "PRON" for d in p.children):
                    continue
                a = resolve(p, table)[0]
                if (a is not None and a.kind not in ("location", "facility")) or _names_people(p, people) or (
                        a is not None and p.pos_ == "PROPN"):
                    return category, noun, p
    return None


def nominal(noun, lex: Lexicon, table):
    """A Coding for an event noun that stands on its own with its doer named (see NOMINAL), or None."""
    if noun.pos_ != "NOUN":
        return None
    if meeting_partner(noun, table) is not None:
        mode = {"call": "phone", "visit": "visit", "trip": "visit"}.get(noun.lemma_.lower())
        return Coding("CONSULT", mode, noun, noun,
                      f"nominal:meeting:{noun.lemma_.lower()}", [], False, False, False, noun)
    pat = match_noun(noun, lex)
    if pat is None or pat.category not in NOMINAL or (nominal_doer(noun, table, lex.people) is None and
                                                       custodian(noun) is None):
        return None
    return Coding(pat.category, pat.mode, noun, noun, f"nominal:{pat.rule}", [], False, False, False, noun)


# acts only a state's authorities perform (PLOVER COERCE `arrest`, `deport`, `censor`, SANCTION
# `convict`): "a missionary was arrested in Lebanon" is an arrest by Lebanon
STATE_ACTS = frozenset({"arrest", "detain", "jail", "imprison", "deport", "convict", "sentence", "censor", "outlaw"})


def state_of_place(coding, place) -> bool:
    """The place's state did it: a passive state act with no by-agent, done in a country."""
    trig = coding.trigger
    if place is None or place.kind != "country" or trig.pos_ not in ("VERB", "AUX"):
        return False
    if passive_subject(trig) is None or agent(trig) is not None:
        return False
    lemmas = {trig.lemma_.lower(), trig.lower_}
    return bool(lemmas & STATE_ACTS) or any(k in STATE_ACTS for k in _keys(trig))


# "two inspectors have been expelled from North Korea": only a state expels, and it is the one left
_EXPELLING = frozenset({"expel", "deport", "evict"})


def expelled_from(coding, table):
    """The country someone was expelled or deported from, in a passive with no by-agent; None otherwise."""
    trig = coding.trigger
    if trig.pos_ != "VERB" or not (set(_keys(trig)) & _EXPELLING) or passive_subject(trig) is None or \
            agent(trig) is not None:
        return None
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                a = table.actor_of_token(p) if p.dep_ == "pobj" else None
                if a is not None and a.kind == "country":
                    return p
    return None


# what a doer moves or keeps as its own: "Ecowas peacekeepers are being deployed", "US aid was
# delivered", "UN sanctions against Iran were lifted": told in the passive with no by-agent, the
# actor named in the thing's own words (a demonym, a name, a possessor) is the one who did it. Not
# for force or coercion: "Russian soldiers were killed" names the victims' side.
OWN_THINGS = frozenset({"MOBILIZE", "AID"})
_SANCTION_WORDS = frozenset({"sanction", "sanctions", "embargo", "restriction", "restrictions", "ban", "curfew"})


def owner_of_moved(coding, category: str, table):
    """The token naming whose forces, aid or sanctions the passive subject is; None otherwise."""
    trig = coding.trigger
    if trig.pos_ != "VERB" or agent(trig) is not None:
        return None
    thing = passive_subject(trig)
    if thing is None:
        return None
    lifted = category in ("CONCEDE", "RETREAT") and thing.lemma_.lower() in _SANCTION_WORDS
    if category not in OWN_THINGS and not lifted:
        return None
    for c in thing.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < thing.i:
            a = table.actor_of_token(c)
            if a is not None and a.kind not in ("location", "facility"):
                return c
    return None


# "Russia's decision to withdraw troops", "Israel's plan to annex": the possessor of a plan or a
# decision is the doer of what is planned
_PLANS = frozenset({"plan", "plans", "decision", "move", "bid", "attempt", "attempts", "effort", "efforts",
                    "intention", "readiness", "willingness", "refusal", "order", "proposal", "offer", "pledge",
                    "promise", "commitment", "threat", "call", "push", "drive", "campaign"})


def planner(coding):
    """The possessor of the plan whose infinitive is the event's clause ("X's plan to annex"); None otherwise."""
    top = coding.top
    if top.pos_ not in ("VERB", "AUX") or top.dep_ not in ("acl", "xcomp") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return None
    noun = top.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PLANS and noun.lower_ not in _PLANS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "the latest move by the US to force ..."
        owner = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < top.i
                      for p in c.children if p.dep_ == "pobj"), None)
    return owner



# What two parties do to each other (PLOVER's reciprocal SRC/TAR, ConfliBERT's R): agreeing,
# consulting and cooperating always; other acts when what they are about is a mutual thing ("signed
# an agreement", "failed to reach a deal", "upgraded diplomatic ties", "violated the ceasefire") or the
# verb itself is mutual ("clashed", "exchanged fire").
MUTUAL_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
MUTUAL_WORDS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire", "cease-fire",
                          "truce", "armistice", "tie", "ties", "relation", "relations", "talk", "talks",
                          "negotiation", "negotiations", "exercise", "exercises", "drill", "drills", "clash",
                          "exchange", "swap", "fight", "battle"})
_EACH_OTHER = ("each other", "one another")


def each_other(coding, src, category: str) -> bool:
    """The event's doers are two or more coordinated actors ("Armenia and Azerbaijan agreed to a
    ceasefire", "India and Pakistan failed to reach agreement") who act on each other: each is the
    other's target."""
    collective = any(c.lower_ in ("both", "two") for t in src.tokens for c in t.children) or \
        _coordinated_owners(src)  # "the two sides", "British and EU negotiators"
    if (len(src.actors) < 2 and not _coordinated_sides(src)) or (len(src.tokens) < 2 and not collective):
        return False
    trig = coding.trigger
    words = [trig, coding.top, *coding.chain]
    if coding.noun is not None:
        words.append(coding.noun)
    for t in list(words):
        for o in objects(t) if t.pos_ in ("VERB", "AUX") else []:
            words += [o, *o.conjuncts, *(c for c in o.children if c.dep_ == "compound")]
        words += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "in")
                  for p in c.children if p.dep_ == "pobj"]
    if category in MUTUAL_CATEGORIES or any(k in MUTUAL_WORDS for w in words for k in _keys(w)):
        return True
    clause = " ".join(t.lower_ for t in coding.top.subtree)
    return any(e in clause for e in _EACH_OTHER)


def _coordinated_sides(src) -> bool:
    """Two or more coordinated heads, one an actor, each a name or a noun for people (data/plover/
    people.tsv: "Ukraine and Russia-backed separatist rebels"; not "troops and aircraft from the
    United States"): the parser's conjuncts, even when one side resolves to no actor."""
    heads = {t.i: t for t in src.tokens}
    if not src.actors or not heads:
        return False
    if len(heads) == 1:
        return _coordinated_owners(src)
    first = min(heads.values(), key=lambda t: t.i)
    people = load_lexicon().people
    return all(t.pos_ == "PROPN" or any(k in people for k in _keys(t)) for t in heads.values()) and \
        all(t.i == first.i or t.i in {c.i for c in first.conjuncts} for t in heads.values())


def _coordinated_owners(src) -> bool:
    """One noun for people whose modifiers are coordinated names or sides ("British and EU
    negotiators", "the government and Tuareg rebels", "Mali and separatist rebels" as the small
    parser reads them): one group from each side."""
    heads = {t.i: t for t in src.tokens}
    if len(heads) != 1:
        return False
    head = next(iter(heads.values()))
    if not any(k in load_lexicon().people for k in _keys(head)):
        return False
    return any(m.dep_ in ("amod", "compound", "nmod") and m.i < head.i and
               any(c.dep_ == "conj" for c in m.children) for m in head.children)


# what parties agree or talk about, and when, is no party: "failed to reach a deal on the Irish border",
# "agreement on a prisoner exchange", "violated the ceasefire during the Mamasapano incident"
# (a time always; a topic only on the mutual word or the verb: "sanctions on Guinea" names a target)
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
TIME_PREPS = frozenset({"during", "after", "before", "amid"})


def topic_only(tok, coding) -> bool:
    """`tok` (a target candidate) is what a mutual act is about, not whom it is done to: under a
    preposition of topic or time on the way up to the clause, or the mutual thing itself ("violated
    the Ceasefire Agreement in Sudan": the agreement, and where it holds)."""
    stop = {coding.trigger.i, coding.top.i, *(t.i for t in coding.chain)}
    t, n = tok, 0
    while n < 12:
        if any(k in MUTUAL_WORDS for k in _keys(t)) and t.i not in stop:
            return True
        if t.dep_ == "pobj" and (t.head.lower_ in TIME_PREPS or t.head.lower_ in TOPIC_PREPS and (
                t.head.head.i in stop or any(k in MUTUAL_WORDS for k in _keys(t.head.head)))):
            return True
        if t.i in stop or t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        t, n = t.head, n + 1
    return False


# words that count or pick out some of a group: "hundreds of banks", "four of the largest
# corporations", "each of the top 25 providers", "three of the dozens of hostages"
QUANTIFIERS = frozenset({"each", "some", "many", "most", "all", "several", "both", "any", "none", "few", "one",
                         "dozens", "hundreds", "thousands", "millions", "scores", "tens", "number", "majority",
                         "handful", "group"})


def counted(tok):
    """The group a number or a quantifier stands for ("hundreds of banks" -> banks, "three of the dozens
    of hostages" -> hostages); None when `tok` counts nothing named by an of-phrase."""
    t, found = tok, None
    if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return None  # "tariffs on $120 billion of China's exports": an amount, not a group
    for _ in range(3):
        if not (t.like_num or t.ent_type_ == "CARDINAL" or t.lower_ in QUANTIFIERS):
            break
        nxt = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        if nxt is None:
            break
        t = found = nxt
    return found


def people_object(coding, people: frozenset[str]):
    """The direct object of an act done to someone (OBJECT_FIRST) when it names people by what they
    are ("held 20,000 civilians as human shields in Raqqa", "deported 2,374 migrants to Honduras",
    "tortured a 35-year-old inmate to death"): those people are the target, whatever place or
    preposition follows; None otherwise."""
    trig = coding.trigger
    if coding.category not in OBJECT_FIRST or coding.noun is not None or trig.pos_ not in ("VERB", "AUX"):
        return None
    if from_targets(coding):
        return None  # "withdrew its troops from Somalia": the troops are what is moved
    return next((o for o in objects(trig) if o.dep_ == "dobj" and o.pos_ == "NOUN"
                 and any(k in people for k in _keys(o))), None)


# "X is guilty of violating the ceasefire", "Y was responsible for the killings", "Z claimed
# responsibility for the attack, which killed ...": the one the adjective or the claim is said of did it
_ANSWERABLE = frozenset({"guilty", "responsible", "culpable", "liable"})
_CLAIMED = frozenset({"responsibility", "credit"})
# the words a deed is answered for under (events/__init__ reads such a deed at its clause's depth)
ANSWERABLE = _ANSWERABLE


def _claims_for(verb) -> bool:
    """A verb whose object is "responsibility" or "credit" (the parser may hang "for the attack" on it)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED for c in verb.children)


def _act_of(tok):
    """"an act of arson", "acts of sabotage": the act is the happening's word in the sentence's frame."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "act":
        return tok.head.head
    return tok


def _answerable_noun(held) -> bool:
    """A subject that "is responsible for" something and names someone without being an actor of
    the table ("the rebel leaders"), not a pronoun or a word for nobody."""
    return held.pos_ in ("NOUN", "PROPN") and held.dep_ in ("nsubj", "nsubjpass") and \
        held.head.lemma_.lower() == "be" and any(c.lemma_.lower() in _ANSWERABLE and c.dep_ in ("acomp", "attr")
                                                 for c in held.head.children)


def answerable_doer(tok):
    """The doer of a happening named under "guilty of" / "responsible for" / "claimed responsibility
    for": the subject the adjective is said of, or the claimant. `tok` is the happening's word (a
    gerund, an event noun, or a relative pronoun standing for one); None when the shape is not there."""
    claim = _claimed_after(tok)
    if claim is not None:
        return agent(claim)
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "the attack, which killed ...": the noun the clause describes
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "responsibility for both the Farah and the Ghazni attacks"
    tok = _act_of(tok)
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    holder = prep.head
    word = holder.lemma_.lower()
    if holder.dep_ in ("acomp", "attr", "oprd", "dobj") and negated(holder.head):
        return None  # "was not responsible for the killings", "did not claim responsibility": nobody is said to have done it
    if word in _ANSWERABLE and holder.dep_ in ("acomp", "attr", "oprd"):
        return agent(holder.head)
    if word in _ANSWERABLE and holder.dep_ == "amod" and holder.head.pos_ in ("NOUN", "PROPN"):
        return holder.head  # "the commanders responsible for the killings"
    if word in _CLAIMED and holder.dep_ == "dobj":
        return agent(holder.head)
    if _claims_for(holder):
        return agent(holder)  # "claimed responsibility on Sunday for the attack": "for" hung on the verb
    return None


def _claimed_after(tok):
    """"X claimed responsibility ... after a series of explosions struck the port": the happening in
    a clause of time under the claim is the claimed one. `tok` is that clause's verb or its subject;
    the claiming verb, or None."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not _claims_for(verb.head) or negated(verb.head):
        return None
    if verb.head.lemma_.lower() != "claim":
        return None  # "denied responsibility after ...": no claim
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in verb.children):
        return None
    return verb.head


def claimed(noun) -> bool:
    """Whether an event noun is what someone claims responsibility or credit for ("claimed
    responsibility for the attack"): the claimant is its doer, and the claim (CAMEO 015) is what
    the sentence reports."""
    if _claimed_after(noun) is not None:
        return True
    if noun.dep_ == "relcl":
        noun = noun.head  # "the attack, which killed ..."
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "for both the Farah and the Ghazni attacks"
    noun = _act_of(noun)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and (
        (prep.head.lemma_.lower() in _CLAIMED and prep.head.dep_ == "dobj") or _claims_for(prep.head))


_COUNTRY_NOUNS = frozenset({"country", "nation"})


def the_country(tok, table, exclude: set[str]):
    """"the country" / "this nation" as an argument: the country actor named last before it in the
    text, other than the event's own doers (issue 11 kind 4); None when none is named."""
    if tok.lower_ not in _COUNTRY_NOUNS or not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                                                    for d in tok.children):
        return None
    return the_country_before(tok, table, exclude)


# a state's bodies named without a name: "the army", "the government", "the regime" (issue 11 kind 4)
_STATE_BODIES = frozenset({"army", "military", "government", "regime", "authorities", "junta", "navy"})


def the_body(tok, table, exclude: set[str]):
    """"the army" / "the government" as an argument, with no name or modifier of its own: the actor
    named before it whose name ends in that word ("the Ugandan army ... the army"), else the country
    named last before it (as the_country); None when neither is named or the word says whose it is."""
    if tok.lower_ not in _STATE_BODIES or tok.pos_ != "NOUN":
        return None
    kids = list(tok.children)
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in kids) or \
            any(d.dep_ in ("amod", "compound", "poss", "nmod", "prep", "appos", "acl", "relcl") for d in kids):
        return None
    best, best_at = None, -1
    for a in table:
        if a.id in exclude or a.name.lower().split()[-1:] != [tok.lower_]:
            continue
        for m in a.mentions:
            if best_at < m.span.start < tok.idx and m.span.start != tok.idx:
                best, best_at = a, m.span.start
    if best is not None:
        return best
    from ..actors.coref import state_meant  # the one rule for a state noun with no owner (actors stage too)

    return state_meant(list(table), tok.doc.text, tok.idx, tok.sent.start_char, getattr(table, "home", None),
                       exclude=exclude, headline=getattr(table, "headline", None))


def the_country_before(tok, table, exclude: set[str]):
    """The country actor named last before `tok` in the text, other than `exclude`."""
    best, best_at = None, -1
    for a in table:
        if a.kind != "country" or a.id in exclude:
            continue
        for m in a.mentions:
            if best_at < m.span.start < tok.idx:
                best, best_at = a, m.span.start
    return best


_DASHES = frozenset({"-", "—", "–", "--"})


def parenthetical_doer(verb):
    """"The Palestinian Authority - which considers the US biased ... - called for a meeting": after
    a parenthesis between dashes the small parser hangs the main verb on the subject as a clause of
    it (acl); the subject is the doer. None for any other shape ("soldiers killed in the attack")."""
    if verb.dep_ != "acl" or verb.pos_ not in ("VERB", "AUX") or verb.i == 0:
        return None
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    before = verb.doc[verb.i - 1]
    if before.text not in _DASHES:
        return None
    if not any(c.dep_ in ("relcl", "appos") and head.i < c.i < verb.i for c in head.children):
        return None
    return head


_HOLDING = frozenset({"hold", "kidnap", "abduct", "detain", "capture", "seize", "arrest", "imprison", "jail", "take"})
_FREEING = frozenset({"release", "free", "liberate"})


def holder(coding):
    """Who let people go when the release is told in the passive with no by-agent: whoever the text
    says held them ("three aid workers kidnapped by the militia were freed", "hostages who had been
    held by the Taliban ... were released"); None otherwise."""
    trig = coding.trigger
    if trig.pos_ not in ("VERB", "AUX") or not (set(_keys(trig)) & _FREEING) or agent(trig) is not None:
        return None
    subj = passive_subject(trig)
    holds = [c for c in subj.children if c.dep_ in ("acl", "relcl")] if subj is not None else []
    if trig.dep_ in ("advcl", "conj") and trig.head.dep_ in ("acl", "relcl"):
        holds.append(trig.head)  # the small parser hangs "were released" under the relative clause
    for h in holds:
        if h.pos_ == "VERB" and set(_keys(h)) & _HOLDING:
            for c in h.children:
                if c.dep_ == "agent":
                    return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def misparsed_subject(verb):
    """A doer the small parser hung somewhere other than the subject, in two shapes, or None:
    a name or acronym before a verb with no subject, read as an adverb ("USAID deployed seven
    teams", "In cooperation with partners, USAID provided ..."); and a sentence with no main
    verb whose root noun the verb hangs on as a clause of it ("A congressional report called for
    sanctions", "A delegation of the league on Thursday called on the president"), when the verb
    acts on something (a direct object, or "for"/"on"/"upon" right after it), which a participle
    describing the noun does not ("a soldier killed in the blast")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "dep") and \
                (c.pos_ == "PROPN" or (len(c.text) >= 2 and c.text.isalpha() and c.text.isupper())):
            return c
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if head.tag_ not in ("NN", "NNP") or not any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in head.children):
        return None
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return None
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "dobj" for c in verb.children) or (nxt is not None and nxt.lower_ in ("for", "on", "upon")
                                                         and nxt.head.i == verb.i and verb.lemma_.lower() == "call"):
        return head
    return None


# taking something away from someone: what it is taken from is the target, what is taken only the means
_FROM_VERBS = frozenset({"withdraw", "pull", "evacuate", "remove", "take", "retreat", "expel", "oust", "drive"})


def from_targets(coding) -> list:
    """"withdraw its troops from Lebanon", "evacuated the wounded from Gorazde", "control be taken away
    from Hausa politicians": the objects of "from" under such a verb (or its particle "away/out")."""
    trig = coding.trigger
    if trig.pos_ not in ("VERB", "AUX") or not ({trig.lemma_.lower(), trig.lower_} & _FROM_VERBS
                                                or any(k in _FROM_VERBS for k in _keys(trig))):
        return []
    heads = [trig, *(c for c in trig.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "out", "back"))]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]


# acts aimed at what someone did: "protest the rights violations by Islamic fundamentalists",
# "demand the return of property seized by government forces", "condemned the killing of civilians by the army"
AIMED_AT_DOERS = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT", "THREATEN", "SANCTION"})


def doer_in(tok, table, exclude: set[str]):
    """The actor named by a by-phrase inside the phrase headed by `tok` (what it says someone did);
    returns the by-phrase's object token, or None."""
    for t in tok.subtree:
        if (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")) and t.head.i != tok.head.i:
            for p in t.children:
                a = resolve(p, table)[0] if p.dep_ == "pobj" else None
                if a is not None and a.id not in exclude:
                    return p
    return None


# giving and taking back: the one something is given to (or kept from) is the target, not the thing
_RECIPIENT_CATEGORIES = frozenset({"AID", "RETREAT", "SANCTION", "CONCEDE", "COOPERATE", "SUPPORT", "AGREE"})
_PARTNER_CATEGORIES = frozenset({"COOPERATE", "SUPPORT", "SANCTION", "AGREE", "CONSULT"})


def recipients(coding) -> list:
    """Whom something is given, returned, lent or cut off to ("gave money to developers", "returned
    six artifacts to the government of Iraq", "suspended aid to Guatemalan police"), and the partner
    of a shared act ("shared evidence with India", "established ties with Seychelles", "ended
    mediation efforts with the truckers"): the objects of "to" (or a dative) and "with" on the
    verb or its direct object. Empty for other shapes."""
    trig = coding.trigger
    if trig.pos_ not in ("VERB", "AUX") or coding.noun is not None:
        return []
    out = []
    holders = [trig, *(o for o in objects(trig) if o.dep_ == "dobj")]
    if coding.category in _RECIPIENT_CATEGORIES:
        for h in holders:
            for c in h.children:
                if c.dep_ == "dative":
                    out += [p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
                elif c.dep_ == "prep" and c.lower_ == "to":
                    out += [p for p in c.children if p.dep_ == "pobj"]
    if coding.category in _PARTNER_CATEGORIES:
        out += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    return out


_DASHES = frozenset({"-", "–", "—", "--"})


def dashed_names(trigger, table) -> list:
    """The names set between dashes right before the verb ("The only two Arab states to have signed
    treaties with Israel - Egypt and Jordan - also criticised"): each is a doer. The small parser
    hangs such a list anywhere, so it is read from the words: a dash, names joined by "and" or
    commas, a dash, then only adverbs or auxiliaries up to the verb. [] when there is no such list."""
    doc, k = trigger.doc, trigger.i - 1
    while k >= trigger.sent.start and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if k < trigger.sent.start or doc[k].text not in _DASHES:
        return []
    end, k = k, k - 1
    while k >= trigger.sent.start and doc[k].text not in _DASHES:
        k -= 1
    inside = list(doc[k + 1: end]) if k >= trigger.sent.start else []
    if not inside or k == trigger.sent.start or any(w.pos_ not in ("PROPN", "CCONJ", "PUNCT", "DET") for w in inside):
        return []
    names = []
    for w in inside:
        a = table.actor_of_token(w) if w.pos_ == "PROPN" else None
        if a is not None and a.kind not in ("location", "facility") and \
                not any(table.actor_of_token(n) is a for n in names):
            names.append(w)
    return names


# what is given when it arrives: "aid from Japan arrived in Dhaka", "donations had come to the
# tribe from Ireland" (data/plover/verbs.tsv: arrive / come with such a subject is AID)
_ARRIVING = frozenset({"arrive", "come"})


def giver_from(coding, category: str, table):
    """The token naming whom arriving aid comes from: the "from" phrase on the aid, on the verb, or on
    the words after it ("had come to the tribe from Ireland"); None when no actor is named so."""
    trig = coding.trigger
    if category != "AID" or trig.pos_ != "VERB" or trig.lemma_.lower() not in _ARRIVING:
        return None
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None or table.actor_of_token(subj) is not None or any(c.dep_ == "poss" for c in subj.children):
        return None  # a giver as subject: "Japan's aid arrived" is read from the subject itself
    places = [subj, trig] + [p for c in trig.children if c.dep_ == "prep" and c.lower_ != "from"
                             for p in c.children if p.dep_ == "pobj"]
    for w in places:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if p.dep_ == "pobj" and resolve(p, table)[0] is not None:
                        return p
    return None


# Answers to someone's asking (events11, ConfliBERT train and PLOVER GSR tuning part): "accepted the
# demands by protesters", "conceded to the demands of the truck drivers", "rejects demands from the
# rebel group", "spurned repeated offers for talks by the government", "declined to resign despite
# pressure by Congress / under pressure from his party / despite the president's request": the one
# who asked is whom the answer is aimed at, not the demand itself
ANSWERS = frozenset({"REJECT", "CONCEDE", "AGREE"})
_ASKINGS = frozenset({"demand", "request", "offer", "proposal", "ultimatum", "pressure", "call", "appeal", "plea",
                      "invitation", "order", "condition"})
_ASKED_PREPS = frozenset({"despite", "under", "amid", "to"})
_OWNER_PREPS = frozenset({"by", "from", "of"})


def _owner_of_asking(noun):
    """Whoever made a demand, request, offer or pressure, named by its possessor or its own
    by/from/of phrase (also one hung on its complement: "offers for peace talks by the government");
    None when the noun names no one."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if poss is not None:
        return poss
    frontier = [noun]
    for _ in range(3):
        nxt = []
        for h in frontier:
            for p in h.children:
                if p.dep_ != "prep" or p.i < noun.i:
                    continue
                for o in p.children:
                    if o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN") or o.tag_ == "VBG":
                        continue
                    if p.lower_ in _OWNER_PREPS and (p.lower_ != "of" or h.i == noun.i and _names_askers(o)):
                        return o
                    if p.lower_ == "for":
                        nxt.append(o)  # "offers for talks by X": the by-phrase the parser hangs on "talks"
        frontier = nxt
    return None


def _names_askers(tok) -> bool:
    """After "of", a name or people ("the demands of the truck drivers"), not what is offered or
    asked ("an offer of a ceasefire", "demands of talks")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return True
    return tok.tag_ == "NNS" and tok.lower_ not in MUTUAL_WORDS and tok.lemma_.lower() not in MUTUAL_WORDS


def _misplaced_by(noun):
    """"accepted the demands by nurses": the small parser hangs the by-phrase right after the object
    on the active verb, which has no agent; it is the object's."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1), None)
    if by is None:
        return None
    return next((o for o in by.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def asker(coding):
    """The one whose demand, request, offer or pressure the event answers: the owner of such a noun
    that is the trigger's (or its clause's) object, or that stands under "despite/under/amid" or
    "to" ("conceded to the demands of X") on the trigger, the verbs above it or its complement.
    None when no such noun names an owner."""
    if coding.category not in ANSWERS:
        return None
    trig = coding.trigger
    verbs = [v for v in dict.fromkeys([trig, coding.top, *coding.chain,
                                        *(c for c in trig.children if c.dep_ == "xcomp")]) if v.pos_ in ("VERB", "AUX")]
    nouns = [o for v in verbs for o in objects(v) if o.dep_ == "dobj"]
    nouns += [o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in _ASKED_PREPS
              for o in p.children if o.dep_ == "pobj"]
    if coding.noun is not None:
        nouns.append(coding.noun)
    for n in nouns:
        if n.lemma_.lower() in _ASKINGS or n.lower_ in _ASKINGS:
            owner = _owner_of_asking(n) or _misplaced_by(n)
            if owner is not None:
                return owner
    return None


_HANDING = frozenset({"return", "give", "hand", "send", "deliver", "transfer", "donate", "provide", "repatriate",
                      "restore", "supply", "lend", "sell"})


# what befell a thing before it was handed back: these verbs take no "to" of their own, so a
# to-phrase the parser hangs on them ("a painting that was stolen in 1989 from a gallery to the Art
# Loss Register") belongs to the handing verb
_LOST = frozenset({"steal", "loot", "plunder", "miss", "lose", "seize", "confiscate", "find", "discover",
                   "recover", "excavate"})


def late_recipient(coding) -> list:
    """Whom a thing is handed back or over to when the small parser hangs the to-phrase inside the
    long object ("returned dozens of Mayan artifacts to the Embassy of El Salvador", "returned a
    pendant engraved with the image of Peter the Great to Russian authorities"): the first "to" phrase
    to the right of the object, within it, outside a relative clause ("skulls that date back to ...");
    empty when the verb has a to-phrase or a dative of its own."""
    trig = coding.trigger
    if coding.category not in _RECIPIENT_CATEGORIES or coding.noun is not None or \
            trig.pos_ not in ("VERB", "AUX") or trig.lemma_.lower() not in _HANDING:
        return []
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in trig.children):
        return []
    # and a participle set off by commas on the verb itself ("returned a manuscript, missing since
    # 1943, to Venafro")
    asides = [c for c in trig.children if c.dep_ in ("advcl", "acl") and c.i > trig.i and
              c.lemma_.lower() in _LOST and trig.doc[c.left_edge.i - 1].text == ","]
    for obj in [o for o in objects(trig) if o.dep_ == "dobj"] + asides:
        for t in obj.subtree:
            if t.dep_ != "prep" or t.lower_ != "to" or t.head.i == obj.i and obj.dep_ == "dobj":
                continue
            h, inside_clause = t.head, False
            while h.i != obj.i:
                if (h.dep_ in ("relcl", "advcl", "ccomp", "xcomp") or (h.pos_ == "VERB" and h.tag_ != "VBN")) and \
                        h.lemma_.lower() not in _LOST:
                    inside_clause = True
                    break
                h = h.head
            if inside_clause:
                continue
            found = [p for p in t.children if p.dep_ == "pobj" and not p.like_num and p.ent_type_ not in ("DATE", "TIME")]
            if found:
                return found[:1]
    return []


def handed_over(coding) -> set[int]:
    """The direct objects of a verb of handing over (return, give, send ...): what is handed, never
    whom it is handed to; for `roles` to pass over when a recipient is named."""
    trig = coding.trigger
    if trig.pos_ not in ("VERB", "AUX") or trig.lemma_.lower() not in _HANDING:
        return set()
    return {o.i for o in objects(trig) if o.dep_ == "dobj"}


# Measures and postures held over a ground (events11, ConfliBERT train): a ceasefire, a curfew, a state
# of siege or emergency, a blockade, restrictions, an alert. With no party named, such an act is
# aimed at the ground it holds in ("declared a ceasefire in all Libyan territories", "imposed a curfew
# in parts of the city", "remained on alert in the north region"), not at the measure itself
MEASURE_CATEGORIES = frozenset({"RETREAT", "CONCEDE", "COERCE", "MOBILIZE"})
_MEASURES = frozenset({"ceasefire", "cease-fire", "truce", "curfew", "siege", "emergency", "blockade", "blockades",
                       "restriction", "restrictions", "alert", "lockdown", "cessation", "hostility", "hostilities",
                       "state", "law", "rule", "closure", "fighting", "standby"})
_GROUND_PREPS = frozenset({"in", "throughout", "across", "inside", "over"})


def is_measure(tok) -> bool:
    """`tok` names a measure or posture itself ("a state of siege", "curfew", "alert")."""
    return tok.lemma_.lower() in _MEASURES or tok.lower_ in _MEASURES


def measure_ground(coding):
    """The ground a measure or posture holds in: the object of "in/throughout/across" on the trigger,
    the event noun, the measure named as the object, or what "of" joins to it ("a state of siege in
    the town"); None for other categories, or when no such phrase names a place (a time or a date is
    none)."""
    if coding.category not in MEASURE_CATEGORIES:
        return None
    trig = coding.trigger
    holders = [trig, coding.top]
    if coding.noun is not None:
        holders.append(coding.noun)
    if trig.pos_ in ("VERB", "AUX"):
        holders += [o for o in objects(trig) if o.dep_ == "dobj" and is_measure(o)]
    if not any(is_measure(h) for h in holders):
        return None  # "sent troops in 2019", "deployed a team in the capital": only measures hold ground
    for h in list(holders):
        holders += [o for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and is_measure(o)]
    for h in dict.fromkeys(holders):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in _GROUND_PREPS and p.i > h.i:
                for o in p.children:
                    if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and not o.like_num and \
                            o.lemma_.lower() not in _TIME_NOUNS and not is_measure(o):
                        return o
    return None


# What a protest is aimed at when it is named around the protest rather than as its object (events11,
# ConfliBERT train): "began a hunger strike in protest against new laws imposed by the government",
# "started a hunger strike, protesting the state's unemployment system", "staged a sit-in in response to
# the company's decision"
_AIM_NOUNS = {"protest": frozenset({"against", "at", "over", "of"}), "response": frozenset({"to"}),
              "opposition": frozenset({"to"}), "reaction": frozenset({"to"})}
_AIM_VERBS = frozenset({"protest", "oppose", "denounce", "decry", "condemn", "challenge", "resist"})


def protest_aim(coding):
    """The aim of a protest from a phrase or a participle on its verb: "in protest against X", "in
    response to X", ", protesting X", "to protest X"; None for other categories or shapes."""
    if coding.category != "PROTEST":
        return None
    verbs = [coding.trigger, coding.top, *coding.chain]
    if coding.noun is not None and coding.noun.dep_ == "dobj":
        verbs.append(coding.noun.head)  # "began a hunger strike in protest against ..."
    for v in dict.fromkeys(v for v in verbs if v.pos_ in ("VERB", "AUX")):
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                for n in (o for o in p.children if o.dep_ == "pobj" and o.lower_ in _AIM_NOUNS):
                    for q in n.children:
                        if q.dep_ == "prep" and q.lower_ in _AIM_NOUNS[n.lower_]:
                            aim = next((o for o in q.children if o.dep_ == "pobj"), None)
                            if aim is not None:
                                return aim
            if p.dep_ in ("advcl", "xcomp") and p.lemma_.lower() in _AIM_VERBS and p.i > v.i and \
                    p.i != coding.trigger.i and (p.tag_ == "VBG" or any(a.lower_ == "to" for a in p.children)):
                aim = next((o for o in p.children if o.dep_ == "dobj"), None)
                if aim is not None:
                    return aim
    return None


# Whom a strike or a protest is ended toward (events11, ConfliBERT train): "called off the strike after
# the agreement with the government", "after reaching agreement with X", "after the government accepted
# to pay": the party the deal was made with, or that gave way, not the strike itself
_STOPPAGES = frozenset({"strike", "strikes", "protest", "protests", "boycott", "blockade", "sit-in", "walkout",
                        "occupation", "hunger", "stoppage", "demonstration", "demonstrations"})
_DEALS = frozenset({"agreement", "deal", "accord", "talks", "negotiation", "negotiations", "settlement"})
_AFTER = frozenset({"after", "following", "once", "when"})


def settled_with(coding):
    """The other party of the deal a strike or protest is ended after; None for other shapes."""
    if coding.category not in ("CONCEDE", "RETREAT") or coding.trigger.pos_ not in ("VERB", "AUX"):
        return None
    trig = coding.trigger
    if not any(o.dep_ == "dobj" and (o.lemma_.lower() in _STOPPAGES or o.lower_ in _STOPPAGES) for o in objects(trig)):
        return None
    for p in trig.children:
        if p.dep_ == "prep" and p.lower_ in _AFTER:
            nouns = [o for o in p.children if o.dep_ == "pobj"]
            nouns += [o for g in p.children if g.dep_ == "pcomp" for o in g.children if o.dep_ == "dobj"]
            for n in nouns:
                if n.lemma_.lower() in _DEALS or n.lower_ in _DEALS:
                    w = next((x for x in n.children if x.dep_ == "prep" and x.lower_ == "with"), None)
                    if w is None and n.head.dep_ == "pcomp":
                        w = next((x for x in n.head.children if x.dep_ == "prep" and x.lower_ == "with"), None)
                    party = next((o for o in w.children if o.dep_ == "pobj"), None) if w is not None else None
                    if party is not None:
                        return party
    for obj in (o for o in objects(trig) if o.dep_ == "dobj"):
        for t in obj.subtree:  # "a strike that had been causing disruption after the government accepted"
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _AFTER for m in t.children) and \
                    t.lemma_.lower() in ("accept", "agree", "concede", "yield", "give"):
                subj = next((x for x in t.children if x.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
    for c in trig.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _AFTER for m in c.children) and \
                c.lemma_.lower() in ("accept", "agree", "concede", "yield", "give"):
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None
