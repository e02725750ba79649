"""The user cache of slow start-up tables (newsgraph._cache): the same answers from a fresh build, a
cached entry, a damaged entry and an unwritable cache directory."""

from __future__ import annotations

import marshal

import pytest

from newsgraph import _cache
from newsgraph.actors import lexicon
from newsgraph.ingest import language

TEXTS = [
    "The ceasefire talks resumed on Monday in Geneva, where both delegations met the envoy for hours.",
    "Die Gespräche über eine Waffenruhe wurden am Montag in Genf fortgesetzt, sagte der Sprecher.",
    "Les pourparlers sur un cessez-le-feu ont repris lundi à Genève, a déclaré le porte-parole.",
    "short text",
]


def _classified() -> list:
    language._identifier.cache_clear()
    ident = language._identifier()
    return [(language.detect(t), ident.classify(t)) for t in TEXTS], ident


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(d))
    yield d
    language._identifier.cache_clear()
    lexicon.cities.cache_clear()


def test_language_model_cached_gives_the_same_answers(cache_dir):
    built, first = _classified()
    entries = list(cache_dir.glob("langid-*"))
    assert len(entries) == 1 and (entries[0] / "nextmove.npy").is_file()
    cached, second = _classified()
    assert isinstance(second.tk_nextmove, memoryview) and not isinstance(first.tk_nextmove, memoryview)
    assert cached == built
    assert [d for d, _ in built] == ["en", "de", "fr", None]

    # a damaged entry (a truncated array) is passed over: the model is decompressed again
    nm = entries[0] / "nextmove.npy"
    nm.write_bytes(nm.read_bytes()[:1000])
    again, third = _classified()
    assert again == built and not isinstance(third.tk_nextmove, memoryview)


def test_unwritable_or_turned_off_cache_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker / "cache"))  # mkdir fails: NotADirectoryError
    try:
        got, _ = _classified()
        assert [d for d, _ in got] == ["en", "de", "fr", None]
        lexicon.cities.cache_clear()
        assert lexicon.cities()["paris"][0][1] == "FRA"
        monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", "")
        assert _cache.directory() is None
        _cache.store_value("x", "k", {"a": 1})  # quietly nothing
        assert _cache.load_value("x", "k", lambda v: True) is None
    finally:
        language._identifier.cache_clear()
        lexicon.cities.cache_clear()


def test_city_table_cached_and_damaged(cache_dir):
    lexicon.cities.cache_clear()
    built = lexicon.cities()
    (entry,) = cache_dir.glob("cities-*.marshal")
    lexicon.cities.cache_clear()
    assert lexicon.cities() == built
    entry.write_bytes(b"\x00garbage")
    lexicon.cities.cache_clear()
    assert lexicon.cities() == built
    for wrong in ({"paris": "not a list"}, {"paris": []}, ["a list"]):  # readable, of another shape
        entry.write_bytes(marshal.dumps(wrong))
        lexicon.cities.cache_clear()
        assert lexicon.cities() == built


def test_gazetteer_cached_gives_the_same_coordinates(cache_dir):
    from newsgraph import gazetteer

    gazetteer._index.cache_clear()
    try:
        built = gazetteer._index()
        (entry,) = cache_dir.glob("gazetteer-*.marshal")
        gazetteer._index.cache_clear()
        assert gazetteer._index() == built
        assert gazetteer.coordinates("Tripoli", {"LY"}) is not None and gazetteer.country_code("Libya") == "LY"
        for wrong in (b"\x00garbage", marshal.dumps(({"paris": []}, {})), marshal.dumps(["a list"])):
            entry.write_bytes(wrong)
            gazetteer._index.cache_clear()
            assert gazetteer._index() == built
    finally:
        gazetteer._index.cache_clear()


def test_cache_key_changes_with_its_parts():
    assert _cache.key("a", 1) == _cache.key("a", 1)
    assert _cache.key("a", 1) != _cache.key("a", 2) != _cache.key("a1")


def test_ratings_table_cached_gives_the_same_table(cache_dir):
    from newsgraph.source import ratings

    def fresh():
        ratings._shipped.cache_clear()
        ratings._REGISTERED.clear()
        return ratings._shipped(), ratings.load()._label_index()

    try:
        built = fresh()
        (entry,) = cache_dir.glob("ratings-*.marshal")
        assert fresh() == built and ratings._REGISTERED  # read back from the cache
        entry.write_bytes(marshal.dumps(([("too", "short")], {})))  # another shape: parsed again
        assert fresh() == built and not ratings._REGISTERED
    finally:
        ratings._shipped.cache_clear()
