"""Server-rendered pages. Filters live in the URL (GET forms), so a view can be shared."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..corpus import queries as Q
from . import data, svg, view
from .app import ApiError, query, record
from .render import render

router = APIRouter(include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=2**62)]
Text = Annotated[str | None, Query(max_length=500)]
PAGE = 50


def page(template: str, **context) -> HTMLResponse:
    return HTMLResponse(render(template, layout="base.html", **context))


def _clean(params: dict) -> dict:
    return {k: v for k, v in params.items() if v not in (None, "", 0) or k == "offset" and v}


def pager(request: Request, api: str, params: dict, offset: int, rows: list, limit: int = PAGE) -> dict:
    """Links to the previous and next pages of this view, and to the API's CSV and JSON of it."""
    base = request.url.path
    more = len(rows) > offset + limit
    p = _clean(params)
    return {
        "offset": offset, "count": max(0, min(limit, len(rows) - offset)),
        "prev": f"{base}?{urlencode({**p, 'offset': max(0, offset - limit)})}" if offset else None,
        "next": f"{base}?{urlencode({**p, 'offset': offset + limit})}" if more else None,
        "csv": f"/api/{api}?{urlencode({**p, 'limit': 1000, 'format': 'csv', 'download': 'true'})}",
        "json": f"/api/{api}?{urlencode({**p, 'limit': 1000, 'format': 'json', 'download': 'true'})}",
    }


def rows_of(rows: list) -> list[dict]:
    return [dict(zip(Q.columns(type(r)), (getattr(r, c) for c in Q.columns(type(r))))) for r in rows]


@router.get("/favicon.ico")
def favicon():
    from fastapi.responses import Response

    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def index(request: Request):
    stats, recent = query(request, lambda c: (Q.stats(c), data.articles(c, limit=20)))
    return page("index.html", stats=rows_of([stats])[0], articles=rows_of(recent), db=request.app.state.settings.db.name)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, outlet: Text = None, since: Annotated[str | None, Query(max_length=32)] = None,
             order: Annotated[str, Query(pattern="^(published|ingested)$")] = "published",
             offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    rows = query(request, lambda c: data.articles(c, outlet=outlet, since=since or None, newest=order == "ingested",
                                                   limit=offset + PAGE + 1))
    return page("articles.html", rows=rows_of(rows[offset:offset + PAGE]), outlet=outlet or "", since=since or "",
                order=order, page=pager(request, "articles", {"outlet": outlet, "since": since, "order": order}, offset, rows))


def analyse_stored(request: Request, rec: dict):
    """A fresh analysis of a stored article's text (the corpus keeps offsets of statements, events and
    signals but not of every actor mention), its local actors linked to corpus actors, and a note when
    the fresh analysis disagrees with what was stored (another --actors file, another version)."""
    corpus = request.app.state.corpus
    cache = getattr(corpus, "views", None)
    if cache is None:
        cache = corpus.views = {}
    key = (rec["id"], hash(rec["text"]))
    if key not in cache:
        shell = data.as_analysis_shell(rec)
        if shell.article.language not in (None, "en"):
            analysis = shell
        else:
            from ..errors import NewsgraphError

            try:
                analysis = corpus.analyze(shell.article)
                analysis.notes = list(dict.fromkeys([*shell.notes, *analysis.notes]))
            except NewsgraphError as e:  # too slow, model missing: show the stored text, say why it is bare
                analysis = shell
                analysis.notes.append(f"the stored text could not be analysed again for highlighting: {e}")
        stored = {(a["local_id"], a["name"]): a["actor"] for a in rec["actors"]}
        links = {a.id: f"/actors/{stored[(a.id, a.name)]}" for a in analysis.actors if (a.id, a.name) in stored}
        reports = {(e["local_id"], e["type"]): e["event"] for e in rec["events"]}
        event_links = {e.id: f"/events/{reports[(e.id, e.type)]}" for e in analysis.events if (e.id, e.type) in reports}
        note = None
        if (len(analysis.statements), len(analysis.events)) != (len(rec["statements"]), len(rec["events"])):
            note = (f"highlights are from a fresh analysis of the stored text ({len(analysis.statements)} statements, "
                    f"{len(analysis.events)} events); the corpus stored {len(rec['statements'])} and {len(rec['events'])}")
        if len(cache) > 64:
            cache.pop(next(iter(cache)))
        cache[key] = (analysis, links, event_links, note)
    return cache[key]


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: Id):
    rec = record(request, data.article, article_id, "article")
    rel = query(request, lambda c: data.related(c, article_id))
    analysis, links, event_links, note = analyse_stored(request, rec)
    rel["fresh"] = note
    return page("article.html", view=view.build(analysis, links, event_links), related=rel)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, name: Text = None, kind: Text = None, offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    rows = query(request, lambda c: Q.actors(c, name=name, kind=kind, limit=offset + PAGE + 1))
    return page("actors.html", rows=rows_of(rows[offset:offset + PAGE]), name=name or "", kind=kind or "",
                page=pager(request, "actors", {"name": name, "kind": kind}, offset, rows))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: Id):
    rec = record(request, data.actor, actor_id, "actor")
    rec["role_list"] = actor_roles(request, rec)
    return page("actor.html", actor=rec)


