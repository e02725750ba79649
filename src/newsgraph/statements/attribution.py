"""Attributions found from the dependency parse: a cue, the speaker's words, and the content.

    "...," X said / X said: "..."      speech verb next to a quotation       rule verb:quote
    X said (that) ...                    speech or belief verb + its clause    rule verb:clause
    X made it clear that ...             light verb + predicate + clause       rule light:clause
    ..., according to X                  prepositional source (`prep` cues)    rule prep:according_to
    X's statement that / on ...          reporting noun + clause or topic      rule noun:clause / noun:topic
    Y quoted X as saying ...             X speaks, Y is the channel            rule ...+channel
    The plan, he said, will fail         cue set off by commas                 rule verb:parenthetical
    X called for / cited / criticized Y  object of a speech-act verb           rule verb:object
    X plans to / refused to ...          intent verb + to-infinitive           rule verb:clause
    X ruled that ... (any verb)          a that-clause under any verb          rule that:clause
    X says Y (no clause parsed)          rest of the sentence, plain 'say'     rule verb:rest
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..grammar import agent
from ..nlp import column, columns, tokens_with
from .found import Found
from .lexicon import Cues
from .quotes import Quote

_TRAIL = " \t\n,;:.\u2014\u2013-"
_CLAUSE = ("ccomp",)
# No sentence of news prose says this much: in a run-on text ("he said that she said that ...",
# no full stop for pages) each clause would run to the end of the text and the output grow with
# the square of its length. A clause's content ends this many characters after it starts, at a space.
MAX_CONTENT = 2000
_GAP_DEPS = {"punct", "advmod", "aux", "auxpass", "neg", "npadvmod", "dative", "dobj", "prep", "pobj", "det",
             "amod", "compound", "poss", "case", "nummod", "cc", "quantmod", "appos", "nmod", "prt"}


def text_of(doc) -> str:
    """The parsed text, built once per Doc (spaCy joins every token again on each `Doc.text`)."""
    text = doc.user_data.get("newsgraph:text")
    if text is None:
        text = doc.user_data["newsgraph:text"] = doc.text
    return text


# The small model lemmatises the forms of 'hope' as 'hop' ('hopes', 'hoped', 'hoping'); read here, in
# the statements stage only (changing the lemma for every stage moved the stances)
_MISLEMMATISED = {("hop", "hopes"): "hope", ("hop", "hoped"): "hope", ("hop", "hoping"): "hope"}


def cue_lemma(tok) -> str:
    """The verb's lemma as the cue lexicon knows it."""
    lemma = tok.lemma_.lower()
    return _MISLEMMATISED.get((lemma, tok.lower_), lemma)


def _tok_end(t) -> int:
    return t.idx + len(t.text)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRAIL:
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return a, b


def _subtree_range(token) -> tuple[int, int]:
    return token.left_edge.idx, _tok_end(token.right_edge)


class QuoteIndex:
    """The quotations of an article, by position.

    Every lookup is a binary search over the fragments in text order (quotes.find gives them so:
    fragments in order, none overlapping); a scan of every quotation per cue made the statements
    stage quadratic in the text's length. The answers are those of a scan in chain order."""

    def __init__(self, chains: list[list[Quote]]) -> None:
        self.chains = chains
        self.used: set[int] = set()
        self._flat = [(q, k) for k, chain in enumerate(chains) for q in chain]
        self._starts = [q.start for q, _ in self._flat]
        self._ends = [q.end for q, _ in self._flat]
        # fragments in text order and disjoint: the ones over [a, b) are one slice of the list
        self.ordered = all(q.start < q.end for q, _ in self._flat) and \
            all(self._ends[i] <= self._starts[i + 1] for i in range(len(self._flat) - 1))
        lasts = sorted((chain[-1].end, k) for k, chain in enumerate(chains))
        self._last_ends = [e for e, _ in lasts]
        self._last_keys = [k for _, k in lasts]
        firsts = sorted((chain[0].start, k) for k, chain in enumerate(chains))
        self._first_starts = [s for s, _ in firsts]
        self._first_min_key: list[int] = []  # least chain number among firsts[i:]
        least = len(chains)
        for _, k in reversed(firsts):
            least = min(least, k)
            self._first_min_key.append(least)
        self._first_min_key.reverse()

    def overlapping(self, a: int, b: int) -> list[tuple[Quote, int]]:
        """(fragment, chain number) for every fragment with start < b and end > a, in text order
        (when the fragments are not ordered: every fragment, for the caller to filter)."""
        if not self.ordered:
            return self._flat
        return self._flat[bisect_right(self._ends, a):bisect_left(self._starts, b)]

    def chain_over(self, a: int, b: int) -> int | None:
        """The quotation that holds most of [a, b), if it holds at least half of it."""
        if b - a <= 0:
            return None
        for k in sorted({k for _, k in self.overlapping(a, b)}):  # other chains hold none of it
            inside = sum(max(0, min(b, q.end) - max(a, q.start)) for q in self.chains[k])
            if inside * 2 >= (b - a):
                return k
        return None

    def inside(self, pos: int) -> bool:
        return any(q.start < pos < q.end - 1 for q, _ in self.overlapping(pos, pos))

    def ending_before(self, pos: int) -> int | None:
        """The chain whose last fragment ends last at or before `pos` (the first such on a tie)."""
        i = bisect_right(self._last_ends, pos)
        if i == 0:
            return None
        return self._last_keys[bisect_left(self._last_ends, self._last_ends[i - 1])]

    def starting_after(self, pos: int) -> int | None:
        """The first chain (in chain order) whose first fragment starts at or after `pos`."""
        i = bisect_left(self._first_starts, pos)
        return self._first_min_key[i] if i < len(self._first_min_key) else None


_ASIDE_WORDS = {"which", "who", "whose", "where"}
_CLOSING_MARKS = frozenset("\"\u201d'\u2019\u00bb")
_DASHES = {"\u2014", "\u2013", "-", "--"}


