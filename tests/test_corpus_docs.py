"""docs/corpus.md documents every table of the schema and every query."""

from __future__ import annotations

import re
import sqlite3

import pytest

from newsgraph.commands.corpus import QUERIES
from newsgraph.corpus.schema import MIGRATIONS
from evaluation import repo_root

DOC = (repo_root() / "docs" / "corpus.md").read_text(encoding="utf-8")


def _objects() -> list[str]:
    conn = sqlite3.connect(":memory:")
    for m in MIGRATIONS:
        conn.executescript(m.sql)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    return [n for n in names if not re.match(r"articles_fts_|sqlite_", n)]


@pytest.mark.parametrize("name", _objects())
def test_every_table_is_documented(name):
    assert f"`{name}`" in DOC


@pytest.mark.parametrize("what", QUERIES)
def test_every_query_is_documented(what):
    assert f"`{what}" in DOC


def test_lsh_bands_match_datasketch():
    from datasketch import MinHashLSH

    from newsgraph.corpus import dedup

    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.BANDS, dedup.ROWS)


def test_every_export_table_and_column_is_documented():
    from newsgraph.corpus import export

    for name in export.TABLES:
        assert f"`{name}`" in DOC, name
        if name != "polecat":
            for column in export.table(name).names:
                assert column in DOC, f"{name}.{column}"
    for column in export.table("polecat").names:
        assert f"`{column}`" in DOC, f"polecat.{column}"
