"""Statements stage: who said what, and claims nobody is named for.

Cues come from the dependency parse and the lexicon in `data/cues.tsv` (attribution.py);
quotations from the raw text (quotes.py); vague and unattributed claims from the patterns in
`data/unattributed.tsv` (unattributed.py). Each finding gets its speaker through the actor
table (`actor_at` over the speaker's words), a date from its sentence or the one before, and
an id in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..actors import ActorTable
from ..grammar import agent, phrase, resolve
from ..grammar.pronouns import PERSON, PERSONAL, RELATIVE, THING, fits
from ..model import Actor, Article, Mention, Span, Statement, readable_rule
from ..nlp import sentence_bounds
from ..positions import Stabbing
from . import attribution, dating, layout, lexicon, quotes, speaker, unattributed
from .attribution import text_of
from .found import Found

_LOOKBACK_SENTENCES = 3  # how far back a pronoun or an undated statement may borrow from
_FAR_SENTENCES = 40  # how far back 'she said' looks for a person when none is near (the time a long text takes stays linear)


def extract(doc, article: Article, actors: ActorTable) -> tuple[list[Statement], list[Actor]]:
    """The statements of an article, and the speakers the actors stage had no actor for (the
    pipeline adds them to the table the later stages read; `actors` itself is not changed)."""
    text = article.text
    known = {a.id for a in actors}
    actors = actors.copy()
    cues = lexicon.cues()
    chains = attribution.QuoteIndex(quotes.find(text))
    found = attribution.verbal(doc, cues, chains, _speaker_of)
    attribution.paragraph_continuations(doc, chains, found)
    found += attribution.final_cues(doc, cues, found)
    found += attribution.according_to(doc, cues)
    found += attribution.in_sources(doc)
    found += attribution.nominal(doc, cues, _speaker_of)
    found += attribution.evaluative(doc, chains, _speaker_of)
    found += layout.signatures(doc, chains)
    found += layout.speaker_lines(doc, actors, lexicon.line_labels())
    found += layout.headlines(doc, actors, cues, found)
    found += _not_found_already(layout.headers(doc, actors, lambda span: span.root), found)
    found = [_without_dateline(doc, actors, f) for f in found]
    found = [_before_subtitle(text, f) for f in found]
    found = [f for f in _outside_others(_distinct(found)) if _reports_a_claim(doc, f, cues.act_verbs)]
    found = _without_echoes(found)
    found += unattributed.find(doc, lexicon.vague_patterns())
    found.sort(key=lambda f: (f.start, f.end))
    sents = [(b[2], b[3]) for b in sentence_bounds(doc)]  # (start_char, end_char) of each (speed: no Span made)
    said = _statements(doc, text, article, actors, found, sents)
    return said, [a for a in actors if a.id not in known]


def _speaker_of(cue):
    """The words that say who speaks: the agent of the cue verb, its subject even when inverted.
    With two subjects on the cue ('"He's sharp. The fact that he tried," Huckabee said': the parser
    hung the quotation's subject on 'said' too), the one next to the cue speaks."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        return min(subjects, key=lambda c: min(abs(c.left_edge.i - cue.i), abs(c.right_edge.i - cue.i)))
    found = agent(cue, inverted=True)
    return found if found is not None else _named_after_quote(cue)


_NAME_POS = {"DET", "ADJ", "PROPN", "NOUN"}


def _named_after_quote(cue):
    """'"...," said retired neurosurgeon Ben Carson, asked about ...': right after a closing quotation
    mark, the name after the cue is who said it, even when the parser made it the subject of the verb
    after it. The name ends at a comma or the sentence's end."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].tag_ != "''":
        return None
    head = None
    j = cue.i + 1
    while j < cue.sent.end and (doc[j].pos_ in _NAME_POS or (doc[j].tag_ == "VBN" and doc[j].dep_ == "amod")):
        if doc[j].pos_ in ("PROPN", "NOUN"):
            head = doc[j]
        j += 1
    if head is None or (j < cue.sent.end and doc[j].text not in (",", ".", ";")):
        return None
    return head


def _not_found_already(headed: list[Found], found: list[Found]) -> list[Found]:
    """A header's paragraph the parse already gave a speaker ('X said:' over a quotation, the cue
    outside the paragraph) keeps the parse's statement; statements inside the paragraph, with cues
    of their own, are the speaker's words and do not count."""
    def covered(h: Found) -> bool:
        a, b = h.content[0]
        for f in found:
            if f.cue is None or a <= f.cue[0] < b:
                continue
            inside = sum(max(0, min(b, fb) - max(a, fa)) for fa, fb in f.content)
            if inside * 2 >= b - a:
                return True
        return False

    return [h for h in headed if not covered(h)]


