"""Evidence of where an actor stands on a topic, one rule at a time, from the parse.

Each function yields `Clue`s: (holder actor id, topic, polarity, evidence span, rule). Polarities are
combined per holder and topic in `stances.combine`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..actors import ActorTable
from ..grammar import agent, negated, refused, resolve, speaker_for
from ..model import Article, Event, Span, Statement
from ..nlp import column
from ..positions import Stabbing
from .lexicon import PARTICLES, StanceVerb, initiative_nouns, mended_lemma, stance_verb, stance_verbs, stance_words
from .topics import (_SPELLED, FOR_VERBS, MOVED, Mention, Topic, judged_compound, judged_party, named_actors,
                     none_to_be, plural_back)

_HOLDER_KINDS = ("person", "organization", "group", "country")
_CONCESSIVE = {"despite", "although", "though", "while", "notwithstanding", "even"}


@dataclass(frozen=True, slots=True)
class Clue:
    holder: str
    topic: int  # index into the topics list
    polarity: str  # support | oppose | mixed | unclear | hostilities
    evidence: Span
    rule: str
    role: str = ""  # proposer | response | judgement | event | hostilities: code branches on this, never on `rule`


_SOME = frozenset({"many", "some", "most", "few", "several", "others", "all", "both", "none", "one"})


def actor_of(tok, actors: ActorTable):
    """The actor that may hold a stance named by the phrase headed by `tok` (grammar.resolve); 'the
    rebels', 'the militia', 'the opposition' that no name resolves: the one group the article names so.
    'Many in Gaza', 'some of the members': a part of the people of a place or a body holds no
    stance of the whole."""
    if tok.lower_ in _SOME and tok.pos_ in ("PRON", "ADJ", "NOUN", "NUM", "DET") and \
            any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "among") for c in tok.children):
        return None
    a, word = resolve(tok, actors)
    if a is not None and a.kind == "country" and word is not tok and tok.lemma_.lower() in _NOT_THE_STATE:
        return None  # "the Syrian rebels", "the Venezuelan opposition", "Serbian nationalists": not the state
    if a is None and (g := _group_meant(tok, actors)) is not None:
        return g
    if a is None and (g := _state_meant(tok, actors)) is not None:
        return g
    return a if a is not None and a.kind in _HOLDER_KINDS else None


# bodies of a state that an article names bare ("the army") after naming whose they are
_STATE_BODIES = frozenset({"army", "military", "government", "regime", "cabinet", "presidency", "junta",
                           "administration"})


def _state_meant(tok, actors: ActorTable):
    """'Sudan's army chief X met envoys. The army said it would not attend the talks': a bare 'the army',
    'the government' nothing resolves is the state the article named with that noun before ("Sudan's
    army chief", "the Sudanese army", "the government of Ethiopia"), the last one so named; else None
    (issue 11, kind 4)."""
    lemma = tok.lemma_.lower()
    if lemma not in _STATE_BODIES or tok.pos_ != "NOUN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children):
        return None
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        phrase = [t, t.head] if t.dep_ == "compound" else [t]  # "Sudan's army chief": the chief's owner
        for w in phrase:
            for c in w.children:
                owners = [c] if c.dep_ in ("poss", "amod", "compound", "nmod") else \
                    [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []
                for o in owners:
                    a = actors.actor_of_token(o)
                    if a is not None and a.kind == "country":
                        return a
    if lemma == "presidency":
        # "President Ruto met envoys. The presidency said ...": the office of the president last named so
        for i in range(tok.i - 1, -1, -1):
            t = doc[i]
            if t.lower_ == "president" and t.dep_ == "compound" and t.head.pos_ == "PROPN" and \
                    (a := actors.actor_of_token(t.head)) is not None and a.kind == "person":
                return a
    return None


def generic_meant(doc, actors: ActorTable) -> dict[str, str]:
    """{id of an actor named only by a generic noun ("rebels", made from "The rebels said"): id of the
    group its first mention means (`_group_meant`)}, for the actors that have one."""
    out = {}
    for a in actors:
        if a.name.lower().removeprefix("the ") not in _GENERIC_NAMES or not a.mentions:
            continue
        span = doc.char_span(a.mentions[0].span.start, a.mentions[0].span.end, alignment_mode="expand")
        if span is not None and (g := _group_meant(span.root, actors)) is not None:
            out[a.id] = g.id
    return out


# nouns for an armed group or a political camp that an article uses for the one it has named
_GROUP_NOUNS = {"rebel": "armed", "insurgent": "armed", "militant": "armed", "fighter": "armed",
                "guerrilla": "armed", "separatist": "armed", "jihadist": "armed", "militia": "armed",
                "opposition": "camp"}
_GENERIC_NAMES = frozenset(n for w in _GROUP_NOUNS for n in (w, w + "s"))
# people of a country who are not its state: a national adjective before them names no holder
_NOT_THE_STATE = frozenset(_GROUP_NOUNS) | {
    "nationalist", "protester", "protestor", "demonstrator", "activist", "critic", "opponent", "hardliner",
    "resident", "citizen", "voter", "student", "supporter", "villager", "refugee", "settler", "dissident",
    "exile", "farmer", "worker", "union", "family", "victim", "journalist", "analyst", "expert",
    # people at work or in business there: "small investors in Hong Kong welcomed the deal"
    "investor", "trader", "consumer", "shopper", "businessman", "businesswoman", "entrepreneur", "executive",
    "parent", "teacher", "doctor", "patient"}


def _people_of_place(text: str) -> bool:
    """'Small investors in Hong Kong', 'residents of Gaza': people of a place named before 'in' / 'of' /
    'from', who are not its state."""
    words = text.lower().split()
    return any(w in ("in", "of", "from") and i and words[i - 1].rstrip("s") in _NOT_THE_STATE
               for i, w in enumerate(words))


def _group_meant(tok, actors: ActorTable):
    """'Fighting between the army and the Houthi rebels ... The rebels rejected the truce': a generic
    'the rebels' (no modifier of its own) is the one organisation named before it as such (a mention
    followed by the noun, "Houthi rebels", "the M23 rebel group"; a name ending with it; for an armed
    noun, an armed group of data/actors/armed_groups.tsv; for "the opposition", a name after that
    word); none when two or none fit."""
    lemma = tok.lemma_.lower()
    kind = _GROUP_NOUNS.get(lemma)
    if kind is None or tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
        return None  # "the Kurdish rebels", "the Syrian opposition": the modifier says which
    doc = tok.doc
    fits = []
    for a in actors:
        if a.kind not in ("organization", "group") or a.name.lower().removeprefix("the ") in _GENERIC_NAMES:
            continue
        before = [m for m in a.mentions if m.span.end <= tok.idx]
        if not before:
            continue
        if _named_as(a, before, lemma, kind, doc):
            fits.append(a)
    return fits[0] if len(fits) == 1 else None


def _named_as(a, mentions, lemma: str, kind: str, doc) -> bool:
    if a.name.lower().split()[-1].rstrip("s") == lemma:
        return True  # "M23 rebels", "the Opposition"
    for m in mentions:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            continue
        after = [t for t in doc[span.end:span.end + 3] if t.text != "-"][:1]
        if after and after[0].lemma_.lower() == lemma:
            return True  # "the Houthi rebels", "the M23 rebel group"
        if kind == "camp" and any(t.lemma_.lower() == lemma for t in doc[max(span.start - 4, 0):span.start]):
            return True  # "the opposition Unitary Platform"
    if kind == "armed":
        from ..actors import known
        entry = known.lookup(a.name)
        return entry is not None and entry.key.startswith("armed_groups.tsv/")
    return False


def _conjuncts(tok) -> list:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return out


def holders(verb, actors: ActorTable, said: Sequence[Statement] = ()) -> list:
    """Who does what the verb says: its agent (grammar.agent) and the agent's conjuncts; a pronoun
    nothing resolves, inside what someone said, is that speaker ("Hamas said it would study the plan")."""
    subj = _who_before(verb) or _subject_hung_before(verb) or _addressing(verb) or _modified(verb) or agent(verb)
    if subj is None and _means_to(verb):
        subj = agent(verb.head.head)  # "took measures to oppose it": who takes them
    if subj is None and (noun := _disposition(verb)) is not None:
        # "signalled its readiness to join the talks", "Trump's decision to quit the deal": the one disposed
        subj = next((c for c in noun.children if c.dep_ == "poss"), None) or \
            (agent(noun.head) if noun.dep_ == "dobj" else None)
    if subj is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        subj = agent(verb.head.head)  # "stands ready to support", "is willing to accept": the one who is
    if subj is None:
        return _between_dashes(verb, actors)
    subj = _among(subj) or subj
    if verb.dep_ == "relcl" and verb.head.i == subj.i and subj.dep_ == "conj" and \
            any(c.dep_ == "punct" and c.lower_ == "," for c in subj.children if c.i > subj.i):
        first = subj
        while first.dep_ == "conj":  # "Qatar and Egypt, which mediated the truce": both of them
            first = first.head
        if first.dep_ in ("nsubj", "nsubjpass"):  # (not "talks between Kenya and Uganda, which ...")
            subj = first
    pair = _both_sides(subj, actors)
    if pair:
        return pair
    found = []
    if subj.pos_ == "NOUN" and (named := _named_after(subj, actors)) is not None:
        subj = named  # "The senator representing Kano North, Ahmad Bello, moved a motion": Bello
    subjects = _conjuncts(subj) + _co_subjects(verb, subj)
    if actor_of(subj, actors) is None:
        # "The only two Arab states to have signed treaties - Egypt and Jordan - criticised ...": the
        # apposition names who
        subjects += [x for c in subj.children if c.dep_ == "appos" for x in _conjuncts(c)]
    for t in subjects:
        a = _speaker_side(t, actors) or _speakers_group(t, actors) or actor_of(t, actors)
        if a is None:
            a = speaker_for(t, said, actors) or _speakers_body(t, said, actors) or _reporting_body(t, actors) or \
                _message_issuer(t, actors)
            a = a if a is not None and a.kind in _HOLDER_KINDS else None
        if a is not None and a not in found:
            found.append(a)
    return found


_AUDIENCES = frozenset({"reporter", "journalist", "lawmaker", "legislator", "committee", "panel", "member",
                        "supporter", "crowd", "delegate", "senator", "parliament", "congress", "student", "audience",
                        "press", "assembly", "house", "chamber", "voter", "rally", "conference", "meeting"})
# verbs of speaking before an audience, whose -ing adjunct the parser hangs on the audience
_ADDRESSING = frozenset({"speak", "appear", "testify", "talk", "write", "turn"})


def _addressing(verb):
    """'Bosma spoke before lawmakers defending the budget', 'appeared before the committee criticising the
    plan': an -ing verb the parser hung on the audience is said by the one who speaks; else None."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        prep, main = verb.head.head, verb.head.head.head  # "spoke to reporters defending the deal"
    elif verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in verb.children):
        prep, main = verb.head, verb.head.head  # "spoke before lawmakers defending the budget"
    elif verb.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in verb.children):
        prep = next((c for c in verb.children if c.dep_ == "mark"), None)  # "appeared before the committee ..."
        main = verb.head
    else:
        return None
    audience = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if prep is None or prep.lower_ not in ("to", "before", "with") or main.pos_ != "VERB" or \
            main.lemma_.lower() not in _ADDRESSING or audience is None or audience.lemma_.lower() not in _AUDIENCES:
        return None  # ("talked to rebels opposing the deal": the rebels oppose it)
    return agent(main)


def _modified(verb):
    """'Egypt condemned the militants opposing the truce', 'talked to Hamas leaders rejecting the deal': an
    -ing participle on a noun is done by that noun, not by the sentence's subject; else None."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
            noun.lemma_.lower() not in _MESSAGES | _SAYING_THINGS and noun.dep_ != "ROOT":
        return noun  # (not "issued a statement welcoming it", "passed a resolution backing it": the issuer's)
    return None


# what someone issues, sends or passes that says what they say
_SAYING_THINGS = frozenset({"resolution", "motion", "bill", "note", "post", "tweet", "video", "speech", "report",
                            "memo", "email", "editorial", "article", "op-ed", "interview", "remark", "comment",
                            "sign", "banner", "placard", "petition", "order", "decree", "ruling", "verdict", "vote",
                            "ad", "advert", "advertisement", "campaign", "proposal", "plan", "document", "paper",
                            "page", "response"})


def _named_after(subj, actors: ActorTable):
    """The person a role noun is named as, in an apposition the parser hung on the phrase inside it ('the
    senator representing Kano North, Ahmad Bello, ...': Bello, not Kano North); else None."""
    if actors.actor_of_token(subj) is not None:
        return None  # a name of its own
    named = [x for x in subj.subtree if x.dep_ == "appos" and x.head.i != subj.i and x.i > subj.i and
             (a := actors.actor_of_token(x)) is not None and a.kind == "person"]
    return named[0] if len(named) == 1 else None


_CLAUSE_JOINERS = frozenset({"but", "while", "whereas", "and"})


def _subject_hung_before(verb):
    """'There was no comment from Jones but Oxfam welcomed the move': the parser joins 'Oxfam' to 'Jones'
    and leaves the verb after it with no subject; the name just before such a verb, after 'but', is it."""
    if verb.dep_ != "conj" or verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.i >= noun.i:
        return None
    joiner = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if joiner is not None and joiner.lower_ in _CLAUSE_JOINERS and joiner.dep_ == "cc" else None


_MESSAGES = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "message"})
_ISSUING = frozenset({"issue", "release", "publish", "send", "post", "make"})
ISSUER_REACH = 3  # sentences back that "the statement" finds the one who issued it


