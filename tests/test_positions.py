"""The offset indexes answer exactly what a scan over every record answers."""

from __future__ import annotations

import random

from newsgraph.positions import Stabbing, statement_at
from newsgraph.statements import quotes
from newsgraph.statements.attribution import QuoteIndex, _whole_quotes


def test_stabbing_is_the_least_key_holding_the_offset():
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(-3, 25), rng.randint(0, 9)))
        index = Stabbing(spans)
        for pos in range(-2, 90):
            want = min((k for s, e, k in spans if s <= pos < e), default=None)
            assert index.at(pos) == want, (spans, pos)


class _Said:
    def __init__(self, kind, content):
        self.kind, self.content = kind, content


class _Range:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_statement_at_prefers_an_attributed_statement_then_the_first():
    said = [_Said("unattributed", [_Range(0, 50)]), _Said("direct", [_Range(10, 20), _Range(30, 40)]),
            _Said("indirect", [_Range(15, 35)])]
    assert statement_at(said, 5) is said[0]
    assert statement_at(said, 12) is said[1]
    assert statement_at(said, 25) is said[2]
    assert statement_at(said, 45) is said[0]
    assert statement_at(said, 60) is None
    other = [_Said("indirect", [_Range(0, 10)])]
    assert statement_at(other, 5) is other[0]  # another list: the index is rebuilt
    assert statement_at(said, 5) is said[0]


def _scan_chain_over(chains, a, b):
    for k, chain in enumerate(chains):
        inside = sum(max(0, min(b, q.end) - max(a, q.start)) for q in chain)
        if inside * 2 >= (b - a) > 0:
            return k
    return None


def _scan_whole(chains, a, b):
    for chain in chains:
        for q in chain:
            if q.start < b < q.end and q.start >= a:
                b = q.end
            if q.start < a < q.end and q.end <= b:
                a = q.start
    return a, b


def test_quote_index_answers_as_a_scan_in_chain_order():
    rng = random.Random(11)
    words = ["said", "the", "talks", '"we will', 'go on,"', "he", "\u201cno", "deal\u201d", ",", "\n\n",
             '"and', "more", '""', "''x''"]
    for _ in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 80)))
        chains = quotes.find(text)
        index = QuoteIndex(chains)
        assert index.ordered
        n = len(text)
        for _ in range(150):
            a, b = rng.randint(-1, n + 1), rng.randint(-1, n + 1)
            assert index.chain_over(a, b) == _scan_chain_over(chains, a, b)
            assert _whole_quotes(index, a, b) == _scan_whole(chains, a, b)
            assert index.inside(a) == any(q.start < a < q.end - 1 for c in chains for q in c)
            ends = [(c[-1].end, k) for k, c in enumerate(chains) if c[-1].end <= a]
            want = None
            for e, k in ends:
                if want is None or e > chains[want][-1].end:
                    want = k
            assert index.ending_before(a) == want
            assert index.starting_after(a) == next((k for k, c in enumerate(chains) if c[0].start >= a), None)


def test_voices_answer_as_a_scan():
    from newsgraph.framing.quotes import Voices

    rng = random.Random(5)
    for _ in range(100):
        quoted = sorted((s, s + rng.randint(1, 30)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 6))))
        reported = [(s, s + rng.randint(-2, 40), rng.choice(["a", "b", None]), rng.random() < 0.6)
                    for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        voices = Voices(quoted, reported)
        for _ in range(80):
            start = rng.randint(-5, 140)
            end = start + rng.randint(-3, 20)
            assert voices.is_quoted(start, end) == (
                any(a <= start and end <= b for a, b in quoted)
                or any(a <= start and end <= b and d for a, b, _, d in reported))
            assert voices.speaker(start, end) == next(
                (w for a, b, w, d in reported if a <= start and end <= b and w and d), None)


def test_statement_at_on_long_lists_answers_as_the_scan():
    rng = random.Random(3)

    def scan(said, pos):
        for s in said:
            if s.kind != "unattributed" and any(c.start <= pos < c.end for c in s.content):
                return s
        return next((s for s in said if any(c.start <= pos < c.end for c in s.content)), None)

    for _ in range(40):
        said = [_Said(rng.choice(["direct", "indirect", "unattributed"]),
                      [_Range(a, a + rng.randint(-2, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(1, 3)))])
                for _ in range(rng.randint(9, 30))]
        for pos in range(-3, 240):
            assert statement_at(said, pos) is scan(said, pos)
