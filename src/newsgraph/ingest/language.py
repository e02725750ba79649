"""Language of a body, offline: the share of very common function words of each language."""

from __future__ import annotations

import re

_STOPWORDS = {
    "en": "the of and to in is that for it was on with as by at are this from be have has not",
    "fr": "le la les de des et est une un du que dans pour pas sur qui au avec ce il",
    "de": "der die und das ist nicht mit den ein eine zu auf für sich von dem des im",
    "es": "el la los las de y que en un una es por con para del se no al su",
    "it": "il la di e che un una per non del della con sono nel alla gli le si",
    "pt": "o a os as de e que em um uma do da para com não por se no na",
    "nl": "de het een en van is dat op te in voor niet met zijn aan er",
    "ru": "и в не на что с по как это он она к из за то от",
    "tr": "ve bir bu da de ile için olarak çok daha ama gibi olan",
    "ar": "في من على إلى أن عن مع هذا التي الذي",
}
_WORDS = {lang: set(ws.split()) for lang, ws in _STOPWORDS.items()}
_TOKEN = re.compile(r"\w+", re.UNICODE)


def detect(text: str) -> str | None:
    """An ISO 639-1 code, or None when the text is too short or matches no list well."""
    tokens = [t.lower() for t in _TOKEN.findall(text[:20000])]
    if len(tokens) < 5:
        return None
    scores = {lang: sum(t in ws for t in tokens) / len(tokens) for lang, ws in _WORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 0.08 else None