def _message_issuer(tok, actors: ActorTable):
    """Who a statement that takes a stance is from: 'a statement from the ministry welcomed it', 'the
    ministry's statement', 'The Kenyan government issued a statement. The statement welcomed the deal'
    (the one who issued the last such message named in the last sentences); else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _MESSAGES:
        return None
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
            a = actor_of(c, actors)
            if a is not None:
                return a
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for p in c.children:
                a = actor_of(p, actors) if p.dep_ == "pobj" else None
                if a is not None:
                    return a
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    doc, sent = tok.doc, tok.sent
    start = sent.start
    for _ in range(ISSUER_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for t in reversed(doc[start:tok.i]):
        if t.lemma_.lower() == tok.lemma_.lower() and t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUING:
            subj = agent(t.head)
            a = actor_of(subj, actors) if subj is not None else None
            return a if a is not None and a.kind in _HOLDER_KINDS else None
    return None


def _among(tok):
    """'Egypt was among the countries that rejected the plan', 'Jordan is among those who back it': the
    one said to be among them; else None."""
    if tok.lower_ in ("that", "who", "which") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # the relative pronoun: its antecedent
    if tok.dep_ != "pobj" or tok.head.lower_ != "among" or tok.head.head.lemma_.lower() != "be":
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)


def _co_subjects(verb, subj) -> list:
    """'Jordan, along with Qatar, welcomed the truce', 'Jordan as well as Qatar welcomed it' (a second
    subject the parser hangs on the verb): the others who do it too, named before the verb."""
    out = []
    for owner in (verb, subj):
        for c in owner.children:
            if c.i > verb.i or c.dep_ != "prep":
                continue
            if c.lower_ in ("along", "together"):
                out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                        for x in w.children if x.dep_ == "pobj" for p in _conjuncts(x)]
            elif c.lower_ == "alongside":
                out += [p for x in c.children if x.dep_ == "pobj" for p in _conjuncts(x)]
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "nsubj" and c is not subj and c.i < verb.i and \
                any(t.dep_ == "cc" and t.lower_ == "as" for t in doc[min(c.i, subj.i):max(c.i, subj.i)]):
            out += _conjuncts(c)  # "Jordan as well as Qatar": two subjects joined by "as well as"
    return out


_BODIES = frozenset({"group", "movement", "organisation", "organization", "militia", "party", "alliance",
                     "coalition", "faction", "government", "administration", "ministry", "council",
                     "military", "army"})


def _speakers_body(tok, said: Sequence[Statement], actors: ActorTable):
    """'A Hamas official told Reuters the group accepted the truce': 'the group' in what a body said
    (its official counted as the body by the statements stage) is that body; 'Army chief X said the
    military would abide by it': in what a person said, the speaker commits the body and holds the
    stance (a body the actors stage names is resolved before this)."""
    if tok.lemma_.lower() not in _BODIES or tok.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # "the parties would respect it": others, not the speaker's own body
    for s in said:
        if s.speaker and any(c.start <= tok.idx < c.end for c in s.content):
            a = actors.by_id.get(s.speaker)
            if a is None or a.kind != "person":
                return a
            return a if _heads(a, tok.lemma_.lower(), tok.doc.text) else None
    return None


# the words that make a person one who speaks for a body ("Army chief X", "Prime Minister X")
_HEADING = {"military": ("army", "military", "armed forces", "general", "commander"),
            "army": ("army", "military", "armed forces", "general", "commander"),
            "government": ("minister", "president", "premier", "government", "chancellor"),
            "administration": ("president", "secretary", "administration")}


def _heads(person, body: str, text: str) -> bool:
    """Whether a person's role, or the words just before a mention of them, tie them to the body."""
    words = _HEADING.get(body, (body,))
    before = [text[max(0, m.span.start - 40):m.span.start].lower() for m in person.mentions]
    return any(w in r.lower() for r in person.roles for w in words) or any(w in b for b in before for w in words)


_SIDES = frozenset({"side", "party"})
PAIR_REACH = 3  # sentences back that "both sides" looks for the two it means
PARTIES_REACH = 6  # sentences back that it looks for the parties of an initiative
# people named together as what happened to them, never as the two sides ("the two hostages, X and Y")
_NO_SIDES = frozenset({"hostage", "captive", "prisoner", "detainee", "victim", "journalist", "worker", "tourist",
                       "child", "woman", "man", "civilian", "passenger", "citizen", "national", "resident"})


def _initiative_word(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in initiative_nouns() or
                                              tok.lower_ in initiative_nouns())


def _parties_of_initiative(x) -> bool:
    """'talks between the Taliban and the United States', 'a truce with Israel and Hamas', 'Israel and
    Hamas agreed a truce', 'Israel and Hamas are negotiating': names joined as the initiative's parties."""
    if x.dep_ == "pobj" and x.head.lower_ in ("between", "with", "among") and _initiative_word(x.head.head):
        return True
    if x.dep_ in ("nsubj", "nsubjpass") and x.head.pos_ == "VERB":
        verb = x.head
        if stance_verb(verb) is not None and verb.lemma_.lower() in ("negotiate", "agree", "sign", "reach"):
            return True
        return any(_initiative_word(o) for o in verb.children if o.dep_ in ("dobj", "attr")) or any(
            _initiative_word(p) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
    return False


# what is done to captives: the people it is done to are no side ("X and Y were handed over to US forces")
_CAPTIVE_VERBS = frozenset({"free", "release", "hand", "swap", "exchange", "abduct", "kidnap", "hold", "detain",
                            "capture", "seize", "arrest", "jail", "rescue", "evacuate"})


def _named_as_captives(x) -> bool:
    """'the two hostages, John Smith and Mary Jones', 'X and Y were handed over to US forces': names in
    apposition to what happened to them, or the ones it is done to."""
    if x.dep_ == "appos" and x.head.lemma_.lower() in _NO_SIDES:
        return True
    return x.dep_ in ("nsubjpass", "dobj") and x.head.pos_ == "VERB" and x.head.lemma_.lower() in _CAPTIVE_VERBS


def _both_sides(subj, actors: ActorTable) -> list:
    """'Both sides', 'the two sides', 'both parties' (or 'they' in what both sides said): the two
    actors last named together ("Israel and Hamas agreed ...") in the last few sentences; else none."""
    t = subj
    if t.lower_ == "they" and t.head.dep_ in ("ccomp", "xcomp"):
        above = agent(t.head.head)
        t = above if above is not None else t
    if t.lemma_.lower() not in _SIDES or t.tag_ != "NNS" or not any(
            c.lower_ in ("both", "two") for c in t.children if c.dep_ in ("det", "nummod", "predet")):
        return []
    doc = t.doc
    first = max(0, t.sent.start - 400)
    sents = [s for s in doc[first:t.sent.start].sents][-PARTIES_REACH:] + [t.sent]
    # the parties of an initiative or talks named before come first ("talks between the Taliban and the
    # United States ... both sides"), then any two named together in the last few sentences
    for near, pick in ((PARTIES_REACH, _parties_of_initiative), (PAIR_REACH, None)):
        for sent in reversed(sents[-(near + 1):]):
            pairs = []
            for x in sent:
                if x.i >= t.i or x.dep_ == "conj" or x.pos_ not in ("NOUN", "PROPN"):
                    continue
                if pick is not None and not pick(x) or _named_as_captives(x):
                    continue
                if any(y.pos_ not in ("NOUN", "PROPN") for y in _conjuncts(x)):
                    continue  # names joined, not clauses ("freed prisoners and sent them to Qatar")
                group = [actor_of(y, actors) for y in _conjuncts(x)]
                group = [a for k, a in enumerate(group) if a is not None and a not in group[:k]]
                if len(group) == 2 and len(_conjuncts(x)) == 2:
                    pairs.append(group)
            if pairs:
                return pairs[-1]
    return _freeing_sides(sents, t, actors)


_HOLDING = frozenset({"free", "release", "hand", "hold", "detain", "abduct", "kidnap", "capture", "seize"})


def _freeing_sides(sents, t, actors: ActorTable) -> list:
    """'Two hostages held by the Taliban were released in a swap ... the Afghan government freed three
    prisoners ... Both sides said': in an exchange of captives nobody names as a pair, the sides are the
    two who hold or free them (subjects, or agents of the passive), when there are exactly two."""
    found = []
    for sent in sents[-(PARTIES_REACH + 1):]:
        for v in sent:
            if v.i >= t.i or v.pos_ != "VERB" or v.lemma_.lower() not in _HOLDING:
                continue
            who = [c for c in v.children if c.dep_ == "nsubj"] + \
                [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            for w in who:
                for y in _conjuncts(w):
                    a = actor_of(y, actors)
                    if a is not None and a.kind in _HOLDER_KINDS and a not in found:
                        found.append(a)
    return found if len(found) == 2 else []


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _between_dashes(verb, actors: ActorTable) -> list:
    """'The only two states to have signed treaties - Egypt and Jordan - also criticised ...': the parser
    lost the subject; the names set off by dashes right before the verb (adverbs between) are who."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    doc = verb.doc
    k = verb.i - 1
    while k >= verb.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if k < verb.sent.start or doc[k].text not in _DASHES:
        return []
    found = []
    j = k - 1
    while j >= verb.sent.start and doc[j].text not in _DASHES and k - j <= 12:
        if doc[j].pos_ in ("PROPN", "NOUN"):
            a = actor_of(doc[j], actors)
            if a is not None and a not in found:
                found.insert(0, a)
        elif doc[j].lower_ not in ("and", ",", "the"):
            return []  # not a list of names
        j -= 1
    return found if j >= verb.sent.start and doc[j].text in _DASHES else []


def _who_before(verb):
    """'talks between his government and the Taliban, who have long refused to negotiate': 'who' is
    the actor just before it, wherever the parser hung the clause (the clause above the verb too)."""
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head is not t:
        t = t.head
    if t.dep_ != "relcl":
        return None
    who = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None or who.i == 0:
        return None
    before = who.doc[who.i - 1]
    if before.is_punct and before.i > 0:
        before = who.doc[before.i - 1]
    return before if before.pos_ == "PROPN" or before.ent_type_ else None


_UNLIKELY = frozenset({"unlikely", "reluctant", "unwilling", "loath", "loth", "hesitant", "unable"})


def _negated(verb) -> bool:
    """'did not accept', 'refused to accept', 'is not willing to accept' (the frame above negated),
    'denied signing the deal' (the signing denied)."""
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and negated(verb.head.head):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNLIKELY:
        return True  # "is unlikely to accept", "reluctant to sign"
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() == "deny":
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "be") and \
            any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children):
        return True  # "has yet to respond": not responded
    if _no_intention(verb):
        return True
    if (noun := _disposition(verb)) is not None and (noun.lemma_.lower() in _INDISPOSED or negated(noun.head)):
        return True  # "its refusal to sign the deal", "did not announce a decision to sign"
    return negated(verb) or refused(verb)


_INTENT = frozenset({"intention", "intent", "plan", "desire", "wish", "interest"})


def _no_intention(verb) -> bool:
    """'had no intention of accepting it', 'has no plans to sign the deal': an intent that is not there."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ not in ("acl", "relcl"):
        return False
    return noun.lemma_.lower() in _INTENT and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _concessive(verb) -> bool:
    """'Despite respecting the initiative, ...' / 'Although it welcomed the plan, ...'"""
    if verb.dep_ == "pcomp" and verb.head.lower_ in _CONCESSIVE:
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in verb.children)


def _verb_above(tok):
    """The nearest verb governing a token (the token itself excluded)."""
    up = tok.head
    for _ in range(6):
        if up.pos_ in ("VERB", "AUX") and up is not tok:
            return up
        if up.head is up:
            return None
        up = up.head
    return None


def _sent_span(article: Article, sent) -> Span:
    end = sent.end_char
    while end > sent.start_char and article.text[end - 1].isspace():
        end -= 1
    return Span.of(article.text, sent.start_char, end)


_OTHER_CLAUSE = ("conj", "cc", "ccomp", "parataxis", "punct", "advcl", "prep", "mark")


def _clause_span(article: Article, verb) -> Span:
    """The verb with its subject and objects, without the clauses joined to it ('..., and Haftar did not')."""
    toks = [verb]
    for c in verb.children:
        if c.dep_ in _OTHER_CLAUSE and not (c.dep_ == "prep" and c.i > verb.i):
            continue
        toks += list(c.subtree)
    toks.sort(key=lambda t: t.i)
    return Span.of(article.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))


