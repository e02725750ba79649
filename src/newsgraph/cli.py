"""`newsgraph` command line: thin commands over plain functions.

Each subcommand lives in `newsgraph/commands/<name>.py` with `register(subparsers)`; its
handler returns the exit code. Errors reach the user as one line, never a traceback
(`--debug` shows it).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sqlite3
import sys

from . import __version__
from .errors import NewsgraphError

COMMANDS = ("analyze", "evaluate", "corpus", "ratings", "serve", "watch")  # modules in newsgraph/commands/


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Turn news articles into an accountable record: actors, events, statements, stances, framing, source.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"newsgraph.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code. With `argv` None, the process's own command line
    (`newsgraph ...`, `python -m newsgraph ...`), whose caller exits next: see nlp.OWN_PROCESS
    and _ending."""
    if argv is None:
        from . import nlp

        nlp.OWN_PROCESS = True
        nlp.one_thread()  # before numpy is imported: no BLAS thread pool (see there)
    code = _run(argv)
    if argv is None:
        _ending()
    return code


def _ending() -> None:
    """The process ends next. Garbage is collected now, once (finalizers run as always), and what
    is left is exempted from the cyclic collector (gc.freeze), so that the interpreter's shutdown
    does not walk the loaded model and tables again in each of its collections: 0.14 of the 1.2
    CPU-s of `newsgraph analyze one.md`. Exit handlers and flushing are Python's, as before."""
    gc.collect()
    gc.freeze()


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except NewsgraphError as e:
        print(f"newsgraph: error: {e}", file=sys.stderr)
        return 1
    except MemoryError:
        print("newsgraph: error: out of memory; give smaller inputs (or fewer at once)", file=sys.stderr)
        return 1
    except sqlite3.Error as e:  # a database error that escaped a query: say what it means for the user
        if args.debug:
            raise
        from .corpus.store import explain

        print(f"newsgraph: error: {explain(getattr(args, 'db', 'corpus'), e)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`newsgraph ... | head`): stop quietly. Point stdout at
        # /dev/null so the interpreter's last flush does not complain again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if args.debug:
            raise
        print(f"newsgraph: internal error: {type(e).__name__}: {e} (rerun with --debug and report it)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
