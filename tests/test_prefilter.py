"""_prefilter: a pattern is passed over only where it cannot match."""

from __future__ import annotations

import random
import re

import pytest

from newsgraph import _prefilter, timex
from newsgraph.framing.lexicon import calls_to_action, markers
from newsgraph.statements.lexicon import vague_patterns


def test_the_characters_that_fold_to_ascii_letters_are_all_known():
    every = "".join(chr(i) for i in range(0x80, 0x110000) if not 0xD800 <= i < 0xE000)
    assert set(re.findall(r"(?i)[a-z]", every)) == _prefilter.FOLDS_TO_ASCII


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:clearly|obviously)\b", ("clearly", "obviously")),
    (r"\bit is no secret that\b", ("it is no secret that",)),
    (r"\b(?:people|sources?) (?:familiar with|close to)\b", (" close to", " familiar with")),
    (r"\bit (?:is|was) (?:widely )?known\b", ("it is known", "it is widely known", "it was known", "it was widely known")),
    (r"\d{4}-\d\d", ("-",)),
    (r"\d{4}", None),  # no literal: always scanned
    (r"\b(?:a|the) \w+", None),  # only words in every text: not worth a check
    (r"x?y*", None),
])
def test_needles_are_the_words_every_match_holds(pattern, expected):
    assert _prefilter.needles(re.compile(pattern, re.I)) == expected


def test_a_text_with_a_folding_character_is_never_filtered():
    p = re.compile(r"\bsources say\b", re.I)
    text = "\u017fources say the talks failed."  # U+017F matches "s" when case is ignored
    assert p.search(text)
    assert _prefilter.lowered(text) is None
    assert _prefilter.may_match(_prefilter.needles(p), _prefilter.lowered(text))


def _variants(needle: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c for c in needle)


def _lexicon_patterns() -> list[re.Pattern]:
    return ([m.pattern for m in markers()] + [c.pattern for c in calls_to_action()]
            + [v.pattern for v in vague_patterns()] + [p for _, p in timex._PATTERNS])


def test_the_lexicons_patterns_are_skipped_only_where_they_find_nothing():
    """Texts made of the needles of every pattern (in mixed case), pieces of each other, words around them,
    and the characters case-folding treats specially: each pattern either may match or finds nothing."""
    rng = random.Random(14)
    patterns = _lexicon_patterns()
    words = sorted({n.strip() for p in patterns for n in (_prefilter.needles(p) or ()) if n.strip()})
    filler = ["said", "officials", "the", "that", "it", "is", "on", "May", "5", "2020", "İt", "ſources", "“", "—",
              "Monday", "we", "must", "act", "\n\n", ".", ","]
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    examples = [p.read_text(encoding="utf-8") for p in sorted(root.glob("examples/*.md"))]
    examples += [line for text in examples for line in text.splitlines() if line.strip()]
    checked = skipped = 0
    for k in range(400 + len(examples)):
        parts = [_variants(rng.choice(words), rng) if rng.random() < 0.4 else rng.choice(filler)
                 for _ in range(rng.randint(1, 12))]
        text = " ".join(parts) if k < 400 else examples[k - 400]
        low = _prefilter.lowered(text)
        for p in patterns:
            checked += 1
            if not _prefilter.may_match(_prefilter.needles(p), low):
                skipped += 1
                assert p.search(text) is None, (p.pattern, text)
    assert skipped > checked // 4  # the check does skip most patterns on most texts


def test_known_names_grouped_by_first_letter_match_as_the_plain_alternation():
    """actors/known.py's one pattern of every name, its alternatives grouped by first letter for speed, finds
    exactly what the plain longest-first alternation finds (the same names at the same places)."""
    from pathlib import Path

    from newsgraph.actors import known

    names = sorted({n for e in known.entries() for n in (*e.names, *e.weak)}, key=len, reverse=True)
    plain = re.compile(rf"(?<![\w\-.])(?:{'|'.join(known._regex(n) for n in names)})(?![\w\-]|\.\w)")
    grouped = known._pattern()[0]
    assert grouped.pattern != plain.pattern
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("examples/*.md"))]
    texts.append(" ".join(names) + ". " + ", ".join(n.upper() for n in names) + "; " + " and ".join(names[::-1]))
    found = 0
    for text in texts:
        want = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        assert [(m.start(), m.end(), m.group()) for m in grouped.finditer(text)] == want
        found += len(want)
    assert found > len(names) // 2


