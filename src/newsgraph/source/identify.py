"""Which outlet published an article: from its URL, its metadata, or its footer."""

from __future__ import annotations

import re

from ..model import Article, Reliability, Source
from .ratings import RatingsTable, norm_domain

# "The original source of this article is X", "Copyright © Author, X, 2020", "www.x.org": footers
# name the outlet even when a page is read without its URL.
_ORIGINAL = re.compile(r"original source of this article is (?P<name>[^.\n]{2,80}?)\.?\s*$", re.I | re.M)
_SITE = re.compile(r"\b(?:https?://)?(?:www\.)?(?P<d>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.I)
_EMAIL_AT = re.compile(r"@(?P<d>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.I)


def _footer_domains(boilerplate: list[str]) -> list[str]:
    """Domains named in the footer, most often named first."""
    counts: dict[str, int] = {}
    for para in boilerplate:
        for m in list(_SITE.finditer(para)) + list(_EMAIL_AT.finditer(para)):
            d = norm_domain(m["d"])
            if d and not re.fullmatch(r"[\d.]+", d):
                counts[d] = counts.get(d, 0) + 1
    return sorted(counts, key=lambda d: -counts[d])


def identify(article: Article, ratings: RatingsTable | None) -> Source:
    table = ratings or RatingsTable()
    url_domain = norm_domain(article.url) if article.url else None
    footer_names = [m["name"].strip() for p in article.boilerplate for m in _ORIGINAL.finditer(p)]
    # Evidence in order of trust: the URL the page was fetched from, the page's own metadata, the footer.
    candidates: list[tuple[str, str | None, str | None]] = []  # (rule, name, domain)
    if url_domain:
        candidates.append(("url", article.publisher, url_domain))
    if article.domain and article.domain != url_domain:
        candidates.append(("metadata", article.publisher, norm_domain(article.domain)))
    if article.publisher:
        candidates.append(("metadata", article.publisher, None))
    # A footer is read only when the page says nothing else: "originally published at www.rt.com" on
    # a blog with its own name is the blog's article, not RT's.
    if not candidates:
        for name in footer_names:
            candidates.append(("footer", name, None))
        for d in _footer_domains(article.boilerplate):
            candidates.append(("footer", None, d))

    for rule, name, domain in candidates:
        match = table.find_domain(domain) if domain else None
        if match is None and name:
            match = table.find_name(name)
        if match is not None:
            rating = match.rating
            return Source(name=article.publisher or rating.name or name,
                          domain=domain or rating.domain or norm_domain(article.domain),
                          reliability=match.reliability(), rule=f"{rule}+ratings")

    name = article.publisher or (footer_names[0] if footer_names else None)
    domain = url_domain or norm_domain(article.domain)
    rule = "url" if url_domain else "metadata" if (article.publisher or article.domain) else \
        "footer" if name else None
    basis = ("not in the ratings table: unknown, not guessed (add it with --ratings FILE)"
             if name or domain else "outlet not identified")
    return Source(name=name, domain=domain, reliability=Reliability(label="unknown", basis=basis), rule=rule)
