"""A standalone HTML report: metadata, the body with every extracted item highlighted, tables."""

from __future__ import annotations

from html import escape

from ..model import Analysis

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.body{white-space:pre-wrap;background:#fafafa;padding:1rem;border:1px solid #eee}
mark.actor{background:#dbeafe}mark.statement{background:#fef3c7}mark.signal{background:#fecaca}
.meta dt{font-weight:600}.rule{color:#666;font-family:monospace;font-size:.85em}
"""


def _highlight(a: Analysis) -> str:
    text = a.article.text
    marks: list[tuple[int, int, str, str]] = []
    for s in a.signals:
        if s.start is not None and s.end is not None:
            marks.append((s.start, s.end, "signal", f"{s.kind} ({s.rule})"))
    for st in a.statements:
        for c in st.content:
            marks.append((c.start, c.end, "statement", f"statement {st.id}"))
    for actor in a.actors:
        for m in actor.mentions:
            marks.append((m.span.start, m.span.end, "actor", f"{actor.name} ({m.rule})"))
    # Non-overlapping marks only, longest first: nested markup would be unreadable.
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, pos = [], 0
    for start, end, cls, title in marks:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def render(a: Analysis) -> str:
    art = a.article
    names = {x.id: x.name for x in a.actors}

    def who(ids) -> str:
        ids = [ids] if isinstance(ids, str) else (ids or [])
        return escape(", ".join(names.get(i, i) for i in ids)) or "-"

    rows = lambda items: "".join(items) or '<tr><td colspan="9">None found.</td></tr>'  # noqa: E731
    actors = rows(f"<tr><td>{x.id}</td><td>{escape(x.name)}</td><td>{x.kind}</td><td>{x.country or '-'}</td>"
                  f"<td>{escape('; '.join(x.roles))}</td><td>{len(x.mentions)}</td></tr>" for x in a.actors)
    statements = rows(f"<tr><td>{who(s.speaker) if s.speaker else '(unattributed)'}</td><td>{s.kind}</td>"
                      f"<td>{escape(s.cue.text) if s.cue else '-'}</td><td>{escape(' … '.join(c.text for c in s.content))}</td>"
                      f"<td>{s.date or '-'}</td></tr>" for s in a.statements)
    events = rows(f"<tr><td>{e.type}</td><td>{who(e.source)}</td><td>{who(e.target)}</td><td>{e.modality}{' (negated)' if e.negated else ''}</td>"
                  f"<td>{e.date or '-'}</td><td>{escape(e.evidence.text)}</td><td class=rule>{escape(e.rule)}</td></tr>" for e in a.events)
    stances = rows(f"<tr><td>{who(s.holder)}</td><td>{escape(s.topic)}</td><td>{s.polarity}</td>"
                   f"<td>{escape(' / '.join(x.text for x in s.evidence))}</td></tr>" for s in a.stances)
    signals = rows(f"<tr><td>{s.kind}</td><td>{escape(s.text)}</td><td>{who(s.target) if s.target else '-'}</td>"
                   f"<td>{'boilerplate' if s.start is None else 'quoted' if s.quoted else 'outlet'}</td><td class=rule>{escape(s.rule)}</td></tr>" for s in a.signals)
    rel = a.source.reliability
    notes = "".join(f"<p><strong>Note:</strong> {escape(n)}</p>" for n in a.notes)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(art.title or 'newsgraph analysis')}</title><style>{_CSS}</style></head>
<body>
<h1>{escape(art.title or '(untitled)')}</h1>
<dl class="meta">
<dt>Authors</dt><dd>{escape(', '.join(art.authors)) or '-'}</dd>
<dt>Published</dt><dd>{art.published or '-'}</dd>
<dt>Publisher</dt><dd>{escape(art.publisher or a.source.name or '-')}</dd>
<dt>URL</dt><dd>{escape(art.url or '-')}</dd>
<dt>Source reliability</dt><dd>{rel.label}{' — ' + escape(rel.basis) if rel.basis else ''}</dd>
<dt>Tags</dt><dd>{escape(', '.join(art.tags)) or '-'}</dd>
</dl>
{notes}
<h2>Article</h2>
<div class="body">{_highlight(a)}</div>
<h2>Actors</h2><table><tr><th>id</th><th>name</th><th>kind</th><th>country</th><th>roles</th><th>mentions</th></tr>{actors}</table>
<h2>Statements</h2><table><tr><th>speaker</th><th>kind</th><th>cue</th><th>content</th><th>date</th></tr>{statements}</table>
<h2>Events</h2><table><tr><th>type</th><th>source</th><th>target</th><th>modality</th><th>date</th><th>evidence</th><th>rule</th></tr>{events}</table>
<h2>Stances</h2><table><tr><th>holder</th><th>topic</th><th>polarity</th><th>evidence</th></tr>{stances}</table>
<h2>Framing signals</h2><table><tr><th>kind</th><th>text</th><th>target</th><th>whose words</th><th>rule</th></tr>{signals}</table>
<h2>Removed as boilerplate</h2><ul>{''.join(f'<li>{escape(b)}</li>' for b in art.boilerplate) or '<li>Nothing.</li>'}</ul>
</body></html>
"""
