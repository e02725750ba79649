"""Loaded words and labels, with the actor they are aimed at where the parse shows it."""

from __future__ import annotations

import re

from ..actors import ActorTable
from ..model import Actor, Article, Signal
from ..nlp import columns
from .lexicon import LoadedWord, loaded_words
from .quotes import Voices

_NOMINAL = ("NOUN", "PROPN")
_TARGET_KINDS = ("person", "organization", "group", "country")


def _actor(actors: ActorTable, tok) -> Actor | None:
    a = actors.actor_of_token(tok)
    return a if a is not None and a.kind in _TARGET_KINDS else None


def _neutral(tok, word: LoadedWord) -> bool:
    """A use the lexicon marks neutral: 'sanctions regime', 'terrorist attack', 'counter-terrorism'."""
    if not word.unless:
        return False
    near = {tok.head.lemma_.lower(), tok.head.text.lower()} | {c.lemma_.lower() for c in tok.children}
    if tok.i > 0:
        near.add(tok.doc[tok.i - 1].lemma_.lower())
        if tok.doc[tok.i - 1].text == "-" and tok.i > 1:
            near.add(tok.doc[tok.i - 2].lemma_.lower())
    return bool(near & word.unless)


def _agent_of(noun, actors: ActorTable) -> Actor | None:
    """'a group ... led by X', "X's thugs", 'the regime of X': who the noun phrase belongs to."""
    for c in noun.children:
        if c.dep_ == "poss":
            a = _actor(actors, c)
            if a:
                return a
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            for agent in (g for g in c.children if g.dep_ == "agent"):
                for p in agent.children:
                    a = _actor(actors, p)
                    if a:
                        return a
        if c.dep_ == "prep" and c.lower_ in ("of", "in"):  # "the regime of X", "the regime in Tehran"
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in ("PROPN",):
                    a = _actor(actors, p)
                    if a:
                        return a
    return None


def target(tok, actors: ActorTable) -> Actor | None:
    own = _actor(actors, tok)  # "the strongman" as a coreferent mention of a person
    if own is not None:
        return own
    if tok.pos_ in _NOMINAL or tok.dep_ in ("compound", "amod"):
        if tok.dep_ in ("compound", "amod", "appos", "nmod") and tok.head.pos_ in _NOMINAL:
            a = _actor(actors, tok.head)
            if a:
                return a
        for c in tok.children:
            if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN":
                a = _actor(actors, c)
                if a:
                    return a
        if tok.dep_ in ("attr", "acomp"):  # "X is a puppet"
            for s in tok.head.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    return _actor(actors, s)
        # climb "a group of criminals and terrorist groups led by X" to the phrase's head
        noun = tok.head if tok.dep_ in ("amod", "compound") else tok
        for _ in range(3):
            a = _agent_of(noun, actors)
            if a:
                return a
            if noun.dep_ == "conj" or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
                noun = noun.head.head if noun.dep_ == "pobj" else noun.head
            else:
                break
    if tok.pos_ == "VERB":  # a loaded verb frames whoever does it
        verb = tok
        for _ in range(3):
            for s in verb.children:
                if s.dep_ == "nsubj":
                    return _actor(actors, s)
            if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            else:
                break
    return None


def _multiword() -> list[tuple[re.Pattern, LoadedWord]]:
    # "witch hunt", "witch-hunt", "witch hunts": the words joined by a space or a hyphen, a plural allowed
    return [(re.compile(r"(?<![\w-])" + r"[\s\-]+".join(re.escape(p) for p in w.lemma.split()) + r"(?:e?s)?(?![\w-])",
                        re.I), w)
            for w in loaded_words().values() if not w.lemma.isalpha()]


_NAME_KINDS = ("ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT")


def _in_name(tok) -> bool:
    """A capitalised word inside an institution's name that goes on after it is part of the name, not a
    label: "the International Criminal Court", "the Terrorist Screening Center". A name that ends on
    the word ("the Assad Regime") is still flagged."""
    if not tok.text[:1].isupper() or tok.ent_type_ not in _NAME_KINDS or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.ent_iob_ == "I" and nxt.ent_type_ == tok.ent_type_ and nxt.text[:1].isupper() and nxt.text.isalpha()


_PERSONAL = ("PERSON", "WORK_OF_ART", "PRODUCT")


def _in_personal_name(tok) -> bool:
    """A capitalised word inside a person's or a title's name of two words or more is the name, wherever it
    stands in it: "the novelist Helen Slaughter", "Resident Evil 2"."""
    if not tok.text[:1].isupper() or tok.ent_type_ not in _PERSONAL:
        return False
    i, j = tok.i, tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I" and tok.doc[i - 1].ent_type_ == tok.ent_type_:
        i -= 1
    while j + 1 < len(tok.doc) and tok.doc[j + 1].ent_iob_ == "I" and tok.doc[j + 1].ent_type_ == tok.ent_type_:
        j += 1
    return any(t.i != tok.i and (t.text[:1].isupper() or t.like_num) for t in tok.doc[i:j + 1])


