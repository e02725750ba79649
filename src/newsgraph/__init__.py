"""newsgraph: an accountable, structured record of news reporting, offline.

    import newsgraph
    a = newsgraph.analyze("article.md")      # or the text itself, or an Article
    a.events_frame()                          # pandas, optional
    newsgraph.Corpus("corpus.db").events(type="ASSAULT")

The public names are in `__all__` and documented in docs/api.md; everything else is private.
`analyze`, `analyze_many` and `Corpus` are imported on first use, so `import newsgraph` stays quick.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

from .errors import ConfigError, InputError, ModelError, NewsgraphError, StoreBusyError, StoreError  # noqa: E402
from .model import Actor, Analysis, Article, Event, Signal, Source, Span, Stance, Statement  # noqa: E402

_LAZY = {"analyze", "analyze_many", "Corpus", "QueryError"}


def __getattr__(name: str):
    if name == "QueryError":
        from .corpus.queries import QueryError

        return QueryError
    if name in _LAZY:
        from . import _api

        return getattr(_api, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _LAZY)


__all__ = [
    "Actor", "Analysis", "Article", "ConfigError", "Corpus", "Event", "InputError", "ModelError",
    "NewsgraphError", "QueryError", "Signal", "Source", "Span", "Stance", "Statement", "StoreBusyError", "StoreError",
    "__version__", "analyze", "analyze_many",
]
