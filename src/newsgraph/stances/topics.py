"""Initiatives an article is about: their mentions found in the parse and joined into topics.

A mention is a noun phrase headed by an initiative noun ("the cease-fire", "this initiative", "the
Russian President's proposal"). Mentions are joined by discourse rules, not by their words alone:
a definite or demonstrative mention ("this initiative", "the proposal") refers back to a topic already
named with the same word, else to the last topic when it was named in the last few sentences; a
mention whose owner is known (possessor, "of X", proposing verb) joins only a topic of the same owner;
an indefinite one ("a cease-fire", "a new plan") introduces a topic, unless the sentence already has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..actors import ActorTable
from ..model import Article, Span
from ..nlp import column, columns
from .lexicon import initiative_nouns, policy_fields, stance_verb, stance_verbs, stance_words

_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
_HOLDER_KINDS = ("person", "organization", "group", "country")
RECENT_SENTENCES = 6  # how far back "the proposal" reaches for a topic named otherwise
_FIGHTING = frozenset({"fighting", "hostility", "hostilities", "war", "combat", "attack", "bombing", "strike",
                       "offensive", "shelling", "violence"})
_DEPLOYED = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "peacekeeper", "peacekeepers",
                       "mission", "contingent", "army", "missile", "missiles", "warship", "warships"})
_GENERIC = {"any", "some", "such", "no", "every", "all", "many", "several", "other", "each", "few", "more", "most"}
_PLURAL_ONLY = {"talks", "peacetalks", "negotiations"}


@dataclass(slots=True)
class Mention:
    span: Span
    head: object  # spacy Token
    term: str
    kind: str  # vehicle | content | back ("the idea", "the text": only a word for the initiative just named)
    definite: bool
    modified: bool  # has a possessor, "of X" or an adjective naming who
    named: bool = False  # its owner is named, not a pronoun ("the US decision", not "its decision")
    label: str = ""  # how a reader names it, where that differs from the span ("Bevin's plan", not "his plan")


@dataclass(slots=True)
class Topic:
    mentions: list[Mention] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)  # actor ids named in its mentions (proposers, modifiers)

    @property
    def name(self) -> str:
        """As the text names it: the first vehicle mention naming its owner ('the Turkish-Russian
        initiative', 'the US decision' before 'its decision'), else the first modified vehicle mention,
        else the first modified mention (not a word for it: "the hostages' release"), else the first saying what is proposed ('truce'), else the first."""
        for pick in (lambda m: m.kind == "vehicle" and m.named, lambda m: m.kind == "vehicle" and m.modified,
                     lambda m: m.modified and m.kind != "back",
                     lambda m: m.kind == "content", lambda m: True):
            for m in self.mentions:
                if pick(m):
                    return re.sub(r"^(?:the|this|that|a|an)\s+", "", m.label or m.span.text, flags=re.I)
        return ""


def _term(tok) -> str:
    # a name in the compound is the owner, not part of the initiative's word ("the US policy shift")
    # (read from the columns; the compounds kept come before the word, in order, as the children do)
    text, dep, pos, kids = columns(tok.doc, _TERM_COLUMNS)
    i = tok.i
    joined = "".join([text[c] for c in kids[i] if dep[c] == "compound" and c < i and pos[c] != "PROPN"]) + text[i]
    return _TERM_GAPS.sub("", joined).lower()


_TERM_COLUMNS = ("text", "dep_", "pos_", "children")
_TERM_GAPS = re.compile(r"[\s\-\u2010-\u2015]")


_CLAIM_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "news", "story", "allegation", "speculation"})


def judged_compound(tok):
    """'called reports of a deal groundless' parsed with 'deal groundless' one noun (the judging word its
    head, the initiative a compound): the judging word, when it ends the claim's 'of' phrase; else None."""
    word = tok.head
    if tok.dep_ != "compound" or word.i != tok.i + 1 or (word.lemma_.lower(), "judge") not in stance_words():
        return None
    if word.dep_ != "pobj" or word.head.lower_ != "of" or word.head.head.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    return word


_MENTION_COLUMNS = ("lower_", "dep_", "children")


def _taking(tok, prep: str, words: frozenset) -> bool:
    """The noun takes one of `words` by `prep` ("a pause in fighting", "the deployment of troops")."""
    return any(c.dep_ == "prep" and c.lower_ == prep and any(
        p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children) for c in tok.children)


def _is_mention(tok, actors: ActorTable, unowned: bool = False, shop: bool = False) -> str | None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" and judged_compound(tok) is None:
        return None
    if tok.pos_ == "PROPN" and actors.actor_of_token(tok) is not None:
        return None  # "Government of National Accord": a name, not an accord
    nouns = initiative_nouns()
    term = _term(tok)
    if term not in nouns:
        # "a political solution": an adjective may be part of the term
        low, dep, kids = columns(tok.doc, _MENTION_COLUMNS)  # (the children read from the columns)
        term = next((low[a] + term for a in kids[tok.i] if dep[a] == "amod" and a < tok.i
                     and low[a] + term in nouns), term)
    if term not in nouns:
        # "peace plan": the head alone may be the term
        term = tok.lemma_.lower() if tok.lemma_.lower() in nouns else tok.lower_ if tok.lower_ in nouns else ""
    if not term:
        return None
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and (c.lower_ in ("it", "this", "that") or c.lemma_.lower() in nouns)
            for c in tok.head.children):
        return None  # "it is a good deal", "the truce is a deal that ...": what it is said to be, no new one
    if any(c.dep_ == "amod" and c.lower_ in ("big", "great") for c in tok.children) and \
            (tok.head.lemma_.lower() == "make" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
        return None  # "made a big deal about it", "a great deal of pressure": no deal
    # "in agreement with", "plans to build": not an initiative
    if term == "deal" and commerce(tok, actors, shop):
        return None  # "Black Friday deals", "a $2 billion deal to buy the startup": trade, not an initiative
    if term in ("deal", "agreement") and contract(tok, actors):
        return None  # "a plea agreement", "a licensing agreement with Netflix": a contract, not an initiative
    if term == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
            not any(c.dep_ == "det" for c in tok.children):
        return None
    if term in ANSWERABLE and (not _answered(tok, term) or _offer_of(tok)):
        # "the requests of the movements", "their invitation": an initiative only when answered; "an offer of
        # talks": the talks are the initiative, the offer only their vehicle
        return None
    if nouns[term] == "policy" and not unowned and not _owned(tok, actors) and not _standing(tok, term) and \
            not _spelled_out(tok, term) and not _inquiry_into(tok, term) and not _answered(tok, term):
        return None  # "a move", "the decision" of nobody named: not an initiative
    if term == "law" and not _standing(tok, term) and not any(c.dep_ == "poss" for c in tok.children) and \
            not _enacted(tok):
        return None  # "US privacy law", "under the law": law as such, not one law ("the new law", "Hungary's law")
    if _inquiries_at_large(tok, term):
        return None
    if term == "policy" and policy_field(tok):
        return None  # "Obama's foreign policy", "Chinese trade policy": a field of policy, not one initiative
    if nouns[term] == "policy" and business(tok):
        return None  # "Disney's business strategy", "its worldwide service program", "the £38 million move"
    if term == "cessation" and not _taking(tok, "of", _FIGHTING):
        return None  # "the cessation of hostilities" is a truce; "the cessation of production" none
    if term == "deployment" and not _taking(tok, "of", _DEPLOYED):
        return None  # "the deployment of foreign troops" is a measure; "the deployment of the app" none
    if term == "pause" and not _taking(tok, "in", _FIGHTING):
        if not any(c.dep_ in ("amod", "compound") and c.lower_ == "humanitarian" for c in tok.children):
            return None  # "a pause in fighting", "a humanitarian pause" are truces; "a pause in the hearing" none
        term = "humanitarianpause"
    if term == "resolution" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the resolution of the dispute": settling it, not a resolution voted on
    if term == "declaration" and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod" and c.lower_ in ("joint", "final")
            for c in tok.children):
        return None  # "the Jeddah declaration", "a joint declaration"; not "a declaration of war", "asset declarations"
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet")}
    if dets & _GENERIC and not (dets <= {"any"} and (_denied(tok) or _refused_whatever(tok))) and \
            not (dets <= {"no"} and none_to_be(tok)):
        return None  # "any plans", "such agreements": no particular initiative
    if tok.tag_ in ("NNS", "NNPS") and term not in _PLURAL_ONLY and not any(
            c.dep_ in ("det", "poss") for c in tok.children) and not _put_forward(tok) and not _aimed(tok, actors):
        return None  # bare plural "trade deals": initiatives in general; "new sanctions against Iran": one
    if term == "plan" and any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in tok.children) and \
            not named_actors(tok, actors):
        return None  # "plans to build": an intention; "a United Nations plan to return people" is one
    return term


