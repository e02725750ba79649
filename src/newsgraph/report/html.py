"""A standalone HTML report: the same article template as `newsgraph serve`'s article page.

The file carries its own CSS and script inline, under a Content-Security-Policy that allows only
those two (by hash): article text is untrusted, and nothing in it can run.
"""

from __future__ import annotations

from ..model import Analysis


def render(a: Analysis) -> str:
    from ..web import render as web_render
    from ..web import view

    return web_render.render("article.html", layout="standalone.html", view=view.build(a),
                             **web_render.standalone_context()) + "\n"