def proposers(ti: int, m: Mention, article: Article, actors: ActorTable,
              said: Sequence[Statement] = ()) -> Iterator[Clue]:
    """Who put the initiative forward: its possessor or named owner, or the subject of a proposing verb."""
    asked = _requested(m.head)
    # "urged the ministry to reconsider its decision": "its" is the one asked, never the one who asks
    asked_owner = asked is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in m.head.children)
    for aid in ([] if asked_owner or _about_place(m.head) else named_actors(m.head, actors)):
        yield Clue(aid, ti, "support", m.span, "stance:proposer:named-in-mention", "proposer")
    verbs = stance_verbs()
    for c in m.head.children:  # "the plan proposed by Egypt"
        if c.dep_ == "acl" and c.tag_ == "VBN" and not any(x.dep_ == "agent" for x in c.children):
            continue  # "the plan announced in May": who announced it is not said here
        if c.dep_ in ("acl", "relcl") and (v := verbs.get(c.lemma_.lower())) and v.role == "proposer":
            for a in holders(c, actors, said):
                yield Clue(a.id, ti, "support", _clause_span(article, c.head), f"stance:proposer:{v.lemma}", "proposer")
    verb = _proposing_verb(m.head)
    if verb is not None and not _negated(verb):
        for a in holders(verb, actors, said):
            yield Clue(a.id, ti, "support", _sent_span(article, m.head.sent), f"stance:proposer:{verb.lemma_.lower()}",
                       "proposer")
    if asked is not None:
        request, response = asked
        v = stance_verb(response)
        polarity = v.polarity
        if _negated(response):  # "not to reject": the opposite of what the verb says, when it says nothing itself
            polarity = v.negated or {"support": "oppose", "oppose": "support"}.get(v.polarity or "")
        if polarity in ("support", "oppose"):
            for a in holders(request, actors, said):
                yield Clue(a.id, ti, polarity, _sent_span(article, m.head.sent),
                           f"stance:request:{request.lemma_.lower()}:{v.lemma}", "request")


def _about_place(head) -> bool:
    """'Ukraine policy', 'Chinese trade policy', 'decades of United States policy': a policy named only by a
    place in front of it says what it is about as often as whose it is, and that a state backs its own
    policy says nothing; a possessor or 'of' / 'by' names the owner ('Egypt's policy', 'the policy of Iran')."""
    if head.lemma_.lower() != "policy":
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by") for c in head.children)


def _requested(head):
    """'urged both sides to respect the truce', 'pressed Hamas not to reject the plan': who asks others
    to take a stance on the initiative takes it (the response asked for; 'not to' turns it)."""
    verb = _verb_above(head)
    if verb is None or _role(verb) != "response" or not _asked_for(verb) or verb.dep_ != "xcomp":
        return None
    if _negated(verb.head):
        return None
    if _role(verb.head) == "request" or _calls_on(verb.head):
        return verb.head, verb
    return None


def _calls_on(verb) -> bool:
    """'called on the council to withdraw it': a proposing verb with 'on' + the one asked is a request."""
    return _role(verb) == "proposer" and any(c.dep_ == "prep" and c.lower_ == "on" and
                                            any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _undoing(verb) -> bool:
    """A response asked for that ends the initiative or turns it down ('to withdraw / scrap / reconsider
    the resolution', 'not to accept it'): whoever asks for it is not proposing it."""
    v = stance_verb(verb)
    if v is None:
        return False
    if _negated(verb):
        return (v.negated or _TURN.get(v.polarity or "")) == "oppose"
    return v.polarity == "oppose"


def _role(tok) -> str | None:
    v = stance_verb(tok)
    return v.role if v is not None and tok.pos_ == "VERB" else None


_MEANS = frozenset({"measure", "step", "action", "effort", "move", "initiative"})


def _means_to(verb) -> bool:
    """'take a series of measures to oppose it', 'made efforts to support the talks': an infinitive
    describing the means someone takes (the noun the object of a verb that is no request)."""
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("series", "number", "set"):
        noun = noun.head.head  # "a series of measures"
    return noun.lemma_.lower() in _MEANS and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
        _role(noun.head) not in ("proposer", "request")


_DISPOSED = frozenset({"readiness", "willingness", "commitment", "determination", "eagerness", "intention",
                       "intent", "desire", "decision", "pledge", "promise", "vow", "bid", "attempt", "effort",
                       "demand", "call", "push", "plea"})
_INDISPOSED = frozenset({"refusal", "reluctance", "unwillingness", "failure"})


def _disposition(verb):
    """The noun an infinitive describes when it says what someone is disposed to do: 'its readiness to
    join the talks', 'Trump's decision to quit the deal', 'his refusal to sign it'; else None."""
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return noun if noun.lemma_.lower() in _DISPOSED | _INDISPOSED else None


def _what_a_move_does(verb) -> bool:
    """'welcomed the Swedish move to drop the investigation', 'the decision to scrap the tax': the
    infinitive says what the decision or move does; the move's owner and what others say of it hold the
    stances, the subject of the verb above gives no response of its own by it."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in _SPELLED and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asked_for(verb) -> bool:
    """A response someone is asked for, not one given: "called on X to accept", "urged X to sign",
    "a plan for both sides to accept" (an infinitive describing a noun), but not the means one takes
    ("take measures to oppose it")."""
    if verb.dep_ == "xcomp" and _role(verb.head) in ("proposer", "request"):
        return True
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not _means_to(verb) and _disposition(verb) is None


def _naming(verb) -> bool:
    """'called the deal a mistake', 'called it illegal': the verb names what its object is."""
    return any(c.dep_ in ("oprd", "acomp") for c in verb.children) or any(
        c.dep_ == "ccomp" and c.pos_ == "ADJ" for c in verb.children)


def _proposing_verb(head):
    """The verb that puts the mention forward: the nearest governing verb when it is a proposing one
    (climbing past "called on X to accept"), or "called ... for a truce" earlier in the sentence."""
    if head.dep_ == "pobj" and head.head.head.pos_ == "NOUN" and \
            (head.head.head.lemma_.lower(), "toward") in stance_words():
        return None  # "announced its withdrawal from the deal": what is announced is the withdrawal
    if asked_fate(head) is not None:
        return None  # "called for a boycott of the referendum": the boycott is what is called for
    if head.dep_ == "compound" or head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in _CLAIMS:
        return None  # "called reports of a deal groundless": the reports are named, no deal proposed
    t = head
    for _ in range(6):  # "called the reports of a deal 'fake news'" parsed with the deal under "news"
        if t.head is t or t.head.pos_ in ("VERB", "AUX"):
            break
        if t.head.lemma_.lower() in _CLAIMS and t.head.pos_ == "NOUN":
            return None
        t = t.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "move" and head.lemma_.lower() in MOVED:
        return head.head  # "moved a motion for the adjournment" (not "moved troops after the talks")
    verb = _verb_above(head)
    for _ in range(3):
        if verb is None:
            break
        role = _role(verb)
        if role == "proposer" and _naming(verb):
            return None  # "called the deal a mistake": naming it, not proposing it
        if role == "proposer":
            return verb
        if (role == "request" or verb.lemma_.lower() == "seek") and _asked_itself(head, verb) and \
                _open(verb) is None:  # (not "whether he actually wants a deal")
            return verb  # "demanded an immediate ceasefire", "pressed for talks", "insisted on a truce"
        if role == "response" and not _asked_for(verb):
            break  # "rejected the plan": a response, not a proposal
        if role == "response" and _undoing(verb):
            break  # "called on the council to withdraw the resolution": asking for its end, no proposal
        verb = _verb_above(verb)
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        before = [t for t in head.sent if t.i < head.head.i and _role(t) == "proposer"]
        if before:
            return before[-1]
    return None


def _asked_itself(head, verb) -> bool:
    """A request verb (or "seek") whose object is the initiative itself, not someone asked: 'demanded an
    immediate ceasefire', 'sought a truce', 'pressed for talks', 'insisted on a truce' (not 'pressed Hamas on
    the deal': the one pressed is asked about it; not 'sought clarity on the deal')."""
    if head.dep_ == "dobj" and head.head.i == verb.i:
        return True
    return head.dep_ == "pobj" and head.head.head.i == verb.i and head.head.dep_ == "prep" and \
        (head.head.lower_ == "for" or head.head.lower_ == "on" and not any(c.dep_ == "dobj" for c in verb.children))


SILENCE_REACH = 2  # sentences after a mention that "did not comment" or "rejected it" still refers to it
_SILENCE = frozenset({"comment", "respond", "react", "reply"})
_BARE = frozenset({"abstain"})  # a response that needs no object: "The United States abstained."
# taking part, or not, needs no object just after the initiative was named: "Armenia said it would not
# take part", "Azerbaijan agreed to attend"
# an answer that needs no object just after an initiative was put forward: "Egypt proposed a truce.
# Hamas agreed on Monday." ("agreed that ...", "agreed to go", "agreed with him" have their own objects)
_ANSWERING = frozenset({"agree", "accept", "reject", "refuse"})


def _bare_answer(verb) -> bool:
    """'Hamas agreed on Monday.', 'Israel refused.': no object, no clause, not in a relative clause
    ("something Scooter agrees with": a stranded preposition has its object before)."""
    if verb.lemma_.lower() not in _ANSWERING or verb.dep_ in ("relcl", "acl", "pcomp") or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return not any(
        c.dep_ in ("ccomp", "xcomp", "advcl", "prep", "dobj", "nsubjpass", "acomp") and not _when(c) and
        not (c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children) and
             all(_when(p) for p in c.children if p.dep_ == "pobj")) for c in verb.children)


_STOPPING = frozenset({"stop", "cease", "quit", "halt"})  # "stopped complying with the deal": the response ended
_PARTICIPATING = frozenset({"participate", "attend", "join", "take part"})
_WILL = frozenset({"will", "would", "wo", "'ll", "shall"})
# who is sent to the talks: "would not send a delegation to the talks" is about the talks
_SENT = frozenset({"delegation", "delegate", "representative", "envoy", "team", "negotiator", "mediator"})
_BACK = frozenset({"it", "this"})
# "studying the text", "rejected the terms": a definite noun for an initiative's document, with nothing
# after it, refers back to the initiative just named as "it" does
_DOCUMENT = frozenset({"text", "term", "terms", "draft", "document", "detail", "details", "wording", "invitation",
                       "condition", "conditions"})


def _back(o) -> bool:
    if o.lower_ in _BACK or plural_back(o):
        return True  # "it", "this"; "them" after "sanctions" (topics.plural_back)
    return o.lemma_.lower() in _DOCUMENT and o.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in o.children) and \
        not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "poss") for c in o.children)


# a verb of carrying on (stance_verbs.tsv, hostilities) whose object is the initiative itself
_CARRIED_ON = StanceVerb("carry on", "response", "support", "oppose", frozenset({"initiative"}), "curated")


