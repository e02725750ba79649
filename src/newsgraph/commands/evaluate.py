"""`newsgraph eval`: score newsgraph on the gold sets in ../shared/eval, against floors.

The suites are gold-set code and live in the repository's top-level `evaluation/` package, not in
the installed product; this command finds that package from a source checkout (the current folder
or one above it, or the checkout an editable install points to) and says so when there is none.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path
from types import ModuleType

from ..errors import ConfigError


def register(sub) -> None:
    p = sub.add_parser("eval", help="score newsgraph on the gold sets in ../shared/eval (from a source checkout)",
                       description="Run the evaluation suites and print one table; exit 1 when a figure is below its floor.")
    p.add_argument("suites", nargs="*", metavar="SUITE", help="suites to run (default: all)")
    p.add_argument("--list", action="store_true", help="list the suites and exit")
    p.add_argument("--limit", type=int, metavar="N", help="score only the first N items of each set (quick look; floors not checked)")
    p.add_argument("--raise-floors", action="store_true", help="raise each floor to the value measured now (floors never go down)")
    p.add_argument("--shared", metavar="DIR", help="the shared folder (default: $NEWSGRAPH_SHARED or ../shared)")
    p.set_defaults(handler=run)


def _checkout_candidates() -> list[Path]:
    here = Path(__file__).resolve()
    return [Path.cwd(), *Path.cwd().parents, *here.parents]


def load_evaluation() -> ModuleType:
    """The repository's `evaluation` package, or a ConfigError saying where to run from."""
    for folder in _checkout_candidates():
        if (folder / "evaluation" / "__init__.py").is_file() and (folder / "pyproject.toml").is_file():
            if str(folder) not in sys.path:
                sys.path.insert(0, str(folder))
            return importlib.import_module("evaluation")
    raise ConfigError("`newsgraph eval` runs from a source checkout of newsgraph (it needs the repository's "
                      "evaluation/ folder and ../shared beside it): cd into the checkout, or run `make eval` there")


def run(args: argparse.Namespace) -> int:
    evaluation = load_evaluation()
    all_suites = evaluation.suites()
    if args.list:
        for s in all_suites:
            print(f"{s.name:22s} {s.description}" + ("" if s.default else " [run by name only]"))
        return 0
    unknown = set(args.suites) - {s.name for s in all_suites}
    if unknown:
        raise ConfigError(f"unknown suite(s) {', '.join(sorted(unknown))}; `newsgraph eval --list` shows them")
    shared = Path(args.shared) if args.shared else evaluation.shared_dir()
    if shared is None or not (shared / "eval").is_dir():
        raise ConfigError("no shared/eval folder found: put `shared` beside the repository or pass --shared DIR")
    ctx = evaluation.EvalContext(shared=shared, limit=args.limit)
    chosen = [s for s in all_suites if s.name in args.suites or (not args.suites and s.default)]
    rows = []
    shortfalls = []
    for suite in chosen:
        missing = [n for n in suite.needs if not ctx.eval_path(n).exists()]
        if missing:
            rows.append((suite.name, "(skipped)", f"missing {', '.join(missing)}", "", "", ""))
            continue
        t0 = time.perf_counter()
        figures = suite.run(ctx)
        took = time.perf_counter() - t0
        floors = evaluation.load_floors(suite.name)
        if args.raise_floors and not args.limit:
            floors = evaluation.raise_floors(suite.name, figures)
        below = [] if args.limit else evaluation.below_floor(suite.name, figures, floors)
        shortfalls += below
        failed = {b.figure for b in below}
        for f in figures:
            floor = floors.get(f.name) if f.gated else None
            status = "" if floor is None or args.limit else ("BELOW FLOOR" if f.name in failed else "ok")
            base = f"{f.baseline:.3f} ({f.baseline_name})" if f.baseline is not None else ""
            rows.append((suite.name, f.name, f"{f.value:.3f}", base, f"{floor:.3f}" if floor is not None else "", status))
        reported = {f.name for f in figures}
        rows += [(suite.name, b.figure, "missing", "", f"{b.floor:.3f}", "BELOW FLOOR") for b in below
                 if b.figure not in reported]
        print(f"  {suite.name}: {len(figures)} figures in {took:.0f}s", file=sys.stderr)
    widths = [max(len(str(r[i])) for r in rows + [_HEAD]) for i in range(6)]
    for r in [_HEAD] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    if shortfalls:
        print(f"{len(shortfalls)} figure(s) below floor", file=sys.stderr)
        return 1
    return 0


_HEAD = ("suite", "figure", "newsgraph", "baseline (same run)", "floor", "status")
