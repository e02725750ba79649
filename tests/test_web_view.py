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


def test_timeline_places_dots_by_date_and_lane():
    from newsgraph.corpus.queries import TimelineRow
    from newsgraph.web import svg

    rows = [TimelineRow("2024-03-04", "AGREE", "a", 1, 1), TimelineRow("2024-03-04", "AGREE", "b", 3, 2),
            TimelineRow(None, "ASSAULT", "c", 0, 3), TimelineRow("2024-03-24", "ACCUSE", "d", 1, 4)]
    chart = svg.timeline(rows)
    assert chart.undated == 1 and [t for _, t in chart.lanes] == ["ACCUSE", "AGREE"]
    a1, a2, d = chart.dots
    assert a1.x < a2.x < d.x and a1.y == a2.y != d.y  # same day and type: side by side, not on top
    assert a2.r > a1.r  # more outlets, bigger dot
    assert [x.href for x in chart.dots] == ["/events/1", "/events/2", "/events/4"]


def test_network_layout_is_deterministic_and_weighted():
    from newsgraph.corpus.queries import EdgeRow
    from newsgraph.web import svg

    edges = [EdgeRow("A", "B", 5, "ASSAULT"), EdgeRow("B", "C", 1, "CONSULT"), EdgeRow("C", "A", 2, "ACCUSE")]
    g1, g2 = svg.network(edges, {"A": 1, "B": 2}), svg.network(edges, {"A": 1, "B": 2})
    assert g1.nodes == g2.nodes and len(g1.nodes) == 3 and len(g1.edges) == 3
    assert {n.name: n.href for n in g1.nodes} == {"A": "/actors/1", "B": "/actors/2", "C": None}
    assert g1.edges[0].width > g1.edges[1].width
    assert all(0 <= n.x <= g1.width and 0 <= n.y <= g1.height for n in g1.nodes)
