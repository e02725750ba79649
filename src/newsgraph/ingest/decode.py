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
_FEW_BROKEN = 8  # broken bytes a UTF-8 file (with at least one valid multi-byte character) may hold


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


def _utf8_evidence(data: bytes) -> tuple[int, int]:
    """(valid multi-byte UTF-8 sequences, bytes that are not UTF-8)."""
    broken = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    return len(_UTF8_MULTI.findall(data)), broken


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes: valid multi-byte sequences outnumber the broken bytes, or
    there are some and only a handful of broken bytes (a single-byte text almost never holds a
    valid UTF-8 pair such as "Ã©" by chance)."""
    multi, broken = _utf8_evidence(data)
    return broken > 0 and multi > 0 and (multi >= broken or broken <= _FEW_BROKEN)


def _single_byte(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's printable characters, what browsers read for both)
    when it decodes cleanly and reads as text: no C1 controls, letters where letters are expected."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    if not high:
        return text
    # accented letters, quotes, dashes, symbols and spaces of Western text
    plausible = sum(1 for c in high if c.isalpha() or c in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0"
                    "\u00a3\u00a9\u00ae\u00b0\u00ab\u00bb\u00b7\u2022\u00bd\u00bc\u00be\u00a7\u00b4\u2122")
    # Western text is mostly ASCII letters; Cyrillic or Greek read as cp1252 is mostly accented ones.
    letters = sum(1 for c in text if c.isalpha())
    return text if plausible >= 0.9 * len(high) and len(high) <= 0.3 * letters else None


def to_text(name: str, data: bytes) -> str:
    """The text of `data` (see `decode`, which also says when the decoding is a guess)."""
    return decode(name, data)[0]


def decode(name: str, data: bytes) -> tuple[str, str | None]:
    """(text, note): the note says when the decoding is unsure (bytes replaced, an encoding guessed)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise InputError(name, "declares UTF-16 but does not decode as UTF-16") from None
    if looks_binary(data):
        raise InputError(name, "binary file, not text (is it a PDF, image or archive?)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode("cp1252" if declared in ("latin-1", "iso8859-1", "ascii") else declared), None
        except UnicodeDecodeError:
            pass
    if _mostly_utf8(data):
        _, broken = _utf8_evidence(data)
        return (data.decode("utf-8", errors="replace"),
                f"encoding: UTF-8 with {broken} invalid byte{'s' if broken != 1 else ''} (shown as \ufffd); "
                "the text around them may be damaged")
    text = _single_byte(data)
    if text is not None:
        return text, None
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(name, "text encoding not recognised; convert the file to UTF-8")
    best = matches[0]
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos + _NEAR_TIE:
            best = m
            break
    return str(best), f"encoding: not UTF-8 and not declared; guessed {best.encoding} (the text may be misread)"
