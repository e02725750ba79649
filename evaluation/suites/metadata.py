"""HTML metadata (title, author, date) and body segments on trafilatura's evaluation set.

The English subset (159 pages in `trafilatura-eval/html-en`). A field is right when it equals
the gold value compared as `\\w+` tokens, case-folded (so punctuation, quote styles and
"A; B" versus "A/B" between names do not count); only pages whose gold gives the field are
scored ("and" between names counts as a separator). Dates must be the same day. Body: each gold `with` snippet found in the body is a true
positive, each `without` snippet found a false positive (trafilatura's own evaluation scheme).
trafilatura's own metadata (`extract_metadata`) and body (`extract`, defaults) are measured in
the same run.

Publisher: the gold `sitename` (given for 10 of the 159 pages, 1 of them in the tuning part)
against the page's publisher, compared like titles. Each field is also reported on the tuning and test parts of
evaluation/split.py (item id: the page's URL, the gold set's key); rules are written from the
tuning part only.

Publisher, MBFC outlet name: ten pages are too few to judge a rule, so the publisher is also
scored against the outlet names Media Bias/Fact Check gives, as News-Media-Reliability (Baly et
al.) lists them: each row pairs an outlet's URL (`source_url`) with its MBFC page (`ref`), whose
last path part names the outlet ("http://mediabiasfactcheck.com/wall-street-journal/"). A page of
the Zyte article-extraction benchmark or of trafilatura-eval's English subset is scored when its
host (without "www.") equals a listed outlet's host and its path starts with the outlet's path
(the longest such path wins; either corpus, emnlp18 or acl2020, may list it). The publisher is
right when its word tokens, case-folded and joined by "-", equal that name; a leading "the" on
either side and MBFC's numbered duplicates ("usa-today-2") do not count. The names are MBFC's,
not the sites' own ("rt-news" for RT, "st-paul-pioneer-press" for twincities.com), so no
reader reaches 1.0; trafilatura's site name is scored the same way. Item id for the split: the
page's URL (the benchmark's `url`, trafilatura-eval's key).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsgraph.errors import InputError
from newsgraph.ingest import decode
from newsgraph.ingest import html as html_reader
from .. import EvalContext, Figure, Suite, split

FIELDS = ("title", "author", "date", "publisher")
_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class Extracted:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO day
    body: str = ""
    publisher: str | None = None


@dataclass(slots=True)
class Tally:
    right: int = 0
    scored: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.scored if self.scored else float("nan")


@dataclass(slots=True)
class SegmentTally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def key(value, *, names: bool = False) -> str:
    """Comparison form of a title or names: word tokens, case-folded, NFKC. For names, "and"
    between them is a separator like ";" or ",", so it is dropped too."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", value or "").casefold())
    return " ".join(t for t in tokens if not (names and t == "and"))


def _space(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s or "").split())


def newsgraph_extract(page: str) -> Extracted:
    try:
        a = html_reader.parse(page, source_path="page")
    except InputError:
        return Extracted()
    return Extracted(a.title, list(a.authors), a.published.isoformat() if a.published else None, a.text,
                     a.publisher)


def trafilatura_extract(page: str) -> Extracted:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        meta = trafilatura.extract_metadata(page)
        body = trafilatura.extract(page, include_comments=False) or ""
    if meta is None:
        return Extracted(body=body)
    authors = [a for a in re.split(r"\s*;\s*", meta.author or "") if a]
    return Extracted(meta.title, authors, (meta.date or "")[:10] or None, body, meta.sitename)


def load_pages(ctx: EvalContext) -> list[tuple[dict, str]]:
    root = ctx.eval_path("trafilatura-eval")
    gold = json.loads((root / "evaldata_en_subset.json").read_text(encoding="utf-8"))
    items = list(gold.items())[: ctx.limit] if ctx.limit else list(gold.items())
    out = []
    for url, record in items:
        record = {**record, "url": url}
        path = root / "html-en" / f"{record['file']}.gz"
        if not path.exists():
            continue
        with gzip.open(path, "rb") as fh:
            data = fh.read()
        try:
            out.append((record, decode.to_text(str(path), data)))
        except InputError:
            continue
    return out


def _score(gold: dict, got: Extracted, tallies: dict[str, Tally], segments: SegmentTally) -> None:
    if gold.get("title"):
        tallies["title"].scored += 1
        tallies["title"].right += key(gold["title"]) == key(got.title)
    if gold.get("author"):
        tallies["author"].scored += 1
        tallies["author"].right += key(gold["author"], names=True) == key(got.authors, names=True)
    if gold.get("sitename"):
        tallies["publisher"].scored += 1
        tallies["publisher"].right += key(gold["sitename"]) == key(got.publisher)
    if gold.get("date"):
        tallies["date"].scored += 1
        tallies["date"].right += str(gold["date"])[:10] == (got.date or "")
    body = _space(got.body)
    for snippet in gold.get("with") or []:
        if _space(snippet) in body:
            segments.tp += 1
        else:
            segments.fn += 1
    for snippet in gold.get("without") or []:
        if _space(snippet) in body:
            segments.fp += 1
        else:
            segments.tn += 1


