"""Analysis work grows with the text's length, not its square (issue 15: time per character
roughly constant from 5 KB to 500 KB).

Each stage after the parse runs on the same prose at one length and at four times that length, in
one process, and the work it does is counted: every Python function call and built-in call
(sys.setprofile), which is deterministic where timings on a loaded machine are not. A stage that
looks every candidate up in a list of every quotation, statement, mention or sentence (an `any(...)`
or a comprehension per candidate) does about 16 times the work on four times the text; a linear one
about 4 times. The bound is generous; the CPU seconds are reported alongside.
"""

from __future__ import annotations

import sys
import time

import pytest

from bench_length import prose, text_of
from newsgraph import actors, events, framing, stances, statements
from newsgraph.model import Article
from newsgraph.nlp import parse

SMALL, FACTOR = 10_000, 4
MAX_RATIO = 7.0  # linear: about 4; quadratic: about 16 (measured 4.0-4.6 per stage once linear)


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, frame, event, arg) -> None:
        if event in ("call", "c_call"):
            self.calls += 1


def _stage_work(analyzer, text: str) -> dict[str, tuple[int, float]]:
    """(calls, CPU seconds) per stage on `text`."""
    article = Article(text=text, language="en")
    doc = parse(analyzer.nlp, text)
    out: dict[str, tuple[int, float]] = {}

    def run(name, fn, *args):
        counter = _Counter()
        started = time.process_time()
        sys.setprofile(counter)
        try:
            result = fn(*args)
        finally:
            sys.setprofile(None)
        out[name] = (counter.calls, time.process_time() - started)
        return result

    table = run("actors", actors.extract, doc, article, analyzer.dictionary)
    said, speakers = run("statements", statements.extract, doc, article, table)
    table = table.with_actors(speakers)
    happened = run("events", events.extract, doc, article, table, said)
    positions = run("stances", stances.extract, doc, article, table, said, happened)
    run("framing", framing.extract, doc, article, table, said, positions)
    return out


@pytest.mark.slow
def test_stage_work_is_linear_in_the_text_length(analyzer):
    paragraphs = prose()
    _stage_work(analyzer, text_of(2_000, paragraphs))  # lexicons and tables load on first use: not counted
    small = _stage_work(analyzer, text_of(SMALL, paragraphs))
    large = _stage_work(analyzer, text_of(SMALL * FACTOR, paragraphs))
    report = "; ".join(f"{name} {small[name][0]:,} -> {large[name][0]:,} calls "
                       f"({small[name][1]:.2f} -> {large[name][1]:.2f} s)" for name in small)
    for name in small:
        ratio = large[name][0] / max(small[name][0], 1)
        assert ratio < MAX_RATIO, f"{name} did {ratio:.1f}x the work on {FACTOR}x the text: {report}"
    print(report)