def responses(ti: int, topic: Topic, mention_heads: dict[int, int], doc, article: Article,
              actors: ActorTable, said: Sequence[Statement] = ()) -> Iterator[Clue]:
    """Response verbs that govern a mention of the topic, or that have no object in a sentence naming it."""
    verbs = stance_verbs()
    sents = {m.head.sent.start: m.head.sent for m in topic.mentions}
    named = set(sents)
    # "The Eritrean government did not comment.": a silence just after the initiative was discussed
    # is about it, when no other initiative was named in between
    for m in topic.mentions:
        nxt = m.head.sent
        for _ in range(SILENCE_REACH):
            if nxt.end >= len(doc):
                break
            nxt = doc[nxt.end].sent
            sents.setdefault(nxt.start, nxt)
    heads_in_order = None  # mention_heads' keys sorted, made when first needed
    pos = column(doc, "pos_")
    for start, sent in sorted(sents.items()):
        for i in range(sent.start, sent.end):
            if pos[i] != "VERB":  # (tested first, from the column: a Token and an entry only for a verb)
                continue
            tok = doc[i]
            v = stance_verb(tok)
            if v is not None and v.role == "hostilities" and any(
                    c.dep_ == "dobj" and mention_heads.get(c.i) == ti for c in tok.children):
                v = _CARRIED_ON  # "resumed the talks", "continued the negotiations": carrying on the initiative
            if v is None or v.role != "response":
                continue
            if _what_a_move_does(tok):
                continue  # "welcomed the move to scrap the sanctions": what the move does, nobody's response here
            # a preposition before the verb sets the scene ("On Tuesday Israel rejected it"), names no object
            objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass") and
                    not (c.lower_ == "part" and v.lemma == "take part")] + \
                   [p for c in tok.children if c.dep_ == "prep" and c.i > tok.i for p in c.children if p.dep_ == "pobj"
                    and not _when(p)]
            # "pulled out of the talks", "walked away from the deal": the preposition after the particle
            objs += [p for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES
                     and not any(x.dep_ == "pobj" for x in c.children)
                     for x in c.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
            if tok.lemma_.lower() in _DENYING and any(c.dep_ == "ccomp" and _fate(c) in _TURN for c in tok.children):
                continue  # "denied that the talks had collapsed": about their end (_denied_fate)
            if tok.lemma_.lower() == "deny" and any(c.dep_ == "ccomp" and _response_verb(c) for c in tok.children):
                continue  # "denied that it had accepted the truce": the response below, turned, says it
            objs += _denied_claims(tok, objs)
            if not objs and tok.dep_ in ("amod", "acl"):
                objs = [tok.head]  # "the Saudi-backed government", "a plan backed by Egypt": what it modifies
            if tok.dep_ == "relcl" and objs and all(o.lower_ in ("that", "which") for o in objs):
                objs = [tok.head]  # "a truce that Hamas accepted": the relative pronoun is the truce
            # "suspended its participation in the talks": the noun passes the verb on to the initiative
            turned = any(_reverses(o) for o in objs)  # "welcomed the collapse of the talks"
            objs = [p for o in objs for p in _through(o)]
            if any(o.dep_ == "pobj" and o.i in mention_heads and judged_party(o, actors) is not None for o in objs):
                # "Poland criticised Germany over its plan": the one judged is the plan's owner, the plan
                # what the verb is about
                objs = [o for o in objs if o.dep_ == "pobj" and o.i in mention_heads]
            if any(o.dep_ == "dobj" and o.i not in mention_heads and not _back(o) and o.lower_ not in _REFLEXIVE
                   and o.lemma_.lower() not in _SENT for o in objs):
                # "make money off the deal", "withdrew troops under the agreement": the verb's object is
                # something else, the initiative only the setting
                objs = [o for o in objs if o.dep_ != "pobj"]
            if any(o.i in mention_heads for o in objs):
                objs = [o for o in objs if o.i in mention_heads]  # "was violated by X within hours": the truce
            if start not in named:
                if heads_in_order is None:
                    heads_in_order = sorted(mention_heads)
                k = bisect_left(heads_in_order, tok.i)  # the last mention head before tok
                last = heads_in_order[k - 1] if k > 0 else None
                if last is None or mention_heads[last] != ti:
                    continue
                # "... to oppose it" just after the initiative was named: the pronoun is the initiative
                # (said by a named actor: a pronoun both ways is too far to guess)
                subj = agent(tok)
                if subj is None and _means_to(tok):
                    subj = agent(tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head.head)
                # a pronoun subject only when it is the one saying so ("Egypt said it would oppose it")
                pronoun = bool(objs) and all(_back(o) for o in objs) and \
                    subj is not None and (subj.pos_ != "PRON" or _reporter_itself(subj, actors, said))
                silence = not objs and (tok.lemma_.lower() in _SILENCE and _negated(tok) or
                                        tok.lemma_.lower() in _BARE and not _negated(tok) or
                                        v.lemma in _PARTICIPATING or _bare_answer(tok))
                if not (pronoun or silence):
                    continue
            governed = [mention_heads.get(o.i) for o in objs if o.i in mention_heads]
            if governed and ti not in governed:
                continue  # about another initiative
            if "content" in v.objects and not any(m.head.i == o.i and m.kind == "content"
                                                  for m in topic.mentions for o in objs):
                continue  # "make a deal", not "make the best decision" (what is agreed, not a vehicle)
            if "initiative" in v.objects and not governed and not any(_back(o) for o in objs) and \
                    not (not objs and (v.lemma in _PARTICIPATING or v.lemma in _BARE)):
                continue  # "withdrew troops", "extended its stay": not the initiative
            if objs and not governed and tok.lemma_.lower() not in ("agree", "respond", "comment") and \
                    not all(o.pos_ == "PRON" or _back(o) for o in objs):
                continue  # "supports the GNA": about something else ("welcomed it" is about the topic)
            if objs and not governed and any(o.lemma_.lower() in _ASKED | {"request"} for o in objs):
                continue  # "if Trump agrees to Beijing's demands": what others ask, not the initiative named
            if any(c.dep_ == "xcomp" and (c.lemma_.lower() in verbs or stance_verb(c) is not None)
                   for c in tok.children):
                continue  # "refused to comment", "agreed to sign": the embedded verb says it
            asked = _demanded(tok)
            if asked is not None:
                # "demanded that Israel respect the truce", "warned Hamas against violating it": the one
                # who asks takes the stance, not the one asked
                request, turn = asked
                neg = _negated(tok) != turn
                polarity = (v.negated or _TURN.get(v.polarity or "")) if neg else v.polarity
                if polarity in ("support", "oppose") and not _negated(request):
                    for a in holders(request, actors, said):
                        yield Clue(a.id, ti, polarity, _sent_span(article, sent),
                                   f"stance:request:{request.lemma_.lower()}:{v.lemma}" + (":against" if turn else ""),
                                   "request")
                continue
            if _asked_for(tok):
                # "called on X to accept": asked of them, not yet their stance; the one who asks takes it
                # when "it" is the initiative ("urged all sides to respect it"; the mention itself is
                # taken by `proposers`)
                yield from _asked_back(ti, tok, v, objs, article, actors, said)
                continue
            if v.lemma == "decline" and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # "declined to say when ...": no answer; "declined to join the talks" is join's
            if (v.lemma in _PARTICIPATING or v.lemma == "send") and _negated(tok) and not refused(tok) and \
                    not any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
                continue  # "has not taken part in the negotiations": a fact; "would not take part": a refusal
            open_ = _open(tok)
            if open_ == "guess":
                continue  # "Israel is expected to reject it", "Israel may reject it": others' guess
            subject_denied = _subject_denied(tok)
            if subject_denied == "nobody":
                continue  # "Not a single Arab state backed the plan": no one holds it
            neg = _negated(tok) != (subject_denied == "not")  # "Not even Egypt backed the plan"
            polarity = v.negated if neg else v.polarity
            if open_ == "question" and polarity is not None:
                polarity, neg = "unclear", False  # "has not decided whether to accept it": still open
            if not neg and polarity in (None, "unclear"):
                # "responded positively to the proposal", "reacted coolly to the plan": the manner says it
                polarity = next((p for c in tok.children if c.dep_ == "advmod"
                                 and (p := stance_words().get((c.lower_, "judge")))), polarity)
            if polarity is None:
                continue
            if turned:
                polarity = _TURN.get(polarity)
                if polarity is None:
                    continue
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _STOPPING and not _negated(tok.head) or \
                    _no_longer(tok):
                polarity = _TURN.get(polarity)  # "would stop complying with the deal", "will no longer abide by it"
                if polarity is None:
                    continue
                rule_end = ":stopped"
            else:
                rule_end = ""
            denied = _denied_response(tok)
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("deny", "confirm") and _neither_nor(tok.head):
                polarity, denied = "unclear", None  # "neither confirmed nor denied that it had accepted the truce"
            elif denied is not None:
                polarity = _TURN.get(polarity)  # "denied that it had accepted the truce": it has not
                if polarity is None:
                    continue
            rule = f"stance:response:{v.lemma}" + (":negated" if neg else "") + (":end-of" if turned else "") + \
                (":denied" if denied is not None else "") + rule_end
            if polarity == "support" and _concessive(tok) and not _other_side(tok, actors, said):
                polarity, rule = "mixed", f"stance:concessive:{v.lemma}"
            span = _sent_span(article, sent) if polarity == "mixed" else _clause_span(article, tok)
            charge = _accused_of(tok)
            if charge is not None:
                yield from _accusation(ti, charge, polarity, v.lemma, article, actors, said)
                continue
            judged = turned or denied is not None or bool(rule_end)
            if judged:
                span = _sent_span(article, sent)  # an event coded on the verb in it says less than this
            who = holders(tok, actors, said)
            foiled = _foiled_attempt(tok)
            if foiled is not None:
                # "condemned attempts to sabotage the talks": against the act, for the initiative
                polarity = _TURN.get(polarity)
                if polarity is None:
                    continue
                who, rule, judged = holders(foiled, actors, said), rule + ":attempt-condemned", True
                span = _sent_span(article, sent)
            elif (saying := _ought_said(tok)) is not None:
                # "Japan said all parties must abide by the truce", "said Israel must accept the plan", "said
                # Peru will have to accept the deal": what the speaker says others ought to do is the
                # speaker's stance, not theirs
                who, rule = holders(saying, actors, said), rule + ":ought"
            later = _denied_later(tok) if polarity in _TURN else []
            if later:
                # "Reports said Israel and Hamas had agreed a truce. Hamas denied the reports.": the one the
                # reports speak of denies it of itself (a state's ministry for the state)
                deniers = [d for v2 in later for d in holders(v2, actors, said)]
                mine = [a for a in who if any(_same_body(a, d) for d in deniers)]
                for a in mine:
                    yield Clue(a.id, ti, _TURN[polarity], _sent_span(article, sent), rule + ":report-denied", "judgement")
                who = [a for a in who if a not in mine]
            if denied is not None:  # the one denying it of itself: "Hamas denied reports that Israel had
                deniers = {a.id for a in holders(denied, actors, said)}  # accepted it" says nothing of Israel
                who = [a for a in who if a.id in deniers]
            for a in who:
                yield Clue(a.id, ti, polarity, span, rule, "judgement" if judged else "response")


_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself"})
_TRANSPARENT = frozenset({"participation", "involvement", "membership", "role", "presence", "seat", "delegation",
                          # acts that bring an initiative about or keep it going: "welcomed the signing of the
                          # deal", "condemned the extension of the sanctions" respond to the initiative itself
                          "announcement", "signing", "conclusion", "adoption", "launch", "resumption", "renewal",
                          "extension", "implementation", "approval", "passage", "ratification", "progress",
                          # what is offered: "accepted an invitation to the talks", "rejected Seoul's offer of talks"
                          "invitation", "offer"})
# the end of an initiative: a response to it is the opposite response to the initiative ("welcomed the
# collapse of the talks" opposes them, "condemned the violation of the truce" supports it)
_REVERSING = frozenset({"collapse", "failure", "breakdown", "violation", "breach", "end", "suspension",
                        "cancellation", "termination", "abandonment", "demise"})


def _reverses(o) -> bool:
    return o.dep_ == "dobj" and o.lemma_.lower() in _REVERSING and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in o.children)


# what others ask for: "dismissed calls for a ceasefire", "backed demands for talks" answer the initiative
_ASKED = frozenset({"call", "demand", "appeal", "plea"})


def _through(o) -> list:
    if o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in _ASKED | {"request"} and o.pos_ == "NOUN":
        inner = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        return inner or [o]
    if o.dep_ != "dobj" or o.lemma_.lower() not in _TRANSPARENT | _REVERSING:
        return [o]
    inner = [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at", "from", "with", "of")
             for p in c.children if p.dep_ == "pobj"]
    return inner or [o]


_DENYING = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "deride", "ridicule"})


def _denied_claims(verb, objs) -> list:
    """What a denial is about: 'denied reports of talks' (the initiative the reports name), 'denied that
    any talks had taken place' (the subject of the denied clause)."""
    if verb.lemma_.lower() not in _DENYING:
        return []
    out = [p for o in objs if o.lemma_.lower() in _CLAIMS for c in o.children
           if c.dep_ == "prep" and c.lower_ in ("of", "about", "on") for p in c.children if p.dep_ == "pobj"]
    if verb.lemma_.lower() == "deny":
        # "denied that it had accepted the truce": the clause's own response verb says what is denied,
        # and its subject is the one denying, not the initiative
        out += [s for c in verb.children if c.dep_ == "ccomp" and not _response_verb(c)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


def _response_verb(tok) -> bool:
    """A response verb with a subject of its own ("that it had accepted the truce"; not "that the truce
    had been agreed", where the initiative is what is denied)."""
    v = stance_verb(tok)
    return v is not None and v.role == "response" and tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children)


_ATTEMPTS = frozenset({"attempt", "effort", "bid", "plot", "scheme"})
_FOILING = frozenset({"condemn", "denounce", "reject", "warn", "oppose", "criticise", "criticize", "resist",
                      "thwart", "foil", "deplore", "caution"})


