"""/api: the corpus as JSON (and CSV), the queries of `newsgraph query`, and POST /api/analyze.

Lists take `limit` and `offset` and answer {"items": [...], "offset", "limit", "count", "next"};
`format=csv` gives the same rows as CSV, `download=true` makes either an attachment.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import astuple
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from ..corpus import queries as Q
from . import data
from .app import ApiError, query, record

router = APIRouter(prefix="/api", tags=["api"])

Id = Annotated[int, Path(ge=1, le=2**62)]
Text = Annotated[str | None, Query(max_length=500)]
Date = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY-MM-DD")]


class Paging:
    def __init__(self, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                 offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
                 format: Literal["json", "csv"] = "json", download: bool = False) -> None:
        self.limit, self.offset, self.format, self.download = limit, offset, format, download


def listing(request: Request, name: str, paging: Paging, fetch: Callable[[int], list], row_class) -> Response:
    """Run `fetch(n)` for enough rows to page, and answer JSON or CSV."""
    conn_rows = fetch(paging.offset + paging.limit + 1)
    rows = conn_rows[paging.offset:paging.offset + paging.limit]
    more = len(conn_rows) > paging.offset + paging.limit
    cols = Q.columns(row_class)
    items = [dict(zip(cols, astuple(r))) for r in rows]
    headers = {}
    if paging.download:
        headers["content-disposition"] = f'attachment; filename="{name}.{paging.format}"'
    if paging.format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(["" if v is None else v for v in astuple(r)] for r in rows)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    nxt = None
    if more:
        nxt = str(request.url.include_query_params(offset=paging.offset + paging.limit))
    return JSONResponse({"items": items, "offset": paging.offset, "limit": paging.limit, "count": len(items), "next": nxt},
                        headers=headers)


P = Annotated[Paging, Depends()]


@router.get("/stats", summary="Counts of everything in the corpus")
def stats(request: Request) -> dict:
    row = query(request, Q.stats)
    return dict(zip(Q.columns(Q.StatsRow), astuple(row)))


@router.get("/articles", summary="Articles, newest first (by publication, or by when they came in: order=ingested)")
def articles(request: Request, paging: P, outlet: Text = None, since: Annotated[str | None, Query(max_length=32)] = None,
             order: Annotated[str, Query(pattern="^(published|ingested)$")] = "published"):
    return listing(request, "articles", paging, lambda n: query(request, lambda c: data.articles(
        c, outlet=outlet, since=since or None, newest=order == "ingested", limit=n)), data.ArticleRow)


@router.get("/articles/{article_id}", summary="One stored article with its actors, statements, events, stances, signals")
def article(request: Request, article_id: Id) -> dict:
    return record(request, data.article, article_id, "article")


@router.get("/articles/{article_id}/analysis", summary="A fresh analysis of a stored article, in the analysis format")
def article_analysis(request: Request, article_id: Id) -> dict:
    from .pages import analyse_stored

    rec = record(request, data.article, article_id, "article")
    return analyse_stored(request, rec)[0].to_json()


@router.get("/actors", summary="Corpus actors (newsgraph query actors)")
def actors(request: Request, paging: P, name: Text = None, kind: Text = None):
    return listing(request, "actors", paging, lambda n: query(request, lambda c: Q.actors(c, name=name, kind=kind, limit=n)),
                   Q.ActorRow)


@router.get("/actors/{actor_id}", summary="One actor: aliases, articles, statements, events as source and target, stances")
def actor(request: Request, actor_id: Id) -> dict:
    return record(request, data.actor, actor_id, "actor")


@router.get("/events", summary="Corpus events (newsgraph query events)")
def events(request: Request, paging: P, actor: Text = None, type: Text = None, since: Date = None, until: Date = None,
           place: Text = None, outlet: Text = None, min_corroboration: Annotated[int, Query(ge=0, le=1_000_000)] = 0):
    return listing(request, "events", paging, lambda n: query(request, lambda c: Q.events(
        c, actor=actor, type=type, since=since, until=until, place=place, outlet=outlet,
        min_corroboration=min_corroboration, limit=n)), Q.EventRow)


@router.get("/events/{event_id}", summary="One corpus event with every report of it")
def event(request: Request, event_id: Id) -> dict:
    return record(request, data.event, event_id, "event")


@router.get("/statements", summary="Statements (newsgraph query statements)")
def statements(request: Request, paging: P, speaker: Text = None):
    return listing(request, "statements", paging,
                   lambda n: query(request, lambda c: Q.statements(c, speaker=speaker, limit=n)), Q.StatementRow)


@router.get("/statements/{statement_id}", summary="One statement with its article and offsets")
def statement(request: Request, statement_id: Id) -> dict:
    return record(request, data.statement, statement_id, "statement")


@router.get("/stances/{stance_id}", summary="One stance with its article")
def stance(request: Request, stance_id: Id) -> dict:
    return record(request, data.stance, stance_id, "stance")


@router.get("/stances", summary="Stances over time (newsgraph query stances)")
def stances(request: Request, paging: P, topic: Text = None, holder: Text = None):
    return listing(request, "stances", paging,
                   lambda n: query(request, lambda c: Q.stances(c, topic=topic, holder=holder, limit=n)), Q.StanceRow)


@router.get("/signals", summary="Framing signals")
def signals(request: Request, paging: P, article: Annotated[int | None, Query(ge=1, le=2**62)] = None, kind: Text = None):
    return listing(request, "signals", paging,
                   lambda n: query(request, lambda c: data.signals(c, article=article, kind=kind, limit=n)), data.SignalRow)


@router.get("/network", summary="Who acts on whom: edges weighted by corpus events (newsgraph query network)")
def network(request: Request, paging: P, actor: Text = None, type: Text = None,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1):
    return listing(request, "network", paging, lambda n: query(request, lambda c: data.network(
        c, actor=actor, type=type, min_weight=min_weight, limit=n)), Q.EdgeRow)


@router.get("/timeline", summary="Events in date order (newsgraph query timeline)")
def timeline(request: Request, paging: P, actor: Text = None, type: Text = None, place: Text = None,
             since: Date = None, until: Date = None):
    return listing(request, "timeline", paging, lambda n: query(request, lambda c: data.timeline(
        c, actor=actor, type=type, place=place, since=since, until=until, limit=n)), Q.TimelineRow)


@router.get("/search", summary="Full-text search of titles and bodies (FTS5 expression)")
def search(request: Request, paging: P, q: Annotated[str, Query(min_length=1, max_length=500)]):
    from ..errors import StoreError

    def fetch(n: int):
        try:
            return query(request, lambda c: Q.search(c, q, limit=n))
        except StoreError as e:  # the expression, not the corpus: SQLite's FTS5 parser said no
            if "no such table" in str(e) or "unable to open" in str(e):
                raise
            raise ApiError(400, f"bad search expression {q!r} ({e}); quote phrases, e.g. '\"rocket attack\"'", "bad_query") from None

    return listing(request, "search", paging, fetch, Q.SearchRow)


@router.get("/contradictions", summary="What reports disagree on (newsgraph query contradictions)")
def contradictions(request: Request, paging: P):
    return listing(request, "contradictions", paging,
                   lambda n: query(request, lambda c: Q.contradictions(c, limit=n)), Q.ContradictionRow)


@router.get("/review", summary="Actor merges to review (newsgraph query review)")
def review(request: Request, paging: P):
    return listing(request, "review", paging, lambda n: query(request, lambda c: Q.review(c, limit=n)), Q.ReviewRow)


@router.get("/ingested", summary="Articles by when they were ingested, newest first (newsgraph query articles)")
def ingested(request: Request, paging: P, since: Annotated[str | None, Query(max_length=32)] = None,
             until: Annotated[str | None, Query(max_length=32)] = None, outlet: Text = None):
    return listing(request, "ingested", paging, lambda n: query(request, lambda c: Q.articles(
        c, since=since, until=until, outlet=outlet, limit=n)), Q.ArticleRow)


@router.get("/fetches", summary="The fetch log of collected URLs (newsgraph query fetches)")
def fetches(request: Request, paging: P, since: Annotated[str | None, Query(max_length=32)] = None, outcome: Text = None):
    return listing(request, "fetches", paging, lambda n: query(request, lambda c: Q.fetches(
        c, since=since, outcome=outcome, limit=n)), Q.FetchRow)


@router.get("/failures", summary="Inputs that failed to ingest")
def failures(request: Request, paging: P):
    return listing(request, "failures", paging, lambda n: query(request, lambda c: Q.failures(c)[:n]), Q.FailureRow)


class ArticleIn(BaseModel):
    """An article as a JSON record (the same fields `newsgraph analyze` reads from JSON)."""

    title: str | None = Field(None, max_length=2000)
    text: str | None = Field(None, max_length=1_000_000, description="the body as plain text (or give html)")
    html: str | None = Field(None, max_length=4_000_000, description="the page's HTML; its text is extracted, never rendered")
    url: str | None = Field(None, max_length=4000)
    published: str | None = Field(None, max_length=100)
    publisher: str | None = Field(None, max_length=500)
    authors: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=50)
    language: str | None = Field(None, max_length=20)


@router.post("/analyze", summary="Analyse one article; optionally store it in the corpus",
             description="Returns the analysis in the analysis format (newsgraph/analysis/v1). With store=true the "
                         "article is added to the corpus; the `X-Newsgraph-Stored` header says new, duplicate or "
                         "near-duplicate and `Location` gives the stored article.")
def analyze(request: Request, article: ArticleIn, store: bool = False) -> JSONResponse:
    record = {k: v for k, v in article.model_dump().items() if v not in (None, "", [])}
    art = article_from_record(record, "api")
    analysis, stored = analyse_and_store(request, art, store)
    headers = {}
    if stored:
        headers = {"x-newsgraph-stored": stored[1], "location": f"/api/articles/{stored[0]}"}
    return JSONResponse(analysis.to_json(), headers=headers)


def article_from_record(record: dict, source: str):
    """records.to_article, with what the readers do not expect answered as a 422, not a crash."""
    from ..ingest import records

    try:
        return records.to_article(record, source)
    except UnicodeError:
        raise ApiError(422, "the article holds invalid Unicode (a lone surrogate escape such as \\udcff)",
                       "bad_article") from None
    except ValueError as e:  # the readers take broken URLs and lone surrogates; anything else left is a 422
        raise ApiError(422, f"the article record cannot be read: {e}", "bad_article") from None


def analyse_and_store(request: Request, art, store: bool):
    """The analysis of `art`, and (article id, new|duplicate|near-duplicate) when stored."""
    corpus = request.app.state.corpus
    analysis = corpus.analyze(art)
    if not store:
        return analysis, None
    from .. import corpus as corpus_mod
    from ..corpus import dedup

    with corpus.write_lock:
        # a request answers 503 after the busy timeout rather than wait out a long ingest
        conn = corpus_mod.connect(corpus.db, lock_patience_s=0)
        try:
            summary = corpus_mod.ingest(conn, [art], lambda _a: analysis, db=corpus.db, lock_patience_s=0)
            if summary.failed:
                raise ApiError(422, summary.failed[0].reason, "not_stored")
            row = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (dedup.content_hash(art.text),)).fetchone()
        finally:
            conn.close()
    how = "new" if summary.new else "near-duplicate" if summary.near_duplicate else "duplicate"
    return analysis, (int(row[0]), how)
