"""Long texts: parsed in paragraph chunks (no spaCy max_length failure, offsets unchanged), and
a per-article time budget that reports "too slow" and lets the batch go on."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from bench_length import prose, text_of
from capped import cli
from newsgraph import limits
from newsgraph.nlp import chunks_of, parse


def test_chunks_join_back_to_the_text():
    text = text_of(60_000, prose()) + " " + "word " * 8000 + "x" * 30_000
    pieces = list(chunks_of(text, 10_000))
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= 10_000
    assert sum(p.endswith("\n\n") for p in pieces) >= 4  # paragraph ends are preferred


def test_text_over_max_length_parses_with_the_same_offsets(nlp):
    text = text_of(30_000, prose())
    saved = nlp.max_length
    nlp.max_length = 12_000  # stands in for spaCy's limit: a direct nlp(text) would fail with E088
    try:
        with pytest.raises(ValueError, match="E088"):
            Language.__call__(nlp, text)  # spaCy's own call, without the chunking
        doc = parse(nlp, text, chunk_chars=10_000)
    finally:
        nlp.max_length = saved
    assert doc.text == text
    assert len(doc.ents) > 10 and all(text[e.start_char:e.end_char] == e.text for e in doc.ents)
    assert sum(1 for _ in doc.sents) > 100


def test_calling_the_pipeline_on_a_long_text_chunks_it(nlp):
    from newsgraph.nlp import CHUNK_CHARS

    text = text_of(CHUNK_CHARS * 2 + 500, prose())
    doc = nlp(text)
    assert doc.text == text and len(doc) > 1000


def test_time_budget_raises_too_slow():
    started = time.monotonic()
    with pytest.raises(limits.TooSlow, match="too slow"):
        with limits.time_budget(0.5, "the test"):
            while True:
                pass
    assert time.monotonic() - started < 5


def test_too_slow_article_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "long.txt").write_text("Long\n\n" + text_of(120_000, prose()), encoding="utf-8")
    (tmp_path / "short.md").write_text("# Talks\n\nThe envoy said on Monday that the talks had stalled.\n",
                                       encoding="utf-8")
    r = cli("analyze", "long.txt", "short.md", "-f", "jsonl", "--time-limit", "3", cwd=tmp_path, timeout=90)
    r.ok_limits()
    assert r.returncode == 1 and "long.txt" in r.stderr and "too slow" in r.stderr
    assert len(r.stdout.splitlines()) == 1 and "envoy" in r.stdout


def test_half_megabyte_article_stays_within_memory_and_the_budget(tmp_path):
    """480 KB of prose: stopped at its time budget as "too slow", never over 1 GB, the next
    article still analysed."""
    (tmp_path / "long.txt").write_text("Long\n\n" + text_of(480_000, prose()), encoding="utf-8")
    (tmp_path / "short.md").write_text("# Talks\n\nThe envoy said on Monday that the talks had stalled.\n",
                                       encoding="utf-8")
    started = time.monotonic()
    r = cli("analyze", "long.txt", "short.md", "-f", "jsonl", "--time-limit", "2", "--workers", "1",
            cwd=tmp_path, timeout=60)
    r.ok_limits()
    assert time.monotonic() - started < 60
    assert "long.txt" in r.stderr and "too slow" in r.stderr, r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_nested_reported_speech_is_bounded(tmp_path):
    """20 KB of "he said that she said that ...": within the caps, and the output stays small."""
    chain = " ".join(("he said that" if i % 2 else "she said that") for i in range(1700))
    (tmp_path / "chain.txt").write_text(f"Chain\n\nThe minister said that {chain} the talks had stalled.\n",
                                        encoding="utf-8")
    r = cli("analyze", "chain.txt", "-f", "json", "-o", "out.json", "--workers", "1", cwd=tmp_path, timeout=60)
    r.ok_limits()
    assert r.returncode in (0, 1) and "internal error" not in r.stderr, r.stderr
    if r.returncode == 0:
        assert (tmp_path / "out.json").stat().st_size < 5 * 2**20
    else:
        assert "too slow" in r.stderr