def _without_dateline(doc, actors, f: Found) -> Found:
    """Content that starts with a dateline ("Khartoum: The army shelled ...") starts after it."""
    a, b = f.content[0]
    start = layout.dateline_end(doc, actors, a)
    if start != a and start < b:
        f.content[0] = (start, b)
    return f


_SUBTITLE = re.compile(r";\s+(?=[A-Z])")


def _before_subtitle(text: str, f: Found) -> Found:
    """'Trump says praise from Putin helps the U.S.; After the debate, ...': a headline and the line
    under it run on one line, joined by a semicolon; the clause the parser runs across it ends there."""
    if f.shape not in ("clause", "object", "rest"):
        return f
    a, b = f.content[0]
    m = _SUBTITLE.search(text, a, b)
    if m is not None and m.start() > a:
        f.content[0] = (a, m.start())
    return f


def _paragraph_start(text: str, a: int, head: int) -> int:
    """Where the speaker's words start when they would run across a blank line before the cue ("Statement by X on the truce in Tigray\\n\\nThe Secretary-General welcomes ..."): no noun
    phrase does, the parser has joined a header to the sentence under it."""
    brk = text.rfind("\n\n", a, head)
    if brk < 0:
        return a
    brk += 2
    while brk < head and text[brk].isspace():
        brk += 1
    return brk


def _distinct(found: list[Found]) -> list[Found]:
    """One statement per content: the first cue found for it (verbs come before nouns)."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    out = []
    for f in found:
        key = tuple(f.content)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


_LAYOUT_SHAPES = {"header", "signature"}
_GAP = 200  # characters a content may skip between its fragments (the cue and speaker inside a quotation)


def _without_echoes(found: list[Found]) -> list[Found]:
    """'He said he plans to vote for her': the clause of the inner cue ('to vote for her') is most of
    what the outer cue reports ('he plans to vote for her'). Two statements whose contents share more
    than half of each other's words say one thing; the longer one, which holds the inner cue, stays.
    A claim noun in an object cue's object ('dismissed Y's claim that Z') keeps its own statement, and
    so does a cue inside a paragraph that a release's header or sign-off gives to its speaker."""
    def size(f: Found) -> int:
        return sum(b - a for a, b in f.content)

    def shared(f: Found, g: Found) -> int:
        return sum(max(0, min(b, d) - max(a, c)) for a, b in f.content for c, d in g.content)

    items = sorted((min(a for a, _ in f.content), max(b for _, b in f.content), i)
                   for i, f in enumerate(found) if f.content and f.kind != "unattributed")
    starts = [lo for lo, _, _ in items]
    drop = set()
    for lo, hi, i in items:
        f = found[i]
        # a holder starts at or before `lo` and is at most twice as long as f (it shares more than half
        # of itself with f): only the few statements starting shortly before f are looked at
        k = bisect_right(starts, lo) - 1
        while k >= 0 and starts[k] >= lo - 2 * size(f) - _GAP:
            glo, ghi, j = items[k]
            k -= 1
            g = found[j]
            if j == i or hi > ghi or size(g) <= size(f):
                continue
            if (g.shape == "object" and f.rule.startswith("noun:")) or g.shape in _LAYOUT_SHAPES:
                continue  # 'X dismissed Y's claim that Z': the claim is Y's, the dismissal X's
            both = shared(f, g)
            if both * 2 >= size(f) and both * 2 >= size(g):
                drop.add(i)
                break
    return [f for i, f in enumerate(found) if i not in drop]


