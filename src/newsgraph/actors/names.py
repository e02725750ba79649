"""Name keys: how two spellings of one name are found to be the same name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PARTICLES = ("al", "el", "ad", "as", "ash", "ar", "an", "ul", "bin", "ibn")
_STOP = {"of", "the", "and", "for", "de", "du", "la", "le", "des", "&"}


_DASHES = re.compile(r"[\-\u2010-\u2015]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # names recur within and across articles; profiled at 4% of the analysis
def fold(s: str) -> str:
    """Lower case, accents off (ğ -> g, é -> e), quotes and hyphens unified, spaces squeezed, no leading 'the'."""
    if not s.isascii():  # plain ASCII (most names, 33,000 city names on the first article) skips this
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("ı", "i")
    s = _DASHES.sub("-", s.lower())
    s = _SPACES.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


def words(s: str) -> list[str]:
    """Folded words of a name, hyphenated particles split off ("Al-Mismari" -> ["al", "mismari"])."""
    return list(_words(s))


def core_words(s: str) -> list[str]:
    """Words that carry the name: no particles (al-, el-, bin) and no function words."""
    return list(_core_words(s))


@lru_cache(maxsize=1 << 15)  # the clustering asks for the words of each name many times
def _words(s: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in re.split(r"[\s]+", fold(s)):
        w = w.strip(".,'\"()\u201c\u201d")
        if not w:
            continue
        m = re.match(r"^(al|el|ad|as|ash|ar|an|ul)-(.+)$", w)
        if m:
            out += [m.group(1), m.group(2)]
        else:
            out += [p for p in w.split("-") if p]
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def _core_words(s: str) -> tuple[str, ...]:
    return tuple(w for w in _words(s) if w not in _PARTICLES and w not in _STOP and w != "'s")


@lru_cache(maxsize=1 << 15)  # asked for each pair of words the clustering compares
def skeleton(w: str) -> str:
    """Consonants after the first letter, doubles squeezed: Mismari/Mesmari -> msmr, Haftar/Hifter -> hftr."""
    if not w:
        return w
    rest = re.sub(r"[aeiouy]", "", w[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return w[0] + rest


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_word(a: str, b: str) -> bool:
    """One name word in two transliterations: equal, or same consonant skeleton and at most two letters apart."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return skeleton(a) == skeleton(b) and _distance(a, b) <= 2


@lru_cache(maxsize=1 << 15)  # asked for each name of each group an acronym is compared with
def initials(s: str) -> str:
    """Initials of a name's capitalised content words: "Government of National Accord" -> "GNA"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", s) if w[0].isupper() and w.lower() not in _STOP).upper()


def is_acronym(s: str) -> bool:
    t = s.replace(".", "")
    return 2 <= len(t) <= 8 and t.isupper() and t.isalpha()


# the first hump of a surname written with a capital inside ('McCain', 'DeSantis', 'MacArthur', 'LeBron')
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "del", "o", "fitz"})
_HUMP = re.compile(r"[A-Z][a-z]+")


def is_code_identifier(word: str) -> bool:
    """'IndexError', 'DisabledByDefault': two or more capitalised words written as one, the first of
    three letters at least and no surname prefix ('McCain', 'DeSantis', 'MacArthur', 'JoAnn')."""
    humps = _HUMP.findall(word)
    return len(humps) >= 2 and "".join(humps) == word and humps[0].lower() not in _NAME_PREFIXES \
        and len(humps[0]) >= 3
