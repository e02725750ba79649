"""CPU of the parse with the embedding layers one Doc at a time (nlp.embed_per_doc) against the whole
batch at once (spaCy's way), in the same process, in alternating rounds.

    python benchmarks/embed_ab.py [TEXTS] [ROUNDS]     (defaults 64 bench texts, 4 rounds each)

Each round parses the texts with `parallel.parse_many` (batches capped at 20,000 characters, as every
runner does); prints the CPU-s of each round and the sums, and whether the annotations and vectors
of the two ways were the same."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    from newsgraph import nlp

    nlp.one_thread()
    import numpy

    from newsgraph import actors, parallel

    texts = [actors.readable(a.text) for a in run.news(n)]
    model = nlp.load()
    layers = [layer for _, proc in model.components for layer in
              ([getattr(proc, "model", None)] + (list(proc.model.layers[0].layers[:1])
                                                if getattr(getattr(proc, "model", None), "name", "") == "parser_model" else []))
              if layer is not None and isinstance(layer._func, nlp._PerDoc)]
    wrappers = [layer._func for layer in layers]

    def way(per_doc: bool) -> None:
        for layer, w in zip(layers, wrappers):
            layer._func = w if per_doc else w.inner

    def sig(doc) -> tuple:
        return (tuple((t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc), doc.tensor.tobytes())

    list(parallel.parse_many(model, texts))  # warm: the vocabulary
    cpu = {True: [], False: []}
    same = True
    for r in range(rounds):
        got = {}
        for per_doc in ((True, False) if r % 2 == 0 else (False, True)):
            way(per_doc)
            c0 = time.process_time()
            docs = list(parallel.parse_many(model, texts))
            cpu[per_doc].append(time.process_time() - c0)
            got[per_doc] = [sig(d) for d in docs]
            del docs
        same = same and got[True] == got[False]
    way(True)
    for k, label in ((True, "per Doc"), (False, "whole batch")):
        print(f"{label:12s} CPU-s per round {', '.join(f'{x:.2f}' for x in cpu[k])}; sum {sum(cpu[k]):.2f}")
    print(f"ratio per Doc / whole batch {sum(cpu[True]) / sum(cpu[False]):.3f}; same annotations and vectors: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
