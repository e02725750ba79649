"""Metadata helpers shared by the readers: dates, domains, the publisher named in a footer."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
DATE_IN_TEXT = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}) (?P<m1>{_MONTHS})\.?,? (?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTHS})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\b"
)


def _month(name: str) -> int:
    return dt.datetime.strptime(name[:3].title(), "%b").month


def parse_date(value: str | None) -> dt.date | None:
    """A date from an ISO string or an English date in text; None when there is none."""
    if not value:
        return None
    value = str(value).strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        m = DATE_IN_TEXT.search(value)
        if not m:
            return None
        if m["d1"]:
            return dt.date(int(m["y1"]), _month(m["m1"]), int(m["d1"]))
        return dt.date(int(m["y2"]), _month(m["m2"]), int(m["d2"]))
    except ValueError:  # 31 February and the like: no date rather than a wrong one
        return None


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host.lower().removeprefix("www.")


_SOURCE_LINE = re.compile(r"^the original source of this article is (?P<name>[^.\n]{2,80}?)\.?\s*$", re.I | re.M)
_COPYRIGHT_LINE = re.compile(r"copyright\s*(?:©|\(c\))?\s*(?P<rest>[^\n]{2,160})", re.I)
_SITE = re.compile(r"\b(?:https?://)?(?:www\.)(?P<domain>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)", re.I)


def publisher_from_footer(boilerplate: list[str]) -> tuple[str | None, str | None]:
    """(publisher name, domain) as a footer or disclaimer states them, when there is no URL."""
    name = domain = None
    text = "\n".join(boilerplate)
    m = _SOURCE_LINE.search(text)
    if m:
        name = m["name"].strip()
    else:
        c = _COPYRIGHT_LINE.search(text)
        if c:
            # "Copyright © Author, Publisher, 2020": the publisher is the part before the year.
            parts = [p.strip() for p in re.split(r",", c["rest"]) if p.strip()]
            parts = [p for p in parts if not re.fullmatch(r"\d{4}(?:\s*-\s*\d{4})?\.?", p)]
            if parts:
                name = parts[-1].rstrip(".")
    s = _SITE.search(text)
    if s:
        domain = s["domain"].lower()
    return name, domain
