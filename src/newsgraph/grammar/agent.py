"""Who does what a clause says: the agent of the clause headed by a word.

    Militants attacked the base              active subject                  -> Militants
    The base was attacked by militants       passive by-agent                -> militants
    The base was attacked                    passive, no agent               -> None
    The militia was quoted as warning ...    reporting frame ("as" + verb)   -> The militia
    Reuters quoted the minister as saying    reporting frame, active         -> the minister
    Fighters were reported to have fired     raising: passive + to-infinitive -> Fighters
    The army is said to have attacked        raising                          -> The army
    ..., he said, adding that ...            a clause sharing its subject     -> he
    Smith, who said that ...                 relative clause                  -> Smith
    "...," said Rep. Smith                   inverted subject of a cue verb   -> Smith

One function for every stage: statements take it as the speaker, events as the source, stances
as the holder.
"""

from __future__ import annotations

from ..nlp import columns
from .pronouns import RELATIVE

# clause links a verb shares its subject through ('He spoke and warned', 'responded by saying',
# 'troops sent to Libya', 'agreed to withdraw')
SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl", "acl", "pcomp", "relcl", "prep", "pobj", "dobj", "appos"})
_CLIMB = 8


def _by_agent(verb):
    doc = verb.doc  # (read from the columns: a Token only for the word returned)
    dep, kids = columns(doc, _KIDS)
    for c in kids[verb.i]:
        if dep[c] == "agent":
            return next((doc[p] for p in kids[c] if dep[p] == "pobj"), None)
    return None


_KIDS = ("dep_", "children")


# "by night", "by mistake", "by land": a by-phrase after a gerund that says how or when, not who
_BY_MANNER = frozenset({"night", "day", "land", "sea", "air", "mistake", "accident", "hand", "force", "means", "way",
                        "phone", "telephone", "road", "rail", "boat", "car", "default", "design", "chance", "far",
                        "dawn", "midnight", "noon", "morning", "evening", "afternoon", "now", "then", "email", "post"})


def gerund_by(verb):
    """The doer of a gerund used as a noun after a preposition, named by its own by-phrase ("two
    civilians died during shelling by Russian forces", "killed in shelling by the regime"): the
    subject of the clause above is whom it was done to, not its doer."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep" or \
            verb.head.lower_ == "by" or any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i:
            p = next((p for p in c.children if p.dep_ == "pobj"), None)
            if p is not None and p.lower_ not in _BY_MANNER and p.ent_type_ not in ("DATE", "TIME") \
                    and p.pos_ in ("NOUN", "PROPN", "PRON"):
                return p
    return None


def passive_subject(verb):
    """The passive subject of a verb ('the base [was attacked]'), the one acted on; also that of a
    second passive whose auxiliary is left out ('26 people were killed and 41 [were] wounded'), and
    of an aside and its clause misread as two coordinated verbs (misread_aside)."""
    doc = verb.doc  # (read from the columns)
    dep, kids = columns(doc, _KIDS)
    found = next((doc[c] for c in kids[verb.i] if dep[c] == "nsubjpass"), None) or _elliptical_passive(verb) \
        or _conjoined_passive(verb)
    if found is None and verb.dep_ in ("ROOT", "conj"):
        aside = verb if verb.dep_ == "ROOT" else verb.head
        main = misread_aside(aside)
        if main is not None and (verb.i == aside.i or verb.i == main.i and
                                 not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)):
            found = next((c for c in aside.children if c.dep_ == "nsubj"), None)
    return found


def _conjoined_passive(verb):
    """The subject a passive shares with the active verb it is joined to: "the gunmen fled and were
    later detained", "pleaded not guilty and were released on bail": the gunmen were acted on. None
    when the verb has a subject of its own or no passive auxiliary."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def misread_aside(verb):
    """The clause's real verb when the small parser took a participle set off by commas for it:
    "Eighteen fishermen, held captive in Libya for 100 days, have been freed by Libya forces" is
    parsed with "held" as the root (subject "fishermen") and "freed" as its conjunct. The aside
    ("held ...") is then a passive on the subject, and the conjunct, with an auxiliary and no subject
    of its own, the main verb. Returns that verb, or None when the parse is not of that shape."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
        return None
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or doc[verb.i - 1].text != "," or subj.right_edge.i not in (verb.i - 1, verb.i - 2):
        return None
    if any(c.dep_ in ("aux", "auxpass", "cc") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and \
                "," in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text) and \
                any(a.dep_ in ("aux", "auxpass") for a in c.children) and \
                not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
            return c
    return None


def _misread_reduced_relative(verb):
    """"Dozens of Russian peacekeepers destined for Nagorno-Karabakh began deploying": the small
    parser makes the participle a clause whose subject is the real one ("Dozens ... destined"), leaves
    its preposition without an object and takes that object ("Karabakh") for the verb's subject. The
    participle's subject is the verb's; None when the parse is not of that shape."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ != "VBN" or c.i > subj.i:
            continue
        own = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), None)
        bare = [x for x in c.children if x.dep_ == "prep" and x.i > c.i and not any(y.dep_ == "pobj" for y in x.children)]
        if own is not None and bare and subj.left_edge.i == bare[-1].right_edge.i + 1:
            return own
    return None


