"""Roles of people from the text around their names, and the country a role gives them.

"the Prime Minister of the Libyan Government of National Accord, Fayeze Sarraj" -> role
"Prime Minister of the Libyan Government of National Accord", country of that organisation.
"Khalifa Haftar, the commander of the LNA," -> "commander of the LNA".
"""

from __future__ import annotations

import re

from ..model import Actor
from ..nlp import column
from . import lexicon


def named_mentions(actor: Actor):
    """The actor's mentions where the text names it, not the pronouns and references that coref or
    the statements stage resolved to it: what the words around a name can say about the actor."""
    return (m for m in actor.mentions if not m.rule.startswith(("coref", "statements")))

_STOP_WORDS = {"and", "or", "but", "while", "whereas", "as", "that", "which", "who"}
_MAX = 14  # tokens in a role phrase


def _has_role(tokens) -> bool:
    ws = [t.text for t in tokens]
    for i in range(len(ws)):
        found = lexicon.role_at(ws[i:])
        if found and lexicon.roles()[found[0]] == "role":
            return True
    return False


def _plural_role(tokens) -> bool:
    """Is the first role noun in `tokens` plural ("the lawmakers", "two ministers")? A phrase about
    several people is no apposition of one ("Questioning X, the lawmakers asked ...")."""
    ws = [t.text for t in tokens]
    for i in range(len(ws)):
        found = lexicon.role_at(ws[i:])
        if found and lexicon.roles()[found[0]] == "role":
            said = " ".join(w.lower() for w in ws[i:i + found[1]])
            return said != found[0] and said.endswith("s")
    return False


def _left_phrase(doc, end: int):
    """The noun phrase ending at token `end` (inclusive), read leftwards up to a verb, comma or article."""
    sent_start = doc[end].sent.start
    j = end
    while j >= sent_start and end - j < _MAX:
        t = doc[j]
        if _inner_hyphen(doc, j):
            j -= 1  # "co-founder", "editor-in-chief", "Inspector-General": one word, one title
            continue
        if t.pos_ in ("VERB", "AUX") or t.text in _LEFT_STOPS or t.lower_ in _STOP_WORDS or t.is_space:
            return _from_role(doc[j + 1: end + 1])
        if t.pos_ == "DET" and (j == sent_start or doc[j - 1].pos_ != "ADP"):
            return _from_role(doc[j + 1: end + 1])
        j -= 1
    return _from_role(doc[j + 1: end + 1]) if j < sent_start else None


_LEFT_STOPS = {",", ";", ":", "(", ")", "\n", "\u2014", "\u2013", "-", "--"}
_HYPHENS = {"-", "\u2010", "\u2011"}


def _inner_hyphen(doc, j: int) -> bool:
    """Whether token j is a hyphen inside a word ("co-founder", "Vice-President": no space on either
    side, a word before it), not a dash between phrases."""
    return doc[j].text in _HYPHENS and not doc[j].whitespace_ and j > 0 and not doc[j - 1].whitespace_ \
        and doc[j - 1].is_alpha and j + 1 < len(doc) and doc[j + 1].is_alpha


def _from_role(span):
    """A title read leftwards from a name starts after the last preposition before its role noun that
    opens a noun phrase: "(threats) by the education secretary, X" gives "education secretary", not
    "week to threats by the education secretary"; the words after the role noun stay ("Minister of the
    Interior")."""
    ws = [t.text for t in span]  # (once, not a slice of Tokens per word)
    for r in range(len(ws)):
        found = lexicon.role_at(ws[r:])
        if found and lexicon.roles()[found[0]] == "role":
            break
    else:
        return span
    # a preposition that opens a phrase of its own ("by the ...", "to its ..."), not one inside a title
    # ("nominee for governor")
    cut = max((k for k in range(r) if (span[k].pos_ == "ADP" or span[k].tag_ == "TO")
               and (span[k + 1].pos_ in ("DET", "PRON") or (span[k + 1].pos_ == "PROPN" and k + 1 < r))),
              default=None)  # "a meeting with North Korea's leader, X": "North Korea's leader"
    if cut is None:
        return span
    out = span[cut + 1:]
    while len(out) > 1 and out[0].pos_ == "DET":
        out = out[1:]
    return out


