"""The JSON Schema of `newsgraph/analysis/v1`, and a check that a document follows it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def analysis_schema() -> dict[str, Any]:
    text = resources.files("newsgraph.schema").joinpath("analysis-v1.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def span_errors(doc: dict[str, Any]) -> list[str]:
    """Spans whose text is not article.text[start:end] (the schema cannot say this)."""
    text = doc["article"]["text"]
    errors = []

    def check(where: str, span: Any) -> None:
        if isinstance(span, dict) and {"start", "end", "text"} <= span.keys() and span["start"] is not None:
            if text[span["start"]:span["end"]] != span["text"]:
                errors.append(f"{where}: text {span['text']!r} is not article.text[{span['start']}:{span['end']}]")

    for a in doc["actors"]:
        for m in a["mentions"]:
            check(f"actor {a['id']}", m)
    for s in doc["statements"]:
        for part in ("speaker_text", "cue"):
            check(f"statement {s['id']} {part}", s[part])
        for c in s["content"] if isinstance(s["content"], list) else [s["content"]]:
            check(f"statement {s['id']} content", c)
    for e in doc["events"]:
        check(f"event {e['id']}", e["evidence"])
        for part in ("source_text", "target_text"):
            for sp in e.get(part) or []:
                check(f"event {e['id']} {part}", sp)
    for st in doc["stances"]:
        for ev in st["evidence"]:
            check(f"stance of {st['holder']}", ev)
    for sg in doc["signals"]:
        check(f"signal {sg['kind']}", sg)
    return errors


def validate(doc: dict[str, Any]) -> list[str]:
    """Every problem with an analysis document, as readable lines; empty when it is valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(analysis_schema())
    problems = [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
                for e in validator.iter_errors(doc)]
    if not problems:
        problems = span_errors(doc)
    return problems
