"""The one rule that splits a gold set into a tuning part and a test part.

An item belongs to the *test* part when the first byte of the SHA-256 of its id (UTF-8) is odd,
to the *tuning* part when it is even. The rule needs no list kept anywhere, never moves an item
from one part to the other, and splits any set about in half. Rules may be written from
what the tuning part shows; the test part is only scored.

The id of an item, per gold set (the suites use exactly these):

| set | id |
|---|---|
| plover-gsr | the record's `id` ("PLOVER-GSR01-AGREE-0001") |
| re3d | `<source folder>/<document _id>` ("BBC Online/3095FB15AFF7B552702E9EF46C083FDD") |
| crossner-politics | the sentence text, tokens joined by single spaces |
| case2021-task2 | the row's `id` column ("1") |
| references (evaluation/references, tests/data/heldout) | the file stem ("sudan-jeddah-truce") |
| trafilatura-eval (metadata suite) | the page's URL, the gold file's key |
| article-extraction-benchmark pages scored against MBFC outlet names (metadata suite) | the page's `url` |
| fnc1 (FNC-1 competition test; its train split is not in ../shared) | the pair's `Body ID` ("2008") |

ConfliBERT keeps its own train/test files (its test split is the test part). PolNeAR has its own
folders: `train` is for tuning, `dev` is reported apart, its test split is held back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TypeVar

TUNING = "tuning"
TEST = "test"
PARTS = (TUNING, TEST)

T = TypeVar("T")


def part(item_id: str) -> str:
    """'tuning' or 'test' for one item id (see the module docstring)."""
    return TEST if hashlib.sha256(item_id.encode("utf-8")).digest()[0] % 2 else TUNING


def split(items: Iterable[T], item_id: Callable[[T], str]) -> dict[str, list[T]]:
    """{'tuning': [...], 'test': [...]}, each in the items' order."""
    out: dict[str, list[T]] = {p: [] for p in PARTS}
    for it in items:
        out[part(item_id(it))].append(it)
    return out


def label(name: str, which: str) -> str:
    """A figure's name for one part: 'category accuracy [test]'."""
    return f"{name} [{which}]"
