"""References to actors met earlier: role nouns ("the General") and pronouns ("he", "its").

Each resolution becomes a Mention of the actor with its rule (`coref:role`, `coref:pronoun`), so a
later stage finds the speaker of "he said" with `ActorTable.actor_at` alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..grammar.pronouns import GENDER as _PRONOUN_GENDER
from ..grammar.pronouns import PERSON as _PERSON_PRON
from ..grammar.pronouns import PLURAL as _PLURAL_PRON  # for organisations, countries and groups only
from ..grammar.pronouns import THING
from ..model import Actor, Mention, Span
from ..nlp import column, sentence_bounds, text_of
from . import known, lexicon
from .names import core_words

_NOT_AGENT = {"be", "seem", "appear", "become", "remain", "take", "make", "matter", "happen", "rain"}
_SUBJ = {"nsubj", "nsubjpass"}
_SYNONYMS = {"spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
             "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
             "spokeswoman": ("spokesman", "spokeswoman", "spokesperson")}


_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m",
                     "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "queen": "f",
                     "princess": "f", "lady": "f", "dame": "f"}


def gender(actor: Actor) -> str | None:
    """'m' or 'f' when a given name (data/actors/given_names.tsv) or an honorific says so, else None."""
    for m in actor.mentions:
        first = m.span.text.split()[0].lower() if m.span.text.split() else ""
        if first in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[first]
    words = core_words(actor.name)
    if len(words) >= 2:
        return lexicon.given_names().get(words[0])
    return None


def _gender_once(genders: dict[str, str | None], actor: Actor) -> str | None:
    """gender(actor), worked out once per actor: the first answer is kept (as setdefault kept it)."""
    if actor.id not in genders:
        genders[actor.id] = gender(actor)
    return genders[actor.id]


def _holds(actor: Actor, phrase: str) -> bool:
    words = _SYNONYMS.get(phrase, (phrase,))
    return any(w in r.lower() and re.search(rf"\b{re.escape(w)}s?\b", r.lower())  # (in: speed only)
               for r in actor.roles for w in words)


def _is_subject(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(3):
        if t.dep_ in ("appos", "compound", "flat", "conj") and t.head is not t:
            t = t.head
        else:
            break
    return t.dep_ in _SUBJ


class _Index:
    """Mentions so far, in text order, with the sentence each is in. Lookups bisect the starts:
    a scan of every mention for every pronoun made coreference quadratic in the text's length."""

    def __init__(self, doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.items: list[tuple[int, int, Actor, bool]] = []
        self.starts: list[int] = []
        self.longest = 0  # no mention is longer: one overlapping [a, b) starts after a - longest
        self.backwards = False  # a mention that ends before it starts (none do): lookups scan everything
        for a in actors:
            for m in a.mentions:
                if m.rule != "demonym":
                    self.add(m.span.start, m.span.end, a)

    def add(self, start: int, end: int, actor: Actor) -> None:
        i = bisect_right(self.starts, start)  # after equal starts: what a stable sort by start gives
        self.starts.insert(i, start)
        self.items.insert(i, (start, end, actor, _is_subject(self.doc, start, end)))
        self.longest = max(self.longest, end - start)
        self.backwards = self.backwards or end < start

    def covered(self, start: int, end: int) -> bool:
        items = self.items if self.backwards else \
            self.items[bisect_right(self.starts, start - self.longest):bisect_left(self.starts, end)]
        return any(s < end and start < e for s, e, _, _ in items)

    def before_reversed(self, pos: int):
        """before(pos, 0) from the last item back, lazily."""
        items = self.items if self.backwards else self.items[:bisect_right(self.starts, pos)]
        return (x for x in reversed(items) if x[1] <= pos)

    def before(self, pos: int, sent_start: int):
        if self.backwards:
            return [x for x in self.items if x[1] <= pos and x[0] >= sent_start]
        return [x for x in self.items[bisect_left(self.starts, sent_start):bisect_right(self.starts, pos)]
                if x[1] <= pos]


def _sentence_at(starts: list[int], pos: int) -> int:
    """The start of the sentence holding `pos`: the last start at or before it."""
    i = bisect_right(starts, pos)
    if i == 0:
        raise ValueError("no sentence starts at or before the position")
    return starts[i - 1]


def _sentence_starts(doc) -> list[int]:
    return [b[2] for b in sentence_bounds(doc)]  # each sentence's start_char (speed: no Span made)


def _pick(cands, pron_sent_start: int, starts: list[int], object_pron: bool, strict: bool = False):
    """Same-sentence subject, then the nearest earlier sentence's subject, then (unless `strict`)
    the latest mention."""
    if not cands:
        return None
    same = [c for c in cands if c[0] >= pron_sent_start]
    if not object_pron:
        subj = [c for c in same if c[3]]
        if subj:
            return subj[-1][2]
    earlier = [c for c in cands if c[0] < pron_sent_start]
    for s in sorted({_sentence_at(starts, c[0]) for c in earlier}, reverse=True):
        subj = [c for c in earlier if c[3] and _sentence_at(starts, c[0]) == s]
        if subj:
            return subj[-1][2]
    if strict:
        return None
    if object_pron:
        same = [c for c in same if not c[3]] or same
    return (same or cands)[-1][2]


def _nearer_noun_subject(sent, pron, index) -> bool:
    """Is there, earlier in the sentence, a noun subject that names no actor?"""
    for t in sent:
        if t.i >= pron.i:
            return False
        if t.dep_ in _SUBJ and t.pos_ in ("NOUN", "PROPN") and not index.covered(t.idx, t.idx + len(t)):
            return True
    return False


def _agentive_it(t) -> bool:
    """'it' doing something ("it said", "it sent troops"), not the empty 'it' of "it is known that"."""
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or t.head.lemma_ in _NOT_AGENT:
        return False
    return not any(c.dep_ in ("acomp", "attr", "auxpass") for c in t.head.children)


def resolve(doc, text: str, actors: list[Actor], home: str | None = None, headline: str | None = None) -> None:
    """Role nouns, generic nouns and pronouns resolved to the actors named before them. `home` is the
    alpha-3 code of the country the outlet is in, when its site says so (lexicon.outlet_country);
    `headline` the article's title (state_meant)."""
    index = _Index(doc, actors)
    starts = _sentence_starts(doc)
    added: list[tuple[Actor, Mention]] = []
    genders: dict[str, str | None] = {}
    doc_text: list[str] = []
    lowers = column(doc, "lower_")
    for sent in doc.sents:
        upto = bisect_right(starts, sent.start_char)  # the starts at or before this sentence's
        window = min(starts[max(0, upto - 3):upto] or [0])
        i = sent.start
        while i < sent.end:
            low = lowers[i]  # (from the Doc's column: no Token for the words no rule below starts at)
            if low != "the" and low not in _PERSON_PRON and low not in _PLURAL_PRON and low not in THING:
                i += 1
                continue
            t = doc[i]
            if low == "the":
                found = _role_reference(doc, i, sent.end)
                if found:
                    end_tok, phrase, code = found
                    a_, b_ = t.idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
                    if not index.covered(a_, b_) or code:
                        # the last mention before the phrase of a person holding the role (from the end:
                        # it is usually near, and each actor is tested once)
                        tested: dict[int, bool] = {}
                        last = next((c for c in index.before_reversed(a_) if tested.setdefault(
                            id(c[2]), c[2].kind == "person" and _holds(c[2], phrase)
                            and (code is None or c[2].country in (None, code)))), None)
                        holders = [last] if last is not None else []
                        if not holders and code:
                            # "Boris Johnson arrived ... The British prime minister promised": a national
                            # title with nobody holding it is the last person named, when that person has
                            # no title yet; the title becomes theirs
                            recent = [c for c in index.before(a_, window) if c[2].kind == "person" and not c[2].roles
                                      and c[2].country in (None, code)]
                            if doc[end_tok - 1].dep_ not in ("nsubj", "nsubjpass"):
                                # "Johnson met the Iraqi Foreign Minister": a title that is not its
                                # sentence's subject is someone else than the people that sentence names
                                recent = [c for c in recent if c[0] < sent.start_char]
                            if recent:
                                actor = recent[-1][2]
                                actor.roles.append(doc[i + 1:end_tok].text)
                                holders = [recent[-1]]
                        if not holders and code:
                            # "the Jewish state's premier cheered ... Israeli Prime Minister Benjamin
                            # Netanyahu said": the one person of that country named later with the role
                            later = {id(c[2]): c for c in index.items if c[0] >= b_ and c[2].kind == "person"
                                     and c[2].country == code and _holds(c[2], phrase)}
                            if len(later) == 1:
                                holders = list(later.values())
                        if holders:
                            actor = holders[-1][2]
                            if code and actor.country is None:
                                actor.country = code
                            added.append((actor, Mention(Span.of(text, a_, b_), "coref:role")))
                            index.add(a_, b_, actor)
                        elif (office := _leader_office(doc, end_tok, sent.end, phrase)) is not None:
                            # "the president's office said" with no president named: the state speaking
                            state = _article_country(doc, i, actors)
                            if state is not None and (code is None or state.country == code):
                                b_ = doc[office - 1].idx + len(doc[office - 1])
                                added.append((state, Mention(Span.of(text, a_, b_), "coref:generic")))
                                index.add(a_, b_, state)
                                end_tok = office
                    i = end_tok
                    continue
            if low == "the" and i + 2 < sent.end and lowers[i + 1] in lexicon.portfolios():
                found_body = _portfolio_body(doc, i, sent.end, actors, index)
                if found_body is not None:  # "the interior ministry": a ministry named by its portfolio
                    actor, end_tok = found_body
                    a_, b_ = doc[i + 1].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
                    added.append((actor, Mention(Span.of(text, a_, b_), "coref:portfolio")))
                    index.add(a_, b_, actor)
                    i = end_tok
                    continue
            if low == "the" and i + 1 < sent.end:
                # "the government" (the country the article is about), then "the ministry" (an
                # organisation named with that noun): the first that finds an actor gives the mention
                actor, rule = None, None
                if doc[i + 1].lower_ in _GOVERNMENT:
                    actor, rule = _government_reference(doc, i, sent.end, actors, index, home, headline), "coref:generic"
                if actor is None:
                    actor, rule = _org_reference(doc, i, sent.end, index, window, doc_text), "coref:org_noun"
                if actor is None and doc[i + 1].lower_ in _HOME_ARMY and doc[i + 1].tag_ == "NN":
                    actor, rule = _home_army(doc, i, sent.end, actors, index, home), "coref:generic"
                if actor is not None:
                    a_, b_ = t.idx, doc[i + 1].idx + len(doc[i + 1])
                    added.append((actor, Mention(Span.of(text, a_, b_), rule)))
                    index.add(a_, b_, actor)
                    i += 2
                    continue
            thing = low in THING and (low != "it" or _agentive_it(t))  # not the empty 'it' of "it is known"
            if (low in _PERSON_PRON or low in _PLURAL_PRON or thing) and index.covered(t.idx, t.idx + len(t)):
                pass  # a word of a name the table holds ("Liu He", "World War I") is no pronoun
            elif low in _PERSON_PRON or low in _PLURAL_PRON or thing:
                kinds = ("person",) if low in _PERSON_PRON else ("organization", "country", "group")
                cands = [c for c in index.before(t.idx, window) if c[2].kind in kinds]
                if low in _PRONOUN_GENDER:  # "he" is not Pamela: drop people the name shows otherwise
                    cands = [c for c in cands if _gender_once(genders, c[2]) in (None, _PRONOUN_GENDER[low])]
                if (low in _PLURAL_PRON or thing) and _nearer_noun_subject(sent, t, index):
                    cands = []  # "the government is weak because it ...": 'it' is that noun, not an actor
                obj = t.dep_ in ("dobj", "pobj", "dative") and low in ("him", "her", "them")
                if low in _PERSON_PRON and _speaking(t):
                    # issue 11, kind 6: 'A met B. He said ...': the one speaking is the nearest person
                    # named before, not one inside what was said (statements.speaker.nearest agrees)
                    spoken = _said_ranges(doc, text, window, t.idx)
                    near = [c for c in cands if not any(x <= c[0] < y for x, y in spoken)]
                    actor = near[-1][2] if near else _pick(cands, sent.start_char, starts, obj)
                else:
                    # "they" and "it" may as well mean people or things never named: only a subject will do
                    actor = _pick(cands, sent.start_char, starts, obj, strict=low in _PLURAL_PRON or low == "it")
                if actor is not None:
                    added.append((actor, Mention(Span.of(text, t.idx, t.idx + len(t)), "coref:pronoun")))
                    index.add(t.idx, t.idx + len(t), actor)
            i += 1
    for actor, m in added:
        actor.mentions.append(m)
    for actor, m in _first_person_in_quotes(doc, text, actors):
        actor.mentions.append(m)
    for a in actors:
        a.mentions.sort(key=lambda m: m.span.start)


def _speaking(t) -> bool:
    """'he said', 'she told reporters', 'he added': a pronoun that is the subject of a reporting verb."""
    return t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _REPORTING


def _said_ranges(doc, text: str, since: int, before: int) -> list[tuple[int, int]]:
    """Character ranges of what was said between `since` and `before`: quotations, and the clauses a
    reporting verb takes ("Smith said [Jones lied]")."""
    out = [(q.start(), q.end()) for q in _QUOTE.finditer(text, since, before)]
    span = doc.char_span(since, before, alignment_mode="expand")
    if span is not None:
        for v in span:
            if v.pos_ == "VERB" and v.lemma_.lower() in _REPORTING:
                for c in v.children:
                    if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.pos_ != "PRON" and any(
                            g.dep_ == "ccomp" for g in c.children)):
                        out.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))
    return out


