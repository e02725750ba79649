"""Bytes to text: UTF-8 first, then the encoding charset-normalizer finds; binary refused."""

from __future__ import annotations

from ..errors import InputError

_TEXT_CONTROL = {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROL)
    return controls > len(sample) * 0.05


def to_text(name: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "declares UTF-16 but does not decode as UTF-16") from None
    if looks_binary(data):
        raise InputError(name, "binary file, not text (is it a PDF, image or archive?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "text encoding not recognised; convert the file to UTF-8")
    return str(best)
