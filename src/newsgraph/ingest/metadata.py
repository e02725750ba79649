"""Metadata helpers shared by the readers: dates, domains, the publisher named in a footer."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
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
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[": not a URL; the article still counts, without a domain
        return None
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


# -- Domains and publishers ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _tld():
    import tldextract

    # The public suffix list snapshot bundled with tldextract: never fetched (offline), never
    # cached to disk. Private suffixes count (each blogspot.com blog is its own site).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def registered_domain(value: str | None) -> str | None:
    """The domain a host or URL is registered under ("news.bbc.co.uk" -> "bbc.co.uk"), or the
    host itself when it has no public suffix (an IP address, "localhost"); None for nothing."""
    host = domain_of(value)
    if not host:
        return None
    parts = _tld()(host)
    found = parts.top_domain_under_public_suffix if hasattr(parts, "top_domain_under_public_suffix") \
        else parts.registered_domain
    return found or host


@lru_cache(maxsize=1)
def _hosts() -> dict[str, str]:
    from ..data import read_table

    return {row["host"].casefold(): row["publisher"] for row in read_table("publisher_hosts.tsv")}


def host_publisher(value: str | None) -> str | None:
    """The outlet a known host serves (hosted.ap.org -> Associated Press), else None."""
    host = domain_of(value)
    while host:
        if host in _hosts():
            return _hosts()[host]
        host = host.split(".", 1)[1] if "." in host else None
    return None


def publisher_of(sitename: str | None, url: str | None) -> str | None:
    """Who published a page: a known host's outlet first (a wire story served from a partner's
    host, whose site name is the partner or a label such as "Hosted"), else the page's site name."""
    return host_publisher(url) or (sitename or "").strip() or None


# A title's parts: "Headline | Section | Outlet", "Headline - Outlet", "Outlet: Headline".
_TITLE_PARTS = re.compile(r"\s+[|\-–—·:»]\s+|\s*\|\s*|::|:\s+")


def _squash(s: str | None) -> str:
    """Letters and digits only, case-folded, without a leading "the": "The Times of Israel" ->
    "timesofisrael"."""
    return re.sub(r"[\W_]+", "", re.sub(r"^\s*the\s+", "", s or "", flags=re.I)).casefold()


def names_domain(name: str | None, url: str | None) -> bool:
    """`name` spells the registered domain of `url`, with or without its suffix and spaces:
    "The Times of Israel" for timesofisrael.com, "Express.co.uk" for express.co.uk."""
    domain = registered_domain(url)
    squashed = _squash(name)
    if not domain or not squashed:
        return False
    label = domain.split(".", 1)[0]
    return squashed in {_squash(label), _squash(domain), _squash(domain.replace(".", ""))}


def spells_out(short: str, name: str) -> bool:
    """`name` is `short` written out: the same letters with spaces or capitals ("TheHill", "The
    Hill"; "pcgamer", "PC Gamer") or the words whose initials `short` is ("WSJ", "The Wall
    Street Journal")."""
    if short == name:
        return False
    words = [w for w in re.findall(r"\w+", re.sub(r"^\s*the\s+", "", name, flags=re.I)) if w[:1].isupper()]
    letters = [re.sub(r"[\W_]+", "", x).casefold() for x in (short, name)]
    spaced = len(name.split()) > len(short.split()) or short.islower()
    return (letters[0] == letters[1] and spaced) or (
        len(words) >= 2 and short.isupper() and _squash(short) == "".join(w[0] for w in words).casefold())


def _jsonld_publishers(tree) -> list[str]:
    """`publisher` names of the objects in application/ld+json scripts (nested @graph too; a
    reference by @id is the named object's name)."""
    objects = list(_jsonld_objects(tree))
    named = _named(objects)
    return [" ".join(n.split()) for obj in objects if obj.get("publisher")
            for n in _author_names(obj["publisher"], named) if n.strip()]


def _meta_content(tree, *names: str) -> list[str]:
    out = []
    for el in tree.xpath("//meta[@content]"):
        which = (el.get("property") or el.get("name") or "").strip().casefold()
        value = " ".join((el.get("content") or "").split())
        if which in names and value and "://" not in value and not value.startswith("@"):
            out.append(value)
    return out


def _title_outlet(tree, url: str | None) -> str | None:
    """The part of the page's <title> that spells its registered domain ("... | The Times of
    Israel" on timesofisrael.com), else None."""
    title = " ".join(" ".join(tree.xpath("//title//text()")[:1]).split())
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if names_domain(part, url):
            return part
    return None


