"""Data files shipped with newsgraph: patterns, lexicons, ratings. Readers shared by the stages.

Tables are tab-separated; lines starting with `#` are comments that say what the columns mean and
where the entries come from.
"""

from __future__ import annotations

import csv
import io
from importlib import resources


def read_text(*parts: str) -> str:
    return resources.files(__name__).joinpath(*parts).read_text(encoding="utf-8")


def read_rows(*parts: str) -> list[list[str]]:
    """Rows of a headerless TSV data file, comments and blank lines skipped."""
    return [line.split("\t") for line in read_text(*parts).splitlines() if line.strip() and not line.startswith("#")]


def read_table(*parts: str) -> list[dict[str, str]]:
    """Rows of a TSV data file whose first non-comment line names the columns."""
    lines = [ln for ln in read_text(*parts).splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)]
