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