def _cut_aside(doc, chains: "QuoteIndex", a: int, b: int) -> tuple[int, int]:
    """PolNeAR leaves a trailing aside out of the content: a non-restrictive relative clause
    (', who is 70'), a participle (', citing ...') or a dashed apposition ('- a charge that ...')
    added by the writer after what was said. Cut at the first one, outside quotations."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return a, b
    for t in span[2:-1]:
        nxt = doc[t.i + 1]
        closes = t.text == "," and _closes_quote(doc, chains, t.idx)
        if t.idx >= b or chains.inside(t.idx) and not closes:
            continue
        while closes and nxt.is_quote and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # the word after the closing marks
        aside = (t.text == "," and (nxt.lower_ in _ASIDE_WORDS or (nxt.tag_ == "VBG" and nxt.dep_ == "advcl"
                                                                   and _reporting(nxt))
                                    or (nxt.lower_ in ("a", "an") and nxt.head.dep_ == "appos" and nxt.head.i > t.i)
                                    or _name_apposition(t, nxt))) \
            or (t.text in _DASHES and t.whitespace_ and (nxt.lower_ in ("a", "an", "the")
                                                        or (nxt.tag_ == "VBG" and nxt.dep_ == "advcl")))
        if aside and not _goes_on_after(doc, t, nxt, b):
            return _trim(text_of(doc), a, nxt.idx if closes else t.idx)
    return a, b


def _closes_quote(doc, chains: "QuoteIndex", pos: int) -> bool:
    """'the "Charleston loophole," a flaw in ...': a comma that only the closing marks follow ends the
    quotation, and sets off what comes after it as a comma outside would."""
    text = text_of(doc)
    return any(q.start < pos and text[pos + 1:q.end] and set(text[pos + 1:q.end]) <= _CLOSING_MARKS
               for q, _ in chains.overlapping(pos, pos + 1))


def _reporting(verb) -> bool:
    """A participle that reports or points to something (', citing ...', ', referring to ...', ', adding
    ...'): the writer's addition. One that goes on with the events said (', bringing its total to ...',
    ', pushing her to victory') is part of what was said."""
    from ..grammar.cues import cues
    c = cues()
    lemma = cue_lemma(verb)
    return c.is_verb(lemma) or lemma in c.topic_verbs or lemma in c.rest_verbs


def _name_apposition(comma, nxt) -> bool:
    """', the father of a slain soldier' after a name: the writer says who the named one is."""
    head = nxt.head
    return nxt.lower_ == "the" and head.dep_ == "appos" and head.i > comma.i and head.head.i < comma.i \
        and head.head.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in head.children)  # a list: 'Israel, the deal and Y'


def _goes_on_after(doc, comma, nxt, b: int) -> bool:
    """The aside sits inside the clause, which goes on after it: 'that Sanders, who won Rhode Island,
    would focus on policy' (the relative clause describes the subject), 'that the tax - the highest of
    any economy - carried risks' (a pair of dashes). Only a trailing aside is the writer's addition."""
    if comma.text in _DASHES:
        return any(u.text in _DASHES for u in doc[nxt.i:] if u.idx < b)
    top = nxt
    while top.dep_ not in ("relcl", "appos", "advcl") and top.head.i != top.i and top.head.i > comma.i:
        top = top.head
    end = _tok_end(top.right_edge)
    rest = text_of(doc)[end:b].strip(" ,;:.\"'\u201d\u2019\n")
    return any(ch.isalpha() for ch in rest)


def _whole_quotes(chains: "QuoteIndex", a: int, b: int) -> tuple[int, int]:
    """The parser often ends a clause one word before a closing mark ('The summit accomplished
    "too little'): a content edge inside a quotation moves out to the quotation's edge."""
    # in text order and disjoint, only the fragments holding a or b can move an edge
    for q, _ in chains.overlapping(a, b) if a < b else ():
        if q.start < b < q.end and q.start >= a:
            b = q.end
        if q.start < a < q.end and q.end <= b:
            a = q.start
    return a, b


def _gap_ok(doc, a: int, b: int, allowed: set[int], max_tokens: int = 14) -> bool:
    """Between a quotation and its cue: only the speaker's words, adverbs, 'told reporters',
    'in a statement' and punctuation other than a full stop."""
    span = doc.char_span(a, b, alignment_mode="expand") if b > a else None
    if span is None:
        return True
    # the speaker's own words count for nothing: '"A," said Jo Reyes, director of studies at the
    # institute in Lisbon, "B."' has a long apposition between the cue and B
    if sum(1 for t in span if t.i not in allowed and not t.is_space) > max_tokens:
        return False
    for t in span:
        if t.i in allowed:
            continue
        if t.text in (".", "!", "?") or t.pos_ == "VERB":
            return False
        if t.dep_ not in _GAP_DEPS:
            return False
    return True


def _speaker_tokens(subj) -> set[int]:
    return {t.i for t in subj.subtree} if subj is not None else set()


def _quote_content(chains: QuoteIndex, k: int) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in chains.chains[k]]


def _predicate(cue, cues: Cues):
    """For a light cue ('made it clear'), the predicate word; else None."""
    preds = cues.light.get(cue.lemma_)
    if not preds:
        return None
    for c in cue.children:
        if c.lemma_.lower() in preds and c.dep_ in ("ccomp", "oprd", "acomp", "dobj", "xcomp", "prt", "advmod"):
            return c
    return None


_ASKING = frozenset({"ask", "wonder", "question", "inquire", "query"})


def _clause(cue, pred, cues: Cues):
    """The clausal complement that is the content: 'said [that ...]', 'made it clear [that ...]'."""
    holders = [pred, cue] if pred is not None else [cue]
    for h in holders:
        # 'Fireworks went off: Republicans said they ...': the parser may hang the sentence before a colon
        # (or a paragraph before) on the cue as a second clause; the one after the cue, else the
        # nearest, is what was said
        doc, at = h.doc, cue.i  # (the children ordered from the columns: a Token only for those looked at)
        dep, children = columns(doc, ("dep_", "children"))
        kids = sorted(children[h.i], key=lambda c: (dep[c] in _CLAUSE and c < at, abs(c - at)))
        for c in map(doc.__getitem__, kids):
            if c.dep_ in _CLAUSE and c.i != (pred.i if pred is not None else -1):
                return c
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                return c
            if c.dep_ == "advcl" and c.i > cue.i and cue_lemma(cue) in _ASKING \
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i < c.i for m in c.children):
                return c  # 'asked the minister if the road would reopen': the question asked
            if c.dep_ == "advcl" and c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
                    and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) \
                    and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children):
                return c  # 'called for all candidates to lay out their plans', 'urged for X to be freed'
    for c in cue.rights:
        # 'said in a statement that X', 'said for the first time that X': the parser hangs the
        # that-clause on the noun of the phrase between ('that' is its mark, not a relative pronoun)
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for r in p.rights:
                if r.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < r.i
                                                               for m in r.children):
                    return r
    if pred is not None:  # 'made it clear that X': the parser hangs the that-clause anywhere under 'clear'
        for c in pred.children:
            if c.dep_ in ("advcl", "ccomp", "xcomp"):
                return c
    if cue_lemma(cue) in cues.intent_verbs and not any(c.dep_ == "auxpass" for c in cue.children):
        # 'was asked to testify': the subject is the one asked, not someone with a plan
        for c in cue.children:
            if c.dep_ == "xcomp" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                return c
    return None


def _channel(cue):
    """'Y quoted X as saying ...' / 'X was quoted (by Y) as saying': (speaker, channel) tokens; the
    speaker is the agent of the saying (grammar.agent reads the 'as' frame), the channel that of 'quote'."""
    if cue.dep_ in ("pcomp", "advcl") and cue.head.lower_ == "as":
        verb = cue.head.head
    elif cue.dep_ in ("advcl", "xcomp") and any(c.lower_ == "as" for c in cue.lefts):
        verb = cue.head
    else:
        return None
    if verb.lemma_ not in ("quote", "cite"):
        return None
    speaker = agent(cue)
    return (speaker, agent(verb)) if speaker is not None else None


