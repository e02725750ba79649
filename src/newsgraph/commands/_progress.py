"""One progress line on stderr for the commands that work through many articles (rich).

Nothing is drawn when the user asked for quiet or stderr is not a terminal (a log file, a pipe):
messages are then plain lines, so what a script captures is the same with or without a terminal.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator


class Progress:
    """`update()` once per article (or input); `write()` a message above the bar."""

    def __init__(self, bar=None, task=None, console=None) -> None:
        self._bar, self._task, self._console = bar, task, console

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def write(self, message: str, file=None) -> None:  # noqa: ARG002 - always stderr, the bar's stream
        if self._console is not None:
            self._console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)


@contextlib.contextmanager
def progress(what: str, total: int | None = None, quiet: bool = False) -> Iterator[Progress]:
    if quiet:  # no bar to draw: rich (0.05 s to import) stays out of a one-article run
        yield Progress()
        return
    from rich.console import Console

    console = Console(file=sys.stderr)
    if not console.is_terminal:
        yield Progress()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = [SpinnerColumn(), TextColumn(what), MofNCompleteColumn(), TextColumn("articles" if total is None else ""),
               TimeElapsedColumn()]
    if total is not None:
        columns.insert(2, BarColumn())
    with Bar(*columns, console=console, transient=True) as bar:
        yield Progress(bar, bar.add_task(what, total=total), console)
