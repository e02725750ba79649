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