def _phrase_end(tok, end: int) -> int:
    """A label used as a noun modifier names the thing it labels: "bandit formations", "a propaganda
    tool", "terror cells". The signal runs to that common noun when it follows within two tokens
    ("propaganda and disinformation tool" is not joined); a name after it ("strongman Khalifa Haftar")
    is the target, not part of the label."""
    head = tok.head
    if tok.dep_ == "compound" and tok.pos_ in _NOMINAL and head.pos_ == "NOUN" and 0 < head.i - tok.i <= 2 \
            and all(t.dep_ in ("compound", "amod") and t.head is head for t in tok.doc[tok.i + 1:head.i]):
        return head.idx + len(head.text)
    return end


# verbs by which someone pins a label or a judgement on another: "Beijing branded the protesters terrorists",
# "the government labelled the strikers as traitors", "media see the protesters as criminals"
_NAMING = frozenset({"call", "brand", "label", "dub", "term", "name", "nickname", "denounce", "describe", "decry",
                     "condemn", "see", "view", "regard", "consider", "portray", "characterise", "characterize",
                     "deride", "dismiss", "slam"})
_FIRST_PERSON = frozenset({"i", "we"})


def _labelled_by(tok):
    """The subject of a verb of naming whose label `tok` is (the complement of "branded X terrorists",
    "labelled X as traitors"), else None. The outlet's own "we call them criminals" is the outlet's."""
    noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in _NOMINAL else tok
    verb = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in _NAMING:
        verb = noun.head.head
    elif noun.dep_ in ("oprd", "dobj") and noun.head.lemma_.lower() in _NAMING and \
            sum(c.dep_ in ("dobj", "oprd") for c in noun.head.children) >= 2 or \
            noun.dep_ == "oprd" and noun.head.lemma_.lower() in _NAMING:
        verb = noun.head
    if verb is None or verb.i > noun.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    return subject


# "lie" as a verb of deceit ("lied to Congress", "lying that he had no contact", "a White House that lies as
# easily as it tells the truth"), not of lying down or being somewhere ("the problem lies in", "lies ahead",
# "lay dead", "the village lies 5 km from", "where the truth lies")
_PLACE_WORDS = frozenset({"ahead", "down", "low", "dormant", "there", "here", "beneath", "behind", "still", "flat",
                          "idle", "awake", "where", "elsewhere", "abandoned", "buried", "empty", "around", "about",
                          "nearby", "back", "fallow", "unused", "untouched", "open", "wounded", "dead", "asleep"})


def _deceives(tok) -> bool:
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "lie" or tok.lower_ not in ("lie", "lies", "lied", "lying"):
        return False  # "lay" is the past of lying down
    if tok.lower_ == "lied":
        return True  # the past of lying down is "lay"
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is not None and nxt.lower_ == "that":
        return nxt.dep_ == "mark"  # "lying that he had no contact", not "lying that way"
    if nxt is not None and nxt.lower_ == "about":
        return after is None or not after.like_num  # "lied about it", not "lies about 5 km from"
    if nxt is not None and nxt.lower_ == "to" and after is not None:
        return after.pos_ in ("PRON", "PROPN", "DET", "NOUN") and after.lower_ != "rest"  # "lied to Congress"
    if nxt is not None and nxt.lower_ == "under" and after is not None and after.lower_ == "oath":
        return True
    if any(c.dep_ in ("prep", "npadvmod", "acomp", "oprd", "attr", "prt", "dobj") or c.lower_ in _PLACE_WORDS
           for c in tok.children):
        return False
    # "lies as easily as", "he lies, and he knows it": a person or body who lies, with no place
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or
                                    subject.lower_ in ("he", "she", "they", "who", "that", "i", "we", "you"))


# verbs of speech that judge what they report, read only as verbs of speech (loaded.tsv, ninth round)
_SPEECH_USE = frozenset({"boast", "brag", "gloat", "admit"})