def _right_phrase(doc, start: int):
    """The noun phrase starting at token `start`, up to a comma, full stop, verb or bracket."""
    if start < len(doc) and doc[start].pos_ == "DET":
        start += 1
    j = start
    sent_end = doc[start].sent.end if start < len(doc) else start
    while j < sent_end and j - start < _MAX:
        t = doc[j]
        if t.lower_ in ("and", "&") and j > start and doc[j - 1].text[:1].isupper() and j + 1 < sent_end \
                and doc[j + 1].text[:1].isupper():
            j += 1  # "Research and Advocacy Director": one title in title case
            continue
        if t.pos_ in ("VERB", "AUX") or t.text in {",", ";", ":", ".", "(", ")", "\n"} or t.lower_ in _STOP_WORDS or t.is_space:
            break
        j += 1
    return doc[start:j]


def _title_cased_role(tokens) -> bool:
    """'Research and Advocacy Director': capitalised words (and 'and') up to a role noun, a title, not a name."""
    for k, t in enumerate(tokens):
        found = lexicon.role_at([x.text for x in tokens[k:]])
        if found and lexicon.roles()[found[0]] == "role":
            return k > 0 and t.text[:1].isupper()
        if not (t.text[:1].isupper() or t.lower_ in ("and", "&")):
            return False
    return False


def _country_in(span, actors_at) -> str | None:
    for t in span:
        code = lexicon.country_of_demonym(t.text)
        if code:
            return code
    doc = span.doc
    for a in actors_at(span.start_char, span.end_char):
        if a.kind in ("organization", "group") and a.country:
            return a.country
        if a.kind == "country" and a.country:
            # "President of Turkey", "Turkey's envoy" say whose; "envoy for Yemen" does not
            for m in a.mentions:
                if span.start_char <= m.span.start < span.end_char:
                    tok = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
                    if tok is not None and ((tok.start > 0 and doc[tok.start - 1].lower_ == "of")
                                            or (tok.end < len(doc) and doc[tok.end].text in ("'s", "\u2019s"))):
                        return a.country
    return None


_TITLE_MODIFIERS = {"former", "then", "acting", "interim", "outgoing", "incoming", "late", "current", "new", "top"}


def _title_before(doc, span) -> tuple[str | None, str | None]:
    """The title right before a name and whose it is: "U.S. Secretary of State Antony Blinken" ->
    ("Secretary of State", "USA"); "Kenya's former president Uhuru Kenyatta" -> ("former president", "KEN")."""
    start = span.start
    sent_start = span.sent.start  # (finding a sentence walks it: once, not once per n)
    title = None
    lowest = max(0, sent_start)
    before = column(doc, "text")[max(lowest, start - 4):start]  # (once, not a slice per n; from the column)
    for n in (4, 3, 2, 1):
        if start - n < lowest:
            continue
        words = before[len(before) - n:]
        found = lexicon.role_at(words)
        if found and found[1] == n and lexicon.roles()[found[0]] == "role":
            title = start - n
            break
    if title is None:
        return None, None
    k = title
    while k > sent_start:
        if doc[k - 1].lower_ in _TITLE_MODIFIERS:
            k -= 1
        elif k - 2 >= sent_start and _inner_hyphen(doc, k - 1):
            k -= 2  # "co-founder X", "Inspector-General X": the word before the hyphen is the title's
        else:
            break
    role = doc[k:start].text
    code = None
    if k > sent_start:
        prev = doc[k - 1]
        if prev.text in ("'s", "\u2019s") and k - 2 >= sent_start:
            # "Kenya's former president": the country before the possessive
            j = k - 2
            while j > sent_start and doc[j - 1].pos_ == "PROPN":
                j -= 1
            code = lexicon.country_of_name(doc[j:k - 1].text) or lexicon.country_of_name(doc[k - 2].text)
        else:
            code = lexicon.country_of_demonym(prev.text) or lexicon.country_of_name(prev.text)
            if code and not lexicon.country_of_demonym(prev.text):
                from .mentions import is_topic_country

                if is_topic_country(doc, k - 1, k):
                    code = None  # "White House Russia adviser X": Russia is the adviser's subject
    return role, code