def _elliptical_passive(verb):
    """'Five soldiers were killed and 12 wounded': the small parser reads '12' as the active subject
    of 'wounded'. A participle coordinated with a passive, with a subject of its own between them and
    neither an auxiliary nor an object, is passive too; its subject is the one acted on."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    head = verb.head
    if head.i >= verb.i or not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and head.i < c.i < verb.i), None)


def _as_frame(child) -> bool:
    """`child` is the verb of an 'as' complement: 'quoted as warning', 'seen as supporting'."""
    if child.dep_ == "pcomp" and child.head.lower_ == "as":
        return True
    return child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "as" and c.i < child.i for c in child.children)


def _bracketed(word) -> bool:
    """`word` alone in brackets: "( WHO )"."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].text == "(" and doc[word.i + 1].text == ")"


def _across_paragraph(word, verb) -> bool:
    """A blank line lies between `word` and the verb after it."""
    return word.i < verb.i and any(x.is_space and "\n\n" in x.text for x in word.doc[word.i + 1: verb.i])


def agent(tok, *, carrier: bool = False, inverted: bool = False):
    """The token heading the agent of the clause headed by `tok`, or None when the text does not say.

    `carrier`: `tok` only carries the happening its complement names ("were engaged in ethnic
    cleansing", "were ordered to withdraw"), so its passive subject is the doer.
    `inverted`: `tok` is a reporting verb, whose subject may follow it ('..., said Smith').
    """
    t, frame = tok, None
    for _ in range(_CLIMB):
        if frame is not None:
            # raising and reporting frames: the passive subject (or, after 'as', the object) of the
            # verb above does what the complement says
            passive = passive_subject(t)
            if passive is not None:
                return passive
            if frame == "as":
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
        # the small parser sometimes hangs the subject on the auxiliary ("X however have opposed")
        # (the children's indices and labels from the columns: a Token only for a subject taken)
        doc = t.doc
        dep, children = columns(doc, _KIDS)
        mine = children[t.i]
        kids = list(mine)
        for a in mine:
            if dep[a] in ("aux", "auxpass"):
                kids += children[a]
        if [dep[c] for c in kids].count("nsubj") > 1:
            # a heading glued to the paragraph under it ("U.S.-controlled formations" + blank line +
            # "The U.S. military ... has been training"): a subject across a blank line is not this one
            kids = [c for c in kids if dep[c] != "nsubj" or not _across_paragraph(doc[c], t)] or kids
        if t.tag_ == "VBG" and t.dep_ == "advcl":
            # "sent a letter to the World Health Organization (WHO) threatening to ...": a name in
            # brackets before a participle is the short form of the name before it, not its subject
            kids = [c for c in kids if dep[c] != "nsubj" or not _bracketed(doc[c])]
        misread = _misread_reduced_relative(t)
        if misread is not None:
            return misread
        if t.dep_ == "ROOT" and misread_aside(t) is not None:
            kids = [c for c in kids if dep[c] != "nsubj"]  # "X, held captive in Y, have been freed": X was held
        if t.dep_ == "conj" and _elliptical_passive(t) is not None:
            kids = [c for c in kids if dep[c] != "nsubj"]  # "were killed and 12 wounded": 12 were acted on
        for c in kids:
            d = dep[c]
            if d in ("nsubj", "csubj", "expl") or (carrier and d == "nsubjpass" and _by_agent(t) is None):
                c = doc[c]
                if c.lower_ in RELATIVE and t.dep_ == "relcl":
                    return _antecedent(c, t.head)  # 'Smith, who said ...': the noun the clause describes
                if spaced_possessive(c):
                    return _owned(c) or c  # "The AU ’ s envoy rejected": the parser made the "s" the subject
                return None if c.dep_ == "expl" else c
        by = _by_agent(t) or (gerund_by(t) if t.i == tok.i else None)
        if by is not None:
            return by
        permitted = _permitted_by(t) if t.i == tok.i else None
        if permitted is not None:
            return permitted
        if not carrier and passive_subject(t) is not None:
            return None  # 'the base was attacked': by whom, the text does not say
        stray = _stray_subject(t)
        if stray is not None:
            return stray
        if t.dep_ == "acomp" and (t.head.lemma_ == "be" or t.lower_ == "guilty") and t.head.i < t.i and frame is None:
            # "the United States is willing to provide": the adjective's subject is the copula's
            # ("pleaded guilty to assaulting ...": the one who pleads)
            t = t.head
            continue
        if loose_coordinate(t):
            t, frame = t.head, None  # "pressed his aides to cut it, then trimmed it and asked ...": the head's subject
            continue
        sibling = _reported_sibling(t)
        if sibling is not None:
            return sibling
        if t.dep_ in SHARED_SUBJECT and t.head.i != t.i:
            if _as_frame(t):
                frame = "as"
            elif t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX"):
                frame = "xcomp"
            elif t.dep_ != "prep":
                frame = None
            t = t.head
            continue
        break
    if inverted:
        return inverted_subject(tok)
    return None


