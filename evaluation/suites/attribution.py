"""PolNeAR dev: attributed statements (source, cue, content) against the gold, next to textacy.

PolNeAR comes in its own parts: `train` (840 articles) is where cue rules may be mined and tuned
(suite `attribution_train`), `dev` (84 articles, this suite) is reported apart and not tuned on,
and the test split is held back by the maintainers.

Runs the pipeline on `polnear/data/dev/text`, writes one analysis per article to a temporary
folder (as `newsgraph analyze DIR -o OUT` does), and scores it with shared/eval/score_attribution.py.
The baseline, textacy's `direct_quotations` (benchmarks/textacy_quotes.py), is scored in the same run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import tempfile
from pathlib import Path

from newsgraph.ingest import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import Analyzer
from .. import EvalContext, Figure, Suite, load_shared_script, repo_root

_LINE = {
    "content F1": re.compile(r"^content\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", re.M),
    "source accuracy": re.compile(r"^source\s+\d+/\d+ right \(([\d.]+)\)", re.M),
    "full F1": re.compile(r"^full\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", re.M),
}


def _scores(scorer, gold: Path, out: Path) -> dict[str, float]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.score(str(gold), str(out))
    text = buf.getvalue()
    return {name: float(m.group(1)) if (m := rx.search(text)) else float("nan") for name, rx in _LINE.items()}


def _baseline_module():
    path = repo_root() / "benchmarks" / "textacy_quotes.py"
    spec = importlib.util.spec_from_file_location("textacy_quotes", path)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def measure(ctx: EvalContext, folder: str, baseline: bool = True) -> list[Figure]:
    """Score newsgraph (and textacy when `baseline`) on the PolNeAR split in polnear/data/<folder>."""
    gold = ctx.eval_path("polnear", "data", folder)
    scorer = load_shared_script(ctx.shared, "score_attribution.py")
    paths = sorted((gold / "text").glob("*.txt"))[: ctx.limit]
    analyzer = Analyzer()
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs, gold_dir = Path(tmp, "newsgraph"), Path(tmp, "textacy"), Path(tmp, "gold")
        ours.mkdir()
        # the scorer walks gold/text: a limited run scores only the articles it analysed
        (gold_dir / "text").mkdir(parents=True)
        (gold_dir / "attributions").symlink_to(gold / "attributions")
        for p in paths:
            (gold_dir / "text" / p.name).symlink_to(p)
        for item in read_inputs([str(p) for p in paths]):
            if isinstance(item, Article):
                stem = Path(item.source_path or "x").name.removesuffix(".txt")
                (ours / f"{stem}.json").write_text(json.dumps(analyzer.analyze(item).to_json(), ensure_ascii=False),
                                                   encoding="utf-8")
        mine = _scores(scorer, gold_dir, ours)
        base = {}
        mod = _baseline_module() if baseline else None
        if mod is not None:
            mod.write_all(analyzer.nlp, gold_dir / "text", theirs)
            base = _scores(scorer, gold_dir, theirs)
    # source accuracy is a share of the matched pairs: it may fall as recall rises, so it is reported, not gated
    return [Figure(name, value, baseline_name="textacy direct_quotations" if base else None,
                   baseline=base.get(name), n=len(paths), gated=name != "source accuracy")
            for name, value in mine.items()]


def run(ctx: EvalContext) -> list[Figure]:
    return measure(ctx, "dev")


SUITE = Suite(
    name="attribution",
    description="PolNeAR dev attributions (content / source / full F1) vs textacy direct_quotations",
    needs=("polnear/data/dev/text", "polnear/data/dev/attributions", "score_attribution.py"),
    run=run,
)
