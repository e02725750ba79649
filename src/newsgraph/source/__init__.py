"""Source stage: which outlet published the article, and how reliable it is rated."""

from __future__ import annotations

from ..model import Article, Source


def identify(article: Article, ratings=None) -> Source:
    return Source(name=article.publisher, domain=article.domain,
                  rule="metadata" if article.publisher or article.domain else None)


def load_ratings(path=None):
    """The shipped outlet ratings plus the user's (--ratings FILE). (To be built.)"""
    return None
