"""One analysis as flat records and pandas DataFrames (`Analysis.events_frame()` and the like).

Records are plain dicts, one per item, with the ids and the names of the actors they refer to
(`source_ids` "a1; a3", `source_names` "Israel; Hamas"), so the tables join on `actor_id`.
pandas is imported only when a frame is asked for.
"""

from __future__ import annotations

from typing import Any

from .model import Analysis, Span

SEP = "; "


def _names(analysis: Analysis) -> dict[str, str]:
    return {a.id: a.name for a in analysis.actors}


def _join(values) -> str:
    return SEP.join(v for v in values if v)


def _spans(spans: list[Span]) -> str:
    return " … ".join(s.text for s in spans)


def actor_records(analysis: Analysis) -> list[dict[str, Any]]:
    return [{"actor_id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "roles": _join(a.roles),
             "aliases": _join(a.aliases), "mentions": len(a.mentions), "rule": a.rule} for a in analysis.actors]


def event_records(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    out = []
    for e in analysis.events:
        lat, lon = e.coordinates if e.coordinates else (None, None)
        out.append({
            "event_id": e.id, "type": e.type, "mode": e.mode, "context": _join(e.context),
            "source_ids": _join(e.source), "source_names": _join(names.get(i, i) for i in e.source),
            "target_ids": _join(e.target), "target_names": _join(names.get(i, i) for i in e.target),
            "source_text": _join(s.text for s in e.source_text), "target_text": _join(s.text for s in e.target_text),
            "date": e.date, "date_precision": e.date_precision, "location": e.location,
            "latitude": lat, "longitude": lon, "negated": e.negated, "modality": e.modality,
            "evidence": e.evidence.text, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
            "trigger": e.trigger.text if e.trigger else None, "statement_id": e.statement, "rule": e.rule,
        })
    return out


def statement_records(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    return [{
        "statement_id": s.id, "speaker_id": s.speaker, "speaker_name": names.get(s.speaker) if s.speaker else None,
        "speaker_text": s.speaker_text.text if s.speaker_text else None, "kind": s.kind,
        "cue": s.cue.text if s.cue else None, "content": _spans(s.content),
        "start": s.content[0].start if s.content else None, "end": s.content[-1].end if s.content else None,
        "date": s.date, "channel_id": s.channel, "rule": s.rule,
    } for s in analysis.statements]


def stance_records(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    return [{"holder_id": s.holder, "holder_name": names.get(s.holder, s.holder), "topic": s.topic,
             "polarity": s.polarity, "evidence": _spans(s.evidence), "rule": s.rule} for s in analysis.stances]


def signal_records(analysis: Analysis) -> list[dict[str, Any]]:
    names = _names(analysis)
    return [{"kind": s.kind, "text": s.text, "start": s.start, "end": s.end, "target_id": s.target,
             "target_name": names.get(s.target) if s.target else None, "quoted": s.quoted,
             "speaker_id": s.speaker, "rule": s.rule} for s in analysis.signals]


RECORDS = {"actors": actor_records, "events": event_records, "statements": statement_records,
           "stances": stance_records, "signals": signal_records}
# Column order and pandas dtype of each frame, so an empty analysis still gives typed columns.
_INT = "Int64"
DTYPES: dict[str, dict[str, str]] = {
    "actors": {"actor_id": "string", "name": "string", "kind": "string", "country": "string", "roles": "string",
               "aliases": "string", "mentions": _INT, "rule": "string"},
    "events": {"event_id": "string", "type": "string", "mode": "string", "context": "string",
               "source_ids": "string", "source_names": "string", "target_ids": "string", "target_names": "string",
               "source_text": "string", "target_text": "string", "date": "datetime64[ns]",
               "date_precision": "string", "location": "string", "latitude": "Float64", "longitude": "Float64",
               "negated": "boolean", "modality": "string", "evidence": "string", "evidence_start": _INT,
               "evidence_end": _INT, "trigger": "string", "statement_id": "string", "rule": "string"},
    "statements": {"statement_id": "string", "speaker_id": "string", "speaker_name": "string",
                   "speaker_text": "string", "kind": "string", "cue": "string", "content": "string",
                   "start": _INT, "end": _INT, "date": "datetime64[ns]", "channel_id": "string", "rule": "string"},
    "stances": {"holder_id": "string", "holder_name": "string", "topic": "string", "polarity": "string",
                "evidence": "string", "rule": "string"},
    "signals": {"kind": "string", "text": "string", "start": _INT, "end": _INT, "target_id": "string",
                "target_name": "string", "quoted": "boolean", "speaker_id": "string", "rule": "string"},
}


def frame(analysis: Analysis, table: str):
    from ._api import _pandas

    pd = _pandas(f"Analysis.{table}_frame()")
    dtypes = DTYPES[table]
    df = pd.DataFrame(RECORDS[table](analysis), columns=list(dtypes))
    for col, dtype in dtypes.items():
        if dtype.startswith("datetime"):
            df[col] = pd.to_datetime(df[col], errors="coerce")
        else:
            df[col] = df[col].astype(dtype)
    return df
