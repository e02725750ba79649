"""Who did it, to whom, and where: arguments of a coded clause, resolved to actors of the table.

The doer is `grammar.agent` of the clause and every phrase is read by `grammar.resolve`, the
resolvers the statements and stances stages use too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actors import ActorTable
from ..grammar import agent, passive_subject, resolve
from ..grammar.pronouns import PERSONAL
from ..model import Actor, Span
from . import participants
from .coding import Coding, objects

# verbs whose object does what their complement says ("forced the junta to release", "compelled
# the army to withdraw"); the event of the complement is the object's
OBJECT_CONTROL = frozenset({"force", "compel", "oblige", "prompt", "persuade", "pressure", "push", "drive"})
TARGET_PREPS = ("against", "to", "with", "on", "at", "toward", "towards", "from", "into", "for", "upon", "over", "of")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
PLACE_KINDS = frozenset({"location", "country", "facility"})
HOLDER_PREPS = frozenset({"of", "by", "against", "on", "to", "for", "with"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


# removals whose "from" phrase says whence, not whom: the one removed is the target
_REMOVALS = frozenset({"deport", "expel", "extradite", "evict", "banish", "exile", "repatriate", "oust"})


@dataclass(slots=True)
class Argument:
    """One side of an event: the actors found, and the words that name it even when unresolved."""

    actors: list[Actor] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    tokens: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.spans)

    @property
    def ids(self) -> list[str]:
        out: list[str] = []
        for a in self.actors:
            if a.id not in out:
                out.append(a.id)
        return out


def _phrase(text: str, tok) -> Span:
    """The noun phrase up to its head word ("Senior Hungarian and Romanian officials", "the UK")."""
    start = tok.left_edge.idx
    end = tok.idx + len(tok.text)
    for c in tok.children:  # keep apposed names: "the Prime Minister ..., Fayeze Sarraj"
        if c.dep_ == "appos" and c.i > tok.i:
            end = max(end, c.idx + len(c.text))
    while start < end and text[start] in " ,":
        start += 1
    return Span.of(text, start, end)


_DASHES = frozenset({"—", "–", "--"})


def after_dateline(tok):
    """"HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China": the parser makes the
    dateline the subject and the name after the dash its apposition; the name is the doer."""
    dash = next((c for c in tok.children if c.dep_ == "punct" and c.text in _DASHES and c.i > tok.i), None)
    if dash is None or tok.i != tok.sent.start:
        return tok
    after = [c for c in tok.children if c.dep_ == "appos" and c.i > dash.i]
    # or the parser gives the verb a second subject after the dash
    after += [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > dash.i] if tok.head.i != tok.i else []
    return after[0] if after else tok


def _placed(head, word) -> bool:
    """`word` is under a preposition of place hung on `head` ("forces in Tripoli")."""
    t = word
    while t.head.i != t.i and t.i != head.i:
        if t.dep_ == "prep" and t.head.i == head.i:
            # "supporters of Morales", "loyalists of the former president": the followers, named by whom
            return t.lower_ in PLACE_PREPS or t.lower_ == "from" or \
                (t.lower_ == "of" and head.lemma_.lower() in _FOLLOWERS)
        t = t.head
    return False


_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan", "sympathiser", "sympathizer",
                        "ally", "militant", "fighter", "member", "relative", "family"})


def _acronym(t) -> bool:
    """"USAID", "ICE": a name in capitals, whatever part of speech the tagger gave it."""
    return len(t.text) >= 2 and t.text.isalpha() and t.text.isupper()


def _who_follows(tok) -> bool:
    """"the government and the Taliban, who have refused ...": the who-clause stands for the last
    name of a coordination only (grammar.agent gives that name)."""
    if tok.dep_ != "conj":
        return False
    nxt = tok.doc[tok.i + 1: tok.i + 3]
    if len(nxt) and nxt[0].text == ",":
        nxt = nxt[1:]
    return len(nxt) > 0 and nxt[0].lower_ == "who"


_MISSIONS = frozenset({"mission", "force", "operation", "contingent", "deployment"})


def _mission_place(tok, table: ActorTable) -> list:
    """The country or place a mission, force or operation is in ("the peacekeeping force in South Sudan")."""
    if tok.lemma_.lower() not in _MISSIONS or tok.dep_ != "pobj":
        return []
    return [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "in" for p in x.children
            if p.dep_ == "pobj" and (a := table.actor_of_token(p)) is not None and a.kind in ("country", "location")]


# what belongs to whoever made it: "would not meet the hostage-takers' demands" is aimed at them
_OWNED = frozenset({"demand", "request", "proposal", "offer", "ultimatum", "condition"})
_NAMING = frozenset({"know", "call", "name", "dub"})


def _known_as(t):
    """The name a common noun is given in its own words: "forces known as X", "a group called X"."""
    for c in t.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _NAMING:
            for d in c.children:
                if d.dep_ == "prep" and d.lower_ == "as":
                    return next((p for p in d.children if p.dep_ == "pobj"), None)
                if d.dep_ in ("oprd", "attr", "dobj") and d.pos_ == "PROPN":
                    return d
    return None


# verbs whose subject puts into force what their clause names ("declared a curfew to begin at six")
DECLARING = frozenset({"declare", "impose", "announce", "proclaim", "order", "decree", "extend"})


def _names_the_happening(tok, noun) -> bool:
    """`tok` heads the phrase of the event noun itself: the noun, or "a state of [siege]"."""
    if tok.i == noun.i:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == tok.i


def _in_participle_aside(head, word) -> bool:
    """`word` lies inside a past participle set off by a comma after `head` ("the journalist,
    detained in Cairo since 2019, ..."): where the one named was held or found, not who it is."""
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i and c.left_edge.i <= word.i <= c.right_edge.i and \
                head.doc[c.left_edge.i - 1].text == ",":
            return True
    return False


def argument(tok, table: ActorTable, text: str) -> Argument:
    """The argument headed by `tok` and its coordinated heads ("Erdogan and Putin")."""
    arg = Argument()
    tok = after_dateline(tok)
    for t in [tok, *([] if _who_follows(tok) else tok.conjuncts)]:
        if t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X") and not _acronym(t):
            continue
        a, word = resolve(t, table)
        if a is not None and word is not None and a.kind in PLACE_KINDS and _in_participle_aside(t, word):
            a, word = None, None  # "the journalist, detained in Cairo since 2019": held there, not Cairo
        named_as = _known_as(t) if a is None else None
        if named_as is not None:
            a, word = resolve(named_as, table)  # "the opposition forces known as Maghawir al-Thawra"
        if a is not None and a not in arg.actors:
            arg.actors.append(a)
        span = _phrase(text, t)
        if word is not None and not (span.start <= word.idx < span.end):
            # the actor is named further on ("the plan of France"): point at those words
            mention = next((m.span for m in a.mentions if m.span.start <= word.idx < m.span.end), None)
            named = mention or Span.of(text, word.idx, word.idx + len(word.text))
            # "rebel forces in Tripoli", "ICE in Miami": the phrase names the doer, the place only
            # where it is; keep the head's words with the place's
            span = Span.of(text, span.start, named.end) if _placed(t, word) else named
        arg.spans.append(span)
        arg.tokens.append(t)
        if word is not None and word.dep_ == "appos" and word.head.i == t.i:
            # "The two neighbours, Kenya and Uganda, condemned ...": each name of the apposition
            for other in word.conjuncts:
                b, _ = resolve(other, table)
                if b is not None and b not in arg.actors:
                    arg.actors.append(b)
                    arg.spans.append(_phrase(text, other))
                    arg.tokens.append(other)
        if word is not None and word.i != t.i and word.dep_ == "pobj" and word.head.lower_ in ("from", "of", "between") \
                and word.head.head.i == t.i and t.pos_ == "NOUN":
            # "delegations from Armenia and Azerbaijan", "envoys of Sudan and Chad", "talks between
            # Hamas and Israel": each country of the coordinated names is a party
            for other in word.conjuncts:
                b, _ = resolve(other, table)
                if b is not None and b not in arg.actors and b.kind not in ("location", "facility"):
                    arg.actors.append(b)
                    arg.spans.append(_phrase(text, other))
                    arg.tokens.append(other)
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
        if any(m.conjuncts or any(x.dep_ == "cc" and x.lower_ == "and" for x in m.children) for m in mods):
            # "Nigerian and British armed forces", "UK and EU negotiators": each coordinated modifier
            # names one of the parties
            for other in dict.fromkeys(x for m in mods for x in (m, *m.conjuncts)):
                b, _ = resolve(other, table)
                if b is not None and b not in arg.actors and b.kind not in ("location", "facility"):
                    arg.actors.append(b)
                    arg.spans.append(span)
                    arg.tokens.append(other)
        if a is not None and t.lower_ in PERSONAL:
            # "Hungary has said it will support": show the name the pronoun stands for too
            sent_start = t.sent.start_char  # (finding a sentence walks it: once, not once per mention)
            named = [m.span for m in a.mentions if sent_start <= m.span.start < t.idx
                     and m.span.text.lower() not in PERSONAL]
            if named:
                arg.spans.append(named[-1])
    return arg


def _named_in_participle(head, arg: Argument, text: str) -> bool:
    """Every actor the phrase headed by `head` was resolved to is named only inside a present
    participle clause on one of its nouns ("a group of protesters seeking justice for X")."""
    clauses = [t for t in head.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i < t.i]
    if not clauses or not arg.actors:
        return False
    inside = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in clauses]
    return all(any(a <= sp.start and sp.end <= b for a, b in inside) for sp in arg.spans)


