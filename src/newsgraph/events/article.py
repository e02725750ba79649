"""The events of a whole article: what one sentence cannot decide alone.

The sentence pass (events/__init__.py) codes each clause where it stands. Read against the rest of
the article, some of its events are not new happenings, and some of their participants are named
elsewhere. Each rule here is one class of error seen on whole articles:

- a dateline is no doer: "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China"
  is Esper's act, never Vietnam's (the parser hangs the sentence on the dateline's place);
- the same words quoted again are the same event: a pull quote or a subheading (a line of its own,
  20 words at most) that repeats a sentence of the article ("... prevent the evacuation of the
  civilians" twice) is dropped;
- "the names of those killed", "those arrested": the victims of a happening already reported, not
  another one;
- a description put beside a name is no happening: "Inherent Resolve, the U.S. military operation
  against Islamic State, said ..." names an operation, it does not report one;
- "the country", "the nation" done to or doing something is the country the article named last
  before it (other than the doer): "Washington invaded the country" after "troops remain in
  Afghanistan";
- "rejected these accusations", "denied the allegations": whose accusations they were is the
  doer of the last accusation reported before;
- a short name for an actor named in full before: "security forces" after "Iranian security
  forces", "the army" after "the Sudanese army" is that actor when exactly one actor's name ends
  with those words;
- one act told with two verbs: "the helicopter was shot down and completely destroyed" is one act
  of force, the second verb (coordinated, with no subject or object of its own) adds none;
- a subject cut off by an aside: "The Palestinian Authority - which considers ... - called for an
  emergency meeting": the parser reads "called" as a participle of the name; the name is its doer;
- an abuse reported is an accusation: "a harrowing pattern of unlawful killings by Iranian security
  forces, Amnesty International said" is also Amnesty's ACCUSE of the forces (PLOVER ACCUSE:
  "allege ... an offense"); one accusation per accuser and accused in an article, at its first
  report, the words that blame (data/plover/evaluative.tsv `blame`, and ABUSE below) on the act;
- an aim is not a happening: "launched a rescue mission to free the hostages", "tried to negotiate
  a truce": what a mission, an attempt or a bid is for, or what someone tried to do, was not done
  (acts of force are left alone: an attempted attack is an attack);
- a doer that can do nothing: "settlements threaten the viability of a two-state solution", "peace
  would allow the withdrawal of troops", "the pressure must continue": the subject is neither an
  actor, nor a word for people or a body of people, nor a happening, so no one acts. Acts of force
  and protest are left alone ("a car bomb killed ten").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors import ActorTable
from ..actors import lexicon as actor_words
from ..model import Event, Span, Statement, readable_rule
from .lexicon import Lexicon

# nouns that stand for "the country the article is about" when they carry no name of their own
COUNTRY_NOUNS = frozenset({"country", "nation"})
COUNTRY_DETS = frozenset({"the", "this", "that"})
# a claim referred back to: "these accusations", "the allegations", "such claims"
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge"})
ANAPHORIC_DETS = frozenset({"the", "these", "this", "those", "that", "such"})
# victims referred to by what was done to them: "those killed", "those detained"
VICTIM_HEADS = frozenset({"those", "people", "persons"})

# acts of force and protest may be done by things ("a car bomb killed ten", "shells hit the market",
# "the blockade cut off the town", "the strike shut the port"): the no-doer rule leaves them alone
FORCE = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# bodies of people the other word lists (people, institutions, organisations, roles) leave out
BODIES = frozenset({"country", "countries", "nation", "nations", "state", "states", "side", "sides",
                    "coalition", "alliance", "bloc", "union", "league", "council", "committee",
                    "commission", "delegation", "office", "spokesman", "spokeswoman", "spokesperson",
                    "force", "unit", "units", "brigade", "battalion", "squad", "team", "crowd", "crowds",
                    "mob", "majority", "minority", "community", "communities", "tribe", "tribes", "clan",
                    "clans", "faction", "factions", "camp", "opposition", "population", "public",
                    "everyone", "anyone", "someone", "nobody", "elder", "elders", "wing", "forum",
                    "body", "bodies", "panel", "board", "assembly", "conference", "summit", "meeting",
                    "congress", "caucus", "cabinet", "leadership", "command", "headquarters"})
# what speaks for its authors: "a report alleged", "the statement called for", "the resolution demands"
VOICES = frozenset({"report", "reports", "statement", "statements", "letter", "letters", "resolution",
                    "resolutions", "declaration", "communique", "communiqué", "document", "study", "inquiry",
                    "investigation", "ruling", "verdict", "decree", "order", "memo", "announcement",
                    "editorial", "article", "petition", "appeal", "motion", "bill", "law", "treaty",
                    "agreement", "deal", "accord", "charter", "constitution", "plan", "proposal"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

__all__ = ["settle"]


def settle(events: list[Event], doc, table: ActorTable, text: str, lex: Lexicon | None = None,
           statements: list[Statement] | None = None) -> list[Event]:
    """The article's events after the whole-article rules (module docstring), renumbered; `lex`
    (the PLOVER lexicon) tells happenings and people apart from other nouns; `statements` are the
    statements stage's, whose speakers accuse when they report an abuse."""
    out: list[Event] = []
    said = {s.id: s for s in statements or []}
    accused: set[tuple[str, str]] = set()
    for e in events:
        trig = _token(doc, e.trigger)
        if trig is not None and (_description_of_name(trig) or _victims_again(trig, e, out)):
            continue
        if trig is not None and lex is not None and e.type not in FORCE and _no_doer(trig, table, lex):
            continue
        if trig is not None and ((e.type not in FORCE and _aim(trig)) or _capacity(trig)):
            continue
        if _quoted_again(e, out, text) or (trig is not None and (_second_verb(trig, e, out, doc) or
                                                                   _it_again(trig, e, out))):
            continue
        if trig is not None:
            _dateline_source(e, trig, doc, table, text)
            _generic_country(e, trig, table)
            _short_names(e, table, text)
            _subject_past_aside(e, trig, table, text)
            _claim_owner(e, trig, out)
        out.append(e)
        if trig is not None and lex is not None:
            blame = _abuse_said(e, trig, said, lex, accused, text)
            if blame is not None:
                out.append(blame)
    for k, e in enumerate(out, 1):
        e.id = f"e{k}"
        e.rule = readable_rule(e.base_rule, e.adjustments)
    return out