_QUOTE = re.compile(r"\u201c[^\u201c\u201d\n]{2,}?\u201d|\"[^\"\n]{2,}?\"")
_REPORTING = {"say", "tell", "add", "state", "write", "declare", "announce", "insist", "warn", "explain", "note",
              "continue", "conclude", "recall"}


_FIRST = {"person": ("i", "me", "my", "myself"), "plural": ("we", "us", "our", "ourselves")}
_FIRST_FORMS = _FIRST["person"] + _FIRST["plural"]


def _first_person_in_quotes(doc, text: str, actors: list[Actor]) -> list[tuple[Actor, Mention]]:
    """'"I will not resign," Smith said': I, me, my and myself inside a quotation are the person the
    sentence around it says is speaking (the subject of a reporting verb outside the quotation, a name
    or a pronoun already resolved); '"We will not withdraw," the ministry said': we, us and our are the
    organisation, group or country speaking. Nothing when no one speaker is named so."""
    named = [(m.span.start, m.span.end, a) for a in actors if a.kind in ("person", "organization", "group", "country")
             for m in a.mentions]
    out = []
    lowers = column(doc, "lower_")
    for q in _QUOTE.finditer(text):
        qa, qb = q.start(), q.end()
        around = doc.char_span(qa, qb, alignment_mode="expand")
        if around is None:
            continue
        first = [t for t in (doc[i] for i in range(around.start, around.end) if lowers[i] in _FIRST_FORMS)
                 if t.tag_ in ("PRP", "PRP$")]  # (the word from the column first: a Token only for those)
        if not first:
            continue
        speakers: dict[str, Actor] = {}
        for t in (tok for sent in around.sents for tok in sent):
            if qa <= t.idx < qb or t.lemma_.lower() not in _REPORTING or t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ == "nsubj" and not qa <= c.idx < qb:
                    for a_, b_, actor in named:
                        if a_ <= c.idx < b_:
                            speakers[actor.id] = actor
        if len(speakers) != 1:
            continue
        who = next(iter(speakers.values()))
        forms = _FIRST["person"] if who.kind == "person" else _FIRST["plural"]
        for t in first:
            if t.lower_ in forms and not any(a_ <= t.idx < b_ for a_, b_, _ in named):
                out.append((who, Mention(Span.of(text, t.idx, t.idx + len(t)), "coref:pronoun")))
    return out + _first_person_after_colon(doc, text, named)


