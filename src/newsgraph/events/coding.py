"""Which PLOVER category a clause reports: the verb (or noun) pattern that fires, read through
wrappers ("agreed to", "threatened to", "approved sending") down to the word that names the
happening, with negation and intent collected on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..grammar.agent import misread_finite
from ..grammar.negation import auxes, future, hypothetical, negated
from ..nlp import columns
from .lexicon import Frame, Lexicon, Pattern

__all__ = ["Coding", "code", "settle", "objects", "auxes", "negated", "headline_verb", "CLAUSE_POS"]

# CAMEO/PLOVER: intent to do something cooperative is AGREE, intent to do harm is THREATEN.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
HOSTILE = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ"})


@dataclass(slots=True)
class Coding:
    category: str
    mode: str | None
    trigger: object  # spacy Token whose pattern fired
    top: object  # highest word of the chain: where subject, date and negation are read
    rule: str
    chain: list = field(default_factory=list)  # wrapper words, top first
    negated: bool = False
    intent: bool = False
    hypothetical: bool = False
    noun: object = None  # the event noun when a noun pattern fired
    condition: str | None = None  # "if" / "unless": a conditional act
    negator: bool = False  # a `negate` wrapper ("failed to") is in the chain


_TIME_ENTS = frozenset({"DATE", "TIME"})
_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year",
                         "decade", "century", "time", "times", "morning", "afternoon", "evening", "season",
                         "fortnight", "percent", "point", "mile", "kilometre", "kilometer", "meter", "metre"})


def objects(tok) -> list:
    """The verb's object words: direct objects, a passive subject, and objects after a particle
    (also "struck down the law", where the small parser hangs the object on the particle)."""
    doc = tok.doc  # (read from the columns: a Token only for each object)
    dep, kids = columns(doc, _OBJECT_COLUMNS)
    mine = kids[tok.i]
    found = [doc[c] for c in mine if dep[c] in OBJECT_DEPS] + \
        [doc[p] for c in mine if dep[c] == "prt" for p in kids[c] if dep[p] == "pobj"]
    if not found and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i and \
            tok.head.pos_ in ("NOUN", "PROPN"):
        # a reduced passive ("the truce brokered by Qatar", "the convoy attacked near Gao"): what it
        # was done to is the noun it describes
        found = [tok.head]
    if all(t.pos_ == "NUM" for t in found):
        # "returned to Brazil last Wednesday 21 frogs", "returned 1 , 044 antiquities": an object
        # shifted after the verb's other words, or behind a split number, that the parser reads as a
        # bare noun phrase of measure or time; a count or a thing, never a time
        found += [doc[c] for c in mine if dep[c] == "npadvmod" and c > tok.i and doc[c].pos_ == "NOUN"
                 and doc[c].ent_type_ not in _TIME_ENTS and doc[c].lemma_.lower() not in _TIME_NOUNS
                 and any(dep[k] in ("nummod", "amod") for k in kids[c])]
    if not found and tok.dep_ == "amod":
        finite = misread_finite(tok)  # "Iranian-backed Houthis fired missiles": the root noun
        if finite is not None:
            found = [finite[1]]
    return found


_OBJECT_COLUMNS = ("dep_", "children")


_PARTICLE_ADVERBS = frozenset({"back", "down", "off", "out", "up"})


def particles(tok) -> set[str]:
    """The verb's particles, also those the small parser reads as adverbs ("fired back at") or, before
    an amount, as "more than" ("hand over $ 650 million": "over" a quantmod of the verb's object)."""
    found = {c.lower_ for c in tok.children if c.dep_ == "prt" or
             (c.dep_ in ("advmod", "prep") and c.lower_ in _PARTICLE_ADVERBS and c.i == tok.i + 1)}
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "over" and nxt.dep_ in ("quantmod", "advmod") and \
            any(a.dep_ == "dobj" and a.head.i == tok.i for a in nxt.ancestors):
        found.add("over")
    return found


def preps(tok) -> set[str]:
    """Prepositions the verb governs, also those the small parser hangs on the next nouns
    ("called X, Y and Z for a cease-fire" with "for" attached to Z): scan right to the next verb."""
    found = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent", "dative") and not _when(c)}
    # "pushing hard for the government (to) propose a truce": the small parser makes "for" the mark of a clause
    found |= {m.lower_ for c in tok.children if c.dep_ == "advcl" for m in c.children
              if m.dep_ == "mark" and m.lower_ == "for"}
    for t in tok.doc[tok.i + 1: tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", "that", "which", "who") or \
                (t.lower_ == "to" and t.pos_ == "PART"):
            break
        if t.dep_ == "prep" and not _when(t):
            found.add(t.lower_)
    return found


def _takes_clause(tok) -> bool:
    """The verb takes a finite clause: "recognized that the plan had failed", "it is striking that
    ..." (the small parser may hang the clause's "that" on the verb as its object)."""
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") or
               (c.lower_ in ("that", "whether") and c.pos_ == "SCONJ" and c.dep_ in ("dobj", "mark"))
               for c in tok.children)


_RECIPROCAL = frozenset({"both", "sides", "parties", "together"})


def _one_party(tok) -> bool:
    """The verb's active subject is one party: "we have been talking about the fuel", "the doctors
    talked about it"; not "the two leaders talked", "Iran and Iraq talked", "talked to each other"."""
    subjs = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjs or any(s.conjuncts for s in subjs):
        return False
    words = {t.lower_ for s in subjs for t in (s, *s.children)} | {t.lower_ for t in tok.children if t.dep_ == "advmod"}
    return not (words & _RECIPROCAL or any(t.dep_ == "nummod" for s in subjs for t in s.children))


def _when(prep) -> bool:
    """A preposition that only says when ("on Monday", "for two hours"): no frame reads it."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _frame_holds(frame: Frame, tok, lemmas_of_obj: set[str]) -> bool:
    if frame.noobj and lemmas_of_obj:
        return False
    if frame.hasobj and not lemmas_of_obj:
        return False
    if frame.xcomp and not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children):
        return False
    if frame.clause and not _takes_clause(tok):
        return False
    if frame.ofplace and not _of_a_place(tok):
        return False
    if frame.solo and not _one_party(tok):
        return False
    if not frame.pred and frame.predword is None:
        preds = []  # speed: read only by the two tests below
    else:
        preds = [c for c in tok.children if c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN"))]
        # "set free two aid workers": the small parser hangs an adjective placed before the object on the object
        preds += [a for o in objects(tok) for a in o.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i == tok.i + 1]
        if frame.predword is not None:
            # "pleaded guilty", "pleaded not guilty Monday": an adjective right after the verb (or
            # after its "not"), however the parser hangs it
            nxt = [tok.doc[k] for k in (tok.i + 1, tok.i + 2) if k < tok.sent.end]
            nxt = nxt[:1] if nxt and nxt[0].lower_ != "not" else nxt[1:]
            preds += [a for a in nxt if a.pos_ == "ADJ"]
    if frame.pred and not preds:
        return False
    if frame.predword is not None and not any(c.lemma_.lower() in frame.predword or c.lower_ in frame.predword
                                              for p in _with_appositions(preds)
                                              for c in [p, *(a for a in p.children if a.dep_ == "amod")]):
        return False
    if frame.obj is not None and not (lemmas_of_obj & frame.obj):
        return False
    if frame.notobj is not None and lemmas_of_obj & frame.notobj:
        return False
    if frame.prt is not None and not (particles(tok) & frame.prt):
        return False
    if frame.prep is not None and not (preps(tok) & frame.prep):
        return False
    if frame.pobj is not None:
        pobjs = {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"}
        # "pulled out of the race": the parser makes "out" a preposition with "of" under it
        pobjs |= {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in ("out", "away")
                  for q in c.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"}
        if not (pobjs & frame.pobj):
            return False
    if frame.subj is not None:
        # the active subject and its coordinated heads, with their compounds ("rocket fire", "Syrian warplanes")
        subjs = [c for c in tok.children if c.dep_ == "nsubj"]
        subjs += [x for c in subjs for x in c.conjuncts]
        subjs += [x for c in subjs for x in c.children if x.dep_ == "compound"]
        if not {k for c in subjs for k in keys(c)} & frame.subj:
            return False
    if frame.objmod is not None:
        # the object's owner and modifiers: "suspended her campaign", "ended his presidential bid"
        owners = {c.lower_ for o in objects(tok) for c in o.children if c.dep_ in ("poss", "amod", "compound", "nmod")}
        owners |= {c.lemma_.lower() for o in objects(tok) for c in o.children if c.dep_ in ("amod", "compound", "nmod")}
        if not owners & frame.objmod:
            return False
    if frame.mod is not None:
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
        if not (mods & frame.mod):
            return False
    if frame.of is not None:
        ofs = {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children}
        if not (ofs & frame.of):
            return False
    return True


# nouns for land that can be held by force ("took control of the base", "gained control over several areas")
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "area", "areas", "region", "regions",
                         "province", "provinces", "district", "districts", "territory", "territories", "base", "bases",
                         "airbase", "airport", "port", "capital", "border", "crossing", "stronghold", "strongholds",
                         "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "hill", "hills", "oilfield",
                         "oilfields", "bridge", "highway", "road", "island", "islands", "valley", "enclave", "outskirts",
                         "countryside", "camp", "garrison", "checkpoint", "position", "positions", "front", "coast"})


def _of_a_place(tok) -> bool:
    """The verb's object is "of/over" a place: a place name or a noun for land (PLACE_NOUNS); the
    small parser may hang the phrase on the verb ("took control by force of several areas")."""
    holders = [tok, *objects(tok)]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "over"):
                for p in c.children:
                    if p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.lower_ in PLACE_NOUNS
                                             or p.lemma_.lower() in PLACE_NOUNS
                                             or (p.pos_ == "PROPN" and p.ent_type_ in ("", "GPE", "LOC", "FAC"))):
                        return True
    return False


def _with_appositions(words: list) -> list:
    """Object complements with the words the parser sets beside them ("called X's ambassador a stupid
    guy": "guy" hangs on "ambassador")."""
    return words + [a for w in words for a in w.children if a.dep_ == "appos"]


_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


def _obj_lemmas(tok) -> set[str]:
    out = set()
    found = objects(tok)
    if not found and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and \
            any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in tok.children):
        # "the documentation I have provided", "text messages Volker provided": a relative clause
        # with a subject of its own has the noun it describes as its object (events12)
        found = [tok.head]
    for o in found:
        # "the withdrawal of forces", "700 kg of medicine", "mediation efforts": the words that
        # say what the object is
        heads = [o, *o.conjuncts]
        heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        heads += [c for h in heads for c in h.children if c.dep_ == "compound"]
        for h in heads:
            out.update(keys(h))
    return out


def keys(tok) -> list[str]:
    """Lemma candidates: the model's lemma, the word, then plain English de-inflection, because
    the small model's lemmatiser slips on news verbs ("staged" → "stag")."""
    return list(_keys(tok.lemma_.lower(), tok.lower_))


@lru_cache(maxsize=1 << 15)  # asked for every clause head, again in each table looked up (speed only)
def _keys(lemma: str, w: str) -> tuple[str, ...]:
    out = [lemma, w]
    if w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]] + ([w[:-3]] if len(w) > 4 and w[-3] == w[-4] else [])
    if w.endswith("ing"):
        out += [w[:-3] + "e", w[:-3]] + ([w[:-4]] if len(w) > 5 and w[-4] == w[-5] else [])
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return tuple(dict.fromkeys(out))