def test_a_haystack_answers_as_may_match_and_is_kept_for_the_last_text():
    text = "Officials familiar with the talks said it is clear that nothing was agreed."
    hay = _prefilter.haystack(text)
    assert _prefilter.haystack(text) is hay and _prefilter.haystack(str(text + " ")[:-1]) is hay
    for p in _lexicon_patterns():
        assert hay.may_match(p) == _prefilter.may_match(_prefilter.needles(p), _prefilter.lowered(text))
        assert hay.may_match(p) or p.search(text) is None
    assert _prefilter.haystack("Another text.") is not hay
    assert _prefilter.haystack("\u017fources say").may_match(re.compile(r"sources say", re.I))


def test_a_haystack_asked_many_needles_answers_from_its_four_letter_pieces_as_a_scan_does():
    """Past _GRAMS_AFTER needles a long text's answers come from its 4-character substrings first: the
    same answers as `needle in text.lower()`, for needles present, absent, present only in part (first or
    last four letters), of fewer than four letters, and at the text's two ends."""
    rng = random.Random(14)
    words = ["ceasefire", "minister", "troops", "sanctions", "talks", "border", "envoy", "said", "it is", "an"]
    text = " ".join(rng.choice(words).capitalize() if rng.random() < 0.2 else rng.choice(words) for _ in range(120))
    low = text.lower()
    probes = [w for w in words] + [low[:6], low[-6:], low[:4], low[-4:], "ceasefirex", "xminister", "troopsanctions",
                                   "cease", "fire", "tro", "zz", "q", "border envoy", "said it", "talks,", "envoys"]
    probes += ["".join(rng.choice("abcdeinorst ") for _ in range(rng.randint(1, 9))) for _ in range(400)]
    hay = _prefilter.Haystack(text)
    for i, n in enumerate(probes):
        p = re.compile(re.escape(n) + f"(?#{i})", re.I)
        assert hay.may_match(p) or p.search(text) is None, n
    assert hay.grams is not None  # the pieces were gathered: the answers above came from them
    for n in probes:
        assert hay._holds(n) == (n in low), n


def test_finditer_near_the_needles_finds_what_the_scan_finds():
    """Haystack.finditer gives pattern.finditer's matches (spans and text) for every lexicon pattern, on
    texts dense with needles in mixed case, run together or glued to words, and on the examples."""
    rng = random.Random(15)
    patterns = _lexicon_patterns()
    words = sorted({n for p in patterns for n in (_prefilter.needles(p) or ())})
    filler = ["said", "officials", "some", "many", "it", "is", "was", "that", "who", "asked", "not", "to", "be",
              "according", "Jan", "5", "2020", "Monday", "İt", "“", "—", "\n", ".", ",", "x", "-"]
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("examples/*.md"))]
    for _ in range(600):
        parts = [_variants(rng.choice(words), rng) if rng.random() < 0.5 else rng.choice(filler)
                 for _ in range(rng.randint(1, 30))]
        texts.append("".join(p + rng.choice(["", " ", " ", ", ", "\n"]) for p in parts))
    planned = 0
    for text in texts:
        hay = _prefilter.Haystack(text)
        for p in patterns:
            planned += _prefilter._plan(p) is not None
            assert [(m.span(), m.group()) for m in hay.finditer(p, text)] == \
                [(m.span(), m.group()) for m in p.finditer(text)], (p.pattern, text)
    assert planned > len(texts) * len(patterns) // 2  # most patterns are searched near their needles


def test_within_is_false_only_where_a_window_holds_no_match():
    rng = random.Random(16)
    patterns = _lexicon_patterns()
    words = sorted({n for p in patterns for n in (_prefilter.needles(p) or ())})
    filler = ["said", "officials", "some", "it", "is", "that", "we", "must", "act", "Jan", "5", "ſources", ".", "\n"]
    skipped = 0
    for _ in range(300):
        parts = [_variants(rng.choice(words), rng) if rng.random() < 0.5 else rng.choice(filler)
                 for _ in range(rng.randint(1, 30))]
        text = " ".join(parts)
        hay = _prefilter.Haystack(text)
        for _ in range(5):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            for p in patterns:
                if not hay.within(p, a, b):
                    skipped += 1
                    assert p.search(text[a:b]) is None, (p.pattern, text[a:b])
    assert skipped > 1000
