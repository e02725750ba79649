"""A readable report of one analysis, in markdown (it reads well in a terminal too)."""

from __future__ import annotations

from ..model import Analysis, Span


_OPENING = "\"“«„"
_CLOSING = "\"”»“"


def _q(span: Span | None, limit: int = 160) -> str:
    """The span's words, shortened, in quotation marks; a quotation that brings its own marks
    ('"We have a narrow window," he said' -> its content) is shown with those, not doubled."""
    if span is None:
        return "-"
    t = " ".join(span.text.split())
    shown = f"{t[:limit]}{'…' if len(t) > limit else ''}"
    if len(t) > 1 and t[0] in _OPENING and t[-1] in _CLOSING:
        return shown
    return f"“{shown}”"


def render(a: Analysis) -> str:
    art = a.article
    names = {x.id: x.name for x in a.actors}

    def who(ids) -> str:
        if not ids:
            return "-"
        ids = [ids] if isinstance(ids, str) else ids
        return ", ".join(names.get(i, i) for i in ids)

    out = [f"# {art.title or '(untitled)'}", ""]
    meta = [
        ("Authors", ", ".join(art.authors) or "-"),
        ("Published", art.published.isoformat() if art.published else "-"),
        ("Publisher", art.publisher or "-"),
        ("URL", art.url or "-"),
        ("Language", art.language or "-"),
        ("Tags", ", ".join(art.tags) or "-"),
        ("Source rating", f"{a.source.reliability.label}" + (f" ({a.source.reliability.basis})" if a.source.reliability.basis else "")),
    ]
    out += [f"- **{k}:** {v}" for k, v in meta]
    out += ["", f"Body: {len(art.text.split())} words; {len(art.boilerplate)} boilerplate blocks removed.", ""]
    for note in a.notes:
        out.append(f"> Note: {note}")
    if a.notes:
        out.append("")

    out += ["## Actors", ""]
    if a.actors:
        out += ["| id | name | kind | country | roles | mentions |", "|---|---|---|---|---|---|"]
        for x in a.actors:
            out.append(f"| {x.id} | {x.name} | {x.kind} | {x.country or '-'} | {'; '.join(x.roles) or '-'} | {len(x.mentions)} |")
    else:
        out.append("None found.")
    out += ["", "## Statements", ""]
    for s in a.statements:
        speaker = names.get(s.speaker, "(unattributed)") if s.speaker else "(unattributed)"
        date = f" [{s.date.isoformat()}]" if s.date else ""
        out.append(f"- **{speaker}**{date} ({s.kind}, cue {_q(s.cue)}): {' … '.join(_q(c) for c in s.content)}")
    if not a.statements:
        out.append("None found.")
    out += ["", "## Events", ""]
    for e in a.events:
        flags = [e.modality] + (["negated"] if e.negated else []) + ([e.date.isoformat()] if e.date else [])
        out.append(f"- **{e.type}** {who(e.source)} → {who(e.target)} ({', '.join(flags)}): {_q(e.evidence)} `{e.rule}`")
    if not a.events:
        out.append("None found.")
    out += ["", "## Stances", ""]
    for st in a.stances:
        out.append(f"- {who(st.holder)} on *{st.topic}*: **{st.polarity}** — {' / '.join(_q(s, 80) for s in st.evidence)}")
    if not a.stances:
        out.append("None found.")
    out += ["", "## Framing signals", ""]
    for sg in a.signals:
        where = "boilerplate" if sg.start is None else f"{sg.start}-{sg.end}"
        aim = f" → {who(sg.target)}" if sg.target else ""
        out.append(f"- {sg.kind}: “{sg.text}”{aim} ({where}{', quoted' if sg.quoted else ''}) `{sg.rule}`")
    if not a.signals:
        out.append("None found.")
    return "\n".join(out) + "\n"
