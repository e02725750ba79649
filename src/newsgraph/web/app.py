"""The FastAPI application of `newsgraph serve`.

Security, in one place (`Guard`, an ASGI middleware around everything):
- a token, when one is set (required beyond loopback): `Authorization: Bearer T`, or `?token=T`
  once (answered by a redirect to the same page without it, and an HttpOnly, SameSite=Strict cookie);
- the Host header must name this server (no DNS rebinding), and a POST from another site is refused;
- a request body larger than `max_body` bytes is refused, whether or not it says its length;
- every response carries a strict Content-Security-Policy (scripts and styles from /static only)
  and nosniff / no-referrer / frame-deny headers.
Every error, API or not, is one JSON shape: {"error": {"status": 404, "code": "not_found", "message": "..."}}
(pages get the same message as an HTML page).
"""

from __future__ import annotations

import hmac
import http
import ipaddress
import json
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..corpus.queries import QueryError
from ..errors import InputError, NewsgraphError, StoreError

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MAX_BODY = 5 * 1024 * 1024
COOKIE = "newsgraph_token"
TOKEN_ENV = "NEWSGRAPH_TOKEN"


@dataclass
class Settings:
    db: Path
    token: str | None = None
    max_body: int = MAX_BODY
    data_dir: Path | None = None  # where uploads may be kept; None: nowhere (analysed in memory)
    hosts: set[str] = field(default_factory=set)  # host names this server answers to; empty: any
    actors_file: Path | None = None  # the --actors and --ratings the corpus was ingested with, for fresh analyses
    ratings_file: Path | None = None


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or http.HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")


def error_body(status: int, message: str, code: str | None = None) -> dict:
    code = code or http.HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return {"error": {"status": status, "code": code, "message": message}}


def query(request: Request, fn):
    """Run fn on a read-only connection of the app's corpus, opened for this request only."""
    conn = request.app.state.corpus.read()
    try:
        return fn(conn)
    finally:
        conn.close()


