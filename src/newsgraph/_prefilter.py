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
from bisect import bisect_left
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


_GRAMS_AFTER = 32  # needles looked for in one text before its 4-character substrings are gathered


class Haystack:
    """A text to ask may_match of for many patterns: lower-cased once, each set of needles and each needle
    looked for once (time expressions: six patterns need a month's name; "according to" is in the
    framing markers and in the statements' vague patterns)."""

    __slots__ = ("low", "seen", "has", "places", "grams")

    def __init__(self, text: str) -> None:
        self.low = lowered(text)
        self.seen: dict[tuple[str, ...], bool] = {}
        self.has: dict[str, bool] = {}
        self.places: dict[str, list[int]] = {}  # needle -> where it occurs, in order
        self.grams: set[str] | None = None  # the text's 4-character substrings, once many needles are asked

    def _holds(self, n: str) -> bool:
        """`n in self.low`. Once _GRAMS_AFTER needles have been looked for (framing's lexicons ask some 600
        of an article), a needle whose first or last four characters are nowhere in the text is answered
        from the set of the text's 4-character substrings, without a scan: the text holds every substring
        of each substring it holds."""
        low = self.low
        g = self.grams
        if g is None:
            if len(self.has) < _GRAMS_AFTER or len(low) < 256:
                return n in low
            g = self.grams = {low[i:i + 4] for i in range(len(low) - 3)}
        if len(n) >= 4 and (n[:4] not in g or n[-4:] not in g):
            return False
        return n in low

    def within(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """False only when no match of `pattern` can lie in text[start:end] (searched as a string of its own):
        none of its needles occurs wholly inside it."""
        found = needles(pattern)
        if found is None or self.low is None:
            return True
        if not self.may_match(pattern):
            return False
        for n in found:
            at = self.places.get(n)
            if at is None:
                at = self.places[n] = _places(self.low, n) if self.has.get(n, True) else []  # (known absent)
            k = bisect_left(at, start)
            if k < len(at) and at[k] + len(n) <= end:
                return True
        return False

    def may_match(self, pattern: re.Pattern) -> bool:
        found = needles(pattern)
        if found is None or self.low is None:
            return True
        ok = self.seen.get(found)
        if ok is None:
            ok = False
            for n in found:
                h = self.has.get(n)
                if h is None:
                    h = self.has[n] = self._holds(n)
                if h:
                    ok = True
                    break
            self.seen[found] = ok
        return ok


    def finditer(self, pattern: re.Pattern, text: str) -> list[re.Match]:
        """The matches of `pattern.finditer(text)` (this Haystack's text), found by searching only near
        where its needles occur, when the pattern is of bounded width (`reach`); else by the plain scan.

        Exactness: every match holds a needle occurrence p, so it starts in [p + len - width, p] and
        everything the matcher reads for such a start (the match, a lookahead, a boundary's next
        character) lies before p + reach. `search(text, lo, p + reach)` reads the text as it is before
        that end (lookbehinds and `\\b` see the characters before `lo`), so a match it finds starting
        at or before p is the text's own, and none found there means none starts there. Occurrences are
        taken in order; a match ends the search for the next one at its end, as finditer does."""
        plan = _plan(pattern)
        low = self.low
        if plan is None or low is None or len(low) != len(text):
            return list(pattern.finditer(text))
        found_needles, width, reach = plan
        places: set[int] = set()
        for n in found_needles:
            at = self.places.get(n)
            if at is None:
                at = self.places[n] = _places(low, n) if self.has.get(n, True) else []  # (known absent)
            places.update(at)
        shortest = min(len(n) for n in found_needles)
        out: list[re.Match] = []
        pos, size = 0, len(text)
        for p in sorted(places):
            while p >= pos:
                m = pattern.search(text, max(pos, p + shortest - width), min(size, p + reach))
                if m is None or m.start() > p:
                    break  # no match starts from there to p
                out.append(m)
                pos = m.end() if m.end() > m.start() else m.end() + 1
        return out


def _places(low: str, needle: str) -> list[int]:
    out = []
    at = low.find(needle)
    while at >= 0:
        out.append(at)
        at = low.find(needle, at + 1)
    return out


def _plan(pattern: re.Pattern) -> tuple[tuple[str, ...], int, int] | None:
    """(needles, the longest match, how far past a match's start the matcher may read), for a pattern
    whose matches all hold a needle and have a bounded width; else None."""
    got = _PLANS.get(id(pattern))
    if got is None or got[0] is not pattern:
        if len(_PLANS) >= 4096:
            _PLANS.clear()
        got = _PLANS[id(pattern)] = (pattern, _make_plan(pattern))
    return got[1]


_PLANS: dict[int, tuple[re.Pattern, tuple | None]] = {}
_UNBOUNDED = 1 << 16


def _make_plan(pattern: re.Pattern) -> tuple[tuple[str, ...], int, int] | None:
    found = needles(pattern)
    if found is None:
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        width = tree.getwidth()[1]
        ahead = _lookahead_widths(tree)
    except Exception:  # noqa: BLE001 - what this reader does not know is scanned plainly
        return None
    if ahead is None or width >= _UNBOUNDED or width < max(len(n) for n in found):
        return None
    return found, width, width + ahead + 2  # + 2: a boundary test reads the character after the end


def _lookahead_widths(items) -> int | None:
    """The sum of the longest widths of every lookahead in the pattern (None when one is unbounded)."""
    total = 0
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1:
            w = av[1].getwidth()[1]
            if w >= _UNBOUNDED:
                return None
            total += w
        for sub in _subpatterns(av):
            inner = _lookahead_widths(sub)
            if inner is None:
                return None
            total += inner
    return total


def _subpatterns(av):
    if isinstance(av, P.SubPattern):
        yield av
    elif isinstance(av, (tuple, list)):
        for x in av:
            yield from _subpatterns(x)


_last: tuple[str | None, Haystack | None] = (None, None)


def haystack(text: str) -> Haystack:
    """The Haystack of `text`, the last one's kept (the stages of one article ask of the same text)."""
    global _last
    last = _last
    if last[1] is not None and (last[0] is text or last[0] == text):
        return last[1]
    hay = Haystack(text)
    _last = (text, hay)
    return hay


# pattern id -> (pattern, needles): a compiled pattern's own hash reads its whole program each time
_NEEDLES: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def needles(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of `pattern` holds, or None when none is found."""
    got = _NEEDLES.get(id(pattern))
    if got is None or got[0] is not pattern:
        if len(_NEEDLES) >= 4096:  # patterns made afresh for each text: forget them rather than grow
            _NEEDLES.clear()
        got = _NEEDLES[id(pattern)] = (pattern, _needles(pattern))  # the pattern is kept: its id stays its own
    return got[1]


def _needles(pattern: re.Pattern) -> tuple[str, ...] | None:
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


_RARE = 8  # characters: a needle this long is rare enough; fewer needles then make a quicker check


def _score(found: frozenset[str]) -> tuple[int, int, int]:
    """Which needles to keep: the longest shortest one (a longer word is rarer) up to _RARE, then the
    fewest, then the longest."""
    shortest = min(0 if s.strip() in _COMMON else len(s.strip()) for s in found)
    return min(_RARE, shortest), -len(found), shortest


def _required(items) -> frozenset[str] | None:
    """Strings (lower-case ASCII) one of which every match of the sequence `items` holds, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or _score(found) > _score(best)):
            best = found

    _consider_runs(items, consider)
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


_MOST = 64  # strings in one set of exact matches, at most


def _consider_runs(items, consider) -> None:
    """Consecutive items that each match one of a few known strings ("it ", "is|was", " ", "widely |"):
    every match holds one of their concatenations ("it is ", "it was widely "...)."""
    items = list(items)
    exact = [_exact(op, av) for op, av in items]
    for i in range(len(items)):
        joined: frozenset[str] | None = None
        for j in range(i, len(items)):
            if exact[j] is None:
                break
            joined = exact[j] if joined is None else frozenset(a + b for a in joined for b in exact[j])
            if len(joined) > _MOST:
                break
            consider(joined)


def _exact_seq(items) -> frozenset[str] | None:
    out = frozenset([""])
    for op, av in items:
        e = _exact(op, av)
        if e is None:
            return None
        out = frozenset(a + b for a in out for b in e)
        if len(out) > _MOST:
            return None
    return out


def _exact(op, av) -> frozenset[str] | None:
    """The strings (lower-case ASCII) one item of a pattern matches, when they are few and known, else None."""
    if op is C.LITERAL:
        return frozenset([chr(av).lower()]) if av < 128 else None
    if op is C.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            e = _exact_seq(alt)
            if e is None:
                return None
            out |= e
        return frozenset(out) if len(out) <= _MOST else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        e = _exact_seq(av[2])
        return None if e is None else e | {""}
    if op is C.IN and all(o is C.LITERAL and a < 128 for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)
    return None