def page_publisher(html: str, url: str | None, sitename: str | None = None) -> str | None:
    """Who published a page, as the page itself states it. In order: a known host's outlet
    (data/publisher_hosts.tsv: wire stories on partner hosts), the site's own name
    (og:site_name; the JSON-LD publisher or the <title> part below when it spells that name
    out, "The Wall Street Journal" for "WSJ", "PC Gamer" for "pcgamer"), the publisher of its
    JSON-LD objects, the <title> part that spells the registered domain ("The Times of Israel"
    on timesofisrael.com), the web-app name when it is written as a name (capitalised, not a
    slug), else `sitename` (trafilatura's: a Twitter handle or the host's first label).
    og:site_name comes before JSON-LD because a syndicated story's JSON-LD names the wire
    that wrote it ("Associated Press" on sfgate.com), while the site that publishes it names
    itself; the wire stays in the byline."""
    import lxml.html

    if known := host_publisher(url):
        return known
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return (sitename or "").strip() or None
    site, stated, outlet = _meta_content(tree, "og:site_name"), _jsonld_publishers(tree), _title_outlet(tree, url)
    if site:
        return next((n for n in (*stated[:1], outlet) if n and spells_out(site[0], n)), site[0])
    if stated:
        return stated[0]
    if outlet:
        return outlet
    for app in _meta_content(tree, "application-name", "apple-mobile-web-app-title"):
        if app[:1].isupper() and looks_like_name(app):
            return app
    return (sitename or "").strip() or None


# -- Authors ------------------------------------------------------------------------------------

# Lower-case words that belong inside a name: "Ahmed bin Mubarak", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset(
    "al el bin ibn bint abu abd de da das do dos du del della der den van von ten ter la le di y e "
    "of and & for to on in at st".split())


def looks_like_name(name: str) -> bool:
    """A person's or an outlet's name as bylines give it: capitalised words (particles aside),
    no sentence words. "Syrian defense ministries" is a phrase from a sentence, not a byline."""
    words = name.split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in name):
        return False
    for i, w in enumerate(words):
        bare = w.strip("().,'’\"-")
        if not bare:
            continue
        if i and bare.casefold() in _NAME_PARTICLES:
            continue
        if not (bare[0].isupper() or not bare[0].isalpha()):
            return False
    return True


_BYLINE_LABEL = re.compile(r"^\s*(?:by|written by|posted by|words by|reporting by|authors?|writer)\b:?\s", re.I)


def _in_sentence(name: str, body: str) -> bool:
    """`name` appears in the body's running text (not as a line of its own)."""
    low = body.casefold()
    key = name.casefold()
    at = low.find(key)
    while at >= 0:
        line_start = low.rfind("\n", 0, at) + 1
        line_end = low.find("\n", at)
        line = low[line_start: line_end if line_end >= 0 else len(low)]
        if line.strip() != key and not _BYLINE_LABEL.match(line):
            return True
        at = low.find(key, at + 1)
    return False


def byline_authors(authors: list[str], body: str, publisher: str | None = None) -> list[str]:
    """The names of `authors` (from page metadata) that are bylines, not words of the article.

    A phrase that does not read as a name ("Syrian defense ministries") is dropped when the body
    uses it in a sentence, and so is a list of names that the body uses as one phrase ("The
    Russian" and "Syrian defense ministries" from "the Russian and Syrian defense ministries
    accused ..."). The publisher's name after a person's is removed ("Eric Tucker Associated Press").
    """
    names = []
    for name in authors:
        if publisher:
            name = re.sub(rf"(?<=\S)[\s,]+(?:the\s+)?{re.escape(publisher)}(?:\s+staff)?$", "", name, flags=re.I).strip()
        if name and name not in names:
            names.append(name)
    if len(names) > 1 and any(_in_sentence(sep.join(names), body) for sep in (" and ", ", ", " & ")):
        return []
    names = [n for n in names if looks_like_name(n) or not _in_sentence(n, body)]
    people = [n for n in names if not any(t.fullmatch(n) for t in _job_titles())]
    return people or names


@lru_cache(maxsize=1)
def _job_titles() -> tuple[re.Pattern[str], ...]:
    """`title` rows of data/bylines.tsv: job titles listed as if they were authors."""
    from ..data import read_rows

    return tuple(re.compile(row[1], re.I) for row in read_rows("bylines.tsv") if row[0] == "title")


# -- Authors the page states where trafilatura found none ---------------------------------------

# <meta name|property> tags that name a page's author. twitter:creator counts only when it is a
# name, not an "@handle".
AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "twitter:creator")
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|WebPage|CreativeWork", re.I)
_LABEL = re.compile(r"^\s*(?:(?:posted|written|reported|words|reviewed)\s+)?by\b:?\s*", re.I)
# A role after the names: "Jo Bloggs - Chrome Security team", "Jo Bloggs | Reporter".
_ROLE = re.compile(r"\s+(?:-|–|—|\|)\s+.*$")
_NAME_SEP = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)
MAX_BYLINE_WORDS = 20  # a longer element is a paragraph or a bio, not a byline


