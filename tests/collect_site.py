"""A small news site on loopback for the collection tests: http.server in a thread, a free port.

Routes are plain data the test changes while the server runs: a path maps to (status, headers,
body) or to a function of the request returning that. Every request is logged with its time
and headers, so a test can check what was (and was not) fetched, and how politely.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = ("harbour council river bridge market school railway museum clinic library festival orchard "
         "garden ferry tunnel station square theatre stadium airport").split()


def article_html(n: int, title: str | None = None, extra: str = "") -> bytes:
    """A tiny page with its own words (n picks them), long enough to count as an article."""
    a, b, c = WORDS[n % len(WORDS)], WORDS[(n * 7 + 3) % len(WORDS)], WORDS[(n * 11 + 5) % len(WORDS)]
    title = title or f"Story {n}: the {a} reopens"
    body = (f"<p>The {a} in the town of Example{n} reopened on Monday after repairs that lasted {n + 2} months, "
            f"the mayor said.</p><p>Residents said the {b} and the {c} nearby were busy again on the first day, "
            f"and officials counted {100 + n} visitors before noon.</p>{extra}")
    return (f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>").encode()


def rss(base: str, paths: list[str], title: str = "Example News") -> bytes:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link><guid>{base}{p}</guid></item>" for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>test</description>{items}</channel></rss>").encode()


def sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


HTML = [("Content-Type", "text/html; charset=utf-8")]
XML = [("Content-Type", "application/rss+xml")]


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's name
                with site.lock:
                    site.log.append((time.monotonic(), self.path, dict(self.headers)))
                route = site.routes.get(self.path, site.routes.get(self.path.split("?", 1)[0]))
                if route is None:
                    status, headers, body = 404, HTML, b"<html><body>not found</body></html>"
                elif callable(route):
                    status, headers, body = route(self)
                else:
                    status, headers, body = route
                try:
                    self.send_response(status)
                    for k, v in headers:
                        if v is not None:  # ("Content-Length", None): none sent, the body ends at close
                            self.send_header(k, v)
                    if ("Content-Length", None) in headers:
                        self.close_connection = True
                    if not any(k.lower() == "content-length" for k, _ in headers):
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for _, p, _ in self.log if p == path)
