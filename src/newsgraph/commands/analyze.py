"""`newsgraph analyze PATH...`: analyse articles and print or write the analyses."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from pathlib import Path

from .. import ingest, limits, output, parallel, report
from . import _progress
from ..errors import InputError, NewsgraphError, OutputError
from ..model import Analysis
from ..pipeline import Options


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse articles (files, directories, globs, - for stdin)",
                       description="Analyse articles and print them in the analysis format or as a report.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article file, directory, glob, - for stdin, or an http(s) URL")
    from .watch import add_fetch_options
    add_fetch_options(p)  # for URL arguments
    p.add_argument("--format", "-f", choices=report.FORMATS, default=None,
                   help="json (default when writing files), jsonl, md (default on a terminal) or html")
    p.add_argument("-o", "--output", metavar="FILE_OR_DIR",
                   help="write here (- for standard output); a directory (existing, ending in /, or a new name "
                        "without suffix for several inputs) gets one <stem>.<format> per input. Never an input, "
                        "a device or a link; a file appears only when complete")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument("--actors", type=Path, metavar="FILE", help="YAML dictionary of actors that adds to or overrides the text")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table")
    p.add_argument("--time-limit", type=limits.seconds_arg, default=limits.DEFAULT_SECONDS, metavar="SECONDS",
                   help=f"per-article budget: an analysis running longer is reported as too slow and skipped "
                        f"(default {limits.DEFAULT_SECONDS:g}; 0 for none)")
    parallel.add_options(p)
    p.set_defaults(handler=run)


class _Writer:
    """Where analyses go: stdout, one file, or one file per input in a directory.

    Every file is written through `newsgraph.output`: never onto an input, a device, a FIFO or a
    link, and renamed into place only when complete (a failed run leaves no truncated file).
    """

    def __init__(self, target: str | None, fmt: str, many: bool, inputs: set[tuple[int, int]]) -> None:
        self.fmt = fmt
        self.output = None if target in (None, output.STDOUT) else target
        self.inputs = inputs
        self.collected: list[Analysis] = []
        self.used: set[str] = set()
        self._stack = contextlib.ExitStack()
        self._fh = None
        self.to_dir = False
        if self.output is None:
            return
        out = self.output
        if out.endswith(("/", os.sep)) or (os.path.isdir(out) and not os.path.islink(out)):
            self.to_dir = True
        elif many and not os.path.lexists(out) and not os.path.splitext(os.path.basename(out))[1]:
            self.to_dir = True  # `-o out` for several inputs: a new folder, as the help says
        elif many and fmt not in ("json", "jsonl"):
            raise OutputError(f"{out}: several inputs make several {fmt} reports, which cannot share one file; "
                              f"give a directory (e.g. -o {os.path.splitext(out)[0]}/), or use -f jsonl for one file")
        if self.to_dir:
            output.make_folder(out)
        else:
            output.check(out, inputs)

    def _name(self, analysis: Analysis) -> str:
        src = analysis.article.source_path or "stdin"
        base = os.path.basename(src.split("#", 1)[0]) if src != "-" else "stdin"
        for suffix in (".gz", ".html", ".htm", ".md", ".markdown", ".txt", ".json", ".jsonl", ".warc"):
            if base.lower().endswith(suffix):
                base = base[: -len(suffix)]
        if "#" in src:
            base += "-" + src.split("#", 1)[1]
        name, n = base, 2
        while name in self.used:
            name, n = f"{base}-{n}", n + 1
        self.used.add(name)
        return name + report.SUFFIX[self.fmt]

    def write(self, analysis: Analysis) -> None:
        if self.to_dir:
            path = os.path.join(self.output, self._name(analysis))
            text = report.render(analysis, self.fmt)
            with output.atomic(path, "w", self.inputs) as fh:
                fh.write(text)
        elif self.fmt == "json":
            self.collected.append(analysis)  # one object, or a list when there are several
        elif self.output:
            if self._fh is None:
                self._fh = self._stack.enter_context(output.atomic(self.output, "w", self.inputs))
            self._fh.write(report.render(analysis, self.fmt))
        else:
            sys.stdout.write(report.render(analysis, self.fmt))
            sys.stdout.flush()

    def close(self) -> None:
        """Finish: the single output file is renamed into place now (nothing when nothing was analysed)."""
        if self.to_dir:
            return
        if self.fmt != "json":
            self._stack.close()
            return
        if not self.collected and self.output:
            return
        import json

        docs = [a.to_json() for a in self.collected]
        text = json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
        if self.output:
            with output.atomic(self.output, "w", self.inputs) as fh:
                fh.write(text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    def abort(self) -> None:
        """The run ended early: drop the unfinished output file, keep what was there before."""
        self._stack.__exit__(RuntimeError, RuntimeError("aborted"), None)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if args.output or not sys.stdout.isatty() else "md")
    if any(p.startswith(("http://", "https://")) for p in args.paths):  # else the fetching code stays unimported
        from .watch import fetch_session
        fetch_session(args)  # how a URL among the paths is fetched (ingest.articles_from hands it to collect)
    names = list(ingest.expand(args.paths))
    many = len(names) > 1 or any(isinstance(n, str) and n.lower().endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz")) for n in names)
    writer = _Writer(args.output, fmt, many, output.identities(names))  # refuses an unsafe -o before any work
    try:
        failed, done = _analyze_all(args, names, writer)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    if not args.quiet and (failed or len(names) > 1):
        print(f"newsgraph: {done} analysed, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def check_user_files(options: Options) -> None:
    """Read --actors and --ratings once here, so a problem in them is one line naming the file
    (and line) before any article is analysed, in this process or in workers."""
    from .. import actors, source

    try:
        actors.load_dictionary(options.actors_file)
        source.load_ratings(options.ratings_file)
    except UnicodeDecodeError as e:  # the ratings reader leaves decoding to Python: name the file and line
        from ..errors import not_utf8

        raise not_utf8(options.ratings_file or options.actors_file, e) from None


def _analyze_all(args: argparse.Namespace, names: list, writer: _Writer) -> tuple[int, int]:
    options = Options(actors_file=args.actors, ratings_file=args.ratings, time_limit=args.time_limit)
    check_user_files(options)  # a bad --actors/--ratings is one message before any work, not one per article
    runner = parallel.make_runner(args.workers, args.cluster, options)
    failed = done = 0
    # the runner analyses the articles (here or in workers) and hands them back in input order
    with runner, _progress.progress("analysing", len(names) if len(names) > 1 else None, args.quiet or len(names) <= 1) as bar:
        for item, result in runner.map(parallel.with_ends(names, ingest.articles_from)):
            if isinstance(item, parallel.End):
                bar.update(1)
                continue
            if isinstance(item, InputError):
                failed += 1
                bar.write(f"newsgraph: skipped {item}", file=sys.stderr)
                continue
            try:
                if isinstance(result, BaseException):
                    raise result
                writer.write(result)
                done += 1
            except BrokenPipeError:
                raise  # the reader went away (`| head`): stop quietly, see cli.py
            except NewsgraphError as e:
                failed += 1
                bar.write(f"newsgraph: skipped {item.source_path}: {e}", file=sys.stderr)
            except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
                failed += 1
                if args.debug:
                    traceback.print_exc()
                bar.write(f"newsgraph: skipped {item.source_path}: internal error {type(e).__name__}: {e}", file=sys.stderr)
    return failed, done
