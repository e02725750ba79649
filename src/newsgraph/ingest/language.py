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
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or the model is unsure."""
    sample = text[:_SAMPLE]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    lang, confidence = _identifier().classify(sample)
    return lang if confidence >= MIN_CONFIDENCE else None