def _token(doc, span: Span | None):
    """The word an event's trigger span ends on (the head of "air strikes" is "strikes")."""
    if span is None:
        return None
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found[-1] if found is not None and len(found) else None


# -- events that are not new happenings ----------------------------------------------------------

def _description_of_name(trig) -> bool:
    """An event noun heading an apposition to a name: "Inherent Resolve, the U.S. military operation
    against Islamic State" describes what the name is."""
    if trig.pos_ != "NOUN" or trig.dep_ != "appos":
        return False
    return trig.head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in trig.children)


def _victims_again(trig, e: Event, before: list[Event]) -> bool:
    """'the names of those killed', 'those detained': a participle after "those" names the victims
    of a happening the article has reported already (same category), not a new one."""
    if trig.tag_ != "VBN" or trig.dep_ not in ("acl", "amod", "relcl"):
        return False
    if trig.head.lower_ not in VICTIM_HEADS or trig.head.i > trig.i:
        return False
    if any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in trig.children):
        return False  # "those killed by the militia": the doer named, a report of its own
    return any(b.type == e.type for b in before)


_WORD = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


@lru_cache(maxsize=4096)  # speed: _quoted_again reads the same lines and evidence again for each event
def _words_kept(s: str) -> tuple[str, ...]:
    return tuple(_words(s))


HEADING_WORDS = 20  # a line this short is a heading or a pull quote


def _quoted_again(e: Event, before: list[Event], text: str, window: int = 6) -> bool:
    """On a line of its own, short as a heading, the trigger and the words after it already stand in
    an earlier event of the same category with the same trigger word: a pull quote or a subheading
    repeating the article, not a new event."""
    if e.trigger is None:
        return False
    line_start = text.rfind("\n", 0, e.trigger.start) + 1
    line_end = text.find("\n", e.trigger.end)
    if len(_words_kept(text[line_start:line_end if line_end >= 0 else len(text)])) > HEADING_WORDS:
        return False  # a paragraph that quotes a statement in full again is reported again, not a heading
    after = _words(text[e.trigger.start:min(e.evidence.end, e.trigger.end + 120)])[:window]
    if len(after) < 4:
        return False
    needle = " ".join(after)
    for b in before:
        if b.type != e.type or b.trigger is None or b.evidence.start == e.evidence.start:
            continue
        if _words_kept(b.trigger.text)[-1:] != _words_kept(e.trigger.text)[-1:]:
            continue
        if needle in " ".join(_words_kept(b.evidence.text)) and set(e.source) <= set(b.source):
            return True
    return False


# -- participants named elsewhere in the article --------------------------------------------------

