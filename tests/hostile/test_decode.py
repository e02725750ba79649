"""Encodings: Latin-1/cp1252 read as such when they decode cleanly; UTF-8 with a few broken
bytes stays UTF-8; whatever is a guess is said in a note on the article and in the analysis."""

from __future__ import annotations

import pytest

from newsgraph.ingest import decode, read_inputs
from newsgraph.model import Analysis, Article

SENTENCE = "The mayor of Grünberg said on Monday that the bridge would reopen. © 2024 The Ledger"


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_single_byte_western_text_is_read_cleanly(codec):
    text, note = decode.decode("x", "Meeting in Grünberg on Monday, the mayor said.".encode(codec))
    assert text == "Meeting in Grünberg on Monday, the mayor said." and note is None


def test_cp1252_quotes_and_dashes():
    text, note = decode.decode("x", "“We will reopen it” – the mayor said… for 5 €".encode("cp1252"))
    assert text == "“We will reopen it” – the mayor said… for 5 €" and note is None


def test_utf8_with_two_bad_bytes_stays_utf8_with_a_note():
    data = SENTENCE.encode("utf-8").replace(b"Monday", b"Mon\xff\xfeday")
    text, note = decode.decode("x", data)
    assert "Grünberg" in text and "©" in text and "Â" not in text
    assert note and "2 invalid bytes" in note


def test_other_code_page_is_a_guess_with_a_note():
    text, note = decode.decode("x", "Мэр города сказал в понедельник, что мост откроют снова.".encode("cp1251"))
    assert text.startswith("Мэр") and note and "guessed" in note


def test_note_reaches_the_article_and_the_analysis(tmp_path):
    p = tmp_path / "story.txt"
    p.write_bytes(f"Bridge to reopen\n\n{SENTENCE}\n".encode("utf-8").replace(b"Monday", b"Mon\xffday"))
    article = next(a for a in read_inputs([str(p)]) if isinstance(a, Article))
    assert "Grünberg" in article.text and any("invalid byte" in n for n in article.notes)
    assert any("invalid byte" in n for n in Analysis(article=article).to_json()["notes"])


def test_clean_latin1_file_has_no_note(tmp_path):
    p = tmp_path / "story.txt"
    p.write_bytes(f"Bridge to reopen\n\n{SENTENCE}\n".encode("latin-1"))
    article = next(a for a in read_inputs([str(p)]) if isinstance(a, Article))
    assert "Grünberg" in article.text and "©" in article.text and article.notes == []