def _body_before_title(doc, span, actors_at) -> str | None:
    """'Taliban spokesman Zabihullah Mujahid', 'White House Press Secretary Stephanie Grisham': the
    country of the organisation named right before the person's title (the title inside the mention or
    just before it)."""
    k = span.start - 1
    titled = False
    sent_start = span.sent.start  # (finding a sentence walks it: once, not once per word)
    while k >= sent_start and (lexicon.role_at([doc[k].text]) or doc[k].lower_ in lexicon.title_words()):
        titled = titled or bool(lexicon.role_at([doc[k].text]))
        k -= 1
    # (the mention's own first words are read for a title last, when the rest holds: speed only)
    if k < sent_start or not doc[k].text[:1].isupper() or not (titled or _has_role(span[:4])):
        return None
    for a in actors_at(doc[k].idx, doc[k].idx + len(doc[k])):
        if a.kind in ("organization", "group") and a.country:
            return a.country
    return None


def _role_heads(p) -> bool:
    """Whether the role noun of a phrase is its head: nothing follows the title's words but a complement
    ("envoy to Ukraine", "chief of staff"), a name, a conjunction or a sign. "his bid for president less
    than three months before the caucuses" is about a bid, not a president."""
    ws = [t.text for t in p]
    seen = False
    for r in range(len(ws)):
        found = lexicon.role_at(ws[r:])
        if found and lexicon.roles()[found[0]] == "role":
            seen = True  # ("deputy chief of staff": any of its role nouns may be the head)
            after = r + found[1]
            if after >= len(p) or p[after].pos_ in ("ADP", "PROPN", "PUNCT", "CCONJ", "PART") \
                    or p[after].tag_ == "TO":
                return True
    return not seen


def _title_part(p) -> tuple[int, int] | None:
    """Where the words of a title end in a role phrase: 'Research and Advocacy Director' of 'Research and
    Advocacy Director for Europe at ...' (char offsets), when fields joined by 'and' come before the role
    noun ('CIA Director', 'Magna International CEO' name an organisation, and are left alone)."""
    for k in range(1, len(p)):
        found = lexicon.role_at([t.text for t in p[k:]])
        if found and lexicon.roles()[found[0]] == "role":
            if not any(t.lower_ in ("and", "&") for t in p[:k]):
                return None
            end = p[k + found[1] - 1]
            return p[0].idx, end.idx + len(end)
    return None


def _titled_other(phrase, a: Actor, actors_at) -> bool:
    """Whether a phrase before a comma is another person's title and name ("According to Wilson Center
    director X, Y is"), not an apposition of Y; "the son of former President X, Y" (the other person
    after "of") is one."""
    for x in actors_at(phrase.start_char, phrase.end_char):
        if x.kind != "person" or x is a:
            continue
        at = min((m.span.start for m in x.mentions if phrase.start_char <= m.span.start < phrase.end_char),
                 default=None)
        if at is not None and not any(t.lower_ == "of" and t.idx < at for t in phrase):
            return True
    return False


def _lists_titled_other(phrase, a: Actor, actors_at) -> bool:
    """Whether a phrase after a comma is the next item of a list of titled people ("New Jersey Sen. X,
    Hawaii Rep. Y, businessman Z"), not an apposition of X: it holds another person named with a title."""
    def complement(at: int) -> bool:  # "a spokesman for President Y": Y is what the title is of or for
        return any(t.pos_ == "ADP" and t.idx < at for t in phrase)

    return any(x.kind == "person" and x is not a and any(
        m.rule == "title+name" and phrase.start_char <= m.span.start < phrase.end_char
        and not complement(m.span.start) for m in x.mentions)
        for x in actors_at(phrase.start_char, phrase.end_char))