def _figures(results, name=lambda n: n) -> list[Figure]:
    ours = {f: Tally() for f in FIELDS}
    theirs = {f: Tally() for f in FIELDS}
    our_seg, their_seg = SegmentTally(), SegmentTally()
    for gold, mine, other in results:
        _score(gold, mine, ours, our_seg)
        _score(gold, other, theirs, their_seg)
    figures = [Figure(name(f"{f} accuracy"), ours[f].accuracy, "trafilatura", theirs[f].accuracy, n=ours[f].scored)
               for f in FIELDS if ours[f].scored]
    figures.append(Figure(name("body segment F1"), our_seg.f1, "trafilatura", their_seg.f1, n=len(results)))
    return figures


MBFC_CORPORA = ("emnlp18", "acl2020")
MBFC_FIGURE = "publisher accuracy, MBFC outlet name"


def _host_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url if "//" in url else "//" + url)
    return (parts.hostname or "").lower().removeprefix("www."), parts.path.rstrip("/")


def mbfc_outlets(ctx: EvalContext) -> list[tuple[str, str, str]]:
    """(host, path, MBFC name) for each News-Media-Reliability row, both corpora."""
    out = []
    for corpus in MBFC_CORPORA:
        with ctx.eval_path("news-media-reliability", corpus, "corpus.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                host, path = _host_path(row["source_url"].strip())
                name = row["ref"].strip().rstrip("/").rsplit("/", 1)[-1]
                if host and name:
                    out.append((host, path, name))
    return out


def mbfc_names(url: str, outlets: list[tuple[str, str, str]]) -> set[str]:
    """MBFC's names for the outlet a page URL belongs to (module docstring), or an empty set."""
    host, path = _host_path(url)
    found = [(p, name) for h, p, name in outlets if h == host and (path + "/").startswith(p + "/")]
    if not found:
        return set()
    longest = max(len(p) for p, _ in found)
    return {name for p, name in found if len(p) == longest}


def slug(value: str | None) -> str:
    """Comparison form against an MBFC name: word tokens joined by "-", no leading "the", no
    trailing "-2" (MBFC's numbered duplicates)."""
    s = "-".join(key(value).split()) if value else ""
    return re.sub(r"-\d+$", "", s.removeprefix("the-"))


def mbfc_right(names: set[str], publisher: str | None) -> bool:
    return bool(publisher) and slug(publisher) in {slug(n.replace("-", " ")) for n in names}


def mbfc_pages(ctx: EvalContext, pages: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
    """({url, mbfc}, html) for the benchmark pages and trafilatura-eval `pages` whose outlet MBFC names."""
    outlets = mbfc_outlets(ctx)
    out = []
    root = ctx.eval_path("article-extraction-benchmark")
    bench = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    items = list(bench.items())[: ctx.limit] if ctx.limit else list(bench.items())
    for page_id, record in items:
        url = record.get("url") or ""
        if (names := mbfc_names(url, outlets)):
            with gzip.open(root / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as fh:
                out.append(({"url": url, "mbfc": names}, fh.read()))
    for record, page in pages:
        if (names := mbfc_names(record["url"], outlets)):
            out.append(({"url": record["url"], "mbfc": names}, page))
    return out


def _mbfc_figures(results, name=lambda n: n) -> list[Figure]:
    ours = sum(mbfc_right(g["mbfc"], mine.publisher) for g, mine, _ in results)
    theirs = sum(mbfc_right(g["mbfc"], other.publisher) for g, _, other in results)
    n = len(results)
    return [Figure(name(MBFC_FIGURE), ours / n if n else float("nan"), "trafilatura",
                   theirs / n if n else float("nan"), n=n)] if n else []


def run(ctx: EvalContext) -> list[Figure]:
    pages = load_pages(ctx)
    results = [(gold, newsgraph_extract(page), trafilatura_extract(page)) for gold, page in pages]
    figures = _figures(results)
    for which, chosen in split.split(results, lambda r: r[0]["url"]).items():
        figures += _figures(chosen, lambda n, w=which: split.label(n, w))
    done = {gold["url"]: (mine, other) for gold, mine, other in results}
    mbfc = []
    for gold, page in mbfc_pages(ctx, pages):
        mine, other = done.get(gold["url"]) or (newsgraph_extract(page), trafilatura_extract(page))
        mbfc.append((gold, mine, other))
    figures += _mbfc_figures(mbfc)
    for which, chosen in split.split(mbfc, lambda r: r[0]["url"]).items():
        figures += _mbfc_figures(chosen, lambda n, w=which: split.label(n, w))
    return figures


SUITE = Suite(
    name="metadata",
    description="HTML title/author/date/publisher accuracy and body segments on trafilatura-eval (English, 159 pages), "
                "publisher against MBFC outlet names on benchmark and trafilatura-eval pages, vs trafilatura",
    needs=("trafilatura-eval/evaldata_en_subset.json", "trafilatura-eval/html-en",
           "article-extraction-benchmark/ground-truth.json", "article-extraction-benchmark/html",
           "news-media-reliability/emnlp18/corpus.tsv", "news-media-reliability/acl2020/corpus.tsv"),
    run=run,
)
