"""docs/api.md's examples, run as doctests from the repository root, and the API's own promises."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_api_doc_examples_run(monkeypatch):
    pytest.importorskip("pandas")
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "docs" / "api.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 20
    assert result.failed == 0, f"{result.failed} docs/api.md examples failed (see the output above)"


def test_public_names_are_exported_and_import_is_lazy():
    code = ("import sys, newsgraph; heavy = [m for m in ('spacy', 'pandas', 'newsgraph._api', 'newsgraph.pipeline') "
            "if m in sys.modules]; print(heavy); "
            "print(all(callable(getattr(newsgraph, n)) or n == '__version__' for n in newsgraph.__all__))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")}).stdout.split("\n")
    assert out[0] == "[]" and out[1] == "True"


def test_analyze_rejects_what_is_not_an_article(tmp_path):
    import newsgraph

    with pytest.raises(newsgraph.InputError):
        newsgraph.analyze("   ")
    many = tmp_path / "two.jsonl"
    many.write_text('{"text": "Israel struck Gaza on Monday, the army said in a statement."}\n'
                    '{"text": "Egypt hosted talks in Cairo on Tuesday, officials said there."}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="analyze_many"):
        newsgraph.analyze(many)
    assert len(list(newsgraph.analyze_many([many]))) == 2
    with pytest.raises(TypeError):
        newsgraph.analyze(42)
    with pytest.raises(newsgraph.InputError, match="no such file"):
        newsgraph.analyze(str(tmp_path / "missing-article.md"))


def test_frames_of_an_empty_analysis_keep_their_typed_columns():
    pd = pytest.importorskip("pandas")  # noqa: F841
    from newsgraph import Analysis, Article

    frame = Analysis(article=Article(text="x")).events_frame()
    assert len(frame) == 0 and "source_names" in frame.columns and str(frame["evidence_start"].dtype) == "Int64"


def test_missing_pandas_is_a_clear_import_error(monkeypatch):
    from newsgraph import Analysis, Article

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        Analysis(article=Article(text="x")).actors_frame()


def test_corpus_has_every_query_of_the_command_line():
    from newsgraph import Corpus
    from newsgraph.commands.corpus import QUERIES
    from newsgraph.corpus.queries import ROW_CLASSES

    for what in QUERIES:
        assert callable(getattr(Corpus, what)), what
        assert what in ROW_CLASSES, what