def _author_names(value, named: dict[str, str] | None = None) -> list[str]:
    """Names in a JSON-LD `author` (or `publisher`) value: a string, an object's `name`, a list of
    them. A reference to another object ({"@id": ...} or the @id as a string) is that object's
    name when `named` (@id -> name) has it; a URL is never a name."""
    named = named or {}
    if isinstance(value, str):
        return [named[value]] if value in named else ([] if "://" in value else [value])
    if isinstance(value, dict):
        name = value.get("name")
        if not name and isinstance(value.get("@id"), str):
            name = named.get(value["@id"])
        return _author_names(name, named) if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _author_names(v, named)]
    return []


def _named(objects: list[dict]) -> dict[str, str]:
    """@id -> name of the JSON-LD objects that have both (the Person and Organization nodes of a
    @graph that articles refer to by id)."""
    return {o["@id"]: o["name"] for o in objects
            if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str) and o["name"].strip()}


def _is_article(obj: dict) -> bool:
    kind = obj.get("@type")
    kind = " ".join(str(k) for k in kind) if isinstance(kind, list) else str(kind or "")
    return bool(_ARTICLE_TYPES.search(kind))


def _jsonld_authors(tree) -> list[str]:
    """`author` of the article objects in application/ld+json scripts (in @graph and
    mainEntity too)."""
    objects = list(_jsonld_objects(tree))
    named = _named(objects)
    return [n for obj in objects if _is_article(obj) for n in _author_names(obj.get("author"), named)]


def _jsonld_objects(tree):
    """Every object of the page's application/ld+json scripts, those of @graph lists and
    mainEntity too."""
    import json

    def objects(data):
        if isinstance(data, list):
            for d in data:
                yield from objects(d)
        elif isinstance(data, dict):
            yield data
            yield from objects(data.get("@graph") or [])
            yield from objects(data.get("mainEntity") or [])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        yield from objects(data)


# A script that assigns the page's state: "window.__INITIAL_STATE__ = {...};".
_STATE_ASSIGN = re.compile(r"^\s*(?:(?:var|let|const)\s+)?(?:(?:window|self|globalThis)\.)?[\w$.]+\s*=\s*(?=[{\[])")
MAX_STATE_CHARS = 5_000_000  # a larger script is not parsed
MAX_STATE_DEPTH = 40


def _state_authors(tree) -> list[str]:
    """`author` of the first schema.org article object (an "@type" such as NewsArticle) inside
    the page's JavaScript state: JSON scripts (Next.js `__NEXT_DATA__`, application/json) and
    scripts that assign one JSON object to a variable. Pages that render with JavaScript keep
    their structured data there instead of in JSON-LD; the first such object is the page's own
    article, later ones are related stories."""
    import json

    def first_article(data, depth=0):
        if depth > MAX_STATE_DEPTH:
            return None
        if isinstance(data, dict):
            if _is_article(data) and data.get("author"):
                return data
            values = data.values()
        elif isinstance(data, list):
            values = data
        else:
            return None
        for v in values:
            if isinstance(v, (dict, list)) and (found := first_article(v, depth + 1)) is not None:
                return found
        return None

    decoder = json.JSONDecoder(strict=False)
    for script in tree.xpath("//script"):
        kind = (script.get("type") or "").strip().casefold()
        text = script.text or ""
        if "ld+json" in kind or len(text) > MAX_STATE_CHARS or '"@type"' not in text:
            continue
        if kind.endswith("json"):
            start = len(text) - len(text.lstrip())
        elif kind in ("", "text/javascript", "application/javascript", "module") and (m := _STATE_ASSIGN.match(text)):
            start = m.end()
        else:
            continue
        try:
            data, _ = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            continue
        if (article := first_article(data)) is not None:
            return _author_names(article.get("author"))
    return []


def _meta_authors(tree) -> list[str]:
    out = []
    for el in tree.xpath("//meta[@content]"):
        which = (el.get("name") or el.get("property") or "").strip().casefold()
        value = (el.get("content") or "").strip()
        if which not in AUTHOR_META or not value or "://" in value or value.startswith("@"):
            continue
        out.append(value)
    return out


def _byline_names(text: str) -> list[str]:
    """The names a byline element's text gives: label and trailing role removed, split at
    commas and "and"; nothing when any part does not read as a name."""
    text = " ".join(text.split())
    if not text or len(text.split()) > MAX_BYLINE_WORDS:
        return []
    text = _ROLE.sub("", _LABEL.sub("", text)).strip()
    parts = [p.strip() for p in _NAME_SEP.split(text) if p.strip()]
    if not parts or any(len(p.split()) > 5 or not looks_like_name(p) for p in parts):
        return []
    return parts


