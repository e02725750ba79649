"""`newsgraph analyze PATH...`: analyse articles and print or write the analyses."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from .. import ingest, report
from ..errors import InputError, NewsgraphError
from ..model import Analysis
from ..pipeline import Analyzer, Options


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse articles (files, directories, globs, - for stdin)",
                       description="Analyse articles and print them in the analysis format or as a report.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article file, directory, glob, - for stdin, or an http(s) URL")
    from .watch import add_fetch_options
    add_fetch_options(p)  # for URL arguments
    p.add_argument("--format", "-f", choices=report.FORMATS, default=None,
                   help="json (default when writing files), jsonl, md (default on a terminal) or html")
    p.add_argument("-o", "--output", metavar="FILE_OR_DIR",
                   help="write here; a directory (existing, ending in /, or for several inputs) gets one <stem>.<format> per input")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument("--actors", type=Path, metavar="FILE", help="YAML dictionary of actors that adds to or overrides the text")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table")
    p.set_defaults(handler=run)


def _progress(total: int | None, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=quiet or None, file=sys.stderr, leave=False)


class _Writer:
    """Where analyses go: stdout, one file, or one file per input in a directory."""

    def __init__(self, output: str | None, fmt: str, many: bool) -> None:
        self.fmt = fmt
        self.output = output
        self.to_dir = bool(output) and (output.endswith(("/", os.sep)) or os.path.isdir(output) or many)
        self.collected: list[Analysis] = []
        self.used: set[str] = set()
        if self.to_dir:
            os.makedirs(output, exist_ok=True)

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
            Path(path).write_text(report.render(analysis, self.fmt), encoding="utf-8")
        elif self.fmt == "json":
            self.collected.append(analysis)  # one object, or a list when there are several
        elif self.output:
            with open(self.output, "a", encoding="utf-8") as fh:
                fh.write(report.render(analysis, self.fmt))
        else:
            sys.stdout.write(report.render(analysis, self.fmt))
            sys.stdout.flush()

    def close(self) -> None:
        if self.to_dir or self.fmt != "json":
            return
        import json

        docs = [a.to_json() for a in self.collected]
        text = json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
        if self.output:
            Path(self.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if args.output or not sys.stdout.isatty() else "md")
    from .watch import fetch_session
    fetch_session(args)  # how a URL among the paths is fetched (ingest.articles_from hands it to collect)
    names = list(ingest.expand(args.paths))
    many = len(names) > 1 or any(isinstance(n, str) and n.lower().endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz")) for n in names)
    if args.output and not (many or args.output.endswith(("/", os.sep)) or os.path.isdir(args.output)):
        Path(args.output).unlink(missing_ok=True)  # a single output file is written afresh
    writer = _Writer(args.output, fmt, many)
    analyzer = Analyzer(Options(actors_file=args.actors, ratings_file=args.ratings))
    failed = done = 0
    with _progress(len(names) if len(names) > 1 else None, args.quiet or len(names) <= 1) as bar:
        for name in names:
            for item in ingest.articles_from(name):
                if isinstance(item, InputError):
                    failed += 1
                    bar.write(f"newsgraph: skipped {item}", file=sys.stderr)
                    continue
                try:
                    writer.write(analyzer.analyze(item))
                    done += 1
                except NewsgraphError as e:
                    failed += 1
                    bar.write(f"newsgraph: skipped {item.source_path}: {e}", file=sys.stderr)
                except Exception as e:  # noqa: BLE001 - one article's failure must not end the batch
                    failed += 1
                    if args.debug:
                        traceback.print_exc()
                    bar.write(f"newsgraph: skipped {item.source_path}: internal error {type(e).__name__}: {e}", file=sys.stderr)
            bar.update(1)
    writer.close()
    if not args.quiet and (failed or len(names) > 1):
        print(f"newsgraph: {done} analysed, {failed} failed", file=sys.stderr)
    return 1 if failed else 0