# "Tobias Ellwood said: I am deeply concerned": a reporting verb and a colon, then what was said, unquoted
_SAID_COLON = re.compile(r"\b(?:said|says|added|stated|wrote|declared|announced|warned)[^\S\n]*:\s*(?=[A-Z])")


def _first_person_after_colon(doc, text: str, named) -> list[tuple[Actor, Mention]]:
    """'Minister X said: I welcome the news ...': I, me, my and myself in the paragraph right after a
    reporting verb and a colon (on the same line or the next: a press release's "The Foreign Secretary
    said:" above what was said), with no quotation mark, are the person named as that verb's subject
    (we, us, our: the organisation, group or country so named)."""
    out = []
    for m in _SAID_COLON.finditer(text):
        verb = doc.char_span(m.start(), m.start() + len(m.group().split(":")[0].strip()), alignment_mode="expand")
        if verb is None or not len(verb):
            continue
        v = verb[0]
        who = next((actor for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                    for a_, b_, actor in named if a_ <= c.idx < b_), None)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        para = doc.char_span(m.end(), end, alignment_mode="contract")
        if who is None or para is None or not len(para):
            continue
        forms = _FIRST["person"] if who.kind == "person" else _FIRST["plural"]
        for t in para:
            if t.tag_ in ("PRP", "PRP$") and t.lower_ in forms \
                    and not any(a_ <= t.idx < b_ for a_, b_, _ in named):
                out.append((who, Mention(Span.of(text, t.idx, t.idx + len(t)), "coref:pronoun")))
    return out


