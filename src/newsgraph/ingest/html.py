"""HTML pages: trafilatura for the body and the metadata, then newsgraph's own boilerplate rules.

The body is trafilatura's precision mode, with its recall mode as the fallback when precision
mode kept less than half of what recall mode finds (it sometimes drops the whole article). On
the Zyte article-extraction benchmark this beats trafilatura's defaults (`newsgraph eval
extraction` measures both in one run). The page's other visible blocks (menus, share prompts,
footers) go to `article.boilerplate`, so later stages can still read them.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from importlib import resources

from ..errors import InputError
from ..model import Article
from . import boilerplate, metadata

# Precision mode dropped the article when it kept less than this share of recall mode's text.
FALLBACK_RATIO = 0.5
# Block elements whose text, when it is not in the body, is reported as boilerplate.
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote",
           "figcaption", "caption", "button", "label", "summary", "address")
# Fewer words than this is a menu, a login form or a teaser, not an article.
MIN_BODY_WORDS = 15
_MAX_BOILERPLATE = 200  # blocks kept from one page: menus can run to thousands of links
_SPACE = re.compile(r"\s+")
_TITLE_SEP = re.compile(r"(\s+(?:\||-|–|—|::|·|»|/)\s+)")
_TITLE_SEP_END = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s*$")


def _extract(html: str, **mode) -> str:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.extract(html, include_comments=False, **mode) or ""


def body_text(html: str) -> str:
    """The article body as trafilatura finds it, precision first (see FALLBACK_RATIO)."""
    precise = _extract(html, favor_precision=True)
    broad = _extract(html, favor_recall=True)
    if len(precise) < FALLBACK_RATIO * len(broad):
        return broad
    return precise


def page_metadata(html: str):
    """trafilatura's metadata Document (title, author, date, sitename, url, tags), or None."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return trafilatura.extract_metadata(html)
        except Exception:  # noqa: BLE001 - a page whose metadata cannot be read still has a body
            return None


@lru_cache(maxsize=1)
def _byline_rules() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    text = resources.files("newsgraph.data").joinpath("bylines.tsv").read_text(encoding="utf-8")
    strip, drop = [], []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        action, pattern = line.split("\t", 1)
        if action == "strip":
            strip.append(re.compile(pattern, re.I))
        elif action == "drop":
            drop.append(re.compile(rf"(?:{pattern})", re.I))
    return strip, drop


def clean_authors(value: str | None, sitename: str | None = None) -> list[str]:
    """trafilatura's "A; B" author string to names, without labels, degrees or non-names."""
    if not value:
        return []
    strip, drop = _byline_rules()
    out: list[str] = []
    for name in re.split(r"\s*;\s*", value):
        for rule in strip:
            name = rule.sub("", name).strip()
        if sitename:
            name = re.sub(rf"[\s,]+{re.escape(sitename)}(?:\s+staff)?$", "", name, flags=re.I)
        if name and not any(rule.fullmatch(name) for rule in drop) and name not in out:
            out.append(name)
    return out


def _compact(s: str | None) -> str:
    return re.sub(r"[\W_]+", "", s or "").casefold()


def clean_title(title: str | None, sitename: str | None, domain: str | None) -> str | None:
    """The headline without the site's name that <title> tags append ("Headline | Site")."""
    if not title:
        return None
    title = _SPACE.sub(" ", title).strip()
    label = (domain or "").split(".")[0]
    names = {k for k in (_compact(sitename), _compact(label)) if len(k) >= 3}
    if sitename and len(sitename) < len(title) and title.casefold().endswith(sitename.casefold()):
        head = _TITLE_SEP_END.sub("", title[: -len(sitename)])
        if head != title[: -len(sitename)] and head.strip():
            return head.strip()
    parts = _TITLE_SEP.split(title)
    if len(parts) >= 3:  # [head, separator, ..., last]
        for edge, rest in ((parts[-1], "".join(parts[:-2])), (parts[0], "".join(parts[2:]))):
            c = _compact(edge)
            if c and any(c == k or (min(len(c), len(k)) >= 4 and (c in k or k in c)) for k in names):
                if len(rest.split()) >= 2:
                    return rest.strip()
    return title


def _as_list(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    # one meta keywords string often holds the whole comma-separated list
    return [part.strip() for v in value if v for part in str(v).split(",") if part.strip()]


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


def other_blocks(html: str, body: str) -> list[str]:
    """Visible text blocks of the page that are not in the body, in page order, deduplicated."""
    tree = boilerplate.visible_tree(html)
    if tree is None:
        return []
    in_body = _norm(body)
    seen: set[str] = set()
    out: list[str] = []
    for el in tree.iter(*_BLOCKS):
        if any(True for _ in el.iterdescendants(*_BLOCKS)):
            continue  # its innermost blocks are visited on their own
        text = _SPACE.sub(" ", el.text_content()).strip()
        key = text.casefold()
        if len(text.split()) < 2 or key in seen or key in in_body:
            continue
        seen.add(key)
        out.append(text)
        if len(out) >= _MAX_BOILERPLATE:
            break
    return out


MAX_DEPTH = 200  # libxml2 (under lxml and trafilatura) gives up past 255 nested elements
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# elements whose end tag may be left out: counting them as nesting would make flat pages look deep
_OPTIONAL_END = frozenset("p li option optgroup td th tr thead tbody tfoot dt dd colgroup rp rt html head body".split())
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|table|tbody|thead|tr|td|th|b|i|em|strong|a|ul|ol|li|"
                       r"blockquote|aside|main|figure|header|footer|nav)\b[^>]*>", re.I)
