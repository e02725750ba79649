"""The public Python API behind `newsgraph.analyze`, `newsgraph.analyze_many` and `newsgraph.Corpus`.

Private: import the names from `newsgraph` (docs/api.md). The spaCy model and the user's data
files are loaded once per distinct set of options and reused by later calls.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError
from .model import Analysis, Article

_MAX_PATH = 4096


@lru_cache(maxsize=4)
def _analyzer(actors: str | None, ratings: str | None):
    from .pipeline import Analyzer, Options

    return Analyzer(Options(actors_file=Path(actors) if actors else None,
                            ratings_file=Path(ratings) if ratings else None))


def _options(actors: str | os.PathLike | None, ratings: str | os.PathLike | None):
    return _analyzer(os.fspath(actors) if actors else None, os.fspath(ratings) if ratings else None)


def _is_path(value: str | os.PathLike) -> bool:
    if isinstance(value, os.PathLike):
        return True
    if "\n" in value or len(value) > _MAX_PATH or not value.strip():
        return False
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def _articles(value: str | os.PathLike | Article, *, many: bool) -> Iterator[Article | InputError]:
    from . import ingest

    if isinstance(value, Article):
        if not value.text.strip():
            raise InputError(value.source_path or "article", "no article text")
        yield ingest.finish(value)
        return
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"expected text, a path or an Article, not {type(value).__name__}")
    if _is_path(value) or (many and isinstance(value, str) and "\n" not in value and _looks_like_pattern(value)):
        yield from ingest.read_inputs([os.fspath(value)])
        return
    if _names_a_file(value):  # "article.md" that is not there: say so, never analyse the name as text
        raise InputError(value, "no such file (to analyse text, pass the text itself)")
    yield from ingest.parse(ingest.RawInput("<text>", value.encode("utf-8")))


def _names_a_file(value: str) -> bool:
    from .ingest import KNOWN_SUFFIXES

    one_line = "\n" not in value and len(value) < _MAX_PATH and len(value.split()) == 1
    return one_line and value.lower().removesuffix(".gz").endswith(KNOWN_SUFFIXES)


def _looks_like_pattern(value: str) -> bool:
    return os.path.isdir(value) or any(c in value for c in "*?[")


def analyze(source: str | os.PathLike | Article, *, actors: str | os.PathLike | None = None,
            ratings: str | os.PathLike | None = None) -> Analysis:
    """Analyse one article: its text, a path to a file (markdown, text, HTML, JSON) or an `Article`.

    `actors` is a YAML dictionary of actors (like `--actors`), `ratings` a CSV/TSV of outlet
    ratings (like `--ratings`). Raises `InputError` when the input holds no article, and
    `ValueError` when a file holds several (use `analyze_many`).
    """
    found = list(_articles(source, many=False))
    if not found:
        raise InputError(str(source)[:80], "holds no article")
    if len(found) > 1:
        raise ValueError(f"{os.fspath(source)!s:.80} holds {len(found)} articles; use newsgraph.analyze_many")
    item = found[0]
    if isinstance(item, InputError):
        raise item
    return _options(actors, ratings).analyze(item)


def analyze_many(sources: Iterable[str | os.PathLike | Article] | str | os.PathLike, *,
                 actors: str | os.PathLike | None = None, ratings: str | os.PathLike | None = None,
                 errors: str = "raise") -> Iterator[Analysis]:
    """Analyse many articles lazily: paths, directories, globs, JSONL/WARC files, texts or Articles.

    `errors="raise"` stops at the first input that cannot be read; `errors="skip"` passes over it.
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    if isinstance(sources, (str, os.PathLike, Article)):
        sources = [sources]
    analyzer = _options(actors, ratings)
    for source in sources:
        for item in _articles(source, many=True):
            if isinstance(item, InputError):
                if errors == "raise":
                    raise item
                continue
            yield analyzer.analyze(item)


def _pandas(what: str):
    try:
        import pandas
    except ImportError:
        raise ImportError(f"{what} needs pandas, which is not installed: pip install pandas "
                          "(or use the records / to_json() instead)") from None
    return pandas