def record(request: Request, fetch, record_id: int, what: str):
    """One stored record by id (fetch(conn, id)), or the 404 that names what was asked for."""
    rec = query(request, lambda c: fetch(c, record_id))
    if rec is None:
        raise ApiError(404, f"no {what} {record_id} in the corpus")
    return rec


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """ASGI middleware: token, Host, cross-site POST, body size, security headers."""

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.s = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}

        async def send_headers(message):
            if message["type"] == "http.response.start":
                h = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                h += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                      (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
                      (b"cross-origin-opener-policy", b"same-origin"), (b"cache-control", b"no-store")]
                message = {**message, "headers": h}
            await send(message)

        async def refuse(status: int, message: str, extra: list | None = None):
            body = json.dumps(error_body(status, message)).encode()
            await send_headers({"type": "http.response.start", "status": status,
                                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                            *(extra or [])]})
            await send({"type": "http.response.body", "body": body})

        host = headers.get("host", "")
        hostname = urlsplit(f"//{host}").hostname or ""
        if self.s.hosts and hostname not in self.s.hosts:
            return await refuse(421, f"this server does not answer to the host {hostname!r}")
        method = scope["method"]
        if method not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if headers.get("sec-fetch-site") == "cross-site" or (origin and origin != "null" and urlsplit(origin).netloc != host):
                return await refuse(403, "requests from another site are refused")

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        set_cookie = None
        if self.s.token:
            given = None
            auth = headers.get("authorization", "")
            if auth.lower().startswith("bearer "):
                given = auth[7:].strip()
            elif "token" in query:
                given = query["token"][0]
                if not scope["path"].startswith("/api"):  # a browser: keep it in a cookie (scripts send the header)
                    set_cookie = given
            else:
                for part in headers.get("cookie", "").split(";"):
                    k, _, v = part.strip().partition("=")
                    if k == COOKIE:
                        given = v
            if not given or not hmac.compare_digest(given.encode(), self.s.token.encode()):
                return await refuse(401, "a token is needed: send `Authorization: Bearer TOKEN` or open the page once with ?token=TOKEN",
                                    [(b"www-authenticate", b"Bearer")])

        if set_cookie and method == "GET":  # keep the token out of the address bar and history
            rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                    if k != "token"]
            location = scope.get("root_path", "") + scope["path"] + (f"?{urlencode(rest)}" if rest else "")
            cookie = f"{COOKIE}={set_cookie}; HttpOnly; SameSite=Strict; Path=/"
            await send_headers({"type": "http.response.start", "status": 303,
                                "headers": [(b"location", quote(location, safe="/?=&%+:@").encode("latin-1")),
                                            (b"set-cookie", cookie.encode()), (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return

        length = headers.get("content-length")
        if length is not None:
            try:
                too_big = int(length) > self.s.max_body
            except ValueError:
                return await refuse(400, "bad Content-Length header")
            if too_big:
                return await refuse(413, f"request body is larger than {self.s.max_body} bytes")
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.s.max_body:
                    raise _TooBig()
            return message

        async def send_with_cookie(message):
            if set_cookie and message["type"] == "http.response.start":
                cookie = f"{COOKIE}={set_cookie}; HttpOnly; SameSite=Strict; Path=/"
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send_headers(message)

        started = False

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_cookie(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooBig:
            if not started:
                await refuse(413, f"request body is larger than {self.s.max_body} bytes")


class _TooBig(StarletteHTTPException):
    def __init__(self) -> None:
        super().__init__(413, "request body is larger than the limit")


class Corpus:
    """Read-only connections per request (reads go on while an ingest writes: WAL), one writer at a time."""

    def __init__(self, db: Path, options=None) -> None:
        self.db = db
        self.options = options
        self.write_lock = threading.Lock()
        self._analyzer = None
        self._analyzer_lock = threading.Lock()

    def read(self) -> sqlite3.Connection:
        from ..corpus import connect

        return connect(self.db, create=False, readonly=True)

    def analyzer(self):
        with self._analyzer_lock:
            if self._analyzer is None:
                from ..pipeline import Analyzer

                self._analyzer = Analyzer(self.options)
            return self._analyzer

    def analyze(self, article):
        analyzer = self.analyzer()
        with self._analyzer_lock:  # one parse at a time: the model is shared
            return analyzer.analyze(article)


def asgi(settings: Settings) -> Guard:
    """What uvicorn serves: the app inside the guard (outermost, so even a 500 carries the headers)."""
    return Guard(create_app(settings), settings)


def create_app(settings: Settings) -> FastAPI:
    from . import api, pages

    app = FastAPI(title="newsgraph", version=_version(),
                  description="The newsgraph corpus: articles, actors, events, statements, stances, signals, "
                              "the queries of `newsgraph query`, and article analysis. Every error is "
                              '{"error": {"status", "code", "message"}}.',
                  docs_url=None, redoc_url=None)
    from starlette.formparsers import MultiPartParser

    # An upload stays in memory (never a temporary file): the whole request is already capped at max_body.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, settings.max_body)
    app.state.settings = settings
    from ..pipeline import Options

    app.state.corpus = Corpus(settings.db, Options(actors_file=settings.actors_file, ratings_file=settings.ratings_file))
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("newsgraph.web", "static")]), name="static")

    def respond(request: Request, status: int, message: str, code: str | None = None):
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse(error_body(status, message, code), status_code=status)
        from .render import render

        return HTMLResponse(render("error.html", status=status, message=message), status_code=status)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, e: ApiError):
        return respond(request, e.status, e.message, e.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, e: StarletteHTTPException):
        return respond(request, e.status_code, str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, e: RequestValidationError):
        parts = []
        for err in e.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {err.get('msg')}")
        return respond(request, 422, "; ".join(parts) or "invalid request", "invalid_request")

    @app.exception_handler(InputError)
    async def _input_error(request: Request, e: InputError):
        return respond(request, 422, str(e), "bad_article")

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, e: StoreError):
        msg = str(e)
        status = 400 if "search expression" in msg else 503
        return respond(request, status, msg, "bad_query" if status == 400 else "corpus_unavailable")

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, e: QueryError):
        return respond(request, 400, str(e), "bad_query")

    @app.exception_handler(NewsgraphError)
    async def _newsgraph_error(request: Request, e: NewsgraphError):
        return respond(request, 400, str(e), "error")

    @app.exception_handler(Exception)
    async def _internal(request: Request, e: Exception):
        return respond(request, 500, f"internal error: {type(e).__name__}", "internal_error")

    return app


def _version() -> str:
    from .. import __version__

    return __version__
