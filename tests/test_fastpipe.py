"""The faster attribute ruler and lemmatizer (newsgraph/_fastpipe.py) write exactly what spaCy's
own components write: every token attribute of the parse is compared with the unchanged model."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from newsgraph import _fastpipe, nlp as nlp_mod  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# the attribute ruler's exceptions: multi-token patterns ("ai n't", "gon na", "y' all", "let 's"),
# the pronoun cases by dependency, "there is", whitespace tokens, auxiliaries, determiners as pronouns
AWKWARD = """\
I ain't gonna say y'all were wrong, but nothin' was done. Let's see what you  think.

  There is a truce, and there were talks.   It is said that they'd have had to go.

"We did it," he said; you told me that I could.\tThe ones which fell were hers.
WASHINGTON (AP) — THE TALIBAN SAID ON MONDAY IT HAD RELEASED 22 PRISONERS.
Those who gotta leave, leave; he'd've done it. Gimme that. Lemme go. I dunno.
"""


def _texts() -> list[str]:
    texts = [AWKWARD, "", " ", "\n\n", "Yes."]
    for path in sorted(ROOT.glob("tests/data/*.md")) + sorted(ROOT.glob("examples/*.md")):
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def _attributes(doc) -> tuple:
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG

    cols = [ORTH, LOWER, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]
    return (doc.to_array(cols).tolist(), [t.lemma_ for t in doc], [str(t.morph) for t in doc],
            [t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc])


@pytest.fixture(scope="module")
def both(nlp):
    plain = spacy.load(nlp_mod.MODEL, exclude=["senter"])
    return plain, nlp


def test_the_model_runs_the_faster_components(nlp):
    kinds = {name: type(proc).__name__ for name, proc in nlp.pipeline}
    assert kinds["attribute_ruler"] == "FastAttributeRuler"
    assert kinds["lemmatizer"] == "FastEnglishLemmatizer"


def test_every_token_attribute_is_spacys(both):
    plain, fast = both
    texts = _texts()
    assert len(texts) > 5
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _attributes(a) == _attributes(b)
    # the caches answer a second time exactly as the first
    for text in texts[:3]:
        assert _attributes(plain(text)) == _attributes(fast(text))


def test_same_attributes_on_news(both, shared):
    """The first 20 PolNeAR dev articles (real news text, every tag and most of the patterns)."""
    plain, fast = both
    folder = shared / "eval" / "polnear" / "data" / "dev" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:20]]
    assert texts
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _attributes(a) == _attributes(b)


def test_compiled_patterns_cover_the_ruler(both):
    """Every pattern of the model's ruler compiled, single and multi-token ones alike."""
    plain, _ = both
    ruler = plain.get_pipe("attribute_ruler")
    rules = _fastpipe.CompiledRules(ruler)
    multi = [p for entry in ruler.patterns for p in entry["patterns"] if len(p) > 1]
    assert len(rules.multis) == len(multi) > 0  # "gon na", "ai n't", ...
    tests = sum(len(v) for v in rules._tests.values())
    assert tests >= sum(len(p) for entry in ruler.patterns for p in entry["patterns"])


def test_a_pattern_it_cannot_compile_leaves_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    assert _fastpipe.speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    nlp2 = spacy.blank("en")
    nlp2.add_pipe("attribute_ruler").add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    assert _fastpipe.speed_up(nlp2) == ["attribute_ruler"]
    assert [t.lemma_ for t in nlp2("I am gon na go")] == ["", "", "go", "", ""]


def test_the_pipeline_pickles(nlp):
    again = pickle.loads(pickle.dumps(nlp))
    assert type(again.get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"
    assert _attributes(again(AWKWARD)) == _attributes(nlp(AWKWARD))


def test_full_caches_are_emptied_and_answers_stay_the_same(both, monkeypatch):
    plain, fast = both
    monkeypatch.setattr(_fastpipe, "CACHE_MAX", 5)
    assert _attributes(plain(AWKWARD)) == _attributes(fast(AWKWARD))
    fast(AWKWARD)  # more than 5 keys
    assert _attributes(plain("Yes.")) == _attributes(fast("Yes."))  # emptied first, then 2 keys
    assert len(_fastpipe._state(fast.get_pipe("lemmatizer"), "lemmas")) <= 2
