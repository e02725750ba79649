"""Skipping a regular expression's scan of a text it cannot match, with the same matches where it can.

Python's `re` has no fast skip for a pattern that starts with `\\b` or is case-insensitive: it tries
the whole pattern at every position of the text. The rule stages run dozens of such patterns over
each article (framing's markers, the vague-claim patterns, the time expressions), most of which
match nowhere in it. `needles(pattern)` reads the pattern's syntax tree once for words that every
match must hold (`\\bit is (?:known|said) that\\b`: "it is "; `\\b(?:clearly|obviously)\\b`:
"clearly" or "obviously"), and `may_match` asks whether any of them occurs in the text, lower-cased
once (`lowered`): a C-speed substring search instead of a scan. A pattern whose matches hold no such
word (`\\d{4}`) is always scanned.

Exactness: every needle is ASCII and lower-case. Case-insensitive matching of an ASCII literal
accepts an ASCII character of either case or one of four other characters (`FOLDS_TO_ASCII`); a text
holding one of those is never filtered (`lowered` gives None). Otherwise a match's literal part is
the needle with its letters in some case, and `str.lower()` maps those characters one to one, so the
needle is in the lower-cased text wherever a match is in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

# Every non-ASCII character that `(?i)[a-z]` matches (test_prefilter checks it against all of Unicode)
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_FOLDS = re.compile("[" + "".join(sorted(FOLDS_TO_ASCII)) + "]")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def lowered(text: str) -> str | None:
    """`text.lower()`, the haystack for may_match; None when no pattern may be filtered on this text."""
    if not text.isascii() and _FOLDS.search(text):
        return None
    return text.lower()


def may_match(needles: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when no match of the pattern with these needles can be in the text `low` was made from."""
    if needles is None or low is None:
        return True
    for n in needles:
        if n in low:
            return True
    return False


@lru_cache(maxsize=None)
def needles(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of `pattern` holds, or None when none is found."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this reader does not know is simply always scanned
        return None
    found = _required(tree)
    return tuple(sorted(found)) if found and _score(found)[0] > 0 else None


# Words in nearly every English text: a needle that is only one of them filters nothing
_COMMON = frozenset("a an and as at be by for from has have he in is it of on said that the their they this "
                    "to was were who will with".split())


def _score(found: frozenset[str]) -> tuple[int, int]:
    """Which needles to keep: the longest shortest one (a longer word is rarer), then the fewest."""
    return min(0 if s.strip() in _COMMON else len(s.strip()) for s in found), -len(found)


def _required(items) -> frozenset[str] | None:
    """Strings (lower-case ASCII) one of which every match of the sequence `items` holds, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is C.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is C.ATOMIC_GROUP if hasattr(C, "ATOMIC_GROUP") else False:
            consider(_required(av))
        elif op is C.BRANCH:
            alternatives = [_required(a) for a in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2]))
    if run:
        consider(frozenset(["".join(run)]))
    return best