def verbal(doc, cues: Cues, chains: QuoteIndex, subject_of) -> list[Found]:
    out: list[Found] = []
    text = text_of(doc)
    for cue in tokens_with(doc, "pos_", ("VERB", "AUX")):
        lemma = cue_lemma(cue)
        pred = _predicate(cue, cues)
        generic = False
        if not cues.is_verb(lemma) and pred is None:
            # any verb with a that-clause and a subject states a claim or a stance ('ruled that',
            # 'worries that'): PARC counts them all
            if not _that_clause(cue):
                if lemma in _SEE_AS and not chains.inside(cue.idx):
                    _seen_as(doc, cue, subject_of(cue), out)
                continue
            if cue.tag_ == "VBG" and cue.dep_ == "xcomp" and cues.is_verb(cue_lemma(cue.head)):
                continue  # 'told cheering farmers that ...': the parser's participle, the clause is what was told
            generic = True
        if chains.inside(cue.idx):
            continue  # words inside someone's quotation are theirs, not the article's attribution
        if lemma in _DESCRIBE_AS and _seen_as(doc, cue, subject_of(cue), out):
            continue  # 'described the field as "all very good"': the object and what it is called
        speech = lemma in cues.speech_verbs or pred is not None
        ch = _channel(cue)
        subj, via = ch if ch else (subject_of(cue), None)
        if subj is None and ch is None:
            subj = _set_off_subject(cue)
        if subj is None or subj.lower_ == "it" and _expletive(cue):
            continue
        cue_range = (_cue_start(cue), _tok_end(pred) if pred is not None and pred.i > cue.i else _tok_end(cue))
        rule_base = "light" if pred is not None else ("that" if generic else "verb")
        clause = _clause(cue, pred, cues)
        if clause is not None and speech and clause.i > cue.i and _quote_before(doc, chains, cue, subj):
            # '"We had written two songs," Kiedis said, mentioning the album is done': the quotation
            # before the cue is what was said; a clause after the comma is the writer's addition
            clause = None
        if clause is not None:
            a, b = _trim(text, *_clause_range(clause, cue, cues))
            if b <= a and clause.i < cue.i:
                # the parser hung the paragraph before on the cue ('... rebels.\n\n"I assume ...," said
                # X'): no clause of this paragraph; the quotation rules below find what was said
                clause = None
        if clause is not None and b > a and clause.i < cue.i and speech and not _before_ok(doc, clause, cue, subj) \
                and _quote_ends_at(doc, chains, cue, subj) is not None:
            # the parser ran the clause before the cue on past the quotation ('"...," CBS anchor X
            # said', '"...: Michigan, Ohio,\'\' Mr. X said'): the quotation rules below find what was said
            clause = None
        if clause is not None:
            if b <= a or not _before_ok(doc, clause, cue, subj):
                continue
            k = chains.chain_over(a, b)
            more: list[tuple[int, int]] = []
            if k is not None and speech and k not in chains.used and _words_outside(doc, chains, k, a, b) >= 2:
                chains.used.add(k)  # 'he "appreciates the help" shown by the police': the whole clause, mixed
                more = [(q.start, q.end) for q in chains.chains[k] if q.start >= b]  # the quotation runs on
                k = None
            if k is not None and speech and k not in chains.used:
                chains.used.add(k)
                content = _quote_content(chains, k)
                if chains.chains[k][-1].end <= cue.idx:
                    content += _continuation(doc, chains, _sentence_end(cue), _speaker_tokens(subj) | {cue.i}, cues)
                out.append(Found(content, "direct", f"{rule_base}:quote", cue_range,
                                 subj, via, shape="quote"))
                continue
            a, b = _cut_aside(doc, chains, *_whole_quotes(chains, a, b))
            if clause.dep_ == "xcomp":
                b = _infinitive_conjuncts(cue, clause, b)
            kind = "mixed" if any(a <= q.start and q.end <= b and chains.chain_over(q.start, q.end) is not None
                                  for q, _ in chains.overlapping(a, b)) else "indirect"
            after: list[tuple[int, int]] = []
            if clause.i < cue.i:
                after = _tail_after_cue(doc, cue, subj, chains)
            last = chains.ending_before(cue.idx)
            if speech and b <= cue.idx and last is not None and chains.chains[last][-1].end >= b - 1 \
                    and chains.chains[last][0].start >= a:
                # 'Yet he is a "change agent," Cole said. "That's what people want."': the quotation
                # that ends the clause goes on in the next sentence
                after = _continuation(doc, chains, _sentence_end(cue), _speaker_tokens(subj) | {cue.i}, cues)
            elif clause.i > cue.i:
                after = _quote_sentence_after(doc, chains, b)
                kind = "mixed" if after else kind
            out.append(Found([(a, b)] + [q for q in more if q[0] >= b] + after,
                             "mixed" if more or (after and kind == "mixed") else kind,
                             f"{rule_base}:clause", cue_range, subj, via, shape="clause"))
            continue
        if not speech:
            if lemma in cues.object_verbs:
                _object(doc, cue, cue_range, subj, via, rule_base, out, chains, cues)
            continue
        allowed = _speaker_tokens(subj) | {cue.i}
        k = chains.ending_before(cue.idx)
        if k is not None and k not in chains.used and _gap_ok(doc, chains.chains[k][-1].end, cue.idx, allowed):
            # 'broken by the cue': '"A," he said, "B."' -- B opens right after the cue's comma
            chains.used.add(k)
            content = _quote_content(chains, k) + _continuation(doc, chains, cue_range[1], allowed, cues)
            out.append(Found(content, "direct", f"{rule_base}:quote", cue_range, subj, via, shape="quote"))
            continue
        k = chains.starting_after(cue_range[1])
        if k is not None and k not in chains.used and _gap_ok(doc, cue_range[1], chains.chains[k][0].start, allowed):
            chains.used.add(k)
            out.append(Found(_quote_content(chains, k), "direct", f"{rule_base}:quote", cue_range,
                             subj, via, shape="quote"))
            continue
        if lemma in cues.object_verbs:
            _object(doc, cue, cue_range, subj, via, rule_base, out, chains, cues)
            continue
        aside = _parenthetical(doc, cue, subj, chains)
        if aside:
            out.append(Found(aside, "indirect", f"{rule_base}:parenthetical", cue_range, subj, via,
                             shape="parenthetical"))
            continue
        rest = _rest_of_sentence(doc, cue, cue_range, cues)
        if rest and subj.i > cue.i and subj.left_edge.idx <= rest[0] and rest[1] <= _tok_end(subj.right_edge):
            rest = None  # '..., said Jo Smith, a demographer.': the words after the cue are the speaker
        if rest:
            out.append(Found([rest], "indirect", f"{rule_base}:rest", cue_range, subj, via, shape="rest"))
    return out


_NOMINAL = frozenset({"NOUN", "PROPN"})


