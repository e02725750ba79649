"""The exceptions newsgraph raises. Each message says what went wrong and what to do.

    NewsgraphError
    ├── InputError          one input cannot be read or holds no article (batch goes on)
    ├── ConfigError         a user file (--actors, --ratings, floors) is malformed
    ├── ModelError          the spaCy model is missing or the wrong version
    ├── StoreError          the corpus database cannot be opened or written
    │   └── StoreBusyError  another process held its write lock for longer than newsgraph waits
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


class StoreBusyError(StoreError):
    """The write lock stayed with another process: nothing of this write was kept, so trying
    again later is safe."""


class OutputError(NewsgraphError):
    pass


def not_utf8(path, e: UnicodeDecodeError) -> ConfigError:
    """A user file (--ratings, --actors) that is not UTF-8: the file, the line and what to do."""
    data = e.object if isinstance(e.object, bytes) else b""
    line = data[:e.start].count(b"\n") + 1
    return ConfigError(f"{path}, line {line}: not UTF-8 text (byte 0x{data[e.start]:02x}); save the file as UTF-8"
                       if data else f"{path}: not UTF-8 text; save the file as UTF-8")
