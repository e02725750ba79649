"""Split a body into article paragraphs and boilerplate (share prompts, copyright, bios...).

The patterns are data (`data/boilerplate.tsv`). Removed paragraphs are returned, never dropped:
later stages read them (a call to share is a framing signal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    kind: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def rules() -> tuple[BoilerplateRule, ...]:
    text = resources.files("newsgraph.data").joinpath("boilerplate.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern = line.split("\t", 1)
        out.append(BoilerplateRule(kind, re.compile(pattern, re.IGNORECASE)))
    return tuple(out)


def classify(paragraph: str) -> str | None:
    """The boilerplate kind of one paragraph, or None when it reads as article text."""
    p = paragraph.strip()
    if not p:
        return "separator"
    if is_quotation(p):
        return None
    for rule in rules():
        if rule.pattern.search(p):
            return rule.kind
    return None


# "Hassan Mansour is a Libyan freelance journalist." -- an author bio, usually italic, at the end.
_BIO = re.compile(
    r"^[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3} (?:is|was) (?:a|an|the)\b[^.]{0,160}\b"
    r"(?:journalist|writer|author|reporter|correspondent|editor|columnist|analyst|researcher|"
    r"professor|commentator|blogger|contributor|fellow|director)\b",
)


def is_author_bio(paragraph: str, authors: list[str]) -> bool:
    p = paragraph.strip()
    if not _BIO.search(p) or len(p) > 400:
        return False
    return not authors or any(a.split()[-1] in p for a in authors if a.split())


def split(paragraphs: list[str], authors: list[str]) -> tuple[list[str], list[str]]:
    """(body paragraphs, boilerplate paragraphs).

    Once the closing block starts (two boilerplate paragraphs in a row, or a copyright or
    disclaimer line), everything after it is boilerplate too: footers mix link lists and
    short lines that no single pattern names.
    """
    body: list[str] = []
    removed: list[str] = []
    closing = False
    for i, p in enumerate(paragraphs):
        kind = classify(p)
        bio = kind is None and i >= len(paragraphs) // 2 and is_author_bio(p, authors)
        if closing or kind is not None or bio:
            if p.strip() and kind != "separator":
                removed.append(p.strip())
            if kind in ("copyright", "disclaimer", "byline"):
                closing = True
            continue
        body.append(p)
    return body, removed


# -- Quotations are article text -----------------------------------------------------------------

_OPEN_QUOTE = "\"“„«‘'"
_CLOSE_QUOTE = "\"”»’'"
# A closing quotation mark, not an apostrophe inside a word (would’ve, Russia's).
_CLOSING = re.compile(r"[\"”»]|[’'](?!\w)")
_SPEECH = re.compile(r"\b(?:said|says|told|added|stated|wrote|declared|announced|according to)\b", re.I)
_QUOTED = re.compile(r"[\"“«][^\"”»]{20,}[\"”»]")
MIN_QUOTE_WORDS = 6


def is_quotation(paragraph: str) -> bool:
    """A quoted statement: a paragraph that opens with a quotation mark, or quotes someone
    ("..." the minister said). Such a paragraph is the article's subject, never boilerplate."""
    p = paragraph.strip()
    if len(p.split()) < MIN_QUOTE_WORDS:
        return False
    if p[0] in _OPEN_QUOTE:
        # the quotation runs (nearly) to the end: `“...”`, `“...,” the minister said.`, `“...” — Name`;
        # a headline that opens with a quoted phrase (‘NAÏVE AND TRUSTING’ Woman gave ...) is not one
        close = next((m.start() for m in _CLOSING.finditer(p, 1)), -1)
        tail = p[close + 1:].strip() if close > 0 else ""
        if close >= 0.6 * len(p) and (not tail.strip(".,;:!? ") or _SPEECH.search(tail)
                                      or (tail[:1] in "—–-" and len(tail.split()) <= 8)):
            return True
    return bool(_QUOTED.search(p) and _SPEECH.search(p))


# How far above the body's own container a dropped quote block may sit (a claim box beside the
# body in a fact-check), and how much other text that wider container may hold.
_QUOTE_LEVELS = 3
_QUOTE_SPREAD = 2.0
_QUOTE_MIN_WORDS = 12


def visible_tree(html: str):
    """The page parsed by lxml without what a reader never sees (scripts, styles, templates, SVG),
    or None when lxml cannot read it."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    return tree


def dropped_quotes(html: str, body: list[str]) -> list[tuple[int, str]]:
    """Quote blocks of an HTML page that the extractor left out of the body although they sit
    in the article (before or among its paragraphs): (index in `body` to insert at, text)."""

    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    paragraphs = {norm(p): i for i, p in enumerate(body) if len(p) >= 30}
    if len(paragraphs) < 2:
        return []
    tree = visible_tree(html)
    if tree is None:
        return []
    blocks = [el for el in tree.iter("p", "blockquote", "q", "li", "div")
              if not any(True for _ in el.iterdescendants("p", "blockquote", "li", "div"))]
    found: list[tuple[int, object]] = []  # (body index, element)
    for el in blocks:
        i = paragraphs.get(norm(el.text_content()))
        if i is not None:
            found.append((i, el))
    if len(found) < 2:
        return []
    container = _common_ancestor([el for _, el in found])
    body_len = sum(len(p) for p in body)
    for _ in range(_QUOTE_LEVELS):
        parent = container.getparent() if container is not None else None
        if parent is None or parent.tag in ("body", "html") or \
                len(" ".join(parent.text_content().split())) > _QUOTE_SPREAD * body_len:
            break
        container = parent
    if container is None:
        return []
    in_body = norm("\n".join(body))
    first = found[0][1]
    order = {el: n for n, el in enumerate(container.iter())}
    out: list[tuple[int, str]] = []
    for el in blocks:
        if el not in order:
            continue
        text = " ".join(el.text_content().split())
        if len(text.split()) < _QUOTE_MIN_WORDS or not is_quotation(text) or norm(text) in in_body:
            continue
        if order[el] > max(order[e] for _, e in found):
            continue  # after the article: related stories and comments quote too
        at = 0 if order[el] < order[first] else 1 + max(i for i, e in found if order[e] < order[el])
        out.append((at, text))
    return out


def _common_ancestor(elements):
    chains = [[el, *el.iterancestors()][::-1] for el in elements]
    common = None
    for nodes in zip(*chains):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    return common