_ORG_KINDS = ("organization", "group")
# nouns that, with "the" and nothing after, mean the government of the country the article is about
GOVERNMENT = ("government", "regime", "administration", "authorities", "junta")
_GOVERNMENT = GOVERNMENT


# heads of state or government whose office speaks for the state ("the president's office said")
_LEADERS = frozenset({"president", "prime minister", "premier", "king", "emir", "chancellor", "supreme leader"})
_OFFICES = frozenset({"office", "palace", "cabinet", "spokesman", "spokeswoman", "spokesperson"})


def _leader_office(doc, k: int, limit: int, phrase: str) -> int | None:
    """End token of "'s office" (palace, cabinet, spokesman) right after a leader's title ending at k."""
    if phrase in _LEADERS and k + 1 < limit and doc[k].text in ("'s", "\u2019s") and doc[k + 1].lower_ in _OFFICES:
        return k + 2
    return None


def _article_country(doc, i: int, actors: list[Actor]) -> Actor | None:
    """The country the article is about up to the sentence of token i: the only country named in the
    sentences before (national adjectives and capitals count), or None."""
    pos = doc[i].sent.start_char
    named = [a for a in actors if a.kind == "country" and a.country and any(m.span.end <= pos for m in a.mentions)]
    return named[0] if len(named) == 1 else None