def loose_coordinate(tok) -> bool:
    """A finite verb the small parser left hanging (`dep`) after a comma, with no subject of its own:
    the next step of a coordination ("pressed his aides to cut the figure, then trimmed it and asked
    Japan for more"); it shares the subject of the verb it hangs on, as a conjunct does."""
    if tok.dep_ != "dep" or tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBD", "VBZ", "VBP") or tok.i < tok.head.i:
        return False
    if any(w.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or (w.dep_ == "aux" and w.lower_ == "to") for w in tok.children):
        return False
    k = tok.left_edge.i - 1
    while k > tok.head.i and tok.doc[k].dep_ == "advmod":
        k -= 1  # ", then rewrote it": the adverb may hang on the verb above
    return k > tok.head.i and tok.doc[k].text == ","


def _reported_sibling(tok):
    """The subject of the reported clause before `tok` when `tok` is a second reported clause with no
    subject of its own set off by a comma: "he said he pressed his team to triple the figure, then
    trimmed that and asked for more" (the small parser hangs "trimmed" on "said")."""
    if tok.dep_ != "ccomp" or tok.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(w.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for w in tok.children):
        return None
    k = tok.left_edge.i - 1
    while k > tok.head.i and tok.doc[k].dep_ == "advmod":
        k -= 1
    if k <= 0 or tok.doc[k].text != ",":
        return None
    before = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i]
    if not before:
        return None
    return next((w for w in before[-1].children if w.dep_ == "nsubj"), None)


# nouns of permission or order: "gave authorization for X to be extradited"
_PERMISSIONS = frozenset({"authorization", "authorisation", "approval", "permission", "order", "go-ahead", "clearance",
                          "consent", "mandate", "light"})


