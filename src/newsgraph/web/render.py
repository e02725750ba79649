"""The Jinja2 environment of the pages and of the standalone HTML report (one article template)."""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources

import jinja2

from .view import KIND_LABELS, KINDS


@functools.cache
def env() -> jinja2.Environment:
    e = jinja2.Environment(loader=jinja2.PackageLoader("newsgraph.web", "templates"),
                           autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    e.globals.update(KINDS=KINDS, KIND_LABELS=KIND_LABELS, safe_url=safe_url)
    return e


@functools.cache
def static(name: str) -> str:
    return resources.files("newsgraph.web").joinpath("static", name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def safe_url(url: str | None) -> str | None:
    """A URL fit for an href: http(s) only; anything else (javascript:, data:) is shown as text."""
    if not url:
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c in u for c in '"<>\\ \n\r\t') else None


def render(template: str, **context) -> str:
    return env().get_template(template).render(**context)


def standalone_context() -> dict:
    """What the standalone layout inlines: the CSS and JS, and a CSP that allows only those."""
    css, js = static("app.css"), static("app.js")
    csp = (f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return {"inline_css": css, "inline_js": js, "csp": csp}