# -- the commerce sense of "deal" ---------------------------------------------------------------------
# An initiative is a political, diplomatic or military agreement, plan, talks, truce, resolution, sanction
# or bill (PLOVER AGREE / CONSULT). "Deal" also names a sale or a business contract: a bargain offered to
# shoppers ("Black Friday deals", "the best deals on laptops") or a firm's purchase, merger, licence or
# sponsorship ("a $2 billion deal to buy the startup", "a licensing deal with Netflix"). Those are trade,
# never a stance topic, unless a state or a government body is a party ("Poland signed a deal to buy
# tanks": a state's purchase of arms is a military agreement).
_SHOPPING = frozenset({"friday", "monday", "holiday", "christmas", "prime", "shopping", "sale", "sales", "price",
                       "discount", "bundle", "retail", "cyber", "doorbuster", "store", "online", "tech", "laptop",
                       "phone", "tv", "travel", "flight", "hotel", "vacation"})
_BUSINESS = frozenset({"sponsorship", "licensing", "licence", "license", "merger", "acquisition", "buyout", "takeover",
                       "streaming", "broadcasting", "record", "book", "endorsement", "distribution", "kit", "shirt",
                       "transfer", "publishing", "advertising", "naming", "supply", "lease", "leasing", "franchise", "brand", "boot", "shoe"})
_BARGAIN = frozenset({"best", "cheap", "cheapest", "top", "hot", "exclusive", "early", "great", "amazing", "huge",
                      "daily", "limited", "incredible", "unbeatable"})
_TRADING = frozenset({"buy", "acquire", "purchase", "sell", "merge", "license", "licence", "sponsor", "stream",
                      "distribute", "broadcast", "publish", "lease", "rent", "take"})
_STATE_BODY = re.compile(r"\b(?:ministry|government|army|armed forces|military|defen[cs]e|navy|air force|cabinet|"
                         r"parliament|president|presidency|kremlin|white house|pentagon)\b", re.I)
_MONEY = frozenset({"$", "£", "€", "¥", "dollar", "dollars", "euro", "euros", "pound", "pounds", "usd", "eur"})


def _state(a) -> bool:
    return a is not None and (a.kind == "country" or a.kind in ("organization", "group") and
                              bool(_STATE_BODY.search(a.name)))


def _parties(tok, actors: ActorTable) -> list:
    """Who makes the deal: its named owners, the subject of the verb that has it, and 'with' / 'between'."""
    found = [actors.by_id[i] for i in named_actors(tok, actors) if i in actors.by_id]
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and verb.pos_ == "VERB":
        found += [actors.actor_of_token(c) for c in verb.children if c.dep_ in ("nsubj", "agent")]
        found += [actors.actor_of_token(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.subtree if p.dep_ in ("pobj", "conj")]
    found += [actors.actor_of_token(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for p in c.subtree if p.dep_ in ("pobj", "conj")]
    return [a for a in found if a is not None]


def _mods(tok) -> list:
    return [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod") and c.i < tok.i]


def shopping(tok) -> bool:
    """'Black Friday deals', 'holiday deals', 'price deals': deals offered to shoppers."""
    return tok.lemma_.lower() == "deal" and bool({t.lower_ for c in _mods(tok) for t in c.subtree} & _SHOPPING)


def commerce(tok, actors: ActorTable, shop: bool = False) -> bool:
    """'the best deals on laptops', 'Black Friday deals', 'a $2 billion deal to buy the startup', 'a
    sponsorship deal with Nike': a deal in the sense of trade (see above). A shopping day's deals are
    trade whoever offers them; a bargain, a purchase, a sum or a business contract unless a state is a party."""
    if shopping(tok):
        return True  # a bargain offered to shoppers
    mods = _mods(tok)
    words = {t.lower_ for c in mods for t in c.subtree}
    # "the best deals on laptops" (plural, or on goods), not "the best deal for Britain"
    bargain = any(c.dep_ == "amod" and c.lower_ in _BARGAIN for c in mods) and (
        tok.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ in ("on", "for") and not any(
            actors.actor_of_token(p) is not None for p in c.subtree) for c in tok.children))
    trade = bargain or bool(words & (_BUSINESS | _MONEY)) or any(t.ent_type_ == "MONEY" for c in mods for t in c.subtree)
    if not trade:
        # "a deal to buy Activision", "signed a deal to buy it": what the deal is for is a purchase
        verb = tok.head if tok.dep_ == "dobj" else None
        acts = [c for c in tok.children if c.dep_ in ("acl", "relcl")] + \
            ([c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i] if verb is not None else [])
        trade = any(a.lemma_.lower() in _TRADING and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                    for a in acts)
    # in an article about shopping deals ("More Black Friday Deals ... the Switch Lite deal"), every deal
    # no state makes is one of them
    return (trade or shop) and not any(_state(a) for a in _parties(tok, actors))


# what a firm's own plans and programmes are about: a policy named with one of these is a company's, not a
# political initiative ("Disney's business strategy", "Apple's repair program", "Microsoft's cloud strategy")
_FIRM_WORDS = frozenset({"business", "cloud", "marketing", "pricing", "product", "service", "repair", "software",
                         "growth", "content", "advertising", "loyalty", "rewards", "subscription", "streaming",
                         "retail", "sales", "hiring", "expansion", "ipo", "brand", "branding", "customer", "app",
                         "store", "shipping", "delivery", "franchise", "dividend", "buyback", "restructuring",
                         "grant", "grants", "incubation"})


def business(tok) -> bool:
    """A policy noun (plan, strategy, programme, move, package) named with a firm's subject or a sum."""
    words = {t.lower_ for c in _mods(tok) for t in c.subtree}
    return bool(words & (_FIRM_WORDS | _MONEY)) or any(t.ent_type_ == "MONEY" for c in _mods(tok) for t in c.subtree)


_POLICY_SAYS = frozenset({"acl", "relcl", "prep", "ccomp", "appos"})


def policy_field(tok) -> bool:
    """'Obama's foreign policy', 'Chinese trade policy', 'our trade policy', 'point man for Ukrainian
    policy': "policy" named only by fields of policy (data/lexicons/stance_policy_fields.tsv) and
    nationalities, saying nothing of what it does. 'the policy of separating families', 'its policy on
    settlements', 'the one-child policy', 'Erdogan's Syria policy' stay policies."""
    if any(c.dep_ in _POLICY_SAYS for c in tok.children):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    return bool(mods) and all(c.lower_ in policy_fields() or _nationality(c) for c in mods)


def _nationality(tok) -> bool:
    """'Ukrainian', 'Chinese': an adjective of a people (not a place named as a compound: 'Syria policy')."""
    return tok.dep_ == "amod" and (tok.ent_type_ == "NORP" or tok.pos_ == "ADJ" and tok.text[:1].isupper())


# private and legal contracts: a plea bargain in court, a non-disclosure or employment contract; and the
# business contracts of trade deals ("a licensing agreement")
_CONTRACTS = frozenset({"plea", "nondisclosure", "non-disclosure", "disclosure", "confidentiality", "prenuptial", "custody",
                        "severance", "employment", "tenancy", "rental", "user", "settlement"})


def contract(tok, actors: ActorTable) -> bool:
    """'a plea agreement', 'the plea deal', 'a non-disclosure agreement', 'a licensing agreement': a private
    or business contract (its modifier says so), unless a state is a party."""
    words = {t.lower_ for c in _mods(tok) for t in c.subtree}
    if not words & (_CONTRACTS | (_BUSINESS if tok.lemma_.lower() == "agreement" else frozenset())):
        return False
    if "settlement" in words and not any(t.lower_ in ("legal", "court", "lawsuit", "out-of-court") for c in _mods(tok)
                                         for t in c.subtree):
        return False  # "a peace settlement agreement" stays; "a legal settlement agreement" is a contract
    return not any(_state(a) for a in _parties(tok, actors))


# -- outcomes: what an initiative frees ----------------------------------------------------------------
# "a deal to free the hostages", "a truce under which prisoners were released", "a prisoner swap": the text
# ties what the initiative frees to it, and a feeling at that outcome ("pleased at the hostages' release",
# "welcomed the release of the prisoners") is one at the initiative. Without that tie the release is an
# event of its own, no stance on anything.
_FREEING = frozenset({"free", "release", "swap", "exchange", "return", "liberate", "hand"})
_RELEASES = frozenset({"release", "freeing", "liberation", "return", "handover"})


_QUANTITIES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "group",
                         "batch", "some", "all", "most", "many", "several"})


