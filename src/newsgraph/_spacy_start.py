"""spaCy without its command line at import: a fifth of `newsgraph analyze one.md`'s start.

spaCy's `__init__` does `from .cli.info import info` only to offer `spacy.info()`, and importing
`spacy.cli` imports every spaCy command with typer, requests, weasel, httpx, jinja2 and more: about
360 modules and 0.17 CPU-s, nothing of which loading or running a pipeline uses.

`import_spacy()` (what `nlp.load()` imports spaCy with) puts a stand-in for `spacy.cli.info` in
`sys.modules` for the time of `import spacy` only. spaCy's `__init__` takes `info` from it, and in
that moment the stand-in leaves `sys.modules` again and gives the `spacy` module a `__getattr__`
for `cli`. So:

- `spacy.info(...)` works: it imports the real `spacy.cli.info` when called;
- `spacy.cli` and `import spacy.cli...` work as always, importing the real package when asked;
- nothing changes when spaCy was imported before, or when NEWSGRAPH_SPACY_CLI=1.
"""

from __future__ import annotations

import importlib
import os
import sys
import types

STAND_IN = "spacy.cli.info"


def import_spacy() -> types.ModuleType:
    """The `spacy` module; imported without spacy.cli when it is not imported yet."""
    if "spacy" in sys.modules or STAND_IN in sys.modules or os.environ.get("NEWSGRAPH_SPACY_CLI") == "1":
        import spacy

        return spacy
    stand_in = sys.modules[STAND_IN] = _StandIn(STAND_IN)
    try:
        import spacy
    finally:
        if sys.modules.get(STAND_IN) is stand_in:  # spaCy failed before taking `info`
            del sys.modules[STAND_IN]
    return spacy


def info(*args, **kwargs):
    """`spacy.info`: spaCy's own, imported on first call."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def _spacy_getattr(name: str):
    """`spacy.cli` on first access (PEP 562): the real package."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # the import system asking (__path__ ...): a plain module
        if sys.modules.get(STAND_IN) is self:
            del sys.modules[STAND_IN]  # from here on the real spacy.cli imports as usual
        if name != "info":  # anything else: the real module's
            return getattr(importlib.import_module(STAND_IN), name)
        spacy = sys.modules.get("spacy")  # spaCy's __init__ taking `info`
        if spacy is not None and "__getattr__" not in spacy.__dict__:
            spacy.__getattr__ = _spacy_getattr
        return info