def _set_off_subject(cue):
    """'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that ...', 'In a
    statement to the Observer, her adviser, Jake Sullivan, said: ...': the parser hangs the name set off
    after a fronted phrase on that phrase's noun (an apposition or a conjunct of it), and the cue, a
    finite verb right after a comma, is left with no subject. The name is the top of that apposition
    chain, below the fronted phrase's noun and after its comma."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 4 or doc[cue.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cue.children):
        return None
    node = doc[cue.i - 2]
    while node.dep_ in ("compound", "amod", "nummod", "poss", "case") and cue.i > node.head.i > node.i:
        node = node.head  # 'the minority leader': from the phrase's last word to its head
    if node.pos_ not in _NOMINAL:
        return None
    sent_start = cue.sent.start
    while node.dep_ in ("appos", "conj") and node.head.i < node.i and node.head.i >= sent_start:
        head = node.head
        if head.dep_ == "pobj" or head.dep_ in ("dobj", "npadvmod") and head.head.i < head.i:
            # the noun of the fronted phrase: the name is set off from it by a comma
            if node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == "," and head.pos_ in _NOMINAL \
                    and head.i < cue.i and _fronted(head, cue):
                return node
            return None
        node = head
    return None


def _fronted(noun, cue) -> bool:
    """The phrase holding `noun` opens the sentence before the cue ('In a statement to X, ...', 'Alarmed
    by Y, ...', 'At Boca West, where ..., '): a preposition or participle whose head is the cue."""
    top = noun
    while top.head.i != top.i and top.head.i != cue.i and top.dep_ not in ("ROOT",):
        top = top.head
    return top.head.i == cue.i and top.dep_ in ("prep", "advcl", "npadvmod") and top.left_edge.i == cue.sent.start


_SEE_AS = frozenset({"see", "regard", "perceive", "paint", "cast", "frame", "position", "depict"})


_DESCRIBE_AS = frozenset({"describe", "view", "characterize", "portray", "brand", "label", "dismiss", "denounce",
                          "hail", "tout"})


def _seen_as(doc, cue, subj, out: list[Found]) -> bool:
    """'Republicans see Clinton as untrustworthy': a judgement, the object and what it is seen as."""
    if subj is None or subj.lower_ == "it" or any(c.dep_ == "neg" for c in cue.children):
        return False
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    as_ = next((c for c in list(cue.rights) + list(obj.rights) if c.dep_ == "prep" and c.lower_ == "as"
                and c.i > obj.i), None)
    if as_ is None or not any(c.dep_ in ("pobj", "pcomp") for c in as_.children):
        return False
    a, b = _trim(text_of(doc), obj.left_edge.idx, _tok_end(max(obj.right_edge, as_.right_edge, key=lambda t: t.i)))
    if b - a <= 3:
        return False
    out.append(Found([(a, b)], "indirect", "verb:object", (cue.idx, _tok_end(cue)), subj, shape="object"))
    return True


def _tail_after_cue(doc, cue, subj, chains: QuoteIndex) -> list[tuple[int, int]]:
    """'He is leaning toward Kasich, he said, because he prizes electability': the sentence goes on
    after the cue set off by commas; a subordinate clause there is still what was said (a participle,
    ', adding that ...', is a statement of its own)."""
    sent = cue.sent
    last = max(cue.i, subj.right_edge.i if subj is not None and subj.i > cue.i else cue.i)
    for c in cue.rights:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i == last + 1:
            last = c.right_edge.i  # 'said on Tuesday'
    comma = last + 1
    if comma + 1 >= sent.end or doc[comma].text != ",":
        return []
    nxt = doc[comma + 1]
    head = nxt if nxt.head.i == cue.i else nxt.head
    if head.head.i != cue.i or head.dep_ != "advcl" or head.tag_ == "VBG" or chains.inside(nxt.idx) or \
            not any(m.dep_ == "mark" and m.i == nxt.i for m in head.children):
        return []
    a, b = _trim(text_of(doc), nxt.idx, _tok_end(head.right_edge))
    return [(a, b)] if b - a > 2 else []


def _quote_ends_at(doc, chains: QuoteIndex, cue, subj) -> int | None:
    """The quotation that ends right before the cue, with only the speaker's words between: '"...," X said'."""
    k = chains.ending_before(cue.idx)
    if k is None or k in chains.used:
        return None
    return k if _gap_ok(doc, chains.chains[k][-1].end, cue.idx, _speaker_tokens(subj) | {cue.i}) else None


def _quote_before(doc, chains: QuoteIndex, cue, subj) -> bool:
    """A quotation ends right before the cue, with a comma after the cue ('"...," X said, adding ...')
    or a comma closing the quotation ('"...," X said in a statement issued on Monday')."""
    k = _quote_ends_at(doc, chains, cue, subj)
    if k is None:
        return False
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return (nxt is not None and nxt.text == ",") or _ends_on_comma(text_of(doc), chains.chains[k][-1])


def _ends_on_comma(text: str, q: Quote) -> bool:
    """The quotation opens its sentence and closes on a comma ('"We will win," X said ...'): the
    sentence goes on to say who said it. A title in the middle of a sentence ('told "Meet the
    Press," that ...') is no such quotation."""
    inner = text[q.start:q.end].rstrip("\"\u201d\u00bb\u2033'").rstrip()
    before = text[:q.start].rstrip(" \t\u00a0")
    opens = not before or before[-1] in ".!?:\n" or (before[-1] in "\"\u201d'" and before[-2:-1] in tuple(".!?"))
    return opens and inner.endswith(",")


def _words_outside(doc, chains: QuoteIndex, k: int, a: int, b: int) -> int:
    """How many words of [a, b) lie outside quotation `k`: a clause that quotes only part of what
    was said ('that the comment "was inappropriate"') is content as a whole, not just its quotation."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return 0
    frags = chains.chains[k]
    return sum(1 for t in span if t.is_alpha and not any(q.start <= t.idx < q.end for q in frags))


def _infinitive_conjuncts(cue, clause, b: int) -> int:
    """'wants to triple X, grow Y and create Z': the parser often hangs the later infinitives on the
    cue; bare verbs (tag VB) joined to a finite cue belong to the to-infinitive, not to the cue."""
    for c in cue.children:
        if c.dep_ in ("conj", "dep") and c.i > clause.i and c.tag_ == "VB" and cue.tag_ != "VB" \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            b = max(b, _tok_end(c.right_edge))
    return b


def _rest_of_sentence(doc, cue, cue_range, cues: Cues) -> tuple[int, int] | None:
    """'Flynn says Trump absolutely right' (headlines, clipped speech): when the parser gives a speech
    verb no clause, what follows it to the end of the sentence is what was said."""
    if cue.lemma_.lower() not in cues.rest_verbs or any(c.dep_ == "neg" for c in cue.children):
        return None
    sent = cue.sent
    nxt = cue.i + 1
    if nxt >= sent.end or doc[nxt].pos_ in ("ADP", "PUNCT", "PART", "ADV", "SCONJ", "CCONJ", "SPACE", "PRON"):
        return None
    if sent.end - nxt < 3 or any(t.dep_ in ("dobj", "dative") and t.head.i == cue.i and t.pos_ == "PRON"
                                 for t in doc[nxt:sent.end]):
        return None
    end = sent.end_char
    for c in cue.rights:
        # 'claimed victory and argued ...', 'tweeted a chart, adding ...': the cue's own next act or an
        # adverbial clause hung on it is not what was said
        if c.dep_ in ("cc", "conj", "advcl", "parataxis") and c.i > nxt:
            end = min(end, c.left_edge.idx)
            break
    a, b = _trim(text_of(doc), doc[nxt].idx, end)
    if cue_lemma(cue) == "tell" and _only_audience(doc, cue, nxt, b):
        return None  # 'told The Huffington Post', 'told a Senate panel Wednesday': whom, not what
    if cue_lemma(cue) == "tell":
        a = _after_audience(doc, cue, nxt, a, b)
    return (a, b) if b - a > 8 else None


def _after_audience(doc, cue, nxt: int, a: int, b: int) -> int:
    """'told cheering farmers that they were not asking for favours', 'told nurses who filled the lawn
    that the ministry should pay them': where the parser hung the that-clause on the audience, what
    was told starts at 'that' (a 'that' with a subject after it, not 'farmers that gathered')."""
    heard = False
    for t in doc[nxt:cue.sent.end - 1]:
        if t.idx >= b:
            break
        after = doc[t.i + 1]
        if heard and t.lower_ == "that" and after.pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM") \
                and after.lower_ != "that":
            return t.idx
        heard = heard or t.pos_ in ("NOUN", "PROPN")
    return a


_AUDIENCES = frozenset({"reporter", "journalist", "audience", "crowd", "panel", "committee", "supporter", "voter",
                        "interviewer", "host", "network", "newspaper", "paper", "magazine", "station", "lawmaker"})


def _only_audience(doc, cue, nxt: int, b: int) -> bool:
    """The words after 'tell' name only whom it was told to (a name, a paper, reporters, a panel)
    and when or where: no verb follows them in the sentence."""
    heard = next((c for c in cue.rights if c.dep_ in ("dobj", "dative")), None)
    if heard is None or heard.left_edge.i != nxt or heard.pos_ != "PROPN" and heard.lemma_.lower() not in _AUDIENCES:
        return False  # 'told a different story': what was told
    return not any(t.pos_ in ("VERB", "AUX") and t.idx < b for t in doc[heard.right_edge.i + 1:cue.sent.end])


def _parenthetical(doc, cue, subj, chains: QuoteIndex) -> list[tuple[int, int]]:
    """'The plan, he said, will work': a cue set off by commas inside the sentence it attributes.
    The content is the rest of the sentence, in the fragments either side of the aside."""
    if subj is None or cue.dep_ not in ("parataxis", "advcl", "ccomp", "conj", "relcl"):
        return []
    lo, hi = min(subj.left_edge.i, cue.i), max(cue.i, subj.right_edge.i if subj.i > cue.i else cue.i)
    for c in cue.rights:
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i == hi + 1:
            hi = c.right_edge.i
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if before is None or after is None or before.text != "," or after.text not in (",", "."):
        return []
    sent = cue.sent
    text = text_of(doc)
    # the sentence as the parser split it may run over a line break (a headline and the line under it)
    start = max(sent.start_char, text.rfind("\n", 0, before.idx) + 1)
    stop = text.find("\n", after.idx, sent.end_char)
    # the piece after the aside ends as a clause does: without a trailing aside of the writer's
    # ('X, he said, have closed, the latter a reference to Y', ', which ...', ', citing ...')
    pieces = [_trim(text, start, before.idx),
              _cut_aside(doc, chains, *_trim(text, after.idx + 1, sent.end_char if stop < 0 else stop))]
    return [(a, b) for a, b in pieces if b - a > 2]


_OBJECT_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "dative", "attr", "prep"}


# 'speaking on condition of anonymity', 'spoke on the senator's behalf': the terms, not the topic
_NOT_TOPICS = frozenset({"condition", "behalf"})
_WHEN = frozenset({"DATE", "TIME"})


def _only_when(doc, a: int, b: int) -> bool:
    """'reported on Tuesday', 'voted on March 2': an object that is only a time says when, not what."""
    span = doc.char_span(a, b, alignment_mode="expand")
    words = [t for t in span if t.is_alpha or t.like_num] if span is not None else []
    return bool(words) and all(t.ent_type_ in _WHEN or t.pos_ in ("DET", "ADP") for t in words)


def _object(doc, cue, cue_range, subj, via, rule_base, out: list[Found], chains: QuoteIndex,
            cues: Cues) -> None:
    """'cited [the report]', 'called for [a ceasefire]', 'called [him] [a liar]': the verb's object
    and the complements after it, up to the end of the last one."""
    if any(c.dep_ == "neg" for c in cue.children):
        return  # 'did not mention X': nothing was said about X
    if cue_lemma(cue) == "find" and not _finds_as_research(cue, subj):
        return  # 'found a way to win', 'found itself at the centre', 'agents found the tunnels': no finding
    participle = cue.tag_ == "VBG" and cue.dep_ in ("advcl", "pcomp")  # '..., citing X', 'by praising X'
    if not any(c.dep_ == "nsubj" for c in cue.children) and cue.dep_ != "conj" and not participle:
        return  # 'sent troops to support X': a purpose clause, not something anyone said
    parts = [c for c in cue.rights if c.dep_ in _OBJECT_DEPS and (c.dep_ != "prep" or c.lower_ in cues.object_preps)]
    if cue.lemma_.lower() in cues.topic_verbs or _asked_about(cue):
        # 'spoke to reporters at a rally about X': only the topic is what was said
        topic = next((c for c in parts if c.dep_ == "prep" and c.lower_ in cues.topic_preps), None)
        pobj = next((c for c in topic.children if c.dep_ in ("pobj", "pcomp")), None) if topic is not None else None
        if pobj is not None and pobj.lemma_.lower() not in _NOT_TOPICS and not (_asked_about(cue) and pobj.pos_ == "PRON"):
            a, b = _cut_aside(doc, chains, *_whole_quotes(chains, *_trim(text_of(doc), pobj.left_edge.idx,
                                                                         _tok_end(pobj.right_edge))))
            if b - a >= 3 and not _only_when(doc, a, b):
                out.append(Found([(a, b)], "indirect", f"{rule_base}:object", cue_range, subj, via, shape="object"))
        return
    if not parts or all(c.dep_ == "prep" for c in parts) and not any(c.dep_ == "prep" and c.i == cue.i + 1 for c in parts):
        return  # a bare prepositional phrase after a gap is an adjunct ('attacked in the night'), not content
    first = parts[0]
    if first.dep_ == "dobj" and cue_lemma(cue) in _ISSUING and _bare_statement(first):
        return  # 'released a statement on Saturday': what it said comes with a quotation or a clause
    first_released = first.dep_ == "dobj" and cue_lemma(cue) == "release"
    if first_released and (first.ent_type_ == "PERSON" or first.pos_ == "PRON"):
        return  # 'Cuba released Alan Gross': a prisoner freed, not words made public
    if first.dep_ == "prep" and first.i == cue.i + 1 and len(parts) == 1:
        pobj = next((c for c in first.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return
        a = pobj.left_edge.idx
        cue_range = (cue_range[0], first.idx + len(first.text))
    else:
        a = first.left_edge.idx
    parts = _without_setting(parts)
    # the furthest edge of any part: in 'endorsed A (D-Ore.), B and C' the parser hangs the list on the
    # first of the object's tokens, so the last part's edge stops before it
    b = max(_tok_end(p.right_edge) for p in parts)
    if parts[-1].dep_ == "dobj":
        hung = [c for c in parts[-1].rights if c.dep_ == "prep" and _setting(c, venues_only=True)]
        if hung and hung[-1].right_edge.i == parts[-1].right_edge.i and hung[0].i > parts[-1].i:
            b = _tok_end(hung[0].nbor(-1))  # 'supported Sanders [in Virginia]': the parser hung the place on the object
    for c in cue.rights:
        # 'cited the audit [to justify the cuts]': a to-infinitive after the object that the parser hung on
        # the cue (a venue or time after it, 'in a letter last week', stays out)
        if c.i > parts[-1].right_edge.i and (c.dep_ == "attr" or (
                c.dep_ == "advcl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children))):
            if any(t.text in (";", ":") or t.is_space and "\n" in t.text for t in doc[parts[-1].right_edge.i:c.i]):
                break
            b = max(b, _tok_end(c.right_edge))
    b = _object_infinitive_conjuncts(cue, parts, b)
    a, b = _cut_aside(doc, chains, *_whole_quotes(chains, *_trim(text_of(doc), a, b)))
    if b - a < 3 or parts[0].dep_ == "dobj" and parts[0].pos_ == "PRON" and len(parts) == 1 or _only_when(doc, a, b):
        return
    out.append(Found([(a, b)], "indirect", f"{rule_base}:object", cue_range, subj, via, shape="object"))


def _object_infinitive_conjuncts(cue, parts: list, b: int) -> int:
    """'touted her plans to build roads, expand clinics and cut fees': the parser hangs the later bare
    verbs on the cue; when the object holds a to-infinitive, they go on with it (as for an intent verb's
    clause, `_infinitive_conjuncts`)."""
    last = parts[-1].right_edge.i
    if not any(t.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in t.children)
               for p in parts for t in p.subtree):
        return b
    return _infinitive_conjuncts(cue, cue.doc[last], b)


# who or what reports a finding as its object ('the poll found Smith ahead', 'a 2009 study found
# improvements'): a survey, a study, an inquiry and the people who carry them out
_RESEARCH = frozenset({"poll", "survey", "study", "report", "analysis", "review", "investigation", "audit", "probe",
                       "research", "paper", "article", "data", "researcher", "investigator", "economist",
                       "scientist", "analyst", "inquiry", "test", "census", "estimate", "model", "examination",
                       "assessment", "evaluation", "experiment", "poller", "pollster", "count", "tally"})


def _finds_as_research(cue, subj) -> bool:
    """'find' with an object reports a finding only when a survey, a study or those who carry it out
    find; a person or a body that finds something ('found a way', 'found comfort') reports nothing."""
    if subj is None:
        return False
    if subj.lower_ in ("that", "which") and cue.dep_ == "relcl":
        subj = cue.head
    return subj.lemma_.lower() in _RESEARCH


_ISSUING = frozenset({"release", "issue", "publish", "post", "send", "put", "make"})


# where or when something was said, not what: 'at a rally', 'on his radio show', 'in Virginia', 'in 2009'
_VENUES = frozenset({"rally", "speech", "show", "page", "program", "programme", "interview", "event", "debate",
                     "conference", "meeting", "appearance", "start", "end", "website", "account", "broadcast",
                     "hearing", "ground", "grounds", "basis", "stop", "town", "dinner", "luncheon", "forum",
                     "briefing", "session", "radio", "television", "podcast", "condition", "floor"})


def _setting(prep, venues_only: bool = False) -> bool:
    if prep.lower_ not in ("in", "at", "on", "during", "via", "through"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.lemma_.lower() in _VENUES or not venues_only
                                 and pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"))


def _without_setting(parts: list) -> list:
    """The object's parts without the trailing phrases that say where or when ('thanked supporters [at a
    rally in Mississippi]', 'touted his endorsement [on its Facebook page]')."""
    while len(parts) > 1 and parts[-1].dep_ == "prep" and _setting(parts[-1]) and parts[0].dep_ == "dobj":
        parts = parts[:-1]
    return parts


def _bare_statement(obj) -> bool:
    """'a statement', 'a follow-up statement' with nothing of what it says ('a statement saying X',
    'a statement of support', 'a statement that ...' say something)."""
    if obj.lemma_.lower() != "statement":
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp", "appos") or c.dep_ == "prep" and c.lower_ in ("of", "on", "about",
                                                                                             "in", "against", "for")
                   for c in obj.children)


