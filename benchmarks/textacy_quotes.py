"""Baseline for the attribution suite: textacy's `direct_quotations` on the same texts.

    python benchmarks/textacy_quotes.py TEXT_DIR OUT_DIR

writes one `<stem>.json` per `TEXT_DIR/*.txt`, in the newsgraph/analysis/v1 shape the scorer
reads (`score_attribution.py`): each (speaker, cue, content) triple becomes a statement whose
`speaker_text` is the speaker tokens and whose speaker is a pseudo-actor named by them.
textacy sees the same spaCy model's parse as newsgraph.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _span(doc, tokens) -> dict | None:
    if not tokens:
        return None
    a = min(t.idx for t in tokens)
    b = max(t.idx + len(t.text) for t in tokens)
    return {"start": a, "end": b, "text": doc.text[a:b]}


def analysis(doc) -> dict:
    """The scorer's view of textacy's triples for one parsed text."""
    from textacy.extract.triples import direct_quotations

    actors, statements = [], []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # noqa: BLE001 - textacy raises on unbalanced quotes; the baseline then has nothing
        triples = []
    for n, (speaker, cue, content) in enumerate(triples, 1):
        who = _span(doc, list(speaker))
        actors.append({"id": f"t{n}", "name": who["text"] if who else "", "mentions": [who] if who else []})
        statements.append({"id": f"s{n}", "speaker": f"t{n}", "speaker_text": who, "cue": _span(doc, list(cue)),
                           "content": {"start": content.start_char, "end": content.end_char, "text": content.text},
                           "kind": "direct"})
    return {"schema": "newsgraph/analysis/v1", "article": {"text": doc.text}, "actors": actors,
            "statements": statements}


def write_all(nlp, text_dir: Path, out_dir: Path) -> int:
    """Parse every text once and write textacy's analyses; returns how many texts had an exception."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = sorted(text_dir.glob("*.txt"))
    texts = (p.read_text(encoding="utf-8") for p in paths)
    for path, doc in zip(paths, nlp.pipe(texts, batch_size=8)):
        (out_dir / f"{path.stem}.json").write_text(json.dumps(analysis(doc), ensure_ascii=False), encoding="utf-8")
    return len(paths)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    from newsgraph import nlp

    write_all(nlp.load(), Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
