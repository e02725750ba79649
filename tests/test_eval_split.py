"""The tuning/test split (evaluation/split.py) and the page references (evaluation/references)."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata

import pytest

import evaluation
from evaluation import split
from evaluation.suites import references


def test_part_is_the_parity_of_the_first_sha256_byte():
    # sha256("a") starts with byte 0xca (even), sha256("e") with 0x3f (odd)
    assert split.part("a") == "tuning"
    assert split.part("e") == "test"
    assert split.part("PLOVER-GSR01-AGREE-0001") == split.part("PLOVER-GSR01-AGREE-0001")


def test_split_keeps_order_and_divides_a_set_about_in_half():
    ids = [f"item-{i}" for i in range(2000)]
    parts = split.split(ids, lambda x: x)
    assert sorted(parts) == ["test", "tuning"]
    assert parts["tuning"] + parts["test"] != ids  # the parts interleave: neither is a prefix of the set
    assert [x for x in ids if x in set(parts["test"])] == parts["test"]
    assert 900 < len(parts["test"]) < 1100
    assert split.label("mean", "test") == "mean [test]"


def test_six_tuning_and_six_test_references():
    names = [name for name, _ in references.references()]
    assert len(names) == 12
    parts = split.split(names, lambda n: n)
    assert len(parts["tuning"]) == len(parts["test"]) == 6


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"[\-\u2010-\u2015_]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@pytest.mark.parametrize("name,gold", references.references(), ids=[n for n, _ in references.references()])
def test_reference_is_consistent_with_its_page(shared, name, gold):
    """Every key a reference uses is one of its actors, and every text it quotes is on its page."""
    ref = json.loads(gold.read_text(encoding="utf-8"))
    assert ref["page"].startswith(references.PREFIX), "a page is named by its path under ../shared"
    page = references.page_path(evaluation.EvalContext(shared=shared), gold)
    if not page.exists():
        pytest.skip(f"page missing: {page}")
    keys = {a["key"] for a in ref["actors"]}
    used = [k for sec in ("required", "optional") for it in ref["statements"][sec] for k in it.get("speaker_any", [])]
    used += [k for sec in ("required", "optional", "dated_required") for it in ref["events"].get(sec, [])
             for k in it.get("source_any", []) + it.get("target_any", [])]
    used += [k for it in ref.get("stances", {}).get("required", []) for k in it["holder_any"]]
    used += [r["actor"] for r in ref.get("actor_roles", [])]
    assert set(used) <= keys, set(used) - keys
    with gzip.open(page, "rt", encoding="utf-8", errors="replace") as fh:
        raw = fh.read()
    from html import unescape
    text = _norm(unescape(re.sub(r"<[^>]+>", " ", raw)))
    sections = ("required", "optional", "unattributed_required", "unattributed_optional")
    quoted = [it["content_contains"] for sec in sections for it in ref["statements"].get(sec, [])]
    quoted += [it["evidence_contains"] for sec in ("required", "optional") for it in ref["events"][sec]]
    quoted += [it["text_contains"] for it in ref["signals"]["required"]]
    missing = [q for q in quoted if _norm(unescape(q)) not in text]
    assert not missing, missing
    for actor in ref["actors"]:
        assert any(_norm(a) in text for a in actor["aliases"]), actor["key"]
