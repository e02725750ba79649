"""The fetcher of the running command, for the readers that meet a URL among their inputs.

`ingest.articles_from` hands an http(s) URL to `fetched()`, so `newsgraph analyze URL` reads a
page as it reads a file. How to fetch (politeness, limits, where pages are kept, `--offline`) is
the command's choice: it calls `begin()` with a `Fetcher` first. Without one a URL is refused, so
nothing is fetched unless a command asked for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar

from ..errors import InputError
from ..model import Article
from .fetch import Fetcher

_current: ContextVar[Fetcher | None] = ContextVar("newsgraph_fetcher", default=None)


def begin(fetcher: Fetcher | None) -> None:
    """Fetch URL inputs with `fetcher` from now on in this context (None: refuse them again)."""
    previous = _current.get()
    if previous is not None and previous is not fetcher:
        previous.close()
    _current.set(fetcher)


def fetched(url: str) -> Iterator[Article | InputError]:
    from .watch import fetched_articles

    fetcher = _current.get()
    if fetcher is None:
        yield InputError(url, "is a URL, and nothing here was asked to fetch; use `newsgraph analyze URL` or "
                              "`newsgraph ingest URL`, or newsgraph.collect.session.begin(Fetcher(...)) in code")
        return
    yield from fetched_articles(fetcher, [url])