def _foiled_attempt(verb):
    """The verb that condemns an attempt at the response: 'condemned attempts to sabotage the talks',
    'warned against any attempt to undermine the agreement'; or None."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in _ATTEMPTS:
        return None
    up = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    return up if up is not None and up.lemma_.lower() in _FOILING and not _negated(up) else None


_REPORTING = frozenset({"report", "say", "claim", "suggest", "allege"})
_REPORTERS = frozenset({"report", "claim", "rumour", "rumor", "news", "story", "media", "outlet", "source",
                        "newspaper", "press"})
DENIAL_REACH = 2  # sentences after reports that "denied the reports" still answers them


def _same_body(a, b) -> bool:
    """The same actor, or a state and a body of that state ("Sudan" and "Sudan's foreign ministry")."""
    return a.id == b.id or a.kind == "country" and bool(a.country) and b.country == a.country


def _denied_later(verb) -> list:
    """The verbs that deny, in the next sentences, the reports that say the response happened: 'Reports
    said Israel and Hamas had agreed a truce. Hamas denied the reports.', '... The ministry said the
    reports were baseless.' (the reports named bare, "the reports", not "reports of" something else)."""
    up = verb.head
    if verb.dep_ != "ccomp" or up.lemma_.lower() not in _REPORTING:
        return []
    src = agent(up)
    if up.lemma_.lower() != "report" and (src is None or src.lemma_.lower() not in _REPORTERS):
        return []
    doc, nxt, out = verb.doc, verb.sent, []
    for _ in range(DENIAL_REACH):
        if nxt.end >= len(doc):
            break
        nxt = doc[nxt.end].sent
        for t in nxt:
            if t.lemma_.lower() not in _CLAIMS or t.pos_ != "NOUN" or any(c.dep_ in ("prep", "acl", "relcl")
                                                                     for c in t.children):
                continue
            if t.dep_ == "dobj" and t.head.lemma_.lower() in _DENYING and not _negated(t.head):
                out.append(t.head)  # "Hamas denied the reports"
            elif t.dep_ == "nsubj" and t.head.lemma_.lower() == "be" and t.head.dep_ == "ccomp" and \
                    t.head.head.pos_ == "VERB" and not negated(t.head) and not _negated(t.head.head) and any(
                        c.dep_ in ("acomp", "attr") and _word_polarity(c, "judge") == "oppose" for c in t.head.children):
                out.append(t.head.head)  # "the ministry said the reports were baseless"
    return out


# nouns for what is false, said of reports: "said reports that it had accepted the truce were lies"
_FALSEHOODS = frozenset({"lie", "fabrication", "invention", "fiction", "propaganda", "disinformation",
                         "misinformation", "fantasy"})


def _claim_said_false(claim):
    """'said reports that ... were false / lies', 'dismissed as untrue reports that ...': the verb whose
    subject says the claim is false, when something says so; else None."""
    if claim.dep_ == "pobj" and claim.head.lower_ == "as" and claim.head.head.lemma_.lower() in _DENYING and \
            claim.head.head.pos_ == "VERB":
        return claim.head.head  # "dismissed as untrue reports that ..." (parsed as "as untrue reports")
    cop = claim.head
    if claim.dep_ != "nsubj" or cop.lemma_.lower() != "be" or negated(cop):
        return None
    if not any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in _FALSEHOODS or _word_polarity(c, "judge") == "oppose")
               for c in cop.children):
        return None
    if cop.dep_ in ("ccomp", "parataxis") and cop.head.pos_ == "VERB" and not _negated(cop.head):
        return cop.head
    return None


def _subject_denied(verb) -> str | None:
    """'Not even Egypt backed the plan': 'not' (the subject's own negation negates the verb); 'Not a single
    state backed it', 'No country backed it': 'nobody'; else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) or subj.lower_ in ("nobody", "none", "no-one"):
        return "nobody"
    mods = list(subj.children) + [g for c in subj.children if c.dep_ == "advmod" for g in c.children]
    if not any(c.dep_ == "neg" for c in mods):  # ("Not even Egypt": "not" hangs on "even")
        return None
    return "not" if subj.pos_ == "PROPN" or any(c.dep_ == "advmod" and c.lower_ == "even" for c in subj.children) \
        else "nobody"


def _neither_nor(verb) -> bool:
    """'neither confirmed nor denied': the verb is one of a pair that says neither."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) or \
        any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children)


def _denied_response(verb):
    """The denying verb above a response it denies: 'Israel denied that it had accepted the truce'
    (the response turned: it did not accept it), 'rejected accusations that
    it was sabotaging the talks', 'said reports that it had accepted the truce were lies' ('denied signing
    it' is a negation, `_negated`); or None."""
    up = verb.head
    if verb.dep_ in ("acl", "ccomp", "relcl") and up.lemma_.lower() in _CLAIMS and up.dep_ != "dobj":
        return _claim_said_false(up)
    if verb.dep_ in ("acl", "ccomp", "relcl") and up.lemma_.lower() in _CLAIMS and up.dep_ == "dobj":
        up = up.head  # "denied reports that it had rejected the truce"
    elif verb.dep_ != "ccomp":
        return None
    if (up.lemma_.lower() == "deny" or verb.dep_ != "ccomp" and up.lemma_.lower() in _DENYING) and \
            up.pos_ == "VERB" and not _negated(up):
        return up  # "denied that it had ...", "dismissed reports that it had agreed to a ceasefire"
    return None


_WARNING = frozenset({"warn", "caution"})
_DEMANDING = frozenset({"demand", "urge", "ask", "request", "require"})


def _demanded(verb):
    """(the asking verb, whether it asks for the opposite) for a response someone demands of others:
    'demanded that Israel respect the truce' (a that-clause with a bare verb, or with must/should, under
    a verb of asking), 'warned Hamas against violating the truce' (against: the opposite asked); else None."""
    if verb.dep_ == "ccomp" and _role(verb.head) == "request":
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        # a bare plural verb is a demand only after a verb whose clause is nothing else ("insisted that
        # they respect it" may report that they do)
        bare = verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.head.lemma_.lower() in _DEMANDING
        if aux & _DEONTIC and aux <= _DEONTIC or not aux and bare:
            return verb.head, False
        if aux == {"to"} and any(c.dep_ == "nsubj" for c in verb.children):
            return verb.head, False  # "wants Trump to eliminate the tariffs" parsed with Trump its subject
        return None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "against" and \
            verb.head.head.lemma_.lower() in _WARNING:
        return verb.head.head, True
    return None


def _asked_back(ti: int, verb, v, objs, article: Article, actors: ActorTable,
                said: Sequence[Statement]) -> Iterator[Clue]:
    if not objs or not all(_back(o) for o in objs) or verb.dep_ != "xcomp" or \
            _role(verb.head) not in ("request", "proposer") or _negated(verb.head):
        return
    polarity = v.polarity
    if _negated(verb):
        polarity = v.negated or _TURN.get(v.polarity or "")
    if polarity in ("support", "oppose"):
        for a in holders(verb.head, actors, said):
            yield Clue(a.id, ti, polarity, _sent_span(article, verb.sent),
                       f"stance:request:{verb.head.lemma_.lower()}:{v.lemma}", "request")


def _other_side(verb, actors: ActorTable, said: Sequence[Statement] = ()) -> bool:
    """'The US faced criticism, while Israel's premier cheered on the move': the clause the concessive
    one hangs on is about another actor, so it sets two actors against each other and takes nothing
    back from the one who cheered."""
    main = verb.head if verb.dep_ == "advcl" else verb.head.head
    if main is verb or main.pos_ not in ("VERB", "AUX"):
        return False
    subj = agent(main)
    other = actor_of(subj, actors) if subj is not None else None
    mine = holders(verb, actors, said)
    return other is not None and bool(mine) and other not in mine


_COMMITTING = frozenset({"will", "would", "shall", "'ll", "’ll", "'d"})


def _speaker_side(pron, actors: ActorTable):
    """'Palestinian negotiator X said they would reject the plan', 'X said we will oppose it': a plural
    pronoun that commits to a response in what a person says is that person's side, the person speaking
    for it (never an actor named in an earlier sentence, as coreference may have it); else None."""
    if pron.lower_ not in ("they", "we") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB" or \
            not any(c.dep_ == "aux" and c.lower_ in _COMMITTING for c in clause.children):
        return None
    above = agent(clause.head)
    if above is None or above.pos_ == "PRON":
        return None
    a = actor_of(above, actors)
    return a if a is not None and a.kind == "person" else None


# words a spokesman uses for the body he speaks for: "the group rejected it", "the movement will accept it"
_OWN_BODY = frozenset({"group", "movement", "organisation", "organization", "party", "militia", "faction"})


def _speakers_group(tok, actors: ActorTable):
    """'Hamas spokesman X said the group rejected it', 'The rebels' spokesman, X, said the movement would
    accept it': a bare 'the group' subject in what a named person says is the body that person speaks
    for: the body named in the speaker's own phrase when it is an actor, else the speaker (whose stance
    the ties pass on to it); never a body named in an earlier sentence. None when it does not apply."""
    if tok.lemma_.lower() not in _OWN_BODY or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children):
        return None
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    above = agent(clause.head)
    if above is None or above.pos_ == "PRON":
        return None
    person = actor_of(above, actors)
    if person is None or person.kind != "person":
        return None
    phrase = [above] + [c for c in above.children if c.dep_ == "appos"]
    for t in (w for p in phrase for w in p.subtree):
        if t.i == above.i:
            continue
        body = actors.actor_of_token(t)
        if body is not None and body.kind in ("organization", "group"):
            return body  # "Hamas spokesman X": Hamas
    return person


def _reporting_body(pron, actors: ActorTable):
    """'Serbia signalled it could walk away from the deal': an 'it' subject nothing resolved, in the
    clause a body or state says or signals, is that body (never a person: "he said it would ...")."""
    if pron.lower_ != "it" or pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ccomp":
        return None
    above = agent(pron.head.head)
    if above is None or above.pos_ == "PRON":
        return None
    a = actor_of(above, actors)
    return a if a is not None and a.kind in ("organization", "country", "group") else None


def _reporter_itself(pron, actors: ActorTable, said: Sequence[Statement] = ()) -> bool:
    """'Egypt said it would oppose it': the pronoun subject is the actor that says so, the subject of
    the reporting verb its clause hangs on."""
    if _speaker_side(pron, actors) is not None:
        return True  # "negotiator X said they would take measures to oppose it"
    me = actor_of(pron, actors) or speaker_for(pron, said, actors)
    t = pron.head
    for _ in range(4):
        if t.dep_ in ("ccomp", "xcomp") and t.head is not t:
            above = agent(t.head)
            return me is not None and above is not None and above.pos_ != "PRON" and actor_of(above, actors) is me
        if t.head is t:
            return False
        t = t.head
    return False


def _accused_of(verb):
    """'accused U.S. forces of ... disrupting a UN plan', 'blamed Israel for blocking the truce': the
    accusing verb above the response, when there is one."""
    if verb.tag_ == "VBG" and verb.dep_ == "conj" and _role(verb.head) == "accuse" and \
            any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.head.children):
        return verb.head  # "accused X of controlling gangs and disrupting the plan", the gerund misattached
    t = verb
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for"):
        return None
    above = t.head.head
    return above if _role(above) == "accuse" else None


_TURN = {"support": "oppose", "oppose": "support"}


def _accusation(ti: int, accuse, polarity: str, lemma: str, article: Article, actors: ActorTable,
                said: Sequence[Statement]) -> Iterator[Clue]:
    """The accused did what the charge says; the accuser stands on the other side ("accused Israel of
    blocking the truce": Israel opposes it, the accuser supports it). A denied charge says nothing."""
    if _negated(accuse):
        return
    span = _sent_span(article, accuse.sent)
    for obj in (c for c in accuse.children if c.dep_ == "dobj"):
        for t in _conjuncts(obj):
            a = actor_of(t, actors)
            if a is not None:
                yield Clue(a.id, ti, polarity, span, f"stance:accused:{lemma}", "response")
    if polarity in _TURN:
        for a in holders(accuse, actors, said):
            yield Clue(a.id, ti, _TURN[polarity], span, f"stance:accuser:{accuse.lemma_.lower()}:{lemma}", "response")


def hostilities(doc, article: Article, actors: ActorTable,
                said: Sequence[Statement] = ()) -> Iterator[tuple[str, Span, str]]:
    """'would continue the military operation': carrying on the fighting an initiative would stop."""
    verbs = stance_verbs()
    for i, lemma in enumerate(column(doc, "lemma_")):  # (a Token only for a verb of the lexicon)
        v = verbs.get(lemma.lower())
        if v is None or v.role != "hostilities":
            continue
        tok = doc[i]
        if _negated(tok):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in v.objects for c in tok.children):
            continue
        for a in holders(tok, actors, said):
            yield a.id, _clause_span(article, tok), f"stance:hostilities:{v.lemma}"


class _StartIndex:
    """`{t.idx: t for t in doc}.get`, from the idx column: a Token only for a start asked for (speed only)."""

    def __init__(self, doc) -> None:
        self.doc, self.at = doc, dict(zip(column(doc, "idx"), range(len(doc))))

    def get(self, idx: int):
        i = self.at.get(idx)
        return None if i is None else self.doc[i]


_EVENT_POLARITY = {"AGREE": "support", "SUPPORT": "support", "REJECT": "oppose"}