def _dateline_source(e: Event, trig, doc, table: ActorTable, text: str) -> None:
    """A source named only inside the dateline at the head of the sentence is replaced by the name
    apposed to the dateline after it ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper ...")."""
    if not e.source_text:
        return
    from ..statements import layout

    line = text.rfind("\n", 0, e.evidence.start) + 1
    end = layout.dateline_end(doc, table, line)
    if end == line or e.evidence.start > end:
        return
    subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(line <= c.idx < end for c in subjects):
        return  # the subject is after the dateline: the sentence pass read it
    if not any(line <= m.span.start and m.span.end <= end for a in table for m in a.mentions if a.id in e.source):
        return
    # a subject of its own after the dateline ("NAIROBI (AP) — Ethiopia accused"), else the name the
    # parser apposed to the dateline's place ("HANOI, Vietnam (AP) — Defense Secretary Mark Esper")
    names = [c for c in subjects if c.idx >= end] + \
        [c for s in subjects if s.idx < end for c in s.subtree if c.idx >= end and c.dep_ in ("appos", "conj")]
    for name in names:
        actor = table.actor_of_token(name)
        if actor is not None:
            mention = next((m.span for m in actor.mentions if m.span.start <= name.idx < m.span.end), None)
            e.source = [actor.id]
            e.source_text = [mention or Span.of(text, name.idx, name.idx + len(name.text))]
            e.adjustments.append("source=after-dateline")
            e.target = [t for t in e.target if t != actor.id]
            return
    e.source, e.source_text = [], []
    e.adjustments.append("source=not-dateline")


def _generic(tok) -> bool:
    return tok.lemma_.lower() in COUNTRY_NOUNS and any(c.dep_ == "det" and c.lower_ in COUNTRY_DETS
                                                        for c in tok.children) and \
        not any(c.dep_ in ("compound", "amod", "poss", "prep") and c.i != tok.i for c in tok.children
                if c.dep_ != "prep" or c.lower_ == "of")


def _country_before(table: ActorTable, pos: int, exclude: set[str]) -> str | None:
    """The country the article named last before `pos`, other than `exclude`."""
    best, at = None, -1
    for a in table:
        if a.kind != "country" or a.id in exclude:
            continue
        for m in a.mentions:
            if at < m.span.start < pos:
                best, at = a.id, m.span.start
    return best


def _generic_country(e: Event, trig, table: ActorTable) -> None:
    """"invaded the country", "the nation launched": the country named last before it."""
    if not e.target:
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass") and _generic(c) or \
                    c.dep_ == "prep" and c.lower_ in ("against", "on", "into") and \
                    any(p.dep_ == "pobj" and _generic(p) for p in c.children):
                found = _country_before(table, trig.idx, set(e.source))
                if found is not None:
                    e.target = [found]
                    e.adjustments.append("target=the-country")
                break
    if not e.source:
        subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
        if subj is not None and _generic(subj):
            found = _country_before(table, subj.idx, set(e.target))
            if found is not None:
                e.source = [found]
                e.adjustments.append("source=the-country")


def _claim_owner(e: Event, trig, before: list[Event]) -> None:
    """"rejected these accusations": the doer of the last accusation reported before it."""
    if e.type != "REJECT" or e.target:
        return
    claim = next((c for c in trig.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                  and c.lemma_.lower() in CLAIM_NOUNS), None)
    if claim is None and trig.lemma_.lower() in CLAIM_NOUNS:
        claim = trig
    if claim is None or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in claim.children) \
            or any(c.dep_ in ("poss", "prep") for c in claim.children):
        return
    prior = next((b for b in reversed(before) if b.type == "ACCUSE" and b.source), None)
    if prior is not None:
        e.target = [s for s in prior.source if s not in e.source]
        if e.target:
            e.adjustments.append("target=earlier-accuser")


# -- a doer that can do nothing ------------------------------------------------------------------

# office holders and bodies the actor word lists do not name, seen as doers in political reporting
# ("The premier defended the decision", "the regulator fined the party")
_OFFICES = frozenset({"premier", "speaker", "legislator", "monarch", "cleric", "imam", "candidate", "incumbent",
                      "challenger", "legislature", "house", "watchdog", "regulator", "tribunal"})


def _agent_words(lex: Lexicon) -> frozenset[str]:
    words = set(lex.people) | BODIES | _OFFICES | actor_words.org_nouns() | actor_words.government_nouns()
    words |= {w.split()[-1] for w in actor_words.institutions()}
    words |= {w.split()[-1] for w in actor_words.roles()}
    return frozenset(words)


_AGENTS: dict[int, frozenset[str]] = {}