OUTCOME_REACH = 20  # sentences after the tie that the release of the same people is still its outcome


def _noun_lemmas(toks) -> set[str]:
    # "dozens of prisoners", "a group of hostages": who they are, not how many
    toks = [next((x for q in t.children if q.dep_ == "prep" and q.lower_ == "of" for x in q.children
                  if x.dep_ == "pobj"), t) if t.lower_ in _QUANTITIES or t.lemma_.lower() in _QUANTITIES else t
            for t in toks]
    return {t.lemma_.lower() for x in toks for t in [x, *[c for c in x.children if c.dep_ == "conj"]]
            if t.pos_ == "NOUN"}


def _freed_by_verb(verb) -> set[str]:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FREEING:
        return set()
    return _noun_lemmas([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")])


def freed(tok) -> set[str]:
    """What the initiative a mention names frees, as the text ties it: 'a hostage deal', 'a deal to free
    hostages', 'a deal on the release of prisoners', 'a swap of prisoners', 'hostages were released under
    the truce'; lemmas of the nouns."""
    out = {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
           and initiative_nouns().get(c.lemma_.lower()) is None}
    for c in tok.children:
        if c.dep_ in ("acl", "relcl"):
            out |= _freed_by_verb(c)
        if c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "of"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lemma_.lower() in _RELEASES:
                    out |= _noun_lemmas([x for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                                         for x in q.children if x.dep_ == "pobj"] +
                                        [x for x in p.children if x.dep_ == "poss"])
                elif c.lower_ == "of" and initiative_nouns().get(_term(tok)) == "content":
                    out |= _noun_lemmas([p])  # "a swap of prisoners"
    if tok.dep_ == "dobj":  # "mediated a deal between Israel and Hamas to free hostages"
        for c in tok.head.children:
            if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and any(x.dep_ == "aux" and x.lower_ == "to"
                                                                      for x in c.children):
                out |= _freed_by_verb(c)
    up = tok.head
    if tok.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() == "part":
        up = up.head.head  # "as part of the deal"
    if tok.dep_ == "pobj" and (up.lower_ in ("under", "through", "as", "in") or up is not tok.head):
        out |= _freed_by_verb(up.head)  # "prisoners were released under the truce", "in a prisoner swap"
    return out


def outcome_of(tok) -> set[str]:
    """'the hostages' release', 'the release of the prisoners': who is freed, lemmas of the nouns."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _RELEASES:
        return set()
    return _noun_lemmas([x for q in tok.children if q.dep_ == "prep" and q.lower_ == "of"
                         for x in q.children if x.dep_ == "pobj"] + [x for x in tok.children if x.dep_ == "poss"])


BACK_REACH = 2  # sentences after an initiative that "the idea", "the text" still refers to it
_BACK_NOUNS = frozenset({"idea", "text", "terms", "draft", "document", "wording",
                         "invitation",  # "declined the invitation" just after talks were proposed
                         "announcement", "measure",  # "welcomed the announcement", "condemned the measures"
                         "condition"})  # "rejected the conditions" just after an acceptance on conditions


_NAMING = frozenset({"call", "describe", "term", "brand", "label", "deem", "view", "consider"})


_PLURAL_BACK = frozenset({"them", "these", "they"})
PLURAL_REACH = 60  # words back that a plural pronoun's noun may be


def plural_back(tok) -> bool:
    """'The EU imposed sanctions on Iran. Tehran called them illegal': 'them', 'these' or 'they' whose
    nearest plural noun or pronoun before it is a plural initiative noun ("sanctions", "talks"); not when
    other people or things come in between ("sanctions on Russian officials. Moscow condemned them") or stand in
    its sentence ("The rebels proposed talks. Turkey condemned them")."""
    if tok.lower_ not in _PLURAL_BACK:
        return False
    doc = tok.doc
    for i in range(tok.i - 1, max(tok.i - PLURAL_REACH, 0) - 1, -1):
        t = doc[i]
        if t.lower_ in _PLURAL_BACK or t.lower_ in ("we", "us", "both"):
            return False
        if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
            if not _plural_initiative(t):
                return False
            # "The rebels proposed talks. Turkey condemned them.": other plurals in its sentence may be meant
            return not any(x.tag_ in ("NNS", "NNPS") and x.dep_ != "compound" and not _plural_initiative(x)
                           for x in t.sent)
    return False


def _plural_initiative(t) -> bool:
    return _term(t) in initiative_nouns() or t.lemma_.lower() in initiative_nouns() or t.lower_ in initiative_nouns()


def _named_it(tok) -> bool:
    """'described it as "a historic step"', 'called it a trap': 'it' that a verb of naming judges;
    'called them illegal' after a plural initiative ('sanctions')."""
    if not (tok.lower_ in ("it", "this") or plural_back(tok)) or tok.dep_ != "dobj" or \
            tok.head.lemma_.lower() not in _NAMING:
        return False
    return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as"
               for c in tok.head.children if c.i > tok.i)


FOR_VERBS = frozenset({"vote", "campaign", "argue", "lobby", "push", "rally", "speak", "march", "demonstrate", "strike"})

# verbs of protest whose "for" / "against" phrase or object says what the protesters want or refuse
# ("teachers rallied for better pay", "nurses protested longer shifts", "marched against the tax rise")
_PROTESTING = frozenset({"rally", "protest", "march", "demonstrate", "strike", "call", "campaign", "demand", "lobby"})


def _with_of(tok, m, article: Article) -> str:
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None)
    if of is None:
        return m.label
    last = max(t.i for t in of.subtree)
    if last - tok.i > 8:
        return m.label
    start = m.span.start
    return article.text[start:tok.doc[last].idx + len(tok.doc[last].text)]


def protest_demand(tok, actors: ActorTable) -> bool:
    """What a named group or actor protests for or against, when it is a demand or grievance word
    (stance_words.tsv, use `demand`: pay, wages, funding, cuts, fees, detention periods, the election
    outcome): a topic of its own, the protesters' stance on it by the preposition or the verb (session 10,
    stances11). Not a person, a place, an actor, nor a noun outside the list ("rallied for hours")."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower(), "demand") not in stance_words() or \
            actors.actor_of_token(tok) is not None:
        return False
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "against"):
        verb, how = tok.head.head, tok.head.lower_
    elif tok.dep_ == "dobj":
        verb, how = tok.head, "object"
    else:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _PROTESTING or how == "object" and lemma not in ("protest", "demand") or \
            how == "against" and lemma in ("call", "demand"):
        return False
    from ..grammar import agent  # (the subject of "surrounded the Statehouse to call for better pay")
    subj = agent(verb)
    return subj is not None and actors.actor_of_token(subj) is not None