def from_events(topics: list[Topic], events: list[Event], article: Article, doc=None,
                actors: ActorTable | None = None) -> Iterator[Clue]:
    """AGREE / SUPPORT / REJECT events coded in a sentence that names a topic (the first such topic).
    An event on a verb the stance lexicon gives no polarity of its own ("Moscow would respond to the
    plan": an intent to reply, coded AGREE) says nothing of the stance; `responses` reads that verb."""
    named = Stabbing((s.start_char, s.end_char, ti) for ti, t in enumerate(topics)
                     for s in {m.head.sent.start: m.head.sent for m in t.mentions}.values())
    starts = _StartIndex(doc) if doc is not None and events else {}
    topic_at = {m.head.i: ti for ti, t in enumerate(topics) for m in t.mentions}
    heads = set(topic_at)
    for e in events:
        polarity = _EVENT_POLARITY.get(e.type)
        if polarity is None or e.modality == "hypothetical":
            continue
        trigger = starts.get(e.trigger.start) if e.trigger is not None else None
        if trigger is not None and (not e.negated and _says_nothing(trigger) or _open(trigger)):
            continue  # "would respond", "may reject", "decide whether to accept": `responses` reads them
        if trigger is not None and _subject_denied(trigger) is not None:
            continue  # "Not even Egypt backed the plan": `responses` reads the negated subject
        if trigger is not None and trigger.lemma_.lower() in _DENYING | {"confirm"} and (_neither_nor(trigger) or any(
                c.dep_ == "ccomp" and _response_verb(c) or c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG" and
                (v := stance_verb(c)) is not None and v.role == "response" for c in trigger.children)):
            continue  # "denied breaking the truce", "neither confirmed nor denied that it had accepted it":
            # the response denied is read by `responses`
        if trigger is not None and (sv := stance_verb(trigger)) is not None and " " in sv.lemma and \
                sv.role == "response" and sv.polarity != polarity:
            continue  # "backed away from the plan": the phrasal verb says it (`responses`), not "back"
        if trigger is not None and (_ought_said(trigger) is not None or
                                    trigger.dep_ == "dobj" and _ought_said(trigger.head) is not None):
            continue  # "said Peru will have to accept the deal": the speaker's demand (`responses`), not Peru's
        if trigger is not None and _addressing(trigger) is not None:
            continue  # "spoke before lawmakers defending the budget": the speaker's (`responses`), not theirs
        if trigger is not None and trigger.lemma_.lower() in ("put", "place") and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in ("hold", "ice") for p in c.children)
                for c in trigger.children):
            continue  # "put the agreement on hold": no agreement made (`judgements`)
        if trigger is not None and trigger.lemma_.lower() in ("refuse", "decline") and any(
                c.dep_ == "xcomp" and (v := stance_verb(c)) is not None and v.role == "response" and
                v.negated in ("support", "oppose") for c in trigger.children):
            continue  # "refused to lift the sanctions": the refused act, turned, says it (`responses`): support
        if trigger is not None and any(c.dep_ == "dobj" and c.i not in heads and not _back(c) and c.pos_ != "PRON"
                                       and c.lemma_.lower() not in _CLAIMS for c in trigger.children):
            continue  # "offered an alternative to the US plan": the act is on something else ("denied reports
            # of a truce" is on the truce)
        if e.negated and polarity == "support" and trigger is not None and trigger.pos_ == "NOUN":
            continue  # "the plan does not have the backing of Egypt": backing lacked, not opposition
        if e.negated:
            polarity = "oppose" if polarity == "support" else "unclear"
        ti = named.at(e.evidence.start)
        if trigger is not None and ti is not None:
            # "accepted the truce but rejected the talks": the topic the trigger's own object names
            ti = next((topic_at[o.i] for o in _objects_of(trigger) if o.i in topic_at), ti)
        if ti is not None:
            # "the Syrian rebels rejected it": a source named by a group noun is not the state its
            # adjective names (actor_of)
            camp = any(t.text.split()[-1].lower().rstrip("s") in _NOT_THE_STATE or _people_of_place(t.text)
                       for t in e.source_text if t.text.split()) or trigger is not None and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _NOT_THE_STATE and
                any(p.dep_ == "prep" and p.lower_ in ("in", "of", "from") for p in c.children)
                for c in trigger.children)  # "Residents of Kenya welcomed it", the event's source "Kenya"
            sources = e.source
            if any(len(w := t.text.lower().split()) > 1 and w[0] in _SOME and w[1] in ("in", "of", "from", "among")
                   for t in e.source_text):
                continue  # "many in Gaza welcomed it": a part, not the whole (actor_of)
            if actors is not None and len(e.source_text) == 1 and e.source_text[0].text.lower() in ("they", "we") and \
                    (pron := starts.get(e.source_text[0].start)) is not None and \
                    (side := _speaker_side(pron, actors)) is not None:
                sources = [side.id]  # "negotiator X said they would reject it": X's side, not a name before
            for aid in sources:
                if camp and actors is not None and (a := actors.by_id.get(aid)) is not None and \
                        a.kind in ("country", "location"):
                    continue  # "protesters in Lima rejected it": people of a city or region are not it either
                yield Clue(aid, ti, polarity, e.evidence, f"stance:event:{e.type}:{e.rule}", "event")


_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
                    "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "today", "tonight"})


def _when(tok) -> bool:
    """'accepted it on Monday', 'agreed late on Sunday': a time after the verb is no object of it."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIMES


def _objects_of(verb) -> list:
    """The verb's objects, direct or through a preposition, with their conjuncts."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [q for c in preps for q in c.children if q.dep_ == "prep"]  # "pulled out of the talks"
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.conjuncts]


_GUESSING = frozenset({"may", "might", "could"})


def _open(verb) -> str | None:
    """'guess' for a response a modal makes a possibility ("Israel may reject it", "could finalize a deal"),
    'question' for one still undecided ("decide whether to accept", "has yet to accept"); else None.
    "X said it would reject it" is a commitment, "X said it could walk away" its own signal, and "is
    expected to sign" reports the course the actor is on: none is a guess."""
    if verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return "question"  # "decide whether to accept", "did not say whether it would accept the truce"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "be") and \
            any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children):
        return "question"  # "has yet to accept it": not yet
    if any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in verb.children) and not negated(verb):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("it", "we", "they") and verb.dep_ == "ccomp" and \
                (above := agent(verb.head)) is not None and above.pos_ != "PRON":
            return None  # "Serbia signalled it could walk away from the deal": its own signal
        return "guess"  # "could not accept it" is a refusal
    return None


def _says_nothing(tok) -> bool:
    """A response verb with no polarity of its own, or only an unclear one (respond, comment, study)."""
    v = stance_verb(tok)
    return v is not None and v.role == "response" and v.polarity in (None, "unclear")


def intentions(topics: Sequence[Topic], article: Article, actors: ActorTable,
               said: Sequence[Statement] = ()) -> Iterator[Clue]:
    """An action that is an initiative, wanted ('eager to withdraw': support) or refused ('refused to
    withdraw', 'reluctant to withdraw': oppose) by the one who would take it."""
    for ti, t in enumerate(topics):
        for m in t.mentions:
            if m.head.pos_ != "VERB":
                continue
            neg = _negated(m.head) or m.head.head.lemma_.lower() in ("reluctant", "unwilling")
            pol = "oppose" if neg else "support"
            for a in holders(m.head, actors, said):
                yield Clue(a.id, ti, pol, _clause_span(article, m.head.head),
                           f"stance:intent:{m.head.head.lemma_.lower()}:{m.term}" + (":negated" if neg else ""),
                           "judgement")


# -- judgements and leanings: words other than verbs (data/lexicons/stance_words.tsv) ------------------

_COPULAS = frozenset({"be", "remain", "seem", "become", "appear", "stay", "amount"})
# verbs whose object says what the subject is: "the treaty posed a threat to its security", "the truce
# marks a milestone", "the plan represents a step forward"
_BEING = frozenset({"pose", "represent", "constitute", "mark"})
# a word of opposition whose denial consents: "had no objection to the plan", "is not opposed to the talks"
_NO_OBJECTION = frozenset({"objection", "opposed", "opposition"})
_CLAIMS = frozenset({"report", "claim", "rumour", "rumor", "news", "story", "allegation", "speculation", "suggestion",
                     "accusation", "charge", "assertion"})
_CALLING = frozenset({"call", "describe", "consider", "deem", "term", "brand", "label", "regard", "view", "see", "find"})
_TOWARD_PREPS = frozenset({"to", "for", "of", "toward", "towards", "with", "at", "by", "about", "over", "in", "from",
                           "behind", "on"})
_WEAKEN = {"support": "oppose", "oppose": "unclear"}  # "not acceptable": against; "not dead": nothing sure


def _word_polarity(tok, use: str) -> str | None:
    """What a judging word says: an attribute's adjective first ("a positive step", "a positive response
    to the proposal"), then the word."""
    words = stance_words()
    if tok.pos_ == "NOUN" and (use == "judge" or tok.lemma_.lower() in _MANNERED):
        for c in tok.children:
            if c.dep_ == "amod" and (pol := words.get((c.lemma_.lower(), "judge"))):
                return pol
    own = _phrase(tok, use) or words.get((mended_lemma(tok, lambda w: (w, use) in words), use)) or \
        (words.get((tok.lower_, use)) if tok.tag_ == "VBN" else None)  # "fabricated" read as a verb
    if own is None and use == "judge" and tok.pos_ == "NOUN":
        # "another measure contradicting international law", "a step that undermines peace": the noun
        # says nothing itself, the verb describing it does
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and not negated(c) and \
                    (pol := words.get((c.lemma_.lower(), use))):
                return pol
            # "a step in the right direction": the direction says it
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() == "direction":
                        for a in p.children:
                            if a.dep_ == "amod" and (pol := words.get((a.lemma_.lower(), use))):
                                return pol
    return own


def _phrase(tok, use: str) -> str | None:
    """A two-word entry the word is part of ("the only way forward", "a step backward"), or a hyphenated
    word the tokenizer split ("a non-starter", "a win-win")."""
    doc, words = tok.doc, stance_words()
    for a in (tok.i - 2, tok.i):  # "non - starter": from its first or its last part
        if 0 <= a and a + 2 < len(doc) and doc[a + 1].text == "-" and \
                (pol := words.get((f"{doc[a].lower_}-{doc[a + 2].lower_}", use))):
            return pol
    if tok.i > 0 and (pol := words.get((f"{doc[tok.i - 1].lemma_.lower()} {tok.lower_}", use))):
        return pol
    if tok.i + 1 < len(doc) and (pol := words.get((f"{tok.lemma_.lower()} {doc[tok.i + 1].lower_}", use))):
        return pol
    return None


def _judged(head):
    """(the judging word, the clause that says it, the verb whose subject judges) for a topic mention
    that a predicate judges: 'the agreement was illegal', 'reports of talks were untrue', 'called the
    deal a mistake', 'described the plan as unacceptable', 'considers the activity illegal'; or None."""
    subj = head
    # "called reports of a deal groundless" parsed badly: the judging word is in the noun phrase, after
    # the initiative ("a deal groundless" one noun, or "groundless" an adjective after "deal")
    after = judged_compound(head)
    if head.dep_ == "nmod" and head.head.dep_ == "pobj" and head.head.head.lower_ == "of" and \
            head.head.head.head.lemma_.lower() in _CLAIMS:
        # "called the reports of a deal 'fake news'" parsed with the deal a modifier of "news"
        claim = head.head.head.head
        if claim.dep_ in ("dobj", "oprd") and claim.head.lemma_.lower() in _CALLING:
            return head.head, claim.head, claim.head
    if after is not None:
        head = after
    elif head.dep_ == "pobj":
        # ("described reports of a deal as groundless" with "as groundless" hung on "deal")
        after = next((c for c in head.children if c.dep_ == "amod" and c.i > head.i and
                      (c.lemma_.lower(), "judge") in stance_words()), None) or \
            next((w for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.children
                  if w.dep_ in ("amod", "acomp", "pobj") and (w.lemma_.lower(), "judge") in stance_words()), None)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _CLAIMS:
        subj = head.head.head  # "reports of talks were untrue": what the reports say is untrue
        if after is not None and subj.dep_ in ("dobj", "oprd") and subj.head.lemma_.lower() in _CALLING and \
                not any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i > after.i for c in subj.head.children):
            return after, subj.head, subj.head
    if subj.dep_ in ("nsubj", "nsubjpass"):
        clause = subj.head
        if clause.pos_ == "ADJ":
            return clause, clause, clause.head if clause.dep_ in ("ccomp", "xcomp", "parataxis") else None
        above = clause.head if clause.dep_ in ("ccomp", "parataxis") and clause.head.pos_ == "VERB" else None
        if clause.lemma_.lower() in _COPULAS:
            word = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
            if word is None:
                # "the plan was the only way forward", parsed with "forward" an adverb of the copula
                word = next((c for c in clause.children if c.dep_ == "advmod" and _phrase(c, "judge")), None)
            if word is None and clause.lemma_.lower() == "amount":
                # "the sanctions amounted to economic terrorism"
                word = next((p for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
                             for p in c.children if p.dep_ == "pobj"), None)
            if word is None:
                # "the agreement was in its interest", "the move was in violation of the accords"
                word = next((p for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"
                             for p in c.children if p.dep_ == "pobj"), None)
            if word is not None:
                return word, clause, above
        elif subj.dep_ == "nsubj" and clause.lemma_.lower() in _BEING and \
                (word := next((c for c in clause.children if c.dep_ == "dobj"), None)) is not None and \
                _word_polarity(word, "judge") is not None:
            return word, clause, above
        elif subj.dep_ == "nsubj" and clause.pos_ == "VERB" and \
                ((clause.lemma_.lower(), "judge") in stance_words() or _phrase(clause, "judge")) and \
                not any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in clause.children) and \
                (clause.lemma_.lower() == "help" or not any(c.dep_ == "xcomp" for c in clause.children)) and \
                not (clause.lemma_.lower() in _OUTCOMES and clause.tag_ in ("VBD", "VBN")):
            # "said the resolution violated its sovereignty" (active), "said the plan would fail",
            # "the deal would bring peace"; "must not fail" is what ought to be (_ought); "failed to
            # produce a deal", "the talks had failed" report what happened
            return clause, clause, above
        elif subj.dep_ == "nsubjpass" and clause.tag_ == "VBN" and (clause.lemma_.lower(), "judge") in stance_words() \
                and not any(c.dep_ == "agent" for c in clause.children) and stance_words()[(clause.lemma_.lower(), "judge")] \
                and clause.lemma_.lower() in _STATES:
            return clause, clause, above  # "said the talks were doomed": a participle that is a state
        return None
    if subj.dep_ == "dobj" and subj.head.lemma_.lower() in _CALLING:
        verb = subj.head  # "called the deal a mistake", "called reports of a deal groundless"
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i > head.i and \
                    (c.dep_ != "ccomp" or c.pos_ == "ADJ"):
                return c, verb, verb
            if c.dep_ == "prep" and c.lower_ == "as":
                word = next((x for x in c.children if x.dep_ in ("pobj", "amod", "acomp")), None)
                if word is not None:
                    return word, verb, verb
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > head.i and \
                    any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
                return c, verb, verb  # "described reports of the talks as fabricated"
    return None