def _asked_about(cue) -> bool:
    """'asked (the minister) about the road': a question on a topic, not a request."""
    return cue_lemma(cue) == "ask" and any(c.dep_ == "prep" and c.lower_ == "about" for c in cue.rights)


def _clause_range(clause, cue, cues: Cues) -> tuple[int, int]:
    """The clause's words, stopping before a second reporting verb joined to it ('that X, and
    suggested that Y': Y is a statement of its own) and at the end of the cue's paragraph."""
    a, b = _subtree_range(clause)
    for c in clause.children:
        if c.dep_ == "conj" and c.i > clause.i and ((cues.is_verb(c.lemma_.lower()) and (
                _that_clause(c) or _speakers_own(c, cue))) or _perfect_after(c, clause, cue)):
            stop = c.left_edge
            prev = [t for t in clause.subtree if t.i < stop.i and t.dep_ not in ("cc", "punct")]
            if prev:
                b = min(b, _tok_end(max(prev, key=lambda t: t.i)))
    text = text_of(clause.doc)
    at = cue.idx
    para_start = text.rfind("\n\n", 0, at)
    para_end = text.find("\n\n", at)
    if para_start >= 0 and a < para_start:
        a = para_start + 2
    if para_end >= 0 and b > para_end:
        b = para_end
    if b - a > MAX_CONTENT:
        cut = text.rfind(" ", a, a + MAX_CONTENT)
        b = cut if cut > a else a + MAX_CONTENT
    return a, b


