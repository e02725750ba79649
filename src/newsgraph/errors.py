"""The exceptions newsgraph raises. Each message says what went wrong and what to do.

    NewsgraphError
    ├── InputError          one input cannot be read or holds no article (batch goes on)
    ├── ConfigError         a user file (--actors, --ratings, floors) is malformed
    ├── ModelError          the spaCy model is missing or the wrong version
    ├── StoreError          the corpus database cannot be opened or written
    └── OutputError         an output path is unsafe (an input, a device, a link) or cannot be written
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph reports to the user as one line."""


class InputError(NewsgraphError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(NewsgraphError):
    pass


class ModelError(NewsgraphError):
    pass


class StoreError(NewsgraphError):
    pass


class OutputError(NewsgraphError):
    pass