def _outside_others(found: list[Found]) -> list[Found]:
    """A cue inside what someone else said is part of their words, not a statement of its own: an
    object cue ('supports the proposal'), a clause ('X said Y believes Z': Y's belief is what X says)
    or a claim noun. On PolNeAR's train part four in five of these nested statements matched nothing.
    Kept: quotations, 'according to', and a claim noun that an object cue acts on ('X dismissed Y's
    claim that Z') or that sits under a release's header or sign-off."""
    spans = [(a, b, i) for i, g in enumerate(found) for a, b in g.content]
    least, most = Stabbing(spans), Stabbing((a, b, -i) for a, b, i in spans)  # the first and last holder

    def inside(i: int, f: Found) -> bool:  # another finding's content holds the cue
        if f.cue is None:
            return False
        first, last = least.at(f.cue[0]), most.at(f.cue[0])
        if first is None or (first == i and -last == i):
            return False
        if f.shape in ("object", "rest"):
            return True
        holders = [found[j] for j in {first, -last} if j != i]  # the first and last other holder
        return any(g.shape not in _LAYOUT_SHAPES and not (g.shape == "object" and f.rule.startswith("noun:"))
                   for g in holders)

    return [f for i, f in enumerate(found)
            if not (f.shape in ("object", "rest", "clause") or f.rule.startswith("noun:")) or not inside(i, f)]


_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_PHYSICAL = {"attack"}  # speech-act verbs that as often report force


def _reports_a_claim(doc, f: Found, acts: frozenset[str]) -> bool:
    """Whether an act verb's content is something said: a quotation or a clause of its own.

    With an `act` cue (data/cues.tsv) "welcomed the deal", "pledged aid", "urged them to withdraw",
    "asked not to be named" are acts (the events stage codes them: SUPPORT, AGREE, REQUEST), not
    statements of what is so; "announced that the border would open" and a quotation still are.
    Other cues keep their objects ("accused the army of bombing", "called for talks"): PolNeAR-style
    attribution counts them, and dropping them cost 0.03 full F1 on its dev set.
    """
    if f.shape not in ("object", "clause", "rest"):
        return True
    if any(c in text_of(doc)[a:b] for a, b in f.content for c in _QUOTE_CHARS):
        return True
    cue = doc.char_span(*f.cue, alignment_mode="expand") if f.cue else None
    cue_lemma = cue[0].lemma_.lower() if cue else ""
    toks = [t for a, b in f.content for t in (doc.char_span(a, b, alignment_mode="expand") or [])]
    if not toks:
        return True
    if cue_lemma in _PHYSICAL and f.shape == "object":
        # "attacked Clinton" is words; "attacked Tripoli", "attacked the base" is force (an ASSAULT event)
        return any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PRON" for t in toks[:3])
    if cue_lemma not in acts:
        return True
    if cue_lemma == "ask" and f.shape == "object" and text_of(doc)[:f.content[0][0]].rstrip().lower().endswith("about"):
        return True  # 'asked about the merger' is a question on a topic, not a request
    if f.shape == "clause":
        first, second = toks[0].lower_, toks[1].lower_ if len(toks) > 1 else ""
        return not (first == "to" or (first == "not" and second == "to"))
    return any(t.tag_ in _FINITE or (t.tag_ == "VBG" and t.dep_ in ("pcomp", "advcl", "xcomp", "ccomp")) for t in toks)


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> int:
    """The sentence holding `pos` (the last one when none does); sentences are in text order."""
    i = bisect_right(sents, (pos, float("inf"))) - 1
    if i >= 0 and sents[i][0] <= pos < sents[i][1]:
        return i
    return len(sents) - 1