def _judged_it(tok, actors: ActorTable) -> bool:
    """'the rebels said it was a trap', '"This is a historic step," he said': 'it' or 'this' that a
    reported judging predicate describes (not 'it was a mistake to ...', nor 'it' naming an actor)."""
    if tok.lower_ in ("it", "this"):
        if actors.actor_of_token(tok) is not None:
            return False
    elif not plural_back(tok):
        return False  # (a plural pronoun after "sanctions" is them, whatever coreference made of it)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        # "voted against it", "lobbied for it"
        return tok.head.lower_ == "against" or tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in FOR_VERBS
    if tok.dep_ != "nsubj":
        return False
    cop = tok.head
    if cop.dep_ == "ccomp" and cop.head.pos_ == "VERB" and (cop.head.lemma_.lower(), "toward") in stance_words():
        return True  # "we hope it holds"
    if cop.lemma_.lower() not in ("be", "remain") or cop.dep_ not in ("ccomp", "parataxis") or \
            any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in cop.children):
        return False
    words = stance_words()
    for w in cop.children:
        if w.dep_ in ("attr", "acomp"):
            if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in w.children):
                return False  # "it was a mistake to wait": the waiting judged
            return (w.lemma_.lower(), "judge") in words or any(
                a.dep_ == "amod" and (a.lemma_.lower(), "judge") in words for a in w.children)
    return False


_SWAPS = frozenset({"swap", "prisonerswap", "prisonerexchange", "hostageswap", "hostageexchange"})


def _swap_back(tok, last: "Topic") -> bool:
    """'the exchange', 'the prisoner exchange' with nothing else after or before it, when the topic just
    named is a swap of prisoners or hostages (not "the stock exchange", "the exchange of fire")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() == "exchange" and tok.dep_ != "compound" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and \
        all(c.dep_ in ("det", "punct") or c.dep_ == "compound" and c.lemma_.lower() in ("prisoner", "hostage")
            for c in tok.children) and any(m.term in _SWAPS for m in last.mentions)


def _back_noun(tok) -> bool:
    """'the idea', 'the text', 'the terms' with nothing after them: a word for the initiative just named."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _BACK_NOUNS | {"term"} and tok.dep_ != "compound" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and \
        not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "poss", "nmod") for c in tok.children)


def _refused_any(tok, with_term: dict[str, int], any_heads: set[int] | None = None) -> bool:
    """'would not accept any ceasefire that ...' after a ceasefire was named: refusing every one of
    them refuses the one on the table (the word must have named a topic already). `any_heads`: the
    words with a determiner "any", when known (_any_heads: no walk of each word's children)."""
    if any_heads is not None:
        if tok.i not in any_heads:
            return False
    elif not any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        return False
    from ..grammar import negated  # after the cheap test: an import statement per token cost 1.5% of the rules

    word = _term(tok) if _term(tok) in with_term else tok.lemma_.lower()
    if word not in with_term or tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    return verb.pos_ == "VERB" and negated(verb)


def _policy_back(tok, actors: ActorTable, last: "Topic | None", distance: int | None) -> str | None:
    """'the historic move', 'the decision' of nobody named: the policy the article has just named with
    an owner ("its decision", "Washington's move"), when the last topic, named in the last few
    sentences, is one. Never a topic of its own ("France welcomed the move" alone says nothing)."""
    if last is None or distance is None or distance > RECENT_SENTENCES:
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children):
        return None
    if not any(initiative_nouns().get(m.term) == "policy" for m in last.mentions):
        return None
    term = _is_mention(tok, actors, unowned=True)
    return term if term is not None and initiative_nouns()[term] == "policy" else None


# policies that are one particular measure when named with "the", whoever owns them ("Pakistan said the
# sanctions were illegal", "voted against the bill"); "the decision", "the move", "the plan" need an owner
STANDING = frozenset({"sanctions", "sanctionspackage", "embargo", "bill", "legislation", "referendum", "amendment", "motion",
                      "reform", "tariff", "ban", "curfew", "rezoning", "deployment",
                      "investigation", "inquiry", "enquiry", "probe"})

INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe"})


def _inquiry_into(tok, term: str) -> bool:
    """'dropped an investigation into the allegation', 'called for an inquiry into the killings': an
    inquiry that says what it looks into is one inquiry, whoever opened it."""
    return term in INQUIRIES and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)


# what one side puts to another and the other answers: "did not accept the offer", "approved the
# extradition request", "turned down an invitation to the talks"
ANSWERABLE = frozenset({"offer", "request"})  # (not "invitation": "declined an invitation to a football match")


