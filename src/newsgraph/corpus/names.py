"""Normalised names: what makes two actor names, places or topics the same across articles.

"President Vladimir Putin's" and "Vladimir Putin" normalise to "vladimir putin"; "the United
Nations" and "United Nations" to "united nations". Titles come from data/corpus_titles.tsv.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

Group = str  # person | org | place

_GROUP = {"person": "person", "organization": "org", "group": "org",
          "country": "place", "location": "place", "facility": "place"}


def group_of(kind: str) -> Group:
    """Kinds that NER confuses with one another (ORG/NORP, GPE/LOC) compare within one group."""
    return _GROUP.get(kind, "org")


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, ...], ...]:
    text = resources.files("newsgraph.data").joinpath("corpus_titles.tsv").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line != "title":
            entries.append(tuple(_words(line)))
    # longest first, so "prime minister" goes before "minister"
    return tuple(sorted(set(entries), key=len, reverse=True))


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b", "", text)  # possessive
    return re.findall(r"[\w]+", text)


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Lower case, no accents, punctuation, possessive or leading titles."""
    words = _words(name)
    changed = True
    while changed and len(words) > 1:
        changed = False
        for t in titles():
            if len(words) > len(t) and tuple(words[: len(t)]) == t:
                words = words[len(t):]
                changed = True
                break
    return " ".join(words)


def acronym(norm: str) -> str | None:
    """Initials of a multi-word name ("united nations" -> "un"), skipping little words."""
    words = [w for w in norm.split() if w not in ("of", "the", "and", "for", "de", "du", "la")]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def place(text: str | None) -> str | None:
    return normalise(text) if text else None


def topic(text: str) -> str:
    return " ".join(_words(text))
