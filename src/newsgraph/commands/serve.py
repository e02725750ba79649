"""`newsgraph serve`: the corpus in the browser and as a JSON API (FastAPI, uvicorn)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

DEFAULT_DB = "corpus.db"


def register(sub) -> None:
    p = sub.add_parser("serve", help="open a corpus in the browser and as a JSON API",
                       description="Serve a corpus: article view with highlights, actor pages, timeline, network, "
                                   "search, paste-and-analyse, and the JSON API (/openapi.json). Binds 127.0.0.1; "
                                   "another --host needs a --token (or NEWSGRAPH_TOKEN) that every request must carry.")
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default {DEFAULT_DB}; created when absent)")
    p.add_argument("--port", type=int, default=8000, metavar="N", help="port (default 8000; 0: any free port)")
    p.add_argument("--host", default="127.0.0.1", metavar="H", help="address to bind (default 127.0.0.1, this machine only)")
    p.add_argument("--token", metavar="T", help="secret every request must carry (default: $NEWSGRAPH_TOKEN); "
                                                 "required when --host is not a loopback address")
    p.add_argument("--max-body", type=int, default=5 * 1024 * 1024, metavar="BYTES",
                   help="largest request body accepted (default 5 MiB)")
    p.add_argument("--actors", type=Path, metavar="FILE", help="YAML dictionary of actors (as given to ingest): used by "
                                                                "the article pages' fresh analyses and by /analyze")
    p.add_argument("--ratings", type=Path, metavar="FILE", help="CSV/TSV of outlet ratings added to the shipped table (as given to ingest)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from .. import corpus
    from ..errors import ConfigError
    from ..web.app import TOKEN_ENV, Settings, asgi, is_loopback

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(args.host) and not token:
        raise ConfigError(f"--host {args.host} opens the corpus to other machines: give --token SECRET "
                          f"(or set {TOKEN_ENV}); every request must then carry it")
    if token is not None and not re.fullmatch(r"[A-Za-z0-9._~+/=-]{8,}", token):
        raise ConfigError("the token must be at least 8 characters of letters, digits and ._~+/=- "
                          "(e.g. from `python -c 'import secrets; print(secrets.token_urlsafe())'`)")
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port}: give a port between 0 and 65535")
    db = Path(args.db)
    corpus.connect(db).close()  # create or upgrade it now, so every request can read it
    hosts = {"127.0.0.1", "localhost", "::1"} if is_loopback(args.host) else set()
    for f in (args.actors, args.ratings):
        if f is not None and not f.is_file():
            raise ConfigError(f"{f}: no such file")
    app = asgi(Settings(db=db.resolve(), token=token, max_body=max(1024, args.max_body), hosts=hosts,
                        actors_file=args.actors, ratings_file=args.ratings))
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", server_header=False,
                            limit_concurrency=64, timeout_keep_alive=5)
    server = uvicorn.Server(config)
    shown = "localhost" if args.host in ("127.0.0.1", "::1") else args.host

    original = server.startup

    async def startup(sockets=None):
        await original(sockets)
        port = server.servers[0].sockets[0].getsockname()[1] if server.servers else args.port
        suffix = "/?token=…" if token else "/"
        print(f"newsgraph: serving {db} at http://{shown}:{port}{suffix} (Ctrl-C to stop)", file=sys.stderr, flush=True)

    server.startup = startup
    server.run()
    return 0
