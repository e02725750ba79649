"""A per-article time budget: an analysis that runs past it is stopped and reported as "too
slow", and the batch moves on instead of hanging on one pathological text.

The budget is a SIGALRM timer, so it works only in the main thread of a process (the command
line); elsewhere (a web server's worker thread) the analysis runs unbounded as before.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

from .errors import NewsgraphError

DEFAULT_SECONDS = 120.0
T = TypeVar("T")


class TooSlow(NewsgraphError):
    """The analysis of one article ran past its time budget."""


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_budget(seconds: float | None, what: str = "the analysis") -> Iterator[None]:
    """Raise TooSlow inside the block when it runs longer than `seconds` (None or 0: no limit)."""
    if not seconds or seconds <= 0 or not _usable():
        yield
        return

    def expired(signum, frame):
        raise TooSlow(f"too slow: {what} took longer than the {seconds:g} s budget per article; skipped "
                      "(raise it with --time-limit, or split the text)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def bounded(analyze: Callable[..., T], seconds: float | None) -> Callable[..., T]:
    """`analyze` with a time budget per call."""

    @functools.wraps(analyze)
    def run(article, *args, **kwargs):
        size = len(getattr(article, "text", "") or "")
        with time_budget(seconds, f"the analysis of {size:,} characters"):
            return analyze(article, *args, **kwargs)

    return run


def seconds_arg(value: str) -> float:
    """argparse type for --time-limit: seconds, 0 for none."""
    import argparse

    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= v <= 86_400:
        raise argparse.ArgumentTypeError(f"{value!r}: give 0 (no limit) to 86400 seconds")
    return v