def _permitted_by(verb):
    """"A court has given preliminary authorization for an aide to be extradited", parsed with "to
    be extradited" as a conjunct of "given": a passive infinitive cannot be coordinated with a finite
    verb; it is what the permission is for, and whoever gave it is the doer (as for "approved
    sending troops"). None otherwise."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if not any(c.dep_ == "dobj" and (c.lemma_.lower() in _PERMISSIONS or c.lower_ in _PERMISSIONS) for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _antecedent(rel, head):
    """Whom "who" stands for: the noun the parser hangs its clause on, unless a name stands right
    before "who" further on ("talks between the government and the Taliban, who have refused":
    the small parser hangs the clause on "talks")."""
    if rel.lower_ != "who" or rel.i < 2:
        return head
    prev = rel.doc[rel.i - 1]
    if prev.text == "," and rel.i >= 2:
        prev = rel.doc[rel.i - 2]
    if prev.i > head.i and prev.pos_ == "PROPN" and head.pos_ == "NOUN":
        return prev
    return head


def _stray_subject(verb):
    """A subject the small parser attached wrongly: the main verb hung on the noun before it as a
    clause of that noun ("The Iraqi air force carried out strikes": force <-acl- carried), or a
    name before the verb read as its adverb ("USAID provided shelter")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    finite = misread_finite(verb)
    if finite is not None:
        return finite[0]  # "Iranian-backed Houthis fired missiles": the noun before the verb
    owner = _spaced_possessive_subject(verb)
    if owner is not None:
        return owner
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    head = verb.head
    if verb.dep_ == "dep" and head.dep_ == "ROOT" and head.tag_ in ("VBN", "VBD") and head.i < verb.i and \
            any(c.dep_ == "prep" for c in head.children) and \
            not any(c.dep_ in ("dobj", "auxpass", "aux", "ccomp", "xcomp") for c in head.children):
        # "Hackers linked to the regime launched attacks": the parser took the reduced relative
        # ("linked to the regime") for the main verb and hung the real one on it
        subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
        if subj is not None:
            return subj
    # a sentence whose root is the noun has no other main verb; a participle with a direct object
    # is active ("the force carried out strikes"), one without is a reduced passive ("the men held")
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and \
            verb.head.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in verb.children) and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return verb.head
    for c in verb.lefts:
        if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return c
    return None


def misread_finite(verb):
    """(subject, object) of a finite verb the small parser read as an adjective on its object, in a
    sentence whose root is that object ("Iranian-backed Houthis fired missiles at Riyadh": "Houthis"
    compound and "fired" amod of the root "missiles"; "Sudanese-backed militiamen fired shells",
    with "militiamen" hung on "fired"); None otherwise. The sentence has no verb but this one, and
    the noun right before it is its subject (a participle that modifies a noun follows a determiner
    or a hyphen, not a bare noun: "the fired workers", "rebel-held towns")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.i == 0:
        return None
    obj = verb.head
    if obj.dep_ != "ROOT" or obj.pos_ != "NOUN" or obj.i <= verb.i:
        return None
    subj = verb.doc[verb.i - 1]
    if subj.pos_ not in ("PROPN", "NOUN") or not (
            (subj.head.i == obj.i and subj.dep_ in ("compound", "nmod")) or
            (subj.head.i == verb.i and subj.dep_ in ("npadvmod", "nsubj"))):
        return None
    return subj, obj


def spaced_possessive(tok) -> bool:
    """`tok` is the "s" of a possessive the text keeps apart by spaces ("the EU ’ s envoy",
    "Israel ' s army"), as pre-tokenised or scraped text has it."""
    if tok.lower_ != "s" or tok.i < 2:
        return False
    mark = tok.doc[tok.i - 1]
    return mark.text in ("'", "\u2019") and bool(mark.whitespace_) and bool(tok.doc[tok.i - 2].whitespace_)


def _spaced_possessive_subject(verb):
    """"The EU ’ s diplomatic chief on Monday rejected ...": the small parser takes the detached "s"
    for a verb ("The EU [is] chief"), hangs the real verb on it and leaves it with no subject; the
    noun the "s" owns is the subject (else its owner)."""
    head = verb.head
    if head.i == verb.i or head.i > verb.i or not spaced_possessive(head):
        return None
    if verb.dep_ not in ("dep", "ccomp", "conj", "advcl", "parataxis"):
        return None
    return _owned(head, before=verb.i)


def _owned(s, before: int | None = None):
    """The noun a detached possessive "s" owns (the parser's attribute or object of it), else its owner."""
    owned = [c for c in s.rights if (before is None or c.i < before) and c.pos_ in ("NOUN", "PROPN")
             and c.dep_ in ("attr", "dobj", "npadvmod", "appos", "nsubj")]
    if owned:
        return owned[0]
    return next((c for c in s.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def inverted_subject(cue):
    """'..., said Rep. Smith': after a quotation or a comma the parser sometimes takes the
    inverted subject for an object; the noun right after the verb is the speaker."""
    if cue.i == 0 or cue.doc[cue.i - 1].text not in (",", '"', "\u201d", "'", ":"):
        return None
    if cue.tag_ == "VBG":
        return None  # '..., supporting the police': a participle's object is not its speaker
    for c in cue.rights:
        if c.i <= cue.i + 4 and c.pos_ in ("PROPN", "NOUN") and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "oprd"):
            return c
    return None