def _no_longer(verb) -> bool:
    """'the deal was no longer valid': 'no longer' (or 'not any longer') says the judgement no more holds."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" or n.lower_ == "no" for n in c.children)
               for c in verb.children)


_LEADING = frozenset({"pave", "step"})  # a judging word whose polarity is where it leads ("paved the way for peace", "a step towards war")
_HOSTILE_ENDS = frozenset({"war", "violence", "conflict", "escalation", "chaos", "invasion", "annexation",
                           "bloodshed", "instability", "attack", "occupation"})


def _said_of(head):
    """(the judging word, its copula, the saying verb) for what is said *of* the initiative: '"It is a
    historic day," Petro said of the agreement', 'Germany said of the plan that it was a mistake' (the
    subject it / this / that); or None."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lemma_.lower() not in ("say", "write"):
        return None
    say = head.head.head
    clauses = [c for c in say.children if c.dep_ in ("ccomp", "parataxis")] + \
        [c for c in head.children if c.dep_ in ("acl", "relcl")]
    for cop in clauses:
        if cop.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that")
                                              for c in cop.children):
            word = next((c for c in cop.children if c.dep_ in ("attr", "acomp")), None)
            if word is not None:
                return word, cop, say
    return None


_CHANGING = frozenset({"change", "alter", "affect", "modify"})


def _changes_nothing(head):
    """(the verb, the verb whose subject says so) for an initiative said not to change what stands against
    it: 'said the decision would not change the fact that the settlements were illegal', 'the move does
    not alter the status of the city' (the object a word of stance_words.tsv, use `unchanged`); or None."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHANGING or not negated(verb):
        return None
    if not any(c.dep_ == "dobj" and (c.lemma_.lower(), "unchanged") in stance_words() for c in verb.children):
        return None
    return verb, verb.head if verb.dep_ in ("ccomp", "parataxis") and verb.head.pos_ == "VERB" else None


def asked_fate(head):
    """(the noun, the asking verb, its polarity) for an initiative whose fate someone asks for by a noun:
    'called for a boycott of the referendum', 'pushed for the lifting of the sanctions', 'demanded the
    implementation of the deal', 'proposed an extension of the truce' (the noun a `fate` word of
    stance_words.tsv); else None. Asking for its end is against it, not a proposal of it."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "to"):
        return None
    noun = head.head.head
    if noun.pos_ != "NOUN" or (pol := stance_words().get((noun.lemma_.lower(), "fate"))) is None:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and (
            _role(noun.head.head) in ("proposer", "request") or noun.head.head.lemma_.lower() in FOR_VERBS):
        return noun, noun.head.head, pol  # "called / pushed / voted for the repeal of"
    if noun.dep_ == "dobj" and _role(noun.head) in ("proposer", "request"):
        return noun, noun.head, pol
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "insist":
        return noun, noun.head.head, pol  # "insisted on the full implementation of the deal"
    return None


def _fate(verb) -> str | None:
    return _phrase(verb, "fate") or stance_words().get((verb.lemma_.lower(), "fate"))


def _denied_fate(head):
    """(the fate verb, the polarity, who denies) for an initiative whose fate a denied claim reports:
    'said reports that the talks had collapsed were false', 'denied reports that the truce had broken
    down', 'denied that the talks had stalled'. Denying that talks ended keeps to them (support);
    denying that they go on ('denied that the talks were continuing') is against them. The denial is
    the stance, not the reported end (an event coded REJECT in that sentence says less)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    pol = _fate(verb) if verb.pos_ == "VERB" else None
    if pol not in _TURN or any(c.dep_ == "dobj" for c in verb.children):
        return None
    pol = _TURN[pol]
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DENYING:
        denier = verb.head  # "denied that the talks had collapsed"
    elif verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.lemma_.lower() in _CLAIMS:
        claim = verb.head  # "reports that the talks had collapsed ..."
        if claim.dep_ == "dobj" and claim.head.lemma_.lower() in _DENYING:
            denier = claim.head  # "... denied reports that ..."
        else:
            found = _judged(claim)  # "... said reports that ... were false"
            if found is None or _word_polarity(found[0], "judge") != "oppose" or \
                    negated(found[1]) or negated(found[0]):
                return None
            above = found[2]
            if above is not None and _negated(above):
                return None
            return verb, pol, lambda actors, said: _judges(above, head, actors, said)
    else:
        return None
    if _negated(denier):
        return None
    return verb, pol, lambda actors, said: holders(denier, actors, said)


def _judges(above, tok, actors: ActorTable, said: Sequence[Statement]) -> list:
    """Who says the judgement: the subject of the verb it hangs on ("X said the deal was illegal"), else
    the speaker of the statement that holds it (a quotation, "He said" resolved by the statements stage)."""
    who = holders(above, actors, said) if above is not None else []
    if who:
        return who
    for s in said:
        if s.speaker and any(c.start <= tok.idx < c.end for c in s.content):
            a = actors.by_id.get(s.speaker)
            if a is not None and a.kind == "country" and _people_named(s):
                return []  # "Israeli settlers said the plan was illegal": people of a country, not its state
            return [a] if a is not None and a.kind in _HOLDER_KINDS else []
    return []


def _people_named(s: Statement) -> bool:
    """A statement whose speaker words name people of a country or place ('Israeli settlers', 'Kenyan
    protesters', 'farmers in Chile'), which the statements stage counted as the country."""
    words = (s.speaker_text.text if s.speaker_text is not None else "").lower().split()
    return bool(words) and (words[-1].rstrip("s") in _NOT_THE_STATE or _people_of_place(" ".join(words)))


_DEONTIC = frozenset({"must", "should", "ought", "shall"})
_OUTCOMES = frozenset({"fail", "succeed", "work", "backfire"})  # judgements as predictions, not in the past
_STATES = frozenset({"doom"})  # judging participles read as passives: "the talks were doomed"
_OF_ONLY = frozenset({"critical", "importance"})  # a leaning word only with "of"
_ONLY_NONE = frozenset({"alternative", "point"})  # a leaning word that says something only as "no ..."
_MANNERED = frozenset({"response", "reaction", "reply", "reception"})  # say only what their adjective says
_PREDICTING = frozenset({"will", "would", "could", "might", "may", "can"})
_NEEDFUL = frozenset({"crucial", "important", "essential", "vital", "necessary", "imperative", "critical"})
_NEEDING = frozenset({"need", "have"})  # "needs to be respected", "has to be implemented"


_LETTING = frozenset({"allow", "let", "permit"})


def _let_fate(head):
    """(the letting verb, the polarity) for an initiative whose fate someone lets or will not let come
    about: 'would not allow the deal to collapse' (support), 'let the truce expire' (oppose); or None."""
    fate = head.head
    if head.dep_ != "nsubj" or fate.dep_ not in ("ccomp", "xcomp") or fate.head.lemma_.lower() not in _LETTING or \
            fate.head.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr", "acomp") for c in fate.children):
        return None
    pol = _phrase(fate, "fate") or stance_words().get((fate.lemma_.lower(), "fate"))
    if pol not in _TURN:
        return None
    let = fate.head
    return let, (_TURN[pol] if _negated(let) else pol)


def _ought_said(tok):
    """The verb of saying above a response someone is said to owe: 'said Israel must accept the plan', and
    in so many words 'said Peru will have to / needs to / is going to have to accept the deal'; or None."""
    frame = tok
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _NEEDING and tok.head.pos_ in ("VERB", "AUX") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        frame = tok.head  # "has to accept", "needs to sign"
        if frame.dep_ == "xcomp" and frame.head.lemma_.lower() == "go":
            frame = frame.head  # "is going to have to make a deal"
    elif not any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in tok.children):
        return None
    if frame.dep_ == "ccomp" and frame.head.pos_ == "VERB" and not _negated(frame.head):
        return frame.head
    return None


def _ought(head):
    """(the verb, its polarity, the verb whose subject says so) for an initiative said to be owed a
    response: 'the truce must be respected', 'the agreement should be implemented', 'the talks should
    continue', 'the sanctions must be lifted', 'called for the ceasefire to be extended', 'demanded that
    the deal be implemented'. The verb is a response verb in the passive (stance_verbs.tsv) or a word for
    what becomes of an initiative (stance_words.tsv, use `fate`). A prediction ('would hold') is none."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb, frame = head.head, head.head
    if verb.lemma_.lower() in _NEEDING and head.dep_ == "nsubj":
        verb = next((c for c in frame.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            return None
    pol = None
    if head.dep_ == "nsubjpass" or verb.i != frame.i:
        v = stance_verbs().get(verb.lemma_.lower())
        if v is not None and v.role == "response" and v.polarity in ("support", "oppose") and \
                any(c.dep_ == "auxpass" for c in verb.children):
            pol = v.polarity
    if pol is None and not any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
        pol = _phrase(verb, "fate") or stance_words().get((verb.lemma_.lower(), "fate"))
    if pol is None:
        return None
    up = frame.head if frame.dep_ in ("ccomp", "parataxis", "advcl", "xcomp") and frame.head.pos_ == "VERB" else None
    if verb.i != frame.i or any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in verb.children):
        return verb, pol, up
    cop = frame.head.head if frame.head.pos_ == "ADJ" else frame.head
    if frame.dep_ == "ccomp" and cop.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _NEEDFUL for c in cop.children) and not negated(cop) and \
            not any(c.dep_ == "aux" and c.lower_ in _PREDICTING for c in frame.children):
        # "said it was crucial that the talks continue": what the speaker holds needful
        return verb, pol, cop.head if cop.dep_ in ("ccomp", "parataxis") and cop.head.pos_ == "VERB" else None
    # "called for the truce to be extended", "demanded that the deal be implemented": asked for
    if up is not None and _role(up) in ("request", "proposer") and \
            any(c.dep_ in ("mark", "aux") and c.lower_ in ("for", "that", "to") for c in frame.children) and \
            not any(c.dep_ == "aux" and c.lower_ in _PREDICTING for c in frame.children):
        return verb, pol, up
    return None


# verbs whose subject gets, rather than gives, the support or the criticism they take as object
_RECEIVING = frozenset({"face", "receive", "draw", "attract", "meet", "encounter", "provoke", "spark", "trigger",
                        "prompt", "cause", "win", "earn", "gain", "get", "garner", "court", "seek", "invite"})


_POLLS = frozenset({"poll", "survey", "study", "census", "referendum", "vote", "ballot", "data", "figure"})
_HAVING = frozenset({"have", "enjoy", "meet"})


def _received(head):
    """(the leaning noun, the ones it comes from) for an initiative that receives a stance from named
    others: 'the plan drew criticism from Poland', 'the deal has the backing of Egypt', 'the truce won the
    support of the League', 'the plan met with opposition from Cairo'; else None."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _RECEIVING | _HAVING:
        return None
    words = [c for c in verb.children if c.dep_ == "dobj"] + \
        [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    for w in words:
        if (w.lemma_.lower(), "toward") not in stance_words():
            continue
        preps = [c for c in w.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")] + \
            [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        givers = [x for p in preps for o in p.children if o.dep_ == "pobj"
                  for x in [o] + [c for c in o.children if c.dep_ == "conj"]]
        if givers:
            return w, givers
    return None


def _leaning(head):
    """(the leaning word, the verb or copula whose subject leans, a possessor) for a topic mention taken
    by a preposition of a leaning word: 'committed to the truce', 'expressed support for the initiative',
    'its rejection of the deal', 'in favour of the plan'; or None."""
    prep = head.head
    if head.dep_ == "nsubj" and prep.dep_ == "ccomp" and prep.head.pos_ == "ADJ" and prep.head.dep_ == "acomp":
        word = prep.head  # "hopeful (that) the swap could lead to talks": hoping the initiative works
        return (word, word.head, None) if (word.lemma_.lower(), "toward") in stance_words() else None
    if head.dep_ == "nsubj" and prep.dep_ in ("acl", "ccomp") and prep.head.pos_ == "NOUN" and \
            prep.head.dep_ == "dobj" and (prep.head.lemma_.lower(), "toward") in stance_words():
        word = prep.head  # "voiced hope that the ceasefire would hold"
        return word, word.head, next((c for c in word.children if c.dep_ == "poss"), None)
    if head.dep_ == "nsubj" and prep.dep_ == "ccomp" and prep.head.pos_ == "VERB" and \
            (mended_lemma(prep.head, lambda w: (w, "toward") in stance_words()), "toward") in stance_words():
        if negated(prep) or "oppose" in (stance_words().get((prep.lemma_.lower(), u)) for u in ("fate", "judge")):
            return None  # "hoped the truce would not last", "hoped the talks would fail": no support
        return prep.head, prep.head, None  # "hoped the truce would hold", "we hope it holds"
    if head.dep_ != "pobj" or prep.lower_ not in _TOWARD_PREPS:
        return None
    word = prep.head
    if word.pos_ == "VERB":  # "voiced opposition to the plan": the preposition hung on the verb
        word = next((c for c in word.children if c.dep_ == "dobj" and c.i < prep.i
                     and ((c.lemma_.lower(), "toward") in stance_words() or _phrase(c, "toward"))), word)
    if (word.lemma_.lower(), "toward") not in stance_words() and not _phrase(word, "toward"):
        return None  # ("gave the green light to the deal": a two-word entry)
    if word.lemma_.lower() in _OF_ONLY and prep.lower_ != "of":
        return None  # "critical of the deal" opposes it; "critical to the deal" is no stance
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        return word, word.head, None
    if word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.pos_ in ("AUX", "VERB"):
        return word, word.head.head, None  # "is in favour of"
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        if word.head.lemma_.lower() in _RECEIVING:
            return None  # "faced criticism over its decision", "won support for the plan": others' stance
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _POLLS for c in word.head.children):
            return None  # "an ABC News poll shows majority support for it": those polled, not the pollster
        return word, word.head, owner
    if word.pos_ == "NOUN" and owner is not None:
        return word, None, owner
    if word.pos_ == "NOUN" and word.dep_ == "attr" and word.head.lemma_.lower() in _COPULAS:
        return word, word.head, None  # "Turkey is a key backer of the plan"
    if word.pos_ == "NOUN" and word.dep_ == "appos":
        return word, None, word.head  # "Senator X, a critic of the deal, said ..."
    return None


