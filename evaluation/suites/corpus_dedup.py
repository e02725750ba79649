"""Corpus deduplication on real news texts: PolNeAR dev articles and copies of them made the way
sites copy wire stories (a few words changed, a dateline and credit added, the end cut, only the
whitespace changed), stored in a real SQLite corpus.

Figures: near-copy recall (copies linked to their own original), link precision (links that point
at the true original; an original linked to anything is a false link), exact-duplicate recall
(whitespace-only copies skipped by the content hash) and idempotence (a second ingest of
everything adds nothing). The store is measured alone: the analysis of each article is empty
(no spaCy), since deduplication reads only the text.
"""

from __future__ import annotations

import random
import re
import tempfile
from pathlib import Path

from newsgraph.corpus import connect, ingest
from newsgraph.model import Analysis, Article
from .. import EvalContext, Figure, Suite

SEED = 13


def _edited(text: str, rnd: random.Random) -> str:
    words = text.split(" ")
    for i in rnd.sample(range(len(words)), max(1, len(words) // 40)):  # about 2.5% of the words
        words[i] = rnd.choice(("reportedly", "officials", "Tuesday", "said", "new"))
    return " ".join(words)


def _republished(text: str, rnd: random.Random) -> str:
    return (f"WASHINGTON ({rnd.choice(('Reuters', 'AP', 'AFP'))}) - " + text +
            "\n\nReporting by staff; editing by the desk. This story was first published elsewhere.")


def _trimmed(text: str, rnd: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    keep = max(1, round(len(paragraphs) * 0.92))
    return "\n".join(paragraphs[:keep])


def _reformatted(text: str, rnd: random.Random) -> str:
    return re.sub(r" ", "  ", text.replace("\n", "\n\n"))


NEAR = {"edited": _edited, "republished": _republished, "trimmed": _trimmed}


def run(ctx: EvalContext) -> list[Figure]:
    folder = ctx.eval_path("polnear", "data", "dev", "text")
    paths = sorted(folder.glob("*.txt"))[: ctx.limit or None]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts = [t for t in texts if len(t.split()) >= 80]  # a copy of a 20-word note is not a useful test
    rnd = random.Random(SEED)
    originals = [Article(text=t, id=f"o{i}", source_path=f"original-{i}", domain=f"outlet{i}.example")
                 for i, t in enumerate(texts)]
    copies: list[tuple[Article, int, str]] = []
    for i, t in enumerate(texts):
        for kind, make in NEAR.items():
            copies.append((Article(text=make(t, rnd), id=f"c{i}-{kind}", source_path=f"copy-{i}-{kind}",
                                   domain=f"copier{rnd.randint(0, 9)}.example"), i, kind))
        copies.append((Article(text=_reformatted(t, rnd), id=f"c{i}-ws", source_path=f"copy-{i}-ws",
                               domain="mirror.example"), i, "reformatted"))
    order = originals + [c[0] for c in copies]

    def analyze(article: Article) -> Analysis:
        return Analysis(article=article)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dedup.db"
        conn = connect(db)
        first = ingest(conn, order, analyze, db=db, batch_size=100)
        second = ingest(conn, order, analyze, db=db, batch_size=100)
        rowid = {r["source_path"]: (r["id"], r["duplicate_of"]) for r in conn.execute("SELECT id, source_path, duplicate_of FROM articles")}
        conn.close()
    original_id = {i: rowid[a.source_path][0] for i, a in enumerate(originals)}
    near = [(a, i) for a, i, kind in copies if kind in NEAR]
    linked_right = sum(1 for a, i in near if a.source_path in rowid and rowid[a.source_path][1] == original_id[i])
    links = [v[1] for v in rowid.values() if v[1] is not None]
    right_links = linked_right
    exact = [a for a, _, kind in copies if kind == "reformatted"]
    exact_skipped = sum(1 for a in exact if a.source_path not in rowid)
    n_links = len(links)
    return [
        Figure("near-copy recall", linked_right / len(near), n=len(near)),
        Figure("link precision", right_links / n_links if n_links else 1.0, n=n_links),
        Figure("exact-duplicate recall", exact_skipped / len(exact), n=len(exact)),
        Figure("re-ingest adds nothing", 1.0 if second.new == second.near_duplicate == 0 else 0.0, n=1),
        Figure("originals stored as originals",
               sum(1 for a in originals if rowid[a.source_path][1] is None) / len(originals), n=len(originals)),
        Figure("ingest failures", float(len(first.failed)), n=len(order), gated=False),
    ]


SUITE = Suite(
    name="corpus_dedup",
    description="corpus near-copy and duplicate detection on PolNeAR dev texts and made copies of them",
    needs=("polnear/data/dev/text",),
    run=run,
)
