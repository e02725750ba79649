"""Batched parsing (parallel.parse_many: the parser and the entity recognizer take each batch whole,
nlp.whole_batches) annotates every text exactly as parsing it alone does."""

from __future__ import annotations

from newsgraph import nlp, parallel

TEXTS = [
    "The minister said on Tuesday that talks with Hamas would resume in Cairo.",
    "Rebels shelled the city. Three civilians died, the UN said.\n\nThe army denied it.",
    "Short one.",
    " ".join(["Officials in Kyiv and Warsaw met on Monday to discuss grain exports, aid and the border."] * 12),
    "Protesters marched through Lagos; police fired tear gas, witnesses told Reuters.",
]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


def test_batched_parse_is_the_parse_of_each_text_alone():
    model = nlp.load()
    alone = [_annotations(model(t)) for t in TEXTS]
    assert [_annotations(d) for d in parallel.parse_many(model, TEXTS)] == alone
    assert [_annotations(d) for d in parallel.parse_many(model, TEXTS, batch_size=2)] == alone


def test_whole_batches_names_the_models_transition_parsers():
    model = nlp.load()
    assert set(nlp.whole_batches(8)) <= set(model.pipe_names)  # else the setting does nothing


def _embedding_layers(model) -> list:
    out = []
    for _, proc in model.components:
        m = getattr(proc, "model", None)
        for layer in ([m] + (list(m.layers[0].layers[:1]) if m is not None and m.name == "parser_model" else [])
                      if m is not None else []):
            if isinstance(layer._func, nlp._PerDoc):
                out.append(layer)
    return out


def test_embedding_one_doc_at_a_time_gives_the_batchs_vectors_and_annotations():
    import numpy

    model = nlp.load()
    layers = _embedding_layers(model)
    assert len(layers) == 2  # the tok2vec component's and the entity recognizer's own
    per_doc = parallel.parse_many(model, TEXTS)
    wrappers = [layer._func for layer in layers]
    try:
        for layer, w in zip(layers, wrappers):
            layer._func = w.inner  # the batch embedded at once, as spaCy does
        whole = parallel.parse_many(model, TEXTS)
    finally:
        for layer, w in zip(layers, wrappers):
            layer._func = w
    assert [_annotations(d) for d in per_doc] == [_annotations(d) for d in whole]
    assert all(numpy.array_equal(a.tensor, b.tensor) for a, b in zip(per_doc, whole))


def test_embed_per_doc_changes_nothing_twice():
    assert nlp.embed_per_doc(nlp.load()) == []  # already done by load()
