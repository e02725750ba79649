"""Real output validates against the shipped JSON Schema, spans included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph import schema

ROOT = Path(__file__).resolve().parents[1]


def _analyze(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_bundled_example_is_valid():
    doc = _analyze(ROOT / "examples" / "ceasefire-talks.md")
    assert schema.validate(doc) == []
    assert doc["schema"] == "newsgraph/analysis/v1"


def test_seed_is_valid(shared):
    doc = _analyze(shared / "eval/seed/ceasefire-initiative.md")
    assert schema.validate(doc) == []


@pytest.mark.parametrize("break_it, expected", [
    (lambda d: d.pop("actors"), "'actors' is a required property"),
    (lambda d: d["article"].update(published="13 January 2020"), "published"),
    (lambda d: d["events"].insert(0, {"id": "e9", "type": "BOMB"}), "events/0"),
    (lambda d: d["source"]["reliability"].update(label="trustworthy"), "reliability/label"),
])
def test_schema_rejects_broken_documents(seed_analysis, break_it, expected):
    doc = seed_analysis.to_json()
    break_it(doc)
    problems = schema.validate(doc)
    assert problems and any(expected in p for p in problems), problems


def test_span_text_must_match_offsets(seed_analysis):
    doc = seed_analysis.to_json()
    doc["signals"].append({"kind": "loaded_language", "text": "peace", "start": 0, "end": 5, "target": None, "rule": "t"})
    assert any("is not article.text[0:5]" in p for p in schema.validate(doc))
