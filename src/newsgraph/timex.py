"""Time expressions in text, resolved against the article's published date.

"On January 9" → 2020-01-09 (day) when published 2020-01-13; "in December" → the December
before publication (month); "on Friday" → the last Friday on or before publication (day);
"yesterday", "today", "last year". Relative-to-another-event phrases ("days earlier") and
anything that cannot be anchored give no date rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Literal

from . import _prefilter

Precision = Literal["day", "month", "year"]

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MON_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day_year", re.compile(rf"\b(?P<mon>{_MON_RE})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>\d{{4}})\b")),
    ("day_month_year", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON_RE})\.?,? (?P<y>\d{{4}})\b")),
    ("month_day", re.compile(rf"\b(?P<mon>{_MON_RE})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d{{4}})")),
    ("day_month", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON_RE})\b(?!\.?,? \d{{4}})")),
    ("month_year", re.compile(rf"\b(?P<mon>{_MON_RE}) (?:of )?(?P<y>\d{{4}})\b")),
    ("in_month", re.compile(rf"\b(?i:in|since|during|until|by|last|early|late|mid-?)\s+(?P<mon>{_MON_RE})\b(?!\.? \d)")),
    ("weekday", re.compile(r"\b(?i:on |last |this |late |early )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|tonight)\b", re.I)),
    ("in_year", re.compile(r"\b(?i:in|since|during|by|until|of) (?P<y>(?:19|20)\d{2})\b")),
]

# every match of a pattern above holds one of these (a digit, a month or weekday name, or a word of
# "yesterday"/"today"): a text without any is passed over with one search instead of eleven
_ANY_CASED = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ANY_FOLDED = ("yesterday", "today", "tonight", "this morning", "this afternoon")
_ANY = re.compile("\\d|" + "|".join(_ANY_CASED) + "|(?i:" + "|".join(_ANY_FOLDED) + ")")


@dataclass(frozen=True, slots=True)
class TimeRef:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: Precision | None
    rule: str


def _month(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """News reports the past: the latest year that puts the date no later than publication (+7 days)."""
    if published is None:
        return None
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        return None
    return year


def _resolve(rule: str, m: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, Precision | None]:
    g = m.groupdict()
    try:
        if rule == "iso":
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])), "day"
        if rule in ("month_day_year", "day_month_year"):
            return dt.date(int(g["y"]), _month(g["mon"]), int(g["d"])), "day"
        if rule in ("month_day", "day_month"):
            month, day = _month(g["mon"]), int(g["d"])
            year = _year_for(month, day, published)
            return (dt.date(year, month, day), "day") if year else (None, None)
        if rule == "month_year":
            return dt.date(int(g["y"]), _month(g["mon"]), 1), "month"
        if rule == "in_month":
            month = _month(g["mon"])
            year = _year_for(month, 1, published)
            return (dt.date(year, month, 1), "month") if year else (None, None)
        if rule == "in_year":
            return dt.date(int(g["y"]), 1, 1), "year"
        if published is None:
            return None, None
        if rule == "weekday":
            back = (published.weekday() - _DAYS.index(g["wd"].lower())) % 7
            return published - dt.timedelta(days=back), "day"
        if rule == "yesterday":
            return published - dt.timedelta(days=1), "day"
        if rule == "today":
            return published, "day"
    except ValueError:
        return None, None
    return None, None


# The last text's results by (published, start, end): the events and statements stages read the same
# sentences (a third of the calls); one text only, so memory does not grow. One tuple, replaced whole:
# a thread reading another text never writes into this text's results
_last: tuple[str | None, dict] = (None, {})


def find(text: str, published: dt.date | None, start: int = 0, end: int | None = None) -> list[TimeRef]:
    """Time expressions in text[start:end], longest first where they overlap, in text order."""
    end = len(text) if end is None else end
    global _last
    last = _last
    if last[0] is not text and last[0] != text:
        last = _last = (text, {})
    key = (published, start, end)
    found = last[1].get(key)
    if found is None:
        found = last[1][key] = tuple(_find(text, published, start, end))
    return list(found)


def _find(text: str, published: dt.date | None, start: int, end: int) -> list[TimeRef]:
    window = text[start:end]
    found: list[TimeRef] = []
    if not _any_in(text, start, end):
        return found
    taken: list[tuple[int, int]] = []
    whole = _prefilter.haystack(text)  # the article's, kept for the next sentence and the other stages
    hay = None
    for rule, pattern in _PATTERNS:
        if not whole.may_match(pattern):
            continue  # none of the words its every match holds is in the text, so none is in the window
        if hay is None:
            hay = _prefilter.Haystack(window)
        if not hay.may_match(pattern):
            continue  # none of the words its every match holds is in the window
        for m in pattern.finditer(window):
            a, b = m.start() + start, m.end() + start
            if any(a < y and x < b for x, y in taken):
                continue
            if rule == "month_day" and g_is_may_verb(m):
                continue
            date, precision = _resolve(rule, m, published)
            taken.append((a, b))
            found.append(TimeRef(a, b, text[a:b], date, precision, rule))
    return sorted(found, key=lambda t: t.start)


assert _ANY.pattern.startswith("\\d|")
_ANY_RUNS = re.compile("\\d+" + _ANY.pattern[2:])
# The parts of _ANY, each scanned on its own: re skips quickly to a possible start only in a pattern that
# opens with a character class or whose every alternative opens with a literal character (`\d\d*`, not
# `\d+`; the months and weekdays), which _ANY as a whole does not; the folded words are found in the
# lower-cased text with str.find.
_DIGIT_RUNS = re.compile(r"\d\d*")
_CASED = re.compile("|".join(_ANY_CASED))
assert all(w[:1].isupper() and w[1:].islower() for w in _ANY_CASED) and all(w.isascii() for w in _ANY_FOLDED)
# the last text's: (text, digit runs' starts, their ends, the literals' starts, the least end of the
# literals from each on) or, for a text the lower-cased search cannot read, (text, None, _ANY_RUNS's
# match starts, their ends, None)
_any_last: tuple = (None, None, [], [], None)


def _any_in(text: str, start: int, end: int) -> bool:
    """`bool(_ANY.search(text[start:end]))`, from where _ANY's parts match in the whole text, found once
    per text.

    _ANY is an alternation of a digit and of literals (no look-around, no boundary, no anchor), so it
    matches in the window exactly when a digit, or a whole occurrence of one of its literals, lies
    inside the window. Digits: the window holds one when a run of digits overlaps it. Literals: every
    occurrence of each (a month or weekday name is capitalised only at its first letter, so none starts
    inside another and `_CASED.finditer` finds them all; the folded words are looked for in the lower-
    cased text, which has them exactly where the text matches them case-insensitively: _prefilter's
    `lowered` gives None for a text with a character that folds to ASCII, and the length is checked),
    sorted by start, with the least end from each on: one starting in the window ends inside it when
    that least end does.
    A text the lower-cased search cannot read: _ANY_RUNS (_ANY with a run of digits for one digit)
    is scanned; a window that a match overlaps without lying inside it is searched itself."""
    global _any_last
    last = _any_last
    if last[0] is not text and last[0] != text:
        last = _any_last = _any_places(text)
    _, runs, a, b, least = last
    if runs is not None and 0 <= start <= end <= len(text):
        k = bisect_right(a, start)  # a: the digit runs' ends; the first run ending past the window's start
        if k < len(a) and max(runs[k], start) < end:  # its digit at the window's start or its own
            return True
        k = bisect_left(b, start)  # b: the literals' starts; the first starting in or after the window
        return k < len(b) and least[k] <= end
    if runs is not None:
        return _ANY.search(text[start:end]) is not None
    starts, ends = a, b
    k = bisect_right(ends, start)  # the first match ending past the window's start
    if k == len(ends) or starts[k] >= end:
        return False
    if starts[k] >= start and ends[k] <= end:
        return True
    return _ANY.search(text[start:end]) is not None


def _any_places(text: str) -> tuple:
    low = _prefilter.haystack(text).low
    if low is None or len(low) != len(text):
        starts, ends = [], []
        for m in _ANY_RUNS.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        return text, None, starts, ends, None
    runs, run_ends = [], []
    for m in _DIGIT_RUNS.finditer(text):
        runs.append(m.start())
        run_ends.append(m.end())
    found = [(m.start(), m.end()) for m in _CASED.finditer(text)]
    for word in _ANY_FOLDED:
        at = low.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = low.find(word, at + 1)
    found.sort()
    least = [e for _, e in found]
    for k in range(len(least) - 2, -1, -1):
        if least[k + 1] < least[k]:
            least[k] = least[k + 1]
    return text, runs, run_ends, [s for s, _ in found], least


def g_is_may_verb(m: re.Match[str]) -> bool:
    """'may 5' in lower case is usually the verb ('they may 5 times...'): months are capitalised."""
    return m["mon"][0].islower()


def first_date(text: str, published: dt.date | None, start: int = 0, end: int | None = None) -> TimeRef | None:
    """The first resolvable time expression in the range, or None."""
    for ref in find(text, published, start, end):
        if ref.date is not None:
            return ref
    return None