def attach(doc, text: str, actors: list[Actor], actors_at) -> list[tuple[int, int]]:
    """Add apposition roles to people and, where a role names a country's body, the country. Returns
    where the words of an apposed title stand before its role noun (what the model may have read as
    names: "Research and Advocacy Director")."""
    titles: list[tuple[int, int]] = []
    for a in actors:
        if a.kind != "person":
            continue
        for m in a.mentions:
            if m.rule.startswith("coref:pronoun"):
                continue  # "He denied that he, Ambassador X and Secretary Y, ...": a pronoun's apposition is a list
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None:
                continue
            phrases = []
            k = span.start - 1
            while k >= 0 and lexicon.role_at([doc[k].text]) and doc[k].text != ",":
                k -= 1  # titles right before the name ("strongman", "Major General") are roles already
            if k >= 1 and doc[k].text == ",":
                left = _left_phrase(doc, k - 1)
                if left is not None and len(left) and _has_role(left) and not _plural_role(left) and \
                        not _titled_other(left, a, actors_at) and _role_heads(left):
                    phrases.append(left)
            if span.end + 1 < len(doc) and doc[span.end].text == ",":
                right = _right_phrase(doc, span.end + 1)
                if (len(right) and _has_role(right[:4]) and (right[0].pos_ != "PROPN" or _title_cased_role(right[:4])) or (
                        len(right) and doc[span.end + 1].pos_ == "DET" and _has_role(right[:4]))) and not _plural_role(right[:4]) \
                        and not _lists_titled_other(right, a, actors_at) and _role_heads(right):
                    phrases.append(right)  # (not "X, Hawaii Rep. Y, ...": a list of titled people)
            # "Hassan Mansour is a Libyan freelance journalist."
            root = span.root
            if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                for c in root.head.children:
                    if c.dep_ == "attr" and c.i > root.i:
                        attr = doc[c.left_edge.i: c.i + 1]
                        if attr and attr[0].pos_ == "DET":
                            attr = attr[1:]
                        if len(attr) and len(attr) <= 6 and _has_role(attr):
                            phrases.append(attr)
            title, code = _title_before(doc, span)
            if title and not any(title.lower() in r.lower() for r in a.roles):
                # "co-founder" read whole once the name's mention had "founder": the whole title replaces it
                a.roles[:] = [r for r in a.roles if not (title.lower().endswith(r.lower()) and title[-len(r) - 1] in "-\u2010\u2011")]
                a.roles.append(title)
            a.country = a.country or code or _body_before_title(doc, span, actors_at)
            for p in phrases:
                part = _title_part(p)
                if part is not None:
                    titles.append(part)
                role = p.text.strip()
                if role and role not in a.roles:
                    a.roles.append(role)
                a.country = a.country or _country_in(p, actors_at)
        for r in a.roles:  # "Russian President": the title gives the nationality
            for w in r.split():
                a.country = a.country or lexicon.country_of_demonym(w)
            words = r.split()
            if not a.country and len(words) >= 2 and lexicon.role_at(words[1:]):
                a.country = lexicon.country_of_name(words[0])  # "U.S. commander", "UK envoy"
            of = re.search(r"\bof\s+(?:the\s+)?([A-Z][^,;()]*)$", r)
            if not a.country and of and lexicon.role_at(words):
                a.country = lexicon.country_of_name(of.group(1))  # "President of Turkey" (not "envoy for Yemen")
    return titles


def kin_countries(doc, actors: list[Actor], actors_at) -> None:
    """'Anas Doe, the younger brother of the Taliban's deputy leader,': a person with no country, in
    apposition with a family tie to someone (data/actors/kin_nouns.tsv) "of" a phrase that names a
    country, a national adjective or a body with a country, gets that country."""
    for a in actors:
        if a.kind != "person" or a.country:
            continue
        for m in named_mentions(a):
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
                continue
            right = _right_phrase(doc, span.end + 1)
            k = 0
            while k < len(right) and right[k].pos_ in ("ADJ", "DET") and right[k].lower_ not in lexicon.kin_nouns():
                k += 1  # "the younger", "his eldest"
            if k + 1 < len(right) and right[k].lower_ in lexicon.kin_nouns() and right[k + 1].lower_ == "of":
                a.country = _country_in(right[k + 2:], actors_at)
                if a.country:
                    break
