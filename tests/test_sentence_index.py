"""nlp.sentence_index: token.sent and span.sent looked up give exactly spaCy's sentences, and only inside."""

from __future__ import annotations

from pathlib import Path

from newsgraph import nlp as nlp_mod

ROOT = Path(__file__).resolve().parent.parent


def _bounds(doc):
    spans = [doc[a:b] for a in range(0, len(doc), 3) for b in (a + 1, a + 4, a + 30, len(doc)) if a < b <= len(doc)]
    return ([(t.sent.start, t.sent.end, t.sent.text) for t in doc],
            [(s.sent.start, s.sent.end, type(s.sent).__name__) for s in spans])


def test_the_sentences_looked_up_are_spacys(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.md"))]
    texts += ["No full stop at the end", "One. Two! Three? \n\n Four.", "\n\nA heading\n\nThen a paragraph. And more."]
    for text in texts:
        doc = nlp(text)
        plain = _bounds(doc)
        sents = tuple((s.start, s.end, s.start_char, s.end_char) for s in doc.sents)
        assert nlp_mod.sentence_bounds(doc) == sents
        with nlp_mod.sentence_index(doc):
            assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
            assert _bounds(doc) == plain
            assert nlp_mod.sentence_bounds(doc) == sents and nlp_mod._BOUNDS
        assert not nlp_mod._BOUNDS
        assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_a_doc_with_its_own_hooks_or_no_sentences_is_left_alone(nlp):
    doc = nlp("A sentence. Another one.")
    mine = lambda token: token.doc[0:1]  # noqa: E731
    doc.user_token_hooks["sent"] = mine
    with nlp_mod.sentence_index(doc):
        assert doc.user_token_hooks["sent"] is mine and "sent" not in doc.user_span_hooks
    assert doc.user_token_hooks["sent"] is mine
    bare = nlp.make_doc("no parse here")
    with nlp_mod.sentence_index(bare):
        assert "sent" not in bare.user_token_hooks
    empty = nlp("")
    with nlp_mod.sentence_index(empty):
        assert "sent" not in empty.user_token_hooks


def test_the_hooks_are_removed_when_a_stage_fails(nlp):
    doc = nlp("It failed. Then what?")
    try:
        with nlp_mod.sentence_index(doc):
            raise RuntimeError("a stage failed")
    except RuntimeError:
        pass
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


_COLUMNS = ("text", "lower_", "ent_type_", "ent_iob_", "pos_", "tag_", "lemma_", "dep_", "whitespace_", "idx", "is_alpha")


def test_a_column_is_the_tokens_attribute_inside_and_outside(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "heldout").glob("*.md"))[:4]]
    texts += ["İstanbul  \n\n the K-9 unit \u2014 Mr. O'Neil's caf\u00e9, 3.5% ", "", "Ankara said on Monday."]
    for text in texts:
        doc = nlp(text)
        for name in _COLUMNS:
            assert nlp_mod.column(doc, name) == [getattr(t, name) for t in doc], name
        assert nlp_mod.column(doc, "head") == [t.head.i for t in doc]
        with nlp_mod.sentence_index(doc):
            for name in _COLUMNS:
                col = nlp_mod.column(doc, name)
                assert col == [getattr(t, name) for t in doc], name
                assert nlp_mod.column(doc, name) is col or not len(doc)  # made once per Doc inside
        assert not nlp_mod._COLUMNS


def test_children_and_several_columns_at_once(nlp):
    """`children` is `t.children`'s indices; `columns` gives the same lists as `column`, inside and out;
    the string table the columns share gives the same strings after it is emptied."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.md"))][:3]
    texts += ["İstanbul  \n\n the K-9 unit \u2014 Mr. O'Neil's caf\u00e9, 3.5% ", "", "Ankara said on Monday."]
    names = ("lower_", "dep_", "children", "head")
    for text in texts:
        doc = nlp(text)
        kids = [tuple(c.i for c in t.children) for t in doc]
        assert nlp_mod.column(doc, "children") == kids
        assert nlp_mod.columns(doc, names) == tuple(nlp_mod.column(doc, n) for n in names)
        with nlp_mod.sentence_index(doc):
            got = nlp_mod.columns(doc, names)
            assert got[2] == kids and got == tuple(nlp_mod.column(doc, n) for n in names)
            assert nlp_mod.columns(doc, names) is got
    doc = nlp(texts[0])
    before = nlp_mod._column(doc, "lemma_")
    nlp_mod._STRINGS.clear()
    nlp_mod._STRINGS[0] = ""
    assert nlp_mod._column(doc, "lemma_") == before == [t.lemma_ for t in doc]


def test_children_of_a_long_doc_are_read_the_same_way():
    heads = [0, 0, 1, 1, 5, 3, 6, 6, 6, 0]
    kids = [(1, 9), (2, 3), (), (5,), (), (4,), (7, 8), (), (), ()]
    assert nlp_mod._children_of_many(heads) == kids