def _statements(doc, text: str, article: Article, actors: ActorTable, found: list[Found],
                sents: list[tuple[int, int]]) -> list[Statement]:
    out: list[Statement] = []
    where: list[int] = []  # sentence index of each statement in `out`
    dates_seen: dict = {}
    spoken: dict[int, Actor] = {}  # where a pronoun speaker stands -> the actor this stage gave it
    for f in found:
        at = f.cue[0] if f.cue else f.start
        sent_i = _sentence_of(sents, at)
        adjustments = ["channel"] if f.channel is not None else []
        actor = None
        speaker_span = None
        joined = _joined_relative(f) if f.subject is not None and f.words is None else None
        if joined is not None:
            f.subject = joined[1]  # '..., and who believe ...': the noun the first relative clause describes
        if f.subject is not None:
            a, b = phrase(f.subject)
            clip = _paragraph_start(text, a, min(b, f.cue[0]) if f.cue else b)
            if clip != a:  # the parser joined a header line to the sentence under it: only this paragraph's words
                part = doc.char_span(clip, b, alignment_mode="expand")
                if part is not None and len(part):
                    f.subject = part.root
            if f.words is not None:
                clip, b = f.words
            speaker_span = Span.of(text, clip, b)
            rel = _relative_pronoun(doc, f)
            rel = rel if joined is None else joined[0]
            if rel is not None:
                # 'Podesta, who said ...': the speaker's words at the cue are 'who'; the actor is Podesta
                speaker_span = Span.of(text, rel.idx, rel.idx + len(rel.text))
            nouns = lexicon.speaker_nouns()
            since = sents[max(0, sent_i - _LOOKBACK_SENTENCES + 1)][0] if sents else 0
            by_modifier = False
            if (clip, f.words) == (a, None):
                actor, word = resolve(f.subject, actors)
                if actor is not None and speaker.named_by_modifier(f.subject, word):
                    # "Trump's advisers", "Indiana protesters", "Eswar Prasad, a professor at Cornell": the
                    # modifier's actor is not who speaks
                    actor, word, by_modifier = None, None, True
            else:
                actor, word = actors.actor_at(clip, b), None
            if actor is None and f.subject.pos_ == "NOUN" and f.subject.dep_ == "appos" and f.words is None:
                # 'the Right Women Fund, an organization that plans ...', 'Lena Ortiz, a lawyer who said ...':
                # the noun a relative clause describes is in apposition to a name, which speaks
                named = actors.actor_of_token(f.subject.head)
                if named is not None:
                    actor, word = named, f.subject.head
            if speaker.vague(f.subject, nouns) and not speaker.owned(f.subject, word):
                # 'diplomats said', 'Middle East observers say': nobody named, no actor (unless the words
                # are a mention of one, or say whose they are: 'reports received by Amnesty', 'its sources')
                actor = None
                adjustments.append("speaker:vague")
            if _unowned_document(f.subject):
                # 'the statement said', 'according to a statement': the document speaks for its issuer
                issuer = _document_issuer(doc, f, actors, out, where, sents, sent_i, since, spoken)
                if issuer is not None and issuer is not actor:
                    actor = issuer
                    adjustments.append("speaker:issuer")
            if actor is None and "speaker:vague" not in adjustments and f.subject.lower_ not in PERSONAL:
                actor = speaker.pointing_back(f.subject, actors, clip, since)
                if actor is not None:
                    adjustments.append("speaker:back")
                else:
                    generic, actor = speaker.generic_body(actors, f.subject, since)
                    role = None if generic else speaker.role_back(actors, f.subject, clip, since,
                                                                  _said(out, since) + list(f.content), doc)
                    if role is not None:  # 'the governor said': the person named just before
                        generic, actor = True, role
                    if generic:  # 'the ministry said': the body or state named before, or unresolved
                        adjustments.append("speaker:generic" if actor is None else "speaker:back")
                        if actor is not None and actor.id not in actors.by_id:
                            actors._index(actor, Mention(speaker_span, "statements:speaker"))
                    else:
                        actor = speaker.add_speaker(actors, text, f.subject, nouns, after=clip)
                    if actor is not None and not generic:
                        adjustments.append("speaker:added")
            if actor is not None and word is not None and word is not f.subject and word.dep_ == "poss" \
                    and word.lower_ in PERSONAL and _by_coreference(actors, word):
                # 'Farmers did not see Reyes at the capitol. His office said ...': a pronoun owner goes to
                # the nearest person it fits, as a pronoun speaker does, not to whom coreference tied it
                near = speaker.nearest(actors, word.lower_, word.idx, since, _gender,
                                       _said(out, since) + list(f.content), doc=doc, bound=_cue_objects(doc, f),
                                       spoken=spoken)
                if near is not None and near is not actor:
                    actor = near
                    adjustments.append("speaker:nearest")
            if actor is not None and (f.subject.lower_ in PERSON or f.subject.lower_ == "they") \
                    and _by_coreference(actors, f.subject):
                # 'A met B. He said': coreference takes the last subject; a speaker is the nearer person
                near = speaker.nearest(actors, f.subject.lower_, clip, since, _gender,
                                       _said(out, since) + list(f.content), doc=doc, bound=_cue_objects(doc, f),
                                       spoken=spoken)
                if near is not None and near is not actor:
                    actor = near
                    adjustments.append("speaker:nearest")
            if actor is None and f.subject.lower_ in PERSONAL:
                actor = speaker.nearest(actors, f.subject.lower_, clip, since, _gender,
                                        _said(out, since) + list(f.content), doc=doc, bound=_cue_objects(doc, f),
                                        spoken=spoken)
                if actor is not None:
                    adjustments.append("speaker:nearest")
            if actor is None and f.subject.lower_ in PERSONAL:
                for prev, prev_i in zip(reversed(out), reversed(where)):
                    if sent_i - prev_i > _LOOKBACK_SENTENCES:
                        break
                    prev_actor = actors.by_id.get(prev.speaker) if prev.speaker else None
                    if prev_actor is not None and f.subject.lower_ in THING and prev_actor.kind == "group":
                        continue  # 'it' is never a group of people ('Mr. Sanders's aides said ... It could ...')
                    if prev_actor is not None and fits(f.subject.lower_, prev_actor):
                        actor = prev_actor
                        adjustments.append("speaker:previous")
                        break
            if actor is None and f.subject.lower_ in PERSON:
                # 'she said' with nobody in the last sentences: the last person she fits, named earlier
                # in the article (a feature about one person names her once, at the top)
                far = sents[max(0, sent_i - _FAR_SENTENCES)][0] if sents else 0
                actor = speaker.nearest(actors, f.subject.lower_, clip, far, _gender,
                                        _said(out, far) + list(f.content), doc=doc, bound=_cue_objects(doc, f),
                                        spoken=spoken)
                if actor is not None:
                    adjustments.append("speaker:earlier")
            if actor is not None and f.subject.lower_ in PERSONAL and speaker_span is not None:
                spoken[speaker_span.start] = actor  # a later pronoun that goes back to this one speaks as it
        date = dating.date_near(text, article.published, sents, at, f.content, dates_seen) \
            if f.kind != "unattributed" else None
        if date is None and actor is not None:
            for prev, prev_i in zip(reversed(out), reversed(where)):
                if sent_i - prev_i > _LOOKBACK_SENTENCES:
                    break
                if prev.date is not None and (prev.speaker == actor.id or _same_name(prev, speaker_span)):
                    date = prev.date
                    adjustments.append("date:previous")
                    break
        channel = None
        if f.channel is not None:
            via = actors.actor_at(*phrase(f.channel))
            channel = via.id if via is not None else None
        out.append(Statement(
            id=f"s{len(out) + 1}",
            speaker=actor.id if actor is not None else None,
            content=[Span.of(text, a, b) for a, b in f.content],
            kind=f.kind,
            speaker_text=speaker_span,
            cue=Span.of(text, *f.cue) if f.cue else None,
            date=date,
            rule=readable_rule(f.rule, adjustments),
            channel=channel,
            base_rule=f.rule,
            adjustments=adjustments,
        ))
        where.append(sent_i)
    return out


