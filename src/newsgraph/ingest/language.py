"""Language of a body, offline, with py3langid (langid.py's Naive Bayes model over byte n-grams,
97 languages, shipped with the package: no download, no network).

A guess is given only when the model is sure (`MIN_CONFIDENCE`, after py3langid's length
calibration) and the text has some words; otherwise None, which the pipeline reads as "probably
English, not known". A wrong non-English label would silence an English article, so the bar is high.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_WORDS = 5
MIN_CONFIDENCE = 0.5
_SAMPLE = 20000  # characters: more adds time, not accuracy
_WORD = re.compile(r"\w+", re.UNICODE)


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, decompressed in memory: its own loader goes through a temporary file,
    which fails on a full disk or under a file-size limit before any output is written.

    Decompressing costs about 0.4 CPU-s on every start, so the arrays are also kept uncompressed in
    the user cache (newsgraph._cache) and mapped from there: the same numbers, read lazily."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from .. import _cache

    try:
        k = _cache.key("py3langid", _cache.file_stamp(MODEL_DIR / MODEL_FILE), np.__version__)
    except OSError:
        k = None
    found = _cache.entry("langid", k) if k else None
    if found is not None:
        try:
            return _from_arrays(LanguageIdentifier, {n: np.load(found / f"{n}.npy", mmap_mode="r", allow_pickle=False)
                                                     for n in _ARRAYS})
        except (KeyError, ValueError, OSError, TypeError):  # a damaged entry: decompress as without a cache
            pass
    try:
        with lzma.open(MODEL_DIR / MODEL_FILE) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
            arrays = {n: data[n] for n in _ARRAYS}
            identifier = _from_arrays(LanguageIdentifier, arrays)
    except (KeyError, ValueError, OSError, lzma.LZMAError):  # another model layout: py3langid's own loader
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if k:
        _cache.store_dir("langid", k, lambda d: [np.save(d / f"{n}.npy", arrays[n], allow_pickle=False)
                                                 for n in _ARRAYS])
    return identifier


def _from_arrays(cls, data):
    from array import array

    import numpy as np

    def as_array(values):
        out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        out.frombytes(np.ascontiguousarray(values).tobytes())
        return out

    ptc, pc, classes = data["ptc"], np.array(data["pc"]), data["classes"].tolist()
    nextmove, row, feats = data["nextmove"], data["nextmove_row"], data["out_feat"]
    if ptc.ndim != 2 or ptc.shape[1] != len(classes) or pc.shape != (len(classes),) or len(row) != len(feats):
        raise ValueError("language model arrays do not fit together")
    # The large state table (39 MB) is read through a memoryview: Python ints, as from an array, no copy.
    moves = memoryview(nextmove) if isinstance(nextmove, np.memmap) and nextmove.flags.c_contiguous \
        else as_array(nextmove)
    return cls(ptc, pc, classes, moves, feats.tolist(), norm_probs=True, tk_row=as_array(row))


def detect(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or the model is unsure."""
    sample = text[:_SAMPLE]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    try:
        identifier = _identifier()
    except OSError:  # py3langid unpacks its model through a temporary file: a full disk must not lose the article
        return None
    lang, confidence = identifier.classify(sample)
    return lang if confidence >= MIN_CONFIDENCE else None