def lookup(table: dict, tok):
    low, lemma = columns(tok.doc, _KEY_COLUMNS)  # keys(tok), read from the columns
    for k in _keys(lemma[tok.i].lower(), low[tok.i]):
        if k in table:
            return k, table[k]
    return None, None


_KEY_COLUMNS = ("lower_", "lemma_")


def match_verb(tok, lex: Lexicon) -> Pattern | None:
    _, rows = lookup(lex.verbs, tok)
    if not rows:
        return None
    objs = _obj_lemmas(tok)
    return next((p for p in rows if _frame_holds(p.frame, tok, objs)), None)


def match_noun(tok, lex: Lexicon) -> Pattern | None:
    _, rows = lookup(lex.nouns, tok)
    if not rows:
        return None
    return next((p for p in rows if _frame_holds(p.frame, tok, set())), None)


_FROM_NEGATORS = frozenset({"refrain", "abstain", "desist"})


def complement(tok):
    """The clause a wrapper carries: its xcomp, else ccomp; through "be willing/ready to"."""
    doc = tok.doc  # (read from the columns: a Token only for the clause returned)
    dep, pos, low, kids = columns(doc, _COMPLEMENT_COLUMNS)
    mine = kids[tok.i]
    for d in ("xcomp", "ccomp"):
        for c in mine:
            if dep[c] == d and pos[c] in CLAUSE_POS:
                return doc[c]
    for c in mine:  # "have sworn to fight" (parsed as a purpose clause)
        if dep[c] == "advcl" and pos[c] == "VERB" and any(low[a] == "to" and dep[a] == "aux" for a in kids[c]):
            return doc[c]
    for c in mine:  # "refrained from arresting" (a `negate` wrapper)
        if dep[c] == "prep" and low[c] == "from" and tok.lemma_.lower() in _FROM_NEGATORS:
            for p in kids[c]:
                if dep[p] == "pcomp" and pos[p] == "VERB":
                    return doc[p]
    for c in mine:  # "committed to opening up"
        if dep[c] == "prep" and low[c] == "to":
            for p in kids[c]:
                if dep[p] == "pcomp" and pos[p] == "VERB":
                    return doc[p]
    return None