def _government_reference(doc, i: int, limit: int, actors: list[Actor], index: "_Index",
                          home: str | None = None, headline: str | None = None) -> Actor | None:
    """'the government', 'the regime', 'the authorities' at token i: the country the article is about
    so far, the one with the most mentions before it (names, national adjectives, capitals), when no
    other country has as many. None when that is not clear: the reference stays unresolved rather
    than becoming an actor of its own. Better evidence first (issue 11, kind 4):
    - "the Government" with a capital G on a site of a country-code domain (`home`: 'standard.co.uk')
      is that country's own government, as British, Irish and Commonwealth style writes it, whatever
      other country the article names most (a British article on travel corridors naming Poland);
    - "the administration" is the United States' when the article has named the United States before
      (news English says "administration" of the US government, "government" of others);
    - where the counts do not settle it (a tie, or no country named before), the outlet's own country
      when the article names it (before or after: a local paper names its own country late, if at all)."""
    noun = doc[i + 1]
    nxt = doc[i + 2] if i + 2 < limit else None
    if index.covered(noun.idx, noun.idx + len(noun)):
        return None
    if nxt is not None and nxt.lower_ == "in" and i + 3 < limit:
        # "the regime in Damascus", "the government in Nairobi": the state whose capital (or place) it sits in
        return _state_in(doc, i + 3, limit, actors)
    if nxt is not None and (nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ in ("of", "'s", "\u2019s")) and \
            not _of_doing(doc, i + 2, limit):
        return None  # "the government forces", "the government of Chad", "the regime's air force"
    if index.covered(noun.idx, noun.idx + len(noun)):
        return None
    pos = doc[i].sent.start_char  # named in earlier sentences: "Turkey said the government is weak" is another's
    if home and noun.text == "Government" and (doc[i].text == "the" or doc[i].i == doc[i].sent.start):
        return _state(actors, home)
    if noun.lower_ == "administration":
        us = [a for a in actors if a.kind == "country" and a.country == "USA" and any(m.span.end <= pos for m in a.mentions)]
        if us:
            return us[0]
    return state_meant(actors, doc.text, doc[i].idx, pos, home, headline=headline)


def headline_end(text: str) -> int:
    """End of the article's headline: its first line, when that line has no closing stop and a blank line
    or the body follows it ("# Kenya closes border"); 0 when the text starts with its body."""
    first = re.match(r"\s*([^\n]+)\n", text)
    if first is None:
        return 0
    line = first.group(1).strip()
    if line.startswith("#") or (line[-1:] not in ".!?\"\u201d:;," and len(line.split()) <= 20):
        return first.end(1)
    return 0