def _perfect_after(verb, clause, cue) -> bool:
    """'insists the party must be one of ideas, and has championed cuts': a present perfect with no
    subject joined to a clause of another tense is the speaker's record, not more of what was said."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    aux = [a for a in verb.children if a.dep_ == "aux" and a.lower_ in ("has", "have")]
    return bool(aux) and cue.tag_ in ("VBZ", "VBP") and not any(a.lower_ in ("has", "have") for a in clause.children)


def _speakers_own(verb, cue) -> bool:
    """'said the warning was baseless, and accused the ministry of lying': a reporting verb joined to
    the clause with no subject of its own, in the cue's own form, is the speaker's next act, which
    the parser hung on the clause; what was said ends before it."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    if verb.tag_ == cue.tag_ or verb.tag_ in ("VBD", "VBZ") and cue.tag_ in ("VBD", "VBZ"):
        return True
    # 'did say X and called Y', 'insists X, and has accused Y': a finite verb after the cue's auxiliary
    return cue.tag_ in ("VB", "VBG", "VBN") and any(a.dep_ == "aux" for a in cue.children) and verb.tag_ in ("VBD", "VBZ")


def _before_ok(doc, clause, cue, subj) -> bool:
    """A clause before its cue is reported speech only when a comma or a quotation mark closes it
    ('Prices will rise, he said'); after a colon or a semicolon it is the writer's own sentence."""
    if clause.i > cue.i:
        return True
    first = min(cue.i, subj.i) if subj is not None and subj.i > clause.i else cue.i
    between = doc[clause.right_edge.i + 1:first].text if clause.right_edge.i + 1 < first else ""
    last = clause.right_edge.text
    closed = any(m in between for m in ('"', "\u201d", "''"))  # '"How much worse could it get?" said X'
    return (("," in between or closed or last in (",", '"', "\u201d")) and ":" not in between and ";" not in between)


def _continuation(doc, chains: QuoteIndex, after: int, allowed: set[int], cues: Cues | None = None
                  ) -> list[tuple[int, int]]:
    """'"A," he said, "B."': the quotation the cue breaks goes on right after it. So does one that
    opens the next sentence of the paragraph ('"A," he said. "B."') when no cue of its own follows it."""
    nxt = chains.starting_after(after)
    title = _quoted_name(doc, chains, nxt, after) if nxt is not None and cues is not None else None
    if title is not None and len(chains.chains[nxt]) > 1:
        # '"A," he said on "Meet the Press." "B."': the name in marks is part of the cue's sentence;
        # the quotation side by side with it (one chain) goes on from the next sentence
        chains.used.add(nxt)
        return _quote_content(chains, nxt)[1:]
    if title is not None:
        after, nxt = title, chains.starting_after(title)
    while nxt is not None and _within(doc, chains.chains[nxt], allowed):
        # '"A," said Jo Reyes, who noted that prices had "cratered." "B."': a quotation inside the
        # speaker's own words (a relative clause, an apposition) is not the one that goes on
        after = chains.chains[nxt][-1].end
        nxt = chains.starting_after(after)
    if nxt is None or nxt in chains.used:
        return []
    start = chains.chains[nxt][0].start
    if not _gap_ok(doc, after, start, allowed, max_tokens=8):
        last = chains.chains[nxt][-1]
        inner = text_of(doc)[last.start:last.end].rstrip(_QUOTE_MARKS + "'\u2019 ")
        if cues is None or not _next_sentence(doc, after, start) or _own_cue(doc, last.end, cues, inner):
            return []
    chains.used.add(nxt)
    return _quote_content(chains, nxt)


def _within(doc, chain, allowed: set[int]) -> bool:
    """The quotation lies inside the speaker's words (`allowed`): they go on after it."""
    span = doc.char_span(chain[0].start, chain[-1].end, alignment_mode="expand")
    return span is not None and bool(allowed) and min(allowed) < span[0].i and max(allowed) > span[-1].i


_NAME_SMALL = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "at"})


def _quoted_name(doc, chains: QuoteIndex, k: int, after: int) -> int | None:
    """The end of a short name in marks right after the cue in its own sentence ('said on "Meet the
    Press."', 'told NBC's "Today" on Monday.'), before a quotation that opens the next sentence; else None."""
    chain = chains.chains[k]
    if k in chains.used:
        return None
    q = chain[0]
    text = text_of(doc)
    inner = text[q.start:q.end].strip(_QUOTE_MARKS + "'\u2019 .,")
    gap = text[after:q.start]
    if not inner or len(inner.split()) > 5 or not all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_SMALL for w in inner.split()) \
            or "\n" in gap or any(ch in gap for ch in ".!?;:") or len(gap.split()) > 8:
        return None
    nxt = chains.starting_after(q.end) if len(chain) == 1 else k
    if nxt is None or nxt in chains.used and nxt != k:
        return None
    between = text[q.end:chains.chains[nxt][0 if nxt != k else 1].start]
    if "\n" in between or len(between.split()) > 3:
        return None
    ended = text[q.start:q.end].rstrip(_QUOTE_MARKS + "'\u2019 ").endswith(".") or between.strip().startswith(".") \
        or between.strip(" ").rstrip().endswith(".")
    return q.end if ended else None


def _quote_sentence_after(doc, chains: QuoteIndex, end: int) -> list[tuple[int, int]]:
    """'X said she had made progress. "I really believe the president has done a great job."': a
    clause that runs to the end of its sentence goes on in a quotation that opens the next sentence
    and ends the paragraph, in full sentences, with no word outside its marks."""
    nxt = chains.starting_after(end)
    if nxt is None or nxt in chains.used:
        return []
    text = text_of(doc)
    chain = chains.chains[nxt]
    gap = text[end:chain[0].start]
    if "\n" in gap or gap.strip() not in tuple(".!?"):
        return []
    stop = text.find("\n", chain[-1].end)
    stop = len(text) if stop < 0 else stop
    if any(ch.isalnum() for ch in text[chain[-1].end:stop]) or any(
            ch.isalnum() for q, r in zip(chain, chain[1:]) for ch in text[q.end:r.start]):
        return []
    if text[chain[-1].start:chain[-1].end].rstrip(_QUOTE_MARKS + "'\u2019 ")[-1:] not in tuple(".!?"):
        return []
    chains.used.add(nxt)
    return _quote_content(chains, nxt)


def _sentence_end(cue) -> int:
    return cue.idx + len(cue.text)


def _next_sentence(doc, after: int, start: int) -> bool:
    """The quotation opens the sentence right after the cue's, in the same paragraph."""
    gap = text_of(doc)[after:start]
    if "\n" in gap:
        return False
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    before = doc.char_span(max(0, after - 1), after, alignment_mode="expand")
    if tok is None or before is None:
        return False
    mark, cue_sent = tok[0], before[-1].sent
    if mark.i == cue_sent.end - 1 and gap.rstrip()[-1:] in tuple(".!?"):
        return True  # the parser hung the opening mark on the cue's sentence ('... Mexico City. "There ...')
    sent = mark.sent
    # the cue's sentence may run on ('said Peter Morgan, a lawyer for ...'): what counts is that
    # the quotation opens the very next sentence
    return sent.start_char >= after and cue_sent.end_char >= sent.start_char - 2 \
        and not text_of(doc)[sent.start_char:start].strip()


def _own_cue(doc, end: int, cues: Cues, inner: str = "") -> bool:
    """A speech verb in the words right after a quotation: it has a speaker of its own. A quotation
    that ends on a full stop inside its marks ends its sentence ('"B." Critics say ...': the next
    sentence's cue is not its own); one that ends on a question or exclamation mark has its cue before
    any comma ('"B?" Trump asked', not '"B?" Later, X claimed ...')."""
    if inner.endswith("."):
        return False
    span = doc.char_span(end, min(len(text_of(doc)), end + 60), alignment_mode="contract")
    if span is None:
        return False
    for t in span[:8]:
        if t.text in (".", "!", "?") or "\n" in t.text or (inner[-1:] in ("?", "!") and t.text == ","):
            return False
        if t.lemma_.lower() in cues.speech_verbs and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _cue_start(cue) -> int:
    """Where the cue starts: at the verb, or, when it is negated, at its auxiliary and negation
    ('didn't know', 'has never said', 'would not say'; issue 11, kind 11). The clause is then what
    was not said, known or wanted, and the cue keeps the 'not' the content cannot hold (PolNeAR
    annotates such relations with the negated cue)."""
    left = {c.i for c in cue.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < cue.i}
    if not any(c.dep_ == "neg" and c.i < cue.i for c in cue.children):
        return cue.idx
    i = cue.i
    while i - 1 in left:
        i -= 1
    while i < cue.i and cue.doc[i].dep_ == "advmod":
        i += 1  # 'just don't think': the cue is 'don't think'
    return cue.doc[i].idx


