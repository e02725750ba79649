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


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, decompressed in memory: its own loader goes through a temporary file,
    which fails on a full disk or under a file-size limit before any output is written."""
    import io
    import lzma
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    def as_array(values):
        out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        out.frombytes(np.ascontiguousarray(values).tobytes())
        return out

    try:
        with lzma.open(MODEL_DIR / MODEL_FILE) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
            return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), as_array(data["nextmove"]),
                                      data["out_feat"].tolist(), norm_probs=True,
                                      tk_row=as_array(data["nextmove_row"]))
    except (KeyError, ValueError, OSError, lzma.LZMAError):  # another model layout: py3langid's own loader
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
