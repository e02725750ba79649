"""Evaluation on the gold sets in ../shared/eval, with floors that only go up.

This package lives beside `src/`, not inside the installed `newsgraph` package: the product wheel
carries no gold-set code. `newsgraph eval` imports it when run from a source checkout, and the
test suite imports it directly.

A suite is a module in `evaluation.suites` with `SUITE = Suite(...)`. It returns `Figure`s; a
figure may carry the baseline it is measured against in the same run. Floors live in
`floors/<suite>.json` at the repository root, one number per figure; `below_floor` is the one
check, used by `newsgraph eval` and by `tests/test_eval_floors.py` alike.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import os
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from newsgraph.errors import ConfigError
from . import suites as _suites_pkg  # imported before `def suites` below, which must shadow it


@dataclass(frozen=True, slots=True)
class Figure:
    name: str  # e.g. "body token F1"
    value: float
    baseline_name: str | None = None  # e.g. "trafilatura"
    baseline: float | None = None
    n: int | None = None  # items scored
    gated: bool = True  # False: reported only, no floor


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    description: str
    needs: tuple[str, ...]  # paths under shared/eval that must exist
    run: Callable[["EvalContext"], list[Figure]]
    default: bool = True  # False: slow; `newsgraph eval` runs it only when named


@dataclass(slots=True)
class EvalContext:
    shared: Path
    limit: int | None = None  # score only the first N items (quick runs)
    cache: dict = field(default_factory=dict)

    def eval_path(self, *parts: str) -> Path:
        return self.shared.joinpath("eval", *parts)


def rate(hits: int, total: int) -> float:
    """hits / total, or NaN when nothing was scored (NaN never passes a floor)."""
    return hits / total if total else float("nan")


def shared_dir() -> Path | None:
    """`$NEWSGRAPH_SHARED`, else `../shared` beside the repository (or the current directory)."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [repo_root().parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for c in candidates:
        if (c / "eval").is_dir():
            return c.resolve()
    return None


def repo_root() -> Path:
    """The checkout this package sits in (its parent folder)."""
    return Path(__file__).resolve().parent.parent


def floors_dir() -> Path:
    return repo_root() / "floors"


def suites() -> list[Suite]:
    pkg = _suites_pkg
    found = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if hasattr(mod, "SUITE"):
            found.append(mod.SUITE)
    return found


def load_floors(suite: str) -> dict[str, float]:
    path = floors_dir() / f"{suite}.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise ConfigError(f"[F001] {path} is not valid JSON ({e}); fix or delete it") from None
    return {k: float(v) for k, v in data.items()}


def raise_floors(suite: str, figures: list[Figure]) -> dict[str, float]:
    """Set each gated figure's floor to its value, rounded down; a floor never goes down."""
    floors = load_floors(suite)
    for f in figures:
        if f.gated and not math.isnan(f.value):
            new = math.floor(f.value * 1000) / 1000
            floors[f.name] = max(floors.get(f.name, 0.0), new)
    path = floors_dir() / f"{suite}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n", encoding="utf-8")
    return floors


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A gated figure under its floor (value NaN when the suite no longer reports it)."""

    suite: str
    figure: str
    value: float
    floor: float

    def __str__(self) -> str:
        return f"{self.suite}: {self.figure} {self.value:.3f} < floor {self.floor:.3f}"


def below_floor(suite: str, figures: list[Figure], floors: dict[str, float]) -> list[Shortfall]:
    """Every floor of `suite` not met by `figures`: a missing or NaN figure fails its floor too."""
    values = {f.name: f.value for f in figures if f.gated}
    out = []
    for name, floor in sorted(floors.items()):
        value = values.get(name, float("nan"))
        if math.isnan(value) or value + 1e-9 < floor:
            out.append(Shortfall(suite, name, value, floor))
    return out


def load_shared_script(shared: Path, name: str) -> ModuleType:
    """A scorer from shared/eval, imported where it lies (never copied into the repository)."""
    path = shared / "eval" / name
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py").replace("-", "_"), path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"[F002] cannot load the scorer {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