def _offer_of(tok) -> bool:
    """'Seoul's offer of talks', 'a request for a truce': what is offered or asked for is the initiative."""
    nouns = initiative_nouns()
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
        p.dep_ == "pobj" and (_term(p) in nouns or p.lower_ in nouns or p.lemma_.lower() in nouns)
        for p in c.children) for c in tok.children)


def _answered(tok, term: str) -> bool:
    """An offer, request or invitation that someone accepts, approves, rejects or turns down (the object of
    a response verb that says support or oppose, or the subject of its passive) is one initiative, whoever
    made it: the answer is a stance on it (session 10, stances11)."""
    if term not in ANSWERABLE or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    v = stance_verb(tok.head)
    return v is not None and v.role == "response" and v.polarity in ("support", "oppose")


def _inquiries_at_large(tok, term: str) -> bool:
    """'in exchange for Ukraine's ceasing investigations', 'investigations of corruption': inquiries in the
    plural are inquiries in general, not one a side can hold a stance on."""
    return term in INQUIRIES and tok.tag_ in ("NNS", "NNPS")


_SPELLED = frozenset({"decision", "move"})


def _spelled_out(tok, term: str) -> bool:
    """'criticised the decision to expand the settlements', 'welcomed the move to scrap the tax': a
    definite decision or move that says what it does is one measure, whoever took it."""
    answered = tok.dep_ == "dobj" and (v := stance_verbs().get(tok.head.lemma_.lower())) is not None and \
        v.role == "response"  # "approved a move to enter into talks": the one answered
    return term in _SPELLED and (answered or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)) and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
        any(o.dep_ in ("dobj", "prep", "prt") for o in c.children) for c in tok.children)


# "the new law", "the security law", "the proposed law": one law; not "the law", "international law"
_LAW_KINDS = frozenset({"new", "proposed", "draft", "controversial", "contested", "disputed", "planned"})
_LAW_NOT = frozenset({"international", "humanitarian", "criminal", "civil", "martial", "common", "customary", "case",
                      "federal", "state", "local", "religious", "islamic", "sharia", "canon", "family", "tax",
                      "election", "electoral"})


def _standing(tok, term: str) -> bool:
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children)
    if term == "law":
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        return definite and bool(mods & _LAW_KINDS or any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children)) \
            and not mods & _LAW_NOT
    return term in STANDING and definite


def _owned(tok, actors: ActorTable) -> bool:
    """'Washington's move', 'its decision', 'the US policy shift', 'the move announced by Pompeo':
    a policy noun names an initiative only with an owner, by possessor, name or proposing verb."""
    if any(c.dep_ == "poss" for c in tok.children) or named_actors(tok, actors):
        return True
    for c in tok.children:
        v = stance_verbs().get(c.lemma_.lower())
        if c.dep_ in ("acl", "relcl") and v is not None and v.role == "proposer":
            return True
    if _enacted(tok):
        return True
    if _aimed(tok, actors):
        return True  # "the sanctions against Moscow": one policy, its target named
    if _acted_on(tok, actors):
        return True  # "voters approved an amendment", "senators voted against a bill"
    return _put_forward(tok)  # "the United States announced a new policy"


# measures a chamber or an electorate acts on: "approved an amendment", "voted for a bill", "passed a motion"
LEGISLATION = frozenset({"bill", "amendment", "motion", "legislation", "referendum", "reform", "budget"})


def _acted_on(tok, actors: ActorTable) -> bool:
    """'Texas voters approved an amendment', 'senators voted against a bill', 'the assembly rejected a
    motion': a piece of legislation that a named actor takes a side on by an act (a response verb that
    says support or oppose, or 'voted for / against') is one measure, with or without 'the' (session 10,
    stances11: the indefinite article left such measures out)."""
    if _term(tok) not in LEGISLATION or tok.tag_ in ("NNS", "NNPS"):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and (verb.lower_ == "against" or verb.lower_ == "for" and
                                                       verb.head.lemma_.lower() in FOR_VERBS):
        verb = verb.head
    elif tok.dep_ == "dobj":
        v = stance_verb(verb)
        if v is None or v.role != "response" or v.polarity not in ("support", "oppose"):
            return False
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    from ..grammar import agent  # (the subject of "surrounded the Statehouse to call for better pay")
    subj = agent(verb)
    return subj is not None and actors.actor_of_token(subj) is not None


def _enacted(tok) -> bool:
    """'the budget approved by Republicans', 'the law passed by parliament': a measure whose adoption by
    someone named is told in a participle is one measure."""
    for c in tok.children:
        v = stance_verbs().get(c.lemma_.lower())
        if c.dep_ == "acl" and c.tag_ == "VBN" and v is not None and v.role == "response" and \
                v.polarity == "support" and any(x.dep_ == "agent" for x in c.children):
            return True
    return False


def _aimed(tok, actors: ActorTable) -> bool:
    """'sanctions against Moscow', 'an embargo on Iran': a measure with its target named is one measure."""
    return _term(tok) in STANDING and any(c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
        p.dep_ == "pobj" and actors.actor_of_token(p) is not None for p in c.children) for c in tok.children)


_FUTURE = frozenset({"will", "would", "can", "could", "shall"})
_CONDITION = frozenset({"unless", "until", "without", "if", "before", "while", "as"})


def none_to_be(tok):
    """'there will be no talks with the rebels', 'there can be no deal': the initiative ruled out (the
    copula returned), not 'there is no deal yet' (a fact) nor 'no deal unless ...' (a condition)."""
    cop = tok.head
    if tok.dep_ != "attr" or cop.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in cop.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in cop.children):
        return None
    if any(c.lower_ in _CONDITION for c in cop.subtree if c.dep_ in ("mark", "prep")):
        return None
    return cop


_WANTING = frozenset({"eager", "keen", "determined", "anxious", "ready", "willing", "reluctant", "unwilling",
                      "want", "seek", "plan", "vow", "pledge", "promise", "refuse", "decide", "intend", "push"})


_TROOPS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "contingent"})


def _said_will(tok) -> bool:
    """'Russia said it would not negotiate with Kyiv', 'the US will withdraw its troops': an action a
    subject says it will (or will not) take, in a clause of its own with a modal of the future."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "ROOT", "conj") or \
            not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in tok.children) or \
            not any(c.dep_ == "nsubj" for c in tok.children):  # ("could negotiate": a possibility)
        return False
    if tok.lemma_.lower() == "withdraw":  # troops, not "the company will withdraw the product"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _TROOPS for c in tok.children)
    return True


def intended_action(tok) -> str | None:
    """'Trump has been eager to withdraw', 'wants to withdraw US troops': an action that is itself an
    initiative (initiatives.tsv, kind `action`) that someone wants, or refuses, to take; its lemma. Also
    one said to be taken or not: 'said it would not negotiate with Kyiv', 'will withdraw its troops'."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" and not _said_will(tok):  # (first: most words are no xcomp)
        return None
    lemma = tok.lemma_.lower()
    if initiative_nouns().get(lemma) != "action":
        return None
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() not in _WANTING:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"] + \
        [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(initiative_nouns().get(_term(o)) or initiative_nouns().get(o.lemma_.lower()) for o in objs):
        return None  # "wants to withdraw the bill", "from the deal": a response to the bill, the deal
    return lemma