_SAYING = frozenset({"say", "tell", "add", "write", "state", "declare"})


def _unowned_document(tok) -> bool:
    """A speaker phrase headed by a document noun (`data/document_nouns.tsv`: 'the statement', 'a letter')
    that says nothing of whose it is: no owner, no name or noun before it, no by / from / of phrase."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in lexicon.document_nouns():
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i:
            return False
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            return False
    return True


def _document_issuer(doc, f: Found, actors: ActorTable, out, where, sents, sent_i: int, since: int, spoken):
    """Who issued the document that speaks (issue 11, kind 5): the subject of a speech verb inside its own
    content ('"...," he told settler leaders, according to a statement': he, as a pronoun speaker goes),
    else the speaker of the nearest statement up to three sentences before whose sentence names the same
    noun ('the US military said in a statement. ... The statement said')."""
    noun = f.subject.lemma_.lower()
    for a, b in f.content:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.lemma_.lower() not in _SAYING \
                    or not (a <= t.head.idx < b):
                continue
            if t.lower_ in PERSONAL:
                return speaker.nearest(actors, t.lower_, t.idx, since, _gender, _said(out, since) + list(f.content),
                                       doc=doc, spoken=spoken)
            who, _ = resolve(t, actors)
            if who is not None:
                return who
    for prev, prev_i in zip(reversed(out), reversed(where)):
        if sent_i - prev_i > _LOOKBACK_SENTENCES:
            break
        if prev.speaker is None or prev_i >= len(sents):
            continue
        x, y = sents[prev_i]
        if any(t.lemma_.lower() == noun for t in doc.char_span(x, y, alignment_mode="expand") or ()):
            return actors.by_id.get(prev.speaker)
    return None


def _cue_objects(doc, f: Found) -> list[tuple[int, int]]:
    """The character ranges of the cue verb's objects ('He asked Morrison about ...', 'she told Ortiz
    that ...'): a pronoun subject never stands for a name among its own verb's objects (issue 11, kind 6)."""
    if f.cue is None:
        return []
    span = doc.char_span(*f.cue, alignment_mode="expand")
    if span is None or not len(span):
        return []
    out = []
    for c in span.root.children:
        if c.dep_ in ("dobj", "dative", "iobj") and c.i > span.root.i:
            end = doc[c.right_edge.i]
            out.append((doc[c.left_edge.i].idx, end.idx + len(end.text)))
    return out


def _relative_pronoun(doc, f: Found):
    """The relative pronoun that is the cue's subject when the speaker is the noun its clause describes
    ('Smith, who said ...', 'the group, which reported ...'), else None."""
    if f.cue is None or f.subject is None:
        return None
    span = doc.char_span(*f.cue, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[0]
    for _ in range(4):
        if t.dep_ == "relcl":
            if t.head.i != f.subject.i:
                return None
            return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE), None)
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _joined_relative(f: Found):
    """(the relative pronoun, the noun it stands for) when the speaker's word is a relative pronoun
    whose clause is joined to a relative clause before it ('people who are inclined to believe X, and
    who believe Y', 'a group that was founded in 1990 and which supported Z'): the parser hangs the
    second clause on the first and leaves the pronoun as the subject; the noun is the one the first
    clause describes. None otherwise."""
    t = f.subject
    if t.lower_ not in RELATIVE or t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "conj":
        return None
    h = t.head
    for _ in range(4):
        if h.dep_ != "conj" or h.head.i == h.i:
            break
        h = h.head
    if h.dep_ != "relcl" or h.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return t, h.head


def _said(out: list[Statement], since: int) -> list[tuple[int, int]]:
    """The content ranges of the statements so far that end after `since`."""
    spans = []
    for st in reversed(out):
        ends = [c.end for c in st.content]
        if ends and max(ends) < since:
            break
        spans += [(c.start, c.end) for c in st.content]
    return spans


def _by_coreference(actors: ActorTable, tok) -> bool:
    """Whether the actors stage tied this pronoun to its actor by coreference."""
    return any(m.rule.startswith("coref") for m, _ in actors.mentions_in(tok.idx, tok.idx + len(tok.text)))


def _gender(actor: Actor) -> str | None:
    """'m' or 'f' by the given name or honorific (`actors.coref.gender`); else by the pronouns
    coreference tied to the actor, when they agree: a person the article calls 'he' at least twice and
    never 'she' is no candidate for 'she' ('Nancy Pelosi wants A. But mostly she wants B' after an
    article of 'Trump ... he ... his': Pelosi, not the nearer 'Trump's polls')."""
    from ..actors.coref import gender
    from ..grammar.pronouns import GENDER

    g = gender(actor)
    if g is not None or actor.kind != "person":
        return g
    seen = {"m": 0, "f": 0}
    for m in actor.mentions:
        if m.rule.startswith("coref") and m.span.text.lower() in GENDER:
            seen[GENDER[m.span.text.lower()]] += 1
    if seen["m"] >= 2 and not seen["f"]:
        return "m"
    if seen["f"] >= 2 and not seen["m"]:
        return "f"
    return None


def _same_name(prev: Statement, words: Span | None) -> bool:
    """The same person named again ('Major General Ahmed Al-Mismari' ... 'Al-Mismari'), when the
    actor table has not joined the two: the last word of the name recurs in the earlier speaker's words."""
    if words is None or prev.speaker_text is None:
        return False
    last = words.text.split()[-1].strip(",.").lower() if words.text.split() else ""
    return len(last) > 2 and last[0].isalpha() and last in prev.speaker_text.text.lower().replace(",", " ").split()
