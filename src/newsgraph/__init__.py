"""newsgraph: an accountable, structured record of news reporting, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

from .errors import ConfigError, InputError, ModelError, NewsgraphError, StoreError  # noqa: E402
from .model import Actor, Analysis, Article, Event, Signal, Source, Span, Stance, Statement  # noqa: E402

__all__ = [
    "Actor", "Analysis", "Article", "ConfigError", "Event", "InputError", "ModelError",
    "NewsgraphError", "Signal", "Source", "Span", "Stance", "Statement", "StoreError", "__version__",
]