class Corpus:
    """A corpus database made by `newsgraph ingest`, opened read-only.

    Each query method takes the filters of `newsgraph query` and returns a list of typed rows
    (dataclasses), or a pandas DataFrame with `frame=True`.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        from . import corpus

        self.path = os.fspath(path)
        if not os.path.exists(self.path):
            raise StoreError(f"{self.path}: no such corpus database (make one with `newsgraph ingest`)")
        self._conn = corpus.connect(self.path, create=False, readonly=True)

    def __repr__(self) -> str:
        return f"Corpus({self.path!r})"

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self):
        if self._conn is None:
            raise StoreError(f"{self.path}: the corpus is closed")
        return self._conn

    def _run(self, name: str, frame: bool, *args, **filters) -> Any:
        from .corpus import queries

        rows = getattr(queries, name)(self.conn, *args, **filters)
        if not frame:
            return rows
        return _frame_of(rows, queries.ROW_CLASSES[name], f"Corpus.{name}(frame=True)")

    def stats(self):
        from .corpus import queries

        return queries.stats(self.conn)

    def actors(self, *, name=None, kind=None, limit=100, frame=False):
        return self._run("actors", frame, name=name, kind=kind, limit=limit)

    def events(self, *, actor=None, type=None, since=None, until=None, place=None, outlet=None,
               min_corroboration=0, limit=100, frame=False):
        return self._run("events", frame, actor=actor, type=type, since=since, until=until, place=place,
                         outlet=outlet, min_corroboration=min_corroboration, limit=limit)

    def statements(self, *, speaker=None, limit=100, frame=False):
        return self._run("statements", frame, speaker=speaker, limit=limit)

    def stances(self, *, topic=None, holder=None, limit=500, frame=False):
        return self._run("stances", frame, topic=topic, holder=holder, limit=limit)

    def network(self, *, actor=None, min_weight=1, limit=200, frame=False):
        return self._run("network", frame, actor=actor, min_weight=min_weight, limit=limit)

    def timeline(self, *, actor=None, since=None, until=None, limit=500, frame=False):
        return self._run("timeline", frame, actor=actor, since=since, until=until, limit=limit)

    def search(self, query: str, *, limit=20, frame=False):
        return self._run("search", frame, query, limit=limit)

    def contradictions(self, *, limit=200, frame=False):
        return self._run("contradictions", frame, limit=limit)

    def review(self, *, limit=500, frame=False):
        return self._run("review", frame, limit=limit)

    def failures(self, *, frame=False):
        return self._run("failures", frame)

    def articles(self, *, since=None, until=None, outlet=None, limit=100, frame=False):
        return self._run("articles", frame, since=since, until=until, outlet=outlet, limit=limit)

    def fetches(self, *, since=None, outcome=None, limit=100, frame=False):
        return self._run("fetches", frame, since=since, outcome=outcome, limit=limit)

    def table(self, name: str):
        """A whole export table (articles, actors, events, statements, stances, signals,
        contradictions, polecat) as a typed DataFrame, the same columns as `newsgraph export`."""
        from .corpus import export

        return export.frame(self.conn, name)

    def export(self, table: str, path: str | os.PathLike, format: str | None = None) -> int:
        """Write one table to a file (CSV, JSONL, Parquet, or GraphML/GEXF for `network`)."""
        from .corpus import export

        fmt = format or Path(path).suffix.lstrip(".").lower()
        return export.export(self.conn, table, fmt, os.fspath(path))


def _frame_of(rows: list, cls, what: str):
    from dataclasses import astuple, fields

    pd = _pandas(what)
    names = [f.name for f in fields(cls)]
    df = pd.DataFrame([astuple(r) for r in rows], columns=names)
    for f in fields(cls):
        if f.name in ("date", "published"):
            df[f.name] = pd.to_datetime(df[f.name], errors="coerce")
    return df


__all__ = ["Corpus", "analyze", "analyze_many"]
