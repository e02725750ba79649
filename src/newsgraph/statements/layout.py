"""Attributions the page layout makes, not the grammar.

    WALLACE: Let's start with ...            a speaker line in a transcript or a headline   rule layout:speaker-line
    "...." ― Jane Doe                        a quotation signed with a dash                  rule layout:signature
    Statement by the Secretary-General on X   a header line, then paragraphs: the paragraphs   rule layout:header
    The Foreign Secretary said:               are the statement of the one the header names

A dateline ("Khartoum:", "KHARTOUM (Reuters) -") names the place a report comes from, never a speaker.
"""

from __future__ import annotations

import re

from .attribution import QuoteIndex, text_of
from .found import Found

# one to four capitalised words, a colon, then the words (a transcript turn, "Pence: ..." headlines)
_SPEAKER_LINE = re.compile(r"^[^\S\n]*[\"\u201c]?(?P<name>[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,3})[^\S\n]*:[^\S\n]+(?P<rest>\S[^\n]*)",
                           re.M)
_SIGNATURE = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]{1,2}[^\S\n]*(?P<name>[A-Z][^\n,;(\"\u201c\u201d]{1,60})")
_TRAIL = " \t\n,;:.\u2014\u2013-"
# a line of its own that names who makes the statement below it: "Statement by X (on ...)",
# "Press statement from X", "Remarks by X at ...", "X said:" / "X said in a statement:"
_HEADER = re.compile(
    r"^[^\S\n]*(?:(?:joint[^\S\n]+|press[^\S\n]+|official[^\S\n]+|written[^\S\n]+)?"
    r"(?:statement|remarks|message|declaration|communiqu\u00e9|communique)[^\S\n]+(?:by|from)[^\S\n]+"
    r"(?P<by>[^\n:]{2,120}?)(?:[^\S\n]+(?:on|about|regarding|concerning|following|after|at|to|for|in)[^\S\n]+[^\n]*)?"
    r"|(?P<said>[^\n:.!?\"\u201c]{2,120}?)[^\S\n]+(?:said|says|stated|states|declared|added|wrote)"
    r"(?:[^\S\n]+in[^\S\n]+a[^\S\n]+[^\n:]{0,40})?[^\S\n]*:)[^\S\n]*$",
    re.I | re.M)
# a paragraph that ends the statement: the release's own end matter
_END_MATTER = re.compile(r"[^\S\n]*(?:ends?\b|notes?\s+to\s+editors|media\s+(?:enquiries|inquiries|contact)|"
                         r"for\s+(?:more|further)\s+information|contact:|background:|published\b)", re.I)
# the place and date a release is signed with ("New York, 4 May 2022", "Geneva, March 3, 2023"): end matter
_SIGN_OFF = re.compile(r"[^\S\n]*[A-Z][\w.'\u2019 -]{1,40},[^\S\n]*(?:\d{1,2}[^\S\n]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[^\S\n]+\d{1,2}),?"
                       r"[^\S\n]+\d{4}\.?[^\S\n]*$")
# "Khartoum:", "KHARTOUM, Sudan (Reuters) -", "Mogadishu, 4 May \u2014" at the start of a line
_DATELINE = re.compile(r"^[^\S\n]*(?P<place>[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,2})"
                       r"(?:,[^\S\n]+(?P<region>[\w .]{2,30}?))?(?:[^\S\n]*\([^)\n]{2,30}\))?[^\S\n]*"
                       r"(?P<sep>:|[\u2014\u2013]|--?(?=\s))[^\S\n]+",
                       re.M)
_OPEN_QUOTES = "\"\u201c\u2018'\u00ab"
_PLACE_ENTS = ("GPE", "LOC", "FAC")


def speaker_lines(doc, table, labels: frozenset[str]) -> list[Found]:
    text = text_of(doc)
    out = []
    lines = list(_SPEAKER_LINE.finditer(text))
    turns: dict[str, int] = {}
    for m in lines:
        turns[m.group("name")] = turns.get(m.group("name"), 0) + 1
    for m in lines:
        name = m.group("name")
        if name.lower() in labels or any(w.lower() in labels for w in name.split()[:1]):
            continue
        a, b = m.span("name")
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        actor = table.actor_at(a, b)
        if actor is None and len(span) == 1:
            from .speaker import named_person
            actor = named_person(table, name)  # 'Trump: ...' over an article that names Donald Trump
        from .speaker import line_label
        if line_label(span, text, actor):
            continue  # 'Path A:', 'IndexError:', 'Peanut Butter:' label the line (statements/speaker.py)
        if actor is None and not all(t.pos_ == "PROPN" for t in span) and not turns.get(name, 0) > 1:
            continue
        if _is_place(span, actor) and not turns.get(name, 0) > 1:
            continue  # a dateline, "Khartoum: The army shelled ...", not a speaker (a transcript names its speakers again)
        ca, cb = m.span("rest")
        while cb > ca and text[cb - 1] in " \t":
            cb -= 1
        if cb - ca < 3 or not any(ch.isalpha() for ch in text[ca:cb]):
            continue  # 'Clinton: 1,769.': a tally of votes or delegates, not words said
        colon = text.index(":", b)
        out.append(Found([(ca, cb)], "direct", "layout:speaker-line", (colon, colon + 1), head, shape="speaker-line",
                         words=(a, b)))
    return out


def signatures(doc, chains: QuoteIndex) -> list[Found]:
    text = text_of(doc)
    out = []
    for k, chain in enumerate(chains.chains):
        if k in chains.used:
            continue
        end = chain[-1].end
        m = _SIGNATURE.match(text, end) if end < len(text) else None
        if m is None or "\n" in text[end:m.start("name")]:
            continue
        a, b = m.span("name")
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not span[0].text[:1].isupper():
            continue
        chains.used.add(k)
        dash = m.start("name") - 1
        while dash > end and text[dash].isspace():
            dash -= 1
        out.append(Found([(q.start, q.end) for q in chain], "direct", "layout:signature", (dash, dash + 1), span.root,
                         shape="signature"))
    return out


def _is_place(span, actor) -> bool:
    """Whether the words name a place (a dateline), not someone who speaks: a capital or a town of the
    gazetteer ("KHARTOUM", "Juba"), or a place the actors stage or the model found. An all-capital
    name alone is no place ("WALLACE: Let's start" is a transcript turn)."""
    from ..actors import lexicon as places
    from ..actors.names import fold

    name = fold(span.text)
    if name in places.capitals():
        return True
    if actor is not None and actor.kind == "person" and len({(m.span.start, m.span.end) for m in actor.mentions}) > 1:
        return False  # 'Graham:' over an article that names Lindsey Graham elsewhere: a town of the gazetteer too
    if name in places.cities() or places.place_kind(span.text):
        return True
    if actor is not None:
        return actor.kind in ("location", "facility")
    return any(t.ent_type_ in _PLACE_ENTS for t in span)


def dateline_end(doc, table, pos: int) -> int:
    """Where the content starting at `pos` begins once a dateline at its front is left out
    ("Khartoum: The army shelled ..." -> "The army shelled ..."): `pos` when there is none."""
    text = text_of(doc)
    line = text.rfind("\n", 0, pos) + 1
    if text[line:pos].strip():
        return pos
    m = _DATELINE.match(text, line)
    if m is None or m.end() <= pos or m.end() - pos > 60:
        return pos
    span = doc.char_span(*m.span("place"), alignment_mode="expand")
    if span is None or not (_is_place(span, table.actor_at(*m.span("place"))) or _capital_dateline(m)):
        return pos
    return m.end()


def _capital_dateline(m) -> bool:
    """'KHAN YOUNIS, GAZA — The assault ...': a place and its region in capitals before a dash is a
    dateline whether or not the gazetteer knows the town (a transcript turn has a colon, and no region)."""
    region = m.group("region")
    return region is not None and m.group("sep") != ":" and m.group("place").isupper() and region.strip().isupper()


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The paragraphs (runs of non-blank lines) after `start`."""
    out = []
    for m in re.finditer(r"[^\n](?:[^\n]|\n(?![^\S\n]*\n))*", text[start:]):
        a, b = start + m.start(), start + m.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            out.append((a, b))
    return out


def headers(doc, table, speaker_of) -> list[Found]:
    """Statements laid out as a header line and the paragraphs under it (a press release, "The
    Foreign Secretary said:" before a block of text): under "Statement by X", each paragraph up to the
    next header, the release's end matter or the end of the text is the statement of the one the header
    names; under "X said:" the paragraph that follows (a block quotation the page lost its marks for;
    the writer's text goes on after it), unless it is a quotation, which the quotation rules attribute.
    `speaker_of(span)` gives the token heading the speaker's words."""
    text = text_of(doc)
    found = list(_HEADER.finditer(text))
    out = []
    for k, m in enumerate(found):
        group = "by" if m.group("by") else "said"
        a, b = m.span(group)
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        while a < b and text[a] in _TRAIL:
            a += 1
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not span.text[:1].isupper() and span[0].lower_ not in ("the", "a"):
            continue
        head = speaker_of(span)
        if head is None:
            continue
        stop = found[k + 1].start() if k + 1 < len(found) else len(text)
        paras = []
        quoted = None
        under = _paragraphs(text[:stop], m.end())
        # a release ("X said:" then the text, then ENDS / notes to editors): every paragraph up to its end matter
        release = any(_end_matter(text, pa, pb) for pa, pb in under)
        for pa, pb in under:
            opens = text[pa] in _OPEN_QUOTES
            if quoted is None:
                quoted = opens
                if quoted and group == "said":
                    break  # "X said:" over a quotation: the quotation rules give it its speaker
            if _end_matter(text, pa, pb) or (quoted and not opens):
                break  # after "X said:", a block of quotations ends where the writer's own text begins
            paras.append((pa, pb))
            if group == "said" and not release:
                break  # "X added:" over a block quotation: one paragraph; the writer's text goes on after it
        if not paras:
            continue
        cue = _trim_range(text, m.start(), a) if group == "by" else _trim_range(text, b, m.end())
        out.extend(Found([p], "direct", "layout:header", cue, head, shape="header", words=(a, b)) for p in paras)
    return out


def _end_matter(text: str, a: int, b: int) -> bool:
    """A paragraph that ends a release's statement: 'ENDS', 'Notes to editors', a place-and-date sign-off."""
    return bool(_END_MATTER.match(text, a) or _SIGN_OFF.fullmatch(text, a, b))


def _trim_range(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRAIL:
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return a, b


# a headline in title case ("Clinton Says Russians Hacked DNC", "Pence Endorses Paul Ryan"): the
# tagger reads every word as a name, so the parse finds no cue; the words are read instead
_HEADLINE_ADVERBS = frozenset({"just", "now", "also", "finally", "still", "again", "reportedly", "quietly", "openly"})
_HEADLINE_PARTICLES = frozenset({"on", "for", "about", "up", "out", "against", "to"})
_HEADLINE_OPENERS = frozenset({"as", "while", "after", "when", "before", "because", "if", "how", "why"})
_HEADLINE_NOT_NAMES = frozenset({"in", "on", "at", "to", "with", "more", "got", "by", "for", "than", "is", "are"})
_HEADLINE_PAST = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "knew": "know"}
_HEADLINE_STOPS = re.compile(r",|;|\s[\u2013\u2014-]{1,2}\s|\s(?:And|But|While|As)\s(?=[A-Z]\w*(?:s|ed)\b)"
                             r"|\s(?:After|Amid|With|Over|In|At|During|Before|Despite|Following)\s")


def _headline_lemmas(word: str) -> list[str]:
    """The lemmas a title-case verb form may have ('Says' -> say, 'Denies' -> deny, 'Endorsed' -> endorse)."""
    w = word.lower()
    if w in _HEADLINE_PAST:
        return [_HEADLINE_PAST[w]]
    out = []
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]]
    return out


def _title_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019]*", line)
    long = [w for w in words if len(w) > 3]
    return len(words) >= 4 and len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def headlines(doc, table, cues, found: list[Found]) -> list[Found]:
    """'Francois Hollande Says Donald Trump Makes Him Retch': the first line of the text in title case,
    a speaker the article names (an actor of the table), a cue verb (not an act: 'Promises Action'
    is the events stage's), and the words after it up to a comma, a dash or the next joined verb."""
    from .speaker import named_person

    text = text_of(doc)
    end = text.find("\n")
    if end <= 0 or any(f.cue is not None and f.cue[0] < end for f in found):
        return []
    line = text[:end]
    if not _title_case(line):
        return []
    span = doc.char_span(0, end, alignment_mode="contract")
    if span is None:
        return []
    words = [t for t in span if not t.is_space]
    verbs = cues.speech_verbs | cues.object_verbs | cues.belief_verbs | cues.intent_verbs
    for k, t in enumerate(words):
        if k == 0 or not t.is_alpha or not t.text[:1].isupper():
            continue
        lemma = next((x for x in _headline_lemmas(t.text) if x in verbs), None)
        if lemma is None or lemma in cues.act_verbs:
            continue
        first = k
        while first > 0 and words[first - 1].text not in (",", ":", ";", "\u2013", "\u2014", "-") \
                and words[first - 1].lower_ not in _HEADLINE_OPENERS:
            first -= 1
        after_comma = first > 0 and words[first - 1].text == ","
        while first < k and words[first].is_punct:
            first += 1
        last = k
        while last > first and words[last - 1].lower_ in _HEADLINE_ADVERBS:
            last -= 1
        who = words[first:last]
        if not 1 <= len(who) <= 6 or not all(w.text[:1].isupper() or w.is_punct for w in who) \
                or any(w.lower_ in _HEADLINE_NOT_NAMES for w in who):
            return []
        a, b = who[0].idx, who[-1].idx + len(who[-1].text)
        actor = table.actor_at(a, b)
        if actor is None:  # the model made no mention of a name the cue follows: an actor the article names so
            name = text[a:b].casefold()
            actor = next((x for x in table.actors if x.kind not in ("location", "facility") and
                          name in [x.name.casefold()] + [al.casefold() for al in x.aliases]), None) \
                or named_person(table, who[-1].text)
        if actor is None:
            return []
        c = k + 1
        while c < len(words) - 1 and words[c].lower_ in _HEADLINE_PARTICLES and c - k <= 2:
            c += 1
        if c >= len(words):
            return []
        if after_comma and lemma in cues.speech_verbs and len(words) - c <= 3:
            # 'Guns Are A Crisis, Howard Dean Tells Convention': what was said comes before the speaker
            ca, cb = _trim_range(text, 0, words[first - 1].idx)
        else:
            ca = words[c].idx
            stop = _HEADLINE_STOPS.search(text, ca, end)
            cb = stop.start() if stop else end
            ca, cb = _trim_range(text, ca, cb)
        if cb - ca < 3:
            return []
        cue_end = words[c - 1].idx + len(words[c - 1].text)
        return [Found([(ca, cb)], "indirect", "layout:headline", (t.idx, cue_end), who[-1], shape="headline",
                      words=(a, b))]
    return []
