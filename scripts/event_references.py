"""The events section of the references' *tuning* part (evaluation/split.py), with the scorer's
own messages: which reference events are missing or wrong, and which events are not in the
reference. Never prints a test reference.

    python scripts/event_references.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from evaluation import load_shared_script, split  # noqa: E402
from evaluation.suites.heldout import read_article  # noqa: E402
from evaluation.suites.references import PREFIX, references  # noqa: E402
from newsgraph.pipeline import Analyzer  # noqa: E402

SHARED = ROOT.parent / "shared"


def main() -> None:
    scorer = load_shared_script(SHARED, "score_analysis.py")
    analyzer = Analyzer()
    for name, gold_path in references():
        if split.part(name) != split.TUNING:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = SHARED / gold["page"].removeprefix(PREFIX)
        if not page.exists():
            continue
        analysis = analyzer.analyze(read_article(page)).to_json()
        print(f"\n##### {name}")
        s = scorer.Scorer(gold, analysis, verbose=True)
        print(f"events F1 {s.events():.2f}")
        names = {a["id"]: a["name"] for a in analysis.get("actors", [])}
        for e in analysis.get("events", []):
            ev = e["evidence"]["text"] if isinstance(e.get("evidence"), dict) else ""
            print(f"   {e['type']:9} {[names.get(i, i) for i in e['source']]} -> {[names.get(i, i) for i in e['target']]}"
                  f"  {e.get('rule', '')[:60]}  | {ev[:110]!r}")


if __name__ == "__main__":
    main()