def _can_act(tok, table: ActorTable, lex: Lexicon) -> bool:
    """Whether a subject word can name a doer: a name, a pronoun, an actor's mention, a word for
    people or a body of people, or a happening ("the strikes forced ...")."""
    agents = _AGENTS.get(id(lex))
    if agents is None:
        agents = _AGENTS.setdefault(id(lex), _agent_words(lex))
    for t in [tok, *tok.conjuncts]:
        lemma, low = t.lemma_.lower(), t.lower_
        if t.pos_ in ("PROPN", "PRON", "NUM", "X") or t.ent_type_ in ACTOR_ENTS:
            return True
        if len(t.text) >= 2 and t.text.isalpha() and t.text.isupper():
            return True  # an acronym the tagger took for a common noun: "ICE returned ...", "CBP seized ..."
        if table.actor_of_token(t) is not None or low in agents or lemma in agents:
            return True
        if t.text[:1].isupper() and actor_words.fold(t.text) in actor_words.leaders():
            return True  # a leader's name the tagger took for a common noun at the head of the sentence: "Trump urges ..."
        if lemma in lex.nouns or low in lex.nouns or (low.endswith("ing") and lemma in lex.verbs):
            return True  # "the strikes", "the shelling"
        if low in VOICES or lemma in VOICES:
            return True
        if any(c.i < t.i and (c.pos_ == "PROPN" or table.actor_of_token(c) is not None or c.ent_type_ in ACTOR_ENTS)
               for c in t.subtree):
            return True  # "Russia's pressure", "US aid", "the UNITA militarist wing", "Ibo traditional elders"
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _can_act(o, table, lex)
                                                              for o in p.children) for p in t.children):
            return True  # "hundreds of demonstrators", "a group of soldiers"
    return False