def _that_clause(cue) -> bool:
    if cue.pos_ != "VERB":
        return False
    low, dep, kids = columns(cue.doc, _CLAUSE_COLUMNS)  # (the children from the columns: speed only)
    return any(dep[c] == "ccomp" and any(dep[m] == "mark" and low[m] == "that" for m in kids[c]) for c in kids[cue.i])


_CLAUSE_COLUMNS = ("lower_", "dep_", "children")


def _expletive(cue) -> bool:
    """'It is said that ...': the passive 'it' names no one (handled as an unattributed claim); nor
    does the 'it' of a copula with a complement ('It's true that ...', 'it is possible that ...':
    the writer's own judgement, issue 11)."""
    return any(c.dep_ == "auxpass" for c in cue.children) or (
        (cue.lemma_.lower() == "be" or cue.lower_ in _BE_FORMS) and any(c.dep_ in ("acomp", "attr") for c in cue.children))


_BE_FORMS = frozenset({"is", "was", "'s", "’s"})  # ('’s' has the lemma '’' in the small model)


# cue words the tagger may read as nouns at the end of a sentence ('records show.', 'the report says.')
_FINAL_FORMS = {"show": "show", "shows": "show", "say": "say", "says": "say", "notes": "note", "reports": "report",
                "finds": "find", "estimates": "estimate", "suggest": "suggest", "suggests": "suggest"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_FINAL_TAIL = {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "on", "last", "this", "week", "month", "year", "night", "morning", "evening", "afternoon", "in", "a",
               "an", "statement", "interview", "email", "also", "recently", "earlier", "later", "too", "then"}


class _Tokens:
    """`[t for t in sent if not t.is_space]` given the words' indices: a Token only for a word read (speed only)."""

    def __init__(self, doc, idx: list[int]) -> None:
        self.doc, self.idx = doc, idx

    def __len__(self) -> int:
        return len(self.idx)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self.doc[i] for i in self.idx[k]]
        return self.doc[self.idx[k]]


def final_cues(doc, cues: Cues, found: list[Found]) -> list[Found]:
    """'Much of the money came from firms that no longer exist, campaign and corporate records show.':
    a cue word ending its sentence (a day or 'in a statement' may follow), the speaker's words after a
    comma before it. The parser often hangs such a cue inside the clause it reports, or tags 'show'
    as a noun; read from the words. Cues another rule used are left alone."""
    text = text_of(doc)
    taken = {f.cue[0] for f in found if f.cue is not None}
    out: list[Found] = []
    words_of = column(doc, "text")
    for sent in doc.sents:
        toks = _Tokens(doc, [i for i in range(sent.start, sent.end) if not words_of[i].isspace()])
        if len(toks) < 8 or toks[-1].text not in (".", "!", "?"):
            continue
        end = len(toks) - 1
        while end > 0 and toks[end - 1].lower_ in _FINAL_TAIL and end > len(toks) - 6:
            end -= 1
        cue = toks[end - 1]
        lemma = _FINAL_FORMS.get(cue.lower_) if cue.pos_ not in ("VERB", "AUX") else cue.lemma_.lower()
        if lemma is None or lemma not in cues.speech_verbs | cues.belief_verbs or cue.idx in taken:
            continue
        k = end - 2  # back over the speaker's words to the comma
        while k >= 0 and toks[k].text != "," and end - 1 - k <= 8:
            if toks[k].tag_ in _FINITE_TAGS or toks[k].pos_ in ("PUNCT",) and toks[k].text not in ("'", "’", ".", "-"):
                break
            k -= 1
        if k < 3 or toks[k].text != "," or k == end - 2:
            continue
        words = toks[k + 1:end - 1]
        heads = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not heads or any(t.lower_ in ("who", "which", "that") for t in words):
            continue
        a = sent.start_char
        colon = text.rfind(":", a, toks[k].idx)
        a, b = _trim(text, colon + 1 if colon >= 0 else a, toks[k].idx)
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) < 4 or not any(t.tag_ in _FINITE_TAGS for t in span):
            continue
        out.append(Found([(a, b)], "indirect", "verb:final", (cue.idx, _tok_end(cue)), heads[-1], shape="parenthetical",
                         words=(words[0].idx, _tok_end(words[-1]))))
    return out


def according_to(doc, cues: Cues) -> list[Found]:
    """'..., according to X' and every other `prep` row of data/cues.tsv: the words of the row in a
    chain of dependents, the last one's object the source, the clause it modifies the content."""
    out: list[Found] = []
    text = text_of(doc)
    for words in cues.preps:
        for t in tokens_with(doc, "lower_", (words[0],)):
            last = t
            for w in words[1:]:
                last = next((c for c in last.children if c.lower_ == w), None)
                if last is None:
                    break
            src = next((c for c in last.children if c.dep_ == "pobj"), None) if last is not None else None
            if src is None:
                continue
            head = t.head
            sent = t.sent
            if head is t or head.i < sent.start or head.i >= sent.end:
                head = sent.root
            while head.dep_ == "conj" and t.i > head.i and sent.start <= head.head.i < head.i:
                # 'A prevailed, and B pledged to support him, according to X': the source vouches for both
                head = head.head
            a, b = _subtree_range(head)
            pa, pb = _subtree_range(t)
            if head.i == t.i - 1 and (head.lemma_ == "be" or head.lower_ in ("'s", "\u2019s")):
                pa = head.idx  # "That's according to a new poll": what the poll says is 'that', not the verb
            if t.i > head.i:  # 'According to X, A and B' vouches for both
                b = _before_later_clause(head, t, b)
            # the parser's sentence may run over a line break: the source vouches for its own line only
            a = max(a, text.rfind("\n", 0, t.idx) + 1)
            brk = text.find("\n", pb, b)
            b = brk if brk >= 0 else b
            pieces = [(a, pa), (pb, b)] if a < pa else [(pb, b)]
            content = [r for r in (_trim(text, x, y) for x, y in pieces) if r[1] - r[0] > 1]
            if not content:
                continue
            out.append(Found(content, "indirect", "prep:" + "_".join(words), (t.idx, _tok_end(last)), src,
                             shape="prep"))
    return out


def _before_later_clause(head, prep, b: int) -> int:
    """'Clinton leads by 271 delegates, according to a count by the AP, but Sanders has vowed to fight on':
    a clause joined after the source phrase, with a subject of its own, is the writer's, not the source's."""
    for c in head.children:
        if c.dep_ == "conj" and c.i > prep.right_edge.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                                              for g in c.children):
            stop = c.left_edge.idx
            for x in head.subtree:
                if x.dep_ == "cc" and x.head.i == head.i and prep.right_edge.i < x.i < c.i:
                    stop = min(stop, x.idx)
            return min(b, stop)
    return b


# 'In a Washington Post-ABC News poll, 67 percent said ...': the poll is the source of the clause
_IN_SOURCES = frozenset({"poll", "survey", "study", "report", "analysis", "audit", "census", "tally", "count",
                         "ranking", "index", "review", "estimate"})


_TRAILING_SOURCES = frozenset({"poll", "survey"})


def _trailing_source(prep, head, src) -> bool:
    """'Clinton leads Sanders in the latest polls': a poll or survey after the main clause it measures
    (not one in a clause about someone, 'who leads in the polls', 'as he rises in the polls')."""
    if src.lemma_.lower() not in _TRAILING_SOURCES or prep.i < head.i or head.dep_ not in ("ROOT", "ccomp"):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and subj.i < head.i and subj.tag_ not in ("WP", "WDT")