def actor_roles(request: Request, rec: dict, articles: int = 3) -> list[str]:
    """Roles ("UN envoy for Yemen") are not stored in the corpus: read them from the fresh analyses
    of the actor's latest few articles (cached with the article views)."""
    roles: list[str] = []
    for a in rec["articles"][-articles:]:
        stored = query(request, lambda c: data.article(c, a["id"]))
        if stored is None:
            continue
        analysis, links, _, _ = analyse_stored(request, stored)
        for local in analysis.actors:
            if links.get(local.id) == f"/actors/{rec['id']}":
                roles.extend(r for r in local.roles if r not in roles)
    return roles


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: Id):
    rec = record(request, data.event, event_id, "event")
    return page("event.html", event=rec)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, actor: Text = None, type: Text = None, place: Text = None,
             since: Annotated[str | None, Query(max_length=10)] = None, until: Annotated[str | None, Query(max_length=10)] = None):
    filters = {"actor": actor, "type": type, "place": place, "since": since, "until": until}
    rows = query(request, lambda c: data.timeline(c, **filters, limit=2000))
    types = query(request, lambda c: [r[0] for r in c.execute("SELECT DISTINCT type FROM events ORDER BY type")])
    return page("timeline.html", chart=svg.timeline(rows), rows=rows_of(rows), f={k: v or "" for k, v in filters.items()},
                types=types, csv=f"/api/timeline?{urlencode({**_clean(filters), 'limit': 1000, 'format': 'csv', 'download': 'true'})}")


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, actor: Text = None, type: Text = None,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1):
    edges, ids, types = query(request, lambda c: (data.network(c, actor=actor, type=type, min_weight=min_weight, limit=300),
                                                   data.actor_ids_by_name(c),
                                                   [r[0] for r in c.execute("SELECT DISTINCT type FROM events ORDER BY type")]))
    return page("network.html", graph=svg.network(edges, ids), rows=rows_of(edges), types=types,
                f={"actor": actor or "", "type": type or "", "min_weight": min_weight}, ids=ids)


LISTS = {
    "contradictions": ("Contradictions", "Reports of one event that disagree (figures, negation), an actor that both agreed "
                       "to and rejected the same thing, opposite stances of one holder.", Q.ContradictionRow,
                       lambda c, n: Q.contradictions(c, limit=n)),
    "review": ("Actor merges to review", "Merges newsgraph was not sure of; fix them with an --actors dictionary.",
               Q.ReviewRow, lambda c, n: Q.review(c, limit=n)),
    "failures": ("Failed inputs", "Inputs that could not be read or stored, with the reason.", Q.FailureRow,
                 lambda c, n: Q.failures(c)[:n]),
}


def _list_page(request: Request, what: str, offset: int):
    heading, about, cls, fetch = LISTS[what]
    rows = query(request, lambda c: fetch(c, offset + PAGE + 1))
    return page("rows.html", heading=heading, about=about, cols=Q.columns(cls), rows=rows_of(rows[offset:offset + PAGE]),
                page=pager(request, what, {}, offset, rows))


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions(request: Request, offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    return _list_page(request, "contradictions", offset)


@router.get("/review", response_class=HTMLResponse)
def review(request: Request, offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    return _list_page(request, "review", offset)


@router.get("/failures", response_class=HTMLResponse)
def failures(request: Request, offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    return _list_page(request, "failures", offset)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
           offset: Annotated[int, Query(ge=0, le=100_000)] = 0):
    rows, error = [], None
    if q:
        try:
            rows = query(request, lambda c: Q.search(c, q, limit=offset + PAGE + 1))
        except Exception as e:  # noqa: BLE001 - a bad FTS expression is shown on the page
            from ..errors import StoreError

            if not isinstance(e, StoreError):
                raise
            error = str(e)
    return page("search.html", q=q or "", rows=rows_of(rows[offset:offset + PAGE]), error=error,
                page=pager(request, "search", {"q": q}, offset, rows) if q and not error else None)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return page("analyze.html", error=None, form={})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_post(request: Request):
    """A pasted text or HTML, or one uploaded file, analysed in memory (never written to disk);
    stored in the corpus when asked."""
    from ..errors import InputError
    from ..ingest import RawInput, parse
    from ..model import Article
    from .api import analyse_and_store, article_from_record

    limit = request.app.state.settings.max_body
    form = await request.form(max_files=1, max_fields=20, max_part_size=limit)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    try:
        if upload is not None and not isinstance(upload, str) and upload.filename:
            raw = await upload.read()
            name = "upload" + _suffix(upload.filename)
            found = [a for a in parse(RawInput(name, raw))]
            if not found:
                raise InputError("upload", "no article found")
            if isinstance(found[0], InputError):
                raise found[0]
            art: Article = found[0]
        else:
            record = {"title": fields.get("title"), "url": fields.get("url"), "published": fields.get("published"),
                      "publisher": fields.get("publisher")}
            body = fields.get("text", "")
            record["html" if fields.get("kind") == "html" else "text"] = body
            art = article_from_record({k: v for k, v in record.items() if v}, "pasted")
        analysis, stored = analyse_and_store(request, art, fields.get("store") == "on")
    except (InputError, ApiError) as e:
        msg = e.message if isinstance(e, ApiError) else str(e)
        return HTMLResponse(render("analyze.html", layout="base.html", error=msg, form=fields), status_code=422)
    if stored:
        return RedirectResponse(f"/articles/{stored[0]}", status_code=303)
    return page("article.html", view=view.build(analysis))


def _suffix(filename: str) -> str:
    """The upload's suffix only (its name is never used as a path)."""
    import os

    suffix = os.path.splitext(filename.replace("\\", "/").rsplit("/", 1)[-1])[1].lower()
    return suffix if suffix in (".md", ".markdown", ".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".gz") else ".txt"