def _no_doer(trig, table: ActorTable, lex: Lexicon) -> bool:
    """The event's clause has a subject, and it is a thing or an idea that cannot act."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ in ("dobj", "attr") else None
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None and verb.dep_ == "conj":  # "are illegal ... and threaten the viability"
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        subj = verb.head  # "an emergency which threatens the safety of children": the emergency
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return False  # a plural names people more often than not ("guerrillas", "firefighters")
    return not _can_act(subj, table, lex)


# -- short names ---------------------------------------------------------------------------------

_LEADING = re.compile(r"^(?:the|its|their|his|her|our)\s+", re.I)


@lru_cache(maxsize=8192)  # speed: _longer_name asks it of every name of every actor, for each unresolved side
def _bare(name: str) -> str:
    return _LEADING.sub("", " ".join(_words(name)))


def _longer_name(words: str, table: ActorTable, before: int) -> str | None:
    """The one actor named before `before` whose name ends with `words` and is longer."""
    found = set()
    for a in table:
        if not any(m.span.start < before for m in a.mentions):
            continue
        for n in {a.name, *a.aliases, *(m.span.text for m in a.mentions)}:
            full = _bare(n)
            if full != words and full.endswith(" " + words):
                found.add(a.id)
    return found.pop() if len(found) == 1 else None


def _short_names(e: Event, table: ActorTable, text: str) -> None:
    """An unresolved source or target naming an actor by the last words of its full name."""
    for side, spans, adj in (("source", e.source_text, "source=short-name"), ("target", e.target_text, "target=short-name")):
        ids = getattr(e, side)
        if ids:
            continue
        for span in spans:
            words = _bare(span.text)
            if not words or len(words) < 4 or table.actor_at(span.start, span.end) is not None:
                continue
            found = _longer_name(words, table, span.start)
            if found is not None and found not in e.source + e.target:
                ids.append(found)
                e.adjustments.append(adj)
                break


# -- one act, two verbs; a subject cut off by an aside -------------------------------------------

HARM = frozenset({"ASSAULT", "COERCE"})
_OWN = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})


def _it_again(trig, e: Event, before: list[Event], window: int = 3) -> bool:
    """"The U.S. will provide the coast guard with a ship. ... It would be provided next year": a
    passive with no doer whose subject is "it", told after an event of the same category, is that
    happening told again, not a new one."""
    if e.source or trig.pos_ != "VERB" or any(c.dep_ == "agent" for c in trig.children):
        return False
    subj = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ != "it":
        return False
    return any(b.type == e.type and b.trigger is not None and b.trigger.end <= trig.idx for b in before[-window:])


def _second_verb(trig, e: Event, before: list[Event], doc) -> bool:
    """A verb coordinated with an earlier act of force of the same sentence, sharing its subject
    and object: "shot down and completely destroyed", "arrested and detained"."""
    if e.type not in HARM or trig.dep_ != "conj" or trig.pos_ != "VERB":
        return False
    if any(c.dep_ in _OWN for c in trig.children):
        return False
    first = trig.head
    for b in before:
        if b.type in HARM and b.trigger is not None and b.trigger.start <= first.idx < b.trigger.end \
                and set(e.source) <= set(b.source):
            return True
    return False


def _subject_past_aside(e: Event, trig, table: ActorTable, text: str) -> None:
    """"The Authority - which considers ... - called for a meeting": the parser hangs "called" on
    the name as a participle; with no subject, agent or passive of its own, the name is the doer."""
    if e.source or trig.pos_ != "VERB" or trig.dep_ != "acl" or trig.tag_ not in ("VBD", "VBN"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in trig.children):
        return
    head = trig.head
    if not any(c.dep_ == "relcl" and c.i < trig.i for c in head.children):
        return
    if not any(t.text in ("-", "\u2014", "\u2013", ",") for t in head.doc[head.i + 1:trig.i]):
        return
    actor = table.actor_of_token(head)
    if actor is None or actor.kind in ("location", "facility"):
        return
    mention = next((m.span for m in actor.mentions if m.span.start <= head.idx < m.span.end), None)
    e.source = [actor.id]
    e.source_text = [mention or Span.of(text, head.idx, head.idx + len(head.text))]
    e.target = [t for t in e.target if t != actor.id]
    e.adjustments.append("source=past-aside")


# -- an abuse reported is an accusation ----------------------------------------------------------

# words that call an act of force an abuse, beside the lexicon's `blame` words ("unlawful", "illegal")
ABUSE = frozenset({"excessive", "brutal", "indiscriminate", "arbitrary", "disproportionate", "extrajudicial",
                   "unlawfully", "illegally", "arbitrarily", "indiscriminately", "brutally"})


def _abuse_said(e: Event, trig, said: dict, lex: Lexicon, accused: set, text: str) -> Event | None:
    if e.type not in HARM or not e.source or e.statement is None:
        return None
    stmt = said.get(e.statement)
    if stmt is None or stmt.speaker is None or stmt.speaker in e.source:
        return None
    words = [c for c in trig.children if c.dep_ in ("amod", "advmod")]
    words += [m for c in trig.children if c.dep_ == "dobj" for m in c.children if m.dep_ == "amod"]
    word = next((w for w in words if w.lower_ in ABUSE or lex.evaluative.get(w.lemma_.lower()) == "blame"), None)
    if word is None:
        return None
    pairs = {(stmt.speaker, s) for s in e.source}
    if pairs <= accused:
        return None  # accused already in this article
    accused |= pairs
    return Event(id="", type="ACCUSE", evidence=e.evidence, rule="", base_rule=f"abuse-said:{word.lower_}>{e.base_rule}",
                 adjustments=["source=speaker"], source=[stmt.speaker], target=list(e.source), mode="disapprove",
                 date=stmt.date, date_precision="day" if stmt.date else None, modality="asserted",
                 trigger=Span.of(text, word.idx, word.idx + len(word.text)), statement=e.statement,
                 source_text=[stmt.speaker_text] if stmt.speaker_text is not None else [],
                 target_text=list(e.source_text))


# -- an aim is not a happening -------------------------------------------------------------------

ATTEMPT_NOUNS = frozenset({"mission", "attempt", "attempts", "bid", "plan", "scheme"})
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "strive", "struggle"})


# "giving states flexibility to request waivers", "the power to arrest", "the right to strike": what
# someone may do has not happened
CAPACITY_NOUNS = frozenset({"flexibility", "right", "rights", "power", "powers", "ability", "authority", "freedom",
                            "capacity", "capability", "capabilities", "leeway", "latitude", "discretion", "option",
                            "mandate", "licence", "license", "permission"})


def _capacity(trig) -> bool:
    """A to-infinitive on a noun of capacity or licence names no happening."""
    if trig.pos_ != "VERB" or trig.dep_ not in ("acl", "relcl") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    return trig.head.lemma_.lower() in CAPACITY_NOUNS or trig.head.lower_ in CAPACITY_NOUNS


def _aim(trig) -> bool:
    """A to-infinitive saying what a mission or an attempt was for, or what someone tried to do."""
    if trig.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    head = trig.head
    if trig.dep_ in ("acl", "relcl") and head.lemma_.lower() in ATTEMPT_NOUNS:
        return True
    if trig.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in ATTEMPT_NOUNS for c in head.children):
        return True  # "launched a rescue mission to free the hostages", the purpose hung on the verb
    return trig.dep_ == "xcomp" and head.lemma_.lower() in ATTEMPT_VERBS