def _element_authors(tree, keep) -> list[str]:
    """Names in the page's first byline element: a rel=author link, an itemprop=author element, or
    an element whose class or test id says byline (a byline with links gives the links' texts),
    with the links beside it ("By <a>A</a> and <a>B</a>"). Later ones (related posts, comments)
    are not the article's."""
    found = []
    for el in tree.xpath('//*[@rel="author" or @itemprop="author" or contains(@class, "byline")'
                         ' or contains(@data-testid, "byline")]'):
        if in_comments(el):
            continue
        if el.get("itemprop") == "author":
            texts = [n.get("content") or n.text_content() for n in el.xpath('.//*[@itemprop="name"]')] \
                or [el.text_content()]
        else:
            texts = [a.text_content() for a in el.xpath(".//a") if a.text_content().strip()] \
                or [el.text_content()]
        names = [n for t in texts for n in _byline_names(t) if keep(n)]
        if names:
            found.append((el, names))
    if not found:
        return []
    first, names = found[0]
    for el, more in found[1:]:
        if el.getparent() is first.getparent() or first in el.iterancestors():
            names += more
    return names


# "Posted by Konstantin @ 12:00 am", "Written by Regan", "Posted by A. B. Smith on 19 November, 6:21":
# a short element that says who posted the page, in words rather than in a byline class.
_POSTED_BY = re.compile(r"^\s*(?:posted|written|published|words|reported|story)\s+by\s+(?P<names>.+)$", re.I)
_POSTED_TAIL = re.compile(r"\s+(?:@|on|at|in)\s+.*$|\s*[|,·•]\s*.*$", re.I)
MAX_POSTED_WORDS = 12


def _posted_by_authors(tree, keep) -> list[str]:
    """Names in the page's first short element (a line of at most MAX_POSTED_WORDS words) that reads
    "Posted by NAME" or "Written by NAME", with what follows the name (a date, a time, a role
    after a comma) cut off; never one inside a comment section."""
    for el in tree.iter("p", "span", "div", "li", "small", "em", "strong", "address", "footer", "header"):
        text = " ".join(el.text_content().split())
        if not text or len(text.split()) > MAX_POSTED_WORDS or not (m := _POSTED_BY.match(text)):
            continue
        if in_comments(el):
            continue
        names = [n for n in _byline_names(_POSTED_TAIL.sub("", m["names"])) if keep(n)]
        if names:
            return names
    return []


def page_authors(html: str, *, sitename: str | None = None, domain: str | None = None) -> list[str]:
    """Authors the page states in its byline elements, else its JSON-LD, else its meta tags, else a
    "Posted by" line, else its JavaScript state, in page order without repeats and without the
    site's own name; [] when none. Never read from the article's sentences."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []

    def keep(name: str) -> bool:
        return not names_the_site([name], sitename, domain)

    for source in (lambda t: _element_authors(t, keep), _jsonld_authors, _meta_authors,
                   lambda t: _posted_by_authors(t, keep), _state_authors):
        found: list[str] = []
        for name in source(tree):
            name = " ".join(name.split())
            if name and keep(name) and name.casefold() not in {f.casefold() for f in found}:
                found.append(name)
        if found:
            return found
    return []


def names_the_site(authors: list[str], sitename: str | None, domain: str | None) -> bool:
    """Every author is the site's own name or its domain's ("Google" on googleblog.com): an
    organisation filled in as author, not a byline."""
    def compact(s: str | None) -> str:
        return re.sub(r"[\W_]+", "", s or "").casefold()

    site = {k for k in (compact(sitename), compact(domain)) if k}
    return bool(authors) and bool(site) and all(
        (c := compact(a)) and any(c in k for k in site) for a in authors)


# A class or id token of a comment section ("comment-author-link", "recentcomments", "respond");
# not the page-wide state classes ("comments-open") that wrap the article too.
_COMMENTS = re.compile(r"comment|respond|repl(?:y|ies)", re.I)
_NOT_SECTION = re.compile(r"open|closed|enabled|disabled|count|number", re.I)
_PAGE_TAGS = frozenset("html body main article".split())


def in_comments(el) -> bool:
    """`el` sits inside a comment section."""
    for a in (el, *el.iterancestors()):
        if not isinstance(a.tag, str) or a.tag in _PAGE_TAGS:
            continue
        tokens = f"{a.get('class') or ''} {a.get('id') or ''}".split()
        if any(_COMMENTS.search(t) and not _NOT_SECTION.search(t) for t in tokens):
            return True
    return False


def only_in_comments(name: str, html: str) -> bool:
    """`name` appears on the page only inside comment sections (an element whose class or id says
    comment, reply or respond, "Recent Comments" lists included): a commenter, not the author."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    key = name.casefold()
    seen = False
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        texts = [el.text or "", el.get("content") or "", el.get("title") or ""]
        if not any(key in t.casefold() for t in texts):
            continue
        if not in_comments(el):
            return False
        seen = True
    return seen