def state_meant(actors, text: str, pos: int, sent_start: int, home: str | None = None,
                exclude: frozenset[str] | set[str] = frozenset(), headline: str | None = None) -> Actor | None:
    """The country a state noun with no owner of its own ("the government", "the regime", "the army",
    "the authorities") at character `pos` stands for (issue 11, kind 4); the one rule the actors stage
    (coref) and the events stage (participants.the_body) share:
    - the country named most often before the noun's sentence, when no other is named as often;
    - on a tie, the one of the tied countries the headline names ("# Kenya closes border ... Kenya's
      president met Somali leaders. The government said ..." is Kenya's, not the country named last),
      else the outlet's country (`home`), else the tied country named first when it was named alone
      in a sentence before any other ("Chad and Niger signed the pact. The government ...": nobody's);
    - None when no country is named before, or when a country is named earlier in the noun's own
      sentence ("Turkey said the government is weak": the government may be set against it); the
      words then stay unresolved, never an actor "government".
    `exclude`: ids of actors that cannot be meant (an event's other side); `headline`: the article's
    title when the text does not hold it (markdown "# ..." and HTML titles are kept apart)."""
    cands = [a for a in actors if a.kind == "country" and a.id not in exclude]
    counts = sorted(((sum(1 for m in a.mentions if m.span.end <= sent_start), a) for a in cands),
                    key=lambda x: -x[0])
    if not counts or counts[0][0] == 0:
        return _home_named(cands, home)
    if any(sent_start <= m.span.start < pos for _, a in counts for m in a.mentions):
        return None  # a country named earlier in the same sentence: "the government" may be set against it
    tied = [a for n, a in counts if n == counts[0][0]]
    if len(tied) == 1:
        return tied[0]
    top = headline_end(text)
    title = (headline or "").lower()
    in_headline = [a for a in tied if any(m.span.end <= top for m in a.mentions) or title and any(
        re.search(r"\b" + re.escape(w) + r"\b", title) for w in {a.name.lower(), *(m.span.text.lower() for m in a.mentions
                                                                                  if m.span.text[:1].isupper())})]
    if len(in_headline) == 1:
        return in_headline[0]
    by_home = _home_named(tied, home)
    if by_home is not None:
        return by_home
    firsts = sorted((min(m.span.start for m in a.mentions), min(m.span.end for m in a.mentions), a) for a in tied)
    (_, end, first), (after, _, _) = firsts[0], firsts[1]
    if _SENTENCE_BREAK.search(text, end, after):
        return first  # named alone in a sentence before any other tied country: the article's own
    return None  # "Chad and Niger signed the pact. The government said ...": whose is not said


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s|\n")


def _state_in(doc, k: int, limit: int, actors: list[Actor]) -> Actor | None:
    """The country of the place named at token k ("Mogadishu" in "the regime in Mogadishu"): the country
    actor of the capital's or place's country, made when the article names only the place."""
    place = next((a for a in actors if a.kind in ("location", "country") and a.country
                  and any(m.span.start <= doc[k].idx < m.span.end for m in a.mentions)), None)
    if place is None:
        return None
    if place.kind == "country":
        return place
    if lexicon.capitals().get(lexicon.fold(place.name)) != place.country:
        return None  # a town ("the authorities in Mandera") is a local government, not the state
    return _state(actors, place.country)


def _home_named(actors: list[Actor], home: str | None) -> Actor | None:
    """The actor of the outlet's country `home`, when the article names it; else None."""
    if not home:
        return None
    return next((a for a in actors if a.kind == "country" and a.country == home and a.mentions), None)


def _state(actors: list[Actor], code: str) -> Actor:
    """The country actor of `code`: the one the article names, else a new one (added to `actors`)."""
    for a in actors:
        if a.kind == "country" and a.country == code:
            return a
    state = Actor(id="", name=lexicon.countries()[code].name if code in lexicon.countries() else code,
                  kind="country", country=code, rule="coref:generic")
    actors.append(state)
    return state


BODY_HEADS = ("ministry", "department", "office")
# one spelling for each portfolio ("defense" and "defence" name one ministry)
_PORTFOLIO_SPELLING = {"defense": "defence", "labor": "labour", "transportation": "transport",
                       "economic": "economy"}


def portfolio_key(name: str) -> tuple[str, frozenset[str]] | None:
    """('ministry', {'interior'}) for "Interior Ministry", "Ministry of the Interior", "Kenya's interior
    ministry"; None for a name that is no ministry or department named by its portfolio."""
    words = re.findall(r"[a-z]+", name.lower())
    head = next((w for w in BODY_HEADS if w in words), None)
    if head is None:
        return None
    table = lexicon.portfolios()
    found = frozenset(_PORTFOLIO_SPELLING.get(w, w) for w in words if table.get(w) == "portfolio")
    return (head, found) if found else None


def portfolio_words(doc, j: int, limit: int) -> int | None:
    """The token of "ministry"/"department"/"office" that a run of portfolio words from token j leads to ("the
    [interior] ministry", "the [foreign affairs] ministry"), or None: the run holds one portfolio word
    at least (data/actors/portfolios.tsv), and no name or "of" follows the head ("the interior
    ministry of X" is X's, "the Foreign Ministry Zakharova ..." is a title)."""
    table = lexicon.portfolios()
    k, seen = j, False
    while k < limit and doc[k].lower_ in table:
        seen = seen or table[doc[k].lower_] == "portfolio"
        k += 1
    if k == j or not seen or k >= limit or doc[k].lower_ not in BODY_HEADS or doc[j].lower_ in ("and",):
        return None
    if k + 1 < limit and (doc[k + 1].lower_ == "of" or doc[k + 1].pos_ == "PROPN"):
        return None
    return k


