"""Bytes to text: UTF-8 first, then a declared charset, then detection; binary refused.

Order matters: a file that is UTF-8 with a few broken bytes is read as UTF-8 (the bad bytes
become U+FFFD) rather than re-guessed as a single-byte encoding, and among single-byte guesses
Windows-1252 wins near-ties, as browsers do (WHATWG reads "latin-1" labels as windows-1252).
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_TEXT_CONTROL = {9, 10, 12, 13, 27}
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9_.:\-]{2,40})""", re.I)
# Valid multi-byte UTF-8 sequences: their presence says the file was meant as UTF-8.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NEAR_TIE = 0.1  # charset-normalizer "chaos" within which cp1252 is preferred


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROL)
    return controls > len(sample) * 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML head declares, when Python knows it."""
    m = _DECLARED.search(data[:8192])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _mostly_utf8(data: bytes) -> bool:
    broken = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    return len(_UTF8_MULTI.findall(data)) >= 2 * broken > 0


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
    declared = declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode("cp1252" if declared in ("latin-1", "iso8859-1", "ascii") else declared)
        except UnicodeDecodeError:
            pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(name, "text encoding not recognised; convert the file to UTF-8")
    best = matches[0]
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos + _NEAR_TIE:
            return str(m)
    return str(best)