def _speech_use(tok) -> bool:
    """'boasted of his skills', 'bragged about it', 'boasted that', 'admitted that he had' (in the past tense),
    'admitted making remarks', 'admitted to lying': the verb reports what someone said. Not 'the state boasts the
    highest share' (has), 'was admitted to hospital', 'refugees admitted to the United States', 'admit new members'."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    kids = list(tok.children)
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    lemma = tok.lemma_.lower()
    if lemma == "admit":
        if tok.tag_ not in ("VBD", "VBN") or tok.dep_ == "acl":
            return False  # "admitted", "has admitted": a report of what someone said, not "will not admit"
        if nxt is not None and nxt.lower_ == "to":
            return tok.i + 2 < len(doc) and doc[tok.i + 2].tag_ == "VBG"  # "admitted to lying", not "to the country"
        if any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" for c in kids):
            return True  # "admitted making remarks"
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ != "nsubj":
        return True
    if lemma == "admit":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in kids):
        return True  # "boasted of / about"
    return lemma != "boast" and not any(c.dep_ == "dobj" for c in kids)  # "he bragged", not "boasts a lead"


_PREFIX = re.compile(r"(?<![\w-])[A-Za-z]{2,8}-$")


def _candidates(doc, words: dict[str, LoadedWord]):
    """The tokens whose lemma (lower-cased) or lower-case form is in `words`, in order: read from the Doc's
    columns, not from a Token made for every word (the lemma's test is kept per lemma)."""
    global _HITS_FOR
    lemmas, lowers = columns(doc, ("lemma_", "lower_"))
    if _HITS_FOR is not words or len(_HITS) > 100_000:
        _HITS.clear()
        _HITS_FOR = words
    hits = set()
    for lemma in set(lemmas):
        hit = _HITS.get(lemma)
        if hit is None:
            hit = _HITS[lemma] = lemma.lower() in words
        if hit:
            hits.add(lemma)
    # a capitalised plural the lemmatizer keeps as a name ("Nazis", "Fascists"): its singular
    plurals = {w for w in set(lowers) if len(w) > 3 and w.endswith("s") and w[:-1] in words}
    if not hits and not plurals and words.keys().isdisjoint(lowers):
        return
    for i, lemma in enumerate(lemmas):
        if lemma in hits or lowers[i] in words or lowers[i] in plurals:
            yield doc[i]


_HITS: dict[str, bool] = {}  # lemma -> whether its lower case is a loaded word
_HITS_FOR: dict | None = None  # the table _HITS was read for


def extract(doc, article: Article, actors: ActorTable, voices: Voices) -> list[Signal]:
    words = loaded_words()
    out: list[Signal] = []
    for tok in _candidates(doc, words):
        word = words.get(tok.lemma_.lower()) or words.get(tok.lower_)
        if word is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_.endswith("s"):
            word = words.get(tok.lower_[:-1])
        if word is None or not tok.text.isalpha():
            continue
        if word.unless_text is not None and word.unless_text.search(article.text):
            continue  # "the Nazi leader" in a text about Hitler's party: the word's literal subject
        if word.pos != "*" and tok.pos_ != word.pos and not (word.pos == "NOUN" and tok.pos_ == "PROPN") and \
                not (word.lemma == "lie" and _deceives(tok)) and \
                not (word.pos == "ADJ" and tok.pos_ == "NOUN" and tok.lower_ == word.lemma and
                     tok.dep_ in ("attr", "oprd")) and \
                not (word.pos == "ADJ" and tok.pos_ == "VERB" and tok.lower_ == word.lemma and tok.dep_ == "amod"):
            continue  # (an adjective written as itself, said of something, may be parsed a noun: "it was a sham";
            # one before its noun may be parsed a verb: "the sordid affair")
        if word.lemma in _SPEECH_USE and not _speech_use(tok):
            continue  # "the city boasts a museum", "was admitted to hospital": no verb of speech
        if _neutral(tok, word) or _in_name(tok) or _in_personal_name(tok):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        # "neo-Nazi", "ultra-nationalist": the hyphenated prefix is part of the label
        m = _PREFIX.search(article.text, max(0, start - 12), start)
        if m:
            start = m.start()
        end = _phrase_end(tok, end)
        who = target(tok, actors)
        quoted, speaker = voices.is_quoted(start, end), voices.speaker(start, end)
        rule = f"framing:lexicon:{word.lemma}:{word.source}"
        by = None if quoted else _labelled_by(tok)
        if by is not None:  # someone else's label the outlet reports: "Beijing branded the protesters terrorists"
            quoted, rule = True, rule + ":labelled-by"
            a = actors.actor_of_token(by)
            speaker = a.id if a is not None else None
        out.append(Signal(kind=word.kind, text=article.text[start:end], start=start, end=end, target=who.id if who else None,
                          rule=rule, quoted=quoted, speaker=speaker))
    for pattern, word in _multiword():
        for m in pattern.finditer(article.text):
            out.append(Signal(kind=word.kind, text=m.group(), start=m.start(), end=m.end(),
                              rule=f"framing:lexicon:{word.lemma}:{word.source}",
                              quoted=voices.is_quoted(m.start(), m.end()), speaker=voices.speaker(m.start(), m.end())))
    return out
