"""The article view's layout of overlapping spans, and the HTML it renders (no server, no model)."""

from __future__ import annotations

import re

from newsgraph.model import Actor, Analysis, Article, Event, Mention, Signal, Span, Statement
from newsgraph.web import render, view

TEXT = 'Officials said "the army shelled Taiz again" on Monday, a brutal <b>escalation</b>.'


def _analysis() -> Analysis:
    t = TEXT
    s = lambda a, b: Span.of(t, t.index(a), t.index(a) + len(a)) if b is None else Span.of(t, a, b)  # noqa: E731
    army, taiz = s("army", None), s("Taiz", None)
    quote = s("the army shelled Taiz again", None)
    sentence = s('the army shelled Taiz again" on Monday', None)
    return Analysis(
        article=Article(text=t, title="<script>x()</script> Title"),
        actors=[Actor("a1", "Army", "organization", mentions=[Mention(army, "ner:ORG")]),
                Actor("a2", "Taiz", "location", mentions=[Mention(taiz, "ner:GPE")])],
        statements=[Statement("s1", None, [quote], "direct", rule="quote:said")],
        events=[Event("e1", "ASSAULT", sentence, "verb:shell", source=["a1"], location="a2")],
        signals=[Signal("loaded", "brutal", "lexicon:loaded", t.index("brutal"), t.index("brutal") + 6),
                 Signal("loaded", "shelled Taiz again\" on Monday, a brutal", "test:overlap",
                        t.index("shelled"), t.index("brutal") + 6),
                 Signal("headline", "x", "headline:rule")])


def test_segments_rebuild_the_text_and_overlaps_get_their_own_slot():
    v = view.build(_analysis())
    assert "".join(seg.text for seg in v.segments) == TEXT
    assert v.counts == {"actor": 2, "statement": 1, "event": 1, "signal": 3}
    assert [m.rule for m in v.unplaced] == ["headline:rule"]  # outside the body: listed, not drawn
    for seg in v.segments:  # spans covering one spot never share an underline
        slots = [m.slot for m, _ in seg.marks]
        assert len(slots) == len(set(slots))
    # every placed span is drawn exactly over its own words
    for m in v.marks:
        covered = "".join(seg.text for seg in v.segments if any(x is m for x, _ in seg.marks))
        assert covered == TEXT[m.start:m.end]
        starts = [first for seg in v.segments for x, first in seg.marks if x is m]
        assert starts.count(True) == 1
    # the crossing signal overlaps the quote and the event without nesting in either: still drawn
    crossing = next(m for m in v.marks if m.rule == "test:overlap")
    quote = next(m for m in v.marks if m.kind == "statement")
    assert crossing.start < quote.end < crossing.end and crossing.slot != quote.slot


def test_rendered_article_escapes_and_marks_every_span():
    html = render.render("article.html", layout="standalone.html", view=view.build(_analysis()),
                         **render.standalone_context())
    assert "<script>x()" not in html and "&lt;script&gt;x()" in html and "&lt;b&gt;escalation&lt;/b&gt;" in html
    ids = set(re.findall(r'data-m="(m\d+)"', html))
    assert len(ids) == 6  # 2 mentions, 1 statement, 1 event, 2 placed signals
    for i in ids:
        assert f'id="d-{i}"' in html and f'id="{i}"' in html  # its details, and one anchor to jump to
    assert "verb:shell" in html and "test:overlap" in html and "headline:rule" in html
    # the only script and style are the report's own, allowed by their hashes in its CSP
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src &#39;none&#39;" in csp and csp.count("sha256-") == 2


def test_safe_url_keeps_only_http_links():
    assert render.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", 'https://x.org/"onmouseover=1', None, ""):
        assert render.safe_url(bad) is None
