"""Source stage: which outlet published the article, and how reliable it is rated."""

from __future__ import annotations

from pathlib import Path

from .identify import identify
from .ratings import Rating, RatingsTable, load

__all__ = ["Rating", "RatingsTable", "identify", "load_ratings"]


def load_ratings(path: str | Path | None = None) -> RatingsTable:
    """The shipped outlet ratings plus the user's (--ratings FILE), which win where both rate an outlet."""
    return load(path)