def _for_or_against(head):
    """(verb, polarity) for a topic mention taken by 'against' after a verb ("voted against the
    resolution", "campaigned against the deal", "warned against the plan": oppose) or by 'for' after a
    verb of taking sides ("voted for the resolution", "lobbied for the truce": support); or None."""
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "against" and prep.head.lemma_.lower() in _COPULAS:
        return prep.head, "oppose"  # "said it was against the plan"
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("against", "for") and \
            prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _PROTESTS and prep.head.dep_ == "dobj" and \
            prep.head.head.pos_ == "VERB" and prep.head.head.lemma_.lower() not in _RECEIVING:
        # "staged a protest against the new law", "launched a campaign for the bill": the one who stages it
        return prep.head.head, "oppose" if prep.lower_ == "against" else "support"
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "way" and prep.head.dep_ == "pobj" and \
            prep.head.head.lower_ == "in" and prep.head.head.head.lemma_.lower() == "stand":
        return prep.head.head.head, "oppose"  # "stood in the way of the deal" ("would not stand in the way": consent)
    if head.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lemma_.lower() in ("put", "place") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in ("hold", "ice") for p in c.children)
            for c in prep.children):
        return prep, "oppose"  # "put the agreement on hold"
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _HARMS and \
            prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("of", "about") and \
            prep.head.head.head.lemma_.lower() == "warn":
        return prep.head.head.head, "oppose"  # "warned of the consequences of the decision"
    if head.dep_ == "pobj" and prep.lower_ in ("for", "to") and prep.head.lower_ == "ahead" and \
            prep.head.dep_ == "dobj" and any(x.lower_ == "go" for x in prep.head.children):
        return prep.head.head, "support"  # "gave the go-ahead for the talks"
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if prep.lower_ == "against":
        return verb, "oppose"
    if prep.lower_ == "for" and verb.lemma_.lower() in FOR_VERBS:
        return verb, "support"
    if prep.lower_ in ("toward", "towards") and verb.lemma_.lower() in _TOWARD_VERBS:
        return verb, "support"  # "is working towards a ceasefire", "pushed toward a deal"
    if prep.lower_ == "behind" and (verb.lemma_.lower() in _BEHIND_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("weight", "support") for c in verb.children)):
        return verb, "support"  # "rallied behind the plan", "threw its weight (support) behind the talks"
    if prep.lower_ == "on" and any(c.dep_ == "dobj" and c.lemma_.lower() == "plug" for c in verb.children) and \
            verb.lemma_.lower() == "pull":
        return verb, "oppose"  # "pulled the plug on the deal"
    if prep.lower_ == "to" and verb.lemma_.lower() == "say" and any(
            c.dep_ in ("intj", "dobj", "advmod") and c.lower_ in ("yes", "no") and c.i < prep.i for c in verb.children):
        return verb, "support" if any(c.lower_ == "yes" and c.i < prep.i for c in verb.children) else "oppose"
        # "said yes to the plan", "said no to the talks"
    if prep.lower_ == "on" and any(c.dep_ == "dobj" and c.lemma_.lower() == "water" and any(
            a.dep_ == "amod" and a.lower_ == "cold" for a in c.children) for c in verb.children):
        return verb, "oppose"  # "poured cold water on the proposal"
    return None


_TOWARD_VERBS = frozenset({"work", "push", "press", "strive", "move"})
_BEHIND_VERBS = frozenset({"rally", "unite", "stand", "line", "get", "fall", "close"})
_HARMS = frozenset({"consequence", "danger", "risk", "peril", "repercussion", "fallout", "cost"})
# acts of taking a side that a noun names: "staged a protest against it", "led a campaign for it"
_PROTESTS = frozenset({"protest", "campaign", "rally", "demonstration", "march", "petition", "lawsuit", "strike",
                       "boycott", "vote"})


def judgements(topics: Sequence[Topic], article: Article, actors: ActorTable,
               said: Sequence[Statement] = ()) -> Iterator[Clue]:
    """A topic judged by what is said of it, or leaned towards by an adjective or noun: the one who says
    so, or is so, holds the stance ("X said the deal was illegal" oppose; "X is committed to the truce"
    support; "the office said reports of talks were untrue" oppose)."""
    for ti, t in enumerate(topics):
        for m in t.mentions:
            asked = asked_fate(m.head)
            if asked is not None:
                noun, verb, pol = asked
                if not _negated(verb):
                    for a in holders(verb, actors, said):
                        yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                                   f"stance:asked-fate:{verb.lemma_.lower()}:{noun.lemma_.lower()}", "judgement")
                continue
            denied = _denied_fate(m.head)
            if denied is not None:
                verb, pol, who = denied
                for a in who(actors, said):
                    yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                               f"stance:denied-fate:{verb.lemma_.lower()}", "judgement")
                continue
            said_of = _said_of(m.head)
            if said_of is not None:
                word, clause, say = said_of
                pol = _word_polarity(word, "judge")
                if pol is not None and not _negated(say):
                    neg = negated(clause) or negated(word)
                    pol = _WEAKEN[pol] if neg else pol
                    for a in holders(say, actors, said):
                        yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                                   f"stance:said-of:{word.lemma_.lower()}" + (":negated" if neg else ""), "judgement")
                    continue
            unchanged = _changes_nothing(m.head)
            if unchanged is not None:
                verb, above = unchanged
                if above is None or not _negated(above):
                    for a in _judges(above, m.head, actors, said):
                        yield Clue(a.id, ti, "oppose", _sent_span(article, m.head.sent),
                                   f"stance:changes-nothing:{verb.lemma_.lower()}", "judgement")
                continue
            found = _judged(m.head)
            if found is not None:
                word, clause, above = found
                pol = _word_polarity(word, "judge")
                if pol is None or above is not None and _negated(above):
                    continue  # "did not say the deal was illegal": nobody said so
                if word.lemma_.lower() in _LEADING and any(t.lemma_.lower() in _HOSTILE_ENDS for t in word.subtree):
                    pol = _TURN.get(pol, pol)  # "would pave the way for war": where it leads is bad
                neg = negated(clause) or negated(word) or _no_longer(clause)
                pol = _WEAKEN[pol] if neg else pol
                for a in _judges(above, m.head, actors, said):
                    yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                               f"stance:judge:{word.lemma_.lower()}" + (":negated" if neg else ""), "judgement")
                continue
            cop = none_to_be(m.head) if any(c.dep_ == "det" and c.lower_ == "no" for c in m.head.children) else None
            if cop is not None:
                above = cop.head if cop.dep_ in ("ccomp", "parataxis") and cop.head.pos_ == "VERB" else None
                if above is None or not _negated(above):
                    for a in _judges(above, m.head, actors, said):
                        yield Clue(a.id, ti, "oppose", _sent_span(article, m.head.sent), "stance:ruled-out",
                                   "judgement")
                continue
            let = _let_fate(m.head)
            if let is not None:
                verb, pol = let
                for a in holders(verb, actors, said):
                    yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                               f"stance:let-fate:{verb.lemma_.lower()}" + (":negated" if _negated(verb) else ""),
                               "judgement")
                continue
            ought = _ought(m.head)
            if ought is not None:
                verb, pol, above = ought
                if above is not None and _negated(above):
                    continue
                neg = negated(verb)
                pol = _TURN.get(pol, "unclear") if neg else pol
                for a in _judges(above, m.head, actors, said):
                    yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                               f"stance:ought:{verb.lemma_.lower()}" + (":negated" if neg else ""), "judgement")
                continue
            got = _received(m.head)
            if got is not None:
                word, givers = got
                pol = _word_polarity(word, "toward")
                if pol in ("support", "oppose") and not _negated(m.head.head):
                    for g in givers:
                        a = actor_of(g, actors)
                        if a is not None and a.kind in _HOLDER_KINDS:
                            yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                                       f"stance:received:{word.lemma_.lower()}", "judgement")
                continue
            side = _for_or_against(m.head)
            if side is not None:
                verb, pol = side
                neg = _negated(verb)
                # "was not against the talks" consents; "did not campaign against it" says less
                pol = ("support" if pol == "oppose" and verb.lemma_.lower() in _COPULAS | {"stand"} else _WEAKEN[pol]) \
                    if neg else pol  # ("would not stand in the way of the deal" consents)
                for a in holders(verb, actors, said):
                    yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                               f"stance:{'against' if side[1] == 'oppose' else 'for'}:{verb.lemma_.lower()}"
                               + (":negated" if neg else ""), "judgement")
                continue
            found = _leaning(m.head)
            if found is None:
                continue
            word, verb, owner = found
            pol = _word_polarity(word, "toward")
            if pol is None:
                continue
            if word.lemma_.lower() in _REVERSING and verb is not None:
                continue  # "condemned the violation of the truce": a response to its end (`responses`)
            if word.lemma_.lower() in _MANNERED and word.pos_ != "NOUN":
                continue  # "she replied in an email": the verb, not "a positive reply to"
            if word.lemma_.lower() in _ONLY_NONE and not any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
                continue  # "saw no alternative to the agreements" supports them; "an alternative to" says less
            neg = verb is not None and _negated(verb) or negated(word) and word.lemma_.lower() not in _ONLY_NONE
            pol = ("support" if word.lemma_.lower() in _NO_OBJECTION else _WEAKEN[pol]) if neg else pol
            who = holders(verb, actors, said) if verb is not None else []
            if not who and owner is not None:
                a = actor_of(owner, actors) or speaker_for(owner, said, actors)
                who = [a] if a is not None and a.kind in _HOLDER_KINDS else []
            for a in who:
                yield Clue(a.id, ti, pol, _sent_span(article, m.head.sent),
                           f"stance:toward:{mended_lemma(word, lambda w: (w, 'toward') in stance_words())}"
                           + (":negated" if neg else ""), "judgement")