def in_sources(doc) -> list[Found]:
    """'In a new poll, Clinton leads by 12 points': a poll, survey, study or report set off at the front
    of the clause found in it is its source (PolNeAR practice)."""
    out: list[Found] = []
    text = text_of(doc)
    for t in tokens_with(doc, "lower_", ("in",)):
        if t.dep_ != "prep":
            continue
        src = next((c for c in t.children if c.dep_ == "pobj"), None)
        if src is None or src.lemma_.lower() not in _IN_SOURCES or src.tag_ not in ("NN", "NNP", "NNS"):
            continue
        head, sent = t.head, t.sent
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.i < t.i and head.head.i < head.i \
                and src.lemma_.lower() in _TRAILING_SOURCES:
            head = head.head  # 'Trump has a decisive lead in the polls': the poll measures the clause, not the noun
        if head.pos_ not in ("VERB", "AUX") or head.i < sent.start or head.i >= sent.end:
            continue  # 'the lead in the poll': a noun's phrase, not a clause's source
        front = t.i == sent.start and t.right_edge.i + 1 < sent.end and doc[t.right_edge.i + 1].text == ","
        if not front and not _trailing_source(t, head, src):
            continue
        a, b = _subtree_range(head)
        pa, pb = _subtree_range(t)
        pieces = [(a, pa), (pb, b)] if a < pa else [(pb, b)]
        if not front:
            pieces = [(a, pa)]
        content = [r for r in (_trim(text, x, y) for x, y in pieces) if r[1] - r[0] > 8]
        if not content:
            continue
        out.append(Found(content, "indirect", "prep:in", (t.idx, _tok_end(t)), src, shape="prep"))
    return out


# nouns of a stance and the preposition of what it is held about ('X's criticism of Y', 'his opposition to Y')
_STANCE_NOUNS = {"criticism": ("of",), "opposition": ("to",), "skepticism": ("of", "about"), "praise": ("for", "of"),
                 "disdain": ("for",), "contempt": ("for",), "distrust": ("of",), "admiration": ("for",),
                 "concern": ("about", "over"), "concerns": ("about", "over"), "doubts": ("about",),
                 "endorsement": ("of",), "support": ("for",), "defense": ("of",), "questions": ("about",),
                 "complaints": ("about",), "objection": ("to",), "objections": ("to",), "fears": ("of", "about", "over"),
                 "worries": ("about", "over"), "approval": ("of",), "disapproval": ("of",), "rejection": ("of",),
                 "embrace": ("of",)}


_HOLDER_VERBS = frozenset({"express", "voice", "offer", "renew", "reiterate", "deliver", "make", "give", "announce",
                           "pronounce", "raise", "heap", "keep", "signal", "show", "register", "air", "lend", "throw",
                           "pledge", "declare", "level", "repeat", "step", "betray"})


def nominal(doc, cues: Cues, subject_of) -> list[Found]:
    """'X's statement that ...', 'X issued a statement on ...': the noun is the cue."""
    out: list[Found] = []
    text = text_of(doc)
    for n in tokens_with(doc, "pos_", ("NOUN",)):
        if n.lemma_.lower() not in cues.nouns and n.lemma_.lower() not in _STANCE_NOUNS:
            continue
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and cues.is_verb(n.head.head.lemma_.lower()):
            continue  # 'in a statement, X said': the verb is the cue
        speaker = next((c for c in n.children if c.dep_ == "poss"), None)
        if speaker is None and n.dep_ == "dobj" and (n.lemma_.lower() not in _STANCE_NOUNS
                                                     or n.head.lemma_.lower() in _HOLDER_VERBS):
            speaker = subject_of(n.head)  # 'expressed support for X'; not 'won the endorsement of X'
        if speaker is None:
            continue
        content, shape = None, ""
        for c in n.children:
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark"):
                content, shape = c, "clause"
            elif c.dep_ == "relcl" and content is None and c.left_edge.lower_ == "in":  # 'a statement in which ...'
                content, shape = c, "clause"
            elif c.dep_ == "prep" and c.lower_ in ("on", "about", "regarding", "concerning") and content is None:
                content, shape = c, "topic"
            elif c.dep_ == "prep" and c.lower_ in _STANCE_NOUNS.get(n.lemma_.lower(), ()) and content is None:
                content, shape = c, "topic"  # 'her criticism of the deal', 'his opposition to the wall'
        if content is None:
            continue
        a, b = _subtree_range(content)
        if shape == "clause" and content.dep_ == "relcl" and content.right_edge.i >= n.right_edge.i:
            b = n.sent.end_char  # the parser often cuts 'in which they called X, Y, for Z' at a comma
        a, b = _trim(text, a, b)
        if b - a < 3:
            continue
        cue_start = min(t.idx for t in n.lefts if t.dep_ in ("amod", "compound")) if any(
            t.dep_ in ("amod", "compound") for t in n.lefts) else n.idx
        out.append(Found([(a, b)], "indirect", f"noun:{shape}:{n.lemma_.lower()}", (cue_start, _tok_end(n)), speaker,
                         shape=shape))
    return out


_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"


def paragraph_continuations(doc, chains: QuoteIndex, found: list[Found]) -> None:
    """'"...," said X, a lawyer for the family.' then a paragraph that is one quotation and nothing
    else ('"Who cares? It was her speech."'): with no cue of its own, it goes on with X's words. Only
    the last statement of a paragraph that quotes someone is continued, and only by the next paragraph."""
    text = text_of(doc)
    cue_at = sorted(f.cue[0] for f in found if f.cue is not None)
    last_of_para: dict[int, Found] = {}
    for f in found:
        if f.cue is None or f.shape != "quote":
            continue
        end = text.find("\n\n", max(f.cue[1], f.end))
        if end < 0:
            continue
        if any(f.cue[0] < c < end for c in cue_at):
            continue  # another cue after it in its paragraph: it is not the last speaker there
        last_of_para[end] = f
    for end, f in last_of_para.items():
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        k = chains.starting_after(start)
        if k is None or k in chains.used or chains.chains[k][0].start != start:
            continue
        stop = text.find("\n\n", start)
        stop = len(text) if stop < 0 else stop
        chain = chains.chains[k]
        if any(ch.isalnum() for ch in text[chain[-1].end:stop]) or any(
                ch.isalnum() for q, r in zip(chain, chain[1:]) for ch in text[q.end:r.start]):
            continue  # words outside the quotation: a cue or the writer's own
        if any(start <= c < stop for c in cue_at):
            continue
        if text[chain[-1].start:chain[-1].end].rstrip(_QUOTE_MARKS + "'\u2019 ")[-1:] not in tuple(".!?"):
            continue  # '“… prevent the evacuation of the camp”': a heading that quotes, not a sentence said
        chains.used.add(k)  # one paragraph only: a run of them continued cost a relation on train
        f.content = f.content + _quote_content(chains, k)


# 'aides are confident that ...', 'Republicans have been critical of the deal': a stance an adjective
# states, its holder the subject of the copula
_STANCE_ADJECTIVES = frozenset({"confident", "sure", "certain", "convinced", "worried", "concerned", "hopeful",
                                "optimistic", "pessimistic", "aware", "afraid", "skeptical", "sceptical",
                                "critical", "supportive", "wary", "fearful", "doubtful", "adamant", "dismissive",
                                "opposed", "open", "committed", "happy", "pleased", "angry", "frustrated",
                                "disappointed", "unhappy", "satisfied", "impressed", "upset", "enthusiastic",
                                "unsure", "uncertain", "positive", "determined", "eager", "reluctant"})
_STANCE_PREPS = frozenset({"of", "about", "in", "with", "to", "at", "over", "by"})


def evaluative(doc, chains: QuoteIndex, subject_of) -> list[Found]:
    out: list[Found] = []
    text = text_of(doc)
    for adj in tokens_with(doc, "lower_", _STANCE_ADJECTIVES):
        if adj.dep_ != "acomp" or chains.inside(adj.idx) or any(c.dep_ == "neg" for c in adj.children):
            continue
        head = adj.head
        if any(c.dep_ == "neg" for c in head.children):
            continue
        subj = subject_of(head)
        if subj is None or subj.lower_ in ("it", "there") or subj.i > adj.i:
            continue
        clause = next((c for c in list(adj.children) + list(head.children) if c.dep_ == "ccomp" and c.i > adj.i), None)
        cue_end = _tok_end(adj)
        if clause is not None:
            a, b = _subtree_range(clause)
            shape = "clause"
        else:
            prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS and c.i == adj.i + 1),
                        None)
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if pobj is None:
                continue
            a, b = pobj.left_edge.idx, _tok_end(pobj.right_edge)
            cue_end = _tok_end(prep)
            shape = "object"
        a, b = _cut_aside(doc, chains, *_whole_quotes(chains, *_trim(text, a, b)))
        if b - a < 3:
            continue
        out.append(Found([(a, b)], "indirect", f"adj:{shape}", (adj.idx, cue_end), subj, shape=shape))
    return out