def state_of_article(actors: list[Actor], pos: int) -> Actor | None:
    """The country the article is about before `pos`: the only country it names there (national
    adjectives and capitals count); None when it names none or several ("the Department of Energy"
    in an article on South Korea, China and the United States is nobody's yet)."""
    named = [a for a in actors if a.kind == "country" and a.country and any(m.span.end <= pos for m in a.mentions)]
    return named[0] if len({a.country for a in named}) == 1 else None


def _portfolio_body(doc, i: int, limit: int, actors: list[Actor], index: "_Index") -> tuple[Actor, int] | None:
    """'the interior ministry', 'the defence department', 'the foreign office' at token i (issue 11, kinds 3 and 4): the
    ministry named before by that portfolio ("Kenya's Ministry of Interior ... the interior ministry"),
    else, where the phrase is a subject or the agent of a passive ("the interior ministry said", "banned
    by the defence ministry"), a new organisation named by it ("Interior Ministry") of the one country
    the article names (state_of_article), or of no country when it names none or several; elsewhere the
    words stay unresolved; never an actor "ministry".
    (actor, the token after the phrase), or None."""
    k = portfolio_words(doc, i + 1, limit)
    if k is None or index.covered(doc[i + 1].idx, doc[k].idx + len(doc[k])):
        return None
    name = " ".join(w.text[:1].upper() + w.text[1:] if w.lower_ != "and" else "and" for w in doc[i + 1:k + 1])
    key = portfolio_key(name)
    if key is None:
        return None
    pos = doc[i].idx
    same = [a for a in actors if a.kind in ("organization", "group") and portfolio_key(a.name) == key]
    if same:
        # the one named last before the phrase (a ministry of each of two countries: the nearer one)
        last = max(same, key=lambda a: max((m.span.start for m in a.mentions if m.span.end <= pos), default=-1))
        return last, k + 1
    head = doc[k]
    if not (head.dep_ == "nsubj" or head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"):
        return None  # a new body only where it acts or speaks; as an object the words stay unresolved
    state = state_of_article(actors, 1 << 62)
    body = Actor(id="", name=name, kind="organization", country=state.country if state else None,
                 rule="coref:portfolio")
    actors.append(body)
    return body, k + 1


_HOME_ARMY = ("army", "military")


def _home_army(doc, i: int, limit: int, actors: list[Actor], index: "_Index",
               home: str | None = None) -> Actor | None:
    """'the army', 'the military' with no armed force named before (issue 11, kind 4): the national
    armed force (data/actors/state_forces.tsv) of the country the article is about so far, as "the
    government" finds it, when that is the only country named before, at least twice ("Saudi Arabia
    brokered a ceasefire. Army chief X said the military ..." is not the Saudi army); a new actor when
    the force is not named yet. None otherwise: the words stay unresolved, never an actor "army"."""
    country = _government_reference(doc, i, limit, actors, index, home)
    if country is None or not country.country:
        return None
    pos = doc[i].sent.start_char
    named = {a.country for a in actors if a.kind == "country" and any(m.span.end <= pos for m in a.mentions)}
    if named != {country.country} or sum(1 for m in country.mentions if m.span.end <= pos) < 2:
        return None  # an army is a country's own only where the article is about that one country so far
    entry = known.forces_of(country.country)
    if entry is None:
        return None
    for a in actors:
        if a.kind == "organization" and known.lookup(a.name) is entry:
            return a
    army = Actor(id="", name=entry.name, kind="organization", country=entry.country, rule="coref:generic")
    actors.append(army)
    return army


def _of_doing(doc, k: int, limit: int) -> bool:
    """'accused the army of bombing ...': 'of' then a gerund says what was done, not whose the noun is."""
    return doc[k].lower_ == "of" and k + 1 < limit and doc[k + 1].tag_ == "VBG"


_ARMED = ("army", "military", "forces")
_COALITIONS = ("coalition", "alliance")  # heads that name an armed organisation


# heads of institutions' names, for "the ministry" after "the Afghan Ministry of Defence" (named_so below
# asks for the actor named with that head): the one-word institutions of data/actors/institutions.tsv,
# and "office", "department", "commission", "council", "committee"
_HEADS = frozenset({"office", "department", "commission", "council", "committee"})


@lru_cache(maxsize=1)  # speed: the tables never change; the sets were made again for each "the" + noun
def _org_heads() -> frozenset[str]:
    """The nouns that after "the" may stand for an organisation named before (not for the government)."""
    heads = lexicon.org_nouns() | set(_ARMED) | _HEADS | {x for x in lexicon.institutions() if " " not in x}
    return frozenset(heads - lexicon.government_nouns())


def _org_reference(doc, i: int, limit: int, index: "_Index", window: int, doc_text: list[str]) -> Actor | None:
    """'the movement', 'the army', 'the group' at token i: the one organisation named just before
    whose name ends with that noun or is written next to it ("the Houthi movement ... the movement",
    "the Libyan National Army ... the army"); "the group" and "the organisation" take the only
    organisation named in the window. None when that is not one actor."""
    noun = doc[i + 1]
    coalition = noun.lower_ in _COALITIONS  # "the coalition", "the Coalition": a coalition named anywhere before
    if not coalition and (noun.tag_ != "NN" or noun.lower_ not in _org_heads()):
        return None
    nxt = doc[i + 2] if i + 2 < limit else None
    if nxt is not None and (nxt.pos_ in ("PROPN", "NOUN") or nxt.lower_ in ("of", "'s", "\u2019s")) and \
            not _of_doing(doc, i + 2, limit):
        return None  # "the group Hamas", "the army chief", "the movement of goods"
    if index.covered(noun.idx, noun.idx + len(noun)):
        return None
    before = [c[2] for c in index.before(doc[i].idx, 0 if coalition else window) if c[2].kind in _ORG_KINDS]
    if not doc_text:  # Doc.text walks every token: once per article, when first needed
        doc_text.append(text_of(doc))
    text = doc_text[0]

    def named_so(actor: Actor) -> bool:
        words = actor.name.lower().split()
        if words[-1] == noun.lower_:
            return True
        if "of" in words[1:] and words[words.index("of", 1) - 1] == noun.lower_:
            return True  # "the Afghan Ministry of Defence ... the ministry": the head before "of"
        if noun.lower_ in _ARMED and any(m.span.text.lower().split()[-1:] == [noun.lower_] for m in actor.mentions):
            return True  # "the Ugandan army" is one of the actor's names
        if noun.lower_ in _ARMED and (entry := known.lookup(actor.name)) is not None and entry.forces:
            return True  # a national armed force ("Kenya Defence Forces ... the army")
        if coalition and any((e := known.lookup(n)) is not None and e.name.lower().endswith(noun.lower_)
                             for n in [actor.name, *actor.aliases]):
            return True  # "Combined Joint Task Force ... the Coalition": a known coalition by another name
        return any(re.match(rf"[\s-]+{re.escape(noun.lower_)}\b", text[m.span.end:m.span.end + 30].lower())
                   for m in actor.mentions)

    fits = {a.id: a for a in before if named_so(a)}
    if not fits and noun.lower_ in _ARMED:
        # "the army" paragraphs after "Sudan's army": the one armed force named anywhere before
        fits = {c[2].id: c[2] for c in index.before(doc[i].idx, 0) if c[2].kind in _ORG_KINDS and named_so(c[2])}
    if not fits and noun.lower_ in ("group", "organization", "organisation"):
        fits = {a.id: a for a in before}
    return next(iter(fits.values())) if len(fits) == 1 else None


_ROLE_WORDS = {"premier": "prime minister"}  # a word for a role the roles list names otherwise


def _role_reference(doc, i: int, limit: int):
    """'the [Russian] General', "the Jewish state's premier" at token i: (end token, role phrase,
    country code or None), or None."""
    from .mentions import epithet_at

    j = i + 1
    code = None
    if j < limit and lexicon.country_of_demonym(doc[j].text) and doc[j].text[:1].isupper():
        code = lexicon.country_of_demonym(doc[j].text)
        j += 1
    elif (found := epithet_at(doc, i)) is not None and found[0] + 1 < limit and \
            doc[found[0]].text in ("'s", "\u2019s"):
        j, code = found[0] + 1, found[1]  # "the Jewish state's premier": the country's
    if j < limit and doc[j].lower_ in _ROLE_WORDS:
        found = (_ROLE_WORDS[doc[j].lower_], 1)
    else:
        found = lexicon.role_at([doc[k].text for k in range(j, min(limit, j + 3))])
    if not found or lexicon.roles()[found[0]] != "role":
        return None
    phrase, n = found
    end = j + n
    said = " ".join(doc[k].lower_ for k in range(j, end))
    if said != phrase and said.endswith("s") and doc[j].lower_ not in _ROLE_WORDS:
        return None  # "the ministers": several people, none of them alone
    nxt = doc[end] if end < limit else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "for", "in")):
        return None  # a title before a name, or a description ("the leader of X")
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ == "compound":
        return None
    return end, phrase, code