_MEDIATING = frozenset({"broker", "mediate", "facilitate", "arrange", "sponsor", "negotiate"})


def _mediated_only(noun, table: ActorTable) -> bool:
    """The actor an event noun's phrase names sits in a participle of mediation on it ("the truce
    brokered by Qatar"): the noun names no party of its own."""
    med = [a for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in _MEDIATING]
    if not med:
        return False
    _, word = resolve(noun, table)
    return word is not None and any(m.left_edge.i <= word.i <= m.right_edge.i for m in med)


def source_and_target(c: Coding, table: ActorTable, text: str,
                      people: frozenset[str] = frozenset()) -> tuple[Argument, Argument]:
    trig, top = c.trigger, c.top
    src_tok = None
    # what an event noun is aimed at, and a force verb's object named through its own words, first
    # whoever asked; what a protest opposes; whom a strike was ended toward
    asked_by = participants.asker(c) or participants.protest_aim(c) or participants.settled_with(c)
    handed_to = participants.recipients(c) + participants.late_recipient(c)
    tgt_cands: list = ([asked_by] if asked_by is not None else []) + participants.noun_targets(c.noun, c.category) + \
        handed_to + participants.from_targets(c) + participants.named_objects(c, table)
    # the words of whoever asked or received are kept over a name found later ("returned a Hebrew
    # Bible to its owners": not the Bible)
    strong = {t.i for t in handed_to} | ({asked_by.i} if asked_by is not None else set())
    # what is handed over to a named recipient is no target, nor are its modifiers ("returned a
    # Hebrew Bible to its owners")
    handed = participants.handed_over(c) if handed_to else set()
    # only the word that names the happening can be passive in the sense that matters: in "Serb
    # forces were engaged in ethnic cleansing" the wrapper's passive subject is the doer
    if trig.pos_ in ("VERB", "AUX") and passive_subject(trig) is not None:
        tgt_cands.append(passive_subject(trig))
        src_tok = agent(trig)  # the by-agent, or nobody
        if src_tok is None and top.i != trig.i:
            src_tok = agent(top)
    else:
        src_tok = agent(top, carrier=top.i != trig.i) or participants.parenthetical_doer(top) or \
            participants.misparsed_subject(top)
    ctl = top.head if top.dep_ == "xcomp" and top.head.lemma_.lower() in OBJECT_CONTROL else None
    obj = next((o for o in ctl.children if o.dep_ == "dobj"), None) if ctl is not None else None
    if obj is not None and obj.i < top.i and (src_tok is None or src_tok.i != obj.i):
        src_tok = obj  # "pressure forced the junta to release the prisoners": the junta releases them
    if src_tok is not None and c.noun is not None and _names_the_happening(src_tok, c.noun) and \
            top.dep_ == "ccomp" and top.head.lemma_.lower() in DECLARING:
        # "authorities declared a state of siege to begin at midnight": the parser makes the state
        # of siege the subject of "begin"; whoever declared it imposes it
        src_tok = agent(top.head) or src_tok
    if src_tok is not None and c.noun is not None and src_tok.i == c.noun.i and _mediated_only(c.noun, table):
        src_tok = None  # "the truce brokered by Qatar and Egypt held": the mediators are no party to it
    if src_tok is not None and c.noun is not None and src_tok.i == c.noun.i and \
            not argument(src_tok, table, text).actors:
        # "protests erupted in Tripoli", "the riots are continuing": the happening is no doer (but
        # "Israeli air strikes continued" names one)
        src_tok = None
    # targets: the top verb's object ("accused X of"), the complement's subject ("demanded that X
    # ..."), objects and prepositions along the chain, then what the event noun belongs to.
    seq = [*c.chain, trig] if trig.i != top.i or not c.chain else [trig]
    seq += inner_clauses(trig) + (inner_clauses(top) if top.i != trig.i else [])
    later: list = []  # common-noun objects ("sending Turkish troops to Libya"): after the prepositions
    for t in seq:
        if t.pos_ in ("VERB", "AUX"):
            for o in objects(t):
                if o.dep_ == "nsubjpass" or o.i in handed or (c.noun is not None and (o.i == c.noun.i or (
                        c.noun.dep_ == "compound" and c.noun.head.i == o.i))):  # "a ceasefire initiative"
                    continue
                (later if o.pos_ == "NOUN" and table.actor_of_token(o) is None and _known_as(o) is None
                 else tgt_cands).append(o)
            tgt_cands += [d for d in t.children if d.dep_ == "dative"]
            for cc in t.children:
                if cc.dep_ in ("ccomp", "xcomp") and cc.pos_ in ("VERB", "AUX"):
                    tgt_cands += [s for s in cc.children if s.dep_ in ("nsubj", "nsubjpass")]
    for t in seq:
        for p in (x for x in t.children if x.dep_ == "prep" and x.lower_ in TARGET_PREPS):
            if p.lower_ == "from" and t.lemma_.lower() in _REMOVALS:
                continue  # "deported me from Arizona", "expelled two diplomats from the country": whence
            tgt_cands += [o for o in p.children if o.dep_ == "pobj"]
    tgt_cands += later
    # "deploying 300 troops to the UN peacekeeping mission in Mali": where the mission is
    tgt_cands = [w for c in tgt_cands for w in (*_mission_place(c, table), c)]
    holders = [c.noun] if c.noun is not None else []
    holders += [o for t in seq if t.pos_ in ("VERB", "AUX") for o in objects(t) if o.dep_ != "nsubjpass"
                and o.i not in handed]
    for n in holders:
        tgt_cands += [m for m in n.children if m.dep_ in ("poss", "amod", "compound")]
        for p in (x for x in n.children if x.dep_ == "prep" and x.lower_ in HOLDER_PREPS):
            tgt_cands += [o for o in p.children if o.dep_ == "pobj"]
    src = argument(src_tok, table, text) if src_tok is not None else Argument()
    if src_tok is not None and src.tokens and _named_in_participle(src_tok, src, text):
        # "protesters seeking justice for X have been participating": X is what they seek, not who
        # they are; the phrase names no actor
        src = Argument([], [_phrase(text, src_tok)], [src_tok])
    src_ids = set(src.ids)
    tgt = Argument()
    fallback, fallback_named = None, False
    for cand in tgt_cands:
        # "opened investigations against hundreds of banks": the banks, not the number
        counter, cand = cand, participants.counted(cand) or cand
        if src_tok is not None and cand.i == src_tok.i or cand.ent_type_ in NOT_ACTORS or cand.like_num:
            continue
        if cand.dep_ in ("dobj", "nsubjpass") and cand.head.i == trig.i and trig.lemma_.lower() in _INSTRUMENT_VERBS:
            continue  # "used live ammunition against demonstrators", "mines planted by X": the means is no target
        if cand.dep_ == "dobj" and cand.lower_ == "control" and cand.head.i == trig.i:
            continue  # "gained control of the base": the base is what was taken
        if cand.dep_ == "ROOT" and cand.i > trig.i and trig.dep_ == "amod" and cand.i == trig.head.i:
            continue  # "Iranian-backed Houthis fired missiles at X" misread (agent.misread_finite): what was fired
        arg = argument(cand, table, text)
        if counter.i != cand.i and arg.spans and counter.left_edge.idx < arg.spans[0].start <= cand.idx < arg.spans[0].end:
            arg.spans[0] = Span.of(text, counter.left_edge.idx, arg.spans[0].end)  # "hundreds of banks"
        arg.actors = [a for a in arg.actors if a.id not in src_ids]
        if arg.actors:
            tgt = arg
            break
        if arg and cand.i in strong and cand.pos_ in ("NOUN", "PROPN"):
            tgt = arg  # "provided assistance to 550 households ...": whom it was given to, named or not
            break
        named = cand.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC")
        if arg and cand.pos_ in ("NOUN", "PROPN") and (cand.dep_ not in ("amod", "compound") or
                                                        cand.head.lemma_.lower() in _OWNED) and (
                fallback is None or (named and not fallback_named)):
            fallback, fallback_named = arg, named or cand.i in strong
    if not tgt and fallback is not None:
        tgt = fallback
    if not tgt.actors and tgt.tokens and c.category in participants.AIMED_AT_DOERS:
        # "protest the rights violations by Islamic fundamentalists": aimed at whoever did it
        doer = participants.doer_in(tgt.tokens[0], table, src_ids)
        if doer is not None:
            tgt = argument(doer, table, text)
    if not tgt.actors and (not tgt.tokens or participants.is_measure(tgt.tokens[0])):
        ground = participants.measure_ground(c)
        if ground is not None and (src_tok is None or ground.i != src_tok.i):
            # "declared a state of siege in the town", "troops remained on alert in the north region":
            # a measure or a posture is aimed at the ground it holds in, not at itself
            tgt = argument(ground, table, text)
    if tgt.tokens and all(participants.topic_only(t, c) for t in tgt.tokens) and \
            participants.each_other(c, src, c.category):
        # "British and EU negotiators failed to reach a deal on the Irish border": what two parties
        # agree or talk about (or the pact itself) is no party; none is named, so the events stage
        # makes each the other's target (participants.each_other, adjustment target=each-other)
        tgt = Argument()
    victims = participants.people_object(c, people)
    if victims is not None and (src_tok is None or victims.i != src_tok.i):
        # "held 20,000 civilians as human shields in Raqqa": the people it is done to are named
        # first; an actor found elsewhere (the place, "in Raqqa") stays the target's actor
        mine = argument(victims, table, text)
        actors = [a for a in mine.actors if a.id not in src_ids] or tgt.actors
        own = _phrase(text, victims)
        pairs = [(own, victims)]
        for sp, t in zip(mine.spans + tgt.spans, mine.tokens + tgt.tokens):
            if not any(sp.start < o.end and o.start < sp.end for o, _ in pairs):
                pairs.append((sp, t))  # the words naming the actor found further on ("in Raqqa")
        tgt = Argument(actors, [sp for sp, _ in pairs], [t for _, t in pairs])
    return src, tgt


# verbs whose object is the means, not whom the act is done to
_INSTRUMENT_VERBS = frozenset({"use", "employ", "plant"})


def inner_clauses(trig, depth: int = 3) -> list:
    """Clauses a trigger verb takes in ("threatened to cut off electricity to X"): they belong to
    the same happening, so their objects can name its target."""
    out, frontier = [], [trig]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for ch in t.children:
                if ch.pos_ in ("VERB", "AUX") and (ch.dep_ in ("xcomp", "ccomp") or (
                        ch.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in ch.children))):
                    nxt.append(ch)
        out += nxt
        frontier = nxt
    return out


def location(c: Coding, table: ActorTable) -> Actor | None:
    """The place the happening is said to be in: "in/at/near X" where X is a place actor."""
    inner = inner_clauses(c.trigger)
    holders = [c.trigger, c.top, *objects(c.trigger), *inner, *(o for t in inner for o in objects(t))]
    if c.noun is not None:
        holders.append(c.noun)
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
                for o in list(p.subtree)[1:]:  # the small parser does not always make the place a pobj
                    a = table.actor_of_token(o)
                    if a is not None and a.kind in PLACE_KINDS:
                        return a
    return None