_COMPLEMENT_COLUMNS = ("dep_", "pos_", "lower_", "children")


_PACKAGES = frozenset({"initiative", "package", "programme", "program", "scheme"})


def noun_object(tok, lex: Lexicon, direct: bool = False):
    """The first object noun (or one conjoined, or "of" + noun under it) that names a happening.
    `direct`: the object itself only (a saying verb: "announced a suspension", not "noted the
    cause of aids")."""
    cands = []
    for o in objects(tok):
        cands += [o, *o.conjuncts]
    cands += _money_for(cands)
    if direct:
        # "announced a ceasefire initiative", "unveiled an aid package": the kind of a package is its happening
        cands += [c for n in list(cands) if n.lemma_.lower() in _PACKAGES for c in n.children if c.dep_ == "compound"]
        return next((n for n in cands if n.dep_ != "nsubjpass" and match_noun(n, lex)), None)
    for c in tok.children:  # "go on strike", "engage in talks", "used civilians as human shields"
        # (not "told reporters after the meeting")
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "into", "under", "as"):
            cands += [p for p in c.children if p.dep_ == "pobj"]
    for c in tok.children:  # "riots ... are continuing"
        if c.dep_ == "nsubj" and c.pos_ == "NOUN":
            cands.append(c)
    # "undertook a mediation mission", "launched 10 days of war games" (but what a claim is about is
    # claimed, not done: "a rape allegation made against X", "made allegations of torture")
    told = [n for n in cands if lex.evaluative.get(n.lemma_.lower()) != "claim"]
    cands += [c for n in told for c in n.children if c.dep_ == "compound"]
    cands += [p for n in told for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    cands += _money_for(cands)
    for n in cands:
        if match_noun(n, lex):
            return n
    return None


_AMOUNTS = frozenset({"million", "billion", "trillion", "thousand", "dollar", "dollars", "euro", "euros",
                      "pound", "pounds", "$", "€", "£"})


def _money_for(nouns: list) -> list:
    """What a sum is given as: "$33 million in additional assistance", "1.2 billion euros in aid"
    (the amount is the object, the happening its in-phrase); likewise what a growth is of
    ("announced a sixfold increase in funding", "a boost in military cooperation")."""
    return [p for n in nouns if n.lower_ in _AMOUNTS or n.pos_ in ("NUM", "SYM") or n.lemma_.lower() in _GROWTH
            for c in n.children if c.dep_ == "prep" and (c.lower_ == "in" or (c.lower_ == "of" and n.lemma_.lower()
                                                                                in _GROWTH))
            for p in c.children if p.dep_ == "pobj"]


# more of a happening is that happening ("an increase in aid" gives aid); less of it is not ("a cut in aid")
_GROWTH = frozenset({"increase", "boost", "rise", "hike", "doubling", "tripling", "expansion", "surge",
                     "escalation", "intensification", "scaling-up", "step-up"})


def headline_verb(tok) -> bool:
    """A verb the small tagger took for a noun, as in headline-like sentences ("EU and UN hand over
    medical supplies to ..."): the sentence's root noun with a subject and an object of its own."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and \
        any(c.dep_ in ("dobj", "prt") for c in tok.children)


# being interviewed is talking to the press: "declined to be interviewed" is no refusal of anything, as
# "declined to comment" is not (events14 review of unseen pages)
_PRESS = frozenset({"interview"})


def code(tok, lex: Lexicon, depth: int = 0) -> Coding | None:
    """The happening `tok`'s clause reports, or None (speech verbs and unknown verbs give None)."""
    if depth > 6:
        return None
    lemma, kind = lookup(lex.wrappers, tok)
    lemma = lemma or tok.lemma_.lower()
    # negation, future, hypothesis and condition are read only once something matches (speed only:
    # most clause heads match nothing)

    verbal = tok.pos_ in ("VERB", "AUX") or headline_verb(tok)
    carried = None
    if verbal:
        pat = match_verb(tok, lex)
        carried = _carried_act(tok, lex, depth) if pat is not None and kind == "pass" else None
        if carried is not None:
            pat = None  # "Turkey helped broker a swap": the brokering is the happening, help only its manner
        if pat is not None and pat.category in ("REJECT", "AGREE"):
            inner = complement(tok)
            if inner is not None and (lookup(lex.wrappers, inner)[1] == "speech" or inner.lemma_.lower() in _PRESS):
                # "declined to comment", "refused to say": a statement, not a refusal of anything
                return Coding("NONE", None, tok, tok, f"{pat.rule}>speech", [], *_flags(tok))
        if pat is not None:
            return Coding(pat.category, pat.mode, tok, tok, pat.rule, [], *_flags(tok), None, _condition(tok))
    if kind in ("speech", "light") and verbal:
        # "staged rallies ... to demand": the light verb's object names the happening;
        # "announced a suspension of air links": so does a saying verb's
        noun = noun_object(tok, lex, direct=kind == "speech")
        if noun is not None:
            pat = match_noun(noun, lex)
            return Coding(pat.category, pat.mode, noun, tok, f"{kind}:{lemma}>{pat.rule}", [tok],
                          *_flags(tok), noun)
    if kind == "speech":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and lookup(lex.wrappers, obj)[1] == "opinion":
            # "voiced hope that X will help", "expressed fears that Y would attack": what is hoped
            # or feared has not happened (as for the verbs "hope", "fear")
            return Coding("NONE", None, tok, tok, f"opinion:{obj.lemma_.lower()}", [], *_flags(tok))
        return None
    if kind == "opinion":
        # "said it is skeptical the program would meet the deadline", "hoped for more talks":
        # what someone doubts or wishes has not happened; the whole clause is taken, with no event
        return Coding("NONE", None, tok, tok, f"opinion:{lemma}", [], *_flags(tok))
    if kind in ("intent", "negate", "pass", "light") or (lemma == "be" and tok.pos_ == "AUX"):
        inner = complement(tok)
        adjective = False
        if inner is None and lemma == "be":
            # "is willing to send", "are ready to contribute": the adjective carries the clause
            for c in tok.children:
                if c.dep_ in ("acomp", "attr") and lex.wrappers.get(c.lemma_.lower()) == "intent":
                    inner, kind, adjective = complement(c), "intent", True
        if inner is not None and inner.dep_ == "advcl" and noun_object(tok, lex) is not None:
            inner = None  # "began a hunger strike to demand ...": the strike is the happening, the rest its aim
        sub = carried if carried is not None else (code(inner, lex, depth + 1) if inner is not None else None)
        if sub is None and inner is not None and kind in ("pass", "intent") and inner.pos_ == "VERB":
            # "began collecting signatures": an unknown verb under a wrapper passes its object on
            noun = noun_object(inner, lex)
            if noun is not None:
                pat = match_noun(noun, lex)
                sub = Coding(pat.category, pat.mode, noun, inner, pat.rule, [], negated(inner), False, False, noun)
        if sub is None and kind in ("light", "pass", "intent"):
            noun = noun_object(tok, lex)
            if noun is not None:
                pat = match_noun(noun, lex)
                sub = Coding(pat.category, pat.mode, noun, tok, pat.rule, [], False, False, False, noun)
                if kind == "intent" and lemma in _PERPETRATE:
                    kind = "light"  # "committed a massacre" is done, not meant ("committed to opening up" is)
        # (an adjective of intent is an offer when a clause follows, "is committed to opening up the
        # economy", "is willing to send more resources"; with only a noun or nothing after it, it is
        # none: "I am committed to this agency")
        if sub is None and kind == "intent" and (lemma in ("offer", "promise", "pledge") or (
                (tok.pos_ == "ADJ" or adjective) and inner is not None and inner.pos_ in ("VERB", "AUX"))):
            sub = Coding("AGREE", None, tok, tok, f"wrapper:{lemma}", [], False, False, False)
        if sub is None:
            return None
        neg, intent, hypo = _flags(tok)
        cond = _condition(tok)
        sub.chain.insert(0, tok)
        sub.top = tok
        sub.negated = sub.negated or neg or kind == "negate"
        sub.negator = sub.negator or kind == "negate"
        sub.intent = sub.intent or intent or kind == "intent"
        sub.hypothetical = sub.hypothetical or hypo
        sub.condition = sub.condition or cond
        sub.rule = f"{kind or lemma}:{lemma}>{sub.rule}"
        return sub
    return None


def _flags(tok) -> tuple[bool, bool, bool]:
    """Whether `tok`'s clause is negated, meant for the future, hypothetical."""
    return negated(tok), future(tok), hypothetical(tok)


def _condition(tok) -> str | None:
    """'if' or 'unless' marking a clause under `tok` (the first), or None."""
    return next((m.lower_ for c in tok.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)


def _carried_act(tok, lex: Lexicon, depth: int) -> Coding | None:
    """The coded act of its own subject that a verb which is both a pattern and a `pass` wrapper
    ("help") carries ("helped broker a truce", "helped to negotiate the deal"), else None. Only with
    no object of its own: in "helped Ukraine repel the attack" the help goes to Ukraine and the
    verb's pattern stands."""
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None
    inner = complement(tok)
    if inner is None or inner.pos_ != "VERB" or any(c.dep_ == "nsubj" for c in inner.children):
        return None
    sub = code(inner, lex, depth + 1)
    return sub if sub is not None and sub.category != "NONE" else None


# intent wrappers that with an object noun say the deed was done
_PERPETRATE = frozenset({"commit"})


# an offer not accepted is rejected, and an act chosen or decided against is refused: "did not accept
# the offer", "chose not to provide the vaccinations" (events12; PLOVER REJECT, CAMEO 12)
_ANSWERING = frozenset({"accept"})
_CHOOSING = frozenset({"choose", "decide", "opt", "elect"})


def _refused(c: Coding) -> bool:
    return not c.hypothetical and (c.trigger.lemma_.lower() in _ANSWERING or
                                   any(w.lemma_.lower() in _CHOOSING for w in c.chain))


def settle(c: Coding) -> tuple[str, str | None, bool]:
    """Final category, the adjustment that explains any change (or None), and whether the event is negated.

    Intent to cooperate is AGREE, intent to harm THREATEN (PLOVER/CAMEO "express intent"). A refusal
    of cooperation ("will not accept", "failed to reach agreement") is REJECT, itself asserted.
    """
    cat = c.category
    # "will withdraw ... unless", "may halt mediation if ...": an act held over someone is a threat
    if not c.negated and ((c.condition == "unless" and c.intent) or (c.condition and cat in HOSTILE)):
        return "THREATEN", f"{c.condition}({cat})→THREATEN", False
    if c.negated and cat in COOPERATIVE and (c.intent or c.negator or _refused(c)):
        return "REJECT", "not→REJECT", False
    if c.intent and not c.negated and cat in COOPERATIVE and cat != "AGREE":
        return "AGREE", f"intent({cat})→AGREE", False
    if c.intent and not c.negated and cat in HOSTILE:
        return "THREATEN", f"intent({cat})→THREATEN", False
    return cat, None, c.negated