def _refused_whatever(tok) -> bool:
    """'ruled out any deal that would cede territory', 'banned any negotiations with the US', 'rejected any
    ceasefire': a refusal of every such initiative is a stance on it (not 'did not reject any deal')."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    v = stance_verb(verb)
    return v is not None and v.role == "response" and v.polarity == "oppose"


def _denied(tok) -> bool:
    """'denied that any talks had taken place', 'denied holding any talks': the one the reports speak of."""
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
        return verb.head.lemma_.lower() == "deny"
    if tok.dep_ == "dobj" and verb.dep_ in ("xcomp", "pcomp", "ccomp") and verb.tag_ == "VBG":
        verb = verb.head  # "denied holding any talks"
    elif tok.dep_ == "dobj" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "deny":
        return True  # "denied it had signed any agreement"
    return tok.dep_ == "dobj" and verb.lemma_.lower() == "deny"


def _put_forward(tok) -> bool:
    """'presented written proposals': a bare plural someone puts forward here is a particular initiative."""
    v = stance_verbs().get(tok.head.lemma_.lower())
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "move" and tok.lemma_.lower() in MOVED:
        return True  # "moved a motion for the adjournment"
    return tok.dep_ == "dobj" and v is not None and v.role == "proposer"


# what is moved in a chamber: "moved a motion", "moved an amendment" (not "moved troops")
MOVED = frozenset({"motion", "amendment", "resolution", "bill"})


_OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})
_LABEL_REACH = 12  # tokens of a spelled-out complement a label keeps ("the decision to drop the inquiry")


def _label(tok, span: Span, article: Article, actors: ActorTable) -> str:
    """The words a reader would name the initiative with, where the span's are not them: no quotation
    mark or dash before it ('" impeachment'), the owner a possessive pronoun stands for ('his plan' ->
    "Matt Bevin's plan"), and what a decision or move does ('its decision' -> "its decision to close the
    clinic", "the Swedish move to drop the investigation"). Empty when the span's words are the label."""
    text = span.text
    start = span.start
    lead = re.match(r"^[\W_]+", text)
    if lead:
        text, start = text[lead.end():], start + lead.end()
    pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS and c.idx == start), None)
    if pron is not None and not _asked_to(tok):
        a = judged_party(tok, actors) or actors.actor_of_token(pron)  # "hammered Bevin on his plan": Bevin's
        if a is not None and a.kind in _HOLDER_KINDS and a.name:
            text = a.name + ("'" if a.name.endswith("s") else "'s") + text[len(pron.text):]
    if tok.lemma_.lower() in _SPELLED:
        acl = next((c for c in tok.children if c.dep_ == "acl" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if acl is not None:
            # the verb with its particle, negation and object: "to not vaccinate detained migrants", not
            # "... for flu despite the deaths of ..."
            toks = sorted([acl] + [t for c in acl.children if c.dep_ in ("aux", "neg", "dobj", "prt", "attr", "dative")
                                   for t in c.subtree], key=lambda t: t.i)
            if toks and toks[-1].i <= tok.i + _LABEL_REACH and toks[0].i == tok.i + 1 and all(b.i - a.i == 1 for a, b in zip(toks, toks[1:])):
                text += article.text[tok.idx + len(tok.text):toks[-1].idx + len(toks[-1].text)]
    return "" if text == span.text else text


def _asked_to(tok) -> bool:
    """'urged Kenya to reconsider its decision': the mention is in what someone is asked to do, where
    'its' is the one asked (the resolver may give it the one asking): no owner is read from it."""
    verb = tok.head
    # `.i`, not `is`: spaCy makes a new Token object at each access, so `verb.head is not verb` never ended
    # the walk at a root that is no verb (a headline without one): the analysis never returned
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    v = stance_verbs().get(verb.head.lemma_.lower())
    return verb.dep_ == "xcomp" and v is not None and v.role in ("request", "proposer")


def _span(tok, article: Article) -> Span:
    left = min([tok] + [c.left_edge for c in tok.children if c.i < tok.i], key=lambda t: t.i)
    return Span.of(article.text, left.idx, tok.idx + len(tok.text))


# people who own their own decisions and plans, never their country's
PRIVATE_PEOPLE = frozenset({"man", "woman", "boy", "girl", "person", "people", "family", "couple", "resident",
                            "citizen", "refugee", "student", "worker", "farmer", "protester", "voter", "fan"})


def named_actors(tok, actors: ActorTable) -> set[str]:
    """Actors the phrase names as its owner: possessor, 'of X', adjectives and compounds ('Turkish-Russian')."""
    found = set()
    if _term(tok).startswith("impeachment") or tok.lemma_.lower() == "impeachment":
        return found  # "Trump's impeachment", "the president's impeachment trial": the one impeached, no owner
    # "Erdogan's Syria policy", "Tokyo's Taiwan strategy": with a possessor, a name compounded with the
    # initiative says what it is about, not whose it is
    owned = any(c.dep_ == "poss" and actors.actor_of_token(c) is not None for c in tok.children)
    for c in tok.children:
        cands = []
        if c.dep_ == "poss" and c.pos_ == "PRON" and (judged := judged_party(tok, actors)) is not None:
            found.add(judged.id)  # "Poland criticised Germany over its plan": Germany's plan
            continue
        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in PRIVATE_PEOPLE:
            continue  # "a Canadian man's decision", "Syrian refugees' plans": theirs, not the country's
        if owned and c.dep_ == "compound" and c.pos_ == "PROPN":
            continue
        if c.dep_ in ("poss", "amod", "nmod", "compound") and c.i < tok.i:
            cands = [c] + [x for x in c.subtree if x.dep_ in ("conj", "amod", "compound", "appos") and x is not c]
        elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
            cands = [p for p in c.subtree if p.dep_ in ("pobj", "conj", "appos")]
        for t in cands:
            a = actors.actor_of_token(t)
            if a is not None and a.kind in _HOLDER_KINDS and not (c.dep_ == "compound" and _name_of_initiative(a, tok.doc)):
                found.add(a.id)
    return found


# verbs of judging someone for what they did: "criticised Germany over its plan", "thanked Qatar for its offer"
JUDGING_EXTRA = frozenset({"thank", "attack", "hammer", "fault", "rebuke", "chide", "sue", "berate", "scold",
                           "castigate", "reproach", "congratulate", "censure", "upbraid"})
JUDGED_FOR = frozenset({"over", "for", "on", "about"})


def judging_verb(verb) -> bool:
    v = stance_verbs().get(verb.lemma_.lower())
    return verb.lemma_.lower() in JUDGING_EXTRA or v is not None and (
        v.role == "accuse" or v.role == "response" and v.polarity in ("support", "oppose"))


def judged_party(tok, actors: ActorTable):
    """The one judged, when the initiative is what a judging verb judges them for: 'Poland criticised
    Germany over its plan', 'the EU condemned Russia for its decision': the verb's object, which 'its' /
    'his' / 'her' / 'their' in the adjunct after it refers to; else None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in JUDGED_FOR:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not judging_verb(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    return actors.actor_of_token(obj) if obj is not None and obj.pos_ != "PRON" else None


def _name_of_initiative(a, doc) -> bool:
    """'the Artemis program', 'the SLS program', 'the Covid framework': an organisation the model made of
    a programme's name, named nowhere but in front of an initiative noun, is no owner of it. Known bodies
    (data/actors: "the Hamas proposal", "a United Nations plan") and countries and people keep owning."""
    if a.kind not in ("organization", "group") or a.rule == "known" or not a.mentions:
        return False
    nouns = initiative_nouns()
    for m in a.mentions:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        while head.dep_ == "compound" and head.head is not head:
            head = head.head
        if head is span.root or (_term(head) not in nouns and head.lemma_.lower() not in nouns):
            return False
    return True


def _same_side(a, b) -> bool:
    """The same actor, or a country and one of its people ('the Turkish-Russian initiative' of Erdogan).
    Two people of one country are not: Clinton's plan is not Trump's."""
    if a.id == b.id:
        return True
    if a.kind == "country" and b.kind != "country":
        return bool(a.country) and a.country == b.country
    if b.kind == "country" and a.kind != "country":
        return bool(b.country) and b.country == a.country
    return False


def _conflict(a, b) -> bool:
    """Evidence that two owners are different parties: two people, or two known, different countries."""
    if a.id == b.id:
        return False
    if a.kind == "person" and b.kind == "person":
        return True
    return bool(a.country and b.country and a.country != b.country)


def _pairs(owners: set[str], known: set[str], actors: ActorTable):
    return [(actors.by_id[o], actors.by_id[k]) for o in owners for k in known
            if o in actors.by_id and k in actors.by_id]


def _compatible(owners: set[str], known: set[str], actors: ActorTable) -> bool:
    return any(_same_side(a, b) for a, b in _pairs(owners, known, actors))


def _no_conflict(owners: set[str], known: set[str], actors: ActorTable) -> bool:
    return not any(_conflict(a, b) for a, b in _pairs(owners, known, actors))


def _any_heads(doc) -> set[int]:
    """Index of each word that has a child 'any' with the dependency `det`, read from the Doc's columns."""
    lowers, deps, heads = column(doc, "lower_"), column(doc, "dep_"), column(doc, "head")
    return {heads[i] for i in range(len(doc)) if lowers[i] == "any" and deps[i] == "det" and heads[i] != i}


_ACTION_LEMMAS = frozenset({"negotiate", "withdraw"})  # the `action` terms (intended_action, _said_will)
_IT = frozenset({"it", "this", "them", "these", "they"})  # (the last three: plural_back)


def _words(sent, any_heads: set[int]):
    """The words of `sent` that a rule in `find`'s loop can take, read from the Doc's columns (a Token only
    for these): a noun or name, a verb that is an xcomp or an action term (intended_action), 'it' or 'this' (_named_it,
    _judged_it), a word with a determiner 'any' (_refused_any). Every rule there gives nothing for any
    other word; a rule added there that takes other words must add them here."""
    doc = sent.doc
    pos, dep, low, lem = column(doc, "pos_"), column(doc, "dep_"), column(doc, "lower_"), column(doc, "lemma_")
    for i in range(sent.start, sent.end):
        p = pos[i]
        if p == "NOUN" or p == "PROPN" or (p == "VERB" and (dep[i] == "xcomp" or lem[i] in _ACTION_LEMMAS)) or \
                low[i] in _IT or i in any_heads:
            yield doc[i]


def _answering_verb(tok):
    """The verb a mention is the object of, directly or through its preposition ("rejected the talks",
    "pulled out of the talks", "accepted the truce and the talks" for the second), when that verb is a
    stance verb; else None."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    up = tok.head
    if tok.dep_ == "pobj":
        while up.dep_ == "prep" and up.head.pos_ == "ADP" or up.dep_ == "prep" and up.head.pos_ == "VERB":
            up = up.head  # "pulled out of the talks": "of" hangs on "out"
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    if up.pos_ != "VERB":
        return None
    return up if stance_verb(up) is not None else None


def _judging_clause(tok):
    """The clause that judges a mention it has as subject ("the sanctions were illegal", "the embargo was
    counterproductive", "the plan would undermine peace"), when a judging word says so; else None."""
    if tok.dep_ != "nsubj":
        return None
    clause = tok.head
    words = stance_words()
    if clause.lemma_.lower() in ("be", "remain", "seem") and any(
            c.dep_ in ("acomp", "attr") and (c.lemma_.lower(), "judge") in words for c in clause.children):
        return clause
    return clause if clause.pos_ == "VERB" and (clause.lemma_.lower(), "judge") in words else None


def _acted_on_by(tok, here) -> bool:
    """'the annexation plan would destroy the peace process': one initiative the object of a verb whose
    subject is the other; what is said of the first is not said of the second."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i == m.head.i for c in verb.children for m in here)


def answered_apart(tok, term: str, topic: "Topic", sent) -> bool:
    """Two initiatives in one sentence, each answered by a verb of its own: "Sudan accepted the truce but
    rejected the talks", "backed the plan while criticising the sanctions", "Jordan, which backed a
    two-state solution, criticised the plan", "welcomed the truce but said the sanctions were illegal". The new mention is not the sentence's topic when it names
    another word, neither is inside the other's phrase ("talks on a truce", "a plan for a two-state
    solution"), and another stance verb answers it than the one that answers the topic's mention."""
    here = [m for m in topic.mentions if m.head.sent == sent and m.kind != "back"]
    if here and not any(m.term == term for m in here) and _acted_on_by(tok, here):
        return True
    verb = _answering_verb(tok) or _judging_clause(tok)
    if verb is None:
        return False
    if not here or any(m.term == term for m in here):
        return False
    for m in here:
        if m.head.i in {t.i for t in tok.subtree} or tok.i in {t.i for t in m.head.subtree}:
            return False
        other = _answering_verb(m.head) or _judging_clause(m.head)
        if other is None or other.i == verb.i:
            return False
    return True


# measures named by their own word, never another initiative's other name: "the tariffs" after "a trade
# deal" is not the deal, nor "his deals" after "the impeachment inquiry" the inquiry
_OWN_WORD = frozenset({"tariff", "ban", "curfew", "rezoning", "deployment"})


def _own_word(term: str) -> bool:
    # an inquiry too (session 10, stances11): "the decision by the prosecutors" (to drop it) is not the
    # investigation it ends, and must not make them its proposers
    return term in _OWN_WORD or term.startswith("impeachment") or term in INQUIRIES


def _same_word(a: str, b: str) -> bool:
    return a == b or a in INQUIRIES and b in INQUIRIES  # "the investigation" ... "the probe"


def _law_after_plan(term: str, topic: "Topic") -> bool:
    """'the extradition law' a sentence after "Beijing's strategy for ending the protests": a piece of
    legislation named with 'the' is not a word for a recent topic that names no legislation (session 10,
    stances11)."""
    laws = LEGISLATION | {"law"}
    return term in laws and not any(x.term in laws for x in topic.mentions)


def _apart_measures(term: str, topic: "Topic | None") -> bool:
    """A mention and a topic that are two initiatives, one of them a measure named by its own word."""
    if topic is None or any(_same_word(x.term, term) for x in topic.mentions):
        return False
    if term in _SPELLED and any(x.term in ANSWERABLE for x in topic.mentions) or \
            term in ANSWERABLE and all(x.term in _SPELLED for x in topic.mentions):
        return True  # "urged it to accept the doctors' offer" ... "reconsider its decision": two initiatives
    return _own_word(term) or all(_own_word(x.term) for x in topic.mentions) or \
        term.startswith("demand:") or any(x.term.startswith("demand:") for x in topic.mentions)


def find(doc, article: Article, actors: ActorTable,
         proposers_of: Callable[[Mention], set[str]] | None = None) -> list[Topic]:
    """Mentions joined into topics. `proposers_of` gives who proposes what a mention names (from the
    proposing verbs), so "Erdogan and Putin called for a cease-fire" ties the topic to them."""
    topics: list[Topic] = []
    last: Topic | None = None
    last_seen: dict[int, int] = {}
    number: dict[int, int] = {}  # id(topic) -> its place in `topics`
    with_term: dict[str, int] = {}  # term -> the last topic with a mention of it (not a scan of all)
    any_heads = _any_heads(doc)
    frees: dict[str, tuple[Topic, int]] = {}  # what an initiative frees -> (it, the sentence that tied them)
    pos, lemmas = column(doc, "pos_"), column(doc, "lemma_")  # the article speaks of shopping deals:
    shop = any(shopping(doc[i]) for i in range(len(doc)) if pos[i] == "NOUN" and lemmas[i].lower() == "deal")
    traded: set[str] = set()  # words the article has used in the sense of trade ("Black Friday deals")
    for si, sent in enumerate(doc.sents):
        sent_topic: Topic | None = None
        for tok in _words(sent, any_heads):
            term = _is_mention(tok, actors, shop=shop) or intended_action(tok)
            if term is None:
                term = _policy_back(tok, actors, last, si - last_seen[id(last)] if last is not None else None)
            if term is None and last is not None and si - last_seen[id(last)] <= BACK_REACH and \
                    (_back_noun(tok) or _named_it(tok) or _judged_it(tok, actors)):
                term = tok.lemma_.lower()  # "open to the idea", "described it as": the initiative just named
            if term is None and last is not None and si - last_seen[id(last)] <= RECENT_SENTENCES and \
                    _swap_back(tok, last):
                term = "exchange"  # "The US welcomed the exchange" after "a prisoner swap": the same swap
            if term is None and protest_demand(tok, actors):
                term = "demand:" + tok.lemma_.lower()  # "rallied for better pay": a topic of its own
            outcome = None
            if term is None and frees:
                at = next((frees[w] for w in outcome_of(tok) if w in frees), None)
                if at is not None and si - at[1] <= OUTCOME_REACH:
                    outcome, term = at[0], tok.lemma_.lower()  # "pleased at the hostages' release"
            refused_any = term is None and _refused_any(tok, with_term, any_heads)
            if refused_any:
                term = _term(tok) if _term(tok) in with_term else tok.lemma_.lower()
            if term is None:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() == "deal" and tok.dep_ != "compound" and \
                        commerce(tok, actors, shop):
                    traded.add("deal")
                elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ("deal", "agreement") and tok.dep_ != "compound" \
                        and contract(tok, actors):
                    traded.add(tok.lemma_.lower())  # "the agreement" after "a licensing agreement": the same
                continue
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
            named = named_actors(tok, actors)
            if term in traded and term not in with_term and not named and dets & _DEFINITE:
                continue  # "the deal" after "a $2 billion deal to buy the startup": the same trade
            kind = "content" if term.startswith("demand:") else \
                initiative_nouns().get(term, "back")  # "back": a word for it ("the idea"), never its name
            span = Span.of(article.text, tok.idx, tok.idx + len(tok.text)) if kind == "action" else _span(tok, article)
            m = Mention(span, tok, term, "vehicle" if kind == "policy" else kind,
                        definite=bool(dets & _DEFINITE) or any(c.dep_ == "poss" for c in tok.children),
                        modified=bool(named) or any(c.dep_ in ("poss", "amod", "nmod") for c in tok.children),
                        named=bool(named) and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children))
            m.label = _label(tok, m.span, article, actors)
            if term.startswith("demand:"):
                m.label = _with_of(tok, m, article)  # "the outcome of the election", not "outcome"
            owners = named | (proposers_of(m) if proposers_of else set())
            recent = last is not None and si - last_seen[id(last)] <= RECENT_SENTENCES
            topic = None
            if outcome is not None:
                topic = outcome  # what the initiative freed: a word for it, never its name
            elif kind == "action":
                # an action is its own topic, the same action named again the same one
                topic = next((t for t in reversed(topics) if any(x.term == term for x in t.mentions)), None)
                if topic is None:
                    topic = Topic()
                    number[id(topic)] = len(topics)
                    topics.append(topic)
            elif refused_any:
                topic = topics[with_term[term]]  # "would not accept any ceasefire": nor this one
            elif kind == "back":
                topic = sent_topic or last  # "the idea", "described it as": never a topic of its own
            elif owners:
                # Whose initiative it is decides: another owner's plan is another topic.
                topic = next((t for t in reversed(topics) if _compatible(owners, t.actors, actors) and
                              not _apart_measures(term, t)), None)
                if topic is None and sent_topic is not None and not sent_topic.actors and \
                        not answered_apart(tok, term, sent_topic, sent) and not _apart_measures(term, sent_topic):
                    topic = sent_topic
                if topic is None and m.definite and recent and last is not None and \
                        _no_conflict(owners, last.actors, actors) and not _apart_measures(term, last):
                    topic = last  # "the Saudi-Omani plan" after the Crown Prince and the Sultan announced it
            else:
                # "on the verge of a deal when Trump scuttled the talks": a definite mention whose word
                # named an earlier topic refers back to it before joining the sentence's other one
                same = next((t for t in reversed(topics) if any(x.term == term for x in t.mentions)), None) \
                    if m.definite else None
                apart = sent_topic is not None and answered_apart(tok, term, sent_topic, sent)
                if same is not None and sent_topic is not None and same is not sent_topic and \
                        not any(x.term == term for x in sent_topic.mentions):
                    topic = same
                elif apart:
                    topic = same  # "accepted the truce but rejected the talks": another initiative
                elif sent_topic is not None and not _apart_measures(term, sent_topic):
                    topic = sent_topic
                elif m.definite:
                    # A definite mention refers back: to a topic named with the same word, else to the
                    # last topic when it is recent (a long article may move on to another initiative).
                    topic = topics[with_term[term]] if term in with_term else None
                    if topic is None and recent and not _apart_measures(term, last) and not _law_after_plan(term, last):
                        topic = last
            if topic is None:
                topic = Topic()
                number[id(topic)] = len(topics)
                topics.append(topic)
            topic.mentions.append(m)
            if outcome is None:
                for w in freed(tok):
                    frees[w] = (topic, si)
            with_term[term] = max(with_term.get(term, -1), number[id(topic)])
            topic.actors |= owners
            sent_topic = last = topic
            last_seen[id(topic)] = si
    return topics