_KEEP = re.compile(r"</?(?!(?:html|head|body|title|meta|article|p|h[1-6]|br)\b)[a-zA-Z][^>]*>", re.I)


def nesting_depth(html: str) -> int:
    """The deepest nesting of elements, counted from the tags (closing tags may be missing)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m[2].lower() in _VOID or m[2].lower() in _OPTIONAL_END or m[3]:
            continue
        if m[1]:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten(html: str) -> str:
    """A page nested past what the parser reads: wrapper elements are dropped (their text kept),
    then, if it is still too deep, every element but the article's structure. Only a fallback:
    `parse` tries the page as it is first."""
    if nesting_depth(html) <= MAX_DEPTH:
        return html
    html = _WRAPPERS.sub(" ", html)
    if nesting_depth(html) <= MAX_DEPTH:
        return html
    return _KEEP.sub(" ", html)


def parse(raw: str, *, source_path: str | None = None, url: str | None = None) -> Article:
    """One HTML page to an Article; InputError when it holds no article text. `url`: where the
    page was fetched from (a WARC record's target, a JSON record's `url`), used when the page
    states no canonical URL of its own."""
    name = source_path or "input"
    try:
        text = body_text(raw)
        if len(text.split()) < MIN_BODY_WORDS and (flat := flatten(raw)) is not raw:
            raw, text = flat, body_text(flat)  # nested past the parser's 255 levels: read it flattened
    except Exception as e:  # noqa: BLE001 - trafilatura on a malformed page: that page is skipped
        raise InputError(name, f"HTML could not be parsed ({type(e).__name__})") from None
    if len(text.split()) < MIN_BODY_WORDS:
        found = f"only {len(text.split())} words of text" if text.strip() else "no main content"
        raise InputError(name, f"HTML holds no article ({found}; is it an index, login or error page?)")
    meta = page_metadata(raw)
    url = ((meta.url or None) if meta else None) or url
    title = clean_title(meta.title, meta.sitename, meta.hostname or metadata.domain_of(url)) if meta else None
    authors = clean_authors(meta.author, meta.sitename) if meta else []
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    removed_head: list[str] = []
    # trafilatura sometimes keeps the headline as the first line; it is the title, not body.
    if title and paragraphs and _norm(paragraphs[0]) == _norm(title):
        removed_head.append(paragraphs.pop(0))
    body, removed = boilerplate.split(paragraphs, authors)
    for at, quote in sorted(boilerplate.dropped_quotes(raw, body), key=lambda q: -q[0]):
        body.insert(at, quote)  # a quoted statement in the article is article text (boilerplate.py)
    body_str = "\n\n".join(body)
    rest = [b for b in other_blocks(raw, body_str) if _norm(b) != _norm(title or "")]
    removed_all = removed_head + removed + [b for b in rest if b not in removed]
    # Publisher: a known wire host first, never a subdomain label; authors: bylines only (metadata.py).
    publisher = metadata.page_publisher(raw, url or (meta.hostname if meta else None), meta.sitename if meta else None)
    authors = metadata.byline_authors(authors, body_str, publisher)
    # a name trafilatura took from the comments ("Recent Comments") is a commenter's
    authors = [a for a in authors if not metadata.only_in_comments(a, raw)]
    sitename = meta.sitename if meta else None
    site_host = metadata.domain_of(url) or (meta.hostname if meta else None)
    if not authors or metadata.names_the_site(authors, sitename, site_host):
        # trafilatura found no byline, or only the site's own name: the page's byline elements,
        # JSON-LD and author meta tags, cleaned the same way
        stated = clean_authors("; ".join(metadata.page_authors(raw, sitename=sitename, domain=site_host)), sitename)
        authors = metadata.byline_authors(stated, body_str, publisher) or authors
    domain = metadata.domain_of(url)
    if not publisher:
        publisher, footer_domain = metadata.publisher_from_footer(removed_all)
        domain = domain or footer_domain
    return Article(
        text=body_str,
        title=title,
        authors=authors,
        published=metadata.parse_date(meta.date) if meta else None,
        publisher=publisher,
        url=url,
        domain=domain,
        tags=_as_list(meta.categories) + _as_list(meta.tags) if meta else [],
        boilerplate=removed_all,
        source_path=source_path,
        input_format="html",
    )
